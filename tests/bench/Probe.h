#pragma once

// Header-only probes shared by every benchmark and by the two child programs (the bare window
// links nothing but Qt Widgets): the monotonic clock, the resident set, the first paint.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <functional>

namespace kd::bench {

// CLOCK_MONOTONIC in nanoseconds: the same clock in every process, so a parent's launch
// time and a child's first paint can be subtracted.
inline qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A "Vm...:" field of /proc/self/status in KiB (-1 when unreadable).
inline qint64 procStatusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
// Peak resident set (VmHWM) and resident set now (VmRSS), KiB.
inline qint64 peakRssKb()
{
    return procStatusKb("VmHWM");
}
inline qint64 rssKb()
{
    return procStatusKb("VmRSS");
}

// Calls back once a widget (a window, or a part of one) has been painted for the first time:
// on its or a child's first Paint event, a zero timer fires after the whole repaint and the
// flush that follow it. A null widget never fires.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget* widget, std::function<void()> done)
        : m_widget(widget)
        , m_done(std::move(done))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_fired && m_widget && event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == m_widget || m_widget->isAncestorOf(static_cast<QWidget*>(watched)))) {
            m_fired = true;
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { m_done(); });
        }
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    std::function<void()> m_done;
    bool m_fired = false;
};

} // namespace kd::bench
