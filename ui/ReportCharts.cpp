#include "ReportCharts.h"

#include "Theme.h"
#include "reports/NumberText.h"
#include "storage/SafeFile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace kd::ui {

namespace {
double moneyValue(Money m)
{
    return double(m) / double(kMoneyUnit);
}

QChartView* makeView(QChart* chart, QWidget* parent, const QString& objectName,
                     const QString& accessibleName)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    return view;
}

// The app's locale for axis numbers; without group separators where Qt would put them in the
// wrong places (Spanish in Qt 6.4: "2000.000"), since "2000000" at least reads right.
QLocale chartLocale()
{
    QLocale locale;
    if (qtGroupsWrongly(locale))
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}
} // namespace

ReportCharts::ReportCharts(QWidget* parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_readout(new QLabel(this))
{
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(tr("Point at the chart for exact values; click a legend entry to hide "
                          "or show its line."));

    connect(m_splitter, &QSplitter::splitterMoved, this, &ReportCharts::splitterMoved);
    m_splitter->setObjectName(QStringLiteral("chartSplitter"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_readout);
}

ReportCharts::~ReportCharts() = default;

void ReportCharts::ensureCharts()
{
    if (m_timeChart)
        return;
    m_timeChart = new QChart;
    m_timeView = makeView(m_timeChart, this, QStringLiteral("reportChart"),
                          tr("Conversions and revenue over time"));
    m_conversions = new QLineSeries(m_timeChart);
    m_dates = new QDateTimeAxis(m_timeChart);
    m_conversionAxis = new QValueAxis(m_timeChart);
    m_revenueAxis = new QValueAxis(m_timeChart);
    m_topChart = new QChart;
    m_topView = makeView(m_topChart, this, QStringLiteral("topChart"), tr("Top rows by revenue"));

    // One chart, reused: series are refilled with replace(), never appended point by point
    // (append() on an attached series is quadratic in Qt Charts 6.4).
    m_conversions->setName(tr("Conversions"));
    m_timeChart->addSeries(m_conversions);
    m_timeChart->addAxis(m_dates, Qt::AlignBottom);
    m_timeChart->addAxis(m_conversionAxis, Qt::AlignLeft);
    m_timeChart->addAxis(m_revenueAxis, Qt::AlignRight);
    m_conversions->attachAxis(m_dates);
    m_conversions->attachAxis(m_conversionAxis);
    m_conversionAxis->setTitleText(tr("Conversions"));
    // "%.0f", not "%d": with localized numbers Qt Charts 6.4 draws no label at all for "%d".
    m_conversionAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_revenueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_timeView->setMinimumHeight(220);
    m_timeView->setMouseTracking(true);
    connectLegend(m_timeChart);
    // The readout follows the mouse anywhere over the plot, not only on a line (a series'
    // hovered signal fires once, on entering its line).
    m_timeView->viewport()->installEventFilter(this);
    // Axis numbers as the user writes them ("1.250" in German, "1 250" in Russian).
    m_timeChart->setLocalizeNumbers(true);
    // Downsampling is to the plot's width: a wider or narrower plot needs it again. Queued,
    // as redrawing sets the axes, which can move the plot area.
    connect(m_timeChart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        const int width = std::max(3, int(area.width()));
        if (width != m_drawnWidth && m_pointsBeforeDownsampling > std::min(width, m_drawnWidth))
            QMetaObject::invokeMethod(this, &ReportCharts::redraw, Qt::QueuedConnection);
    });

    m_topChart->legend()->hide();
    m_topChart->setLocalizeNumbers(true);
    m_topView->setMinimumWidth(300);
    m_topView->setMinimumHeight(220);

    // Tab reaches the charts where they stand on the page, not after everything made before
    // them: next after the last control before this widget.
    QWidget* before = previousInFocusChain();
    while (before != this && !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    if (before != this) {
        setTabOrder(before, m_timeView);
        setTabOrder(m_timeView, m_topView);
    }

    followPalette();
    m_splitter->addWidget(m_timeView);
    m_splitter->addWidget(m_topView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Relative weights: the time chart takes most of the width whatever the names' lengths.
    m_splitter->setSizes({640, 360});
    if (!m_splitterState.isEmpty())
        m_splitter->restoreState(m_splitterState);
}

QLineSeries* ReportCharts::conversionsSeries()
{
    ensureCharts();
    return m_conversions;
}

const QList<QLineSeries*>& ReportCharts::revenueSeries()
{
    ensureCharts();
    return m_revenue;
}

QChartView* ReportCharts::timeChartView()
{
    ensureCharts();
    return m_timeView;
}

QChartView* ReportCharts::topChartView()
{
    ensureCharts();
    return m_topView;
}

QByteArray ReportCharts::splitterState() const
{
    return m_timeChart ? m_splitter->saveState() : m_splitterState;
}

void ReportCharts::restoreSplitter(const QByteArray& state)
{
    m_splitterState = state;
    if (m_timeChart)
        m_splitter->restoreState(state);
}

void ReportCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_timeChart)
        followPalette();
}

void ReportCharts::followPalette()
{
    // The charts draw their own backgrounds: a light chart in a dark window glares.
    const QChart::ChartTheme theme =
        isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChart* chart : {m_timeChart, m_topChart}) {
        if (chart->theme() == theme)
            continue;
        chart->setTheme(theme);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::WindowText));
    }
    if (m_timeChart->theme() == theme)
        connectLegend(m_timeChart); // the theme made new markers
}

