// Loaded with LD_PRELOAD into an unmodified program (kintura-desk itself, or bench_bare) when
// KD_BENCH_PROBE is set: prints probe_loaded_ns (CLOCK_MONOTONIC once the dynamic loader has
// run this library's initialisers, just before main()), probe_app_ns (QApplication
// constructed) and probe_painted_ns (the first frame of the first window whose class is
// KD_BENCH_WINDOW, e.g. "kd::ui::MainWindow"); with KD_BENCH_FILLED, a class name, also
// probe_filled_ns (the first frame in which a widget of that class inside that window was
// painted: "kd::ui::ReportCharts", the numbers on screen). Then quits the program when
// KD_BENCH_QUIT is set.
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
    PaintWatcher(QByteArray windowClass, QByteArray filledClass)
        : m_class(std::move(windowClass))
        , m_filledClass(std::move(filledClass))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        const auto* widget = static_cast<QWidget*>(watched);
        if (m_class != widget->window()->metaObject()->className())
            return false;
        if (!m_painted) {
            m_painted = true;
            // After the whole repaint and the flush that follow this first Paint event.
            QTimer::singleShot(0, this, [this] {
                print("probe_painted");
                if (m_filledClass.isEmpty())
                    quitIfAsked();
            });
        }
        if (!m_filled && !m_filledClass.isEmpty() && within(widget, m_filledClass)) {
            m_filled = true;
            QTimer::singleShot(0, this, [this] {
                print("probe_filled");
                quitIfAsked();
            });
        }
        return false;
    }

private:
    static bool within(const QWidget* widget, const QByteArray& className)
    {
        for (; widget; widget = widget->parentWidget()) {
            if (className == widget->metaObject()->className())
                return true;
        }
        return false;
    }
    static void print(const char* name)
    {
        std::printf("%s_ns=%lld\n%s_vmhwm_kb=%lld\n", name,
                    static_cast<long long>(kd::bench::monotonicNs()), name,
                    static_cast<long long>(kd::bench::peakRssKb()));
        std::fflush(stdout);
    }
    static void quitIfAsked()
    {
        if (qEnvironmentVariableIsSet("KD_BENCH_QUIT"))
            QCoreApplication::quit();
    }

    QByteArray m_class;
    QByteArray m_filledClass;
    bool m_painted = false;
    bool m_filled = false;
};

void installProbe()
{
    if (!qEnvironmentVariableIsSet("KD_BENCH_PROBE"))
        return;
    std::printf("probe_loaded_ns=%lld\nprobe_app_ns=%lld\n", static_cast<long long>(loadedNs),
                static_cast<long long>(kd::bench::monotonicNs()));
    std::fflush(stdout);
    auto* watcher = new PaintWatcher(qgetenv("KD_BENCH_WINDOW"), qgetenv("KD_BENCH_FILLED"));
    watcher->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watcher);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
