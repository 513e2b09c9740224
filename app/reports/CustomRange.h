#pragma once

#include "SyncPlanner.h"

#include <QString>

namespace kd {

// The longest range one report asks for: beyond it a sync takes many minutes at the
// tracker's one request a second, and a chart of it says nothing a shorter one does not.
constexpr int kMaxRangeDays = 3 * 366;

// Empty when [from, to] is a range a report can show on the tracker's `today`; otherwise one
// sentence saying what is wrong and what to do.
QString checkRange(const QDate& from, const QDate& to, const QDate& today);

} // namespace kd