void ReportCharts::connectLegend(QChart* chart)
{
    // Clicking a legend entry hides its line (and dims the entry) or brings it back.
    for (QLegendMarker* marker : chart->legend()->markers()) {
        disconnect(marker, &QLegendMarker::clicked, this, nullptr);
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries* series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        });
    }
}

void ReportCharts::showTimeSeries(const QMap<QString, QMap<QDate, Metrics>>& daily,
                                  const DayRange& range)
{
    ensureCharts();
    m_range = range;
    m_bucket = bucketFor(range);
    m_buckets.clear();
    m_currencies = daily.keys();
    for (auto it = daily.begin(); it != daily.end(); ++it) {
        const QMap<QDate, Metrics> buckets = bucketize(it.value(), m_bucket);
        for (auto b = buckets.begin(); b != buckets.end(); ++b)
            m_buckets[b.key()][it.key()] = b.value();
    }

    // A line per currency: revenue in two currencies is two lines, never one sum.
    if (m_revenue.size() != m_currencies.size()) {
        for (QLineSeries* s : std::as_const(m_revenue)) {
            m_timeChart->removeSeries(s);
            delete s;
        }
        m_revenue.clear();
        for (qsizetype i = 0; i < m_currencies.size(); ++i) {
            auto* series = new QLineSeries(m_timeChart);
            m_timeChart->addSeries(series);
            series->attachAxis(m_dates);
            series->attachAxis(m_revenueAxis);
            m_revenue.append(series);
        }
        connectLegend(m_timeChart);
    }
    for (qsizetype i = 0; i < m_currencies.size(); ++i)
        m_revenue[i]->setName(tr("Revenue (%1)").arg(m_currencies[i]));
    m_revenueAxis->setTitleText(
        m_currencies.isEmpty() ? tr("Revenue")
                               : tr("Revenue (%1)").arg(m_currencies.join(QStringLiteral(", "))));
    //: Date axis labels (Qt date format): a month.
    const QString month = tr("MMM yyyy");
    //: Date axis labels (Qt date format): a day in a range of more than a year.
    const QString dayAndYear = tr("MMM d yyyy");
    //: Date axis labels (Qt date format): a day.
    const QString day = tr("MMM d");
    m_dates->setFormat(m_bucket == Bucket::Month ? month : range.days() > 366 ? dayAndYear : day);
    m_timeChart->setTitle(m_bucket == Bucket::Day    ? QString()
                          : m_bucket == Bucket::Week ? tr("By week")
                                                     : tr("By month"));
    redraw();
}

void ReportCharts::redraw()
{
    QList<QPointF> conversions;
    QList<QList<QPointF>> revenue(m_currencies.size());
    double maxConversions = 1;
    double maxRevenue = 1;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        const double x = double(it.key().startOfDay().toMSecsSinceEpoch());
        qint64 count = 0;
        for (qsizetype i = 0; i < m_currencies.size(); ++i) {
            const auto found = it.value().constFind(m_currencies[i]);
            if (found == it.value().constEnd())
                continue;
            count += found->conversions;
            const double money = moneyValue(found->revenue);
            revenue[i].append({x, money});
            maxRevenue = std::max(maxRevenue, money);
        }
        conversions.append({x, double(count)});
        maxConversions = std::max(maxConversions, double(count));
    }
    // More points than pixels only blur the line: keep one a pixel, peaks included (LTTB
    // needs three points at least).
    const int width = std::max(3, int(m_timeChart->plotArea().width()));
    m_drawnWidth = width;
    m_pointsBeforeDownsampling = int(conversions.size());
    m_conversions->replace(downsampleLttb(conversions, width));
    for (qsizetype i = 0; i < m_revenue.size(); ++i)
        m_revenue[i]->replace(downsampleLttb(revenue[i], width));
    // The language may have changed since the chart was made.
    m_timeChart->setLocale(chartLocale());

    const QDate from =
        bucketStart(m_range.from.isValid() ? m_range.from : QDate::currentDate(), m_bucket);
    const QDate to = std::max(m_range.to, m_range.from.addDays(1));
    m_dates->setRange(from.startOfDay(), to.startOfDay());
    m_dates->setTickCount(std::min(8, std::max(2, int(m_buckets.size()))));
    m_conversionAxis->setRange(0, maxConversions * 1.05);
    m_revenueAxis->setRange(0, maxRevenue * 1.05);
    // Round ticks (0, 50, 100 ...) are read at a glance; 10257 is not.
    m_conversionAxis->setTickCount(5);
    m_revenueAxis->setTickCount(5);
    // Counts are whole numbers: a handful of conversions gets ticks 0..4, not 0, 0, 0, 1.
    if (maxConversions < 4)
        m_conversionAxis->setRange(0, 4);
    else
        m_conversionAxis->applyNiceNumbers();
    m_revenueAxis->applyNiceNumbers();
}

