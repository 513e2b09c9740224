#pragma once

#include "reports/ReportQuery.h"
#include "reports/SyncPlanner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace kd {
class AppContext;
class TrackerError;
} // namespace kd

namespace kd::ui {

class ConflictWarning;
class RangeSelector;
class ReportExportActions;
class ReportFilters;
class ReportCharts;
class ReportTableModel;
class ReportTableView;
class SyncStatusLine;

// Conversions and revenue of one integration or all of them over a range: a time chart, the
// top rows as bars, a breakdown table by ad network, campaign or integration with the derived
// metrics, network and campaign filters, and the sync that keeps the cache current, with its
// progress, a cancel button and an "offline" notice when the tracker cannot be reached.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(AppContext* context, QWidget* parent = nullptr);
    ~ReportsPage() override;

    ReportCharts* charts() const { return m_charts; }
    QLineSeries* conversionsSeries() const;
    QLineSeries* revenueSeries() const; // the first currency's
    QTableView* table() const;
    ReportTableModel* tableModel() const { return m_model; }

    // Empty string on success, otherwise a sentence for the user.
    QString exportCsv(const QString& path) const;
    QString exportChart(const QString& path) const;

public Q_SLOTS:
    void refresh();
    void chooseCsvFile();
    void chooseChartFile();

protected:
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void restoreState(QSplitter* splitter);
    // "Loading…" in place of the charts and the table, the filters and exports disabled.
    void setLoading(bool loading);
    void integrationsChanged();
    void showFromCache();
    void showConflicts();
    void showLiveSeries();
    void overlayLiveDays(const QList<ReportSubject>& list, ReportView* view) const;
    static DayRange overallRange(const QList<ReportSubject>& list);
    void rowsArrived(const QString& id, kd::ReportDataset dataset, const QString& campaign,
                     const QList<kd::StatsRow>& rows);
    void syncFinished(const QString& integrationId, const kd::TrackerError& error);
    bool allIntegrations() const;
    QStringList shownIds() const;
    QString nameOf(const QString& integrationId) const;
    DayRange rangeFor(const QString& integrationId) const;
    QList<ReportSubject> subjects() const;
    ReportFilter filter() const;
    Breakdown breakdown() const;

    AppContext* m_context;
    QComboBox* m_integration;
    RangeSelector* m_range;
    ReportFilters* m_filters;
    QLabel* m_currencyNote;
    ConflictWarning* m_conflicts;
    QPushButton* m_refresh;
    QPushButton* m_cancel;
    SyncStatusLine* m_status;
    ReportCharts* m_charts;
    ReportTableModel* m_model;
    ReportTableView* m_table;
    QTimer* m_liveRedraw;
    QSplitter* m_splitter = nullptr;
    QLabel* m_loading = nullptr;
    ReportExportActions* m_exports = nullptr;
    bool m_shownOnce = false;
    bool m_isLoading = false;
    // Shown, not refreshed yet: refresh() right after the page's first frame.
    bool m_firstFillPending = false;
    bool m_firstFillQueued = false;
    // Days of the running sync's pages, not yet in the cache: the chart shows them at once.
    QHash<QString, QMap<QDate, Metrics>> m_live; // integration id -> day -> metrics
};

} // namespace kd::ui
