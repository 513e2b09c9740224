#pragma once

// Which ad networks an integration feeds, which tracking template each one uses, and what
// that means right now. Pure parts: the saved choices (file format) and the evaluation of a
// choice against the templates the tracker currently has.

#include "TemplateCheck.h"
#include "tracker/TrackerError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace kd {

struct NetworkChoice
{
    QString networkKey;
    QString templateId;    // empty: not configured yet
    QString templateTitle; // as it was when chosen, to notice renames and deletions
    friend bool operator==(const NetworkChoice&, const NetworkChoice&) = default;
};

// integration id -> the networks it feeds, in the user's order
using NetworkChoices = QHash<QString, QList<NetworkChoice>>;

enum class NetworkStatus {
    NotConfigured, // no template chosen: this network sends the tracker no usable data
    Checking,
    MissingMacros, // the template lacks identifiers (named in the check)
    TemplateGone,  // the chosen template was deleted in the tracker
    Connected,     // all four identifiers mapped
    TrackerError,  // the tracker could not be asked
};

struct NetworkState
{
    NetworkStatus status = NetworkStatus::NotConfigured;
    TrackingTemplate current; // the template as the tracker has it now
    TemplateCheckResult check;
    bool renamed = false; // the template's title changed in the tracker since it was chosen
    TrackerError error;   // for TrackerError
    QDateTime checkedAt;
};

// Pure: a choice judged against the tracker's current templates.
NetworkState evaluateChoice(const NetworkChoice& choice, const QList<TrackingTemplate>& templates,
                            const AdNetwork& network, const AdNetworkCatalog& catalog,
                            const QDateTime& now);

// Pure: what changed for one network between two refreshes, as a sentence for a notification;
// empty when nothing the user needs to know changed.
QString describeChange(const AdNetwork& network, const NetworkState& before,
                       const NetworkState& after);

class NetworkChoicesFile
{
    Q_DECLARE_TR_FUNCTIONS(NetworkChoicesFile)
public:
    static QByteArray serialise(const NetworkChoices& choices);
    static bool deserialise(const QByteArray& bytes, NetworkChoices* out, QString* error);
};

} // namespace kd
