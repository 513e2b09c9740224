#include "LibraryPath.h"

#include <QFile>

#include <dlfcn.h>

namespace kd::platform {

QString pathOfLibraryContaining(const void* address)
{
    Dl_info info{};
    if (dladdr(address, &info) == 0 || !info.dli_fname)
        return {};
    return QFile::decodeName(info.dli_fname);
}

} // namespace kd::platform
