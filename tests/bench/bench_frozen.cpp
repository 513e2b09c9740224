// Never frozen (issue 9, figure 7): the app's window on its context (ReportService syncs on
// its own thread) against the simulator (on a thread of its own, unthrottled, so the sync
// is as dense as it gets), with a heartbeat timer (1 ms, precise) on the UI thread: the
// longest gap between two of its turns while the Reports page syncs the typical workload
// (--size to change), first the default view (last 30 days), then the whole history; with
// the breakdown by ad network (the default) and by campaign. Baseline: the same probe with
// the window idle, in the same run. Each case is run --runs times (3); the median of the
// longest gaps is the figure, the target holds for the worst.
#include "../DeskWindow.h"
#include "BenchCommon.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationManager.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::bench;

namespace {

class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = monotonicNs();
            const double gap = double(now - m_last) / 1e6;
            m_gaps << gap;
            if (gap > m_max) {
                m_max = gap;
                m_maxAtMs = double(now - m_start) / 1e6;
            }
            m_last = now;
        });
    }
    void restart()
    {
        m_gaps.clear();
        m_max = 0;
        m_start = m_last = monotonicNs();
        m_timer.start();
    }
    struct Summary
    {
        double maxGap = 0;
        double maxAtMs = 0; // when the longest gap ended, from the start of the probe
        double p99 = 0;
        double spanMs = 0;
        qsizetype turns = 0;
    };
    Summary stop()
    {
        m_timer.stop();
        return {m_max, m_maxAtMs, percentile(m_gaps, 0.99), double(m_last - m_start) / 1e6,
                m_gaps.size()};
    }

private:
    QTimer m_timer;
    QList<double> m_gaps;
    qint64 m_start = 0;
    qint64 m_last = 0;
    double m_max = 0;
    double m_maxAtMs = 0;
};

struct Outcome
{
    Heartbeat::Summary idle, view, history;
    int viewRequests = 0;
    int historyRequests = 0;
    int historyDays = 0;
    bool ok = true;
};

// One run: a new simulator, a new config folder and cache, a new window.
Outcome runOnce(const QString& size, bool byCampaign, bool smoke, Results& results)
{
    Outcome out;
    const QString zone = QStringLiteral("UTC");
    SimRunner sim(workloadConfig(size, ConversionTime::Visit, 0, zone), 0);
    QTemporaryDir dir;
    auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
    context->setClientOptions(fastClientOptions());
    Integration draft;
    draft.name = QStringLiteral("Kintura - Bench");
    draft.trackerUrl = sim.url();
    draft.currency = QStringLiteral("USD");
    QString id;
    context->manager()->add(
        draft, sim.credentials(), context.get(),
        [&](const IntegrationManager::Outcome&, const QString& assigned) { id = assigned; });
    if (!waitUntil([&] { return !id.isEmpty(); }, 10'000)) {
        results.error(QStringLiteral("could not add the integration"));
        out.ok = false;
        return out;
    }
    ReportService* reports = context->reports();
    bool idle = false;
    QObject::connect(reports, &ReportService::idle, reports, [&] { idle = true; });

    test::DeskWindow window(context.get());
    if (byCampaign) {
        if (auto* combo =
                window.reportsPage()->findChild<QComboBox*>(QStringLiteral("breakdownCombo")))
            combo->setCurrentIndex(1);
    }
    bool painted = false;
    FirstPaint probe(&window, [&] { painted = true; });
    window.show();
    context->monitor()->checkAll();
    waitUntil([&] { return painted; }, 20'000);
    waitUntil([&] { return false; }, 300); // the connection check and template read settle

    Heartbeat heartbeat;
    heartbeat.restart();
    waitUntil([&] { return false; }, smoke ? 200 : 2'000);
    out.idle = heartbeat.stop();

    // The Reports page opens: it reads the (empty) cache and syncs the last 30 days.
    sim.takeLog();
    idle = false;
    heartbeat.restart();
    window.showPage(ui::MainWindow::Reports);
    if (!waitUntil([&] { return idle && !reports->isSyncing(); }, 600'000)) {
        results.error(QStringLiteral("the default view's sync did not finish"));
        out.ok = false;
    }
    waitUntil([&] { return false; }, 100); // the page's last refresh after the sync
    out.view = heartbeat.stop();
    out.viewRequests = countLog(sim.takeLog()).total();

    // The whole history, through the same service (the page redraws when it finishes).
    const QDate first = sim.firstDay();
    const QDate today = reports->trackerToday(id);
    out.historyDays = int(first.daysTo(today)) + 1;
    idle = false;
    heartbeat.restart();
    reports->sync(id, first, today);
    if (!waitUntil([&] { return idle && !reports->isSyncing(); }, 600'000)) {
        results.error(QStringLiteral("the history sync did not finish"));
        out.ok = false;
    }
    waitUntil([&] { return false; }, 100);
    out.history = heartbeat.stop();
    out.historyRequests = countLog(sim.takeLog()).total();
    return out;
}

Result gapResult(const QString& caseName, const QList<Heartbeat::Summary>& runs,
                 const QList<Heartbeat::Summary>& idle, const QString& what)
{
    QList<double> maxima, idleMaxima, p99;
    QStringList each;
    for (const Heartbeat::Summary& s : runs) {
        maxima << s.maxGap;
        p99 << s.p99;
        each << QStringLiteral("%1 ms at %2 ms of %3 s")
                    .arg(fmt(s.maxGap, 1), fmt(s.maxAtMs, 0), fmt(s.spanMs / 1000.0, 2));
    }
    for (const Heartbeat::Summary& s : idle)
        idleMaxima << s.maxGap;
    Result r;
    r.figure = QStringLiteral("Never frozen");
    r.caseName = caseName;
    r.measured = median(maxima);
    r.unit = QStringLiteral("ms longest gap");
    r.baseline = median(idleMaxima);
    r.baselineWhat = QStringLiteral("idle window, same probe");
    r.ratio = r.baseline > 0 ? r.measured / r.baseline : kNone;
    r.target = QStringLiteral("< 50 ms");
    r.met = percentile(maxima, 1.0) < 50 ? 1 : 0;
    r.note =
        QStringLiteral("%1; median of %2 runs' longest gaps (each: %3); 99th percentile gap %4 ms")
            .arg(what)
            .arg(runs.size())
            .arg(each.join(QStringLiteral(", ")), fmt(median(p99), 2));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    const QString size = options.value("--size", options.smoke ? QStringLiteral("small")
                                                               : QStringLiteral("typical"));
    const int runs = options.smoke ? 1 : options.value("--runs", QStringLiteral("3")).toInt();
    const QString platform = QGuiApplication::platformName();
    for (bool byCampaign : {false, true}) {
        QList<Heartbeat::Summary> idle, view, history;
        Outcome last;
        for (int i = 0; i < runs; ++i) {
            last = runOnce(size, byCampaign, options.smoke, results);
            idle << last.idle;
            view << last.view;
            history << last.history;
        }
        const QString breakdown =
            byCampaign ? QStringLiteral("by campaign") : QStringLiteral("by network");
        results.add(gapResult(
            QStringLiteral("%1 workload, %2: Reports opens, cold sync of the last 30 days, %3")
                .arg(size, breakdown, platform),
            view, idle, QStringLiteral("%1 requests").arg(last.viewRequests)));
        results.add(gapResult(
            QStringLiteral("%1 workload, %2: full sync of the whole history (%3 days), %4")
                .arg(size, breakdown)
                .arg(last.historyDays)
                .arg(platform),
            history, idle, QStringLiteral("%1 requests").arg(last.historyRequests)));
    }
    return results.exitCode();
}
