#pragma once

// One tracker per campaign: an ad-network campaign whose clicks reach two Kintura integrations
// is counted twice. Pure: what each integration received, by ad network and the network's own
// campaign id, in; the campaigns that more than one received, out.

#include "tracker/TrackerTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

struct ExternalCampaignVisits
{
    QString networkKey;         // the catalog's key, or the tracker's traffic source id if unknown
    QString externalCampaignId; // the ad network's campaign id, as the click URL carried it
    qint64 visits = 0;
};

struct SharedCampaign
{
    QString networkKey;
    QString externalCampaignId;
    QStringList integrationIds; // two or more, sorted
};

// byIntegration: integration id -> what it received in the period.
QList<SharedCampaign>
findSharedCampaigns(const QHash<QString, QList<ExternalCampaignVisits>>& byIntegration);

} // namespace kd
