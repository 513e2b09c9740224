// The baseline of the startup and memory figures: a bare Qt Widgets window of the main
// window's size. Prints painted_ns (CLOCK_MONOTONIC at its first painted frame), main_ns and
// its peak resident set, then quits; under the preloaded probe (KD_BENCH_PROBE, see
// probe_preload.cpp) the probe does that instead, exactly as for kintura-desk.
#include "Probe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <cstdio>

using namespace kd::bench;

int main(int argc, char** argv)
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1120, 700);
    const bool probed = qEnvironmentVariableIsSet("KD_BENCH_PROBE");
    FirstPaint probe(probed ? nullptr : &window, [mainNs] {
        std::printf("main_ns=%lld\npainted_ns=%lld\nvmhwm_kb=%lld\nrss_kb=%lld\n",
                    static_cast<long long>(mainNs), static_cast<long long>(monotonicNs()),
                    static_cast<long long>(peakRssKb()), static_cast<long long>(rssKb()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}
