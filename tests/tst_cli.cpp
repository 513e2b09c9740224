// `kintura-desk integration ...` as a provisioning script uses it: the real executable, a real
// Secret Service (tests/with-keyring.sh), checked with secret-tool, against the simulator; and
// `report` against the integrations it added. (`report --demo` without a display, and the
// language of every command: tst_clireport.)
#include "CliRun.h"
#include "KeyringRequired.h"
#include "context/AppContext.h"
#include "credentials/KeychainCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "reports/ReportService.h"
#include "settings/AppFolders.h"
#include "sim/SimHost.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::SimHost> sim;
    QTemporaryDir config;
    QString allOutput; // everything the CLI printed, scanned for secrets at the end

    // Marks a run as a `report` command rather than `integration`.
    static QProcessEnvironment reportEnv()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KD_TEST_COMMAND"), QStringLiteral("report"));
        return env;
    }

    Run run(const QStringList& args, const QByteArray& input = {},
            const QProcessEnvironment& extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kintura.*=true"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        const QString command =
            extra.value(QStringLiteral("KD_TEST_COMMAND"), QStringLiteral("integration"));
        p.start(QStringLiteral(KD_DESK_BINARY), QStringList{command} + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30'000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        allOutput += r.out + r.err;
        return r;
    }

    // Where the CLI (and a window of the same user) keeps the report cache.
    QString dataHome() const { return config.filePath(QStringLiteral("data")); }

    // The simulator's requests since the last call, per endpoint; the log starts afresh.
    QMap<QString, int> takeRequests()
    {
        QMap<QString, int> counts;
        sim->withServer([&](sim::SimServer& s) {
            for (const sim::SimLogEntry& e : s.log())
                ++counts[e.endpoint];
            s.clearLog();
        });
        return counts;
    }

    QByteArray credentialsInput(const QString& secret = {}) const
    {
        return ("  " + sim->apiKey() + "\r\n" + (secret.isEmpty() ? sim->apiSecret() : secret) +
                "\n")
            .toUtf8();
    }

    static QStringList add(const QString& name, const QString& url)
    {
        return {QStringLiteral("add"),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--url"),
                url,
                QStringLiteral("--currency"),
                QStringLiteral("USD"),
                QStringLiteral("--conversion-time"),
                QStringLiteral("visit")};
    }

    QString idOf(const QString& name)
    {
        const Run list =
            run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

    static QString secretTool(const QString& id)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("Kintura Desk"), QStringLiteral("user"), id});
        tool.waitForFinished(10'000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        KD_SKIP_WITHOUT_KEYRING();
        sim::SimOptions options;
        options.requestsPerSecond = 0;
        sim = std::make_unique<sim::SimHost>(sim::SimConfig{}, options);
        QVERIFY(sim->isListening());
    }

    void addStoresTheSecretInTheKeychainOnly()
    {
        const QString url = sim->url().toString();
        const Run added = run(add(QStringLiteral("CLI A"), url), credentialsInput());
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("CLI A")));
        const QString id = idOf(QStringLiteral("CLI A"));
        QVERIFY(!id.isEmpty());
        const QString item = secretTool(id);
        QVERIFY2(item.contains(sim->apiSecret()), qPrintable(item));
        QVERIFY(item.contains(sim->apiKey())); // trimmed: no leading spaces, no \r

        // Listed, without secrets, in both formats.
        const Run text = run({QStringLiteral("list")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("CLI A\t") + url));
        QVERIFY(!text.out.contains(sim->apiSecret()));
    }

    void reportPrintsTheNumbers()
    {
        const QDate today = QDate::currentDate();
        const QString from = today.addDays(-6).toString(Qt::ISODate);
        const QString to = today.toString(Qt::ISODate);
        auto report = [&](const QString& group, const QString& format) {
            return run({QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                        QStringLiteral("--group-by"), group, QStringLiteral("--format"), format,
                        QStringLiteral("--integration"), QStringLiteral("CLI A")},
                       {}, reportEnv());
        };
        const Run days = report(QStringLiteral("day"), QStringLiteral("csv"));
        QVERIFY2(days.code == 0, qPrintable(days.err));
        const QStringList lines = days.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(QStringLiteral("date,visits,conversions,revenue")),
                 qPrintable(lines.first()));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total,")));
        QVERIFY(lines.size() >=
                6); // header, about a week of days (the tracker's today may differ by one), total
        QVERIFY(lines.last().endsWith(QStringLiteral(",USD")));

        const Run campaigns = report(QStringLiteral("campaign"), QStringLiteral("json"));
        QVERIFY2(campaigns.code == 0, qPrintable(campaigns.err));
        const QJsonArray rows = QJsonDocument::fromJson(campaigns.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.first().toObject().contains(QStringLiteral("campaign")));
        QVERIFY(rows.first().toObject().value(QStringLiteral("revenue")).isDouble());

        // By ad network: named after the catalog's networks (the tracker's templates), each
        // network's numbers adding up to the day report's total (over closed days: today's
        // numbers move between two runs).
        // Two days back: closed whatever the tracker's time zone makes of this machine's today.
        const QString yesterday = today.addDays(-2).toString(Qt::ISODate);
        auto closed = [&](const QString& group) {
            return run({QStringLiteral("--from"), from, QStringLiteral("--to"), yesterday,
                        QStringLiteral("--group-by"), group, QStringLiteral("--integration"),
                        QStringLiteral("CLI A")},
                       {}, reportEnv());
        };
        const Run networks = closed(QStringLiteral("network"));
        const Run closedDays = closed(QStringLiteral("day"));
        QVERIFY2(networks.code == 0, qPrintable(networks.err));
        const QStringList networkLines =
            networks.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(networkLines.first().startsWith(QStringLiteral("network,visits,")));
        QVERIFY2(networks.out.contains(QStringLiteral("\r\nFacebook (Meta),")),
                 qPrintable(networks.out));
        QVERIFY2(!networks.out.contains(QStringLiteral("Traffic source")),
                 qPrintable(networks.out));
        QCOMPARE(networkLines.last(),
                 closedDays.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).last());

        const Run help = run({QStringLiteral("--help")}, {}, reportEnv());
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--group-by day|campaign|network")));

        // Bad ranges and names are refused before anything is asked.
        auto bad = [&](const QStringList& args) { return run(args, {}, reportEnv()).code; };
        QCOMPARE(bad({QStringLiteral("--integration"), QStringLiteral("CLI A"),
                      QStringLiteral("--from"), to, QStringLiteral("--to"), from,
                      QStringLiteral("--group-by"), QStringLiteral("day")}),
                 2);
        QCOMPARE(
            bad({QStringLiteral("--integration"), QStringLiteral("CLI A"), QStringLiteral("--from"),
                 QStringLiteral("2010-01-01"), QStringLiteral("--to"), to,
                 QStringLiteral("--group-by"), QStringLiteral("day")}),
            2);
        QCOMPARE(bad({QStringLiteral("--integration"), QStringLiteral("CLI A"),
                      QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                      QStringLiteral("--group-by"), QStringLiteral("hour")}),
                 2);
        QCOMPARE(bad({QStringLiteral("--integration"), QStringLiteral("Nobody"),
                      QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                      QStringLiteral("--group-by"), QStringLiteral("day")}),
                 7);
    }

    void testReportsEachOutcomeWithItsExitCode()
    {
        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("CLI A")}).code, 0);

        sim->withServer([](sim::SimServer& s) {
            s.setSettings({QStringLiteral("EUR"), ConversionTime::Visit, QStringLiteral("UTC")});
        });
        const Run mismatch = run({QStringLiteral("test"), QStringLiteral("CLI A")});
        QCOMPARE(mismatch.code, 5);
        QVERIFY(mismatch.err.contains(QStringLiteral("EUR")));
        sim->withServer([](sim::SimServer& s) {
            s.setSettings(
                {QStringLiteral("USD"), ConversionTime::Visit, QStringLiteral("America/New_York")});
        });

        QCOMPARE(run(add(QStringLiteral("CLI Wrong"), sim->url().toString()),
                     credentialsInput(QStringLiteral("not-the-secret")))
                     .code,
                 0);
        const Run rejected = run({QStringLiteral("test"), QStringLiteral("CLI Wrong")});
        QCOMPARE(rejected.code, 3);
        QVERIFY(rejected.err.contains(QStringLiteral("rejected")));

        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        QCOMPARE(
            run(add(QStringLiteral("CLI Gone"), QStringLiteral("http://127.0.0.1:%1").arg(closed)),
                credentialsInput())
                .code,
            0);
        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("CLI Gone")}).code, 4);

        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("Nobody")}).code, 7);
    }

    // `report` fails as `integration test` does: the same exit codes for the same causes.
    void reportExitCodesMatchIntegration()
    {
        const QString from = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
        auto report = [&](const QString& name, const QProcessEnvironment& extra = {}) {
            QProcessEnvironment env = reportEnv();
            for (const QString& key : extra.keys())
                env.insert(key, extra.value(key));
            return run({QStringLiteral("--integration"), name, QStringLiteral("--from"), from,
                        QStringLiteral("--to"), to, QStringLiteral("--group-by"),
                        QStringLiteral("day")},
                       {}, env);
        };
        const Run wrong = report(QStringLiteral("CLI Wrong"));
        QCOMPARE(wrong.code, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("rejected")), qPrintable(wrong.err));
        QVERIFY(wrong.out.isEmpty());
        const Run gone = report(QStringLiteral("CLI Gone"));
        QCOMPARE(gone.code, 4);
        QVERIFY(gone.out.isEmpty());
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const Run noKeychain = report(QStringLiteral("CLI A"), noBus);
        QCOMPARE(noKeychain.code, 6);
        QVERIFY2(noKeychain.err.contains(QStringLiteral("keychain")), qPrintable(noKeychain.err));
        QVERIFY(noKeychain.out.isEmpty());
    }

    // A second identical report over closed days asks the tracker for no numbers: the cache
    // is kept between runs.
    void secondReportUsesTheCache_data()
    {
        QTest::addColumn<QString>("group");
        QTest::newRow("day") << QStringLiteral("day");
        QTest::newRow("campaign") << QStringLiteral("campaign");
        QTest::newRow("network") << QStringLiteral("network");
    }
    void secondReportUsesTheCache()
    {
        QFETCH(QString, group);
        const QDate today = QDate::currentDate();
        const QStringList args{
            QStringLiteral("--integration"), QStringLiteral("CLI A"),
            QStringLiteral("--from"),        today.addDays(-20).toString(Qt::ISODate),
            QStringLiteral("--to"),          today.addDays(-14).toString(Qt::ISODate),
            QStringLiteral("--group-by"),    group};
        takeRequests();
        const Run first = run(args, {}, reportEnv());
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(takeRequests().value(QStringLiteral("stats")) >= 1);
        const Run second = run(args, {}, reportEnv());
        QVERIFY2(second.code == 0, qPrintable(second.err));
        const QMap<QString, int> asked = takeRequests();
        QCOMPARE(asked.value(QStringLiteral("stats")), 0);
        QCOMPARE(asked.value(QStringLiteral("campaigns")), 0);
        QCOMPARE(second.out, first.out);
    }

    // What the window synced (its report service, the same data folder) serves the CLI too.
    void reportReusesTheWindowsCache()
    {
        const QString id = idOf(QStringLiteral("CLI A"));
        QVERIFY(!id.isEmpty());
        const QDate today = QDate::currentDate();
        const QDate from = today.addDays(-30);
        const QDate to = today.addDays(-24);
        auto context =
            AppContext::create(config.filePath(QStringLiteral("kintura-desk")),
                               new KeychainCredentialStore(QStringLiteral("Kintura Desk")),
                               dataHome() + QStringLiteral("/kintura-desk"));
        QVERIFY(context->integrations()->find(id));
        takeRequests();
        QSignalSpy finished(context->reports(), &ReportService::syncFinished);
        context->reports()->sync(id, from, to);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(finished.first().at(1).value<TrackerError>().isOk(),
                 qPrintable(finished.first().at(1).value<TrackerError>().message()));
        QVERIFY(takeRequests().value(QStringLiteral("stats")) >= 2);

        for (const QString& group :
             {QStringLiteral("day"), QStringLiteral("network"), QStringLiteral("campaign")}) {
            const Run r =
                run({QStringLiteral("--integration"), QStringLiteral("CLI A"),
                     QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                     to.toString(Qt::ISODate), QStringLiteral("--group-by"), group},
                    {}, reportEnv());
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.count(QStringLiteral("\r\n")) >= 3);
            const QMap<QString, int> asked = takeRequests();
            QVERIFY2(asked.value(QStringLiteral("stats")) == 0,
                     qPrintable(group + QStringLiteral(": %1 stats requests")
                                            .arg(asked.value(QStringLiteral("stats")))));
            QCOMPARE(asked.value(QStringLiteral("campaigns")), 0);
        }
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QByteArray ok = "key\nsecret\n";
        QTest::newRow("no command") << QStringList{} << ok;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << ok;
        QTest::newRow("missing url")
            << QStringList{QStringLiteral("add"),  QStringLiteral("--name"),
                           QStringLiteral("X"),    QStringLiteral("--currency"),
                           QStringLiteral("USD"),  QStringLiteral("--conversion-time"),
                           QStringLiteral("visit")}
            << ok;
        QTest::newRow("plain http") << QStringList{QStringLiteral("add"),
                                                   QStringLiteral("--name"),
                                                   QStringLiteral("X"),
                                                   QStringLiteral("--url"),
                                                   QStringLiteral("http://tracker.example.com"),
                                                   QStringLiteral("--currency"),
                                                   QStringLiteral("USD"),
                                                   QStringLiteral("--conversion-time"),
                                                   QStringLiteral("visit")}
                                    << ok;
        QTest::newRow("not iso currency") << QStringList{QStringLiteral("add"),
                                                         QStringLiteral("--name"),
                                                         QStringLiteral("X"),
                                                         QStringLiteral("--url"),
                                                         QStringLiteral("https://t.example.com"),
                                                         QStringLiteral("--currency"),
                                                         QStringLiteral("BTC"),
                                                         QStringLiteral("--conversion-time"),
                                                         QStringLiteral("visit")}
                                          << ok;
        QTest::newRow("secret as argument") << QStringList{QStringLiteral("add"),
                                                           QStringLiteral("--name"),
                                                           QStringLiteral("X"),
                                                           QStringLiteral("--url"),
                                                           QStringLiteral("https://t.example.com"),
                                                           QStringLiteral("--currency"),
                                                           QStringLiteral("USD"),
                                                           QStringLiteral("--conversion-time"),
                                                           QStringLiteral("visit"),
                                                           QStringLiteral("--api-secret"),
                                                           QStringLiteral("s")}
                                            << ok;
        QTest::newRow("no secret on stdin") << QStringList{QStringLiteral("add"),
                                                           QStringLiteral("--name"),
                                                           QStringLiteral("X"),
                                                           QStringLiteral("--url"),
                                                           QStringLiteral("https://t.example.com"),
                                                           QStringLiteral("--currency"),
                                                           QStringLiteral("USD"),
                                                           QStringLiteral("--conversion-time"),
                                                           QStringLiteral("visit")}
                                            << QByteArray("only-a-key\n");
        QTest::newRow("duplicate name") << QStringList{QStringLiteral("add"),
                                                       QStringLiteral("--name"),
                                                       QStringLiteral("cli a"),
                                                       QStringLiteral("--url"),
                                                       QStringLiteral("https://t.example.com"),
                                                       QStringLiteral("--currency"),
                                                       QStringLiteral("USD"),
                                                       QStringLiteral("--conversion-time"),
                                                       QStringLiteral("visit")}
                                        << ok;
        QTest::newRow("list bad format")
            << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << ok;
    }
    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = run(args, input);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.trimmed().isEmpty() || args.isEmpty() ||
                args.first() == QLatin1String("frobnicate"));
    }

    void noKeychainWritesNothing()
    {
        QFile file(config.filePath(QStringLiteral("kintura-desk/integrations.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r = run(add(QStringLiteral("CLI NoKeychain"), sim->url().toString()),
                          credentialsInput(), noBus);
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains(QStringLiteral("keychain")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void removeErasesTheKeychainEntry()
    {
        const QString id = idOf(QStringLiteral("CLI A"));
        QVERIFY(!id.isEmpty());
        const Run r = run({QStringLiteral("remove"), QStringLiteral("CLI A")});
        QCOMPARE(r.code, 0);
        QVERIFY(secretTool(id).isEmpty());
        QVERIFY(idOf(QStringLiteral("CLI A")).isEmpty());
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("CLI A")}).code, 7);
    }

    // With every logging category on, the secret appears in no output and in no file the
    // app wrote.
    void secretAppearsNowhere()
    {
        const QString secret = sim->apiSecret();
        QVERIFY(!allOutput.isEmpty());
        QVERIFY2(!allOutput.contains(secret), "a secret in the CLI's output");
        QDirIterator it(config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
