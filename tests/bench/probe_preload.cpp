// Loaded with LD_PRELOAD into an unmodified program (kintura-desk itself, or bench_bare) when
// KD_BENCH_PROBE is set: prints probe_loaded_ns (CLOCK_MONOTONIC once the dynamic loader has
// run this library's initialisers, just before main()), probe_app_ns (QApplication
// constructed) and probe_painted_ns (the first frame of the first window whose class is
// KD_BENCH_WINDOW, e.g. "kd::ui::MainWindow"), then quits the program when KD_BENCH_QUIT is set.
// The startup figure measures the real executable this way, with no hook in the app's code.
#include "Probe.h"

#include <QCoreApplication>
#include <QWidget>

#include <cstdio>

namespace {

const qint64 loadedNs = kd::bench::monotonicNs();

class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QByteArray windowClass)
        : m_class(std::move(windowClass))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_fired || event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        const QWidget* window = static_cast<QWidget*>(watched)->window();
        if (m_class != window->metaObject()->className())
            return false;
        m_fired = true;
        // After the whole repaint and the flush that follow this first Paint event.
        QTimer::singleShot(0, this, [] {
            std::printf("probe_painted_ns=%lld\nprobe_vmhwm_kb=%lld\n",
                        static_cast<long long>(kd::bench::monotonicNs()),
                        static_cast<long long>(kd::bench::peakRssKb()));
            std::fflush(stdout);
            if (qEnvironmentVariableIsSet("KD_BENCH_QUIT"))
                QCoreApplication::quit();
        });
        return false;
    }

private:
    QByteArray m_class;
    bool m_fired = false;
};

void installProbe()
{
    if (!qEnvironmentVariableIsSet("KD_BENCH_PROBE"))
        return;
    std::printf("probe_loaded_ns=%lld\nprobe_app_ns=%lld\n", static_cast<long long>(loadedNs),
                static_cast<long long>(kd::bench::monotonicNs()));
    std::fflush(stdout);
    auto* watcher = new PaintWatcher(qgetenv("KD_BENCH_WINDOW"));
    watcher->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watcher);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
