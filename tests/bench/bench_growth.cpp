// Growth (issue 9, figure 8): the typical workload's shape (8 networks, 180 days, visit time)
// with 100, 1,000 and 10,000 campaigns: requests of a cold sync of the default view, ingest
// time of its replies (parse + store), the page's reads of the last 30 days, and the peak RSS
// of the window open on Reports with that cache. Each is plotted relative to its value at the
// smallest size, on log-log axes with the linear line, into a PNG (--png FILE).
#include "BenchCommon.h"
#include "Ingest.h"

#include "reports/RangePresets.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPixmap>
#include <QScatterSeries>
#include <QTemporaryDir>

#include <vector>

using namespace kd;
using namespace kd::bench;

namespace {

struct Point
{
    int campaigns = 0;
    double requests = 0;
    double ingestMs = 0;
    double queryMs = 0;
    double rssMb = 0;
};

// One size's prepared material: its cache after a cold sync of the default view, the replies
// that sync ingests, and the window's cache folder for the RSS figure.
struct Size
{
    int campaigns = 0;
    std::unique_ptr<QTemporaryDir> dir;
    QString cachePath;
    DayRange range;
    QDate today;
    QList<ReplySet> replies;
    QList<double> ingest;
    QList<double> query;
    qsizetype queryRows = 0;
    qint64 ingestRows = 0;
    qint64 ingestBytes = 0;
};

const QString kZone = workloadZone();
const QString kId = QStringLiteral("bench");

Point prepare(const Options& options, Results& results, Size& size)
{
    Point p;
    p.campaigns = size.campaigns;
    const QDateTime pinned = pinnedNowUtc(kZone);
    size.today = dateIn(pinned, kZone);
    const sim::SimConfig config =
        workloadConfig(QStringLiteral("typical"), ConversionTime::Visit, size.campaigns);
    size.range = presetRange(RangePreset::Last30, size.today);
    const DayRange whole{size.range.from, size.today};
    size.dir = std::make_unique<QTemporaryDir>();
    size.cachePath = size.dir->filePath(QStringLiteral("cache.sqlite"));

    // Requests: a cold sync of the default view, counted by the simulator.
    {
        SimRunner sim(config, 0, pinned);
        ReportCache cache(size.cachePath);
        QString error;
        if (!cache.open(&error)) {
            results.error(error);
            return p;
        }
        kintura::KinturaClient client(sim.url(), sim.credentials(), fastClientOptions());
        const PageCounts bound = neededPages(sim, size.range, whole, true);
        sim.takeLog();
        const SyncOutcome outcome =
            runSync(&client, &cache,
                    viewRequest(kId, size.range, size.today, pinned, ConversionTime::Visit));
        if (!outcome.error.isOk())
            results.error(QStringLiteral("sync failed: ") + outcome.error.message());
        p.requests = countLog(sim.takeLog()).total();
        Result r;
        r.figure = QStringLiteral("Growth");
        r.caseName =
            QStringLiteral("%1 campaigns: requests, cold default view").arg(size.campaigns);
        r.measured = p.requests;
        r.unit = QStringLiteral("requests");
        r.baseline = bound.total();
        r.baselineWhat = QStringLiteral("lower bound");
        r.ratio = p.requests / r.baseline;
        r.note = bound.describe();
        results.add(r);
    }
    // The replies that sync took in.
    const sim::SimDataset data(config, size.today);
    size.replies = {dailyReplies(data, ReportDataset::DailyTotals, size.range, size.today, 0.75),
                    dailyReplies(data, ReportDataset::DailyBySource, size.range, size.today, 0.75),
                    rangeReplies(data, RangeDataset::ByCampaign, whole, size.today, 0.75),
                    rangeReplies(data, RangeDataset::ByExternalCampaign, whole, size.today, 0.75)};

    // RSS: the window on Reports with that workload's cache (history and last 30 days).
    QString error;
    const PreparedCache prepared =
        prepareCache(options, QStringLiteral("typical"), size.campaigns, false, &error);
    if (prepared.integrationId.isEmpty()) {
        results.error(error);
        return p;
    }
    QStringList env;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    const auto out = runChild(siblingProgram(QStringLiteral("bench_window")),
                              {QStringLiteral("--config"), prepared.configDir,
                               QStringLiteral("--data"), prepared.dataDir, QStringLiteral("--page"),
                               QStringLiteral("reports"), QStringLiteral("--breakdown"),
                               QStringLiteral("campaign"), QStringLiteral("--settle")},
                              env);
    if (!out.contains(QStringLiteral("vmhwm_kb")))
        results.error(QStringLiteral("bench_window reported no memory figure"));
    p.rssMb = out.value(QStringLiteral("vmhwm_kb")).toDouble() * 1024.0 / 1e6;
    return p;
}

// Ingest and query times of every size, in interleaved rounds: load from other processes on
// a shared machine then weighs on every size alike.
void timeRounds(std::vector<Size>& sizes, int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        for (Size& size : sizes) {
            const IngestTimes t = measureIngest(size.replies, size.dir->path(), 1);
            size.ingest << t.parseStoreMs;
            size.ingestRows = t.rows;
            size.ingestBytes = t.bytes;
            ReportCache cache(size.cachePath);
            QString error;
            if (!cache.open(&error))
                continue;
            const PageReads reads = timePageReads(cache, kId, size.range, size.today, 3);
            size.query << median(reads.total);
            size.queryRows = reads.rows;
        }
    }
}

