#include "CommandLine.h"

#include "IntegrationCli.h"
#include "ReportCli.h"
#include "context/AppContext.h"
#include "i18n/Translations.h"
#include "integrations/ConnectionMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace kd::cli {

DeskOptions::DeskOptions()
    : demo(QStringLiteral("demo"),
           QCoreApplication::translate("main", "Start on the built-in demo tracker: nothing is "
                                               "saved, the keychain is not touched."))
    , page(QStringLiteral("page"),
           QCoreApplication::translate("main", "Open on this page: integrations, ad-networks or "
                                               "reports."),
           QStringLiteral("PAGE"))
    , screenshot(QStringLiteral("screenshot"),
                 QCoreApplication::translate("main", "Save a picture of the window once the first "
                                                     "checks are done, then quit."),
                 QStringLiteral("FILE"))
{
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kintura-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
}

void configureParser(QCommandLineParser& parser, const DeskOptions& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Kintura Desk: connect Kintura trackers, set up ad networks' "
                                    "tracking templates and chart conversions and revenue.\n\n"
                                    "Headless use, no display needed:\n") +
        IntegrationCli::usage() + QStringLiteral("\n\n") + ReportCli::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.page);
    parser.addOption(options.screenshot);
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

bool asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

std::optional<int> runWithoutDisplay(int argc, char** argv)
{
    const char* first = argc > 1 ? argv[1] : "";
    if (std::strcmp(first, "integration") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        i18n::installTranslations(); // messages in the user's language; exit codes stay
        const std::unique_ptr<AppContext> context = AppContext::createDefault();
        context->monitor()->setCheckWhenAdded(false); // `test` asks once, itself
        IntegrationCli command(context.get(), stdin, stdout, stderr);
        return runCommand(app, command);
    }
    if (std::strcmp(first, "report") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        i18n::installTranslations(); // messages in the user's language; exit codes stay
        ReportCli command(stdout, stderr);
        return runCommand(app, command);
    }
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        i18n::installTranslations(); // messages in the user's language; exit codes stay
        QCommandLineParser parser;
        const DeskOptions options;
        configureParser(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    return std::nullopt;
}

} // namespace kd::cli
