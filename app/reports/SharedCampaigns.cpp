#include "SharedCampaigns.h"

#include <QMap>

#include <algorithm>

namespace kd {

QList<SharedCampaign>
findSharedCampaigns(const QHash<QString, QList<ExternalCampaignVisits>>& byIntegration)
{
    // (network, campaign id) -> integrations that saw visits for it
    QMap<std::pair<QString, QString>, QStringList> seen;
    for (auto it = byIntegration.begin(); it != byIntegration.end(); ++it) {
        for (const ExternalCampaignVisits& v : it.value()) {
            const QString id = v.externalCampaignId.trimmed();
            if (v.visits <= 0 || id.isEmpty())
                continue; // a campaign with no visits in the period double-counts nothing
            QStringList& integrations = seen[{v.networkKey, id}];
            if (!integrations.contains(it.key()))
                integrations << it.key();
        }
    }
    QList<SharedCampaign> shared;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList ids = it.value();
        std::sort(ids.begin(), ids.end());
        shared.append({it.key().first, it.key().second, ids});
    }
    return shared;
}

} // namespace kd
