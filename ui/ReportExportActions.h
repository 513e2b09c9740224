#pragma once

#include "reports/ReportExport.h"
#include "reports/ReportQuery.h"

#include <QObject>

#include <functional>

class QPushButton;
class QWidget;

namespace kd::ui {

class ReportCharts;
class SyncStatusLine;

// The Reports page's exports: "Export CSV…" writes the breakdown table, "Save chart…" the
// charts as PNG, each through a save dialog; the page's status line says what happened.
class ReportExportActions : public QObject
{
    Q_OBJECT
public:
    // The buttons are children of `page`; breakdown() names the CSV's first column.
    ReportExportActions(ReportCharts* charts, SyncStatusLine* status,
                        std::function<Breakdown()> breakdown, QWidget* page);

    QPushButton* csvButton() const { return m_csv; }
    QPushButton* chartButton() const { return m_chart; }
    // The rows the table shows, as the CSV writes them.
    void setRows(QList<NamedMetrics> rows) { m_rows = std::move(rows); }

    // Empty string on success, otherwise a sentence for the user.
    QString exportCsv(const QString& path) const;
    QString exportChart(const QString& path) const;

    void chooseCsvFile();
    void chooseChartFile();

private:
    // A save dialog; `save` writes to the chosen path (empty or a sentence); the status line
    // says what happened (savedSentence takes the path as %1).
    void askWhereToSave(const QString& title, const QString& filter, const QString& fileName,
                        const std::function<QString(const QString&)>& save,
                        const QString& savedSentence);

    QWidget* m_page;
    ReportCharts* m_charts;
    SyncStatusLine* m_status;
    std::function<Breakdown()> m_breakdown;
    QPushButton* m_csv;
    QPushButton* m_chart;
    QList<NamedMetrics> m_rows;
};

} // namespace kd::ui
