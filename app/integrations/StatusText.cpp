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
    //: Fills "counts conversions at %2" and "is set to %3 and %4": conversions are dated by when
    //: the postback arrived (Kintura's "conversion registration time").
    return time == ConversionTime::Postback
               ? Tr::tr("postback time")
               : //: Fills "counts conversions at %2": dated by the visit (click).
               Tr::tr("visit time");
}

QString statusSentence(const Integration& integration, const ConnectionReport& report)
{
    switch (report.status) {
    case ConnectionStatus::NotChecked:
        return Tr::tr("Not checked yet.");
    case ConnectionStatus::Checking:
        //: %1 is the tracker's host name, e.g. tracker.example.com.
        return Tr::tr("Asking the tracker at %1 for its settings…")
            .arg(integration.trackerUrl.host());
    case ConnectionStatus::Connected:
        //: %1 is a currency code (USD); %2 "visit time" or "postback time"; %3 a time zone, e.g.
        //: Europe/Madrid.
        return Tr::tr("The tracker reports in %1 and counts conversions at %2, as configured "
                      "here (time zone %3).")
            .arg(report.trackerSettings.currency,
                 conversionTimeText(report.trackerSettings.conversionTime),
                 report.trackerSettings.timeZone);
    case ConnectionStatus::ConnectedUnverified:
        //: %1 is the tracker's host name; %2 a currency code (USD); %3 "visit time" or "postback
        //: time"; %4 a time zone, e.g. Europe/Madrid.
        return Tr::tr("Connected: the tracker at %1 accepts the API key and secret, but does not "
                      "publish its currency and conversion registration time. Kintura Desk uses "
                      "the values entered here (%2, %3, time zone %4): make sure they match the "
                      "tracker's settings.")
            .arg(integration.trackerUrl.host(), integration.currency,
                 conversionTimeText(integration.conversionTime),
                 integration.timeZone.isEmpty() ? QStringLiteral("UTC") : integration.timeZone);
    case ConnectionStatus::SettingsMismatch:
        if (!integration.timeZone.isEmpty() && !report.trackerSettings.timeZone.isEmpty() &&
            integration.timeZone != report.trackerSettings.timeZone &&
            report.trackerSettings.currency.compare(integration.currency, Qt::CaseInsensitive) ==
                0 &&
            report.trackerSettings.conversionTime == integration.conversionTime)
            //: %1 and %2 are time zones (Europe/Madrid): the tracker's and this integration's.
            return Tr::tr("The tracker counts days in the time zone %1, but this integration is "
                          "set to %2. Days in reports would disagree with the tracker until both "
                          "say the same.")
                .arg(report.trackerSettings.timeZone, integration.timeZone);
        //: %1 and %3 are currency codes (USD); %2 and %4 "visit time" or "postback time". %1 and %2
        //: are the tracker's settings, %3 and %4 this integration's.
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
                   : //: %1 is the keychain's own message (from the system, often in English).
                   Tr::tr("The system keychain could not be used: %1").arg(report.keychainMessage);
    default:
        return report.error.message();
    }
}

} // namespace kd
