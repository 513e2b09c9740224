#pragma once

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace kd::cli {

// The window's own options; --help lists them with the headless commands.
struct DeskOptions
{
    DeskOptions();
    QCommandLineOption demo;
    QCommandLineOption page;
    QCommandLineOption screenshot;
};

void setApplicationIdentity();
void configureParser(QCommandLineParser& parser, const DeskOptions& options);

// Runs what needs no display: `integration ...`, `report ...`, --help and --version (scripts,
// cron, packaging checks). std::nullopt when the arguments are for the window.
std::optional<int> runWithoutDisplay(int argc, char** argv);

} // namespace kd::cli
