#include "kintura/KinturaJson.h"
#include "sim/SimServer.h"

#include <QTest>

using namespace kd;
using namespace kd::kintura;

class TestKinturaJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settings_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("visit")
            << QByteArray(
                   R"({"currency":"USD","conversion_registration_time":"visit","timezone":"UTC"})")
            << true << QString();
        QTest::newRow("postback")
            << QByteArray(
                   R"({"currency":"EUR","conversion_registration_time":"postback","timezone":"Europe/Berlin"})")
            << true << QString();
        QTest::newRow("lowercase currency")
            << QByteArray(
                   R"({"currency":"usd","conversion_registration_time":"visit","timezone":"UTC"})")
            << false << QStringLiteral("currency");
        QTest::newRow("currency number")
            << QByteArray(
                   R"({"currency":840,"conversion_registration_time":"visit","timezone":"UTC"})")
            << false << QStringLiteral("currency");
        QTest::newRow("unknown time")
            << QByteArray(
                   R"({"currency":"USD","conversion_registration_time":"click","timezone":"UTC"})")
            << false << QStringLiteral("conversion_registration_time");
        QTest::newRow("missing zone")
            << QByteArray(R"({"currency":"USD","conversion_registration_time":"visit"})") << false
            << QStringLiteral("timezone");
        QTest::newRow("array") << QByteArray("[]") << false << QStringLiteral("object");
        QTest::newRow("html") << QByteArray("<html>502</html>") << false
                              << QStringLiteral("invalid JSON");
        QTest::newRow("empty") << QByteArray() << false << QStringLiteral("invalid JSON");
        QTest::newRow("null")
            << QByteArray(
                   R"({"currency":null,"conversion_registration_time":"visit","timezone":"UTC"})")
            << false << QStringLiteral("currency");
    }
    void settings()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, errorMentions);
        const auto parsed = parseSettings(body);
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(parsed.value.currency.size(), 3);
        } else {
            QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
        }
    }

    void settingsValues()
    {
        const auto parsed = parseSettings(
            R"({"currency":"EUR","conversion_registration_time":"postback","timezone":"Europe/Berlin"})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.currency, QStringLiteral("EUR"));
        QCOMPARE(parsed.value.conversionTime, ConversionTime::Postback);
        QCOMPARE(parsed.value.timeZone, QStringLiteral("Europe/Berlin"));
    }

    void trafficSources()
    {
        const auto parsed = parseTrafficSources(
            R"([{"id":11,"title":"Facebook","preset":"facebook","parameters":[{"name":"campid","token":"{{campaign.id}}"},{"name":"adid","token":"{{ad.id}}"}]},{"id":"ts-2","title":"Google","parameters":[]}])");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 2);
        QCOMPARE(parsed.value[0].id, QStringLiteral("11"));
        QCOMPARE(parsed.value[0].parameters.size(), 2);
        QCOMPARE(parsed.value[0].parameters[0].name, QStringLiteral("campid"));
        QCOMPARE(parsed.value[0].parameters[0].token, QStringLiteral("{{campaign.id}}"));
        QCOMPARE(parsed.value[1].id, QStringLiteral("ts-2"));
        QVERIFY(parsed.value[1].preset.isEmpty());
    }

    void trafficSourcesSkipBadRecords_data()
    {
        // Each bad record sits between two good ones: it is skipped and named, the good ones
        // stay.
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("id");
        QTest::newRow("parameters not list")
            << QByteArray(R"({"id":5,"title":"x","parameters":"campid=1"})")
            << QStringLiteral("parameters") << QStringLiteral("5");
        QTest::newRow("parameter not object")
            << QByteArray(R"({"id":5,"title":"x","parameters":[3]})")
            << QStringLiteral("parameters") << QStringLiteral("5");
        QTest::newRow("parameter without name")
            << QByteArray(R"({"id":5,"title":"x","parameters":[{"token":"{x}"}]})")
            << QStringLiteral("parameters") << QStringLiteral("5");
        QTest::newRow("negative id")
            << QByteArray(R"({"id":-1,"title":"x"})") << QStringLiteral("id") << QString();
        QTest::newRow("fraction id")
            << QByteArray(R"({"id":1.5,"title":"x"})") << QStringLiteral("id") << QString();
        QTest::newRow("huge id") << QByteArray(R"({"id":1e300,"title":"x"})")
                                 << QStringLiteral("id") << QString();
        QTest::newRow("row not object") << QByteArray(R"(1)") << QString() << QString();
        QTest::newRow("title too long")
            << QByteArray("{\"id\":5,\"title\":\"" + QByteArray(600, 'a') + "\"}")
            << QStringLiteral("title") << QStringLiteral("5");
    }
    void trafficSourcesSkipBadRecords()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, field);
        QFETCH(QString, id);
        const auto parsed =
            parseTrafficSources(R"([{"id":1,"title":"a"},)" + bad + R"(,{"id":2,"title":"b"}])");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 2);
        QCOMPARE(parsed.value[0].id, QStringLiteral("1"));
        QCOMPARE(parsed.value[1].id, QStringLiteral("2"));
        QCOMPARE(parsed.skipped.size(), 1);
        QCOMPARE(parsed.skipped[0].position, 2);
        QCOMPARE(parsed.skipped[0].field, field);
        QCOMPARE(parsed.skipped[0].id, id);
        QVERIFY(!parsed.skipped[0].problem.isEmpty());
    }

    void notAListIsStillAnError()
    {
        const auto parsed = parseTrafficSources(R"({"id":1})");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(QStringLiteral("list")), qPrintable(parsed.error));
    }

    void campaignsAsThePublishedRulesAllow_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<int>("active"); // -1 unknown, 0 false, 1 true
        QTest::addColumn<qint64>("cost");
        QTest::newRow("is_active null, region_id null")
            << QByteArray(R"({"id":1,"title":"C","is_active":null,"region_id":null})") << -1
            << qint64(0);
        QTest::newRow("is_active absent")
            << QByteArray(R"({"id":1,"title":"C"})") << -1 << qint64(0);
        QTest::newRow("is_active 1")
            << QByteArray(R"({"id":1,"title":"C","is_active":1})") << 1 << qint64(0);
        QTest::newRow("is_active 0")
            << QByteArray(R"({"id":1,"title":"C","is_active":0})") << 0 << qint64(0);
        QTest::newRow("is_active \"1\"")
            << QByteArray(R"({"id":1,"title":"C","is_active":"1"})") << 1 << qint64(0);
        QTest::newRow("is_active \"0\"")
            << QByteArray(R"({"id":1,"title":"C","is_active":"0"})") << 0 << qint64(0);
        QTest::newRow("cost_value decimal string")
            << QByteArray(R"({"id":1,"title":"C","cost_value":"0.25"})") << -1 << qint64(250'000);
        QTest::newRow("cost_value null")
            << QByteArray(R"({"id":1,"title":"C","cost_value":null})") << -1 << qint64(0);
        QTest::newRow("unknown keys, nested")
            << QByteArray(R"({"id":"1","title":"C","use_prodigy":true,"routing_mode":"allSticky",)"
                          R"("extra":{"a":[1,2]}})")
            << -1 << qint64(0);
    }
    void campaignsAsThePublishedRulesAllow()
    {
        QFETCH(QByteArray, record);
        QFETCH(int, active);
        QFETCH(qint64, cost);
        const auto parsed = parseCampaigns("[" + record + "]");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.skipped.size(), 0);
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value[0].active.has_value(), active >= 0);
        if (active >= 0)
            QCOMPARE(*parsed.value[0].active, active == 1);
        QCOMPARE(parsed.value[0].costValue, cost);
        // The same record alone, as GET /campaigns/{id} answers.
        const auto single = parseCampaign(record);
        QVERIFY2(single.ok(), qPrintable(single.error));
        QCOMPARE(single.value.id, QStringLiteral("1"));
    }

    void skippedCampaignIsNamedWithItsValue()
    {
        const auto parsed = parseCampaigns(
            R"([{"id":511,"title":"A"},{"id":512,"title":"B","cost_value":"abc"},{"id":513,"title":"C","is_active":"yes"}])");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.skipped.size(), 2);
        QCOMPARE(parsed.skipped[0].id, QStringLiteral("512"));
        QCOMPARE(parsed.skipped[0].field, QStringLiteral("cost_value"));
        QCOMPARE(parsed.skipped[0].valueText, QStringLiteral("abc"));
        QCOMPARE(parsed.skipped[1].field, QStringLiteral("is_active"));
        const QString sentence = skippedSentence(parsed.skipped, 3, QStringLiteral("campaigns"));
        QVERIFY2(sentence.startsWith(QStringLiteral("2 of 3 campaigns could not be read")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("id 512, cost_value \u201cabc\u201d")),
                 qPrintable(sentence));
    }

    void badStatsRowIsNamedByItsKeys()
    {
        const auto parsed = parseStats(
            R"([{"date":"2026-11-20","campaign_id":1001,"visits":"many","lp_visits":0,"offer_visits":0,"unique_visits":0,"conversions":0,"revenue":0,"cost":0}])",
            StatsGroup::Date | StatsGroup::Campaign);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(QStringLiteral("(date 2026-11-20, campaign 1001)")),
                 qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("visits")), qPrintable(parsed.error));
    }

    void dataWrapperAccepted()
    {
        const auto parsed = parseCampaigns(
            R"({"data":[{"id":7,"title":"C","cost_model":"cpc","cost_value":"0.05","is_active":false}]})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value[0].costModel, CostModel::Cpc);
        QCOMPARE(parsed.value[0].costValue, Money(50'000));
        QCOMPARE(parsed.value[0].active, std::optional<bool>(false));
    }

    void campaignsSkipUnknownCostModel()
    {
        const auto parsed = parseCampaigns(R"([{"id":7,"title":"C","cost_model":"cpv"}])");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        QCOMPARE(parsed.skipped.size(), 1);
        QCOMPARE(parsed.skipped[0].field, QStringLiteral("cost_model"));
        QCOMPARE(parsed.skipped[0].valueText, QStringLiteral("cpv"));
    }

    void stats_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorMentions");
        const QByteArray good =
            R"("visits":10,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":12.5,"cost":1.25)";
        QTest::newRow("good") << (R"({"date":"2026-11-01","campaign_id":1001,)" + good + "}")
                              << true << QString();
        QTest::newRow("bad date") << (R"({"date":"2026-13-01","campaign_id":1001,)" + good + "}")
                                  << false << QStringLiteral("date");
        QTest::newRow("short date") << (R"({"date":"2026-1-1","campaign_id":1001,)" + good + "}")
                                    << false << QStringLiteral("date");
        QTest::newRow("missing campaign")
            << (R"({"date":"2026-11-01",)" + good + "}") << false << QStringLiteral("campaign_id");
        QTest::newRow("negative visits")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":-1,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":1,"cost":1})")
            << false << QStringLiteral("visits");
        QTest::newRow("string visits")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":"10","lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":1,"cost":1})")
            << false << QStringLiteral("visits");
        QTest::newRow("fraction conversions")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":10,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1.5,"revenue":1,"cost":1})")
            << false << QStringLiteral("conversions");
        QTest::newRow("huge visits")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":1e20,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":1,"cost":1})")
            << false << QStringLiteral("visits");
        QTest::newRow("null revenue")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":10,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":null,"cost":1})")
            << false << QStringLiteral("revenue");
        QTest::newRow("huge revenue")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":10,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":1e13,"cost":1})")
            << false << QStringLiteral("revenue");
        QTest::newRow("string money")
            << QByteArray(
                   R"({"date":"2026-11-01","campaign_id":1,"visits":10,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1,"revenue":"12.50","cost":"-3.1"})")
            << true << QString();
    }
    void stats()
    {
        QFETCH(QByteArray, row);
        QFETCH(bool, ok);
        QFETCH(QString, errorMentions);
        const auto parsed = parseStats("[" + row + "]", StatsGroup::Date | StatsGroup::Campaign);
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(parsed.value.size(), 1);
            QCOMPARE(parsed.value[0].revenue, Money(12'500'000));
        } else {
            QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
        }
    }

    // What the simulator writes, the parser reads back unchanged: the two sides of the
    // modelled contract cannot drift apart silently.
    void simulatorRowsRoundTrip()
    {
        sim::SimConfig config;
        config.seed = 7;
        sim::SimDataset dataset(config, QDate(2026, 11, 25));
        StatsQuery q{QDate(2026, 11, 1),
                     QDate(2026, 11, 25),
                     StatsGroup::Date | StatsGroup::Campaign | StatsGroup::ExternalCampaign,
                     {},
                     {}};
        const QList<StatsRow> rows = dataset.stats(q, QDate(2026, 11, 25), 0.5);
        QVERIFY(rows.size() > 50);
        const QByteArray json = sim::simStatsRowsJson(rows, 0, rows.size(), q.groups);
        const auto parsed = parseStats(json, q.groups);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(parsed.value[i].date, rows[i].date);
            QCOMPARE(parsed.value[i].campaignId, rows[i].campaignId);
            QCOMPARE(parsed.value[i].externalCampaignId, rows[i].externalCampaignId);
            QCOMPARE(parsed.value[i].visits, rows[i].visits);
            QCOMPARE(parsed.value[i].conversions, rows[i].conversions);
            QCOMPARE(parsed.value[i].revenue, rows[i].revenue);
            QCOMPARE(parsed.value[i].cost, rows[i].cost);
        }
    }

    void errorBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("kintura")
            << QByteArray(R"({"error":{"code":401,"message":"Invalid API key or secret"}})")
            << QStringLiteral("Invalid API key or secret");
        QTest::newRow("flat") << QByteArray(R"({"error":"Rate limit"})")
                              << QStringLiteral("Rate limit");
        QTest::newRow("control chars")
            << QByteArray("{\"error\":\"bad\\u0000\\nthing\"}") << QStringLiteral("bad thing");
        QTest::newRow("html") << QByteArray("<html>nginx</html>") << QString();
        QTest::newRow("long") << QByteArray("{\"error\":\"" + QByteArray(1000, 'x') + "\"}")
                              << QString(200, QLatin1Char('x'));
    }
    void errorBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(parseErrorBody(body), message);
    }

    void pageHeaders_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<QByteArray>("pages");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("totalPages");
        QTest::newRow("normal") << QByteArray("2") << QByteArray("120") << QByteArray("3") << true
                                << 3;
        QTest::newRow("absent") << QByteArray() << QByteArray() << QByteArray() << true << 1;
        QTest::newRow("zero") << QByteArray("1") << QByteArray("0") << QByteArray("0") << true << 0;
        QTest::newRow("garbage") << QByteArray("1") << QByteArray("12") << QByteArray("three")
                                 << false << 1;
        QTest::newRow("negative") << QByteArray("1") << QByteArray("-5") << QByteArray("1") << false
                                  << 1;
        QTest::newRow("absurd") << QByteArray("1") << QByteArray("1") << QByteArray("99999999999")
                                << false << 1;
    }
    void pageHeaders()
    {
        QFETCH(QByteArray, current);
        QFETCH(QByteArray, count);
        QFETCH(QByteArray, pages);
        QFETCH(bool, ok);
        QFETCH(int, totalPages);
        const auto parsed = parsePageHeaders(current, count, pages);
        QCOMPARE(parsed.ok(), ok);
        QCOMPARE(parsed.value.totalPages, totalPages);
    }

    void money_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("cents") << 105.55 << true << qint64(105'550'000);
        QTest::newRow("four decimals") << 0.0451 << true << qint64(45'100);
        QTest::newRow("negative") << -3.1 << true << qint64(-3'100'000);
        QTest::newRow("nan") << std::nan("") << false << qint64(0);
        QTest::newRow("inf") << HUGE_VAL << false << qint64(0);
        QTest::newRow("too big") << 2e12 << false << qint64(0);
    }
    void money()
    {
        QFETCH(double, value);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        Money m = 0;
        QCOMPARE(moneyFromDouble(value, &m), ok);
        if (ok)
            QCOMPARE(m, micros);
    }
};

QTEST_GUILESS_MAIN(TestKinturaJson)
#include "tst_kinturajson.moc"
