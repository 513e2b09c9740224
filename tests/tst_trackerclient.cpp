// The Kintura client against the simulator over real sockets on 127.0.0.1.
#include "SimFixture.h"

#include "net/ApiRequest.h"

#include <QTcpServer>

using namespace kd;
using namespace kd::test;
using Kind = TrackerError::Kind;

class TestTrackerClient : public QObject
{
    Q_OBJECT

    static sim::SimConfig config(int campaigns = 0)
    {
        sim::SimConfig c;
        c.seed = 11;
        c.campaigns = campaigns;
        return c;
    }

    // Runs fetchSettings and returns its error kind.
    static Kind settingsOutcome(kintura::KinturaClient& client, TrackerError* error = nullptr)
    {
        Kind kind = Kind::Cancelled;
        const bool done = waitFor(client.fetchSettings(), [&](auto& call) {
            kind = call.error().kind();
            if (error)
                *error = call.error();
        });
        return done ? kind : Kind::Cancelled;
    }

    static QList<double> gapsMs(const QList<sim::SimLogEntry>& log)
    {
        QList<double> gaps;
        for (qsizetype i = 1; i < log.size(); ++i)
            gaps << log[i].tMs - log[i - 1].tMs;
        return gaps;
    }

private Q_SLOTS:
    void settings()
    {
        SimFixture sim(config());
        auto client = sim.client();
        TrackerSettings settings;
        QVERIFY(waitFor(client->fetchSettings(), [&](auto& call) {
            QVERIFY(call.error().isOk());
            settings = call.value();
        }));
        QCOMPARE(settings.currency, QStringLiteral("USD"));
        QCOMPARE(settings.timeZone, QStringLiteral("America/New_York"));
    }

    void invalidCredentialsAreNotRetried()
    {
        SimFixture sim(config());
        kintura::KinturaClient client(sim.server->baseUrl(),
                                      {sim.server->apiKey(), QStringLiteral("wrong")},
                                      SimFixture::fastOptions());
        TrackerError error;
        QCOMPARE(settingsOutcome(client, &error), Kind::InvalidCredentials);
        QCOMPARE(sim.log().size(), 1);
        QVERIFY2(error.detail().contains(QStringLiteral("Invalid API key or secret")),
                 qPrintable(error.detail()));
        QVERIFY(error.message().contains(sim.server->baseUrl().host()));
        QVERIFY(!error.message().contains(QStringLiteral("wrong")));
    }

