#pragma once

// Helpers of the Reports page's suites (tst_reportspage, tst_reportscharts, tst_reportsexport,
// and the Reports part of tst_keyboard): a simulated tracker connected and its page shown,
// reaching the page's widgets the way a user does (a legend entry's place on screen, a table
// header's section, a save dialog's file name field) and reading what they show back into
// numbers.

#include "ConnectedTracker.h"
#include "DeskWindow.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "SimFixture.h"
#include "TextFits.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationManager.h"
#include "reports/Metrics.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kd::test {

// The simulator's totals of the whole days of `range` (today is in progress).
inline Metrics simTotals(const sim::SimServer& server, const DayRange& range, const QDate& today)
{
    Metrics m;
    const QDate to = std::min(range.to, today.addDays(-1));
    for (const StatsRow& r :
         server.dataset().stats({range.from, to, StatsGroup::Date, {}, {}}, today, 0))
        m.add(r);
    return m;
}

// One simulated tracker, connected, and the main window on the Reports page (reached with
// Ctrl+3) once the first sync of the default range (the last 30 days) is up to date.
struct ReportsOnTracker
{
    QTemporaryDir dir;
    SimFixture sim;
    MemoryCredentialStore* store = nullptr; // the context's
    std::unique_ptr<AppContext> context;
    QString id;
    std::unique_ptr<DeskWindow> window;
    ui::ReportsPage* page = nullptr;
    QLabel* status = nullptr; // the sync status line

    // Check QTest::currentTestFailed() after it.
    void open()
    {
        store = new MemoryCredentialStore;
        context = AppContext::create(dir.path(), store);
        context->setClientOptions(SimFixture::fastOptions());
        id = connectTracker(*context, sim, QStringLiteral("Kintura - Brand A"));
        QVERIFY(!id.isEmpty());

        window = std::make_unique<DeskWindow>(context.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), ui::MainWindow::Reports);
        page = window->reportsPage();
        status = page->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Up to date")),
                                  qPrintable(status->text()), 20'000);
    }
};

// Where a legend entry's label is drawn, in the view's viewport; null when not found.
inline QPoint legendEntryPosition(QChartView* view, const QString& label)
{
    QList<QGraphicsItem*> items = view->chart()->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items += item->childItems();
        auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (text && text->isVisible() && text->toPlainText() == label)
            return view->mapFromScene(text->mapToScene(text->boundingRect().center()));
    }
    return {};
}

// Clicks a column's header section with the mouse.
inline void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// The table is sorted by `column` in `order` (header and rows), with the totals row last.
inline void checkSortedTotalsLast(QTableView* table, int column, Qt::SortOrder order)
{
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), order);
    QAbstractItemModel* rows = table->model();
    const int last = rows->rowCount() - 1;
    QVERIFY(rows->index(last, 0).data(ui::ReportTableModel::IsTotalRole).toBool());
    for (int row = 1; row < last; ++row) {
        QVERIFY(!rows->index(row, 0).data(ui::ReportTableModel::IsTotalRole).toBool());
        const double above =
            rows->index(row - 1, column).data(ui::ReportTableModel::SortRole).toDouble();
        const double here =
            rows->index(row, column).data(ui::ReportTableModel::SortRole).toDouble();
        QVERIFY(order == Qt::AscendingOrder ? above <= here : above >= here);
    }
}

// A number as the table shows it ("1,234.5%", "0.1250 USD", "12,5 %"), read back with the
// default locale; NaN when it is not one.
inline double shownNumber(QString text)
{
    const QLocale locale;
    text.remove(QStringLiteral(" USD")).remove(locale.percent()).remove(QChar(0x00A0));
    bool ok = false;
    const double value = locale.toDouble(text.trimmed(), &ok);
    return ok ? value : qQNaN();
}

