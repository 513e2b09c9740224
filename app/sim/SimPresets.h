#pragma once

#include "tracker/TrackerTypes.h"

#include <QList>
#include <QString>

namespace kd::sim {

// How the simulator fills in a network's traffic-source preset: the URL parameters a Kintura
// user typically maps, each with the token that network substitutes. This is test data for the
// simulated account, not the app's catalog of ad networks (resources/, the ad-network issue):
// the catalog is where each macro's source is documented.
struct SimPreset
{
    const char* key;
    const char* name;
    const char* externalIdStyle; // "digits:N" or "hex:N"
    QList<TemplateParameter> parameters;
};

const QList<SimPreset>& simPresets();

} // namespace kd::sim
