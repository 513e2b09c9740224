// Crash safety with the real executable: SIGKILL in the middle of a sync and in the middle of
// saving integrations, at random points, many times; then the cache passes SQLite's integrity
// check and holds exactly what it held before (no half-written period reported as complete),
// and the integrations file is the old or the new version, never a mix. One window per config
// folder: a second start raises the first, a killed window's lock is taken over.
#include "KeyringRequired.h"
#include "instance/InstanceLock.h"
#include "instance/SingleInstance.h"
#include "integrations/IntegrationStore.h"
#include "reports/ReportCache.h"
#include "sim/SimHost.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace kd;

class TestCrashSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::SimHost> sim;
    QTemporaryDir home;
    QRandomGenerator random{QRandomGenerator::securelySeeded()};
    quint32 seed = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    void startDesk(QProcess& p, const QStringList& args, const QString& killAt = {},
                   int requestsPerSecond = 60) const
    {
        QProcessEnvironment env = environment();
        if (!killAt.isEmpty()) {
            env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(KD_KILLPOINT));
            env.insert(QStringLiteral("KD_KILL_AT"), killAt);
        }
        env.insert(QStringLiteral("KD_LOOPBACK_REQUESTS_PER_SECOND"),
                   QString::number(requestsPerSecond));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KD_DESK_BINARY), args);
    }

    QString findFile(const QString& under, const QString& name) const
    {
        QDirIterator it(home.filePath(under), {name}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    QStringList addArgs(const QString& name) const
    {
        return {QStringLiteral("integration"),
                QStringLiteral("add"),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--url"),
                sim->url().toString(),
                QStringLiteral("--currency"),
                QStringLiteral("USD"),
                QStringLiteral("--conversion-time"),
                QStringLiteral("visit")};
    }

    int addIntegration(const QString& name)
    {
        QProcess p;
        startDesk(p, addArgs(name));
        p.write(sim->apiKey().toUtf8() + "\n" + sim->apiSecret().toUtf8() + "\n");
        p.closeWriteChannel();
        if (!p.waitForFinished(30'000))
            return -1;
        return p.exitCode();
    }

    QStringList reportArgs(const QDate& from, const QDate& to,
                           const QString& integration = QStringLiteral("Crash A")) const
    {
        return {
            QStringLiteral("report"), QStringLiteral("--integration"), integration,
            QStringLiteral("--from"), from.toString(Qt::ISODate),      QStringLiteral("--to"),
            to.toString(Qt::ISODate), QStringLiteral("--group-by"),    QStringLiteral("network")};
    }

    // Days of an integration's by-network dataset (what `report --group-by network` syncs) marked
    // fetched.
    qint64 fetchedDays(const QString& path, const QDate& from, const QDate& to,
                       const QString& integration = QStringLiteral("Crash A")) const
    {
        const QString file =
            findFile(QStringLiteral("config"), QStringLiteral("integrations.json"));
        QString id;
        for (const Integration& i : IntegrationStore(file).load().integrations)
            if (i.name == integration)
                id = i.id;
        const QString name = QUuid::createUuid().toString();
        qint64 days = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM fetched_days WHERE integration = ? "
                                         "AND dataset = 'by_source' AND day BETWEEN ? AND ?"));
                q.addBindValue(id);
                q.addBindValue(from.toJulianDay());
                q.addBindValue(to.toJulianDay());
                if (q.exec() && q.next())
                    days = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return days;
    }

    // Everything the cache holds, as one hash: equal hashes, equal contents.
    static QByteArray cacheDigest(const QString& path)
    {
        const QString name = QUuid::createUuid().toString();
        QByteArray digest;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return "cannot open";
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const char* table :
                 {"fetched_days", "daily_stats", "fetched_ranges", "range_stats", "campaigns"}) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4")
                           .arg(QLatin1String(table)));
                while (q.next()) {
                    for (int c = 0; c < q.record().count(); ++c)
                        hash.addData(q.value(c).toString().toUtf8() + '\x1f');
                    hash.addData("\n");
                }
            }
            digest = hash.result().toHex();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return digest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KD_SKIP_WITHOUT_KEYRING();
        seed = random.generate();
        random.seed(seed);
        qInfo("random seed %u (kill points differ each run; the seed names this one)", seed);
        sim::SimOptions options;
        options.requestsPerSecond = 0;
        // The typical account (8 networks, 180 days): a sync of a few months takes tens of
        // pages, so there is a middle to kill it in.
        sim::SimConfig config;
        config.size = sim::SimSize::Typical;
        sim = std::make_unique<sim::SimHost>(config, options);
        QVERIFY(sim->isListening());
        QCOMPARE(addIntegration(QStringLiteral("Crash A")), 0);
    }

    void killDuringSyncLeavesTheCacheAsItWas()
    {
        const QDate today = QDate::currentDate();
        // One sync that completes: a committed state to protect.
        {
            QProcess p;
            startDesk(p, reportArgs(today.addDays(-40), today));
            QVERIFY(p.waitForFinished(60'000));
            QCOMPARE(p.exitCode(), 0);
        }
        const QString cachePath = findFile(QStringLiteral("data"), QStringLiteral("*.sqlite"));
        QVERIFY(!cachePath.isEmpty());
        static const QRegularExpression progress(QStringLiteral("(\\d+) of (\\d+) requests"));
        int killedMidSync = 0;
        for (int round = 0; round < 12; ++round) {
            const QByteArray before = cacheDigest(cachePath);
            // A range never fetched, overlapping the committed one (its open days would be
            // replaced by the sync): killed after a random number of pages.
            const QDate from = today.addDays(-170 + int(random.bounded(70)));
            QProcess p;
            startDesk(p, reportArgs(from, today));
            int killAfter = -1;
            bool killed = false;
            QByteArray err;
            connect(&p, &QProcess::readyReadStandardError, this, [&] {
                err += p.readAllStandardError();
                const auto matches = progress.globalMatch(QString::fromUtf8(err));
                int done = 0;
                int total = 0;
                for (auto it = matches; it.hasNext();) {
                    const auto m = it.next();
                    done = m.captured(1).toInt();
                    total = m.captured(2).toInt();
                }
                if (killAfter < 0 && total > 2)
                    killAfter = 1 + int(random.bounded(quint32(total - 1)));
                if (!killed && killAfter > 0 && done >= killAfter) {
                    p.kill(); // SIGKILL
                    killed = true;
                }
            });
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60'000);
            if (!killed || p.exitStatus() != QProcess::CrashExit) {
                qInfo("round %d ran to its end: %s", round, err.right(200).constData());
                continue; // it finished first: nothing to check this round
            }
            {
                ReportCache cache(cachePath);
                QString error;
                QVERIFY2(cache.open(&error), qPrintable(error));
                QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
            }
            // The kill is sent on reading a progress line; the last pages and the commit can
            // beat it. Then the whole range is there, never a part of it.
            if (cacheDigest(cachePath) != before) {
                QCOMPARE(fetchedDays(cachePath, from, today), from.daysTo(today) + 1);
                qInfo("round %d committed before the kill landed", round);
                continue;
            }
            ++killedMidSync;
        }
        qInfo("killed %d syncs mid-way (seed %u)", killedMidSync, seed);
        QVERIFY(killedMidSync >= 8);

        // And the cache is usable afterwards: a sync completes and marks its days.
        QProcess p;
        startDesk(p, reportArgs(today.addDays(-60), today));
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 0);
    }

    void killDuringSaveLeavesTheOldOrTheNewFile()
    {
        const QString file =
            findFile(QStringLiteral("config"), QStringLiteral("integrations.json"));
        QVERIFY(!file.isEmpty());
        // How long an add takes here, to spread kill points over its whole life.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(addIntegration(QStringLiteral("Timing")), 0);
        const int lifeMs = std::max(20, int(clock.elapsed()));
        int sizes[2] = {0, 0};
        for (int round = 0; round < 20; ++round) {
            const IntegrationStore::LoadResult before = IntegrationStore(file).load();
            QCOMPARE(before.problem, QString());
            QProcess p;
            startDesk(p, addArgs(QStringLiteral("Killed %1").arg(round)));
            p.write(sim->apiKey().toUtf8() + "\n" + sim->apiSecret().toUtf8() + "\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForStarted());
            QTimer::singleShot(int(random.bounded(quint32(lifeMs))), &p, [&p] { p.kill(); });
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30'000);
            const IntegrationStore::LoadResult after = IntegrationStore(file).load();
            QCOMPARE(after.problem, QString()); // never damaged, never empty
            const qsizetype grew = after.integrations.size() - before.integrations.size();
            QVERIFY2(grew == 0 || grew == 1, qPrintable(QString::number(grew)));
            for (qsizetype i = 0; i < before.integrations.size(); ++i)
                QCOMPARE(after.integrations[i], before.integrations[i]);
            ++sizes[grew];
            // Wherever the kill landed, even between creating the lock file and writing its PID,
            // the folder is free again once a half-written lock is old enough to be recognised.
            InstanceLock lock(QFileInfo(file).absolutePath());
            QVERIFY2(lock.tryLock(3 * InstanceLock::kHalfWrittenMs),
                     qPrintable(QStringLiteral("round %1 left the folder locked").arg(round)));
            lock.unlock();
        }
        qInfo("old file kept %d times, new file %d times (seed %u)", sizes[0], sizes[1], seed);
        QVERIFY(sizes[0] + sizes[1] == 20);
    }

    void killBetweenWritingAndRenamingKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("killAt");
        // QSaveFile writes the new version into an unnamed file, links it under a temporary
        // name, then renames it over the old one: killed before each of the two steps.
        QTest::newRow("before the link") << QStringLiteral("linkat:integrations.json");
        QTest::newRow("before the rename") << QStringLiteral("rename:integrations.json");
    }

    void killBetweenWritingAndRenamingKeepsTheOldFile()
    {
        QFETCH(QString, killAt);
        const QString file =
            findFile(QStringLiteral("config"), QStringLiteral("integrations.json"));
        QVERIFY(!file.isEmpty());
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const QString name = QStringLiteral("Killed at %1").arg(QTest::currentDataTag());
        QProcess p;
        startDesk(p, addArgs(name), killAt);
        p.write(sim->apiKey().toUtf8() + "\n" + sim->apiSecret().toUtf8() + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30'000));
        // Killed exactly there, not before (the kill point was reached) nor after.
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        original.close();
        QCOMPARE(IntegrationStore(file).load().problem, QString());
        // The next save goes through whatever the crash left in the folder.
        QCOMPARE(addIntegration(name), 0);
        const IntegrationStore::LoadResult after = IntegrationStore(file).load();
        QCOMPARE(after.problem, QString());
        QVERIFY(std::any_of(after.integrations.cbegin(), after.integrations.cend(),
                            [&](const Integration& i) { return i.name == name; }));
    }

    void killInTheMiddleOfACommitKeepsTheCacheWhole_data()
    {
        QTest::addColumn<int>("nth");
        // The sync writes nothing until every request has succeeded, then everything in one
        // transaction: its writes into the write-ahead log are the commit (11 for a warm
        // 11-day report, traced with strace -y). Killed before the 1st (the WAL header), in
        // the middle, and just before the last of them; and never (a kill point past the end).
        for (int nth : {1, 2, 4, 7, 10})
            QTest::addRow("write %d", nth) << nth;
        QTest::addRow("no kill") << 100'000;
    }

    void killInTheMiddleOfACommitKeepsTheCacheWhole()
    {
        QFETCH(int, nth);
        const QDate today = QDate::currentDate();
        const QString cachePath = findFile(QStringLiteral("data"), QStringLiteral("*.sqlite"));
        QVERIFY(!cachePath.isEmpty());
        // An integration of its own: what the other tests synced does not overlap.
        const QString name = QStringLiteral("Crash C");
        const auto known = IntegrationStore(findFile(QStringLiteral("config"),
                                                     QStringLiteral("integrations.json")))
                               .load()
                               .integrations;
        if (std::none_of(known.cbegin(), known.cend(),
                         [&](const Integration& i) { return i.name == name; }))
            QCOMPARE(addIntegration(name), 0);
        const QByteArray before = cacheDigest(cachePath);
        // Never fetched before: each row's commit writes a new stretch of days.
        static int round = 0;
        const QDate to = today.addDays(-70 - 12 * round++);
        const QDate from = to.addDays(-10);
        QCOMPARE(fetchedDays(cachePath, from, to, name), 0);
        QProcess p;
        startDesk(p, reportArgs(from, to, name),
                  QStringLiteral("write:report-cache.sqlite-wal:%1").arg(nth));
        QVERIFY(p.waitForFinished(60'000));
        {
            ReportCache cache(cachePath);
            QString error;
            QVERIFY2(cache.open(&error), qPrintable(error));
            QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
        }
        if (nth > 1000) {
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(fetchedDays(cachePath, from, to, name), from.daysTo(to) + 1);
            return;
        }
        // Killed in its commit: none of the stretch, and the rest as it was.
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(cacheDigest(cachePath), before);
        QCOMPARE(fetchedDays(cachePath, from, to, name), 0);
    }

    void twoReportsAtOnceBothComplete()
    {
        // A `report` from cron while the window (or another report) syncs the same cache: the
        // slow one fetches for longer than the cache's busy timeout (10 s), and neither may
        // fail with "database is locked" or lose the other's data.
        QCOMPARE(addIntegration(QStringLiteral("Crash B")), 0);
        const QDate today = QDate::currentDate();
        // A stretch in the middle already cached: the slow sync below fetches the two holes
        // around it as two steps, and before this change held the cache's write lock from the
        // end of the first (short) one to the end of the second (long) one.
        {
            QProcess prime;
            startDesk(prime, reportArgs(today.addDays(-150), today.addDays(-140),
                                        QStringLiteral("Crash B")));
            QVERIFY(prime.waitForFinished(60'000));
            QCOMPARE(prime.exitCode(), 0);
        }
        QProcess slow;
        startDesk(slow, reportArgs(today.addDays(-179), today, QStringLiteral("Crash B")), {}, 1);
        QByteArray slowErr;
        bool started = false;
        QProcess quick;
        connect(&slow, &QProcess::readyReadStandardError, this, [&] {
            slowErr += slow.readAllStandardError();
            static const QRegularExpression progress(QStringLiteral("(\\d+) of \\d+ requests"));
            int done = 0;
            for (auto it = progress.globalMatch(QString::fromUtf8(slowErr)); it.hasNext();)
                done = it.next().captured(1).toInt();
            // Under way: before this change its first pages were already written, and it held
            // the cache's write lock from there to its end.
            if (!started && done >= 7) {
                started = true;
                startDesk(quick, reportArgs(today.addDays(-20), today));
            }
        });
        QVERIFY(slow.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(started && quick.state() == QProcess::NotRunning,
                                  slowErr.right(300).constData(), 60'000);
        const QString quickErr = QString::fromUtf8(quick.readAllStandardError());
        QVERIFY2(quick.exitCode() == 0, qPrintable(quickErr));
        QCOMPARE(slow.state(), QProcess::Running); // the quick one did not wait for it
        QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QProcess::NotRunning, 90'000);
        QVERIFY2(slow.exitStatus() == QProcess::NormalExit && slow.exitCode() == 0,
                 slowErr.right(300).constData());
        const QString cachePath = findFile(QStringLiteral("data"), QStringLiteral("*.sqlite"));
        ReportCache cache(cachePath);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    void aHalfWrittenLockIsTakenOverOnlyWhenNobodyHoldsIt()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("kintura-desk.lock"));
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly)); // created, never written: its holder was killed
        // Young: possibly a live writer a microsecond before its PID lands. Left alone.
        QVERIFY(!InstanceLock(folder.path()).tryLock(0));
        const QDateTime old =
            QDateTime::currentDateTime().addMSecs(-2 * InstanceLock::kHalfWrittenMs);
        QVERIFY(empty.setFileTime(old, QFileDevice::FileModificationTime));
        // Old and its flock held (a writer stuck between creating and writing): still left alone.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        QVERIFY(!InstanceLock(folder.path()).tryLock(0));
        ::close(fd);
        // Old and nobody's: taken over.
        InstanceLock lock(folder.path());
        QVERIFY(lock.tryLock(0));
        qint64 pid = 0;
        QLockFile reader(path);
        QVERIFY(reader.getLockInfo(&pid, nullptr, nullptr));
        QCOMPARE(pid, QCoreApplication::applicationPid());
        lock.unlock();
    }

    void secondStartRaisesTheFirstWindow()
    {
        const QString file =
            findFile(QStringLiteral("config"), QStringLiteral("integrations.json"));
        const QString configDir = QFileInfo(file).absolutePath();
        // As kintura-desk does: the lock, then the listener.
        InstanceLock lock(configDir);
        QCOMPARE(claimInstance(
                     lock, [&] { return SingleInstance::askToRaise(configDir); }, 0),
                 InstanceRole::Primary);
        SingleInstance first(configDir);
        first.listen();
        QSignalSpy raised(&first, &SingleInstance::activationRequested);
        QProcess second;
        startDesk(second, {});
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30'000);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(QString::fromUtf8(second.readAllStandardError())
                    .contains(QStringLiteral("already open")));
        QTRY_COMPARE(raised.size(), 1);
        // A command that changes integrations does not write under an open window.
        QProcess add;
        startDesk(add, addArgs(QStringLiteral("Refused")));
        add.write(sim->apiKey().toUtf8() + "\n" + sim->apiSecret().toUtf8() + "\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30'000));
        QCOMPARE(add.exitCode(), 1);
        QVERIFY(QString::fromUtf8(add.readAllStandardError()).contains(QStringLiteral("is open")));
    }

    void twoStartsAtOnceGiveOneWindow()
    {
        // A double click twice: the second start comes while the first window is still loading
        // (it holds the lock from before its first frame, and answers only once it has loaded
        // the rest of the program). The second must find it and raise it, not report the
        // folder busy.
        QProcess first, second;
        startDesk(first, {});
        QVERIFY(first.waitForStarted());
        startDesk(second, {});
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning ||
                                     second.state() == QProcess::NotRunning,
                                 30'000);
        QProcess& gone = first.state() == QProcess::NotRunning ? first : second;
        QProcess& window = &gone == &first ? second : first;
        const QString said = QString::fromUtf8(gone.readAllStandardError());
        QCOMPARE(gone.exitCode(), 0);
        QVERIFY2(said.contains(QStringLiteral("already open")), qPrintable(said));
        QCOMPARE(window.state(), QProcess::Running);
        window.kill();
        QVERIFY(window.waitForFinished(10'000));
    }

    void aKilledWindowsLockIsTakenOver()
    {
        const QString file =
            findFile(QStringLiteral("config"), QStringLiteral("integrations.json"));
        const QString configDir = QFileInfo(file).absolutePath();
        QProcess window;
        startDesk(window, {});
        QVERIFY(window.waitForStarted());
        // The window holds the lock once it is up: a second instance here is not primary.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(configDir + QStringLiteral("/kintura-desk.lock")),
                                 30'000);
        window.kill();
        QVERIFY(window.waitForFinished(10'000));
        InstanceLock next(configDir);
        QCOMPARE(claimInstance(
                     next, [&] { return SingleInstance::askToRaise(configDir); }, 0),
                 InstanceRole::Primary);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
