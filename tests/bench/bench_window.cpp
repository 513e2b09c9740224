// The app's window for the startup and memory figures, started as app/main.cpp starts it
// (same libraries, same context, same window), on a prepared config and cache folder:
//   bench_window --config DIR --data DIR [--page reports] [--breakdown campaign] [--settle]
//                [--header-precision N]
// Prints main_ns, app_ns, window_ns, shown_ns, painted_ns, context_ns, content_ns and filled_ns
// (CLOCK_MONOTONIC at main(), after QApplication, the window's frame, show(), at the first
// painted frame ("Loading…"), then after the AppContext and the window's content (its first
// page built) made once that frame is on screen, and once the Reports page's charts, drawn
// from the cache right after the page's own first frame, have been painted). Unlike
// kintura-desk it has its content linked in: what loading the module costs shows in the
// difference between the two (bench_startup prints both).
// With --settle it then waits until the Reports page's sync queue is idle, shows every range
// preset once (preset_<i>_update_ms, preset_<i>_paint_ms: choosing it, then the repaint) and
// prints its peak resident set (vmhwm_kb) before quitting.
// Credentials are kept in memory and none are given: nothing goes to the network.
#include "DeskContent.h"
#include "MainWindow.h"
#include "Probe.h"
#include "ReportCharts.h"
#include "ReportsPage.h"
#include "cli/CommandLine.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>

#include <cstdio>

using namespace kd;
using namespace kd::bench;

namespace {
QString argument(const QStringList& args, const char* name, const QString& fallback = {})
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

void printMemoryAndQuit()
{
    std::printf("vmhwm_kb=%lld\nrss_kb=%lld\n", static_cast<long long>(peakRssKb()),
                static_cast<long long>(rssKb()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

// Every range preset once, timed: choosing it in the range box (the page reads the cache,
// refills its models and charts, then the work Qt defers to the next turns of the event loop:
// item layouts, header sizes) and the repaint that follows. The sync each choice asks for
// fails at once here (no credentials); the page's own handler of that failure is disconnected
// so that it does not redraw a second time (with a tracker, that comes seconds later).
// Then the memory figure.
void visitPresets(ui::DeskContent* content, ui::MainWindow* window, ReportService* reports,
                  int index)
{
    auto* range = content->reportsPage()->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    if (!range || index >= range->count() || range->itemData(index).toInt() < 0)
        return printMemoryAndQuit(); // the last item is "Custom range…"
    if (index == 0)
        QObject::disconnect(reports, &ReportService::syncFinished, content->reportsPage(), nullptr);
    const qint64 start = monotonicNs();
    range->setCurrentIndex(index);
    QCoreApplication::processEvents();
    const qint64 updated = monotonicNs();
    window->repaint();
    const qint64 painted = monotonicNs();
    std::printf("preset_%d_update_ms=%.3f\npreset_%d_paint_ms=%.3f\n", index,
                double(updated - start) / 1e6, index, double(painted - updated) / 1e6);
    auto next = [content, window, reports, index] {
        visitPresets(content, window, reports, index + 1);
    };
    if (reports->isSyncing())
        QObject::connect(reports, &ReportService::idle, window, next, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, window, next);
}

} // namespace

int main(int argc, char** argv)
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    cli::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kintura Desk"));
    const qint64 appNs = monotonicNs();
    const QStringList args = app.arguments();
    // What the window remembered last time (range, breakdown) is forgotten: every start the same.
    QFile::remove(argument(args, "--config") + QStringLiteral("/preferences.ini"));
    // As app/main.cpp: the frame first, its content once that has been painted.
    std::unique_ptr<AppContext> context;
    std::unique_ptr<ui::DeskContent> content;
    ui::MainWindow window(false);
    const qint64 windowNs = monotonicNs();
    window.showPage(ui::MainWindow::pageNamed(argument(args, "--page")));
    const bool settle = args.contains(QLatin1String("--settle"));
    qint64 shownNs = 0, contextNs = 0, contentNs = 0;
    std::unique_ptr<FirstPaint> filled;
    auto finish = [&] {
        if (!settle)
            return QCoreApplication::quit();
        ReportService* reports = context->reports();
        auto start = [&window, &content, reports] {
            visitPresets(content.get(), &window, reports, 0);
        };
        if (reports->isSyncing())
            QObject::connect(reports, &ReportService::idle, &window, start,
                             Qt::SingleShotConnection);
        else
            start();
    };
    FirstPaint probe(&window, [&] {
        std::printf("main_ns=%lld\napp_ns=%lld\nwindow_ns=%lld\nshown_ns=%lld\npainted_ns=%lld\n"
                    "painted_vmhwm_kb=%lld\n",
                    static_cast<long long>(mainNs), static_cast<long long>(appNs),
                    static_cast<long long>(windowNs), static_cast<long long>(shownNs),
                    static_cast<long long>(monotonicNs()), static_cast<long long>(peakRssKb()));
        std::fflush(stdout);
    });
    QObject::connect(&window, &ui::MainWindow::firstFrameShown, &window, [&] {
        context = AppContext::create(argument(args, "--config"), new MemoryCredentialStore,
                                     argument(args, "--data"));
        contextNs = monotonicNs();
        content = std::make_unique<ui::DeskContent>(context.get(), &window);
        contentNs = monotonicNs();
        if (argument(args, "--breakdown") == QLatin1String("campaign")) {
            if (auto* combo =
                    content->reportsPage()->findChild<QComboBox*>(QStringLiteral("breakdownCombo")))
                combo->setCurrentIndex(1);
        }
        // An experiment on the page from outside (no change to ui/): how many rows the table's
        // header measures for its ResizeToContents columns (Qt's default: 1000; 0: the
        // visible ones).
        const QString precision = argument(args, "--header-precision");
        if (!precision.isEmpty()) {
            if (auto* table =
                    content->reportsPage()->findChild<QTableView*>(QStringLiteral("reportTable")))
                table->horizontalHeader()->setResizeContentsPrecision(precision.toInt());
        }
        // The page draws its charts from the cache right after its own first frame: that
        // paint is the end of the start for someone waiting for the numbers.
        const bool onReports = window.currentPage() == ui::MainWindow::Reports;
        // (The charts' area, not their views: asking for a view would make the charts now.)
        filled = std::make_unique<FirstPaint>(
            onReports ? content->reportsPage()->charts() : nullptr, [&] {
                std::printf("context_ns=%lld\ncontent_ns=%lld\nfilled_ns=%lld\n"
                            "filled_vmhwm_kb=%lld\n",
                            static_cast<long long>(contextNs), static_cast<long long>(contentNs),
                            static_cast<long long>(monotonicNs()),
                            static_cast<long long>(peakRssKb()));
                std::fflush(stdout);
                finish();
            });
        if (!onReports)
            finish();
        // As kintura-desk does: the statuses are checked once the page has been painted.
        QMetaObject::invokeMethod(
            context.get(), [monitor = context->monitor()] { monitor->checkAll(); },
            Qt::QueuedConnection);
    });
    window.show();
    shownNs = monotonicNs();
    return app.exec();
}
