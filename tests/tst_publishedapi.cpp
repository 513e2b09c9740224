// Kintura Desk against a tracker that offers only what Kintura's public API page states
// (kintura-sim --api published): the simulator's published mode itself, what the client
// says of each endpoint the tracker lacks, the connection test, the window and the command
// line. The full simulator stands beside it where the two must differ.
#include "CliRun.h"
#include "DeskWindow.h"
#include "KeyringRequired.h"
#include "SimFixture.h"
#include "WaitUntil.h"
#include "adnetworks/NetworkSetupService.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/ConnectionProbe.h"
#include "integrations/IntegrationList.h"
#include "integrations/StatusText.h"
#include "kintura/KinturaJson.h"
#include "reports/ReportService.h"
#include "sim/SimHost.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;
using Kind = TrackerError::Kind;
using Feature = TrackerError::Feature;

namespace {

// `integration add` for the tests' trackers, with a zone when given.
QStringList addCommand(const QString& name, const QUrl& url, const QString& zone = {})
{
    QStringList args{QStringLiteral("integration"),
                     QStringLiteral("add"),
                     QStringLiteral("--name"),
                     name,
                     QStringLiteral("--url"),
                     url.toString(),
                     QStringLiteral("--currency"),
                     QStringLiteral("USD"),
                     QStringLiteral("--conversion-time"),
                     QStringLiteral("visit")};
    if (!zone.isEmpty())
        args << QStringLiteral("--timezone") << zone;
    return args;
}

std::unique_ptr<sim::SimServer> publishedServer(double rate = 0)
{
    sim::SimOptions options;
    options.requestsPerSecond = rate;
    options.api = sim::SimApi::Published;
    auto server = std::make_unique<sim::SimServer>(sim::SimConfig{}, options);
    return server->listenLocal(0) ? std::move(server) : nullptr;
}

struct RawReply
{
    int status = 0;
    QByteArray body;
    QByteArray totalPages;
};

// One GET with the credentials, as any HTTP client would send it.
RawReply get(const sim::SimServer& server, const QString& pathAndQuery)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server.baseUrl().toString() + pathAndQuery));
    request.setRawHeader("X-Api-Key", server.apiKey().toUtf8());
    request.setRawHeader("X-Api-Secret", server.apiSecret().toUtf8());
    QNetworkReply* reply = manager.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
        reply->abort();
    RawReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
               reply->rawHeader("X-Total-Pages")};
    delete reply;
    return r;
}

Integration integrationFor(const QUrl& url)
{
    Integration i;
    i.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    i.name = QStringLiteral("Published");
    i.trackerUrl = url;
    i.currency = QStringLiteral("EUR"); // the simulator's is USD: never compared here
    i.conversionTime = ConversionTime::Postback;
    i.timeZone = QStringLiteral("Europe/Madrid");
    return i;
}

