#include "Sockets.h"

#include <sys/socket.h>

namespace kd::platform {

bool resetOnClose(qintptr socketDescriptor)
{
    const linger hard{1, 0};
    return ::setsockopt(int(socketDescriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard) == 0;
}

} // namespace kd::platform
