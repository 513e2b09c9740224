// The simulator over real HTTP on loopback, spoken to with a plain QNetworkAccessManager so
// that its contract (docs/kintura-api.md) is checked independently of our client.
#include "SimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

using namespace kd;
using namespace kd::test;

namespace {
struct Raw
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;

    Raw send(SimFixture& sim, const QString& pathAndQuery, bool auth = true,
             const QByteArray& method = "GET", const QByteArray& body = {})
    {
        QNetworkRequest request(QUrl(sim.server->baseUrl().toString() + pathAndQuery));
        if (auth) {
            request.setRawHeader("X-Api-Key", sim.server->apiKey().toUtf8());
            request.setRawHeader("X-Api-Secret", sim.server->apiSecret().toUtf8());
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
        Raw raw;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000); }();
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        for (const auto& [k, v] : reply->rawHeaderPairs())
            raw.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return raw;
    }

    static sim::SimConfig fixedConfig(int campaigns = 0)
    {
        sim::SimConfig c;
        c.seed = 3;
        c.campaigns = campaigns;
        return c;
    }

    void fixClock(SimFixture& sim)
    {
        sim.server->clock().fixedNow = QDateTime(QDate(2026, 11, 25), QTime(18, 0), Qt::UTC);
    }

    // Sums of one metric over all rows of a stats query, paging through everything.
    qint64 totalConversions(SimFixture& sim, const QString& query)
    {
        qint64 sum = 0;
        for (int page = 1;; ++page) {
            const Raw r =
                send(sim, QStringLiteral("/1.0/stats?%1&per_page=50&page=%2").arg(query).arg(page));
            if (r.status != 200)
                return -1;
            for (const QJsonValue& v : r.json().array())
                sum += v[QStringLiteral("conversions")].toInteger();
            if (page >= r.headers.value("x-total-pages").toInt())
                return sum;
        }
    }

