#include "Terminal.h"

#include <termios.h>
#include <unistd.h>

namespace kd::platform {

bool isTerminal(std::FILE* stream)
{
    return isatty(fileno(stream)) == 1;
}

std::optional<bool> setEcho(std::FILE* stream, bool on)
{
    const int fd = fileno(stream);
    termios mode{};
    if (!isatty(fd) || tcgetattr(fd, &mode) != 0)
        return std::nullopt;
    const bool wasOn = (mode.c_lflag & ECHO) != 0;
    if (on)
        mode.c_lflag |= tcflag_t(ECHO);
    else
        mode.c_lflag &= ~tcflag_t(ECHO);
    // TCSAFLUSH: what was typed ahead of the prompt is not taken as the secret.
    tcsetattr(fd, TCSAFLUSH, &mode);
    return wasOn;
}

} // namespace kd::platform
