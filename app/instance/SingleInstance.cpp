#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInstance, "kintura.instance", QtWarningMsg)

namespace kd {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise\n");
} // namespace

SingleInstance::SingleInstance(const QString& configDir, QObject* parent)
    : QObject(parent)
    , m_configDir(configDir)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& configDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir(configDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("kintura-desk-") + QString::fromLatin1(hash.toHex().left(24));
}

bool SingleInstance::askToRaise(const QString& configDir)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(configDir));
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(kRaise);
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::listen()
{
    const QString name = serverName(m_configDir);
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
}

} // namespace kd
