#pragma once

#include "ConnectionStatus.h"

#include <QString>

namespace kd {

// The sentence that explains a connection report: what the tracker said, what to do. Shared by
// the window (ui/StatusPresentation adds icons) and the command line.
QString statusSentence(const Integration& integration, const ConnectionReport& report);
QString conversionTimeText(ConversionTime time);

} // namespace kd
