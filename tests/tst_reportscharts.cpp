// The Reports page's charts and breakdown table against the simulator: one point a day, the
// tracker's totals, rows named after the ad networks, the axes, the hover readout, the legend,
// sorting, locale-aware numbers, a line and a total per currency, and downsampling.
#include "ReportsPageHelpers.h"
#include "SimFixture.h"
#include "Snapshot.h"

#include "DeskWindow.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "reports/Metrics.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "reports/TimeSeries.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QValueAxis>

using namespace kd;
using namespace kd::test;

class TestReportsCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The last 30 days from the tracker: the chart and the table agree with its numbers, rows
    // are named after the ad networks, the bars follow the table; the time chart's axes, its
    // hover readout and legend; the table's sorting, derived metrics and locale numbers.
    void chartAndTableFromTheTracker()
    {
        ReportsOnTracker f;
        f.open();
        if (QTest::currentTestFailed())
            return;
        SimFixture& sim = f.sim;
        AppContext* context = f.context.get();
        const QString id = f.id;
        test::DeskWindow& window = *f.window;
        ui::ReportsPage* page = f.page;

        // Last 30 days (the default): one point a day in the chart, the table's total matches
        // the tracker's numbers.
        const QDate today = context->reports()->trackerToday(id);
        const DayRange range = presetRange(RangePreset::Last30, today);
        QCOMPARE(page->conversionsSeries()->count(), range.days());
        QCOMPARE(page->revenueSeries()->count(), range.days());
        QTableView* table = page->table();
        QVERIFY(table->model()->rowCount() >= 4); // 3 networks and the total
        const int totalRow = table->model()->rowCount() - 1;
        QCOMPARE(table->model()->index(totalRow, ui::ReportTableModel::Name).data().toString(),
                 QStringLiteral("Total"));
        // Whole days of the chart agree with the simulator's numbers.
        const Metrics expected = simTotals(*sim.server, range, today);
        double chartConversions = 0;
        for (const QPointF& p : page->conversionsSeries()->points()) {
            if (QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date() < today)
                chartConversions += p.y();
        }
        QCOMPARE(qint64(chartConversions), expected.conversions);
        snapshot(&window, QStringLiteral("reports"));

        // Rows are named after the ad networks (the templates' presets), not source ids.
        // Read again on each try: the templates that name them may come after the sync.
        auto networkNames = [&] {
            QStringList names;
            for (int row = 0; row < totalRow; ++row)
                names << table->model()->index(row, ui::ReportTableModel::Name).data().toString();
            return names;
        };
        QTRY_VERIFY2(networkNames().contains(QStringLiteral("Facebook (Meta)")),
                     qPrintable(networkNames().join(QStringLiteral("; "))));

        // The bar chart shows the top rows by revenue, the table's first row first.
        const QStringList bars = page->charts()->topCategories();
        QVERIFY(!bars.isEmpty());
        QCOMPARE(bars.first(),
                 table->model()->index(0, ui::ReportTableModel::Name).data().toString());

        // The time chart: conversions on a value axis of their own, revenue on another, days
        // along a date axis.
        auto* view = page->charts()->timeChartView();
        const QList<QAbstractAxis*> vertical = view->chart()->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 2);
        QCOMPARE(view->chart()->axes(Qt::Horizontal).size(), 1);
        QVERIFY(qobject_cast<QDateTimeAxis*>(view->chart()->axes(Qt::Horizontal).first()));
        for (QLineSeries* series : {page->conversionsSeries(), page->revenueSeries()}) {
            QStringList titles;
            for (QAbstractAxis* axis : series->attachedAxes()) {
                if (axis->orientation() == Qt::Vertical) {
                    QVERIFY(qobject_cast<QValueAxis*>(axis));
                    titles << axis->titleText();
                }
            }
            QCOMPARE(titles, QStringList{series == page->conversionsSeries()
                                             ? QStringLiteral("Conversions")
                                             : QStringLiteral("Revenue (USD)")});
        }
        // And both value axes draw their numbers (Qt Charts 6.4 drew none for a "%d" format
        // with localized numbers): the digits left and right of the plot.
        const QRectF plot = view->chart()->plotArea();
        static const QRegularExpression number(QStringLiteral("^[0-9][0-9,. \u00a0\u202f]*$"));
        int left = 0;
        int right = 0;
        for (QGraphicsItem* item : view->scene()->items()) {
            auto* label = dynamic_cast<QGraphicsTextItem*>(item);
            if (!label || !label->isVisible() ||
                !number.match(label->toPlainText().trimmed()).hasMatch())
                continue;
            const QPointF at = label->sceneBoundingRect().center();
            if (at.x() < plot.left() && at.y() < plot.bottom())
                ++left;
            else if (at.x() > plot.right())
                ++right;
        }
        QVERIFY2(left >= 2, qPrintable(QString::number(left)));
        QVERIFY2(right >= 2, qPrintable(QString::number(right)));

        // Hovering the chart reads out the exact values of the day under the mouse, also just
        // left of its point (late the day before, in time): aim 3 pixels towards the previous
        // point, on the line.
        const int aimed = 5;
        const QPointF point = page->conversionsSeries()->at(aimed);
        auto toView = [&](const QPointF& value) {
            return view->mapFromScene(
                view->chart()->mapToPosition(value, page->conversionsSeries()));
        };
        const QPointF on = toView(point);
        const QPointF before = toView(page->conversionsSeries()->at(aimed - 1));
        const QPointF towards = before - on;
        const QPoint at = (on + towards * (3.0 / std::hypot(towards.x(), towards.y()))).toPoint();
        QVERIFY(at.x() < on.x());
        QTest::mouseMove(view->viewport(), view->viewport()->rect().center() + QPoint(7, 3));
        QTest::mouseMove(view->viewport(), at);
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        double revenueOfDay = qQNaN();
        for (const QPointF& p : page->revenueSeries()->points()) {
            if (qint64(p.x()) == qint64(point.x()))
                revenueOfDay = p.y();
        }
        const QString expectedReadout = QLocale().toString(day, QLocale::ShortFormat) +
                                        QStringLiteral(": %1 conversion").arg(qint64(point.y()));
        const QString expectedRevenue =
            QStringLiteral("revenue %1 USD").arg(QLocale().toString(revenueOfDay, 'f', 2));
        QTRY_VERIFY2(page->charts()->readout().startsWith(expectedReadout) &&
                         page->charts()->readout().contains(expectedRevenue),
                     qPrintable(page->charts()->readout() + QStringLiteral(" / ") +
                                expectedReadout + QStringLiteral(" … ") + expectedRevenue));

        // A legend entry, clicked with the mouse, hides its line and brings it back.
        for (QLineSeries* series : {page->conversionsSeries(), page->revenueSeries()}) {
            const QPoint entry = legendEntryPosition(view, series->name());
            QVERIFY2(!entry.isNull(), qPrintable(series->name()));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, entry);
            QTRY_VERIFY(!series->isVisible());
            QVERIFY(page->conversionsSeries()->isVisible() != page->revenueSeries()->isVisible());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, entry);
            QTRY_VERIFY(series->isVisible());
        }
    }

    // Sorting by keyboard: Ctrl+Shift+S in a cell sorts by its column, again reverses it, the
    // totals (one per currency) stay last; the sort is in the table's and the sorted column
    // header's accessible description, and the header's tooltip, the table's tooltip and
    // What's This and its context menu give the key.
    void sortingByKeyboardIsAnnounced()
    {
        ui::ReportTableModel model;
        QList<ui::ReportTableModel::Row> rows;
        const qint64 visits[] = {500, 20, 7'000, 300};
        for (int i = 0; i < 4; ++i) {
            Metrics m;
            m.visits = visits[i];
            m.conversions = 10 - i;
            m.revenue = (i + 1) * 100 * kMoneyUnit;
            rows.append({QStringLiteral("Network %1").arg(i), m,
                         i % 2 ? QStringLiteral("EUR") : QStringLiteral("USD")});
        }
        model.setRows(rows, QStringLiteral("Ad network"));
        ui::ReportTableView view(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);
        view.setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), &view);

        const QString key =
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText);
        QAbstractItemModel* shown = view.model();
        QVERIFY(shown->headerData(ui::ReportTableModel::Visits, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(key));
        QVERIFY(view.whatsThis().contains(key));
        // No tooltip on the view itself: every cell would show it.
        QCOMPARE(view.toolTip(), QString());
        QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
        const QList<QAction*> actions = view.actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(), [&](QAction* a) {
            return a->shortcut() == QKeySequence(key, QKeySequence::NativeText) &&
                   !a->text().isEmpty();
        }));
        // Revenue, highest first, until the user sorts.
        auto description = [&] {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&view);
            return accessible ? accessible->text(QAccessible::Description) : QString();
        };
        QVERIFY2(description().startsWith(QStringLiteral("Sorted by Revenue, descending.")),
                 qPrintable(description()));
        QVERIFY(description().contains(key));

        // A cell of the Visits column, by keys.
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentIndex().column(), int(ui::ReportTableModel::Visits));
        auto column = [&](int c, int role) {
            QStringList values;
            for (int row = 0; row < shown->rowCount(); ++row)
                values << shown->index(row, c).data(role).toString();
            return values;
        };
        const QStringList totalsLast{QStringLiteral("Total in EUR"),
                                     QStringLiteral("Total in USD")};
        // The first press sorts as a click on the header would (the style chooses the order),
        // the second reverses it.
        std::optional<Qt::SortOrder> first;
        for (int press = 0; press < 2; ++press) {
            QTest::keyClick(&view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(view.horizontalHeader()->sortIndicatorSection(),
                     int(ui::ReportTableModel::Visits));
            const Qt::SortOrder order = view.horizontalHeader()->sortIndicatorOrder();
            if (first)
                QVERIFY(order != *first);
            first = order;
            const QStringList names = column(ui::ReportTableModel::Name, Qt::DisplayRole);
            QCOMPARE(names.mid(4), totalsLast);
            const QStringList expected =
                order == Qt::AscendingOrder
                    ? QStringList{QStringLiteral("Network 1"), QStringLiteral("Network 3"),
                                  QStringLiteral("Network 0"), QStringLiteral("Network 2")}
                    : QStringList{QStringLiteral("Network 2"), QStringLiteral("Network 0"),
                                  QStringLiteral("Network 3"), QStringLiteral("Network 1")};
            QCOMPARE(names.mid(0, 4), expected);
            const QString said = order == Qt::AscendingOrder
                                     ? QStringLiteral("Sorted by Visits, ascending.")
                                     : QStringLiteral("Sorted by Visits, descending.");
            QVERIFY2(description().startsWith(said), qPrintable(description()));
            // The sorted column's header says so; the others say nothing of sorting.
            QCOMPARE(shown
                         ->headerData(ui::ReportTableModel::Visits, Qt::Horizontal,
                                      Qt::AccessibleDescriptionRole)
                         .toString(),
                     said);
            QCOMPARE(shown
                         ->headerData(ui::ReportTableModel::Revenue, Qt::Horizontal,
                                      Qt::AccessibleDescriptionRole)
                         .toString(),
                     QString());
            QCOMPARE(view.currentIndex().column(), int(ui::ReportTableModel::Visits));
        }
        // Another column, then the first column's name following the breakdown.
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(ui::ReportTableModel::Name));
        const Qt::SortOrder byKey = view.horizontalHeader()->sortIndicatorOrder();
        model.setRows(rows, QStringLiteral("Campaign"));
        QVERIFY2(description().startsWith(QStringLiteral("Sorted by Campaign, ")),
                 qPrintable(description()));
        QCOMPARE(column(ui::ReportTableModel::Name, Qt::DisplayRole).mid(4), totalsLast);
        // A click on another column's header starts in the order the key started in.
        clickHeader(&view, ui::ReportTableModel::Conversions);
        QCOMPARE(view.horizontalHeader()->sortIndicatorSection(),
                 int(ui::ReportTableModel::Conversions));
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), byKey);
    }

    // Two trackers in USD and EUR under "All integrations": a revenue line and a total per
    // currency, never one sum, and a notice that says so.
    void currenciesSideBySide()
    {
        QTemporaryDir dir;
        sim::SimConfig usdConfig;
        usdConfig.seed = 31;
        sim::SimConfig eurConfig;
        eurConfig.seed = 32;
        eurConfig.settings.currency = QStringLiteral("EUR");
        eurConfig.settings.timeZone = QStringLiteral("Europe/Berlin");
        SimFixture usd(usdConfig);
        SimFixture eur(eurConfig);
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        QHash<QString, QString> idByCurrency;
        for (auto* sim : {&usd, &eur}) {
            const QString currency = sim == &usd ? QStringLiteral("USD") : QStringLiteral("EUR");
            const QString id =
                connectTracker(*context, *sim, QStringLiteral("Kintura - ") + currency, currency);
            QVERIFY(!id.isEmpty());
            idByCurrency.insert(currency, id);
        }

        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Reports);
        auto* page = window.reportsPage();
        auto* integration = page->findChild<QComboBox*>(QStringLiteral("reportIntegrationCombo"));
        QCOMPARE(integration->itemText(0), QStringLiteral("All integrations"));
        integration->setCurrentIndex(0);
        auto* breakdown = page->findChild<QComboBox*>(QStringLiteral("breakdownCombo"));
        breakdown->setCurrentIndex(breakdown->findData(int(Breakdown::Integration)));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     page->tableModel()->rowCount() == 4,
                                 30'000); // two integrations, two totals
        auto* note = page->findChild<QLabel*>(QStringLiteral("currencyNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("EUR")) &&
                     note->text().contains(QStringLiteral("USD")) &&
                     note->text().contains(QStringLiteral("never added")),
                 qPrintable(note->text()));
        QCOMPARE(page->charts()->revenueSeries().size(), 2);
        QStringList totals;
        for (int row = 0; row < page->tableModel()->rowCount(); ++row) {
            if (page->tableModel()->index(row, 0).data(ui::ReportTableModel::IsTotalRole).toBool())
                totals << page->tableModel()->index(row, 0).data().toString();
        }
        QCOMPARE(totals,
                 (QStringList{QStringLiteral("Total in EUR"), QStringLiteral("Total in USD")}));
        // Each total is that tracker's own revenue, in its own currency.
        for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
            const QString id = idByCurrency.value(currency);
            const DayRange range =
                presetRange(RangePreset::Last30, context->reports()->trackerToday(id));
            Metrics fromCache;
            for (const StatsRow& r : context->reports()->cache()->rows(
                     id, ReportDataset::DailyTotals, range.from, range.to))
                fromCache.add(r);
            QCOMPARE(page->tableModel()->totals(currency).revenue, fromCache.revenue);
        }
        // CSV keeps them apart too.
        const QString csvPath = dir.filePath(QStringLiteral("all.csv"));
        QCOMPARE(page->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("integration,"));
        QCOMPARE(text.count("\r\nTotal,"), 2);
        snapshot(&window, QStringLiteral("reports-currencies"));
    }

    // More days than the plot has pixels: the lines are downsampled to its width, keeping the
    // highest peak, and drawn again in full when the plot widens.
    void downsamplingFollowsThePlotWidth()
    {
        ui::ReportCharts charts;
        charts.resize(1100, 420);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QDate today = QDate::currentDate();
        const DayRange range{today.addDays(-89), today};
        QMap<QDate, Metrics> days;
        for (int i = 0; i < range.days(); ++i) {
            Metrics m;
            m.visits = 1000;
            m.conversions = i == 37 ? 500 : 10 + (i * 7) % 13;
            m.revenue = m.conversions * 3 * kMoneyUnit;
            days.insert(range.from.addDays(i), m);
        }
        charts.showTimeSeries({{QStringLiteral("USD"), days}}, range);
        QLineSeries* series = charts.conversionsSeries();
        QChart* chart = charts.timeChartView()->chart();
        auto peak = [&] {
            double most = 0;
            for (const QPointF& p : series->points())
                most = std::max(most, p.y());
            return most;
        };
        QTRY_VERIFY(chart->plotArea().width() > 90);
        QTRY_COMPARE(series->count(), 90);

        auto* splitter = charts.findChild<QSplitter*>(QStringLiteral("chartSplitter"));
        splitter->setSizes({150, 950});
        QTRY_VERIFY2(chart->plotArea().width() < 80,
                     qPrintable(QString::number(chart->plotArea().width())));
        QTRY_COMPARE(series->count(), std::max(3, int(chart->plotArea().width())));
        QCOMPARE(peak(), 500.0);
        QCOMPARE(series->at(0).x(), double(range.from.startOfDay().toMSecsSinceEpoch()));
        QCOMPARE(series->at(series->count() - 1).x(),
                 double(range.to.startOfDay().toMSecsSinceEpoch()));
        QCOMPARE(charts.revenueSeries().first()->count(), series->count());

        splitter->setSizes({800, 300});
        QTRY_COMPARE(series->count(), 90);
        QCOMPARE(peak(), 500.0);
    }
};

QTEST_MAIN(TestReportsCharts)
#include "tst_reportscharts.moc"
