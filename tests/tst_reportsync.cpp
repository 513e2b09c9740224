// The sync planner (pure) and the sync into the SQLite cache against the simulator: request
// counts come from the simulator's log.
#include "SimFixture.h"

#include "reports/RangePresets.h"
#include "reports/ReportCache.h"
#include "reports/ReportSync.h"
#include "reports/SharedCampaigns.h"
#include "reports/SyncPlanner.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrlQuery>

namespace kd {
// Readable failures: "2026-11-25..2026-11-26" rather than <null>.
char* toString(const DayRange& range)
{
    return QTest::toString(range.from.toString(Qt::ISODate) + QStringLiteral("..") +
                           range.to.toString(Qt::ISODate));
}
} // namespace kd

using namespace kd;
using namespace kd::test;

namespace {
const QDate kToday(2026, 11, 25);
const QTimeZone kTrackerZone("America/New_York");    // the simulator's
const QDateTime kNow(kToday, QTime(18, 0), Qt::UTC); // 13:00 on the tracker's clock

// The tracker's clock at `hour` on `today`, told to the sync as the app tells it.
ReportSync::Request request(const QDate& from, const QDate& to, const QDate& today,
                            SyncPolicy policy = {}, int hour = 13)
{
    ReportSync::Request r;
    r.integrationId = QStringLiteral("it-1");
    r.from = from;
    r.to = to;
    r.setClock(QDateTime(today, QTime(hour, 0), kTrackerZone));
    r.policy = policy;
    return r;
}

CachedDay cached(int secondsAgo, bool final)
{
    return {kNow.addSecs(-secondsAgo), final};
}

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

// The request as ReportService builds it: the tracker's clock is the moment `utc` read in
// the tracker's time zone (trackerClock), handed over with setClock.
ReportSync::Request requestAt(const QString& zone, const QDateTime& utc, const DayRange& range,
                              SyncPolicy policy = {})
{
    ReportSync::Request r;
    r.integrationId = QStringLiteral("it-1");
    r.from = range.from;
    r.to = range.to;
    r.setClock(trackerClock(zone, utc));
    r.policy = policy;
    return r;
}

// The day ranges the simulator was asked for, per group_by (pages of one range count once),
// in the order they were first asked.
QMap<QString, QList<DayRange>> askedRanges(const QList<sim::SimLogEntry>& log)
{
    QMap<QString, QList<DayRange>> asked;
    for (const sim::SimLogEntry& e : log) {
        if (e.endpoint != QLatin1String("stats"))
            continue;
        const QUrlQuery q(e.query);
        const DayRange range{
            QDate::fromString(q.queryItemValue(QStringLiteral("date_from")), Qt::ISODate),
            QDate::fromString(q.queryItemValue(QStringLiteral("date_to")), Qt::ISODate)};
        QList<DayRange>& ranges = asked[q.queryItemValue(QStringLiteral("group_by"))];
        if (!ranges.contains(range))
            ranges.append(range);
    }
    return asked;
}

QString describe(const QMap<QString, QList<DayRange>>& asked)
{
    QStringList out;
    for (auto it = asked.begin(); it != asked.end(); ++it) {
        QStringList ranges;
        for (const DayRange& r : it.value())
            ranges << r.from.toString(Qt::ISODate) + QStringLiteral("..") +
                          r.to.toString(Qt::ISODate);
        out << it.key() + QStringLiteral(": ") + ranges.join(QStringLiteral(", "));
    }
    return out.join(QStringLiteral("; "));
}
} // namespace

