#include "ReportQuery.h"

#include "adnetworks/AdNetworkCatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportQuery)
};

SourceInfo sourceOf(const ReportSubject& subject, const QString& trafficSourceId)
{
    return describeSource(subject.sources, trafficSourceId);
}

// Whole-range aggregates exist for the days up to the tracker's today.
DayRange wholeRange(const ReportSubject& s)
{
    return {s.range.from, std::min(s.range.to, s.today)};
}

void addRow(QMap<QString, BreakdownRow>& rows, const QString& key, const QString& name,
            const QString& currency, const StatsRow& stats)
{
    // The same name in two currencies is two rows: money is never summed across currencies.
    const QString rowKey = key + QLatin1Char('\x1f') + currency;
    auto it = rows.find(rowKey);
    if (it == rows.end())
        it = rows.insert(rowKey, {key, name, currency, {}});
    it->metrics.add(stats);
}
} // namespace

QHash<QString, SourceInfo> describeSources(const QList<TrackingTemplate>& templates)
{
    QHash<QString, SourceInfo> sources;
    for (const TrackingTemplate& t : templates) {
        if (const AdNetwork* n = AdNetworkCatalog::builtIn().findByPreset(t.preset))
            sources.insert(t.id, {n->key, n->name});
        else
            sources.insert(t.id,
                           {QStringLiteral("source:") + t.id,
                            t.title.isEmpty() ? Tr::tr("Traffic source %1").arg(t.id) : t.title});
    }
    return sources;
}

SourceInfo describeSource(const QHash<QString, SourceInfo>& sources, const QString& trafficSourceId)
{
    const auto it = sources.constFind(trafficSourceId);
    if (it != sources.constEnd())
        return *it;
    return {QStringLiteral("source:") + trafficSourceId,
            Tr::tr("Traffic source %1").arg(trafficSourceId)};
}

ReportDataset dailyDatasetFor(const ReportFilter& filter)
{
    return filter.networkKey.isEmpty() ? ReportDataset::DailyTotals : ReportDataset::DailyBySource;
}

ReportView buildReport(const ReportCache& cache, const QList<ReportSubject>& subjects,
                       Breakdown breakdown, const ReportFilter& filter)
{
    ReportView view;
    QMap<QString, BreakdownRow> rows;
    const bool several = subjects.size() > 1;
    const ReportDataset daily = dailyDatasetFor(filter);
    for (const ReportSubject& s : subjects) {
        const QString& id = s.integrationId;
        const auto matchesNetwork = [&](const QString& source) {
            return filter.networkKey.isEmpty() ||
                   sourceOf(s, source).networkKey == filter.networkKey;
        };

        // The time series: every fetched day is a point (zero when the tracker had nothing).
        QMap<QDate, Metrics>& series = view.daily[s.currency];
        const auto fetched =
            cache.cachedDays(id, daily, s.range.from, s.range.to, filter.campaignId);
        for (auto it = fetched.begin(); it != fetched.end(); ++it)
            series[it.key()]; // present, zero until rows add to it
        const QList<StatsRow> days =
            cache.rows(id, daily, s.range.from, s.range.to, filter.campaignId);
        for (const StatsRow& r : days) {
            if (daily == ReportDataset::DailyBySource && !matchesNetwork(r.trafficSourceId))
                continue;
            series[r.date].add(r);
            if (breakdown == Breakdown::Integration)
                addRow(rows, id, s.integrationName, s.currency, r);
        }

        if (breakdown == Breakdown::Network && filter.campaignId.isEmpty()) {
            for (const StatsRow& r :
                 cache.rows(id, ReportDataset::DailyBySource, s.range.from, s.range.to)) {
                if (!matchesNetwork(r.trafficSourceId))
                    continue;
                const SourceInfo source = sourceOf(s, r.trafficSourceId);
                addRow(rows, source.networkKey, source.name, s.currency, r);
            }
        } else if (breakdown != Breakdown::Integration) {
            QHash<QString, QString> names;
            if (breakdown == Breakdown::Campaign) {
                for (const Campaign& c : cache.campaigns(id))
                    names.insert(c.id, c.title);
            }
            const DayRange whole = wholeRange(s);
            if (whole.from > whole.to)
                continue;
            for (const StatsRow& r : cache.rangeRows(id, RangeDataset::ByCampaign, whole)) {
                if (!matchesNetwork(r.trafficSourceId) ||
                    (!filter.campaignId.isEmpty() && r.campaignId != filter.campaignId))
                    continue;
                if (breakdown == Breakdown::Network) {
                    const SourceInfo source = sourceOf(s, r.trafficSourceId);
                    addRow(rows, source.networkKey, source.name, s.currency, r);
                    continue;
                }
                QString name = names.value(r.campaignId, Tr::tr("Campaign %1").arg(r.campaignId));
                if (several)
                    name = Tr::tr("%1 (%2)", "campaign (integration)").arg(name, s.integrationName);
                addRow(rows, id + QLatin1Char('/') + r.campaignId, name, s.currency, r);
            }
        }
    }
    // A currency with no fetched day and no row says nothing: drop it.
    for (auto it = view.daily.begin(); it != view.daily.end();) {
        const QString currency = it.key();
        const bool hasRows = std::any_of(rows.begin(), rows.end(), [&](const BreakdownRow& r) {
            return r.currency == currency;
        });
        it = it->isEmpty() && !hasRows ? view.daily.erase(it) : std::next(it);
    }
    view.rows = rows.values();
    return view;
}

QList<BreakdownRow> topByRevenue(const QList<BreakdownRow>& rows, int n,
                                 const std::function<QString(int)>& otherName)
{
    QMap<QString, QList<BreakdownRow>> byCurrency;
    for (const BreakdownRow& r : rows)
        byCurrency[r.currency].append(r);
    QList<BreakdownRow> top;
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
        QList<BreakdownRow>& list = it.value();
        std::stable_sort(list.begin(), list.end(),
                         [](const BreakdownRow& a, const BreakdownRow& b) {
                             if (a.metrics.revenue != b.metrics.revenue)
                                 return a.metrics.revenue > b.metrics.revenue;
                             return a.name < b.name;
                         });
        const qsizetype keep = std::max(0, n);
        top += list.mid(0, keep);
        if (list.size() > keep) {
            BreakdownRow other{
                QStringLiteral("other"), otherName(int(list.size() - keep)), it.key(), {}};
            for (qsizetype i = keep; i < list.size(); ++i)
                other.metrics.add(list[i].metrics);
            top.append(other);
        }
    }
    return top;
}

} // namespace kd
