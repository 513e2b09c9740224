#pragma once

#include "SyncPlanner.h"

#include <QList>
#include <QString>

namespace kd {

enum class RangePreset { Today, Yesterday, Last7, Last14, Last30, Last90, ThisMonth, LastMonth };

// The range a preset means on `today` (the tracker's today: days follow its time zone).
DayRange presetRange(RangePreset preset, const QDate& today);
QString presetName(RangePreset preset);
const QList<RangePreset>& allPresets();

} // namespace kd
