#include "ReportExportActions.h"

#include "ReportCharts.h"
#include "SyncStatusLine.h"
#include "storage/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace kd::ui {

// The sentences here were written for the page and keep its translation context (lupdate needs
// it spelled out): every translation made for them still applies.
ReportExportActions::ReportExportActions(ReportCharts* charts, SyncStatusLine* status,
                                         std::function<Breakdown()> breakdown, QWidget* page)
    : QObject(page)
    , m_page(page)
    , m_charts(charts)
    , m_status(status)
    , m_breakdown(std::move(breakdown))
    , m_csv(
          new QPushButton(QCoreApplication::translate("kd::ui::ReportsPage", "Export &CSV…"), page))
    , m_chart(
          new QPushButton(QCoreApplication::translate("kd::ui::ReportsPage", "Save c&hart…"), page))
{
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_chart->setObjectName(QStringLiteral("exportChartButton"));
    connect(m_csv, &QPushButton::clicked, this, &ReportExportActions::chooseCsvFile);
    connect(m_chart, &QPushButton::clicked, this, &ReportExportActions::chooseChartFile);
}

QString ReportExportActions::exportCsv(const QString& path) const
{
    const Breakdown b = m_breakdown();
    const QString column = b == Breakdown::Network    ? QStringLiteral("network")
                           : b == Breakdown::Campaign ? QStringLiteral("campaign")
                                                      : QStringLiteral("integration");
    return writeFileAtomically(path, breakdownCsv(m_rows, QString(), column),
                               QCoreApplication::translate("kd::ui::ReportsPage", "the report"));
}

QString ReportExportActions::exportChart(const QString& path) const
{
    return m_charts->exportCharts(path);
}

void ReportExportActions::askWhereToSave(const QString& title, const QString& filter,
                                         const QString& fileName,
                                         const std::function<QString(const QString&)>& save,
                                         const QString& savedSentence)
{
    auto* dialog = new QFileDialog(m_page, title, QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QFileInfo(fileName).suffix());
    dialog->selectFile(fileName);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, save, savedSentence](const QString& path) {
                const QString error = save(path);
                m_status->showMessage(
                    error.isEmpty() ? savedSentence.arg(QDir::toNativeSeparators(path)) : error);
            });
    dialog->open();
}

void ReportExportActions::chooseCsvFile()
{
    askWhereToSave(
        QCoreApplication::translate("kd::ui::ReportsPage", "Export the table"),
        QCoreApplication::translate("kd::ui::ReportsPage", "CSV files (*.csv)"),
        QStringLiteral("kintura-report.csv"),
        [this](const QString& path) { return exportCsv(path); },
        QCoreApplication::translate("kd::ui::ReportsPage", "Saved the table to %1."));
}

void ReportExportActions::chooseChartFile()
{
    askWhereToSave(
        QCoreApplication::translate("kd::ui::ReportsPage", "Save the chart"),
        QCoreApplication::translate("kd::ui::ReportsPage", "PNG images (*.png)"),
        QStringLiteral("kintura-chart.png"),
        [this](const QString& path) { return exportChart(path); },
        QCoreApplication::translate("kd::ui::ReportsPage", "Saved the chart to %1."));
}

} // namespace kd::ui
