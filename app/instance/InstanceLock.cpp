#include "InstanceLock.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcInstanceLock, "kintura.instance.lock", QtWarningMsg)

namespace kd {

namespace {
constexpr qint64 kRetryMs = 50;
constexpr qint64 kAskAgainMs = 100;
} // namespace

InstanceLock::InstanceLock(const QString& configDir)
{
    QDir().mkpath(configDir);
    m_file = std::make_unique<QLockFile>(configDir + QStringLiteral("/kintura-desk.lock"));
    // Only a dead holder makes a lock stale (QLockFile checks the PID), never its age: a window
    // may stay open for weeks.
    m_file->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

bool InstanceLock::tryLock(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_file->tryLock(0))
            return true;
        if (m_file->error() != QLockFile::LockFailedError)
            return false;
        if (takeOverHalfWritten())
            continue;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(std::min<qint64>(kRetryMs, std::max<qint64>(1, deadline.remainingTime())));
    }
}

bool InstanceLock::takeOverHalfWritten()
{
    // QLockFile knows a dead holder by the PID inside the file. A holder killed between creating
    // the file and writing its PID leaves an empty file that QLockFile keeps honouring for ever
    // (stale time 0). A live writer fills it within microseconds and holds a flock on it
    // meanwhile, so an unreadable file some time old whose flock is free belongs to nobody.
    if (m_file->getLockInfo(nullptr, nullptr, nullptr))
        return false;
    const QFileInfo info(m_file->fileName());
    if (!info.exists() ||
        info.lastModified().msecsTo(QDateTime::currentDateTime()) < kHalfWrittenMs)
        return false;
    const bool removed = m_file->removeStaleLockFile();
    if (removed)
        qCInfo(lcInstanceLock) << "took over a lock its holder never finished writing";
    return removed;
}

void InstanceLock::unlock()
{
    m_file->unlock();
}

InstanceRole claimInstance(InstanceLock& lock, const std::function<bool()>& askHolderToRaise,
                           int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        if (lock.tryLock(0))
            return InstanceRole::Primary;
        // Another window, or a command changing integrations for a moment. A window that has
        // just started holds the lock a moment before it answers (it loads the rest of the
        // program after its first frame): ask again until the wait is over.
        if (askHolderToRaise())
            return InstanceRole::Activated;
        if (deadline.hasExpired())
            return InstanceRole::Busy;
        QThread::msleep(
            std::min<qint64>(kAskAgainMs, std::max<qint64>(1, deadline.remainingTime())));
    }
}

} // namespace kd
