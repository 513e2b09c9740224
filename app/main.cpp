// kintura-desk: the headless commands, or the window. The window paints its first frame with
// nothing but Qt Widgets loaded, then loads the rest of the program (ui/DeskModule.h) and
// fills itself: a start shows the window as soon as a bare Qt window would show.
#include "DeskModule.h"
#include "MainWindow.h"
#include "cli/DeskOptions.h"
#include "i18n/Translations.h"
#include "instance/InstanceLock.h"
#include "module/AppModule.h"
#include "settings/AppFolders.h"
#include "settings/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    kd::AppModule module;
    if (kd::cli::runsWithoutDisplay(argc, argv)) {
        const auto run = module.entry<kd::ui::RunHeadless>(kd::ui::kRunHeadless);
        if (!run) {
            std::fprintf(stderr, "%s\n", qPrintable(module.errorString()));
            return 1;
        }
        return run(argc, argv);
    }

    QApplication app(argc, argv);
    kd::cli::setApplicationIdentity(); // names the config folder
    // Before any text is made, the command line's errors included: the language chosen in
    // Preferences, else the system's, as the headless commands do (cli/CommandLine.cpp).
    kd::i18n::installPreferredTranslations(kd::configFolder());
    QApplication::setApplicationDisplayName(QStringLiteral("Kintura Desk"));
    QApplication::setDesktopFileName(QStringLiteral("kintura-desk"));
    QCommandLineParser parser;
    const kd::cli::DeskOptions options;
    kd::cli::addDeskOptions(parser, options);
    parser.process(app);
    kd::ui::Launch launch;
    launch.demo = parser.isSet(options.demo);
    const QString demoApi = parser.value(options.demoApi);
    if (demoApi != QLatin1String("full") && demoApi != QLatin1String("published")) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--demo-api is full or published.")));
        return 2;
    }
    launch.demoPublishedOnly = demoApi == QLatin1String("published");
    launch.screenshot = parser.value(options.screenshot);

    // The demo's throwaway folder starts empty: its preferences are the defaults, its language
    // the system's.
    const QString configDir = launch.demo ? QString() : kd::configFolder();
    std::unique_ptr<kd::Preferences> preferences;
    if (launch.demo)
        kd::i18n::installTranslations();
    else
        preferences = std::make_unique<kd::Preferences>(kd::preferencesFile(configDir));
    // One window per config folder: a second start brings the first one to the front.
    std::unique_ptr<kd::InstanceLock> lock;
    if (!launch.demo) {
        lock = std::make_unique<kd::InstanceLock>(configDir);
        const auto askHolderToRaise = [&module, &configDir] {
            const auto ask = module.entry<kd::ui::AskToRaise>(kd::ui::kAskToRaise);
            return ask && ask(&configDir);
        };
        switch (kd::claimInstance(*lock, askHolderToRaise)) {
        case kd::InstanceRole::Primary:
            break;
        case kd::InstanceRole::Activated:
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "Kintura Desk is already open: its window was brought to "
                                     "the front.")));
            return 0;
        case kd::InstanceRole::Busy:
            // No window answered: perhaps none can, this one's program being incomplete.
            if (!module.load()) {
                std::fprintf(stderr, "%s\n", qPrintable(module.errorString()));
                return 1;
            }
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Kintura Desk"),
                //: %1 is the settings folder's path.
                QApplication::translate("main", "Another Kintura Desk command is changing the "
                                                "settings in %1. Try again in a moment.")
                    .arg(QDir::toNativeSeparators(configDir)));
            return 1;
        }
    }

    // Destroyed after the window: the pages use what it owns.
    std::unique_ptr<QObject> session;
    kd::ui::MainWindow window(launch.demo);
    if (preferences)
        window.applyPreferences(*preferences);
    window.showPage(kd::ui::MainWindow::pageNamed(parser.value(options.page)));
    bool failed = false;
    QObject::connect(&window, &kd::ui::MainWindow::firstFrameShown, &window, [&] {
        QString error;
        if (const auto attach = module.entry<kd::ui::Attach>(kd::ui::kAttach))
            session.reset(attach(&window, &launch, &error));
        else
            error = module.errorString();
        if (session)
            return;
        // The window stays, saying what is wrong in place of its page, until it is closed;
        // a script (--screenshot) hears it at once.
        failed = true;
        lock.reset(); // a window that cannot answer a second start must not keep it out
        std::fprintf(stderr, "%s\n", qPrintable(error));
        window.showLoadFailure(error);
        if (!launch.screenshot.isEmpty())
            QCoreApplication::exit(1);
    });
    window.show();
    const int code = app.exec();
    return failed ? 1 : code;
}
