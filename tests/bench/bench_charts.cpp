// Charts (issue 9, figure 5): updating a QLineSeries attached to a QChart (as the Reports
// page has it: a date axis and a value axis) from 100,000 underlying points. Measured:
// downsampling to the plot's pixel width (kd::downsampleLttb, Largest-Triangle-Three-Buckets)
// then replace(); baseline: replace() with all the points. Both also with one render of the
// chart view. And append() against replace() on an attached series (append is quadratic).
#include "BenchCommon.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPixmap>
#include <QValueAxis>
#include <QWindow>

#include <cmath>

#if __has_include("reports/TimeSeries.h")
#include "reports/TimeSeries.h"
#define KD_HAVE_LTTB 1
#else
#define KD_HAVE_LTTB 0
#endif

using namespace kd;
using namespace kd::bench;

namespace {

QList<QPointF> makePoints(int n, int variant)
{
    QList<QPointF> points;
    points.reserve(n);
    const double start =
        double(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    quint64 x = 0x9E3779B97F4A7C15ULL * quint64(variant + 1);
    for (int i = 0; i < n; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const double noise = double(x % 1000) / 1000.0;
        double y = 200 + 120 * std::sin(i / 900.0 + variant) + 40 * noise;
        if (x % 997 == 0)
            y += 400; // a peak the downsampling must keep
        points.append({start + double(i) * 60'000.0, y});
    }
    return points;
}

#if !KD_HAVE_LTTB
// Stand-in until kd::downsampleLttb lands: per pixel column, the extreme point.
QList<QPointF> downsampleLttb(const QList<QPointF>& points, int threshold)
{
    if (threshold < 3 || threshold >= points.size())
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    const double every = double(points.size()) / threshold;
    for (int b = 0; b < threshold; ++b) {
        const auto begin = qsizetype(b * every);
        const auto end = std::min(points.size(), qsizetype((b + 1) * every));
        qsizetype best = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (std::abs(points[i].y()) > std::abs(points[best].y()))
                best = i;
        }
        out.append(points[best]);
    }
    return out;
}
#endif

struct Chart
{
    QChart* chart = new QChart;
    QChartView view{chart};
    QLineSeries* series = new QLineSeries;
    QDateTimeAxis* x = new QDateTimeAxis;
    QValueAxis* y = new QValueAxis;

    Chart()
    {
        chart->addSeries(series);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(1120, 420);
        view.show();
        for (int i = 0; i < 20 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::processEvents();
    }

    // What the page does on new data: set the points, then the axes' ranges.
    void show(const QList<QPointF>& points)
    {
        series->replace(points);
        double lo = points.first().y();
        double hi = lo;
        for (const QPointF& p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x())),
                    QDateTime::fromMSecsSinceEpoch(qint64(points.last().x())));
        y->setRange(0, hi * 1.1);
    }
};

struct Timing
{
    QList<double> update;
    QList<double> withRender;
};

Timing timeUpdates(Chart& c, const QList<QList<QPointF>>& data, bool downsample, int reps)
{
    Timing t;
    for (int rep = 0; rep < reps; ++rep) {
        const QList<QPointF>& points = data[rep % data.size()];
        const qint64 start = monotonicNs();
        const int width = std::max(3, int(c.chart->plotArea().width()));
        c.show(downsample ? downsampleLttb(points, width) : points);
        t.update << msSince(start);
        const QPixmap frame = c.view.grab(); // one full paint of the chart view
        t.withRender << msSince(start);
        if (frame.isNull())
            std::abort();
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    const int n = options.smoke ? 10'000 : 100'000;
    const int reps = options.smoke ? 2 : 15;
    const QList<QList<QPointF>> data{makePoints(n, 0), makePoints(n, 1)};

    Chart chart;
    const int width = int(chart.chart->plotArea().width());
    timeUpdates(chart, data, true, 2); // warm-up: fonts, caches
    const Timing down = timeUpdates(chart, data, true, reps);
    const Timing all = timeUpdates(chart, data, false, std::max(2, reps / 3));
    const QString lttb = KD_HAVE_LTTB ? QStringLiteral("kd::downsampleLttb")
                                      : QStringLiteral("local min/max stand-in (no TimeSeries.h)");

    Result update;
    update.figure = QStringLiteral("Charts");
    update.caseName =
        QStringLiteral("%1 points: downsample to %2 px + replace() + axes").arg(n).arg(width);
    update.measured = median(down.update);
    update.unit = QStringLiteral("ms");
    update.baseline = median(all.update);
    update.baselineWhat = QStringLiteral("replace() with all points");
    update.ratio = update.measured / update.baseline;
    update.target = QStringLiteral("<= 16 ms");
    update.met = update.measured <= 16 ? 1 : 0;
    update.note = lttb + QStringLiteral("; median of %1").arg(reps);
    results.add(update);

    Result frame;
    frame.figure = QStringLiteral("Charts");
    frame.caseName = QStringLiteral("%1 points: the same + one render of the chart view").arg(n);
    frame.measured = median(down.withRender);
    frame.unit = QStringLiteral("ms");
    frame.baseline = median(all.withRender);
    frame.baselineWhat = QStringLiteral("replace() with all points + render");
    frame.ratio = frame.measured / frame.baseline;
    frame.target = QStringLiteral("<= 16 ms");
    frame.met = frame.measured <= 16 ? 1 : 0;
    frame.note =
        QStringLiteral("render: QChartView::grab(), %1").arg(QGuiApplication::platformName());
    results.add(frame);

    // append() on an attached series, point by point, against one replace().
    const QList<int> sizes = options.smoke ? QList<int>{200, 400} : QList<int>{1250, 2500, 5000};
    double previous = 0;
    for (int size : sizes) {
        const QList<QPointF> points = makePoints(size, 2);
        chart.series->clear();
        qint64 start = monotonicNs();
        for (const QPointF& p : points)
            chart.series->append(p);
        const double appendMs = msSince(start);
        chart.series->clear();
        start = monotonicNs();
        chart.series->replace(points);
        const double replaceMs = msSince(start);
        Result r;
        r.figure = QStringLiteral("Charts");
        r.caseName = QStringLiteral("append() one by one, %1 points, attached series").arg(size);
        r.measured = appendMs;
        r.unit = QStringLiteral("ms");
        r.baseline = replaceMs;
        r.baselineWhat = QStringLiteral("one replace()");
        r.ratio = appendMs / std::max(replaceMs, 1e-3);
        r.note = previous > 0
                     ? QStringLiteral("%1x the time of half as many points (2x: linear, 4x: "
                                      "quadratic)")
                           .arg(fmt(appendMs / previous, 2))
                     : QStringLiteral("avoid: the page uses replace()");
        previous = appendMs;
        results.add(r);
    }
    return results.exitCode();
}
