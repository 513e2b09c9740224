#pragma once

// A simulator in the test's own thread, on 127.0.0.1 with a free port, plus helpers to read
// its request log: tests count and time requests from what the server saw.

#include "kintura/KinturaClient.h"
#include "sim/SimServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace kd::test {

struct SimFixture
{
    // `fixedNow`: the simulator's clock from the start, so its history ends on that day.
    explicit SimFixture(sim::SimConfig config = {}, double rate = 0, const QDateTime& fixedNow = {})
    {
        sim::SimOptions options;
        options.requestsPerSecond = rate;
        options.fixedNow = fixedNow;
        server = std::make_unique<sim::SimServer>(config, options);
        QVERIFY(server->listenLocal(0));
    }

    // Fast enough for a test, with the retry bounds of production.
    static kintura::ClientOptions fastOptions(double rate = 200)
    {
        kintura::ClientOptions o;
        o.requestsPerSecond = rate;
        o.timeoutMs = 5000;
        o.retry.backoffBaseMs = 20;
        return o;
    }

    ApiCredentials credentials() const { return {server->apiKey(), server->apiSecret()}; }

    std::unique_ptr<kintura::KinturaClient>
    client(kintura::ClientOptions options = fastOptions(200)) const
    {
        return std::make_unique<kintura::KinturaClient>(server->baseUrl(), credentials(), options);
    }

    void fault(const QString& endpoint, const QString& type, int count = 1, int status = 0,
               const QByteArray& retryAfter = {})
    {
        sim::SimFault f;
        f.endpoint = endpoint;
        f.type = type;
        f.count = count;
        f.status = status;
        f.retryAfter = retryAfter;
        server->armFault(f);
    }

    QList<sim::SimLogEntry> log(const QString& endpoint = {}) const
    {
        QList<sim::SimLogEntry> entries = server->log();
        if (!endpoint.isEmpty())
            entries.removeIf([&](const sim::SimLogEntry& e) { return e.endpoint != endpoint; });
        return entries;
    }

    std::unique_ptr<sim::SimServer> server;
};

// Waits for a call to finish (the call deletes itself afterwards: read it in the handler).
template <typename Call, typename Fn>
bool waitFor(Call* call, Fn&& onFinished, int timeoutMs = 20'000)
{
    bool done = false;
    QObject::connect(call, &TrackerCall::finished, call, [&] {
        onFinished(*call);
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, timeoutMs);
}

} // namespace kd::test
