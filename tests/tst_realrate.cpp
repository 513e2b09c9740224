// One test at Kintura's real throttle, 1 request per second: the default client must never
// earn a 429 and must not be much slower than the throttle allows.
#include "SimFixture.h"

using namespace kd;
using namespace kd::test;

class TestRealRate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultClientStaysUnderTheThrottle()
    {
        sim::SimConfig config;
        config.campaigns = 180; // 4 pages of 50
        SimFixture sim(config, 1.0);
        kintura::KinturaClient client(sim.server->baseUrl(), sim.credentials()); // defaults
        bool ok = false;
        QVERIFY(waitFor(
            client.fetchCampaigns(), [&](auto& call) { ok = call.error().isOk(); }, 30'000));
        QVERIFY(ok);
        const auto log = sim.log();
        QCOMPARE(log.size(), 4);
        for (const auto& e : log)
            QCOMPARE(e.status, 200);
        for (qsizetype i = 1; i < log.size(); ++i) {
            const double gap = log[i].tMs - log[i - 1].tMs;
            QVERIFY2(gap >= 1000.0, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
            QVERIFY2(gap < 1100.0,
                     qPrintable(QStringLiteral("gap %1 ms: slower than needed").arg(gap)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRealRate)
#include "tst_realrate.moc"
