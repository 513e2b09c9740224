// Memory (issue 9, figure 6): peak resident set (VmHWM) of the app's window open on the
// Reports page with the large workload's cache (every range preset shown once, both
// breakdowns), against a bare Qt Widgets window (bench_bare) in the same run.
#include "BenchCommon.h"

#include <QCoreApplication>
#include <QFile>

using namespace kd;
using namespace kd::bench;

namespace {
double peakMb(Results& results, const QString& program, const QStringList& args,
              const QStringList& env, int runs)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i) {
        const auto out = runChild(program, args, env);
        if (out.value(QStringLiteral("exit")) != QLatin1String("0") ||
            !out.contains(QStringLiteral("vmhwm_kb"))) {
            results.error(program + QStringLiteral(" reported no memory figure"));
            continue;
        }
        values << out.value(QStringLiteral("vmhwm_kb")).toDouble() * 1024.0 / 1e6; // MB
    }
    return median(values);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    QString error;
    const QString size = options.smoke ? QStringLiteral("small") : QStringLiteral("large");
    const PreparedCache prepared = prepareCache(options, size, 0, true, &error);
    if (prepared.integrationId.isEmpty()) {
        results.error(error);
        return results.exitCode();
    }
    QStringList env;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    const int runs = options.smoke ? 1 : 3;
    const double bare =
        peakMb(results, siblingProgram(QStringLiteral("bench_bare")), {}, env, runs);
    for (const QString& breakdown : {QStringLiteral("network"), QStringLiteral("campaign")}) {
        const double peak =
            peakMb(results, siblingProgram(QStringLiteral("bench_window")),
                   {QStringLiteral("--config"), prepared.configDir, QStringLiteral("--data"),
                    prepared.dataDir, QStringLiteral("--page"), QStringLiteral("reports"),
                    QStringLiteral("--breakdown"), breakdown, QStringLiteral("--settle")},
                   env, runs);
        Result r;
        r.figure = QStringLiteral("Memory");
        r.caseName =
            QStringLiteral("%1 cache open on Reports, every preset, by %2").arg(size, breakdown);
        r.measured = peak;
        r.unit = QStringLiteral("MB peak RSS");
        r.baseline = bare;
        r.baselineWhat = QStringLiteral("bare Qt Widgets window");
        r.ratio = peak / bare;
        r.target = QStringLiteral("<= 120 MB");
        r.met = peak <= 120 ? 1 : 0;
        r.note = QStringLiteral("VmHWM, median of %1; cache file %2 MB")
                     .arg(runs)
                     .arg(fmt(double(QFile(prepared.cachePath).size()) / 1e6, 1));
        results.add(r);
    }
    return results.exitCode();
}
