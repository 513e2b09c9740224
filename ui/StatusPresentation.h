#pragma once

#include "adnetworks/NetworkSetup.h"
#include "integrations/ConnectionStatus.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVariant>

namespace kd::ui {

// How a status looks, decided in one place: every view asks here. Shapes differ per
// status (check, clock, octagon, triangle, padlock, shield), so colour is never the only cue.
struct StatusPresentation
{
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
