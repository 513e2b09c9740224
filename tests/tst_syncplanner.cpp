// The sync planner, pure: which days a sync asks the tracker for given what the cache holds,
// how long a fetched day stays open, ranges of any length, and campaigns shared between
// integrations. No network, no cache file. (The sync against the simulator: tst_reportsync and
// tst_synczones.)
#include "ReportSyncFixture.h"

#include "reports/SharedCampaigns.h"

using namespace kd;
using namespace kd::test;

namespace {
CachedDay cached(int secondsAgo, bool final)
{
    return {kNow.addSecs(-secondsAgo), final};
}
} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
