#pragma once

#include "settings/Preferences.h"

class QPalette;

namespace kd::ui {

// Light, dark, or whatever the desktop uses: sets the application's palette. The palette the
// desktop gave at the first call is what "System" goes back to.
void applyTheme(Preferences::Theme theme);
// Whether a palette is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

} // namespace kd::ui
