#include "ConflictWarning.h"

#include "adnetworks/AdNetworkCatalog.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/IntegrationList.h"
#include "reports/ReportQuery.h"
#include "reports/ReportService.h"
#include "reports/SharedCampaigns.h"

namespace kd::ui {

ConflictWarning::ConflictWarning(AppContext* context, QWidget* parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("conflictWarning"));
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(8);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ConflictWarning::update(const std::function<DayRange(const QString&)>& rangeFor)
{
    ReportCache* cache = m_context->reports()->cache();
    if (!cache)
        return;
    // One tracker cannot count a campaign twice; reading its thousands of ad-network campaigns
    // for nothing took a quarter of a preset switch on a large account.
    if (m_context->integrations()->all().size() < 2) {
        hide();
        return;
    }
    QHash<QString, QList<ExternalCampaignVisits>> byIntegration;
    QHash<QString, QString> integrationNames;
    for (const Integration& i : m_context->integrations()->all()) {
        integrationNames.insert(i.id, i.name);
        const DayRange range = rangeFor(i.id);
        const DayRange theirs{range.from,
                              std::min(range.to, m_context->reports()->trackerToday(i.id))};
        const QHash<QString, SourceInfo> sources =
            describeSources(m_context->networkSetup()->templates(i.id));
        QList<ExternalCampaignVisits>& list = byIntegration[i.id];
        for (const StatsRow& r : cache->rangeRows(i.id, RangeDataset::ByExternalCampaign, theirs))
            list.append({describeSource(sources, r.trafficSourceId).networkKey,
                         r.externalCampaignId, r.visits});
    }
    const QList<SharedCampaign> shared = findSharedCampaigns(byIntegration);
    if (shared.isEmpty()) {
        hide();
        return;
    }
    QString items;
    for (const SharedCampaign& c : shared.mid(0, 10)) {
        const AdNetwork* network = AdNetworkCatalog::builtIn().find(c.networkKey);
        QStringList who;
        for (const QString& id : c.integrationIds)
            who << integrationNames.value(id);
        items += QStringLiteral("<li>%1</li>")
                     .arg(tr("%1 campaign %2: %3")
                              .arg(network ? network->name : tr("Ad network"), c.externalCampaignId,
                                   who.join(QStringLiteral(" + ")))
                              .toHtmlEscaped());
    }
    setText(tr("%n ad-network campaign(s) send clicks to more than one Kintura tracker in "
               "this period. Each of those trackers counts the conversions, so revenue and "
               "conversions are counted twice. Point each campaign at one tracker only.",
               nullptr, int(shared.size()))
                .toHtmlEscaped() +
            QStringLiteral("<ul>%1</ul>").arg(items));
    show();
}

} // namespace kd::ui
