#pragma once

#include <QByteArray>
#include <QString>

// A small file held under an exclusive kernel lock while it is read and rewritten, for state
// that several processes of the user share (the request pace per tracker host). The lock is
// the kernel's (flock on POSIX, LockFileEx on Windows): a process killed while holding it
// leaves nothing held. One implementation per platform: LockedFile_posix.cpp,
// LockedFile_win.cpp, chosen in app/CMakeLists.txt.
namespace kd::platform {

class LockedFile
{
public:
    // Opens (creating it, readable by the user alone) and locks `path`, waiting for another
    // holder; holders keep it for microseconds.
    explicit LockedFile(const QString& path);
    ~LockedFile();
    LockedFile(const LockedFile&) = delete;
    LockedFile& operator=(const LockedFile&) = delete;

    bool isLocked() const { return m_locked; }
    QByteArray readAll(); // at most 4 KiB: the state is a line
    bool replaceWith(const QByteArray& bytes);

private:
    qintptr m_handle = -1;
    bool m_locked = false;
};

} // namespace kd::platform
