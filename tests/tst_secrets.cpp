// Secret hygiene (issue #7): with every logging category on (Qt's network categories too), the
// add / test / sync / report flows run twice, through the real `kintura-desk` executable with
// the real keychain (tests/with-keyring.sh) and in this process with the memory store; then
// every output, every log line, every file under the throwaway HOME and config and data
// folders, the CSV and the PNG the Reports page exports, and the argv and environment of every
// process are searched for the API key and secret (distinctive: a random seed makes them). The
// keychain is the one place they may be, and the test checks they are there, so the search looks
// for the right thing. Also: a tracker that quotes the credentials back in its error text, and no
// Secret Service.
#include "SecretsFixture.h"

class TestSecrets : public SecretsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        KD_SKIP_WITHOUT_KEYRING();
        QVERIFY(m_root.isValid());
        // From here on every message of this process is kept (Qt Test installed its handler
        // when it started; this one replaces it until the end).
        g_testLog = qInstallMessageHandler(captureMessage);
        // The simulator in a process of its own: nothing in this process ever held the
        // secret but the app's code. A random seed gives a key and a secret found nowhere else.
        const quint64 seed = QRandomGenerator::system()->generate64() >> 8;
        m_sim.start(QStringLiteral(KD_SIM_BINARY),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate"),
                     QStringLiteral("0"), QStringLiteral("--seed"), QString::number(seed)});
        QVERIFY(m_sim.waitForStarted(10'000));
        QByteArray line;
        QVERIFY(QTest::qWaitFor(
            [&] {
                line += m_sim.readAllStandardOutput();
                return line.contains('\n');
            },
            20'000));
        const QRegularExpression announce(
            QStringLiteral("KINTURA_SIM url=(\\S+) key=(\\S+) secret=(\\S+)"));
        const auto match = announce.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        m_url = QUrl(match.captured(1));
        m_key = match.captured(2);
        m_secret = match.captured(3);
        QVERIFY(m_key.size() >= 30 && m_secret.size() >= 40);
        for (const char* dir : {"home/.config", "home/.local/share", "home/.cache", "exports"})
            QVERIFY(QDir().mkpath(path(QLatin1String(dir))));
    }

    // Whatever a failed test left armed in the simulator does not spill into the next.
    void init()
    {
        if (m_url.isValid())
            disarmFaults();
    }

    // The command line, with the real keychain: add, list, test, report.
    void commandLine()
    {
        const Run added = desk(addArgs(QStringLiteral("Secrets CLI")), credentialsInput());
        QVERIFY2(added.code == 0, added.err.constData());
        const Run list = desk({QStringLiteral("integration"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(all.size(), 1);
        m_cliId = all.first()[QStringLiteral("id")].toString();
        QVERIFY(!m_cliId.isEmpty());

        // The keychain is where they are (so the search at the end looks for the right thing).
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("Kintura Desk"), QStringLiteral("user"), m_cliId});
        QVERIFY(tool.waitForFinished(10'000));
        const QByteArray item = tool.readAllStandardOutput();
        QVERIFY2(item.contains(m_secret.toUtf8()) && item.contains(m_key.toUtf8()),
                 "the keychain does not hold the credentials");

        const Run test = desk(
            {QStringLiteral("integration"), QStringLiteral("test"), QStringLiteral("Secrets CLI")});
        QVERIFY2(test.code == 0, test.err.constData());

        const QDate today = QDate::currentDate();
        const QStringList range{QStringLiteral("--from"), today.addDays(-6).toString(Qt::ISODate),
                                QStringLiteral("--to"), today.toString(Qt::ISODate)};
        const Run days = desk(QStringList{QStringLiteral("report"), QStringLiteral("--integration"),
                                          QStringLiteral("Secrets CLI"),
                                          QStringLiteral("--group-by"), QStringLiteral("day"),
                                          QStringLiteral("--format"), QStringLiteral("csv")} +
                              range);
        QVERIFY2(days.code == 0, days.err.constData());
        QVERIFY(days.out.startsWith("date,"));
        writeFile(path(QStringLiteral("exports/cli-days.csv")), days.out); // as a script would
        const Run campaigns =
            desk(QStringList{QStringLiteral("report"), QStringLiteral("--integration"),
                             QStringLiteral("Secrets CLI"), QStringLiteral("--group-by"),
                             QStringLiteral("campaign"), QStringLiteral("--format"),
                             QStringLiteral("json")} +
                 range);
        QVERIFY2(campaigns.code == 0, campaigns.err.constData());
        writeFile(path(QStringLiteral("exports/cli-campaigns.json")), campaigns.out);

        // Logging was on in the children: the search below reads real debug output.
        QVERIFY2(m_outputs.contains("kintura.net: GET"), "no network debug from the CLI");
        QVERIFY2(m_outputs.contains("kintura.keychain"), "no keychain debug from the CLI");
    }

    // `integration test` asks its tracker once.
    void commandLineTestAsksOnce()
    {
        const int before = requestsLogged();
        QVERIFY(before >= 0);
        QCOMPARE(desk({QStringLiteral("integration"), QStringLiteral("test"),
                       QStringLiteral("Secrets CLI")})
                     .code,
                 0);
        QCOMPARE(requestsLogged() - before, 1);
    }

    // A tracker that quotes the key and secret in its error: the sentence and its detail carry
    // neither, on the command line and in this process.
    void trackerQuotingTheCredentials()
    {
        // Every settings request of the command (it asks more than once: see
        // commandLineTestAsksOnce) gets the quoting 401.
        armFault(echoingRejection(5));
        const Run test = desk(
            {QStringLiteral("integration"), QStringLiteral("test"), QStringLiteral("Secrets CLI")});
        QCOMPARE(test.code, 3);
        QVERIFY(test.err.contains("rejected"));
        QVERIFY2(leak(test.err).isEmpty(), test.err.constData());
        disarmFaults();

        armFault(echoingRejection(1));
        kintura::KinturaClient client(m_url, {m_key, m_secret}, SimFixture::fastOptions());
        TrackerError error;
        QVERIFY(waitFor(client.fetchSettings(), [&](auto& call) { error = call.error(); }));
        QCOMPARE(error.kind(), TrackerError::Kind::InvalidCredentials);
        // The tracker's words arrived, redacted: "[redacted]" proves the quote was there.
        QVERIFY2(error.detail().contains(QStringLiteral("Invalid API key [redacted] or secret "
                                                        "[redacted]")),
                 qPrintable(error.detail()));
        QVERIFY(leak(error.message().toUtf8() + error.detail().toUtf8()).isEmpty());

        // The quote where the tracker's words are cut: no piece of either survives.
        armFault(echoingRejection(1, 160));
        QVERIFY(waitFor(client.fetchSettings(), [&](auto& call) { error = call.error(); }));
        QCOMPARE(error.kind(), TrackerError::Kind::InvalidCredentials);
        QVERIFY2(error.detail().contains(QStringLiteral("[redacted]")), qPrintable(error.detail()));
        QVERIFY2(leak(error.detail().toUtf8()).isEmpty(), qPrintable(error.detail()));
    }

    // The same flows in this process, as the window runs them: add, check, templates, sync,
    // export, edit.
    void inProcess()
    {
        auto context =
            AppContext::create(path(QStringLiteral("inproc/config")), new MemoryCredentialStore,
                               path(QStringLiteral("inproc/data")));
        QVERIFY(context);
        context->setClientOptions(SimFixture::fastOptions());
        Integration integration;
        integration.name = QStringLiteral("Secrets In-Process");
        integration.trackerUrl = m_url;
        integration.currency = QStringLiteral("USD");
        QString id;
        context->manager()->add(
            integration, {m_key, m_secret}, context.get(),
            [&](const IntegrationManager::Outcome& outcome, const QString& assigned) {
                QVERIFY2(outcome.ok(), qPrintable(outcome.error));
                id = assigned;
            });
        QVERIFY(QTest::qWaitFor([&] { return !id.isEmpty(); }, 10'000));
        ConnectionMonitor* monitor = context->monitor();
        QVERIFY(waitUntil(monitor, &ConnectionMonitor::reportChanged, [&] {
            return monitor->report(id).status == ConnectionStatus::Connected;
        }));

        NetworkSetupService* setup = context->networkSetup();
        QCOMPARE(setup->setNetworks(id, {QStringLiteral("facebook")}), QString());
        setup->refresh(id);
        QVERIFY(waitUntil(setup, &NetworkSetupService::changed,
                          [&] { return !setup->isRefreshing(id) && setup->hasTemplates(id); }));

        ReportService* reports = context->reports();
        const QDate today = reports->trackerToday(id);
        TrackerError synced(TrackerError::Kind::Cancelled, {});
        bool done = false;
        connect(reports, &ReportService::syncFinished, this,
                [&](const QString&, const TrackerError& e) {
                    synced = e;
                    done = true;
                });
        reports->sync(id, today.addDays(-13), today);
        QVERIFY(waitUntil(reports, &ReportService::syncFinished, [&] { return done; }));
        QVERIFY2(synced.isOk(), qPrintable(synced.message()));

        // Export, as the Reports page does (numbers only).
        QList<NamedMetrics> rows;
        for (const StatsRow& r :
             reports->cache()->rows(id, ReportDataset::DailyTotals, today.addDays(-13), today)) {
            Metrics m;
            m.add(r);
            rows.append({r.date.toString(Qt::ISODate), m, {}});
        }
        QVERIFY(rows.size() >= 13);
        writeFile(path(QStringLiteral("exports/in-process.csv")),
                  breakdownCsv(rows, QStringLiteral("USD"), QStringLiteral("date")));

        // And as the Reports page writes them: its table as CSV, its charts as PNG (the
        // functions its Export and Save buttons call once the file dialog has a path).
        {
            ui::ReportsPage page(context.get());
            page.resize(1000, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto* status = page.findChild<QLabel*>(QStringLiteral("syncStatus"));
            QVERIFY(status);
            QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Up to date")),
                                      qPrintable(status->text()), 20'000);
            QTRY_VERIFY_WITH_TIMEOUT(page.table()->model()->rowCount() >= 2, 10'000);
            const QString csv = path(QStringLiteral("exports/reports-page.csv"));
            const QString png = path(QStringLiteral("exports/reports-page.png"));
            QCOMPARE(page.exportCsv(csv), QString());
            QCOMPARE(page.exportChart(png), QString());
            // Real exports, so that searching them means something.
            QVERIFY(readFile(csv).contains(",visits,conversions,"));
            QVERIFY(readFile(csv).count('\n') >= 2);
            const QImage chart(png);
            QVERIFY(!chart.isNull() && chart.width() > 200);
            m_exports = {QFileInfo(csv).canonicalFilePath(), QFileInfo(png).canonicalFilePath()};
        }

        // Edit with new credentials (the same ones), then remove.
        bool edited = false;
        Integration renamed = *context->integrations()->find(id);
        renamed.name = QStringLiteral("Secrets In-Process (edited)");
        context->manager()->update(renamed, ApiCredentials{m_key, m_secret}, context.get(),
                                   [&](const IntegrationManager::Outcome& outcome) {
                                       QVERIFY2(outcome.ok(), qPrintable(outcome.error));
                                       edited = true;
                                   });
        QVERIFY(QTest::qWaitFor([&] { return edited; }, 10'000));
        QVERIFY(QTest::qWaitFor(
            [&] { return monitor->report(id).status == ConnectionStatus::Connected; }, 20'000));

        // The window's core keeps what it needs on disk, which is no secret.
        QVERIFY(QFile::exists(path(QStringLiteral("inproc/config/integrations.json"))));
        QVERIFY(QFile::exists(path(QStringLiteral("inproc/data/report-cache.sqlite"))));
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.filter(QStringLiteral("kintura.net: GET")).size() >= 3,
                 "no network debug in this process");
    }

    // No Secret Service: no session bus at all, or a session bus whose keyring cannot be
    // unlocked (its prompt has no display). The command line says so in one sentence and
    // writes nothing, the secret least of all.
    void noSecretService_data()
    {
        QTest::addColumn<bool>("ownBus");
        QTest::newRow("no session bus") << false;
        QTest::newRow("keyring that cannot be unlocked") << true;
    }
    void noSecretService()
    {
        QFETCH(bool, ownBus);
        const QString integrations =
            path(QStringLiteral("home/.config/kintura-desk/integrations.json"));
        const QByteArray before = readFile(integrations);
        QVERIFY(!before.isEmpty());

        const QString home = path(QStringLiteral("nokeychain-%1").arg(int(ownBus)));
        const QString runtime = home + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = childEnv();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        Run r;
        if (ownBus) {
            // Its own HOME and runtime folder: the keyring daemon the bus starts writes there.
            // The config stays the shared one, so the integrations file can be compared.
            env.insert(QStringLiteral("HOME"), home);
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
            env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
            env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
            r = run(QStringLiteral("dbus-run-session"),
                    QStringList{QStringLiteral("--"), QStringLiteral(KD_DESK_BINARY)} +
                        addArgs(QStringLiteral("Secrets No Keychain")),
                    credentialsInput(), env);
        } else {
            r = desk(addArgs(QStringLiteral("Secrets No Keychain")), credentialsInput(), env);
        }
        QCOMPARE(r.code, 6);
        // Plainly: one sentence on standard error that names the keychain and says nothing
        // was saved (debug lines aside: every category is on).
        QByteArrayList sentences;
        for (const QByteArray& line : r.err.split('\n')) {
            if (line.startsWith("The system keychain"))
                sentences << line;
        }
        QCOMPARE(sentences.size(), 1);
        QVERIFY2(sentences.first().contains("nothing was saved") &&
                     sentences.first().contains("never stores API secrets in plain text"),
                 sentences.first().constData());
        QVERIFY(r.out.trimmed().isEmpty());
        QCOMPARE(readFile(integrations), before);
        QVERIFY(filesWithSecrets(home).isEmpty());
    }

    // With the keychain gone, the window's core still shows what it has cached, and says why
    // it cannot sync in words about the keychain.
    void noKeychainKeepsTheCache()
    {
        auto context = AppContext::create(path(QStringLiteral("inproc/config")), new NoKeychain,
                                          path(QStringLiteral("inproc/data")));
        QVERIFY(context);
        const QList<Integration> all = context->integrations()->all();
        QCOMPARE(all.size(), 1);
        const QString id = all.first().id;
        ConnectionMonitor* monitor = context->monitor();
        monitor->check(id);
        QVERIFY(waitUntil(monitor, &ConnectionMonitor::reportChanged, [&] {
            return monitor->report(id).status == ConnectionStatus::KeychainUnavailable;
        }));
        QVERIFY(monitor->report(id).keychainMessage.contains(QStringLiteral("secrets")));

        ReportService* reports = context->reports();
        const QDate today = reports->trackerToday(id);
        QVERIFY(reports->cache());
        // (Its "today" may be a day off the first context's: no time zone known yet.)
        QVERIFY(reports->cache()
                    ->rows(id, ReportDataset::DailyTotals, today.addDays(-13), today)
                    .size() >= 12);
        TrackerError error;
        bool done = false;
        connect(reports, &ReportService::syncFinished, this,
                [&](const QString&, const TrackerError& e) {
                    error = e;
                    done = true;
                });
        reports->sync(id, today.addDays(-13), today);
        QVERIFY(waitUntil(reports, &ReportService::syncFinished, [&] { return done; }));
        QVERIFY(!error.isOk());
        QVERIFY(reports->cache()
                    ->rows(id, ReportDataset::DailyTotals, today.addDays(-13), today)
                    .size() >= 12);
        QVERIFY2(error.message().contains(QStringLiteral("keychain")), qPrintable(error.message()));
    }

    // Last: nothing anywhere holds a secret.
    void secretsAppearNowhere()
    {
        // The search itself finds a secret where there is one.
        const QString canary = path(QStringLiteral("home/.cache/canary"));
        writeFile(canary, "x" + m_secret.toUtf8() + "x");
        QCOMPARE(filesWithSecrets(path(QStringLiteral("home/.cache"))).size(), 1);
        QVERIFY(QFile::remove(canary));

        // Every place, each reported (not only the first).
        QStringList leaks;
        auto check = [&](const QString& where, const QByteArray& haystack) {
            const QString found = leak(haystack);
            if (!found.isEmpty())
                leaks << where + QStringLiteral(": ") + found;
        };
        int files = 0;
        QStringList read;
        leaks << filesWithSecrets(m_root.path(), &files, &read);
        // The Reports page's CSV and PNG were among the files read.
        QCOMPARE(m_exports.size(), 2);
        for (const QString& exported : std::as_const(m_exports))
            QVERIFY2(read.contains(exported),
                     qPrintable(exported + QStringLiteral(" not searched")));
        // The keyring's own files (encrypted) in the session's HOME, when it is a throwaway one.
        if (qEnvironmentVariableIsSet("KD_IN_KEYRING_SESSION"))
            leaks << filesWithSecrets(qEnvironmentVariable("HOME"));
        check(QStringLiteral("output of the command line"), m_outputs);
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        check(QStringLiteral("log of this process"), log.join(QLatin1Char('\n')).toUtf8());
        check(QStringLiteral("command lines"), m_commandLines.join(QLatin1Char('\n')).toUtf8());
        for (const QProcessEnvironment& env : std::as_const(m_envs))
            check(QStringLiteral("environment of a child"),
                  env.toStringList().join(QLatin1Char('\n')).toUtf8());
        check(QStringLiteral("/proc of a child"), m_processState);
        // This process: its environment now (an app that set a variable would show here) and
        // what /proc shows of it.
        check(QStringLiteral("environment of this process"),
              QProcessEnvironment::systemEnvironment()
                  .toStringList()
                  .join(QLatin1Char('\n'))
                  .toUtf8());
        check(QStringLiteral("/proc/self"), readFile(QStringLiteral("/proc/self/cmdline")) +
                                                readFile(QStringLiteral("/proc/self/environ")));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // And the search had something to search.
        QVERIFY2(log.size() >= 20, qPrintable(QString::number(log.size())));
        QVERIFY2(!log.filter(QStringLiteral("qt.")).isEmpty(), "no Qt debug captured");
        QVERIFY(!m_commandLines.isEmpty());
        QVERIFY(!m_processState.isEmpty());
        QVERIFY2(files >= 8, qPrintable(QStringLiteral("only %1 files written").arg(files)));
        qInfo("figure: secrets: searched %d files, %lld bytes of child output, %lld log lines, "
              "%lld command lines",
              files, qint64(m_outputs.size()), qint64(log.size()), qint64(m_commandLines.size()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_testLog);
        if (m_sim.state() != QProcess::NotRunning) {
            m_sim.terminate();
            if (!m_sim.waitForFinished(5'000))
                m_sim.kill();
            m_sim.waitForFinished();
        }
        // The keychain entry of the CLI's integration goes with it.
        if (!m_cliId.isEmpty())
            desk({QStringLiteral("integration"), QStringLiteral("remove"),
                  QStringLiteral("Secrets CLI")});
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_LOGGING_RULES", kAllLogging);
    QApplication app(argc, argv); // the Reports page's exports are widgets' work
    QLoggingCategory::setFilterRules(
        QString::fromLatin1(kAllLogging).replace(QLatin1Char(';'), QLatin1Char('\n')));
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
