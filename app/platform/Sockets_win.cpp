// Written for a Windows build, not compiled yet (docs/packaging.md).
#include "Sockets.h"

#include <winsock2.h>

namespace kd::platform {

bool resetOnClose(qintptr socketDescriptor)
{
    // Winsock's linger has u_short fields and setsockopt takes the value as const char*.
    const linger hard{1, 0};
    return ::setsockopt(SOCKET(socketDescriptor), SOL_SOCKET, SO_LINGER,
                        reinterpret_cast<const char*>(&hard), int(sizeof hard)) == 0;
}

} // namespace kd::platform
