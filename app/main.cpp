// kintura-desk: parses the command line, builds the core's context and shows the window.
#include "MainWindow.h"
#include "adnetworks/NetworkSetupService.h"
#include "cli/IntegrationCli.h"
#include "cli/ReportCli.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start on the built-in demo tracker: "
                                            "nothing is saved, the keychain is not touched.")};
    QCommandLineOption page{QStringLiteral("page"),
                            QCoreApplication::translate("main", "Open on this page: integrations, "
                                                                "ad-networks or reports."),
                            QStringLiteral("PAGE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window "
                                            "once the first checks are done, then quit."),
        QStringLiteral("FILE")};
};

void configure(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "main", "Kintura Desk: connect Kintura trackers, set up ad networks' tracking "
                    "templates and chart conversions and revenue.\n\n"
                    "Headless use, no display needed:\n") +
        kd::IntegrationCli::usage() + QStringLiteral("\n\n") + kd::ReportCli::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.page);
    parser.addOption(options.screenshot);
}

// --help and --version must work without a display (scripts, packaging checks).
bool needsNoDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kintura-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
}

// `kintura-desk integration ...`: the command line on the same core, no display.
int runIntegrationCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    std::unique_ptr<kd::AppContext> context = kd::AppContext::createDefault();
    kd::IntegrationCli cli(context.get(), stdin, stdout, stderr);
    QObject::connect(&cli, &kd::IntegrationCli::done, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const QStringList args = QCoreApplication::arguments().mid(2);
    QTimer::singleShot(0, &cli, [&cli, args] { cli.start(args); });
    return app.exec();
}

} // namespace

// `kintura-desk report ...`: a report on standard output, no display.
int runReportCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    kd::ReportCli cli(stdout, stderr);
    QObject::connect(&cli, &kd::ReportCli::done, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const QStringList args = QCoreApplication::arguments().mid(2);
    QTimer::singleShot(0, &cli, [&cli, args] { cli.start(args); });
    return app.exec();
}

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "integration") == 0)
        return runIntegrationCommand(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "report") == 0)
        return runReportCommand(argc, argv);
    if (needsNoDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Options options;
        configure(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kintura Desk"));
    QApplication::setDesktopFileName(QStringLiteral("kintura-desk"));
    QCommandLineParser parser;
    Options options;
    configure(parser, options);
    parser.process(app);

    QString error;
    std::unique_ptr<kd::AppContext> context = parser.isSet(options.demo)
                                                  ? kd::AppContext::createDemo(&error)
                                                  : kd::AppContext::createDefault();
    if (!context) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kintura Desk"), error);
        return 1;
    }

    kd::ui::MainWindow window(context.get());
    const QString page = parser.value(options.page);
    if (page == QLatin1String("ad-networks"))
        window.showPage(kd::ui::MainWindow::AdNetworks);
    else if (page == QLatin1String("reports"))
        window.showPage(kd::ui::MainWindow::Reports);
    window.show();
    context->monitor()->checkAll();

    const QString shotPath = parser.value(options.screenshot);
    if (!shotPath.isEmpty()) {
        auto* monitor = context->monitor();
        auto* integrations = context->integrations();
        auto* setup = context->networkSetup();
        auto* reports = context->reports();
        auto scheduled = std::make_shared<bool>(false);
        // Once every check has answered, let the view repaint, then save the picture.
        auto saveWhenSettled = [&window, monitor, integrations, setup, reports, shotPath,
                                scheduled] {
            if (*scheduled || integrations->all().isEmpty() || reports->isSyncing())
                return;
            for (const kd::Integration& i : integrations->all()) {
                const auto status = monitor->report(i.id).status;
                if (status == kd::ConnectionStatus::Checking ||
                    status == kd::ConnectionStatus::NotChecked)
                    return;
                if (setup->isRefreshing(i.id) ||
                    (!setup->choices(i.id).isEmpty() && !setup->hasTemplates(i.id)))
                    return;
            }
            *scheduled = true;
            QTimer::singleShot(200, &window, [&window, shotPath] {
                const bool saved = window.grab().save(shotPath);
                std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save",
                             shotPath.toLocal8Bit().constData());
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(monitor, &kd::ConnectionMonitor::reportChanged, &window, saveWhenSettled);
        QObject::connect(setup, &kd::NetworkSetupService::changed, &window, saveWhenSettled);
        QObject::connect(reports, &kd::ReportService::syncFinished, &window, saveWhenSettled);
        QTimer::singleShot(60'000, &window, [] {
            std::fprintf(stderr, "no answer from the trackers within 60 s\n");
            QCoreApplication::exit(1);
        });
    }
    return app.exec();
}
