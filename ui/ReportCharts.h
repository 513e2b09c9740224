#pragma once

#include "reports/ReportQuery.h"
#include "reports/TimeSeries.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QSplitter;
class QValueAxis;

namespace kd::ui {

// The Reports page's two charts: conversions and revenue over time (two value axes, a line
// per currency, weekly or monthly points for long ranges, downsampled to the plot's width
// keeping peaks, an exact readout of the point under the mouse, legend entries that hide and
// show their line) and the top rows of the breakdown by revenue as bars.
// The charts themselves are made on first use (data to show, an accessor, the page's first
// fill): a page still loading does not pay for them.
class ReportCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ReportCharts(QWidget* parent = nullptr);
    ~ReportCharts() override;

    // daily: per currency, per day. Sums into the range's buckets and draws.
    void showTimeSeries(const QMap<QString, QMap<QDate, Metrics>>& daily, const DayRange& range);
    // rows: already cut to the top ones (topByRevenue), in display order.
    void showTop(const QList<BreakdownRow>& rows, const QString& title);

    // Makes the charts if they do not exist yet.
    void ensureCharts();

    Bucket bucket() const { return m_bucket; }
    QLineSeries* conversionsSeries();
    const QList<QLineSeries*>& revenueSeries();
    QChartView* timeChartView();
    QChartView* topChartView();
    // The exact values of the bucket nearest to a point in time (what hovering shows).
    void showReadoutNear(qint64 msecsSinceEpoch);
    QString readout() const;
    // The categories and values (per currency) of the bar chart, top first, for tests.
    QStringList topCategories() const;

    QByteArray splitterState() const;
    void restoreSplitter(const QByteArray& state);

Q_SIGNALS:
    void splitterMoved();

public:
    // Empty on success, otherwise a sentence for the user.
    QString exportCharts(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followPalette();
    void redraw();
    void connectLegend(QChart* chart);
    QString bucketLabel(const QDate& start) const;

    QSplitter* m_splitter;
    QByteArray m_splitterState; // restored, for charts not made yet
    QChart* m_timeChart = nullptr;
    QChartView* m_timeView = nullptr;
    QLineSeries* m_conversions = nullptr;
    QList<QLineSeries*> m_revenue;
    QDateTimeAxis* m_dates = nullptr;
    QValueAxis* m_conversionAxis = nullptr;
    QValueAxis* m_revenueAxis = nullptr;
    QChart* m_topChart = nullptr;
    QChartView* m_topView = nullptr;
    QLabel* m_readout;
    Bucket m_bucket = Bucket::Day;
    int m_drawnWidth = 0;               // the plot's width the series were downsampled to
    int m_pointsBeforeDownsampling = 0; // the buckets drawn
    DayRange m_range;
    // bucket start -> currency -> metrics: what the readout reads.
    QMap<QDate, QMap<QString, Metrics>> m_buckets;
    QStringList m_currencies;
    QStringList m_topCategories;
};

} // namespace kd::ui
