// Ingest (issue 9, figure 3): parsing and storing stats replies, against
// QJsonDocument::fromJson alone on the same bytes. The replies are the large workload's: the
// whole history by day and by day and traffic source, and the last 90 days by campaign and by
// the ad network's campaign, in 50-row pages as the simulator sends them.
#include "BenchCommon.h"
#include "Ingest.h"

#include "reports/RangePresets.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    const QString size = options.smoke ? QStringLiteral("small") : QStringLiteral("large");
    const QDate today = QDate::currentDate();
    const double fraction = 0.75;
    const sim::SimDataset data(workloadConfig(size, ConversionTime::Visit), today);
    const DayRange history{data.firstDay(), today};
    const DayRange last90 = presetRange(RangePreset::Last90, today);
    const QList<ReplySet> sets{
        dailyReplies(data, ReportDataset::DailyTotals, history, today, fraction),
        dailyReplies(data, ReportDataset::DailyBySource, history, today, fraction),
        rangeReplies(data, RangeDataset::ByCampaign, last90, today, fraction),
        rangeReplies(data, RangeDataset::ByExternalCampaign, last90, today, fraction)};
    qsizetype pages = 0;
    for (const ReplySet& s : sets)
        pages += s.pages.size();

    QTemporaryDir dir;
    const IngestTimes t = measureIngest(sets, dir.path(), options.smoke ? 1 : 7);
    const double mb = double(t.bytes) / 1e6;
    auto mbps = [mb](double ms) { return mb / (ms / 1000.0); };
    auto rowsps = [&t](double ms) { return double(t.rows) / (ms / 1000.0); };
    const QString what = QStringLiteral("%1 workload: %2 rows in %3 pages, %4 MB")
                             .arg(size)
                             .arg(t.rows)
                             .arg(pages)
                             .arg(fmt(mb, 2));

    Result base;
    base.figure = QStringLiteral("Ingest");
    base.caseName = QStringLiteral("baseline: QJsonDocument::fromJson alone");
    base.measured = mbps(t.fromJsonMs);
    base.unit = QStringLiteral("MB/s");
    base.note = QStringLiteral("%1 rows/s; %2 ms; %3")
                    .arg(fmt(rowsps(t.fromJsonMs), 0), fmt(t.fromJsonMs, 1), what);
    results.add(base);

    // Every other case as MB/s against fromJson on the same bytes, in the same run.
    auto versusFromJson = [&](const QString& caseName, double ms, const QString& extra) {
        Result r;
        r.figure = QStringLiteral("Ingest");
        r.caseName = caseName;
        r.measured = mbps(ms);
        r.unit = QStringLiteral("MB/s");
        r.baseline = base.measured;
        r.baselineWhat = QStringLiteral("fromJson alone, MB/s");
        r.ratio = r.measured / r.baseline;
        r.note = QStringLiteral("%1 rows/s; %2 ms%3").arg(fmt(rowsps(ms), 0), fmt(ms, 1), extra);
        return r;
    };
    results.add(
        versusFromJson(QStringLiteral("parse only (kd::kintura::parseStats)"), t.parseMs, {}));
    Result full = versusFromJson(
        QStringLiteral("parse + store (parseStats + ReportCache, one transaction)"), t.parseStoreMs,
        QStringLiteral(" (store %1 ms)").arg(fmt(t.parseStoreMs - t.parseMs, 1)));
    full.target = QStringLiteral(">= 0.5x");
    full.met = full.ratio >= 0.5 ? 1 : 0;
    results.add(full);
    results.add(versusFromJson(QStringLiteral("parse + store, the cache writing through QSqlQuery"),
                               t.parseStoreQtSqlMs,
                               QStringLiteral(" (store %1 ms); what the C API saves")
                                   .arg(fmt(t.parseStoreQtSqlMs - t.parseMs, 1))));
    return results.exitCode();
}
