#pragma once

// One window per config folder. Two windows on the same integrations file and cache would each
// save their own idea of the integrations over the other's; instead the first window holds a
// lock file in the config folder and listens on a local socket, and a second start only asks
// the first to come to the front. Commands that change integrations take the same lock while
// they run, so that a command and a window never write the file at once.

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace kd {

// The lock of a config folder (its kintura-desk.lock). A holder that died (SIGKILL) leaves a
// stale lock that the next tryLock() takes over, even one killed before it wrote its PID.
class InstanceLock
{
public:
    explicit InstanceLock(const QString& configDir);
    ~InstanceLock();
    bool tryLock(int timeoutMs);
    void unlock();

    // How old an unreadable lock file must be before it counts as a holder's unfinished write.
    static constexpr int kHalfWrittenMs = 1000;

private:
    bool takeOverHalfWritten();
    std::unique_ptr<QLockFile> m_file;
};

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process is the window of the folder
        Activated, // another window has it and was asked to come to the front
        Busy,      // a command holds the folder and no window answers
    };

    explicit SingleInstance(const QString& configDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Waits up to waitMs for a short command to finish with the folder.
    Role start(int waitMs = 3000);
    // The local socket's name for a config folder (per folder, so tests and folders don't meet).
    static QString serverName(const QString& configDir);

Q_SIGNALS:
    // A second start asked this window to come to the front.
    void activationRequested();

private:
    Role becomePrimary();

    QString m_configDir;
    InstanceLock m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace kd
