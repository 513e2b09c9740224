#pragma once

// kintura-desk is two parts: the executable paints the main window with nothing but Qt Widgets
// (and kintura-desk-base, kintura-desk-shell), then loads the rest of the program, the module
// kintura-desk-app (the tracker client, the cache, the keychain, the charts, the simulator),
// right after the first frame. These are the module's entry points, resolved by name.

#include <QString>

class QObject;

namespace kd::ui {

class MainWindow;

// How the window was started (its command line).
struct Launch
{
    bool demo = false;
    // --demo-api published: the demo tracker offers only Kintura's public API.
    bool demoPublishedOnly = false;
    QString screenshot; // --screenshot FILE, empty when not asked for
};

// const char* kd_module_version(): the version the module was built as (AppModule::load
// refuses a module of another version).

// int kd_run_headless(int argc, char** argv): runs a headless command (cli::runWithoutDisplay).
inline constexpr char kRunHeadless[] = "kd_run_headless";
using RunHeadless = int (*)(int argc, char** argv);

// bool kd_ask_to_raise(const QString* configDir): asks the window of a config folder to come
// to the front; false when none answers.
inline constexpr char kAskToRaise[] = "kd_ask_to_raise";
using AskToRaise = bool (*)(const QString* configDir);

// QObject* kd_attach(MainWindow* window, const Launch* launch, QString* error): makes the
// core's context (the demo's, or the user's with the keychain), fills the window and, but in
// the demo, answers second starts. The process holds the config folder's lock already.
// Returns what owns all that (to delete after the window), or nullptr with *error set.
inline constexpr char kAttach[] = "kd_attach";
using Attach = QObject* (*)(MainWindow* window, const Launch* launch, QString* error);

} // namespace kd::ui
