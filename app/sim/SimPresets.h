#pragma once

#include "tracker/TrackerTypes.h"

#include <QList>
#include <QString>

namespace kd::sim {

// How the simulated account's traffic-source templates look: for each ad network of the
// app's catalog (resources/data/ad-networks.json), the template a careful Kintura user would
// have made, with the network's recommended macros. Test data for the simulated account.
struct SimPreset
{
    QString key;
    QString name;
    QString externalIdStyle; // "digits:N" or "hex:N": how the network's campaign ids look
    QList<TemplateParameter> parameters;
};

const QList<SimPreset>& simPresets();

} // namespace kd::sim