private Q_SLOTS:
    void rejectsMissingOrWrongCredentials()
    {
        SimFixture sim(fixedConfig());
        const Raw r = send(sim, QStringLiteral("/1.0/settings"), false);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 401);
        QCOMPARE(sim.log().size(), 1);
        QCOMPARE(sim.log().first().status, 401);
    }

    void settingsReply()
    {
        SimFixture sim(fixedConfig());
        const Raw r = send(sim, QStringLiteral("/1.0/settings"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QCOMPARE(r.json()[QStringLiteral("conversion_registration_time")].toString(),
                 QStringLiteral("visit"));
    }

    void paginationHeadersAndLimits()
    {
        SimFixture sim(fixedConfig(120));
        Raw r = send(sim, QStringLiteral("/1.0/campaigns"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().array().size(), 20); // default per_page
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("120"));
        QCOMPARE(r.headers.value("x-total-pages"), QByteArray("6"));
        QCOMPARE(r.headers.value("x-current-page"), QByteArray("1"));

        r = send(sim, QStringLiteral("/1.0/campaigns?per_page=500&page=3"));
        QCOMPARE(r.json().array().size(), 20); // 50 max: page 3 of 120 holds rows 101-120
        QCOMPARE(r.headers.value("x-total-pages"), QByteArray("3"));
        QCOMPARE(r.json().array().first()[QStringLiteral("id")].toInteger(), 1101);

        r = send(sim, QStringLiteral("/1.0/campaigns?per_page=50&page=9"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().array().isEmpty());

        QCOMPARE(send(sim, QStringLiteral("/1.0/campaigns?page=0")).status, 400);
        QCOMPARE(send(sim, QStringLiteral("/1.0/campaigns?per_page=x")).status, 400);
    }

    void searchFiltersOnTitle()
    {
        SimFixture sim(fixedConfig());
        const Raw r = send(sim, QStringLiteral("/1.0/traffic-sources?search=old"));
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.json().array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue& v : rows)
            QVERIFY(v[QStringLiteral("title")].toString().contains(QStringLiteral("old"),
                                                                   Qt::CaseInsensitive));
    }

    void someTemplatesLackRequiredMacros()
    {
        SimFixture sim(fixedConfig());
        const QJsonArray rows =
            send(sim, QStringLiteral("/1.0/traffic-sources?per_page=50")).json().array();
        int complete = 0;
        int incomplete = 0;
        for (const QJsonValue& v : rows) {
            QStringList names;
            for (const QJsonValue& p : v[QStringLiteral("parameters")].toArray())
                names << p[QStringLiteral("name")].toString();
            const bool hasPlacement = names.contains(QStringLiteral("placement")) ||
                                      names.contains(QStringLiteral("zone"));
            (hasPlacement ? complete : incomplete)++;
        }
        QVERIFY(complete >= 3);
        QVERIFY(incomplete >= 1);
    }

    void throttleAnswers429WithRetryAfter()
    {
        SimFixture sim(fixedConfig(), 1.0);
        QCOMPARE(send(sim, QStringLiteral("/1.0/settings")).status, 200);
        const Raw r = send(sim, QStringLiteral("/1.0/settings"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
        QCOMPARE(sim.log().last().fault, QStringLiteral("throttle"));
    }

    void statsValidation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("no dates") << QStringLiteral("group_by=date");
        QTest::newRow("reversed") << QStringLiteral("date_from=2026-11-10&date_to=2026-11-01");
        QTest::newRow("bad group")
            << QStringLiteral("date_from=2026-11-01&date_to=2026-11-10&group_by=country");
        QTest::newRow("ten years") << QStringLiteral("date_from=2016-11-01&date_to=2026-11-10");
    }
    void statsValidation()
    {
        QFETCH(QString, query);
        SimFixture sim(fixedConfig());
        QCOMPARE(send(sim, QStringLiteral("/1.0/stats?") + query).status, 400);
    }

    // Every grouping is a view of the same numbers: totals agree.
    void groupingsAgree()
    {
        SimFixture sim(fixedConfig(40));
        fixClock(sim);
        const QString range = QStringLiteral("date_from=2026-11-01&date_to=2026-11-25");
        const qint64 byDate = totalConversions(sim, range + QStringLiteral("&group_by=date"));
        const qint64 byCampaign =
            totalConversions(sim, range + QStringLiteral("&group_by=campaign"));
        const qint64 byExternal =
            totalConversions(sim, range + QStringLiteral("&group_by=date,external_campaign"));
        const qint64 bySource =
            totalConversions(sim, range + QStringLiteral("&group_by=traffic_source"));
        QVERIFY(byDate > 0);
        QCOMPARE(byCampaign, byDate);
        QCOMPARE(byExternal, byDate);
        QCOMPARE(bySource, byDate);
    }

    void sameSeedSameData()
    {
        SimFixture a(fixedConfig());
        SimFixture b(fixedConfig());
        fixClock(a);
        fixClock(b);
        const QString q = QStringLiteral(
            "/1.0/"
            "stats?date_from=2026-11-01&date_to=2026-11-25&group_by=date,campaign&per_page=50");
        QCOMPARE(send(a, q).body, send(b, q).body);
        sim::SimConfig other = fixedConfig();
        other.seed = 4;
        SimFixture c(other);
        fixClock(c);
        QVERIFY(send(a, q).body != send(c, q).body);
    }

    void lateConversionsChangeRecentDaysWithVisitTime()
    {
        SimFixture sim(fixedConfig());
        fixClock(sim);
        const QString day = QStringLiteral("date_from=2026-11-24&date_to=2026-11-24&group_by=date");
        const QString old = QStringLiteral("date_from=2026-11-10&date_to=2026-11-10&group_by=date");
        const qint64 yesterdayBefore = totalConversions(sim, day);
        const qint64 oldBefore = totalConversions(sim, old);
        sim.server->clock().offsetDays = 3;
        const qint64 yesterdayAfter = totalConversions(sim, day);
        QVERIFY2(yesterdayAfter > yesterdayBefore, "late conversions land on the visit day");
        QCOMPARE(totalConversions(sim, old), oldBefore); // closed days never change
    }

    void postbackTimeKeepsPastDaysClosed()
    {
        sim::SimConfig config = fixedConfig();
        config.settings.conversionTime = ConversionTime::Postback;
        SimFixture sim(config);
        fixClock(sim);
        const QString day = QStringLiteral("date_from=2026-11-24&date_to=2026-11-24&group_by=date");
        const qint64 before = totalConversions(sim, day);
        sim.server->clock().offsetDays = 3;
        QCOMPARE(totalConversions(sim, day), before);
    }

    void controlEndpoints()
    {
        SimFixture sim(fixedConfig());
        Raw r = send(sim, QStringLiteral("/__sim/faults"), false, "POST",
                     R"({"endpoint":"settings","type":"status","status":503,"count":2})");
        QCOMPARE(r.status, 200);
        QCOMPARE(send(sim, QStringLiteral("/1.0/settings")).status, 503);
        QCOMPARE(send(sim, QStringLiteral("/1.0/settings")).status, 503);
        QCOMPARE(send(sim, QStringLiteral("/1.0/settings")).status, 200);
        QCOMPARE(send(sim, QStringLiteral("/__sim/faults"), false, "POST", R"({"type":"explode"})")
                     .status,
                 400);

        r = send(sim, QStringLiteral("/__sim/log"), false);
        const QJsonObject log = r.json().object();
        QCOMPARE(log[QStringLiteral("total")].toInt(), 3);
        QCOMPARE(log[QStringLiteral("endpoints")][QStringLiteral("settings")]
                    [QStringLiteral("statuses")][QStringLiteral("503")]
                        .toInt(),
                 2);
        QCOMPARE(log[QStringLiteral("requests")].toArray().size(), 3);
        QCOMPARE(send(sim, QStringLiteral("/__sim/log"), false, "DELETE").status, 200);
        QCOMPARE(sim.log().size(), 0);

        // Edit, then delete, a template.
        r = send(sim, QStringLiteral("/__sim/traffic-sources/11"), false, "POST",
                 R"({"title":"Renamed"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(
            send(sim, QStringLiteral("/1.0/traffic-sources?search=Renamed")).json().array().size(),
            1);
        QCOMPARE(send(sim, QStringLiteral("/__sim/traffic-sources/11"), false, "DELETE").status,
                 200);
        QCOMPARE(
            send(sim, QStringLiteral("/1.0/traffic-sources?search=Renamed")).json().array().size(),
            0);
        QCOMPARE(send(sim, QStringLiteral("/__sim/traffic-sources/999"), false, "DELETE").status,
                 404);

        // Settings and clock.
        QCOMPARE(send(sim, QStringLiteral("/__sim/settings"), false, "POST",
                      R"({"currency":"EUR","conversion_registration_time":"postback"})")
                     .status,
                 200);
        QCOMPARE(send(sim, QStringLiteral("/1.0/settings"))
                     .json()[QStringLiteral("currency")]
                     .toString(),
                 QStringLiteral("EUR"));
        r = send(sim, QStringLiteral("/__sim/clock"), false, "POST",
                 R"({"now":"2027-01-01T12:00:00Z"})");
        QCOMPARE(r.json()[QStringLiteral("today")].toString(), QStringLiteral("2027-01-01"));
    }

    void socketFaults()
    {
        SimFixture sim(fixedConfig());
        for (const char* type : {"truncate", "reset"}) {
            sim.fault(QStringLiteral("settings"), QString::fromLatin1(type));
            QNetworkRequest request(
                QUrl(sim.server->baseUrl().toString() + QStringLiteral("/1.0/settings")));
            request.setRawHeader("X-Api-Key", sim.server->apiKey().toUtf8());
            request.setRawHeader("X-Api-Secret", sim.server->apiSecret().toUtf8());
            QNetworkReply* reply = nam.get(request);
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
            QVERIFY2(reply->error() != QNetworkReply::NoError, type);
            reply->deleteLater();
        }
    }

    void executablePrintsItsAddress()
    {
        QProcess sim;
        sim.start(QStringLiteral(KD_SIM_BINARY), {QStringLiteral("--rate"), QStringLiteral("0"),
                                                  QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10'000);
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("KINTURA_SIM url=http://127.0.0.1:")),
                 qPrintable(line));
        QVERIFY(line.contains(QStringLiteral(" key=kk_")));
        QVERIFY(line.contains(QStringLiteral(" secret=ks_")));
        const QString url = line.section(QLatin1Char(' '), 1, 1).mid(4);
        QNetworkRequest request(QUrl(url + QStringLiteral("/__sim/info")));
        QNetworkReply* reply = nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())[QStringLiteral("seed")].toString(),
                 QStringLiteral("9"));
        reply->deleteLater();
        sim.kill();
        sim.waitForFinished();

        QProcess bad;
        bad.start(QStringLiteral(KD_SIM_BINARY),
                  {QStringLiteral("--size"), QStringLiteral("huge")});
        QVERIFY(bad.waitForFinished());
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
