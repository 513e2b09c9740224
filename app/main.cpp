// kintura-desk: the headless commands, or the window on the core's context.
#include "MainWindow.h"
#include "SettledScreenshot.h"
#include "cli/CommandLine.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv)
{
    if (const auto code = kd::cli::runWithoutDisplay(argc, argv))
        return *code;

    QApplication app(argc, argv);
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
    kd::ui::MainWindow window(context.get());
    window.showPage(kd::ui::MainWindow::pageNamed(parser.value(options.page)));
    window.show();
    context->monitor()->checkAll();
    if (parser.isSet(options.screenshot))
        kd::ui::saveScreenshotWhenSettled(&window, context.get(), parser.value(options.screenshot));
    return app.exec();
}
