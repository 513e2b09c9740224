// Requests (issue 9, figure 1): what a cold sync of the default Reports view (last 30 days)
// costs in requests, counted in the simulator's log, against the lower bound (the pages the
// needed aggregates take at 50 rows a page, from the simulator's own row counts); what a warm
// re-sync the next day costs; and, with --real-rate, one cold sync at Kintura's real
// 1 request/s throttle: zero 429s and a wall time within 5% of requests x 1 s.
#include "BenchCommon.h"

#include "reports/RangePresets.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::bench;

namespace {

const QString kZone = workloadZone();

struct Counted
{
    LogCounts log;
    PageCounts bound;
    SyncOutcome outcome;
};

Counted syncAndCount(SimRunner& sim, kintura::KinturaClient& client, ReportCache& cache,
                     const ReportSync::Request& request, const PageCounts& bound)
{
    sim.takeLog();
    Counted c;
    c.bound = bound;
    c.outcome = runSync(&client, &cache, request);
    c.log = countLog(sim.takeLog());
    return c;
}

void report(Results& results, const QString& caseName, const Counted& c, double targetRatio)
{
    Result r;
    r.figure = QStringLiteral("Requests");
    r.caseName = caseName;
    r.measured = c.log.total();
    r.unit = QStringLiteral("requests");
    r.baseline = c.bound.total();
    r.baselineWhat = QStringLiteral("lower bound, pages at 50 rows");
    r.ratio = r.baseline > 0 ? r.measured / r.baseline : (r.measured == 0 ? 1.0 : kNone);
    r.target =
        targetRatio > 1.0 ? QStringLiteral("<= %1x").arg(targetRatio) : QStringLiteral("<= bound");
    r.met = c.outcome.error.isOk() && c.log.throttled == 0 &&
                    r.measured <= r.baseline * targetRatio + 1e-9
                ? 1
                : 0;
    r.note = QStringLiteral("bound: %1; log: stats %2, campaigns %3, other %4; %5 ms")
                 .arg(c.bound.describe())
                 .arg(c.log.stats)
                 .arg(c.log.campaigns)
                 .arg(c.log.other)
                 .arg(fmt(c.outcome.wallMs, 0));
    results.add(r);
    if (!c.outcome.error.isOk())
        results.error(caseName + QStringLiteral(": sync failed: ") + c.outcome.error.message());
}

void countWorkload(Results& results, const QString& size, ConversionTime time)
{
    const QDateTime pinned = pinnedNowUtc(kZone);
    const QDate today = dateIn(pinned, kZone);
    SimRunner sim(workloadConfig(size, time), 0, pinned);
    QTemporaryDir dir;
    ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    if (!cache.open(&error))
        qFatal("%s", qPrintable(error));
    kintura::KinturaClient client(sim.url(), sim.credentials(), fastClientOptions());
    const QString id = QStringLiteral("bench");
    const QString label = size + QStringLiteral(", ") + conversionName(time);

    // Cold: nothing cached.
    const DayRange range = presetRange(RangePreset::Last30, today);
    const DayRange whole{range.from, std::min(range.to, today)};
    const Counted cold =
        syncAndCount(sim, client, cache, viewRequest(id, range, today, pinned, time),
                     neededPages(sim, range, whole, true));
    report(results, label + QStringLiteral(", cold"), cold, 1.1);

    // Opened again at once: everything is fresh, nothing to ask.
    const Counted again = syncAndCount(
        sim, client, cache, viewRequest(id, range, today, pinned.addSecs(60), time), PageCounts{});
    report(results, label + QStringLiteral(", again 1 min later"), again, 1.0);

    // The next day: the range moved by a day. What can still change: the open days (postback:
    // today and yesterday; visit: the 7-day window), the range aggregates (they include
    // today) and the campaigns' names (a day old).
    sim.advanceDays(1);
    const QDate tomorrow = today.addDays(1);
    ReportSync::Request next = viewRequest(id, presetRange(RangePreset::Last30, tomorrow), tomorrow,
                                           pinned.addDays(1), time);
    const DayRange open{firstOpenDay(tomorrow, next.policy), tomorrow};
    const DayRange nextWhole{next.from, tomorrow};
    const Counted warm =
        syncAndCount(sim, client, cache, next, neededPages(sim, open, nextWhole, true));
    report(results, label + QStringLiteral(", warm next day"), warm, 1.0);
}

void realRate(Results& results)
{
    const QDateTime pinned = pinnedNowUtc(kZone);
    const QDate today = dateIn(pinned, kZone);
    SimRunner sim(workloadConfig(QStringLiteral("typical"), ConversionTime::Visit), 1.0, pinned);
    QTemporaryDir dir;
    ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    if (!cache.open(&error))
        qFatal("%s", qPrintable(error));
    kintura::KinturaClient client(sim.url(), sim.credentials(), realClientOptions());
    const DayRange range = presetRange(RangePreset::Last30, today);
    const Counted c = syncAndCount(
        sim, client, cache,
        viewRequest(QStringLiteral("bench"), range, today, pinned, ConversionTime::Visit), {});

    Result throttled;
    throttled.figure = QStringLiteral("Requests");
    throttled.caseName = QStringLiteral("typical, visit, cold, real 1 req/s: 429 replies");
    throttled.measured = c.log.throttled;
    throttled.unit = QStringLiteral("429s");
    throttled.target = QStringLiteral("0");
    throttled.met = c.log.throttled == 0 && c.outcome.error.isOk() ? 1 : 0;
    throttled.note = QStringLiteral("%1 requests").arg(c.log.total());
    results.add(throttled);

    Result wall;
    wall.figure = QStringLiteral("Requests");
    wall.caseName = QStringLiteral("typical, visit, cold, real 1 req/s: wall time");
    wall.measured = c.outcome.wallMs / 1000.0;
    wall.unit = QStringLiteral("s");
    wall.baseline = c.log.total();
    wall.baselineWhat = QStringLiteral("requests x 1 s");
    wall.ratio = wall.measured / wall.baseline;
    wall.target = QStringLiteral("within 5%");
    wall.met = std::abs(wall.ratio - 1.0) <= 0.05 ? 1 : 0;
    wall.note =
        QStringLiteral("first to last arrival at the tracker %1 s; %2")
            .arg(fmt((c.log.lastMs - c.log.firstMs) / 1000.0, 2))
            .arg(c.outcome.error.isOk() ? QStringLiteral("sync ok") : c.outcome.error.message());
    results.add(wall);
    if (!c.outcome.error.isOk())
        results.error(QStringLiteral("real-rate sync failed: ") + c.outcome.error.message());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    const QStringList sizes = options.smoke
                                  ? QStringList{QStringLiteral("small")}
                                  : QStringList{QStringLiteral("small"), QStringLiteral("typical"),
                                                QStringLiteral("large")};
    for (const QString& size : sizes) {
        for (ConversionTime time : {ConversionTime::Postback, ConversionTime::Visit})
            countWorkload(results, size, time);
    }
    if (options.flag("--real-rate"))
        realRate(results);
    return results.exitCode();
}
