#pragma once

#include "adnetworks/NetworkSetup.h"
#include "integrations/ConnectionStatus.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVariant>

namespace kd::ui {

// How bad a status is. The icon's shape and the first word of the accessible text follow it:
// "Error: …" comes with an error shape, "Warning: …" with the triangle.
enum class StatusSeverity { Good, Busy, Unknown, Warning, Error };

// How a status looks, decided in one place: every view asks here. Shapes differ per
// status (check, clock, octagon, triangle, padlock, shield), so colour is never the only cue.
// A shape belongs to one severity only; statuses of one severity may share it (their text
// tells them apart), or have their own where the cause needs a different fix (a padlock for
// the keychain, a shield for a certificate).
struct StatusPresentation
{
    StatusSeverity severity = StatusSeverity::Unknown;
    QString shape; // the icon's name (":/icons/status-<shape>.svg")
    QIcon icon;
    QString text;       // short, for a table cell
    QString accessible; // for screen readers: the text plus what it means

    // What a table's status cell shows for this role (text, icon, accessible text, tooltip).
    QVariant cell(int role, const QString& tooltip) const;

    static StatusPresentation of(ConnectionStatus status);
    static StatusPresentation of(NetworkStatus status);
    // One sentence on a network's state: what is missing or wrong and what to do.
    static QString explain(const AdNetwork& network, const NetworkState& state);
    // The longer sentence for a report: what the tracker said and what to do.
    static QString explain(const Integration& integration, const ConnectionReport& report);
};

} // namespace kd::ui
