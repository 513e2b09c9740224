// Written for a Windows build, not compiled yet (docs/packaging.md).
#include "Terminal.h"

#include <io.h>

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace kd::platform {

namespace {
// The console input handle under the stream; nullptr when it is a file, a pipe or no console
// (GetConsoleMode fails for everything but a console).
HANDLE consoleOf(std::FILE* stream, DWORD* mode)
{
    const int fd = _fileno(stream);
    if (fd < 0 || !_isatty(fd))
        return nullptr;
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    if (handle == INVALID_HANDLE_VALUE || !GetConsoleMode(handle, mode))
        return nullptr;
    return handle;
}
} // namespace

bool isTerminal(std::FILE* stream)
{
    DWORD mode = 0;
    return consoleOf(stream, &mode) != nullptr;
}

std::optional<bool> setEcho(std::FILE* stream, bool on)
{
    DWORD mode = 0;
    const HANDLE console = consoleOf(stream, &mode);
    if (!console)
        return std::nullopt;
    const bool wasOn = (mode & ENABLE_ECHO_INPUT) != 0;
    // Line input stays on: the secret is still read up to Enter, only not shown.
    const DWORD wanted = on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT));
    SetConsoleMode(console, wanted);
    return wasOn;
}

} // namespace kd::platform
