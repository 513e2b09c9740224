#pragma once

#include <QtGlobal>

// Socket options Qt does not offer, for the simulator's fault injection (sim/SimFaults.cpp).
// One header, one implementation per platform: Sockets_posix.cpp (BSD sockets) and
// Sockets_win.cpp (Winsock), chosen in app/CMakeLists.txt.
namespace kd::platform {

// Makes closing the socket reset the connection (RST) instead of ending it (FIN), as a
// crashing proxy would: SO_LINGER on, with a zero timeout. The descriptor is
// QAbstractSocket::socketDescriptor(). False when the system refused.
bool resetOnClose(qintptr socketDescriptor);

} // namespace kd::platform
