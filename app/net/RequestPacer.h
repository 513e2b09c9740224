#pragma once

#include <QMutex>
#include <QString>

#include <memory>

namespace kd {

// Spaces out requests to one tracker host so that the process as a whole never exceeds the
// tracker's rate, whichever thread or caller asks. Callers reserve a slot and wait for it
// with a timer; nothing here blocks or sleeps.
class RequestPacer
{
public:
    explicit RequestPacer(qint64 intervalMs)
        : m_intervalMs(intervalMs)
    {
    }
    // A host's pacer goes when its last client does; the slot it reserved last is kept, so
    // that the host's next client (the app makes one per check, refresh and sync, often back
    // to back) still waits for it.
    ~RequestPacer();
    RequestPacer(const RequestPacer&) = delete;
    RequestPacer& operator=(const RequestPacer&) = delete;

    // The pacer shared by every caller in the process for this host key
    // ("scheme://host:port"). A second caller asking for a longer interval widens it.
    static std::shared_ptr<RequestPacer> forHost(const QString& hostKey, qint64 intervalMs);

    // Milliseconds on the monotonic clock every pacer uses.
    static qint64 nowMs();

    // Reserves the next free slot at or after nowMs and returns how long to wait for it.
    qint64 reserve(qint64 nowMs);
    qint64 reserve() { return reserve(nowMs()); }

    // No slot starts before atMs (the tracker said Retry-After).
    void holdUntil(qint64 atMs);

    qint64 intervalMs() const;
    void widenInterval(qint64 intervalMs);

private:
    mutable QMutex m_mutex;
    qint64 m_intervalMs;
    qint64 m_nextFreeMs = 0;
    QString m_hostKey; // set by forHost()
};

// The client's spacing for a tracker rate: a little wider than the nominal interval, so
// that network jitter between our timer and the tracker's clock does not earn a 429.
qint64 pacingIntervalMs(double requestsPerSecond);

} // namespace kd
