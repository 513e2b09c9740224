#pragma once

#include "reports/ReportExport.h"
#include "reports/ReportQuery.h"
#include "reports/SyncPlanner.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace kd {
class AppContext;
class TrackerError;
} // namespace kd

namespace kd::ui {

class ReportCharts;
class ReportTableModel;

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
    QTableView* table() const { return m_table; }
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
    void keyPressEvent(QKeyEvent* event) override;

private:
    void restoreState(QSplitter* splitter);
    void integrationsChanged();
    void rangeChosen();
    void customDatesEdited();
    void showFromCache();
    void refillFilters(const QList<ReportSubject>& subjects);
    void showConflicts();
    void showLiveSeries();
    void fitColumns();
    void overlayLiveDays(const QList<ReportSubject>& list, ReportView* view) const;
    static DayRange overallRange(const QList<ReportSubject>& list);
    void rowsArrived(const QString& id, kd::ReportDataset dataset, const QString& campaign,
                     const QList<kd::StatsRow>& rows);
    void syncFinished(const QString& integrationId, const kd::TrackerError& error);
    bool isCustom() const;
    bool allIntegrations() const;
    QStringList shownIds() const;
    DayRange rangeFor(const QString& integrationId) const;
    QList<ReportSubject> subjects() const;
    ReportFilter filter() const;
    Breakdown breakdown() const;

    AppContext* m_context;
    QComboBox* m_integration;
    QComboBox* m_range;
    QWidget* m_customRow;
    QDateEdit* m_customFrom;
    QDateEdit* m_customTo;
    QPushButton* m_applyCustom;
    QLabel* m_customError;
    QComboBox* m_network;
    QComboBox* m_campaign;
    QComboBox* m_breakdown;
    QLabel* m_currencyNote;
    QLabel* m_conflicts;
    QPushButton* m_refresh;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    ReportCharts* m_charts;
    ReportTableModel* m_model;
    QTableView* m_table;
    QTimer* m_liveRedraw;
    bool m_shownOnce = false;
    DayRange m_customRange;
    QList<kd::NamedMetrics> m_rows;
    // Days of the running sync's pages, not yet in the cache: the chart shows them at once.
    QHash<QString, QMap<QDate, Metrics>> m_live; // integration id -> day -> metrics
};

} // namespace kd::ui
