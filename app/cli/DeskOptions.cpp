#include "DeskOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace kd::cli {

DeskOptions::DeskOptions()
    : demo(QStringLiteral("demo"),
           QCoreApplication::translate("main", "Start on the built-in demo tracker: nothing is "
                                               "saved, the keychain is not touched."))
    , demoApi(QStringLiteral("demo-api"),
              //: Description of the --demo-api option in --help: "full" and "published" are typed
              //: as they are, do not translate them.
              QCoreApplication::translate("main",
                                          "With --demo: full (the default) or published (a "
                                          "tracker that offers only Kintura's public API)."),
              QStringLiteral("API"), QStringLiteral("full"))
    , page(QStringLiteral("page"),
           //: Description of the --page option in --help: the page names are typed as they are, do
           //: not translate them.
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

void addDeskOptions(QCommandLineParser& parser, const DeskOptions& options)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.demoApi);
    parser.addOption(options.page);
    parser.addOption(options.screenshot);
}

bool runsWithoutDisplay(int argc, const char* const* argv)
{
    if (argc > 1 &&
        (std::strcmp(argv[1], "integration") == 0 || std::strcmp(argv[1], "report") == 0))
        return true;
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace kd::cli
