#include "net/RequestPacer.h"
#include "net/RetryPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

class TestRetryPacing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slotsAreSpacedByTheInterval()
    {
        RequestPacer pacer(1000);
        QCOMPARE(pacer.reserve(5000), 0);    // first request goes at once
        QCOMPARE(pacer.reserve(5000), 1000); // a second caller at the same instant waits 1 s
        QCOMPARE(pacer.reserve(5100), 1900); // and a third queues behind it
        QCOMPARE(pacer.reserve(9000), 0);    // after a quiet spell, no wait
    }

    void holdUntilDelaysEveryone()
    {
        RequestPacer pacer(100);
        QCOMPARE(pacer.reserve(0), 0);
        pacer.holdUntil(3000); // Retry-After: 3 s
        QCOMPARE(pacer.reserve(200), 2800);
        QCOMPARE(pacer.reserve(200), 2900);
        pacer.holdUntil(1000); // an earlier hold never shortens the wait
        QCOMPARE(pacer.reserve(200), 3000);
    }

    void sharedPerHost()
    {
        auto a = RequestPacer::forHost(QStringLiteral("https://t.example:443"), 500);
        auto b = RequestPacer::forHost(QStringLiteral("https://t.example:443"), 1000);
        auto c = RequestPacer::forHost(QStringLiteral("https://other.example:443"), 500);
        QCOMPARE(a.get(), b.get());
        QVERIFY(a.get() != c.get());
        QCOMPARE(a->intervalMs(), 1000); // the stricter caller wins
    }

    // Two pacers on one state file stand for two processes on one tracker: neither takes a
    // slot the other holds, and a Retry-After one of them heard holds for both.
    void processesShareThePaceThroughTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pace-host"));
        RequestPacer window(1000);
        RequestPacer cron(1000);
        window.setSharedFile(file);
        cron.setSharedFile(file);
        const qint64 t = RequestPacer::nowMs();
        QCOMPARE(window.reserve(t), 0);
        QCOMPARE(cron.reserve(t), 1000);   // behind the window's slot
        QCOMPARE(window.reserve(t), 2000); // and the window behind cron's
        cron.holdUntil(t + 10'000);        // the tracker said Retry-After: 10 s... to cron
        QCOMPARE(window.reserve(t), 10'000);
        // A stored slot from before a reboot (the monotonic clock started again, so it lies
        // days ahead) is ignored.
        {
            QFile stale(file);
            QVERIFY(stale.open(QIODevice::WriteOnly | QIODevice::Truncate));
            stale.write(QByteArray::number(t + 86'400'000));
        }
        RequestPacer rebooted(1000);
        rebooted.setSharedFile(file);
        QCOMPARE(rebooted.reserve(t), 0);
        QCOMPARE(window.reserve(t + 20'000), 0); // and the file holds the pace again
        QCOMPARE(rebooted.reserve(t + 20'000), 1000);
        // Alone (no file), a pacer keeps its own pace only.
        RequestPacer alone(1000);
        QCOMPARE(alone.reserve(t), 0);
    }

    void pacingIntervalHasSlack()
    {
        QCOMPARE(pacingIntervalMs(1.0), 1025);
        QCOMPARE(pacingIntervalMs(10.0), 125);
        QCOMPARE(pacingIntervalMs(0.1), 10'200);
        QCOMPARE(pacingIntervalMs(0.0), 0);
        QVERIFY(pacingIntervalMs(0.5) >= 2000);
    }

    void decide_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<qint64>("delay");
        const auto T = int(AttemptOutcome::Throttled);
        const auto S = int(AttemptOutcome::ServerError);
        const auto O = int(AttemptOutcome::Timeout);
        const auto P = int(AttemptOutcome::Permanent);
        QTest::newRow("429 honours Retry-After") << T << 0 << qint64(3000) << true << qint64(3000);
        QTest::newRow("429 without Retry-After backs off")
            << T << 0 << qint64(-1) << true << qint64(1000);
        QTest::newRow("429 backoff doubles") << T << 2 << qint64(-1) << true << qint64(4000);
        QTest::newRow("429 storm ends") << T << 5 << qint64(1000) << false << qint64(0);
        QTest::newRow("429 Retry-After too long")
            << T << 0 << qint64(600'000) << false << qint64(0);
        QTest::newRow("503 first retry") << S << 0 << qint64(-1) << true << qint64(1000);
        QTest::newRow("503 third retry") << S << 2 << qint64(-1) << true << qint64(4000);
        QTest::newRow("503 gives up") << S << 3 << qint64(-1) << false << qint64(0);
        QTest::newRow("503 with longer Retry-After")
            << S << 0 << qint64(5000) << true << qint64(5000);
        QTest::newRow("timeout retried") << O << 1 << qint64(-1) << true << qint64(2000);
        QTest::newRow("permanent never") << P << 0 << qint64(1000) << false << qint64(0);
    }
    void decide()
    {
        QFETCH(int, outcome);
        QFETCH(int, attempt);
        QFETCH(qint64, retryAfter);
        QFETCH(bool, retry);
        QFETCH(qint64, delay);
        const RetryDecision d =
            decideRetry(AttemptOutcome(outcome), attempt, retryAfter, RetryPolicy{});
        QCOMPARE(d.retry, retry);
        if (retry)
            QCOMPARE(d.delayMs, delay);
    }

    void backoffIsCapped()
    {
        RetryPolicy policy;
        policy.maxTransientRetries = 100;
        const RetryDecision d = decideRetry(AttemptOutcome::ServerError, 40, -1, policy);
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, policy.backoffCapMs);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("date") << QByteArray("Wed, 25 Nov 2026 12:00:30 GMT") << qint64(30'000);
        QTest::newRow("past date") << QByteArray("Wed, 25 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("GMT only") << QByteArray(" GMT") << qint64(-1);
        QTest::newRow("absurd") << QByteArray("99999999") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfterMs(value, now), ms);
    }
};

QTEST_GUILESS_MAIN(TestRetryPacing)
#include "tst_retrypacing.moc"
