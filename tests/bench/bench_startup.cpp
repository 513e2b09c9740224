// Startup (issue 9, figure 2): from process start to the first painted main window of
// kintura-desk itself (the real executable, unchanged) with a warm cache of the typical
// workload, against a bare Qt Widgets window (bench_bare), started alternately in the same run,
// 21 times each (--runs), in a rotated order; medians. The first frame is seen by a probe preloaded
// into both programs alike (probe_preload.cpp, LD_PRELOAD). kintura-desk finds the prepared config
// and cache through XDG_CONFIG_HOME and XDG_DATA_HOME; its keychain is whatever the session has
// (run-benchmarks.sh runs this inside tests/with-keyring.sh when it can).
// A third program, bench_window (the same window built from its own main()), tells where the
// time goes: launch to main(), QApplication, AppContext, MainWindow, its first page, show(),
// first frame; and how much later the Reports page has drawn its numbers from the cache.
// The platform is the environment's: under xvfb-run the windows go to X (xcb); without a
// display, QT_QPA_PLATFORM=offscreen.
#include "BenchCommon.h"

#include <QCoreApplication>

using namespace kd;
using namespace kd::bench;

namespace {

struct Launch
{
    double startupMs = kNone;      // launch to first painted frame
    double loadedMs = kNone;       // launch to the end of dynamic loading (just before main())
    double launchToDataMs = kNone; // launch to the frame with the charts drawn from the cache
    // bench_window only: the stages between main() and the first frame, then after it
    double appMs = kNone, windowMs = kNone, shownMs = kNone, paintMs = kNone;
    double contextMs = kNone, contentMs = kNone, filledMs = kNone;
};

double between(const QHash<QString, QString>& out, const char* to, const char* from)
{
    const QString a = QLatin1String(to);
    const QString b = QLatin1String(from);
    return out.contains(a) && out.contains(b)
               ? (out.value(a).toDouble() - out.value(b).toDouble()) / 1e6
               : kNone;
}

Launch launch(Results& results, const QString& program, const QStringList& args,
              const QStringList& env, const PreparedCache& prepared)
{
    resetUiState(prepared); // each start opens as a first start would
    const auto out = runChild(program, args, env);
    Launch l;
    const bool probed = out.contains(QStringLiteral("probe_painted_ns"));
    if (out.value(QStringLiteral("exit")) != QLatin1String("0") ||
        (!probed && !out.contains(QStringLiteral("painted_ns")))) {
        results.error(program + QStringLiteral(" did not paint"));
        return l;
    }
    if (probed) {
        l.startupMs = between(out, "probe_painted_ns", "launched_ns");
        l.loadedMs = between(out, "probe_loaded_ns", "launched_ns");
        l.launchToDataMs = between(out, "probe_filled_ns", "launched_ns");
        return l;
    }
    l.startupMs = between(out, "painted_ns", "launched_ns");
    l.loadedMs = between(out, "main_ns", "launched_ns");
    l.appMs = between(out, "app_ns", "main_ns");
    l.windowMs = between(out, "window_ns", "app_ns");
    l.shownMs = between(out, "shown_ns", "window_ns");
    l.paintMs = between(out, "painted_ns", "shown_ns");
    l.contextMs = between(out, "context_ns", "painted_ns");
    l.contentMs = between(out, "content_ns", "context_ns");
    l.filledMs = between(out, "filled_ns", "content_ns");
    l.launchToDataMs = between(out, "filled_ns", "launched_ns");
    return l;
}

QString medianOf(const QList<Launch>& runs, double Launch::*field)
{
    QList<double> values;
    for (const Launch& l : runs)
        values << l.*field;
    return fmt(median(values), 1);
}

QList<double> startups(const QList<Launch>& runs)
{
    QList<double> values;
    for (const Launch& l : runs)
        values << l.startupMs;
    return values;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    QString error;
    const QString size = options.smoke ? QStringLiteral("small") : QStringLiteral("typical");
    const PreparedCache prepared = prepareCache(options, size, 0, false, &error);
    if (prepared.integrationId.isEmpty()) {
        results.error(error);
        return results.exitCode();
    }
    QStringList env{QStringLiteral("XDG_CONFIG_HOME=") + prepared.xdgConfigHome,
                    QStringLiteral("XDG_DATA_HOME=") + prepared.xdgDataHome};
    const bool display =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!display && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    const QString platform = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                                 ? qEnvironmentVariable("QT_QPA_PLATFORM")
                             : display ? QStringLiteral("xcb")
                                       : QStringLiteral("offscreen");
    const QString keychain = qEnvironmentVariableIsSet("KD_IN_KEYRING_SESSION")
                                 ? QStringLiteral("gnome-keyring session")
                                 : QStringLiteral("no keyring session");
    const QStringList probe{QStringLiteral("LD_PRELOAD=") + QStringLiteral(KD_BENCH_PROBE_LIBRARY),
                            QStringLiteral("KD_BENCH_PROBE=1"), QStringLiteral("KD_BENCH_QUIT=1")};
    const QStringList bareEnv =
        env + probe + QStringList{QStringLiteral("KD_BENCH_WINDOW=QWidget")};
    const QStringList deskEnv =
        env + probe + QStringList{QStringLiteral("KD_BENCH_WINDOW=kd::ui::MainWindow")};
    const QString bare = siblingProgram(QStringLiteral("bench_bare"));
    const QString desk = QStringLiteral(KD_DESK_BINARY);
    const QString window = siblingProgram(QStringLiteral("bench_window"));
    const QStringList windowArgs{QStringLiteral("--config"), prepared.configDir,
                                 QStringLiteral("--data"),   prepared.dataDir,
                                 QStringLiteral("--page"),   QStringLiteral("reports")};
    struct Case
    {
        QString name;
        QStringList args;
        QStringList env;
        QList<Launch> runs;
    };
    // On Reports, the probe also sees the charts painted from the cache: the numbers on screen.
    QList<Case> cases{
        {QStringLiteral("kintura-desk --page reports"),
         {QStringLiteral("--page"), QStringLiteral("reports")},
         deskEnv + QStringList{QStringLiteral("KD_BENCH_FILLED=kd::ui::ReportCharts")},
         {}},
        {QStringLiteral("kintura-desk (Integrations page, the default)"), {}, deskEnv, {}}};

    // One start of each first, not counted: the page cache then holds the libraries for all.
    const int runs = options.smoke ? 1 : options.value("--runs", QStringLiteral("21")).toInt();
    launch(results, bare, {}, bareEnv, prepared);
    for (const Case& c : std::as_const(cases))
        launch(results, desk, c.args, c.env, prepared);
    launch(results, window, windowArgs, env, prepared);

    // Each round starts the four programs in a rotated order, so that each follows each of the
    // others equally often: a start right after another program's exit can find the X server
    // still busy with that window, and a fixed order would charge it to the same program.
    QList<Launch> bareRuns, windowRuns;
    const qsizetype programs = cases.size() + 2;
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < programs; ++i) {
            const qsizetype which = (i + run) % programs;
            if (which == 0)
                bareRuns << launch(results, bare, {}, bareEnv, prepared);
            else if (which == programs - 1)
                windowRuns << launch(results, window, windowArgs, env, prepared);
            else
                cases[which - 1].runs
                    << launch(results, desk, cases[which - 1].args, cases[which - 1].env, prepared);
        }
    }
    const double bareMs = median(startups(bareRuns));
    for (const Case& c : std::as_const(cases)) {
        Result r;
        r.figure = QStringLiteral("Startup");
        r.caseName = QStringLiteral("%1, %2 cache, %3, %4").arg(c.name, size, platform, keychain);
        r.measured = median(startups(c.runs));
        r.unit = QStringLiteral("ms");
        r.baseline = bareMs;
        r.baselineWhat = QStringLiteral("bare Qt Widgets window");
        r.ratio = r.measured / r.baseline;
        r.target = QStringLiteral("<= 1.3x");
        r.met = r.ratio <= 1.3 ? 1 : 0;
        r.note =
            QStringLiteral("median of %1 runs each; min %2, max %3 ms; launch to main(): %4 "
                           "ms (bare %5 ms)")
                .arg(runs)
                .arg(fmt(percentile(startups(c.runs), 0), 1),
                     fmt(percentile(startups(c.runs), 1), 1), medianOf(c.runs, &Launch::loadedMs),
                     medianOf(bareRuns, &Launch::loadedMs));
        if (!std::isnan(c.runs.first().launchToDataMs))
            r.note += QStringLiteral("; launch to the numbers on screen (the charts and table "
                                     "from the cache): %1 ms")
                          .arg(medianOf(c.runs, &Launch::launchToDataMs));
        results.add(r);
    }
    Result w;
    w.figure = QStringLiteral("Startup");
    w.caseName = QStringLiteral("where the time goes: bench_window (the same window from its own "
                                "main()), Reports page, %1")
                     .arg(platform);
    w.measured = median(startups(windowRuns));
    w.unit = QStringLiteral("ms");
    w.baseline = bareMs;
    w.baselineWhat = QStringLiteral("bare Qt Widgets window");
    w.ratio = w.measured / w.baseline;
    w.note =
        QStringLiteral("medians: launch to main() %1, QApplication %2, the window's frame %3, "
                       "show() %4, first frame (\"Loading…\") %5 ms; after it, the AppContext "
                       "%6, the window's content with its Reports page %7, and the charts and "
                       "table from the cache painted %8 ms later (launch to the numbers on "
                       "screen: %9 ms; the content is linked in here, kintura-desk loads it)")
            .arg(medianOf(windowRuns, &Launch::loadedMs), medianOf(windowRuns, &Launch::appMs),
                 medianOf(windowRuns, &Launch::windowMs), medianOf(windowRuns, &Launch::shownMs),
                 medianOf(windowRuns, &Launch::paintMs), medianOf(windowRuns, &Launch::contextMs),
                 medianOf(windowRuns, &Launch::contentMs), medianOf(windowRuns, &Launch::filledMs),
                 medianOf(windowRuns, &Launch::launchToDataMs));
    results.add(w);
    return results.exitCode();
}
