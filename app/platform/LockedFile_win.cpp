#include "LockedFile.h"

#include <windows.h>

namespace kd::platform {

LockedFile::LockedFile(const QString& path)
{
    const HANDLE file = ::CreateFileW(
        reinterpret_cast<const wchar_t*>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return;
    m_handle = reinterpret_cast<qintptr>(file);
    OVERLAPPED whole{};
    m_locked = ::LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK, 0, MAXDWORD, MAXDWORD, &whole) != 0;
}

LockedFile::~LockedFile()
{
    if (m_handle == -1)
        return;
    const HANDLE file = reinterpret_cast<HANDLE>(m_handle);
    if (m_locked) {
        OVERLAPPED whole{};
        ::UnlockFileEx(file, 0, MAXDWORD, MAXDWORD, &whole);
    }
    ::CloseHandle(file);
}

QByteArray LockedFile::readAll()
{
    if (!m_locked)
        return {};
    const HANDLE file = reinterpret_cast<HANDLE>(m_handle);
    QByteArray bytes(4096, Qt::Uninitialized);
    DWORD got = 0;
    OVERLAPPED start{};
    if (!::ReadFile(file, bytes.data(), DWORD(bytes.size()), &got, &start))
        got = 0;
    bytes.resize(qsizetype(got));
    return bytes;
}

bool LockedFile::replaceWith(const QByteArray& bytes)
{
    if (!m_locked)
        return false;
    const HANDLE file = reinterpret_cast<HANDLE>(m_handle);
    LARGE_INTEGER zero{};
    if (!::SetFilePointerEx(file, zero, nullptr, FILE_BEGIN) || !::SetEndOfFile(file))
        return false;
    DWORD written = 0;
    return ::WriteFile(file, bytes.constData(), DWORD(bytes.size()), &written, nullptr) &&
           written == DWORD(bytes.size());
}

} // namespace kd::platform
