#include "LockedFile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kd::platform {

LockedFile::LockedFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    m_handle = fd;
    int result = 0;
    do {
        result = ::flock(fd, LOCK_EX);
    } while (result != 0 && errno == EINTR);
    m_locked = result == 0;
}

LockedFile::~LockedFile()
{
    if (m_handle < 0)
        return;
    if (m_locked)
        ::flock(int(m_handle), LOCK_UN);
    ::close(int(m_handle));
}

QByteArray LockedFile::readAll()
{
    if (!m_locked)
        return {};
    QByteArray bytes(4096, Qt::Uninitialized);
    const ssize_t got = ::pread(int(m_handle), bytes.data(), size_t(bytes.size()), 0);
    bytes.resize(got > 0 ? qsizetype(got) : 0);
    return bytes;
}

bool LockedFile::replaceWith(const QByteArray& bytes)
{
    if (!m_locked)
        return false;
    if (::pwrite(int(m_handle), bytes.constData(), size_t(bytes.size()), 0) != bytes.size())
        return false;
    // Shorter than before: cut the rest (a caller that writes fixed widths never pays this).
    struct stat info{};
    return ::fstat(int(m_handle), &info) == 0 &&
           (info.st_size <= bytes.size() || ::ftruncate(int(m_handle), bytes.size()) == 0);
}

} // namespace kd::platform
