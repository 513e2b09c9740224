#pragma once

#include <QString>

// Where a loaded library lies on disk, for finding the files installed beside it
// (module/AppModule.cpp). One header, one implementation per platform: LibraryPath_posix.cpp
// (dladdr: Linux, macOS) and LibraryPath_win.cpp (GetModuleHandleExW), chosen in
// app/CMakeLists.txt.
namespace kd::platform {

// The absolute file path of the shared library (or executable) whose code or data holds the
// address; empty when the system cannot tell.
QString pathOfLibraryContaining(const void* address);

} // namespace kd::platform
