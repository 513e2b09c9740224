#include "RequestPacer.h"

#include "platform/LockedFile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace kd {

namespace {
// A slot further ahead than any wait the client accepts (Retry-After is followed up to a minute)
// is from before a reboot, when the monotonic clock started again: ignored.
constexpr qint64 kStaleAheadMs = 10 * 60 * 1000;

struct Registry
{
    QMutex mutex;
    QString sharedFolder;
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
    if (!r.sharedFolder.isEmpty()) {
        const QByteArray digest =
            QCryptographicHash::hash(hostKey.toUtf8(), QCryptographicHash::Sha256).toHex();
        pacer->m_sharedFile =
            r.sharedFolder + QStringLiteral("/pace-") + QString::fromLatin1(digest.left(24));
    }
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

void RequestPacer::setSharedFolder(const QString& folder)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    r.sharedFolder = folder;
    if (!folder.isEmpty())
        QDir().mkpath(folder);
}

void RequestPacer::setSharedFile(const QString& path)
{
    QMutexLocker lock(&m_mutex);
    m_sharedFile = path;
}

qint64 RequestPacer::nowMs()
{
    // CLOCK_MONOTONIC, read now: the same in every process of this boot.
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}

qint64 RequestPacer::syncShared(qint64 candidate, qint64 now, bool reserving)
{
    if (m_sharedFile.isEmpty())
        return candidate;
    platform::LockedFile file(m_sharedFile);
    if (!file.isLocked())
        return candidate; // a folder that cannot be written: this process's pace still holds
    bool isNumber = false;
    const qint64 stored = file.readAll().trimmed().toLongLong(&isNumber);
    if (isNumber && stored > candidate && stored <= now + kStaleAheadMs)
        candidate = stored;
    // Reserving takes the slot, so the next is an interval later; holding only moves it. Fixed
    // width: the file is overwritten in place, never shortened.
    file.replaceWith(
        QByteArray::number(reserving ? candidate + m_intervalMs : candidate).rightJustified(20, ' '));
    return candidate;
}

qint64 RequestPacer::reserve(qint64 now)
{
    QMutexLocker lock(&m_mutex);
    const qint64 slot = syncShared(std::max(now, m_nextFreeMs), now, true);
    m_nextFreeMs = slot + m_intervalMs;
    return slot - now;
}

qint64 RequestPacer::reserve()
{
    const qint64 before = nowMs();
    const qint64 wait = reserve(before);
    return std::max<qint64>(0, before + wait - nowMs());
}

void RequestPacer::holdUntil(qint64 atMs)
{
    QMutexLocker lock(&m_mutex);
    // The tracker's "wait" holds for every process: the next one to reserve sees it.
    m_nextFreeMs = syncShared(std::max(m_nextFreeMs, atMs), nowMs(), false);
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
