#pragma once

// The window's side of "one window per config folder" (InstanceLock.h): the holder of the
// folder's lock listens on a local socket, and a second start asks it to come to the front.

#include <QObject>
#include <QString>

class QLocalServer;

namespace kd {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& configDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Listens for a second start; for the process that holds the folder's lock (claimInstance:
    // kintura-desk takes it before its window is up, and this object comes later).
    void listen();

    // Asks the window of a config folder to come to the front; false when none answers.
    static bool askToRaise(const QString& configDir);
    // The local socket's name for a config folder (per folder, so tests and folders don't meet).
    static QString serverName(const QString& configDir);

Q_SIGNALS:
    // A second start asked this window to come to the front.
    void activationRequested();

private:
    QString m_configDir;
    QLocalServer* m_server = nullptr;
};

} // namespace kd
