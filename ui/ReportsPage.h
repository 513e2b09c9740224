#pragma once

#include "reports/ReportExport.h"
#include "reports/SyncPlanner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace QtCharts {
}
class QChart;
class QChartView;
class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace kd {
class AppContext;
class TrackerError;
} // namespace kd

namespace kd::ui {

class ReportTableModel;

// Conversions and revenue of one integration over a range: a time chart, a breakdown by ad
// network with the derived metrics, and the sync that keeps the cache current, with its
// progress, a cancel button and an "offline" notice when the tracker cannot be reached.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(AppContext* context, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QLineSeries* conversionsSeries() const { return m_conversions; }
    QLineSeries* revenueSeries() const { return m_revenue; }
    QTableView* table() const { return m_table; }

    // Empty string on success, otherwise a sentence for the user.
    QString exportCsv(const QString& path) const;
    QString exportChart(const QString& path) const;

public Q_SLOTS:
    void refresh();
    void chooseCsvFile();
    void chooseChartFile();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void integrationsChanged();
    void showFromCache();
    void showBreakdown(const QString& id, const kd::DayRange& range);
    void showConflicts(const kd::DayRange& range);
    QString networkKeyOf(const QString& integrationId, const QString& trafficSourceId) const;
    void syncFinished(const QString& integrationId, const kd::TrackerError& error);
    QString integrationId() const;

    AppContext* m_context;
    QComboBox* m_integration;
    QComboBox* m_range;
    QComboBox* m_breakdown;
    QLabel* m_conflicts;
    QPushButton* m_refresh;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QChart* m_chart;
    QChartView* m_chartView;
    QLineSeries* m_conversions;
    QLineSeries* m_revenue;
    QDateTimeAxis* m_dates;
    QValueAxis* m_conversionAxis;
    QValueAxis* m_revenueAxis;
    ReportTableModel* m_model;
    QTableView* m_table;
    bool m_shownOnce = false;
    QList<kd::NamedMetrics> m_rows;
    QString m_currency;
};

} // namespace kd::ui
