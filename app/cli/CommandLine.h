#pragma once

#include "cli/DeskOptions.h"

#include <optional>

class QCommandLineParser;

namespace kd::cli {

// The window's options and, for --help, the headless commands.
void configureParser(QCommandLineParser& parser, const DeskOptions& options);

// Runs what needs no display: `integration ...`, `report ...`, --help and --version (scripts,
// cron, packaging checks). std::nullopt when the arguments are for the window
// (runsWithoutDisplay is false).
std::optional<int> runWithoutDisplay(int argc, char** argv);

} // namespace kd::cli
