#pragma once

// What kintura-desk needs to read its command line before anything but QtCore is loaded: the
// window's options, and whether the arguments are for a headless command instead.

#include <QCommandLineOption>

class QCommandLineParser;

namespace kd::cli {

// The window's own options; --help lists them with the headless commands.
struct DeskOptions
{
    DeskOptions();
    QCommandLineOption demo;
    QCommandLineOption demoApi;
    QCommandLineOption page;
    QCommandLineOption screenshot;
};

void setApplicationIdentity();
// --help, --version and the window's options (configureParser adds the headless commands'
// description for --help).
void addDeskOptions(QCommandLineParser& parser, const DeskOptions& options);

// True when the arguments ask for what needs no display: `integration ...`, `report ...`,
// --help or --version (runWithoutDisplay runs it).
bool runsWithoutDisplay(int argc, const char* const* argv);

} // namespace kd::cli
