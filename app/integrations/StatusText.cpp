#include "StatusText.h"

#include <QCoreApplication>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
};
} // namespace

QString conversionTimeText(ConversionTime time)
{
    return time == ConversionTime::Postback ? Tr::tr("postback time") : Tr::tr("visit time");
}

QString statusSentence(const Integration& integration, const ConnectionReport& report)
{
    switch (report.status) {
    case ConnectionStatus::NotChecked:
        return Tr::tr("Not checked yet.");
    case ConnectionStatus::Checking:
        return Tr::tr("Asking the tracker at %1 for its settings…")
            .arg(integration.trackerUrl.host());
    case ConnectionStatus::Connected:
        return Tr::tr("The tracker reports in %1 and counts conversions at %2, as configured "
                      "here (time zone %3).")
            .arg(report.trackerSettings.currency,
                 conversionTimeText(report.trackerSettings.conversionTime),
                 report.trackerSettings.timeZone);
    case ConnectionStatus::SettingsMismatch:
        return Tr::tr("The tracker reports in %1 and counts conversions at %2, but this "
                      "integration is set to %3 and %4. Numbers would disagree with the tracker "
                      "until both say the same.")
            .arg(report.trackerSettings.currency,
                 conversionTimeText(report.trackerSettings.conversionTime), integration.currency,
                 conversionTimeText(integration.conversionTime));
    case ConnectionStatus::MissingCredentials:
        return Tr::tr("No API key and secret are stored for this integration: edit it and "
                      "enter them again.");
    case ConnectionStatus::KeychainUnavailable:
        return report.keychainMessage.isEmpty()
                   ? Tr::tr("No API key and secret could be read for this integration.")
                   : Tr::tr("The system keychain could not be used: %1")
                         .arg(report.keychainMessage);
    default:
        return report.error.message();
    }
}

} // namespace kd
