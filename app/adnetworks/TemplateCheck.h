#pragma once

// Whether a tracker's tracking template feeds the tracker everything it needs from one ad
// network: which URL parameter carries each of the four identifiers, which are missing, and
// which tokens look like mistakes. Pure: network, template and catalog in; verdict out.

#include "AdNetworkCatalog.h"
#include "tracker/TrackerTypes.h"

#include <QList>
#include <QString>

namespace kd {

struct MappedIdentifier
{
    Identifier identifier;
    QString parameter; // the URL parameter's name, e.g. "campid"
    QString token;     // as written in the template
    // False when the catalog knows no macro for it and the parameter was recognised by its
    // name only: the app cannot confirm the network fills it in.
    bool verified = true;
};

struct TokenIssue
{
    QString parameter;
    QString token;
    QString message; // one sentence for the user
};

struct TemplateCheckResult
{
    QList<MappedIdentifier> mapped;
    QList<Identifier> missing;
    QList<TokenIssue> issues;

    bool isComplete() const { return missing.isEmpty(); }
    const MappedIdentifier* find(Identifier id) const;
};

TemplateCheckResult checkTemplate(const AdNetwork& network, const TrackingTemplate& tmpl,
                                  const AdNetworkCatalog& catalog);

// How well a template suits a network, to list the best matches first: the tracker's preset,
// the title, and how many identifiers it maps.
int templateMatchScore(const AdNetwork& network, const TrackingTemplate& tmpl,
                       const AdNetworkCatalog& catalog);

// What to paste into the network's campaigns: "campid={{campaign.id}}&adsetid={{adset.id}}",
// tokens exactly as the template has them (unencoded: the network substitutes them).
QString trackingParameterString(const TrackingTemplate& tmpl);

// "Campaign ID, Placement": the missing identifiers, named for a sentence.
QString describeMissing(const QList<Identifier>& missing);

} // namespace kd