ConnectionReport probe(const sim::SimServer& server, const Integration& integration)
{
    ConnectionProbe probe([](const Integration& i, const ApiCredentials& c) {
        return std::unique_ptr<TrackerApi>(
            new kintura::KinturaClient(i.trackerUrl, c, SimFixture::fastOptions()));
    });
    ConnectionReport report;
    bool done = false;
    QObject::connect(&probe, &ConnectionProbe::finished, [&](const ConnectionReport& r) {
        report = r;
        done = true;
    });
    probe.start(integration, {server.apiKey(), server.apiSecret()});
    if (!QTest::qWaitFor([&] { return done; }, 20'000))
        report.status = ConnectionStatus::Checking; // never finished: no status a test expects
    return report;
}

} // namespace

class TestPublishedApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatorAnswersOnlyWhatIsPublished()
    {
        auto server = publishedServer();
        QVERIFY(server);
        for (const char* modelled : {"/1.0/settings", "/1.0/traffic-sources",
                                     "/1.0/stats?date_from=2026-11-01&date_to=2026-11-02"})
            QCOMPARE(get(*server, QLatin1String(modelled)).status, 404);

        const RawReply page = get(*server, QStringLiteral("/1.0/campaigns?per_page=50"));
        QCOMPARE(page.status, 200);
        QVERIFY(!page.totalPages.isEmpty());
        const QJsonArray records = QJsonDocument::fromJson(page.body).array();
        QCOMPARE(records.size(), 20); // the small account: 20 campaigns
        int nullActive = 0;
        int nullRegion = 0;
        for (const QJsonValue& v : records) {
            nullActive += v[QStringLiteral("is_active")].isNull() ? 1 : 0;
            nullRegion += v[QStringLiteral("region_id")].isNull() ? 1 : 0;
            QVERIFY(v[QStringLiteral("routing_mode")].isString());
        }
        QVERIFY(nullActive > 0);
        QVERIFY(nullRegion > 0);

        const QString id = QString::number(records.first()[QStringLiteral("id")].toInteger());
        const RawReply one = get(*server, QStringLiteral("/1.0/campaigns/") + id);
        QCOMPARE(one.status, 200);
        const auto parsed = kintura::parseCampaign(one.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.id, id);
        QCOMPARE(get(*server, QStringLiteral("/1.0/campaigns/999999999")).status, 404);

        const RawReply routes = get(*server, QStringLiteral("/1.0/routes?per_page=2"));
        QCOMPARE(routes.status, 200);
        QCOMPARE(QJsonDocument::fromJson(routes.body).array().size(), 2);
        QVERIFY(routes.totalPages.toInt() >= 2);

        // The full simulator answers the modelled endpoints, and the published ones too.
        SimFixture full;
        QCOMPARE(get(*full.server, QStringLiteral("/1.0/settings")).status, 200);
        QCOMPARE(get(*full.server, QStringLiteral("/1.0/campaigns/") + id).status, 200);
    }

    void campaignsWithNullsAreRead()
    {
        auto server = publishedServer();
        QVERIFY(server);
        kintura::KinturaClient client(server->baseUrl(), {server->apiKey(), server->apiSecret()},
                                      SimFixture::fastOptions());
        int unknown = 0;
        int read = 0;
        QVERIFY(waitFor(client.fetchCampaigns(), [&](auto& call) {
            QVERIFY2(call.error().isOk(), qPrintable(call.error().message()));
            QCOMPARE(call.skipped().size(), 0);
            QCOMPARE(call.recordsSeen(), server->dataset().campaignCount());
            read = int(call.value().size());
            for (const Campaign& c : call.value())
                unknown += c.active.has_value() ? 0 : 1;
        }));
        QCOMPARE(read, server->dataset().campaignCount());
        QVERIFY(unknown > 0);
    }

    void eachMissingEndpointIsNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("feature");
        QTest::addColumn<QString>("says");
        QTest::newRow("settings") << QStringLiteral("/1.0/settings") << int(Feature::Settings)
                                  << QStringLiteral("uses the values entered");
        QTest::newRow("templates")
            << QStringLiteral("/1.0/traffic-sources") << int(Feature::Templates)
            << QStringLiteral("cannot read its tracking templates");
        QTest::newRow("stats") << QStringLiteral("/1.0/stats") << int(Feature::Reports)
                               << QStringLiteral("cannot read its reports through the API");
    }
    void eachMissingEndpointIsNamed()
    {
        QFETCH(QString, path);
        QFETCH(int, feature);
        QFETCH(QString, says);
        auto server = publishedServer();
        QVERIFY(server);
        kintura::KinturaClient client(server->baseUrl(), {server->apiKey(), server->apiSecret()},
                                      SimFixture::fastOptions());
        TrackerError error;
        auto keep = [&](auto& call) { error = call.error(); };
        if (feature == int(Feature::Settings))
            QVERIFY(waitFor(client.fetchSettings(), keep));
        else if (feature == int(Feature::Templates))
            QVERIFY(waitFor(client.fetchTemplates(), keep));
        else
            QVERIFY(waitFor(client.fetchStats(
                                {QDate(2026, 11, 1), QDate(2026, 11, 7), StatsGroup::Date, {}, {}}),
                            keep));
        QCOMPARE(error.kind(), Kind::NotOffered);
        QCOMPARE(error.endpoint(), path);
        QCOMPARE(int(error.feature()), feature);
        const QString sentence = error.message();
        QVERIFY2(sentence.contains(path + QStringLiteral(" (HTTP 404)")), qPrintable(sentence));
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        // Never "unreachable" nor "check the URL": the tracker answered, the URL is right.
        QVERIFY2(!sentence.contains(QStringLiteral("URL")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("reach")), qPrintable(sentence));
        // The 404, then the one published request that proves the tracker is there.
        const QList<sim::SimLogEntry> log = server->log();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).endpoint, QStringLiteral("campaigns"));
        QCOMPARE(log.at(1).status, 200);
    }

    void connectionTestIsConnectedWithSettingsNotVerified()
    {
        auto server = publishedServer();
        QVERIFY(server);
        const Integration integration = integrationFor(server->baseUrl());
        const ConnectionReport report = probe(*server, integration);
        QCOMPARE(report.status, ConnectionStatus::ConnectedUnverified);
        QCOMPARE(report.settingsError.kind(), Kind::NotOffered);
        QVERIFY(isConnected(report.status));
        const QString sentence = statusSentence(integration, report);
        QVERIFY2(sentence.contains(QStringLiteral("does not publish its currency")),
                 qPrintable(sentence));
        // The values it uses are named: the user's, since the tracker said nothing.
        QVERIFY2(sentence.contains(QStringLiteral("EUR")) &&
                     sentence.contains(QStringLiteral("Europe/Madrid")),
                 qPrintable(sentence));

        // Wrong credentials on such a tracker are still wrong credentials.
        Integration wrong = integration;
        ConnectionProbe refusing([](const Integration& i, const ApiCredentials&) {
            return std::unique_ptr<TrackerApi>(new kintura::KinturaClient(
                i.trackerUrl, {QStringLiteral("kk_nope"), QStringLiteral("ks_nope")},
                SimFixture::fastOptions()));
        });
        ConnectionReport refused;
        bool done = false;
        connect(&refusing, &ConnectionProbe::finished, this, [&](const ConnectionReport& r) {
            refused = r;
            done = true;
        });
        refusing.start(wrong, {});
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000));
        QCOMPARE(refused.status, ConnectionStatus::InvalidCredentials);
    }

    void mismatchOnlyWhenTheTrackerStatesItsSettings()
    {
        // The full simulator states USD, visit time, America/New_York.
        SimFixture full;
        Integration integration = integrationFor(full.server->baseUrl());
        integration.currency = QStringLiteral("USD");
        integration.conversionTime = ConversionTime::Visit;
        integration.timeZone = QStringLiteral("America/New_York");
        QCOMPARE(probe(*full.server, integration).status, ConnectionStatus::Connected);
        QCOMPARE(full.server->log().size(), 1); // the settings prove the credentials too

        // Another zone is a mismatch of its own, said as such.
        integration.timeZone = QStringLiteral("Europe/Madrid");
        const ConnectionReport zone = probe(*full.server, integration);
        QCOMPARE(zone.status, ConnectionStatus::SettingsMismatch);
        const QString sentence = statusSentence(integration, zone);
        QVERIFY2(sentence.contains(QStringLiteral("America/New_York")) &&
                     sentence.contains(QStringLiteral("Europe/Madrid")),
                 qPrintable(sentence));

        // An integration of an earlier version names no zone: nothing to compare.
        integration.timeZone.clear();
        QCOMPARE(probe(*full.server, integration).status, ConnectionStatus::Connected);
    }

    void theWindowShowsWhatSuchATrackerGives()
    {
        QString error;
        auto context = AppContext::createDemo(&error, true);
        QVERIFY2(context, qPrintable(error));
        context->simulator()->withServer([](sim::SimServer& s) { s.setRequestsPerSecond(0); });
        kintura::ClientOptions fast = context->clientOptions();
        fast.requestsPerSecond = 100;
        context->setClientOptions(fast);
        DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        const QString id = context->integrations()->all().first().id;
        QTRY_COMPARE_WITH_TIMEOUT(context->monitor()->report(id).status,
                                  ConnectionStatus::ConnectedUnverified, 15'000);

        // Integrations: the status cell, its icon and what a screen reader says.
        auto* table =
            window.integrationsPage()->findChild<QTableView*>(QStringLiteral("integrationsTable"));
        QVERIFY(table);
        QString text;
        QString accessible;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QModelIndex cell = table->model()->index(0, column);
            if (cell.data().toString().startsWith(QStringLiteral("Connected"))) {
                text = cell.data().toString();
                accessible = cell.data(Qt::AccessibleTextRole).toString();
            }
        }
        QCOMPARE(text, QStringLiteral("Connected, settings not verified"));
        QVERIFY2(accessible.contains(QStringLiteral("does not publish its currency")),
                 qPrintable(accessible));

        // Ad networks: the templates endpoint is named, not "unreachable".
        context->networkSetup()->refresh(id);
        auto* state = window.adNetworksPage()->findChild<QLabel*>(QStringLiteral("templatesState"));
        QVERIFY(state);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("/1.0/traffic-sources")),
                                  qPrintable(state->text()), 15'000);

        // Reports: the stats endpoint is named, as a warning, with what stays shown.
        auto* status = window.reportsPage()->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        const QDate today = context->reports()->trackerToday(id);
        context->reports()->sync(id, today.addDays(-6), today);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("/1.0/stats (HTTP 404)")),
                                  qPrintable(status->text()), 15'000);
        auto* icon = window.reportsPage()->findChild<QLabel*>(QStringLiteral("syncStatusIcon"));
        QVERIFY(icon);
        QVERIFY2(icon->accessibleName().startsWith(QStringLiteral("Warning:")),
                 qPrintable(icon->accessibleName()));

        // Copy diagnostic report: on the clipboard, with what it holds said on the page.
        window.showPage(ui::MainWindow::Integrations);
        QGuiApplication::clipboard()->clear();
        auto* copy =
            window.integrationsPage()->findChild<QPushButton*>(QStringLiteral("diagnosticButton"));
        QVERIFY(copy && copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        auto* message =
            window.integrationsPage()->findChild<QLabel*>(QStringLiteral("actionMessage"));
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Copied")), 15'000);
        QVERIFY(message->text().contains(QStringLiteral("no address, key, id, title or number")));
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.contains(QStringLiteral("[DIFF] /1.0/stats")), qPrintable(report));
        QVERIFY(!report.contains(context->simulator()->apiSecret()));
        QVERIFY(copy->isEnabled());
    }

    void commandLineOnSuchATracker()
    {
        KD_SKIP_WITHOUT_KEYRING();
        sim::SimOptions options;
        options.requestsPerSecond = 0;
        options.api = sim::SimApi::Published;
        sim::SimHost host(sim::SimConfig{}, options);
        QVERIFY(host.isListening());
        QTemporaryDir home;
        const QByteArray credentials = (host.apiKey() + "\n" + host.apiSecret() + "\n").toUtf8();
        auto desk = [&](const QStringList& args, const QByteArray& input = {}) {
            return runDesk(QStringLiteral(KD_DESK_BINARY), args, home.path(), input);
        };

        const Run badZone =
            desk(addCommand(QStringLiteral("Pub"), host.url(), QStringLiteral("Mars/Olympus")),
                 credentials);
        QCOMPARE(badZone.code, 2);
        QVERIFY2(badZone.err.contains(QStringLiteral("Mars/Olympus")), qPrintable(badZone.err));

        const Run added =
            desk(addCommand(QStringLiteral("Pub"), host.url(), QStringLiteral("Europe/Madrid")),
                 credentials);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run listed = desk({QStringLiteral("integration"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QStringLiteral("\tEurope/Madrid")), qPrintable(listed.out));

        const Run tested =
            desk({QStringLiteral("integration"), QStringLiteral("test"), QStringLiteral("Pub")});
        QVERIFY2(tested.code == 0, qPrintable(tested.err));
        QVERIFY2(tested.out.contains(QStringLiteral("does not publish its currency")),
                 qPrintable(tested.out));

        const Run report = desk(
            {QStringLiteral("report"), QStringLiteral("--integration"), QStringLiteral("Pub"),
             QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
             QStringLiteral("2026-11-07"), QStringLiteral("--group-by"), QStringLiteral("day")});
        QCOMPARE(report.code, 9);
        QVERIFY2(report.err.contains(QStringLiteral("/1.0/stats (HTTP 404)")),
                 qPrintable(report.err));
        QVERIFY(report.out.isEmpty());
        // The zone was the integration's: no request for the settings.
        int settingsAsked = 0;
        host.withServer([&](sim::SimServer& s) {
            for (const sim::SimLogEntry& e : s.log())
                settingsAsked += e.endpoint == QLatin1String("settings") ? 1 : 0;
        });
        QCOMPARE(settingsAsked, 1); // by `integration test` alone
    }

    // `integration probe`: every endpoint once, as shapes; exit 0 on the full simulator, 9 on
    // the published one, and nothing from the tracker in the output but shapes.
    void probeShowsShapesNeverValues()
    {
        KD_SKIP_WITHOUT_KEYRING();
        for (const bool published : {false, true}) {
            sim::SimOptions options;
            options.requestsPerSecond = 0;
            options.api = published ? sim::SimApi::Published : sim::SimApi::Full;
            sim::SimHost host(sim::SimConfig{}, options);
            QVERIFY(host.isListening());
            QTemporaryDir home;
            const Run added = runDesk(QStringLiteral(KD_DESK_BINARY),
                                      addCommand(QStringLiteral("Probed"), host.url()), home.path(),
                                      (host.apiKey() + "\n" + host.apiSecret() + "\n").toUtf8());
            QVERIFY2(added.code == 0, qPrintable(added.err));
            const Run text = runDesk(
                QStringLiteral(KD_DESK_BINARY),
                {QStringLiteral("integration"), QStringLiteral("probe"), QStringLiteral("Probed")},
                home.path());
            QCOMPARE(text.code, published ? 9 : 0);
            const QStringList paths{
                QStringLiteral("/1.0/settings"), QStringLiteral("/1.0/campaigns"),
                QStringLiteral("/1.0/campaigns/{id}"), QStringLiteral("/1.0/traffic-sources"),
                QStringLiteral("/1.0/stats")};
            for (const QString& path : paths) {
                const bool offered =
                    !published || path.startsWith(QStringLiteral("/1.0/campaigns"));
                const QString mark =
                    offered ? QStringLiteral("[ok]   ") : QStringLiteral("[DIFF] ");
                QVERIFY2(text.out.contains(mark + path + QLatin1Char(' ')) ||
                             text.out.contains(mark + path + QLatin1Char('?')),
                         qPrintable(path + QStringLiteral(" in:\n") + text.out));
            }
            QVERIFY2(text.out.contains(QStringLiteral("is_active: boolean")), qPrintable(text.out));
            if (published)
                QVERIFY2(text.out.contains(QStringLiteral("is_active: boolean | null")),
                         qPrintable(text.out));

            // Nothing of the tracker's: no secret, address, id, title, guid or amount.
            QList<sim::SimCampaign> campaigns;
            host.withServer([&](sim::SimServer& s) { campaigns = s.dataset().campaigns(); });
            QStringList secrets{host.apiKey(), host.apiSecret(), host.url().toString(),
                                QString::number(host.url().port())};
            for (const sim::SimCampaign& c : std::as_const(campaigns))
                secrets << QString::number(c.id) << c.title << c.guid;
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!text.out.contains(secret) && !text.err.contains(secret),
                         qPrintable(secret));
            // Every number printed is a status, a length or a length class, never a value.
            static const QRegularExpression number(QStringLiteral("\\d+"));
            for (auto it = number.globalMatch(text.out); it.hasNext();) {
                const qint64 n = it.next().captured().toLongLong();
                QVERIFY2(n <= 128 || n == 200 || n == 404, qPrintable(QString::number(n)));
            }

            const Run json = runDesk(QStringLiteral(KD_DESK_BINARY),
                                     {QStringLiteral("integration"), QStringLiteral("probe"),
                                      QStringLiteral("Probed"), QStringLiteral("--format"),
                                      QStringLiteral("json")},
                                     home.path());
            QCOMPARE(json.code, published ? 9 : 0);
            const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
            QCOMPARE(root.value(QStringLiteral("as_expected")).toBool(), !published);
            QCOMPARE(root.value(QStringLiteral("endpoints")).toArray().size(), 5);
        }
    }

    // The worked example of docs/kintura-api.md: a tracker that names a field otherwise is
    // found by the probe, which names the field the reader missed and shows the one it got.
    void probeFindsARenamedField()
    {
        sim::SimOptions options;
        options.requestsPerSecond = 0;
        options.renamedFields.insert(QStringLiteral("timezone"), QStringLiteral("time_zone"));
        sim::SimServer server(sim::SimConfig{}, options);
        QVERIFY(server.listenLocal(0));
        kintura::KinturaClient client(server.baseUrl(), {server.apiKey(), server.apiSecret()},
                                      SimFixture::fastOptions());
        TrackerDiagnostic diagnostic;
        QVERIFY(waitFor(client.diagnose(), [&](auto& call) { diagnostic = call.value(); }));
        QCOMPARE(diagnostic.endpoints.size(), 5);
        const EndpointDiagnostic& settings = diagnostic.endpoints.first();
        QCOMPARE(settings.path, QStringLiteral("/1.0/settings"));
        QVERIFY(!settings.asExpected);
        QCOMPARE(settings.rejected,
                 QStringList{QStringLiteral("settings: \"timezone\" is missing")});
        QVERIFY(settings.shape[QStringLiteral("fields")].toObject().contains(
            QStringLiteral("time_zone")));
        for (qsizetype i = 1; i < diagnostic.endpoints.size(); ++i)
            QVERIFY2(diagnostic.endpoints[i].asExpected, qPrintable(diagnostic.endpoints[i].path));
    }

    // The tracker's limit is per tracker: processes started together, then back to back,
    // share one pace through the config folder. The simulator throttles at the real rate
    // (1 request a second per key) and logs what it saw.
    void commandsShareTheTrackersPace()
    {
        KD_SKIP_WITHOUT_KEYRING();
        sim::SimOptions options;
        options.requestsPerSecond = 1;
        sim::SimHost host(sim::SimConfig{}, options);
        QVERIFY(host.isListening());
        QTemporaryDir home;
        const Run added = runDesk(
            QStringLiteral(KD_DESK_BINARY),
            addCommand(QStringLiteral("Paced"), host.url(), QStringLiteral("America/New_York")),
            home.path(), (host.apiKey() + "\n" + host.apiSecret() + "\n").toUtf8());
        QVERIFY2(added.code == 0, qPrintable(added.err));

        auto start = [&](const QStringList& args) {
            auto* p = new QProcess(this);
            p->setProcessEnvironment(deskEnvironment(home.path()));
            p->start(QStringLiteral(KD_DESK_BINARY), args);
            return p;
        };
        const QStringList test{QStringLiteral("integration"), QStringLiteral("test"),
                               QStringLiteral("Paced")};
        const QStringList report{QStringLiteral("report"),     QStringLiteral("--integration"),
                                 QStringLiteral("Paced"),      QStringLiteral("--from"),
                                 QStringLiteral("2026-11-20"), QStringLiteral("--to"),
                                 QStringLiteral("2026-11-22"), QStringLiteral("--group-by"),
                                 QStringLiteral("network")};
        // Three at once: a report (stats and templates) and two tests.
        QList<QProcess*> together{start(report), start(test), start(test)};
        for (QProcess* p : std::as_const(together)) {
            QVERIFY(p->waitForFinished(60'000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        // Then two back to back, as a script would run them.
        for (int i = 0; i < 2; ++i) {
            QProcess* p = start(test);
            QVERIFY(p->waitForFinished(60'000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }

        QList<sim::SimLogEntry> log;
        host.withServer([&](sim::SimServer& s) { log = s.log(); });
        QVERIFY(log.size() >= 6);
        double smallest = 1e9;
        for (qsizetype i = 0; i < log.size(); ++i) {
            QVERIFY2(
                log[i].status != 429,
                qPrintable(
                    QStringLiteral("request %1 (%2) was throttled").arg(i).arg(log[i].endpoint)));
            if (i > 0)
                smallest = std::min(smallest, log[i].tMs - log[i - 1].tMs);
        }
        qInfo("figure: shared pace: %lld requests from 5 processes, smallest gap %.1f ms, 0 x 429",
              qint64(log.size()), smallest);
        QVERIFY2(smallest >= 1000.0, qPrintable(QString::number(smallest)));
    }
};

QTEST_MAIN(TestPublishedApi)
#include "tst_publishedapi.moc"
