#include "StatusPresentation.h"

#include "integrations/StatusText.h"

namespace kd::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatusPresentation)
};

QIcon statusIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(name)));
}

} // namespace

StatusPresentation StatusPresentation::of(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotChecked:
        return {statusIcon("unknown"), Tr::tr("Not checked"), Tr::tr("Not checked yet")};
    case ConnectionStatus::Checking:
        return {statusIcon("checking"), Tr::tr("Checking…"), Tr::tr("Checking the connection")};
    case ConnectionStatus::Connected:
        return {statusIcon("connected"), Tr::tr("Connected"),
                Tr::tr("Connected: the tracker answers and its settings match")};
    case ConnectionStatus::InvalidCredentials:
        return {statusIcon("error"), Tr::tr("Invalid credentials"),
                Tr::tr("Error: the tracker rejected the API key or secret")};
    case ConnectionStatus::Unreachable:
        return {statusIcon("offline"), Tr::tr("Unreachable"),
                Tr::tr("Error: the tracker cannot be reached")};
    case ConnectionStatus::TlsProblem:
        return {statusIcon("shield"), Tr::tr("Certificate problem"),
                Tr::tr("Error: the tracker's secure connection could not be verified")};
    case ConnectionStatus::SettingsMismatch:
        return {statusIcon("warning"), Tr::tr("Settings mismatch"),
                Tr::tr("Warning: the tracker's currency or conversion time differs")};
    case ConnectionStatus::KeychainUnavailable:
        return {statusIcon("locked"), Tr::tr("Keychain unavailable"),
                Tr::tr("Error: the system keychain cannot be opened")};
    case ConnectionStatus::MissingCredentials:
        return {statusIcon("locked"), Tr::tr("No credentials"),
                Tr::tr("Error: no API key and secret are stored for this integration")};
    case ConnectionStatus::TrackerProblem:
        return {statusIcon("error"), Tr::tr("Tracker error"),
                Tr::tr("Error: the tracker answered with a problem")};
    }
    return {};
}

QString StatusPresentation::explain(const Integration& integration, const ConnectionReport& report)
{
    if (report.status == ConnectionStatus::NotChecked)
        return Tr::tr("Not checked yet. Press F5 to check all integrations.");
    return statusSentence(integration, report);
}

} // namespace kd::ui
