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
    // The credentials work (proven on a published endpoint), but the tracker does not state
    // its currency, conversion time and time zone: the integration's own values are used.
    ConnectedUnverified,
};

struct ConnectionReport
{
    ConnectionStatus status = ConnectionStatus::NotChecked;
    TrackerSettings trackerSettings; // what the tracker said, when it answered
    TrackerError error;
    // ConnectedUnverified: why the tracker's settings could not be read (often NotOffered).
    TrackerError settingsError;
    QString keychainMessage;
    QDateTime checkedAt;
};

// Pure: what a settings reply (or failure) means for this integration.
ConnectionReport assessConnection(const Integration& integration, const TrackerError& error,
                                  const TrackerSettings& trackerSettings,
                                  const QDateTime& checkedAt);

// Pure: the credentials work, the settings could not be read (settingsError says why).
ConnectionReport assessUnverified(const TrackerError& settingsError, const QDateTime& checkedAt);

// Whether a connection report means the tracker answers these credentials.
bool isConnected(ConnectionStatus status);

} // namespace kd