QString ReportCharts::bucketLabel(const QDate& start) const
{
    const QLocale locale;
    switch (m_bucket) {
    case Bucket::Day:
        return locale.toString(start, QLocale::ShortFormat);
    case Bucket::Week:
        return tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    case Bucket::Month:
        //: The readout's month (Qt date format).
        return locale.toString(start, tr("MMMM yyyy"));
    }
    return {};
}

void ReportCharts::showReadoutNear(qint64 msecsSinceEpoch)
{
    if (m_buckets.isEmpty())
        return;
    // The bucket whose start is nearest to the point in time, compared to the millisecond:
    // just left of a day's point is late the day before, and that day's point is still the
    // nearest. The first bucket starting after the point's day starts after the point; the
    // one before it (if any) starts at or before it.
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).date();
    auto it = m_buckets.upperBound(day);
    if (it == m_buckets.end()) {
        it = std::prev(it);
    } else if (it != m_buckets.begin()) {
        const auto before = std::prev(it);
        const qint64 after = it.key().startOfDay().toMSecsSinceEpoch() - msecsSinceEpoch;
        if (msecsSinceEpoch - before.key().startOfDay().toMSecsSinceEpoch() <= after)
            it = before;
    }
    const QLocale locale;
    qint64 conversions = 0;
    QStringList money;
    for (auto c = it.value().begin(); c != it.value().end(); ++c) {
        conversions += c->conversions;
        money << QStringLiteral("%1 %2").arg(groupedNumber(locale, moneyValue(c->revenue), 2),
                                             c.key());
    }
    m_readout->setText(tr("%1: %n conversion(s), revenue %2", nullptr, int(conversions))
                           .arg(bucketLabel(it.key()), money.join(QStringLiteral(" · "))));
}

bool ReportCharts::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timeView && watched == m_timeView->viewport() && event->type() == QEvent::MouseMove) {
        const QPointF at = m_timeChart->mapFromScene(
            m_timeView->mapToScene(static_cast<QMouseEvent*>(event)->pos()));
        if (m_timeChart->plotArea().contains(at))
            showReadoutNear(qint64(m_timeChart->mapToValue(at, m_conversions).x()));
    }
    return QWidget::eventFilter(watched, event);
}

QString ReportCharts::readout() const
{
    return m_readout->text();
}

void ReportCharts::showTop(const QList<BreakdownRow>& rows, const QString& title)
{
    ensureCharts();
    m_topChart->removeAllSeries();
    for (QAbstractAxis* axis : m_topChart->axes()) {
        m_topChart->removeAxis(axis);
        delete axis;
    }
    m_topChart->setTitle(title);
    m_topChart->setLocale(chartLocale());
    // Categories bottom to top: the horizontal bar chart draws the first category lowest.
    QStringList currencies;
    m_topCategories.clear();
    for (const BreakdownRow& r : rows) {
        if (!currencies.contains(r.currency))
            currencies << r.currency;
        const QString label = r.name.size() > 32 ? r.name.left(31) + QChar(0x2026) : r.name;
        if (!m_topCategories.contains(label))
            m_topCategories << label;
    }
    auto* series = new QHorizontalBarSeries;
    double maxRevenue = 0;
    for (const QString& currency : std::as_const(currencies)) {
        auto* set = new QBarSet(currency);
        QList<qreal> values(m_topCategories.size(), 0.0);
        for (const BreakdownRow& r : rows) {
            if (r.currency != currency)
                continue;
            const QString label = r.name.size() > 32 ? r.name.left(31) + QChar(0x2026) : r.name;
            values[m_topCategories.indexOf(label)] += moneyValue(r.metrics.revenue);
        }
        std::reverse(values.begin(), values.end());
        for (qreal v : std::as_const(values))
            maxRevenue = std::max(maxRevenue, double(v));
        set->append(values);
        series->append(set);
    }
    m_topChart->addSeries(series);
    QStringList bottomUp = m_topCategories;
    std::reverse(bottomUp.begin(), bottomUp.end());
    auto* categories = new QBarCategoryAxis;
    categories->append(bottomUp);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    // Few ticks: the bars are narrow and long numbers would run into each other.
    values->setTickCount(3);
    values->setTitleText(currencies.size() == 1 ? tr("Revenue (%1)").arg(currencies.first())
                                                : tr("Revenue"));
    m_topChart->addAxis(categories, Qt::AlignLeft);
    m_topChart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    // An empty or all-zero breakdown still gets a valid axis (nice numbers of 0..0 are NaN).
    values->setRange(std::min(0.0, maxRevenue), std::max(1.0, maxRevenue));
    values->applyNiceNumbers();
    m_topChart->legend()->setVisible(currencies.size() > 1);
}

QStringList ReportCharts::topCategories() const
{
    return m_topCategories;
}

QString ReportCharts::exportCharts(const QString& path)
{
    ensureCharts();
    const QImage image = grab().toImage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return tr("The chart could not be turned into a picture.");
    return writeFileAtomically(path, png, tr("the chart"));
}

} // namespace kd::ui