// Presses `button`, waits for the save dialog it opens, goes to `path`'s folder, types its
// file name and presses Enter. Needs Qt::AA_DontUseNativeDialogs (a native dialog has no widgets).
inline void saveThroughDialog(QPushButton* button, const QString& path)
{
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())));
    // The folder as a user would reach it first; then the name typed: typing a whole path
    // opens the folder completion list at unforeseeable moments.
    dialog->setDirectory(QFileInfo(path).absolutePath());
    QApplication::setActiveWindow(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    name->selectAll();
    QTest::keyClicks(name, QFileInfo(path).fileName());
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

// Sorting by a header click keeps the totals row last in both orders; a row's derived
// metrics agree with its own numbers; German and Russian numbers, money and percents are
// written as those languages write them, on the chart's axes too.
inline void checkReportTable(ui::ReportsPage* page)
{
    using Col = ui::ReportTableModel::Column;
    QTableView* table = page->table();
    QAbstractItemModel* model = table->model();
    QHeaderView* header = table->horizontalHeader();
    const int rows = model->rowCount();
    QVERIFY(rows >= 3);
    auto sortBy = [&](int column, Qt::SortOrder order) {
        for (int i = 0; i < 3 && !(header->sortIndicatorSection() == column &&
                                   header->sortIndicatorOrder() == order);
             ++i)
            clickHeader(table, column);
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(header->sortIndicatorOrder(), order);
    };
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        sortBy(Col::Visits, order);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(model->index(rows - 1, Col::Name).data().toString(), QStringLiteral("Total"));
        for (int row = 0; row + 1 < rows; ++row) {
            QVERIFY(!model->index(row, 0).data(ui::ReportTableModel::IsTotalRole).toBool());
            if (row == 0)
                continue;
            const qint64 above = model->index(row - 1, Col::Visits)
                                     .data(ui::ReportTableModel::SortRole)
                                     .toLongLong();
            const qint64 here =
                model->index(row, Col::Visits).data(ui::ReportTableModel::SortRole).toLongLong();
            QVERIFY(order == Qt::AscendingOrder ? above <= here : above >= here);
        }
    }
    sortBy(Col::Revenue, Qt::DescendingOrder); // as the rest of the test expects

    // ROI, conversion rate and EPC of a row, from its visits, conversions, revenue, cost.
    int row = 0;
    auto raw = [&](int column) {
        return model->index(row, column).data(ui::ReportTableModel::SortRole).toDouble();
    };
    while (row + 1 < rows && (raw(Col::Cost) <= 0 || raw(Col::Visits) <= 0))
        ++row;
    QVERIFY(row + 1 < rows);
    const double visits = raw(Col::Visits);
    const double revenue = raw(Col::Revenue) / 1e6;
    const double cost = raw(Col::Cost) / 1e6;
    auto shown = [&](int column) {
        return shownNumber(model->index(row, column).data().toString());
    };
    QVERIFY(qAbs(shown(Col::Roi) - (revenue - cost) / cost * 100) <= 0.051);
    QVERIFY(qAbs(shown(Col::ConversionRate) - raw(Col::Conversions) / visits * 100) <= 0.0051);
    QVERIFY(qAbs(shown(Col::Epc) - revenue / visits) <= 0.00006);
    QVERIFY(model->index(row, Col::Roi).data().toString().endsWith(QLatin1Char('%')));

    const QLocale before;
    auto* refresh = page->findChild<QPushButton*>(QStringLiteral("refreshReportButton"));
    const auto total = page->tableModel()->totals(QStringLiteral("USD"));
    QVERIFY(total.revenue >= 1000 * kMoneyUnit && total.visits >= 1000);
    for (const QLocale::Language language : {QLocale::German, QLocale::Russian}) {
        QLocale::setDefault(QLocale(language));
        QTRY_VERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton); // shows the cache again, at once
        const QChar group = language == QLocale::German ? QLatin1Char('.') : QChar(0x00A0);
        const QString money = model->index(rows - 1, Col::Revenue).data().toString();
        const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(%1\\d{3})+,\\d{2} USD$")
                                             .arg(QRegularExpression::escape(QString(group))));
        QVERIFY2(grouped.match(money).hasMatch(), qPrintable(money));
        const QString visitsText = model->index(rows - 1, Col::Visits).data().toString();
        QVERIFY2(visitsText.contains(group), qPrintable(visitsText));
        // Both write a no-break space before the percent sign: "12,5 %".
        const QString roi = model->index(rows - 1, Col::Roi).data().toString();
        QVERIFY2(roi.endsWith(QStringLiteral("\u00A0%")) && roi.contains(QLatin1Char(',')),
                 qPrintable(roi));
        for (QChartView* view : {page->charts()->timeChartView(), page->charts()->topChartView()}) {
            QVERIFY(view->chart()->localizeNumbers());
            QCOMPARE(view->chart()->locale().language(), language);
        }
    }
    QLocale::setDefault(before);
    QTRY_VERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
}

} // namespace kd::test
