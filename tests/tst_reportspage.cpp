// The Reports page against the simulator: sync on a worker thread, the chart and the table
// filled from the cache, a range change, and the offline notice.
#include "SimFixture.h"
#include "Snapshot.h"

#include "MainWindow.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "reports/Metrics.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

class TestReportsPage : public QObject
{
    Q_OBJECT

    static Metrics simTotals(const sim::SimServer& server, const DayRange& range,
                             const QDate& today)
    {
        Metrics m;
        // Today is in progress: compare whole days only.
        const QDate to = std::min(range.to, today.addDays(-1));
        for (const StatsRow& r :
             server.dataset().stats({range.from, to, StatsGroup::Date, {}, {}}, today, 0))
            m.add(r);
        return m;
    }

private Q_SLOTS:
    void reportsFromTheTracker()
    {
        QTemporaryDir dir;
        SimFixture sim;
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        Integration i;
        i.name = QStringLiteral("Kintura - Brand A");
        i.trackerUrl = sim.server->baseUrl();
        i.currency = QStringLiteral("USD");
        QString id;
        context->manager()->add(
            i, sim.credentials(), context.get(),
            [&](const IntegrationManager::Outcome&, const QString& assigned) { id = assigned; });
        QTRY_VERIFY(!id.isEmpty());
        QTRY_COMPARE(context->monitor()->report(id).status,
                     ConnectionStatus::Connected); // time zone known

        ui::MainWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::Reports);
        auto* page = window.reportsPage();
        auto* status = page->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Up to date")),
                                  qPrintable(status->text()), 20'000);

        // Last 30 days (the default): one point a day in the chart, the table's total matches
        // the tracker's numbers.
        const QDate today = context->reports()->trackerToday(id);
        DayRange range = presetRange(RangePreset::Last30, today);
        QCOMPARE(page->conversionsSeries()->count(), range.days());
        QCOMPARE(page->revenueSeries()->count(), range.days());
        auto* table = page->table();
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

        // Export: the table as RFC 4180 CSV, the chart as PNG.
        const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
        QCOMPARE(page->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("name,visits,conversions,revenue,cost,profit,roi_"
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
        QCOMPARE(page->exportChart(pngPath), QString());
        const QImage chart(pngPath);
        QVERIFY(!chart.isNull() && chart.width() > 200);

        // Another range: the chart follows.
        auto* rangeCombo = page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last7)));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Up to date")), 20'000);
        QCOMPARE(page->conversionsSeries()->count(), 7);

        // The tracker goes away: the cached numbers stay, with an offline notice.
        const int rowsBefore = table->model()->rowCount();
        sim.fault(QStringLiteral("stats"), QStringLiteral("status"), 1000, 503);
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last90)));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Offline")), 20'000);
        QVERIFY2(status->text().contains(QStringLiteral("HTTP 503")), qPrintable(status->text()));
        QCOMPARE(table->model()->rowCount(), rowsBefore); // the 30 cached days are still shown
        QVERIFY(page->conversionsSeries()->count() >= 30);
    }

    // Two Kintura trackers both receive one Facebook campaign's clicks: the page says so,
    // naming the campaign, the network and both integrations. The breakdown by campaign uses
    // the tracker's campaign names.
    void doubleCountingIsWarnedAbout()
    {
        QTemporaryDir dir;
        sim::SimConfig one;
        one.seed = 21;
        one.sharedExternalIds = {QStringLiteral("23851234567890123")};
        sim::SimConfig two = one;
        two.seed = 22;
        SimFixture simA(one);
        SimFixture simB(two);
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        QStringList ids;
        for (auto* sim : {&simA, &simB}) {
            Integration i;
            i.name = sim == &simA ? QStringLiteral("Kintura - Brand A")
                                  : QStringLiteral("Kintura - Brand B");
            i.trackerUrl = sim->server->baseUrl();
            i.currency = QStringLiteral("USD");
            context->manager()->add(
                i, sim->credentials(), context.get(),
                [&](const IntegrationManager::Outcome&, const QString& id) { ids << id; });
        }
        QTRY_COMPARE(ids.size(), 2);
        for (const QString& id : ids)
            QTRY_COMPARE(context->monitor()->report(id).status, ConnectionStatus::Connected);

        ui::MainWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Reports);
        auto* page = window.reportsPage();
        auto* warning = page->findChild<QLabel*>(QStringLiteral("conflictWarning"));
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 30'000);
        const QString text = warning->text();
        QVERIFY2(text.contains(QStringLiteral("23851234567890123")) &&
                     text.contains(QStringLiteral("Facebook (Meta)")) &&
                     text.contains(QStringLiteral("Kintura - Brand A")) &&
                     text.contains(QStringLiteral("Kintura - Brand B")) &&
                     text.contains(QStringLiteral("counted twice")),
                 qPrintable(text));
        snapshot(&window, QStringLiteral("reports-conflict"));

        // By campaign: one row per campaign with traffic, named as in the tracker.
        auto* status = page->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 30'000);
        auto* breakdown = page->findChild<QComboBox*>(QStringLiteral("breakdownCombo"));
        breakdown->setCurrentIndex(1);
        auto* table = page->table();
        QTRY_VERIFY(table->model()->rowCount() > 5);
        QStringList names;
        for (int row = 0; row < table->model()->rowCount() - 1; ++row)
            names << table->model()->index(row, ui::ReportTableModel::Name).data().toString();
        QVERIFY2(std::any_of(names.begin(), names.end(),
                             [](const QString& n) { return n.contains(QStringLiteral(" - ")); }),
                 qPrintable(names.join(QStringLiteral("; "))));
        Q_UNUSED(status);
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
