#pragma once

#include "Integration.h"
#include "tracker/TrackerError.h"
#include "tracker/TrackerTypes.h"

#include <QDateTime>
#include <QString>

namespace kd {

enum class ConnectionStatus {
    NotChecked,
    Checking,
    Connected,
    InvalidCredentials,
    Unreachable,
    TlsProblem,
    SettingsMismatch,
    KeychainUnavailable,
    MissingCredentials,
    TrackerProblem, // the tracker answered, but not usefully (5xx, malformed, throttled)
};

struct ConnectionReport
{
    ConnectionStatus status = ConnectionStatus::NotChecked;
    TrackerSettings trackerSettings; // what the tracker said, when it answered
    TrackerError error;
    QString keychainMessage;
    QDateTime checkedAt;
};

// Pure: what a settings reply (or failure) means for this integration.
ConnectionReport assessConnection(const Integration& integration, const TrackerError& error,
                                  const TrackerSettings& trackerSettings,
                                  const QDateTime& checkedAt);

} // namespace kd