    void paginationAcrossManyPages()
    {
        SimFixture sim(config(260));
        auto client = sim.client();
        auto* call = client->fetchCampaigns();
        QList<std::pair<int, int>> progress;
        connect(call, &TrackerCall::progress, this, [&](int done, int total) {
            progress << std::pair{done, total};
        });
        QList<Campaign> campaigns;
        QVERIFY(waitFor(call, [&](auto& c) {
            QVERIFY(c.error().isOk());
            campaigns = c.value();
        }));
        QCOMPARE(campaigns.size(), 260);
        QSet<QString> ids;
        for (const Campaign& c : campaigns)
            ids.insert(c.id);
        QCOMPARE(ids.size(), 260);
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.first(), (std::pair{1, 6}));
        QCOMPARE(progress.last(), (std::pair{6, 6}));
        const auto log = sim.log(QStringLiteral("campaigns"));
        QCOMPARE(log.size(), 6);
        for (const auto& e : log)
            QVERIFY2(e.query.contains(QStringLiteral("per_page=50")), qPrintable(e.query));
    }

    void pacingKeepsRequestsApart()
    {
        // 20 requests/s: the simulator must see at least 50 ms between any two requests,
        // also when two callers share the host.
        SimFixture sim(config(400), 20.0);
        auto first = sim.client(SimFixture::fastOptions(20.0));
        auto second = sim.client(SimFixture::fastOptions(20.0));
        int finished = 0;
        int failures = 0;
        for (auto* call : {first->fetchCampaigns(), second->fetchCampaigns()}) {
            connect(call, &TrackerCall::finished, this, [&, call] {
                failures += call->error().isOk() ? 0 : 1;
                ++finished;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 20'000);
        QCOMPARE(failures, 0);
        const auto log = sim.log();
        QCOMPARE(log.size(), 16);
        for (const double gap : gapsMs(log))
            QVERIFY2(gap >= 50.0, qPrintable(QStringLiteral("gap of %1 ms").arg(gap)));
        for (const auto& e : log)
            QCOMPARE(e.status, 200);
    }

    void throttledWithRetryAfterWaits()
    {
        SimFixture sim(config());
        sim.fault(QStringLiteral("settings"), QStringLiteral("status"), 1, 429, "1");
        auto client = sim.client();
        QCOMPARE(settingsOutcome(*client), Kind::None);
        const auto log = sim.log();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].status, 429);
        QCOMPARE(log[1].status, 200);
        QVERIFY2(log[1].tMs - log[0].tMs >= 1000.0, "Retry-After: 1 was honoured");
    }

    void throttleStormIsBounded()
    {
        SimFixture sim(config());
        sim.fault(QStringLiteral("settings"), QStringLiteral("status"), 100, 429, "0");
        auto client = sim.client();
        QCOMPARE(settingsOutcome(*client), Kind::Throttled);
        QCOMPARE(sim.log().size(), RetryPolicy{}.maxThrottledRetries + 1);
    }

    void serverErrorsAreRetried()
    {
        SimFixture sim(config());
        sim.fault(QStringLiteral("settings"), QStringLiteral("status"), 2, 503);
        auto client = sim.client();
        QCOMPARE(settingsOutcome(*client), Kind::None);
        QCOMPARE(sim.log().size(), 3);
    }

    void persistentServerErrorGivesUp()
    {
        SimFixture sim(config());
        sim.fault(QStringLiteral("settings"), QStringLiteral("status"), 50, 500);
        auto client = sim.client();
        TrackerError error;
        QCOMPARE(settingsOutcome(*client, &error), Kind::ServerError);
        QCOMPARE(error.httpStatus(), 500);
        QCOMPARE(sim.log().size(), RetryPolicy{}.maxTransientRetries + 1);
        const auto gaps = gapsMs(sim.log());
        // Backoff doubles: 20, 40, 80 ms at least between attempts.
        QVERIFY(gaps[0] >= 20 && gaps[1] >= 40 && gaps[2] >= 80);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("403") << 403 << int(Kind::Forbidden) << 1;
        // A 404 on a modelled path is checked once on a published one: the tracker answers
        // there, so it does not offer /1.0/settings.
        QTest::newRow("404") << 404 << int(Kind::NotOffered) << 2;
        QTest::newRow("400") << 400 << int(Kind::BadRequest) << 1;
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, requests);
        SimFixture sim(config());
        sim.fault(QStringLiteral("settings"), QStringLiteral("status"), 5, status);
        auto client = sim.client();
        QCOMPARE(int(settingsOutcome(*client)), kind);
        QCOMPARE(sim.log().size(), requests);
    }

    void notFoundEverywhereIsNotFound()
    {
        // A URL that is not a tracker (every path 404): not "does not offer", the URL is wrong.
        SimFixture sim(config());
        sim.fault(QStringLiteral("*"), QStringLiteral("status"), 5, 404);
        auto client = sim.client();
        TrackerError error;
        QCOMPARE(settingsOutcome(*client, &error), Kind::NotFound);
        QVERIFY(error.message().contains(QStringLiteral("Check that the tracker URL")));
        QCOMPARE(sim.log().size(), 2);
    }

    void timeoutIsRetriedThenReported()
    {
        SimFixture sim(config());
        sim::SimFault stall;
        stall.endpoint = QStringLiteral("settings");
        stall.type = QStringLiteral("delay");
        stall.delayMs = 3000;
        stall.count = 10;
        sim.server->armFault(stall);
        auto options = SimFixture::fastOptions();
        options.timeoutMs = 300;
        options.retry.maxTransientRetries = 1;
        kintura::KinturaClient client(sim.server->baseUrl(), sim.credentials(), options);
        QCOMPARE(settingsOutcome(client), Kind::Timeout);
        QCOMPARE(sim.log().size(), 2);
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("invalid json")
            << QStringLiteral("invalid_json") << 0 << int(Kind::MalformedResponse);
        QTest::newRow("wrong shape")
            << QStringLiteral("wrong_shape") << 0 << int(Kind::MalformedResponse);
        // Every path a web page, the published one too: not a tracker at all.
        QTest::newRow("proxy page 200")
            << QStringLiteral("html") << 200 << int(Kind::MalformedResponse);
        QTest::newRow("proxy page 502") << QStringLiteral("html") << 502 << int(Kind::ServerError);
    }
    void malformedReplies()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(int, kind);
        SimFixture sim(config());
        sim.fault(QStringLiteral("*"), fault, 10, status);
        auto client = sim.client();
        TrackerError error;
        Kind got = Kind::None;
        QVERIFY(waitFor(client->fetchTemplates(), [&](auto& call) {
            got = call.error().kind();
            error = call.error();
        }));
        QCOMPARE(int(got), kind);
        QVERIFY(!error.message().isEmpty());
    }

    void brokenConnectionsAreRetried_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("truncated body") << QStringLiteral("truncate");
        QTest::newRow("reset mid-body") << QStringLiteral("reset");
    }
    void brokenConnectionsAreRetried()
    {
        QFETCH(QString, fault);
        SimFixture sim(config(120));
        sim.fault(QStringLiteral("campaigns"), fault, 1);
        auto client = sim.client();
        QList<Campaign> rows;
        QVERIFY(waitFor(client->fetchCampaigns(), [&](auto& call) {
            QVERIFY2(call.error().isOk(), qPrintable(call.error().message()));
            rows = call.value();
        }));
        QCOMPARE(rows.size(), 120);
        QCOMPARE(sim.log().size(), 4); // 3 pages + 1 retry
    }

    void oversizedReplyIsCut()
    {
        SimFixture sim(config());
        sim::SimFault huge;
        huge.endpoint = QStringLiteral("campaigns");
        huge.type = QStringLiteral("huge_body");
        huge.bytes = 2 * 1024 * 1024;
        sim.server->armFault(huge);
        auto options = SimFixture::fastOptions();
        options.maxResponseBytes = 256 * 1024;
        kintura::KinturaClient client(sim.server->baseUrl(), sim.credentials(), options);
        Kind kind = Kind::None;
        QVERIFY(waitFor(client.fetchCampaigns(), [&](auto& call) { kind = call.error().kind(); }));
        QCOMPARE(kind, Kind::ResponseTooLarge);
        QCOMPARE(sim.log().size(), 1);
    }

    void cancelStopsFurtherPages()
    {
        SimFixture sim(config(300));
        auto client = sim.client(SimFixture::fastOptions(20));
        auto* call = client->fetchCampaigns();
        int pages = 0;
        connect(call, &TrackerCall::pageReceived, this, [&] {
            ++pages;
            call->cancel();
        });
        Kind kind = Kind::None;
        QVERIFY(waitFor(call, [&](auto& c) { kind = c.error().kind(); }));
        QCOMPARE(kind, Kind::Cancelled);
        QCOMPARE(pages, 1);
        // A later request goes through, and nothing of the cancelled call went in between.
        QCOMPARE(settingsOutcome(*client), Kind::None);
        const auto log = sim.log();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].endpoint, QStringLiteral("campaigns"));
        QCOMPARE(log[1].endpoint, QStringLiteral("settings"));
    }

    void cancelWhileWaitingForTheSlot()
    {
        SimFixture sim(config());
        auto client = sim.client(SimFixture::fastOptions(0.5)); // 2 s between requests
        QCOMPARE(settingsOutcome(*client), Kind::None);
        auto* waiting = client->fetchSettings();
        Kind kind = Kind::None;
        connect(waiting, &TrackerCall::finished, this, [&] { kind = waiting->error().kind(); });
        waiting->cancel();
        QCOMPARE(kind, Kind::Cancelled);
        QCOMPARE(sim.log().size(), 1);
    }

    void plainHttpOnlyForLoopback()
    {
        kintura::KinturaClient client(QUrl(QStringLiteral("http://tracker.example.com")),
                                      {QStringLiteral("k"), QStringLiteral("s")},
                                      SimFixture::fastOptions());
        TrackerError error;
        QCOMPARE(settingsOutcome(client, &error), Kind::InsecureUrl);
        QVERIFY(error.message().contains(QStringLiteral("tracker.example.com")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.5.0.1")));
        QVERIFY(isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(isLoopbackHost(QStringLiteral("LOCALHOST")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("localhost.example.com")));
    }

    void unreachableHost()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        kintura::KinturaClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                      {QStringLiteral("k"), QStringLiteral("s")},
                                      SimFixture::fastOptions());
        TrackerError error;
        QCOMPARE(settingsOutcome(client, &error), Kind::Unreachable);
        QVERIFY(!error.detail().isEmpty());
    }

    void rowsMovingMidwayRestartTheCall()
    {
        SimFixture sim(config(120));
        sim::SimFault shift;
        shift.endpoint = QStringLiteral("campaigns");
        shift.type = QStringLiteral("shift_total");
        shift.shift = 1;
        // Page 1 is normal; the shifted total then shows on page 2.
        auto client = sim.client();
        auto* call = client->fetchCampaigns();
        int restarts = 0;
        connect(call, &TrackerCall::restarted, this, [&] { ++restarts; });
        connect(call, &TrackerCall::pageReceived, this, [&, shift] {
            if (call->pagesDone() == 1 && restarts == 0)
                sim.server->armFault(shift);
        });
        QList<Campaign> rows;
        QVERIFY(waitFor(call, [&](auto& c) {
            QVERIFY(c.error().isOk());
            rows = c.value();
        }));
        QCOMPARE(restarts, 1);
        QCOMPARE(rows.size(), 120);
    }

    void rowsThatKeepMovingFailClearly()
    {
        SimFixture sim(config(120));
        auto client = sim.client();
        auto* call = client->fetchCampaigns();
        connect(call, &TrackerCall::pageReceived, this, [&] {
            sim::SimFault shift;
            shift.endpoint = QStringLiteral("campaigns");
            shift.type = QStringLiteral("shift_total");
            shift.shift = 7;
            sim.server->armFault(shift);
        });
        Kind kind = Kind::None;
        QVERIFY(waitFor(call, [&](auto& c) { kind = c.error().kind(); }));
        QCOMPARE(kind, Kind::DataChanged);
    }

    void statsMatchTheDataset()
    {
        SimFixture sim(config(30), 0, QDateTime(QDate(2026, 11, 25), QTime(20, 0), Qt::UTC));
        auto client = sim.client();
        StatsQuery q{QDate(2026, 11, 1),
                     QDate(2026, 11, 25),
                     StatsGroup::Date | StatsGroup::Campaign,
                     {},
                     {}};
        QList<StatsRow> rows;
        QVERIFY(waitFor(client->fetchStats(q), [&](auto& call) {
            QVERIFY2(call.error().isOk(), qPrintable(call.error().message()));
            rows = call.value();
        }));
        const QDate today = QDate(2026, 11, 25);
        const QList<StatsRow> expected = sim.server->dataset().stats(q, today, 15.0 / 24.0);
        QCOMPARE(rows.size(), expected.size());
        Money revenue = 0;
        Money expectedRevenue = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            revenue += rows[i].revenue;
            expectedRevenue += expected[i].revenue;
            QCOMPARE(rows[i].campaignId, expected[i].campaignId);
        }
        QCOMPARE(revenue, expectedRevenue);
        QVERIFY(revenue > 0);
    }
};

QTEST_GUILESS_MAIN(TestTrackerClient)
#include "tst_trackerclient.moc"
