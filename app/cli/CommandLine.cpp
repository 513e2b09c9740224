#include "CommandLine.h"

#include "IntegrationCli.h"
#include "ReportCli.h"
#include "context/AppContext.h"
#include "i18n/Translations.h"
#include "integrations/ConnectionMonitor.h"
#include "settings/AppFolders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace kd::cli {

void configureParser(QCommandLineParser& parser, const DeskOptions& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Kintura Desk: connect Kintura trackers, set up ad networks' "
                                    "tracking templates and chart conversions and revenue.\n\n"
                                    "Headless use, no display needed:\n") +
        IntegrationCli::usage() + QStringLiteral("\n\n") + ReportCli::usage());
    addDeskOptions(parser, options);
}

namespace {
// Starts the command once the event loop runs and leaves it with the command's exit code.
template <typename Command> int runCommand(QCoreApplication& app, Command& command)
{
    QObject::connect(&command, &Command::done, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const QStringList args = QCoreApplication::arguments().mid(2);
    QTimer::singleShot(0, &command, [&command, args] { command.start(args); });
    return app.exec();
}

// Messages in the language the window speaks: the one chosen in Preferences, else the
// system's. Exit codes and machine-readable output (CSV, JSON) stay the same in every language.
void installUserLanguage()
{
    i18n::installPreferredTranslations(configFolder()); // the identity names the folder
}
} // namespace

std::optional<int> runWithoutDisplay(int argc, char** argv)
{
    const char* first = argc > 1 ? argv[1] : "";
    if (std::strcmp(first, "integration") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installUserLanguage();
        const std::unique_ptr<AppContext> context = AppContext::createDefault();
        context->monitor()->setCheckWhenAdded(false); // `test` asks once, itself
        IntegrationCli command(context.get(), stdin, stdout, stderr);
        return runCommand(app, command);
    }
    if (std::strcmp(first, "report") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installUserLanguage();
        ReportCli command(stdout, stderr);
        return runCommand(app, command);
    }
    if (runsWithoutDisplay(argc, argv)) { // --help or --version
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installUserLanguage();
        QCommandLineParser parser;
        const DeskOptions options;
        configureParser(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    return std::nullopt;
}

} // namespace kd::cli
