#include "ConnectionStatus.h"

namespace kd {

ConnectionReport assessConnection(const Integration& integration, const TrackerError& error,
                                  const TrackerSettings& trackerSettings,
                                  const QDateTime& checkedAt)
{
    ConnectionReport report;
    report.error = error;
    report.checkedAt = checkedAt;
    using K = TrackerError::Kind;
    switch (error.kind()) {
    case K::None:
        report.trackerSettings = trackerSettings;
        // A zone is compared only when both sides name one (older integrations have none).
        report.status =
            trackerSettings.currency.compare(integration.currency, Qt::CaseInsensitive) == 0 &&
                    trackerSettings.conversionTime == integration.conversionTime &&
                    (integration.timeZone.isEmpty() || trackerSettings.timeZone.isEmpty() ||
                     integration.timeZone == trackerSettings.timeZone)
                ? ConnectionStatus::Connected
                : ConnectionStatus::SettingsMismatch;
        break;
    case K::InvalidCredentials:
    case K::Forbidden:
        report.status = ConnectionStatus::InvalidCredentials;
        break;
    case K::Unreachable:
    case K::Timeout:
    case K::NotFound:
        report.status = ConnectionStatus::Unreachable;
        break;
    case K::Tls:
    case K::InsecureUrl:
        report.status = ConnectionStatus::TlsProblem;
        break;
    case K::Credentials:
        report.status = ConnectionStatus::KeychainUnavailable;
        break;
    case K::Cancelled:
        report.status = ConnectionStatus::NotChecked;
        break;
    default:
        report.status = ConnectionStatus::TrackerProblem;
        break;
    }
    return report;
}

ConnectionReport assessUnverified(const TrackerError& settingsError, const QDateTime& checkedAt)
{
    ConnectionReport report;
    report.status = ConnectionStatus::ConnectedUnverified;
    report.settingsError = settingsError;
    report.checkedAt = checkedAt;
    return report;
}

bool isConnected(ConnectionStatus status)
{
    return status == ConnectionStatus::Connected ||
           status == ConnectionStatus::ConnectedUnverified ||
           status == ConnectionStatus::SettingsMismatch;
}

} // namespace kd
