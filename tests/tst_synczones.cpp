// The sync against the simulator on the tracker's clock: a tracker behind or ahead of UTC,
// ranges across months, and postback time re-fetching only the last days. Which days were
// asked for comes from the simulator's log. (The planner alone: tst_syncplanner; cold, warm,
// failed and cancelled syncs: tst_reportsync.)
#include "ReportSyncFixture.h"

#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

class TestSyncZones : public ReportSyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    // 03:00 UTC is 22:00 of the day before in New York: the tracker's today is that day, and
    // under postback time its yesterday stays open until 03:00 of the tracker's next day.
    void trackerZoneBehindUtc()
    {
        sim::SimConfig config;
        config.settings.conversionTime = ConversionTime::Postback;
        config.settings.timeZone = QStringLiteral("America/New_York");
        // Pinned: the simulated history ends on this test's day, whatever day it runs.
        SimFixture sim(config, 0, QDateTime(d(2026, 11, 26), QTime(3, 0), Qt::UTC));
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
        config.days = 400;
        // Pinned: the simulated history ends on this test's day, whatever day it runs.
        SimFixture sim(config, 0, QDateTime(d(2026, 11, 25), QTime(20, 0), Qt::UTC));
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
        // Pinned: the simulated history ends on this test's first day, whatever day it runs.
        SimFixture sim(config, 0, QDateTime(d(2026, 11, 20), QTime(18, 0), Qt::UTC));
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
};

QTEST_GUILESS_MAIN(TestSyncZones)
#include "tst_synczones.moc"
