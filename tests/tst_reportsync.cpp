// The sync planner (pure) and the sync into the SQLite cache against the simulator: request
// counts come from the simulator's log.
#include "SimFixture.h"

#include "reports/ReportCache.h"
#include "reports/ReportSync.h"
#include "reports/SharedCampaigns.h"
#include "reports/SyncPlanner.h"

#include <QTemporaryDir>
#include <QTimeZone>

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
        SimFixture sim;
        sim.server->clock().fixedNow = kNow;
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
        SimFixture sim;
        sim.server->clock().fixedNow = kNow; // 13:00 in New York: the tracker's today is Nov 25
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
        SimFixture sim(config);
        sim.server->clock().fixedNow = QDateTime(kToday, QTime(hour, 0), kTrackerZone).toUTC();
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
        SimFixture sim;
        sim.server->clock().fixedNow = kNow;
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
        SimFixture sim;
        sim.server->clock().fixedNow = kNow;
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
