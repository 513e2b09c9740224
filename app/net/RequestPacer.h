#pragma once

#include <QMutex>
#include <QString>

#include <memory>

namespace kd {

// Spaces out requests to one tracker host so that the user's Kintura Desk processes together
// (the window, `report` from cron, `integration test`) never exceed the tracker's rate, whichever
// thread, caller or process asks: the tracker's limit is per tracker, not per program. Within a
// process the pacer is shared per host; across processes, through a small file per host in the
// shared folder (setSharedFolder), read and rewritten under a kernel lock for each slot.
// Callers reserve a slot and wait for it with a timer; nothing here sleeps (the file lock is
// held for microseconds, and the kernel releases it should its holder be killed).
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

    // Where the per-host pace files live (the config folder); empty: the pace stays within this
    // process. Pacers made by forHost() afterwards share it.
    static void setSharedFolder(const QString& folder);
    // This pacer's state file, for tests that stand for two processes in one.
    void setSharedFile(const QString& path);

    // Milliseconds on the monotonic clock every pacer uses: the system's, the same in every
    // process of this boot.
    static qint64 nowMs();

    // Reserves the next free slot at or after nowMs and returns how long to wait for it.
    qint64 reserve(qint64 nowMs);
    // The same, the wait measured once the slot is taken: reading the shared file takes a
    // little time (about 0.2 ms, at worst a few), which must not shift this request's departure
    // against the next one's.
    qint64 reserve();

    // No slot starts before atMs (the tracker said Retry-After).
    void holdUntil(qint64 atMs);

    qint64 intervalMs() const;
    void widenInterval(qint64 intervalMs);

private:
    mutable QMutex m_mutex;
    qint64 m_intervalMs;
    qint64 m_nextFreeMs = 0;
    QString m_hostKey; // set by forHost()
    QString m_sharedFile;
    // The later of `candidate` and the shared file's next free slot; stores what follows it.
    qint64 syncShared(qint64 candidate, qint64 now, bool reserving);
};

// The client's spacing for a tracker rate: a little wider than the nominal interval, so
// that network jitter between our timer and the tracker's clock does not earn a 429.
qint64 pacingIntervalMs(double requestsPerSecond);

} // namespace kd
