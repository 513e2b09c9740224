// The sync into the SQLite cache against the simulator: cold, warm and the next day, the
// progress it reports, range totals and campaign names, and a failed or cancelled sync leaving
// the cache as it was. Request counts come from the simulator's log. (The planner alone:
// tst_syncplanner; the tracker's time zone and ranges across months: tst_synczones.)
#include "ReportSyncFixture.h"

#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

class TestReportSync : public ReportSyncFixture
{
    Q_OBJECT

private Q_SLOTS:
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
