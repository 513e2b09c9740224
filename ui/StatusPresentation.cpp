#include "StatusPresentation.h"

#include "integrations/StatusText.h"

#include <QCoreApplication>
#include <QHash>

namespace kd::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatusPresentation)
};

// Status cells ask for their icon on every repaint: one QIcon per name, so that each SVG is
// rendered once per size rather than per call. Emptied while QApplication is still there
// (qAddPostRoutine), before the SVG icon engine goes.
QHash<QByteArray, QIcon>* iconCache = nullptr;

QIcon statusIcon(const char* name)
{
    if (!iconCache) {
        iconCache = new QHash<QByteArray, QIcon>;
        qAddPostRoutine([] {
            delete iconCache;
            iconCache = nullptr;
        });
    }
    auto known = iconCache->constFind(name);
    if (known == iconCache->constEnd())
        known = iconCache->insert(
            name, QIcon(QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(name))));
    return *known;
}

StatusPresentation make(StatusSeverity severity, const char* shape, const QString& text,
                        const QString& accessible)
{
    return {severity, QString::fromLatin1(shape), statusIcon(shape), text, accessible};
}

} // namespace

QVariant StatusPresentation::cell(int role, const QString& tooltip) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::DecorationRole:
        return icon;
    case Qt::AccessibleTextRole:
        return accessible;
    case Qt::ToolTipRole:
        return tooltip;
    default:
        return {};
    }
}

StatusPresentation StatusPresentation::of(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotChecked:
        //: Status of an integration's connection, short, in a table cell beside an icon: no check
        //: has run yet.
        return make(StatusSeverity::Unknown, "unknown", Tr::tr("Not checked"),
                    Tr::tr("Not checked yet"));
    case ConnectionStatus::Checking:
        //: Status in a table cell beside an icon (an integration's connection or an ad network's
        //: template): a check is running now.
        return make(StatusSeverity::Busy, "checking", Tr::tr("Checking…"),
                    Tr::tr("Checking the connection"));
    case ConnectionStatus::Connected:
        //: Status in a table cell beside an icon: for an integration, the tracker answers and its
        //: settings match; for an ad network, its template passes all four identifiers. An
        //: adjective (a state), not an action.
        return make(StatusSeverity::Good, "connected", Tr::tr("Connected"),
                    Tr::tr("Connected: the tracker answers and its settings match"));
    case ConnectionStatus::ConnectedUnverified:
        // Good (it works), with an icon of its own: the numbers depend on values the user
        // entered and the tracker did not confirm.
        //: Status of an integration's connection, short, in a table cell: the tracker accepts the
        //: API key, but does not publish its currency and conversion time to compare with.
        return make(StatusSeverity::Good, "connected-unverified",
                    Tr::tr("Connected, settings not verified"),
                    Tr::tr("Connected, settings not verified: the tracker does not publish its "
                           "currency and conversion registration time; Kintura Desk uses the "
                           "values entered here"));
    case ConnectionStatus::InvalidCredentials:
        //: Status of an integration's connection, short, in a table cell: the tracker rejected the
        //: API key or secret.
        return make(StatusSeverity::Error, "error", Tr::tr("Invalid credentials"),
                    Tr::tr("Error: the tracker rejected the API key or secret"));
    case ConnectionStatus::Unreachable:
        //: Status of an integration's connection, short, in a table cell: the tracker could not be
        //: reached.
        return make(StatusSeverity::Error, "offline", Tr::tr("Unreachable"),
                    Tr::tr("Error: the tracker cannot be reached"));
    case ConnectionStatus::TlsProblem:
        //: Status of an integration's connection, short, in a table cell: its TLS certificate could
        //: not be verified.
        return make(StatusSeverity::Error, "shield", Tr::tr("Certificate problem"),
                    Tr::tr("Error: the tracker's secure connection could not be verified"));
    case ConnectionStatus::SettingsMismatch:
        //: Status of an integration's connection, short, in a table cell: the tracker's currency or
        //: conversion time differs from the integration's.
        return make(StatusSeverity::Warning, "warning", Tr::tr("Settings mismatch"),
                    Tr::tr("Warning: the tracker's currency or conversion time differs"));
    case ConnectionStatus::KeychainUnavailable:
        //: Status of an integration's connection, short, in a table cell: the system keychain
        //: (password store) cannot be opened.
        return make(StatusSeverity::Error, "locked", Tr::tr("Keychain unavailable"),
                    Tr::tr("Error: the system keychain cannot be opened"));
    case ConnectionStatus::MissingCredentials:
        //: Status of an integration's connection, short, in a table cell: no API key and secret are
        //: stored for it.
        return make(StatusSeverity::Error, "locked", Tr::tr("No credentials"),
                    Tr::tr("Error: no API key and secret are stored for this integration"));
    case ConnectionStatus::TrackerProblem:
        //: Status in a table cell (an integration's connection or an ad network's templates): the
        //: tracker answered with an error.
        return make(StatusSeverity::Error, "error", Tr::tr("Tracker error"),
                    Tr::tr("Error: the tracker answered with a problem"));
    }
    return {};
}

