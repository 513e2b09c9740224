#include "RequestPacer.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace kd {

namespace {
struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<RequestPacer>> pacers;
    QHash<QString, qint64> lastSlots; // next free slot of hosts whose pacer went away
};

Registry& registry()
{
    static Registry r;
    return r;
}
} // namespace

std::shared_ptr<RequestPacer> RequestPacer::forHost(const QString& hostKey, qint64 intervalMs)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    if (auto existing = r.pacers.value(hostKey).lock()) {
        existing->widenInterval(intervalMs);
        return existing;
    }
    auto pacer = std::make_shared<RequestPacer>(intervalMs);
    pacer->m_hostKey = hostKey;
    pacer->m_nextFreeMs = r.lastSlots.take(hostKey);
    r.pacers.insert(hostKey, pacer);
    return pacer;
}

RequestPacer::~RequestPacer()
{
    if (m_hostKey.isEmpty())
        return;
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    if (m_nextFreeMs > nowMs())
        r.lastSlots.insert(m_hostKey, m_nextFreeMs);
}

qint64 RequestPacer::nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

qint64 RequestPacer::reserve(qint64 now)
{
    QMutexLocker lock(&m_mutex);
    const qint64 slot = std::max(now, m_nextFreeMs);
    m_nextFreeMs = slot + m_intervalMs;
    return slot - now;
}

void RequestPacer::holdUntil(qint64 atMs)
{
    QMutexLocker lock(&m_mutex);
    m_nextFreeMs = std::max(m_nextFreeMs, atMs);
}

qint64 RequestPacer::intervalMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_intervalMs;
}

void RequestPacer::widenInterval(qint64 intervalMs)
{
    QMutexLocker lock(&m_mutex);
    m_intervalMs = std::max(m_intervalMs, intervalMs);
}

qint64 pacingIntervalMs(double requestsPerSecond)
{
    if (!(requestsPerSecond > 0))
        return 0;
    const double nominal = 1000.0 / requestsPerSecond;
    // 2% or 25 ms of slack, whichever is larger: the tracker times arrivals, we time
    // departures, and under load (a busy 2-core machine, sanitizers) the two drift apart by
    // more than 10 ms. At 1 request/s a sync loses 2.5% of its speed.
    return static_cast<qint64>(std::ceil(nominal + std::max(nominal * 0.02, 25.0)));
}

} // namespace kd
