// The pure parts of Reports: buckets and downsampling for the chart, range checks, top rows,
// and what the cache answers for filters and currencies, against hand-computed values (and
// against the simulator's own numbers). Presets and the tracker's clock: tst_reportclock.
#include "SimFixture.h"

#include "reports/BulkInsert.h"
#include "reports/CustomRange.h"
#include "reports/RangePresets.h"
#include "reports/ReportCache.h"
#include "reports/ReportQuery.h"
#include "reports/ReportSync.h"
#include "reports/TimeSeries.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
StatsRow row(const QDate& day, const QString& source, qint64 visits, qint64 conversions,
             double revenue)
{
    StatsRow r;
    r.date = day;
    r.trafficSourceId = source;
    r.visits = visits;
    r.conversions = conversions;
    r.revenue = Money(revenue * double(kMoneyUnit));
    return r;
}
} // namespace

class TestReportQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsFollowTheRangeLength()
    {
        const QDate d(2026, 3, 1);
        QCOMPARE(bucketFor({d, d.addDays(89)}), Bucket::Day); // 90 days
        QCOMPARE(bucketFor({d, d.addDays(91)}), Bucket::Day); // 92: a whole quarter
        QCOMPARE(bucketFor({d, d.addDays(92)}), Bucket::Week);
        QCOMPARE(bucketFor({d, d.addDays(729)}), Bucket::Week);
        QCOMPARE(bucketFor({d, d.addDays(800)}), Bucket::Month);
        // ISO weeks start on Monday; 2026-03-01 is a Sunday.
        QCOMPARE(bucketStart(d, Bucket::Week), QDate(2026, 2, 23));
        QCOMPARE(bucketStart(QDate(2026, 3, 2), Bucket::Week), QDate(2026, 3, 2));
        QCOMPARE(bucketStart(QDate(2026, 3, 31), Bucket::Month), QDate(2026, 3, 1));
    }

    void bucketizeSumsAndKeepsGaps()
    {
        QMap<QDate, Metrics> days;
        Metrics m;
        m.conversions = 2;
        m.revenue = 3 * kMoneyUnit;
        for (QDate d(2026, 3, 2); d <= QDate(2026, 3, 8); d = d.addDays(1))
            days.insert(d, m);              // one whole week
        days.insert(QDate(2026, 3, 23), m); // two weeks never fetched, then one day
        const QMap<QDate, Metrics> weeks = bucketize(days, Bucket::Week);
        QCOMPARE(weeks.keys(), (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 23)}));
        QCOMPARE(weeks.value(QDate(2026, 3, 2)).conversions, 14);
        QCOMPARE(weeks.value(QDate(2026, 3, 2)).revenue, 21 * kMoneyUnit);
        const QMap<QDate, Metrics> months = bucketize(days, Bucket::Month);
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.first().conversions, 16);
    }

    void downsamplingKeepsEndsAndPeaks()
    {
        // 100,000 noisy points with one spike and one dip: 800 points keep both.
        QList<QPointF> points;
        points.reserve(100'000);
        QRandomGenerator random(7);
        for (int i = 0; i < 100'000; ++i)
            points.append({double(i), 100.0 + random.bounded(10.0)});
        points[31'337].setY(5000.0);
        points[77'001].setY(-3000.0);
        const QList<QPointF> out = downsampleLttb(points, 800);
        QCOMPARE(out.size(), 800);
        QCOMPARE(out.first(), points.first());
        QCOMPARE(out.last(), points.last());
        QVERIFY(out.contains(points[31'337]));
        QVERIFY(out.contains(points[77'001]));
        QVERIFY(std::is_sorted(out.begin(), out.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        // Nothing to do below the threshold, or with a threshold too small to mean anything.
        QCOMPARE(downsampleLttb(points.mid(0, 10), 800), points.mid(0, 10));
        QCOMPARE(downsampleLttb(points.mid(0, 10), 2), points.mid(0, 10));
        QCOMPARE(downsampleLttb({}, 100), QList<QPointF>());
    }

    // The report's sums and derived numbers against the simulator's own rows (one per day,
    // campaign and traffic source), added up here by hand.
    void aggregatesMatchTheSimulator()
    {
        sim::SimConfig config;
        config.seed = 7;
        config.campaigns = 6;
        config.networks = 2;
        config.days = 400;
        const QDate today(2026, 11, 25);
        const QDateTime now(today, QTime(18, 0), Qt::UTC); // 13:00 in New York
        SimFixture sim(config, 0, now);
        const DayRange range{QDate(2026, 11, 1), QDate(2026, 11, 14)}; // closed days
        const QString id = QStringLiteral("it-1");

        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        ReportSync::Request request;
        request.integrationId = id;
        request.from = range.from;
        request.to = range.to;
        request.setClock(trackerClock(config.settings.timeZone, now));
        request.rangeDatasets = {RangeDataset::ByCampaign};
        request.campaignNames = true;
        auto client = sim.client();
        {
            ReportSync sync(client.get(), &cache, request);
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

        // The simulator's finest rows: a day, a campaign and its traffic source each.
        const QList<StatsRow> cells = sim.server->dataset().stats(
            {range.from,
             range.to,
             StatsGroup::Date | StatsGroup::Campaign | StatsGroup::TrafficSource,
             {},
             {}},
            today, 13.0 / 24);
        QVERIFY(cells.size() > 20);
        QMap<QDate, Metrics> byDay;
        QMap<QString, Metrics> byCampaign;
        QMap<QString, Metrics> bySource;
        Metrics all;
        for (const StatsRow& c : cells) {
            for (Metrics* m :
                 {&byDay[c.date], &byCampaign[c.campaignId], &bySource[c.trafficSourceId], &all}) {
                m->visits += c.visits;
                m->conversions += c.conversions;
                m->revenue += c.revenue;
                m->cost += c.cost;
            }
        }
        QVERIFY(bySource.size() >= 2);
        QList<TrackingTemplate> templates;
        for (const sim::SimTrafficSource& s : sim.server->dataset().trafficSources())
            templates << TrackingTemplate{QString::number(s.id), s.title, s.preset, s.parameters};
        const ReportSubject subject{id,    QStringLiteral("Sim"),     QStringLiteral("USD"), range,
                                    today, describeSources(templates)};

        auto sameBase = [](const Metrics& got, const Metrics& want) {
            return got.visits == want.visits && got.conversions == want.conversions &&
                   got.revenue == want.revenue && got.cost == want.cost;
        };
        // Derived numbers by their definitions, from the row's own base numbers.
        auto derivedAgree = [](const Metrics& m) {
            const double cost = double(m.cost);
            const double profit = double(m.revenue) - cost;
            if (m.profit() != m.revenue - m.cost)
                return false;
            if (m.cost == 0 ? m.roi().has_value()
                            : !m.roi() || std::abs(*m.roi() - profit / cost) > 1e-12)
                return false;
            if (m.visits == 0)
                return !m.conversionRate() && !m.epc();
            return m.conversionRate() &&
                   std::abs(*m.conversionRate() - double(m.conversions) / double(m.visits)) <
                       1e-12 &&
                   m.epc() &&
                   std::abs(double(*m.epc()) - double(m.revenue) / double(m.visits)) <= 0.5;
        };

        // Each day of the series.
        const ReportView days = buildReport(cache, {subject}, Breakdown::Integration, {});
        const QMap<QDate, Metrics> series = days.daily.value(QStringLiteral("USD"));
        QCOMPARE(series.size(), range.days());
        for (auto it = byDay.begin(); it != byDay.end(); ++it)
            QVERIFY2(sameBase(series.value(it.key()), it.value()),
                     qPrintable(it.key().toString(Qt::ISODate)));
        QCOMPARE(days.rows.size(), 1);
        QVERIFY(sameBase(days.rows.first().metrics, all));
        QVERIFY(derivedAgree(days.rows.first().metrics));
        QVERIFY(all.revenue > 0 && all.cost > 0);

        // Each campaign, named from the tracker's list.
        const ReportView campaigns = buildReport(cache, {subject}, Breakdown::Campaign, {});
        QCOMPARE(campaigns.rows.size(), byCampaign.size());
        for (const BreakdownRow& r : campaigns.rows) {
            const QString campaignId = r.key.section(QLatin1Char('/'), 1);
            QVERIFY2(sameBase(r.metrics, byCampaign.value(campaignId)), qPrintable(r.key));
            QVERIFY(derivedAgree(r.metrics));
            const auto c = std::find_if(
                sim.server->dataset().campaigns().begin(), sim.server->dataset().campaigns().end(),
                [&](const sim::SimCampaign& x) { return QString::number(x.id) == campaignId; });
            QVERIFY(c != sim.server->dataset().campaigns().end());
            QCOMPARE(r.name, c->title);
        }

        // Each ad network, from the daily rows by source.
        const ReportView networks = buildReport(cache, {subject}, Breakdown::Network, {});
        QCOMPARE(networks.rows.size(), bySource.size()); // one source per network here
        for (const BreakdownRow& r : networks.rows) {
            const auto source = std::find_if(bySource.keyBegin(), bySource.keyEnd(), [&](auto& s) {
                return subject.sources.value(s).networkKey == r.key;
            });
            QVERIFY2(source != bySource.keyEnd(), qPrintable(r.key));
            QVERIFY2(sameBase(r.metrics, bySource.value(*source)), qPrintable(r.key));
            QVERIFY(derivedAgree(r.metrics));
        }
    }

    void hostileRangesAreRefusedWithASentence()
    {
        const QDate today(2026, 11, 25);
        QCOMPARE(checkRange(today.addDays(-6), today, today), QString());
        QVERIFY(checkRange(today, today.addDays(-1), today).contains(QStringLiteral("before")));
        QVERIFY(
            checkRange(today.addYears(-10), today, today).contains(QStringLiteral("three years")));
        QVERIFY(checkRange(today.addDays(1), today.addDays(3), today)
                    .contains(QStringLiteral("after today")));
        QVERIFY(!checkRange({}, today, today).isEmpty());
        QVERIFY(!checkRange(QDate(1, 1, 1), QDate(9999, 12, 31), {}).isEmpty());
        // Exactly the limit passes; a day more does not.
        QCOMPARE(checkRange(today.addDays(1 - kMaxRangeDays), today, today), QString());
        QVERIFY(!checkRange(today.addDays(-kMaxRangeDays), today, today).isEmpty());
    }

    void topRowsPerCurrencyAndTheRestGrouped()
    {
        QList<BreakdownRow> rows;
        for (int i = 0; i < 12; ++i) {
            BreakdownRow r{QString::number(i),
                           QStringLiteral("Row %1").arg(i),
                           i % 3 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD"),
                           {}};
            r.metrics.revenue = Money(i + 1) * kMoneyUnit;
            rows.append(r);
        }
        const QList<BreakdownRow> top =
            topByRevenue(rows, 3, [](int n) { return QStringLiteral("Other (%1)").arg(n); });
        // EUR: rows 0,3,6,9 -> top 9,6,3 and "Other (1)" of row 0; USD: 8 rows -> top 3 + 5.
        QCOMPARE(top.size(), 8);
        QCOMPARE(top[0].name, QStringLiteral("Row 9"));
        QCOMPARE(top[3].name, QStringLiteral("Other (1)"));
        QCOMPARE(top[3].metrics.revenue, 1 * kMoneyUnit);
        QCOMPARE(top[3].currency, QStringLiteral("EUR"));
        QCOMPARE(top[4].name, QStringLiteral("Row 11"));
        QCOMPARE(top[7].name, QStringLiteral("Other (5)"));
        QCOMPARE(top[7].metrics.revenue, (2 + 3 + 5 + 6 + 8) * kMoneyUnit);
        QCOMPARE(topByRevenue(rows.mid(0, 2), 8, [](int) { return QString(); }).size(), 2);
    }

    void filtersAndCurrenciesFromTheCache()
    {
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        const QDate today(2026, 11, 25);
        const DayRange range{today.addDays(-2), today.addDays(-1)};
        const SyncPolicy policy;
        const QDateTime at = today.startOfDay(Qt::UTC);
        // Tracker A (USD): traffic sources 1 (Facebook) and 2 (an unknown preset).
        QVERIFY(cache.begin());
        QVERIFY(cache.storeRange(QStringLiteral("a"), ReportDataset::DailyTotals, range,
                                 {row(range.from, {}, 100, 3, 30), row(range.to, {}, 50, 1, 10)},
                                 {at, today, {}, policy}));
        QVERIFY(cache.storeRange(QStringLiteral("a"), ReportDataset::DailyBySource, range,
                                 {row(range.from, QStringLiteral("1"), 60, 2, 20),
                                  row(range.from, QStringLiteral("2"), 40, 1, 10),
                                  row(range.to, QStringLiteral("1"), 50, 1, 10)},
                                 {at, today, {}, policy}));
        // Tracker B (EUR): only its totals.
        QVERIFY(cache.storeRange(QStringLiteral("b"), ReportDataset::DailyTotals, range,
                                 {row(range.to, {}, 7, 7, 70)}, {at, today, {}, policy}));
        QVERIFY(cache.commit());

        const QHash<QString, SourceInfo> sources = describeSources(
            {TrackingTemplate{
                 QStringLiteral("1"), QStringLiteral("FB"), QStringLiteral("facebook"), {}},
             TrackingTemplate{QStringLiteral("2"),
                              QStringLiteral("My own network"),
                              QStringLiteral("custom-thing"),
                              {}}});
        QCOMPARE(sources.value(QStringLiteral("1")).networkKey, QStringLiteral("facebook"));
        QCOMPARE(sources.value(QStringLiteral("2")).name, QStringLiteral("My own network"));
        const ReportSubject a{
            QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("USD"), range, today, sources};
        const ReportSubject b{
            QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("EUR"), range, today, {}};

        ReportView all = buildReport(cache, {a}, Breakdown::Network, {});
        QCOMPARE(all.daily.value(QStringLiteral("USD")).value(range.from).conversions, 3);
        QCOMPARE(all.rows.size(), 2);
        const auto facebookRow =
            std::find_if(all.rows.begin(), all.rows.end(),
                         [](const BreakdownRow& r) { return r.key == QLatin1String("facebook"); });
        QVERIFY(facebookRow != all.rows.end());
        QCOMPARE(facebookRow->metrics.visits, 110);
        QCOMPARE(facebookRow->metrics.revenue, 30 * kMoneyUnit);

        // One network: its days only (the day it had nothing is a zero, not a gap).
        ReportView facebook =
            buildReport(cache, {a}, Breakdown::Network, {QStringLiteral("facebook"), {}});
        QCOMPARE(facebook.rows.size(), 1);
        QCOMPARE(facebook.daily.value(QStringLiteral("USD")).value(range.from).conversions, 2);
        ReportView custom =
            buildReport(cache, {a}, Breakdown::Network, {QStringLiteral("source:2"), {}});
        QCOMPARE(custom.daily.value(QStringLiteral("USD")).value(range.to).conversions, 0);
        QVERIFY(custom.daily.value(QStringLiteral("USD")).contains(range.to));

        // Two currencies: two series, one row each, nothing summed across them.
        ReportView both = buildReport(cache, {a, b}, Breakdown::Integration, {});
        QCOMPARE(both.currencies(), (QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}));
        QCOMPARE(both.rows.size(), 2);
        for (const BreakdownRow& r : std::as_const(both.rows))
            QCOMPARE(r.metrics.revenue,
                     r.currency == QLatin1String("EUR") ? 70 * kMoneyUnit : 40 * kMoneyUnit);
        QCOMPARE(both.daily.value(QStringLiteral("EUR")).value(range.to).revenue, 70 * kMoneyUnit);
        QVERIFY(!both.daily.value(QStringLiteral("EUR")).value(range.from).revenue);
    }

    // The cache writes through SQLite's C API where it can and through QSqlQuery elsewhere
    // (BulkInsert): both must store exactly the same, and say why when SQLite refuses a row.
    void bothWritePathsStoreTheSame()
    {
        QList<QList<StatsRow>> readBack;
        for (const bool direct : {true, false}) {
            BulkInsert::setSqliteApiAllowed(direct);
            QTemporaryDir dir;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
                db.setDatabaseName(dir.filePath(QStringLiteral("bulk.sqlite")));
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(
                    QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL)")));
                // Statements of the C API are not QtSql's to finalise: all of them go before
                // the connection closes.
                {
                    BulkInsert insert(db, QStringLiteral("INSERT INTO t VALUES (?, ?)"));
                    QVERIFY(insert.isPrepared());
                    QCOMPARE(insert.usesSqliteApi(), direct && BulkInsert::sqliteApiBuilt());
                    insert.bind(0, QStringLiteral("é✓"));
                    insert.bind(1, qint64(1) << 53);
                    QVERIFY(insert.insert());
                    insert.bind(1, qint64(-1)); // the text stays bound
                    QVERIFY(insert.insert());
                    BulkInsert refused(db, QStringLiteral("INSERT INTO t VALUES (NULL, ?)"));
                    refused.bind(0, qint64(1));
                    QVERIFY(!refused.insert());
                    QVERIFY2(refused.lastError().contains(QStringLiteral("NOT NULL")),
                             qPrintable(refused.lastError()));
                }
                QSqlQuery rows(db);
                QVERIFY(rows.exec(QStringLiteral("SELECT a, b FROM t ORDER BY rowid")));
                QVERIFY(rows.next());
                QCOMPARE(rows.value(0).toString(), QStringLiteral("é✓"));
                QCOMPARE(rows.value(1).toLongLong(), qint64(1) << 53);
                QVERIFY(rows.next());
                QCOMPARE(rows.value(0).toString(), QStringLiteral("é✓"));
                QCOMPARE(rows.value(1).toLongLong(), qint64(-1));
                QVERIFY(!rows.next());
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("bulk"));

            ReportCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
            QString error;
            QVERIFY2(cache.open(&error), qPrintable(error));
            const QDate day(2026, 11, 20);
            const DayRange range{day, day.addDays(1)};
            StatsRow unicode = row(day, QStringLiteral("sourcé-✓"), 5, 1, 1.25);
            unicode.cost = 123'456'789;
            QVERIFY(cache.begin());
            QVERIFY(cache.storeRange(QStringLiteral("a"), ReportDataset::DailyBySource, range,
                                     {row(day, {}, 1, 0, 0), unicode,
                                      row(day.addDays(1), QStringLiteral("2"), 7, 2, 3.5),
                                      row(day.addDays(5), QStringLiteral("3"), 9, 9, 9)},
                                     {QDateTime(day, QTime(12, 0), Qt::UTC), day, {}, {}}));
            QVERIFY(cache.commit());
            readBack << cache.rows(QStringLiteral("a"), ReportDataset::DailyBySource, range.from,
                                   range.to);
            QCOMPARE(cache
                         .cachedDays(QStringLiteral("a"), ReportDataset::DailyBySource, range.from,
                                     range.to)
                         .size(),
                     2);
        }
        BulkInsert::setSqliteApiAllowed(true);
        QCOMPARE(readBack[0].size(), 3); // the row outside the range is not trusted
        QCOMPARE(readBack[0][1].trafficSourceId, QStringLiteral("sourcé-✓"));
        QCOMPARE(readBack[0][1].cost, 123'456'789);
        QVERIFY(readBack[0][0].trafficSourceId.isEmpty());
        QCOMPARE(readBack[1], readBack[0]);
    }

    // Campaign names are kept between reads, never past a write: the window's connection must
    // see what the sync's connection (or another process) committed, and its own writes.
    void campaignNamesFollowEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        ReportCache window(path);
        ReportCache sync(path);
        QString error;
        QVERIFY2(window.open(&error) && sync.open(&error), qPrintable(error));
        const QString id = QStringLiteral("a");
        auto named = [](const QString& title) {
            Campaign c;
            c.id = QStringLiteral("1");
            c.title = title;
            return QList<Campaign>{c};
        };
        const QDateTime at(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        QVERIFY(window.campaigns(id).isEmpty());
        QVERIFY(sync.begin() && sync.storeCampaigns(id, named(QStringLiteral("First")), at) &&
                sync.commit());
        QCOMPARE(window.campaigns(id).value(0).title, QStringLiteral("First"));
        QCOMPARE(window.campaigns(id).value(0).title, QStringLiteral("First")); // kept
        QVERIFY(sync.begin() && sync.storeCampaigns(id, named(QStringLiteral("Second")), at) &&
                sync.commit());
        QCOMPARE(window.campaigns(id).value(0).title, QStringLiteral("Second"));
        // Its own write, then a rolled-back one.
        QVERIFY(window.begin() && window.storeCampaigns(id, named(QStringLiteral("Third")), at) &&
                window.commit());
        QCOMPARE(window.campaigns(id).value(0).title, QStringLiteral("Third"));
        QVERIFY(window.begin() && window.storeCampaigns(id, named(QStringLiteral("Gone")), at));
        QCOMPARE(window.campaigns(id).value(0).title, QStringLiteral("Gone"));
        window.rollback();
        QCOMPARE(window.campaigns(id).value(0).title, QStringLiteral("Third"));
        QVERIFY(window.removeIntegration(id));
        QVERIFY(window.campaigns(id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportQuery)
#include "tst_reportquery.moc"
