#pragma once

#include <cstdio>
#include <optional>

// The terminal under a standard stream, for the headless commands' secret prompts
// (cli/IntegrationCli.cpp). One header, one implementation per platform: Terminal_posix.cpp
// (termios) and Terminal_win.cpp (the console API), chosen in app/CMakeLists.txt.
namespace kd::platform {

// Whether the stream is an interactive terminal (a console on Windows), not a file or a pipe.
bool isTerminal(std::FILE* stream);

// Turns the echo of typed characters on or off for the terminal the stream reads from.
// Returns whether echo was on before, to give back to setEcho() afterwards; nothing when the
// stream is no terminal (then nothing was changed).
std::optional<bool> setEcho(std::FILE* stream, bool on);

} // namespace kd::platform
