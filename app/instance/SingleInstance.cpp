#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcInstance, "kintura.instance", QtWarningMsg)

namespace kd {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise\n");
constexpr qint64 kRetryMs = 50;
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
        qCInfo(lcInstance) << "took over a lock its holder never finished writing";
    return removed;
}

void InstanceLock::unlock()
{
    m_file->unlock();
}

SingleInstance::SingleInstance(const QString& configDir, QObject* parent)
    : QObject(parent)
    , m_configDir(configDir)
    , m_lock(configDir)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& configDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir(configDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("kintura-desk-") + QString::fromLatin1(hash.toHex().left(24));
}

SingleInstance::Role SingleInstance::start(int waitMs)
{
    if (m_lock.tryLock(0))
        return becomePrimary();
    // Another window, or a command changing integrations for a moment.
    QLocalSocket socket;
    socket.connectToServer(serverName(m_configDir));
    if (socket.waitForConnected(1000)) {
        socket.write(kRaise);
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
        return Role::Activated;
    }
    return m_lock.tryLock(waitMs) ? becomePrimary() : Role::Busy;
}

SingleInstance::Role SingleInstance::becomePrimary()
{
    const QString name = serverName(m_configDir);
    {
        // A window that was killed leaves its socket file behind: it is ours now.
        QLocalServer::removeServer(name);
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server->listen(name))
            qCWarning(lcInstance) << "cannot listen for a second start:" << m_server->errorString();
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                    if (socket->readAll().startsWith(kRaise.trimmed()))
                        Q_EMIT activationRequested();
                });
            }
        });
        return Role::Primary;
    }
}

} // namespace kd
