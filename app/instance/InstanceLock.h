#pragma once

// One window per config folder. Two windows on the same integrations file and cache would each
// save their own idea of the integrations over the other's; instead the first window holds a
// lock file in the config folder, and a second start only asks the first to come to the front
// (SingleInstance). Commands that change integrations take the same lock while they run, so
// that a command and a window never write the file at once.
//
// The lock needs nothing but QtCore: the window takes it before anything else is loaded.

#include <QString>

#include <functional>
#include <memory>

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

enum class InstanceRole {
    Primary,   // this process holds the folder: it is its window
    Activated, // another window has it and was asked to come to the front
    Busy,      // a command holds the folder and no window answers
};

// Takes the folder's lock; when another process holds it, asks that one to come to the front
// (askHolderToRaise: true when a window answered). Until waitMs is over it keeps trying both:
// a short command finishes with the folder, a window that has just started begins to answer.
InstanceRole claimInstance(InstanceLock& lock, const std::function<bool()>& askHolderToRaise,
                           int waitMs = 3000);

} // namespace kd
