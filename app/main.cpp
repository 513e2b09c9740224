// kintura-desk: the headless commands, or the window on the core's context.
#include "MainWindow.h"
#include "SettledScreenshot.h"
#include "cli/CommandLine.h"
#include "context/AppContext.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "settings/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    if (const auto code = kd::cli::runWithoutDisplay(argc, argv))
        return *code;

    QApplication app(argc, argv);
    kd::i18n::installTranslations(); // the system locale's language, before any text is made
    kd::cli::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kintura Desk"));
    QApplication::setDesktopFileName(QStringLiteral("kintura-desk"));
    QCommandLineParser parser;
    const kd::cli::DeskOptions options;
    kd::cli::configureParser(parser, options);
    parser.process(app);

    QString error;
    const auto context = parser.isSet(options.demo) ? kd::AppContext::createDemo(&error)
                                                    : kd::AppContext::createDefault();
    if (!context) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kintura Desk"), error);
        return 1;
    }
    // A language chosen in Preferences wins over the system's.
    if (!context->preferences()->language().isEmpty())
        kd::i18n::installTranslations(context->preferences()->language());
    // One window per config folder: a second start brings the first one to the front.
    std::unique_ptr<kd::SingleInstance> instance;
    if (!context->isDemo()) {
        instance = std::make_unique<kd::SingleInstance>(context->configDir());
        switch (instance->start()) {
        case kd::SingleInstance::Role::Primary:
            break;
        case kd::SingleInstance::Role::Activated:
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "Kintura Desk is already open: its window was brought to "
                                     "the front.")));
            return 0;
        case kd::SingleInstance::Role::Busy:
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Kintura Desk"),
                QApplication::translate("main", "Another Kintura Desk command is changing the "
                                                "settings in %1. Try again in a moment.")
                    .arg(QDir::toNativeSeparators(context->configDir())));
            return 1;
        }
    }
    kd::ui::MainWindow window(context.get());
    if (instance) {
        QObject::connect(instance.get(), &kd::SingleInstance::activationRequested, &window,
                         [&window] {
                             window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                             window.show();
                             window.raise();
                             window.activateWindow();
                         });
    }
    window.showPage(kd::ui::MainWindow::pageNamed(parser.value(options.page)));
    // Checking reads the keychain and opens connections: none of it is needed to draw the
    // window, so it starts right after the first frame. So does the wait for a settled window
    // to screenshot: before, nothing has started yet and it would look settled already.
    QObject::connect(&window, &kd::ui::MainWindow::firstFrameShown, context.get(), [&] {
        // An integration added since (the demo's) was checked as it was added.
        kd::ConnectionMonitor* monitor = context->monitor();
        for (const kd::Integration& i : context->integrations()->all()) {
            if (monitor->report(i.id).status == kd::ConnectionStatus::NotChecked)
                monitor->check(i.id);
        }
        if (parser.isSet(options.screenshot))
            kd::ui::saveScreenshotWhenSettled(&window, context.get(),
                                              parser.value(options.screenshot));
    });
    window.show();
    return app.exec();
}