class TestReportSync : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        TrackerError error{TrackerError::Kind::Cancelled, {}};
        QList<std::pair<int, int>> progress;
        int rowsSeen = 0;
    };

    Outcome runSync(SimFixture& sim, ReportCache& cache, const QDate& from, const QDate& to,
                    const QDate& today, SyncPolicy policy = {}, int hour = 13)
    {
        auto client = sim.client();
        ReportSync sync(client.get(), &cache, request(from, to, today, policy, hour));
        Outcome out;
        bool done = false;
        connect(&sync, &ReportSync::progress, this, [&](int d, int t, int) {
            out.progress << std::pair{d, t};
        });
        connect(&sync, &ReportSync::rowsArrived, this,
                [&](ReportDataset, const QString&, const QList<StatsRow>& rows) {
                    out.rowsSeen += int(rows.size());
                });
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            out.error = e;
            done = true;
        });
        sync.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30'000); }();
        return out;
    }

    static qint64 pages(qsizetype rows) { return std::max<qint64>(1, (rows + 49) / 50); }

    TrackerError runRequest(SimFixture& sim, ReportCache& cache, const ReportSync::Request& r)
    {
        auto client = sim.client();
        ReportSync sync(client.get(), &cache, r);
        TrackerError result(TrackerError::Kind::Cancelled, {});
        bool done = false;
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            result = e;
            done = true;
        });
        sync.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30'000); }();
        return result;
    }

    // Moves the simulator to `utc`, syncs `range` on the tracker's clock at that moment and
    // returns the ranges asked for by each daily dataset (both must ask the same).
    QList<DayRange> syncAt(SimFixture& sim, ReportCache& cache, const QDateTime& utc,
                           const DayRange& range, const SyncPolicy& policy, bool* ok)
    {
        *ok = false;
        sim.server->clearLog();
        sim.server->clock().fixedNow = utc;
        const QString zone = sim.server->dataset().config().settings.timeZone;
        const TrackerError error = runRequest(sim, cache, requestAt(zone, utc, range, policy));
        if (!error.isOk()) {
            qWarning() << "sync failed:" << error.message();
            return {};
        }
        const auto asked = askedRanges(sim.log());
        if (asked.isEmpty()) {
            *ok = true;
            return {};
        }
        // Totals (group_by=date) and by source ask for the same days.
        if (asked.size() != 2 || asked.first() != asked.last()) {
            qWarning() << "the datasets asked for different days:" << describe(asked);
            return {};
        }
        *ok = true;
        return asked.first();
    }