// log10(b/a) / log10(nb/na): 1 is linear, below 1 slower than linear.
double slope(double a, double b, int na, int nb)
{
    return std::log10(b / a) / std::log10(double(nb) / double(na));
}

void plot(const QList<Point>& points, const QString& path)
{
    auto* chart = new QChart;
    chart->setTitle(QStringLiteral("Growth with the number of campaigns (relative to %1 campaigns)")
                        .arg(points.first().campaigns));
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(QStringLiteral("campaigns"));
    x->setRange(points.first().campaigns * 0.8, points.last().campaigns * 1.25);
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(QStringLiteral("%g"));
    y->setTitleText(QStringLiteral("value / value at the smallest size"));
    const double span = double(points.last().campaigns) / points.first().campaigns;
    y->setRange(0.5, span * 2);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    static const QColor colors[] = {QColor(0x80, 0x80, 0x80), QColor(0x1f, 0x77, 0xb4),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0x94, 0x67, 0xbd)};
    int next = 0;
    auto add = [&](const QString& name, const std::function<double(const Point&)>& value,
                   Qt::PenStyle style) {
        auto* series = new QLineSeries;
        series->setName(name);
        for (const Point& p : points)
            series->append(p.campaigns, std::max(0.5, value(p) / value(points.first())));
        QPen pen(colors[next++ % 5]);
        pen.setWidth(3);
        pen.setStyle(style);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        auto* dots = new QScatterSeries;
        dots->setMarkerSize(9);
        dots->setColor(pen.color());
        dots->setBorderColor(pen.color());
        for (const Point& p : points)
            dots->append(p.campaigns, std::max(0.5, value(p) / value(points.first())));
        chart->addSeries(dots);
        dots->attachAxis(x);
        dots->attachAxis(y);
        chart->legend()->markers(dots).first()->setVisible(false);
    };
    const Point& last = points.last();
    const Point& first = points.first();
    add(
        QStringLiteral("linear (for reference)"),
        [](const Point& p) { return double(p.campaigns); }, Qt::DashLine);
    add(
        QStringLiteral("requests (%1 to %2)").arg(first.requests).arg(last.requests),
        [](const Point& p) { return p.requests; }, Qt::SolidLine);
    add(
        QStringLiteral("ingest time (%1 to %2 ms)")
            .arg(fmt(first.ingestMs, 1), fmt(last.ingestMs, 1)),
        [](const Point& p) { return p.ingestMs; }, Qt::SolidLine);
    add(
        QStringLiteral("query time (%1 to %2 ms)").arg(fmt(first.queryMs, 2), fmt(last.queryMs, 2)),
        [](const Point& p) { return p.queryMs; }, Qt::SolidLine);
    add(
        QStringLiteral("peak RSS (%1 to %2 MB)").arg(fmt(first.rssMb, 0), fmt(last.rssMb, 0)),
        [](const Point& p) { return p.rssMb; }, Qt::SolidLine);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1000, 560);
    if (!view.grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    Results results(options);
    const QList<int> counts = options.smoke ? QList<int>{20, 40} : QList<int>{100, 1000, 10000};
    std::vector<Size> sizes(counts.size());
    QList<Point> points;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        sizes[i].campaigns = counts[i];
        points << prepare(options, results, sizes[i]);
    }
    const int rounds = options.smoke ? 1 : 9;
    timeRounds(sizes, rounds);
    for (size_t i = 0; i < sizes.size(); ++i) {
        const Size& size = sizes[i];
        Point& p = points[i];
        p.ingestMs = median(size.ingest);
        p.queryMs = median(size.query);
        Result ingest;
        ingest.figure = QStringLiteral("Growth");
        ingest.caseName =
            QStringLiteral("%1 campaigns: ingest (parse + store)").arg(size.campaigns);
        ingest.measured = p.ingestMs;
        ingest.unit = QStringLiteral("ms");
        ingest.note = QStringLiteral("median of %1 interleaved rounds; %2 rows, %3 MB")
                          .arg(rounds)
                          .arg(size.ingestRows)
                          .arg(fmt(double(size.ingestBytes) / 1e6, 2));
        results.add(ingest);
        Result query;
        query.figure = QStringLiteral("Growth");
        query.caseName = QStringLiteral("%1 campaigns: the page's cache reads, last 30 days")
                             .arg(size.campaigns);
        query.measured = p.queryMs;
        query.unit = QStringLiteral("ms");
        query.note = QStringLiteral("median of %1 interleaved rounds; %2 rows")
                         .arg(rounds)
                         .arg(size.queryRows);
        results.add(query);
        Result rss;
        rss.figure = QStringLiteral("Growth");
        rss.caseName = QStringLiteral("%1 campaigns: peak RSS on Reports").arg(size.campaigns);
        rss.measured = p.rssMb;
        rss.unit = QStringLiteral("MB");
        rss.note = QStringLiteral("by campaign, every preset");
        results.add(rss);
    }
    struct Metric
    {
        const char* name;
        double Point::*value;
    };
    const Metric metrics[] = {{"requests", &Point::requests},
                              {"ingest time", &Point::ingestMs},
                              {"query time", &Point::queryMs},
                              {"peak RSS", &Point::rssMb}};
    for (const Metric& m : metrics) {
        QStringList slopes;
        double worst = 0;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const double s = slope(points[i - 1].*m.value, points[i].*m.value,
                                   points[i - 1].campaigns, points[i].campaigns);
            worst = std::max(worst, s);
            slopes << QStringLiteral("%1 to %2: %3")
                          .arg(points[i - 1].campaigns)
                          .arg(points[i].campaigns)
                          .arg(fmt(s, 2));
        }
        Result r;
        r.figure = QStringLiteral("Growth");
        r.caseName =
            QStringLiteral("%1: log-log slope per step (1 = linear)").arg(QLatin1String(m.name));
        r.measured = worst;
        r.unit = QStringLiteral("steepest slope");
        r.target = QStringLiteral("<= 1 (linear)");
        r.met = worst <= 1.05 ? 1 : 0; // 5% for noise
        r.note = slopes.join(QStringLiteral("; "));
        results.add(r);
    }
    const QString png = options.value("--png");
    if (!png.isEmpty() && points.size() > 1)
        plot(points, png);
    return results.exitCode();
}