QString StatusPresentation::explain(const Integration& integration, const ConnectionReport& report)
{
    if (report.status == ConnectionStatus::NotChecked)
        return Tr::tr("Not checked yet. Press F5 to check all integrations.");
    return statusSentence(integration, report);
}

StatusPresentation StatusPresentation::of(NetworkStatus status)
{
    switch (status) {
    case NetworkStatus::NotConfigured:
        // Not a status still unknown: a network without a template sends nothing usable, and
        // that must never look neutral.
        //: Status of an ad network, short, in a table cell: no tracking template has been chosen
        //: for it.
        return make(StatusSeverity::Warning, "warning", Tr::tr("Not configured"),
                    Tr::tr("Warning: no template chosen, this network sends the tracker no data"));
    case NetworkStatus::Checking:
        return make(StatusSeverity::Busy, "checking", Tr::tr("Checking…"),
                    Tr::tr("Reading the templates from the tracker"));
    case NetworkStatus::MissingMacros:
        // Clicks still carry the identifiers the template has: incomplete, a warning (the
        // triangle), as the settings mismatch is; the text names what is missing.
        //: Status of an ad network, short, in a table cell: its tracking template does not pass
        //: every identifier (macros are the network's placeholders such as {campaignid}).
        return make(StatusSeverity::Warning, "warning", Tr::tr("Missing macros"),
                    Tr::tr("Warning: the template does not map every identifier"));
    case NetworkStatus::TemplateGone:
        //: Status of an ad network, short, in a table cell: the tracking template chosen for it no
        //: longer exists in the tracker.
        return make(StatusSeverity::Error, "error", Tr::tr("Template gone"),
                    Tr::tr("Error: the chosen template no longer exists in the tracker"));
    case NetworkStatus::Connected:
        return make(StatusSeverity::Good, "connected", Tr::tr("Connected"),
                    Tr::tr("Connected: the template maps all four identifiers"));
    case NetworkStatus::TrackerError:
        // Any failure to read the templates (unreachable, refused, not understood): the
        // error shape; the box under the table says which.
        return make(StatusSeverity::Error, "error", Tr::tr("Tracker error"),
                    Tr::tr("Error: the tracker's templates could not be read"));
    }
    return {};
}

QString StatusPresentation::explain(const AdNetwork& network, const NetworkState& state)
{
    switch (state.status) {
    case NetworkStatus::NotConfigured:
        //: %1 is an ad network's name, e.g. Google Ads.
        return Tr::tr(
                   "No tracking template chosen: %1 sends the tracker no campaign, ad set, ad "
                   "or placement ids, so no conversions or revenue can be tied to its campaigns. "
                   "Choose a template.")
            .arg(network.name);
    case NetworkStatus::Checking:
        return Tr::tr("Reading the templates from the tracker…");
    case NetworkStatus::MissingMacros:
        //: %1 is the tracking template's title; %2 the identifiers it lacks, joined with commas
        //: (e.g. "Ad Set ID, Placement"); %3 the ad network's name.
        return Tr::tr("The template \"%1\" does not map: %2. Fix the template in Kintura first "
                      "(add a URL parameter with the %3 macro), then check again.")
            .arg(state.current.title, describeMissing(state.check.missing), network.name);
    case NetworkStatus::TemplateGone:
        return Tr::tr("The chosen template was deleted in the tracker (or its id changed). "
                      "Choose another template.");
    case NetworkStatus::Connected: {
        QString text =
            //: %1 is the tracking template's title.
            Tr::tr("The template \"%1\" maps Campaign ID, Ad Set ID, Ad ID and Placement.")
                .arg(state.current.title);
        for (const MappedIdentifier& m : state.check.mapped) {
            if (!m.verified)
                text += QLatin1Char(' ') +
                        //: Follows "The template … maps …". %1 is an identifier, e.g. "Placement";
                        //: %2 the name of the template's parameter that carries it.
                        Tr::tr("%1 (%2) could not be verified: no macro for it is documented.")
                            .arg(identifierName(m.identifier), m.parameter);
        }
        if (state.renamed)
            text += QLatin1Char(' ') + Tr::tr("It was renamed in the tracker since it was chosen.");
        return text;
    }
    case NetworkStatus::TrackerError:
        return state.error.message().isEmpty()
                   ? Tr::tr("The tracker could not be asked for its templates.")
                   : state.error.message();
    }
    return {};
}

} // namespace kd::ui
