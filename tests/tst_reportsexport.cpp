// The Reports page's exports and layout: the table as CSV and the chart as PNG through the
// buttons and their save dialogs, and nothing cut off in Spanish, Brazilian Portuguese and
// Russian.
#include "ReportsPageHelpers.h"
#include "SimFixture.h"

#include "DeskWindow.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "i18n/Translations.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

class TestReportsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The save dialogs as widgets, so that the test can type into them (the user's
        // desktop may give a native one, which has none).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    }

    // Export through the buttons and their save dialogs: the table as RFC 4180 CSV whose total
    // is the table's, the chart as PNG; the status line says where they went.
    void exportsThroughTheDialogs()
    {
        ReportsOnTracker f;
        f.open();
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir& dir = f.dir;
        ui::ReportsPage* page = f.page;
        QLabel* status = f.status;
        QTableView* table = page->table();
        const int totalRow = table->model()->rowCount() - 1;

        // Export through the buttons and their save dialogs: the table as RFC 4180 CSV, the
        // chart as PNG.
        const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
        saveThroughDialog(page->findChild<QPushButton*>(QStringLiteral("exportCsvButton")),
                          csvPath);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(status->text().contains(QStringLiteral("Saved the table to")),
                 qPrintable(status->text()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("network,visits,conversions,revenue,cost,profit,roi_"
                                           "percent,conversion_rate_percent,epc,currency\r"));
        QCOMPARE(lines.size() - 2,
                 table->model()->rowCount()); // header, rows, empty after the last CRLF
        const QByteArray totalLine = lines[lines.size() - 2];
        QVERIFY2(totalLine.startsWith("Total,") && totalLine.endsWith(",USD\r"),
                 totalLine.constData());
        const QString csvRevenue = QString::fromUtf8(totalLine).split(QLatin1Char(','))[3];
        QString tableRevenue =
            table->model()->index(totalRow, ui::ReportTableModel::Revenue).data().toString();
        QVERIFY2(tableRevenue.remove(QLatin1Char(',')).startsWith(csvRevenue),
                 qPrintable(csvRevenue + QStringLiteral(" vs ") + tableRevenue));
        const QString pngPath = dir.filePath(QStringLiteral("chart.png"));
        saveThroughDialog(page->findChild<QPushButton*>(QStringLiteral("exportChartButton")),
                          pngPath);
        if (QTest::currentTestFailed())
            return;
        const QImage chart(pngPath);
        QVERIFY(!chart.isNull() && chart.width() > 200);
    }

    // In Spanish, Brazilian Portuguese and Russian nothing on the Reports page is cut off at
    // the window's default size: every combo is wide enough for its text, every label and
    // button for its own size hint.
    void fitsInEveryLanguage_data() { test::addLanguageRows(); }

    void fitsInEveryLanguage()
    {
        QFETCH(QString, language);
        const test::LanguageScope speaking(language);
        QCOMPARE(speaking.installed(), language);
        QTemporaryDir dir;
        SimFixture sim;
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        QVERIFY(!connectTracker(*context, sim, QStringLiteral("Kintura - Brand A")).isEmpty());

        test::DeskWindow window(context.get());
        const QSize defaultSize = window.size();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Reports);
        auto* page = window.reportsPage();
        auto* network = page->findChild<QComboBox*>(QStringLiteral("networkFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() && network->count() > 1, 30'000);
        QVERIFY2(network->itemText(0) != QStringLiteral("All ad networks"),
                 "the translation is not loaded");
        QTRY_COMPARE(window.size(), defaultSize);

        checkNothingCutOff(page);
    }
};

QTEST_MAIN(TestReportsExport)
#include "tst_reportsexport.moc"