private Q_SLOTS:
    void planCold()
    {
        const auto plan =
            planSync(QDate(2026, 11, 1), QDate(2026, 12, 10), kToday, kNow, {}, SyncPolicy{});
        QCOMPARE(plan, (QList<DayRange>{{QDate(2026, 11, 1), kToday}})); // never the future
    }

    void planOpenWindow_data()
    {
        QTest::addColumn<int>("conversionTime");
        QTest::addColumn<int>("secondsAgo");
        QTest::addColumn<QDate>("firstFetched");
        QTest::newRow("visit, fetched long ago")
            << int(ConversionTime::Visit) << 4000 << QDate(2026, 11, 19);
        QTest::newRow("visit, just fetched") << int(ConversionTime::Visit) << 10 << QDate();
        QTest::newRow("postback, fetched long ago")
            << int(ConversionTime::Postback) << 4000 << QDate(2026, 11, 24);
    }
    void planOpenWindow()
    {
        QFETCH(int, conversionTime);
        QFETCH(int, secondsAgo);
        QFETCH(QDate, firstFetched);
        SyncPolicy policy;
        policy.conversionTime = ConversionTime(conversionTime);
        QMap<QDate, CachedDay> days;
        const QDate open = firstOpenDay(kToday, policy);
        for (QDate d(2026, 11, 1); d <= kToday; d = d.addDays(1))
            days.insert(d, d < open ? cached(100'000, true) : cached(secondsAgo, false));
        const auto plan = planSync(QDate(2026, 11, 1), kToday, kToday, kNow, days, policy);
        if (!firstFetched.isValid()) {
            QVERIFY(plan.isEmpty());
            return;
        }
        QCOMPARE(plan, (QList<DayRange>{{firstFetched, kToday}}));
    }

    void planRefetchesADayFetchedWhileOpenOnce()
    {
        QMap<QDate, CachedDay> days;
        for (QDate d(2026, 11, 1); d <= kToday; d = d.addDays(1))
            days.insert(d, cached(100'000, true));
        days[QDate(2026, 11, 10)] = cached(100'000, false); // fetched when it was still open
        days.remove(QDate(2026, 11, 12));                   // never fetched
        SyncPolicy policy;
        policy.conversionTime = ConversionTime::Postback;
        days[QDate(2026, 11, 24)] = cached(10, false);
        days[kToday] = cached(10, false);
        const auto plan = planSync(QDate(2026, 11, 1), kToday, kToday, kNow, days, policy);
        // A closed day is never fetched twice, so the gap of final days stays a gap.
        QCOMPARE(plan, (QList<DayRange>{{QDate(2026, 11, 10), QDate(2026, 11, 10)},
                                        {QDate(2026, 11, 12), QDate(2026, 11, 12)}}));
    }

    void finality()
    {
        // Visit time, a 7-day window: Nov 19 is open until Nov 25 and settles at 03:00 then.
        SyncPolicy visit;
        QCOMPARE(lastOpenDay(QDate(2026, 11, 19), visit), kToday);
        QVERIFY(isFinal(QDate(2026, 11, 18), kToday, QTime(0, 0), visit));
        QVERIFY(!isFinal(QDate(2026, 11, 19), kToday, QTime(2, 59), visit));
        QVERIFY(isFinal(QDate(2026, 11, 19), kToday, QTime(3, 0), visit));
        QVERIFY(!isFinal(QDate(2026, 11, 19), kToday, QTime(), visit)); // unknown: not yet
        QVERIFY(!isFinal(QDate(2026, 11, 20), kToday, QTime(23, 59), visit));
        QVERIFY(!isFinal(kToday, kToday.addDays(-1), QTime(12, 0), visit)); // fetched before
        SyncPolicy postback;
        postback.conversionTime = ConversionTime::Postback;
        QVERIFY(isFinal(QDate(2026, 11, 23), kToday, QTime(0, 0), postback));
        QVERIFY(!isFinal(QDate(2026, 11, 24), kToday, QTime(2, 59), postback));
        QVERIFY(isFinal(QDate(2026, 11, 24), kToday, QTime(3, 0), postback));
        QVERIFY(!isFinal(kToday, kToday, QTime(23, 59), postback));
        // The hour is a policy.
        postback.settleHour = 6;
        QVERIFY(!isFinal(QDate(2026, 11, 24), kToday, QTime(5, 0), postback));
    }

    void rangePlanning()
    {
        const DayRange open{QDate(2026, 11, 1), kToday};
        const DayRange closed{QDate(2026, 10, 1), QDate(2026, 10, 31)};
        QVERIFY(rangeNeedsFetch(std::nullopt, open, kToday, kNow, {}));
        QVERIFY(!rangeNeedsFetch(CachedRange{kNow.addSecs(-10), false}, open, kToday, kNow, {}));
        QVERIFY(rangeNeedsFetch(CachedRange{kNow.addSecs(-4000), false}, open, kToday, kNow, {}));
        QVERIFY(!rangeNeedsFetch(CachedRange{kNow.addDays(-40), true}, closed, kToday, kNow, {}));
        // Fetched while it was open, closed now: once more.
        QVERIFY(rangeNeedsFetch(CachedRange{kNow.addSecs(-10), false}, closed, kToday, kNow, {}));
    }

    void sharedCampaignsAreFound()
    {
        QHash<QString, QList<ExternalCampaignVisits>> seen;
        seen[QStringLiteral("a")] = {{QStringLiteral("facebook"), QStringLiteral("238500001"), 10},
                                     {QStringLiteral("google"), QStringLiteral("777"), 5}};
        seen[QStringLiteral("b")] = {
            {QStringLiteral("facebook"), QStringLiteral(" 238500001 "), 3},
            {QStringLiteral("tiktok"), QStringLiteral("777"), 9}, // another network
            {QStringLiteral("google"), QStringLiteral("888"), 0}};
        seen[QStringLiteral("c")] = {
            {QStringLiteral("google"), QStringLiteral("777"), 0}}; // no visits
        const auto shared = findSharedCampaigns(seen);
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.first().networkKey, QStringLiteral("facebook"));
        QCOMPARE(shared.first().externalCampaignId, QStringLiteral("238500001"));
        QCOMPARE(shared.first().integrationIds,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void rangeAggregatesAndCampaignNames()
    {
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(cache.open(&error));
        SimFixture sim({}, 0, kNow);
        const QDate from = kToday.addDays(-29);
        auto r = request(from, kToday, kToday);
        r.datasets.clear();
        r.rangeDatasets = {RangeDataset::ByCampaign, RangeDataset::ByExternalCampaign};
        r.campaignNames = true;
        auto client = sim.client();
        {
            ReportSync sync(client.get(), &cache, r);
            bool done = false;
            TrackerError result;
            connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
                result = e;
                done = true;
            });
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
            QVERIFY2(result.isOk(), qPrintable(result.message()));
        }
        const auto byCampaign = sim.server->dataset().stats(
            {from, kToday, StatsGroup::Campaign | StatsGroup::TrafficSource, {}, {}}, kToday,
            13.0 / 24);
        const auto byExternal = sim.server->dataset().stats(
            {from, kToday, StatsGroup::TrafficSource | StatsGroup::ExternalCampaign, {}, {}},
            kToday, 13.0 / 24);
        // The lower bound: one query per aggregate, plus the campaign list.
        QCOMPARE(sim.log(QStringLiteral("stats")).size(),
                 pages(byCampaign.size()) + pages(byExternal.size()));
        QCOMPARE(sim.log(QStringLiteral("campaigns")).size(),
                 pages(sim.server->dataset().campaignCount()));
        const auto stored =
            cache.rangeRows(QStringLiteral("it-1"), RangeDataset::ByCampaign, {from, kToday});
        QCOMPARE(stored.size(), byCampaign.size());
        Money a = 0;
        Money b = 0;
        for (const auto& x : stored)
            a += x.revenue;
        for (const auto& x : byCampaign)
            b += x.revenue;
        QCOMPARE(a, b);
        QCOMPARE(cache.campaigns(QStringLiteral("it-1")).size(),
                 sim.server->dataset().campaignCount());
        QVERIFY(!cache
                     .rangeRows(QStringLiteral("it-1"), RangeDataset::ByExternalCampaign,
                                {from, kToday})
                     .isEmpty());

        // Again, the same moment: nothing to ask.
        sim.server->clearLog();
        ReportSync again(client.get(), &cache, r);
        bool done = false;
        connect(&again, &ReportSync::finished, this, [&] { done = true; });
        again.start();
        QTRY_VERIFY(done);
        QCOMPARE(sim.log().size(), 0);
    }

    void coldThenWarmThenNextDay()
    {
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        SimFixture sim({}, 0, kNow); // 13:00 in New York: the tracker's today is Nov 25
        const QDate from = sim.server->dataset().firstDay();

        // Cold: exactly the pages the two aggregates take, no more.
        Outcome cold = runSync(sim, cache, from, kToday, kToday);
        QVERIFY2(cold.error.isOk(), qPrintable(cold.error.message()));
        const auto totals = sim.server->dataset().stats({from, kToday, StatsGroup::Date, {}, {}},
                                                        kToday, 13.0 / 24);
        const auto bySource = sim.server->dataset().stats(
            {from, kToday, StatsGroup::Date | StatsGroup::TrafficSource, {}, {}}, kToday,
            13.0 / 24);
        QCOMPARE(sim.log(QStringLiteral("stats")).size(),
                 pages(totals.size()) + pages(bySource.size()));
        QVERIFY(!cold.progress.isEmpty());
        QCOMPARE(cold.progress.last().first, cold.progress.last().second); // ends at 100 %
        QCOMPARE(cold.rowsSeen, totals.size() + bySource.size());

        // What the cache holds is what the tracker said.
        const auto stored =
            cache.rows(QStringLiteral("it-1"), ReportDataset::DailyTotals, from, kToday);
        QCOMPARE(stored.size(), totals.size());
        Money revenue = 0;
        Money expected = 0;
        for (const auto& r : stored)
            revenue += r.revenue;
        for (const auto& r : totals)
            expected += r.revenue;
        QCOMPARE(revenue, expected);
        QVERIFY(revenue > 0);

        // Warm, at the same moment: nothing to ask.
        sim.server->clearLog();
        Outcome warm = runSync(sim, cache, from, kToday, kToday);
        QVERIFY(warm.error.isOk());
        QCOMPARE(sim.log().size(), 0);

        // The next day: only the open window (visit time). Nov 19 left it; it had settled
        // when it was fetched at 13:00 on its last open day, so it is not asked for again.
        sim.server->clock().offsetDays = 1;
        const QDate tomorrow = kToday.addDays(1);
        Outcome next = runSync(sim, cache, from.addDays(1), tomorrow, tomorrow);
        QVERIFY(next.error.isOk());
        const auto log = sim.log(QStringLiteral("stats"));
        QCOMPARE(log.size(), 2); // 7 days: one page of totals, one page by source
        for (const auto& e : log)
            QVERIFY2(e.query.contains(QStringLiteral("date_from=2026-11-20")) &&
                         e.query.contains(QStringLiteral("date_to=2026-11-26")),
                     qPrintable(e.query));
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    // The progress bar's total is an estimate until each step's first page; it should start
    // near the truth whenever the cache knows something. Here the campaigns are known (names
    // fetched earlier) but no numbers by ad network yet: their sources tell how many rows a day
    // takes, so the first total is the final one (before, it counted one source and grew).
    void progressTotalFromWhatTheCacheKnows()
    {
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        sim::SimConfig config;
        config.size = sim::SimSize::Typical; // 8 networks
        SimFixture sim(config, 0, kNow);
        const QDate from = kToday.addDays(-89);
        ReportSync::Request names = request(from, kToday, kToday);
        names.datasets = {};
        names.campaignNames = true;
        QVERIFY(runRequest(sim, cache, names).isOk());
        QVERIFY(!cache.campaigns(QStringLiteral("it-1")).isEmpty());

        sim.server->clearLog();
        QList<int> secondsLeft;
        auto client = sim.client();
        ReportSync::Request r = request(from, kToday, kToday);
        r.requestsPerSecond = 2;
        ReportSync sync(client.get(), &cache, r);
        QList<std::pair<int, int>> progress;
        bool done = false;
        connect(&sync, &ReportSync::progress, this, [&](int d, int t, int left) {
            progress << std::pair{d, t};
            secondsLeft << left;
        });
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError&) { done = true; });
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
        const int requests = int(sim.log(QStringLiteral("stats")).size());
        QVERIFY(requests > 4); // more than a page by network: something to estimate
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().second, requests);
        QCOMPARE(progress.first().second, requests);
        // Seconds left: the requests still to come at the tracker's rate, rounded up.
        for (int i = 0; i < progress.size(); ++i)
            QCOMPARE(secondsLeft[i], (progress[i].second - progress[i].first + 1) / 2);
    }

    // 03:00 UTC is 22:00 of the day before in New York: the tracker's today is that day, and
    // under postback time its yesterday stays open until 03:00 of the tracker's next day.
    void trackerZoneBehindUtc()
    {
        sim::SimConfig config;
        config.settings.conversionTime = ConversionTime::Postback;
        config.settings.timeZone = QStringLiteral("America/New_York");
        SimFixture sim(config);
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(cache.open(&error));
        SyncPolicy policy;
        policy.conversionTime = ConversionTime::Postback;
        const QString zone = config.settings.timeZone;
        bool ok = false;

        // Nov 26, 03:00 UTC: Nov 25, 22:00 in New York.
        const QDateTime first(d(2026, 11, 26), QTime(3, 0), Qt::UTC);
        const QDateTime clock = trackerClock(zone, first);
        QCOMPARE(clock.date(), d(2026, 11, 25));
        QCOMPARE(clock.time(), QTime(22, 0));
        const DayRange week = presetRange(RangePreset::Last7, clock.date());
        QCOMPARE(week, (DayRange{d(2026, 11, 19), d(2026, 11, 25)}));
        QList<DayRange> asked = syncAt(sim, cache, first, week, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 19), d(2026, 11, 25)}}));

        // A range ending on UTC's date: Nov 26 is still the tracker's tomorrow, never asked.
        // Nov 24 settled when fetched at 22:00 on Nov 25, its last open day: only today again
        // (fetched more than openRefreshSeconds ago).
        asked =
            syncAt(sim, cache, first.addSecs(600), {d(2026, 11, 20), d(2026, 11, 26)}, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 25), d(2026, 11, 25)}}));
        QVERIFY(cache
                    .cachedDays(QStringLiteral("it-1"), ReportDataset::DailyTotals, d(2026, 11, 26),
                                d(2026, 11, 26))
                    .isEmpty());

        // Nov 27, 03:00 UTC (Nov 26, 22:00 in New York): yesterday (Nov 25) was fetched on
        // Nov 25 itself, before its last open day: once more, with today. Nov 24 is not.
        const QDateTime second(d(2026, 11, 27), QTime(3, 0), Qt::UTC);
        asked =
            syncAt(sim, cache, second,
                   presetRange(RangePreset::Last7, trackerClock(zone, second).date()), policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 25), d(2026, 11, 26)}}));

        // 06:00 UTC: 01:00 on Nov 27 in New York, a new tracker day. Nov 26 (fetched at
        // 22:00 the day before) is the new yesterday; Nov 25 settled at 22:00 on Nov 26.
        const QDateTime third(d(2026, 11, 27), QTime(6, 0), Qt::UTC);
        QCOMPARE(trackerClock(zone, third).date(), d(2026, 11, 27));
        asked = syncAt(sim, cache, third, {d(2026, 11, 21), d(2026, 11, 27)}, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 26), d(2026, 11, 27)}}));

        // 09:00 UTC, 04:00 in New York: Nov 26 was fetched at 01:00 of its last open day,
        // before it settled, so once more; two minutes later nothing at all.
        const QDateTime fourth(d(2026, 11, 27), QTime(9, 0), Qt::UTC);
        asked = syncAt(sim, cache, fourth, {d(2026, 11, 21), d(2026, 11, 27)}, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 26), d(2026, 11, 27)}}));
        asked = syncAt(sim, cache, fourth.addSecs(120), {d(2026, 11, 21), d(2026, 11, 27)}, policy,
                       &ok);
        QVERIFY(ok);
        QCOMPARE(asked, QList<DayRange>());
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    // Tokyo is ahead of UTC: at 20:00 UTC on Nov 25 the tracker is already on Nov 26.
    void trackerZoneAheadOfUtc()
    {
        sim::SimConfig config;
        config.settings.conversionTime = ConversionTime::Postback;
        config.settings.timeZone = QStringLiteral("Asia/Tokyo");
        config.days = 400; // the simulated history covers these dates for a year to come
        SimFixture sim(config);
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(cache.open(&error));
        SyncPolicy policy;
        policy.conversionTime = ConversionTime::Postback;
        const QString zone = config.settings.timeZone;
        bool ok = false;

        const QDateTime first(d(2026, 11, 25), QTime(20, 0), Qt::UTC);
        const QDateTime clock = trackerClock(zone, first);
        QCOMPARE(clock.date(), d(2026, 11, 26));
        QCOMPARE(clock.time(), QTime(5, 0));
        QList<DayRange> asked =
            syncAt(sim, cache, first, presetRange(RangePreset::Last7, clock.date()), policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 20), d(2026, 11, 26)}}));
        // The tracker's today reached the cache, with the tracker's numbers for it.
        const auto today = cache.rows(QStringLiteral("it-1"), ReportDataset::DailyTotals,
                                      d(2026, 11, 26), d(2026, 11, 26));
        const auto expected = sim.server->dataset().stats(
            {d(2026, 11, 26), d(2026, 11, 26), StatsGroup::Date, {}, {}}, d(2026, 11, 26),
            5.0 / 24);
        QCOMPARE(today.size(), 1);
        QCOMPARE(expected.size(), 1);
        QCOMPARE(today.first().visits, expected.first().visits);
        QVERIFY(today.first().visits > 0);

        // 20:00 UTC on Nov 26 is 05:00 on Nov 27 in Tokyo: yesterday (Nov 26, fetched on
        // itself) once more with today; Nov 25 settled at 05:00 on Nov 26, its last open day.
        const QDateTime second = first.addDays(1);
        asked =
            syncAt(sim, cache, second,
                   presetRange(RangePreset::Last7, trackerClock(zone, second).date()), policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 26), d(2026, 11, 27)}}));

        // 16:00 UTC on Nov 27 is 01:00 on Nov 28 in Tokyo, while UTC's date is still Nov 27.
        const QDateTime third(d(2026, 11, 27), QTime(16, 0), Qt::UTC);
        asked = syncAt(sim, cache, third, {d(2026, 11, 22), d(2026, 11, 28)}, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 27), d(2026, 11, 28)}}));
    }

    // Visit time, a 7-day window that crosses from November into December, over a cache that
    // already holds parts of October and November: only what is missing or was fetched open is
    // asked for, and a closed day never twice.
    void rangesAcrossMonths()
    {
        sim::SimConfig config;
        config.days = 400;
        SimFixture sim(config);
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(cache.open(&error));
        const SyncPolicy policy; // visit time, 7 days
        const QString zone = config.settings.timeZone;
        const QString id = QStringLiteral("it-1");
        // 18:00 UTC is 13:00 in New York (EST) on these dates.
        auto at = [](const QDate& day, int secs = 0) {
            return QDateTime(day, QTime(18, 0), Qt::UTC).addSecs(secs);
        };
        bool ok = false;

        // Nov 20: Oct 15..24 and Oct 28..Nov 20; Oct 25..27 never.
        QList<DayRange> asked = syncAt(sim, cache, at(d(2026, 11, 20)),
                                       {d(2026, 10, 15), d(2026, 10, 24)}, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 10, 15), d(2026, 10, 24)}}));
        asked = syncAt(sim, cache, at(d(2026, 11, 20), 60), {d(2026, 10, 28), d(2026, 11, 20)},
                       policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 10, 28), d(2026, 11, 20)}}));
        // Fetched at 13:00 on Nov 20: up to Nov 14 (whose window ends that day) closed.
        const auto before =
            cache.cachedDays(id, ReportDataset::DailyTotals, d(2026, 10, 1), d(2026, 12, 31));
        QCOMPARE(before.size(), 10 + 24);
        for (auto it = before.begin(); it != before.end(); ++it)
            QVERIFY2(it->final == (it.key() <= d(2026, 11, 14)),
                     qPrintable(it.key().toString(Qt::ISODate)));

        // Dec 2 (the window is Nov 26..Dec 2): the hole of October, and from the first day
        // fetched while open (Nov 15) on. Nothing closed is asked for again.
        asked =
            syncAt(sim, cache, at(d(2026, 12, 2)), {d(2026, 10, 20), d(2026, 12, 2)}, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 10, 25), d(2026, 10, 27)},
                                         {d(2026, 11, 15), d(2026, 12, 2)}}));
        for (const DayRange& r : asked) {
            for (QDate day = r.from; day <= r.to; day = day.addDays(1))
                QVERIFY2(!before.value(day).final, qPrintable(day.toString(Qt::ISODate)));
        }

        // Two minutes later: nothing.
        asked = syncAt(sim, cache, at(d(2026, 12, 2), 120), {d(2026, 10, 20), d(2026, 12, 2)},
                       policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, QList<DayRange>());

        // Dec 3, "Last month" (November): Nov 26 settled when fetched on Dec 2, its last open
        // day; Nov 27..30 are still open and a day old.
        const DayRange november = presetRange(RangePreset::LastMonth, d(2026, 12, 3));
        QCOMPARE(november, (DayRange{d(2026, 11, 1), d(2026, 11, 30)}));
        asked = syncAt(sim, cache, at(d(2026, 12, 3)), november, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 11, 27), d(2026, 11, 30)}}));
        // Then "Last 30 days" at the same moment: only December's days.
        const DayRange last30 = presetRange(RangePreset::Last30, d(2026, 12, 3));
        QCOMPARE(last30, (DayRange{d(2026, 11, 4), d(2026, 12, 3)}));
        asked = syncAt(sim, cache, at(d(2026, 12, 3)), last30, policy, &ok);
        QVERIFY(ok);
        QCOMPARE(asked, (QList<DayRange>{{d(2026, 12, 1), d(2026, 12, 3)}}));
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    void postbackTimeRefetchesOnlyTheLastDays_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<QDate>("firstFetched");
        // Synced in the afternoon: yesterday had settled, the next day asks for two days.
        QTest::newRow("13:00") << 13 << QDate(2026, 11, 25);
        // Synced at 01:00: yesterday had not settled, so the next day asks for it once more.
        QTest::newRow("01:00") << 1 << QDate(2026, 11, 24);
    }

    void postbackTimeRefetchesOnlyTheLastDays()
    {
        QFETCH(int, hour);
        QFETCH(QDate, firstFetched);
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(cache.open(&error));
        sim::SimConfig config;
        config.settings.conversionTime = ConversionTime::Postback;
        SimFixture sim(config, 0, QDateTime(kToday, QTime(hour, 0), kTrackerZone).toUTC());
        SyncPolicy policy;
        policy.conversionTime = ConversionTime::Postback;
        const QDate from = sim.server->dataset().firstDay();
        QVERIFY(runSync(sim, cache, from, kToday, kToday, policy, hour).error.isOk());
        sim.server->clearLog();
        sim.server->clock().offsetDays = 1;
        const QDate tomorrow = kToday.addDays(1);
        QVERIFY(runSync(sim, cache, from, tomorrow, tomorrow, policy, hour).error.isOk());
        const auto log = sim.log(QStringLiteral("stats"));
        QCOMPARE(log.size(), 2);
        for (const auto& e : log)
            QVERIFY2(e.query.contains(QStringLiteral("date_from=") +
                                      firstFetched.toString(Qt::ISODate)) &&
                         e.query.contains(QStringLiteral("date_to=2026-11-26")),
                     qPrintable(e.query));
    }

    void failedSyncLeavesTheCacheAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        ReportCache cache(path);
        QString error;
        QVERIFY(cache.open(&error));
        SimFixture sim({}, 0, kNow);
        const QDate from = sim.server->dataset().firstDay();
        // A first sync of the older half.
        QVERIFY(runSync(sim, cache, from, from.addDays(10), kToday).error.isOk());
        const auto totalsBefore =
            cache.rows(QStringLiteral("it-1"), ReportDataset::DailyTotals, from, kToday);
        const auto daysBefore =
            cache.cachedDays(QStringLiteral("it-1"), ReportDataset::DailyTotals, from, kToday);

        // Then a sync whose second request fails for good.
        sim.server->clearLog();
        sim::SimFault broken;
        broken.endpoint = QStringLiteral("stats");
        broken.type = QStringLiteral("status");
        broken.status = 500;
        broken.count = 100;
        bool armed = false;
        auto client = sim.client();
        ReportSync sync(client.get(), &cache, request(from, kToday, kToday));
        connect(&sync, &ReportSync::rowsArrived, this, [&] {
            if (!armed) {
                sim.server->armFault(broken);
                armed = true;
            }
        });
        TrackerError result;
        bool done = false;
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            result = e;
            done = true;
        });
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
        QCOMPARE(result.kind(), TrackerError::Kind::ServerError);
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
        const auto totalsAfter =
            cache.rows(QStringLiteral("it-1"), ReportDataset::DailyTotals, from, kToday);
        QCOMPARE(totalsAfter.size(), totalsBefore.size());
        for (qsizetype i = 0; i < totalsAfter.size(); ++i) {
            QCOMPARE(totalsAfter[i].date, totalsBefore[i].date);
            QCOMPARE(totalsAfter[i].revenue, totalsBefore[i].revenue);
        }
        QCOMPARE(cache.cachedDays(QStringLiteral("it-1"), ReportDataset::DailyTotals, from, kToday)
                     .keys(),
                 daysBefore.keys());
    }

    void cancelledSyncLeavesTheCacheAsItWas()
    {
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(cache.open(&error));
        SimFixture sim({}, 0, kNow);
        auto client = sim.client();
        ReportSync sync(client.get(), &cache,
                        request(sim.server->dataset().firstDay(), kToday, kToday));
        TrackerError result;
        bool done = false;
        connect(&sync, &ReportSync::rowsArrived, &sync, &ReportSync::cancel);
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            result = e;
            done = true;
        });
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
        QCOMPARE(result.kind(), TrackerError::Kind::Cancelled);
        QVERIFY(cache
                    .cachedDays(QStringLiteral("it-1"), ReportDataset::DailyTotals,
                                QDate(2020, 1, 1), kToday)
                    .isEmpty());
        QVERIFY(
            cache
                .rows(QStringLiteral("it-1"), ReportDataset::DailyTotals, QDate(2020, 1, 1), kToday)
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportSync)
#include "tst_reportsync.moc"
