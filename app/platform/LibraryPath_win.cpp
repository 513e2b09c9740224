// Written for a Windows build, not compiled yet (docs/packaging.md).
#include "LibraryPath.h"

#include <QDir>

#include <vector>

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace kd::platform {

QString pathOfLibraryContaining(const void* address)
{
    HMODULE module = nullptr;
    // UNCHANGED_REFCOUNT: the library is loaded anyway (the address is in it); no handle to
    // release.
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                                GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            static_cast<LPCWSTR>(address), &module))
        return {};
    // The path may be longer than MAX_PATH (long path support): grow until it fits.
    std::vector<wchar_t> buffer(MAX_PATH);
    for (;;) {
        const DWORD size = GetModuleFileNameW(module, buffer.data(), DWORD(buffer.size()));
        if (size == 0)
            return {};
        if (size < buffer.size())
            return QDir::fromNativeSeparators(QString::fromWCharArray(buffer.data(), int(size)));
        if (buffer.size() >= 32768) // the longest path Windows has
            return {};
        buffer.resize(buffer.size() * 2);
    }
}

} // namespace kd::platform
