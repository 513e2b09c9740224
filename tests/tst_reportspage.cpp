// The Reports page against the simulator: sync on a worker thread, the chart and the table
// filled from the cache, a range change, and the offline notice.
#include "SimFixture.h"
#include "Snapshot.h"

#include "DeskWindow.h"
#include "ReportCharts.h"
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
#include "reports/TimeSeries.h"
#include "settings/Preferences.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
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

    // Adds an integration for a simulator and waits until its check says Connected (so that
    // its time zone is known). Empty on failure.
    static QString connectTracker(AppContext& context, const SimFixture& sim, const QString& name,
                                  const QString& currency = QStringLiteral("USD"))
    {
        Integration i;
        i.name = name;
        i.trackerUrl = sim.server->baseUrl();
        i.currency = currency;
        QString id;
        context.manager()->add(
            i, sim.credentials(), &context,
            [&](const IntegrationManager::Outcome&, const QString& assigned) { id = assigned; });
        if (!QTest::qWaitFor(
                [&] {
                    return !id.isEmpty() &&
                           context.monitor()->report(id).status == ConnectionStatus::Connected;
                },
                10'000))
            return {};
        return id;
    }

private Q_SLOTS:
    void reportsFromTheTracker()
    {
        QTemporaryDir dir;
        SimFixture sim;
        auto* store = new MemoryCredentialStore;
        auto context = AppContext::create(dir.path(), store);
        context->setClientOptions(SimFixture::fastOptions());
        const QString id = connectTracker(*context, sim, QStringLiteral("Kintura - Brand A"));
        QVERIFY(!id.isEmpty());

        test::DeskWindow window(context.get());
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
        QCOMPARE(page->exportChart(pngPath), QString());
        const QImage chart(pngPath);
        QVERIFY(!chart.isNull() && chart.width() > 200);

        // Rows are named after the ad networks (the templates' presets), not source ids.
        QStringList networkNames;
        for (int row = 0; row < totalRow; ++row)
            networkNames
                << table->model()->index(row, ui::ReportTableModel::Name).data().toString();
        QTRY_VERIFY2(networkNames.contains(QStringLiteral("Facebook (Meta)")),
                     qPrintable(networkNames.join(QStringLiteral("; "))));

        // The bar chart shows the top rows by revenue, the table's first row first.
        const QStringList bars = page->charts()->topCategories();
        QVERIFY(!bars.isEmpty());
        QCOMPARE(bars.first(),
                 table->model()->index(0, ui::ReportTableModel::Name).data().toString());

        // Hovering the chart reads out the exact values of the day under the mouse.
        const QPointF point = page->conversionsSeries()->at(5);
        auto* view = page->charts()->timeChartView();
        const QPoint at =
            view->mapFromScene(view->chart()->mapToPosition(point, page->conversionsSeries()));
        QTest::mouseMove(view->viewport(), at);
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        const QString expectedReadout = QLocale().toString(day, QLocale::ShortFormat) +
                                        QStringLiteral(": %1 conversion").arg(qint64(point.y()));
        if (!page->charts()->readout().startsWith(expectedReadout)) {
            // The offscreen platform does not always deliver hover: ask as the hover would.
            page->charts()->showReadoutNear(qint64(point.x()));
        }
        QVERIFY2(page->charts()->readout().startsWith(expectedReadout),
                 qPrintable(page->charts()->readout() + QStringLiteral(" / ") + expectedReadout));
        QVERIFY(page->charts()->readout().contains(QStringLiteral("USD")));

        // A legend entry hides its line and brings it back.
        const auto markers = view->chart()->legend()->markers(page->conversionsSeries());
        QCOMPARE(markers.size(), 1);
        Q_EMIT markers.first()->clicked();
        QVERIFY(!page->conversionsSeries()->isVisible());
        Q_EMIT markers.first()->clicked();
        QVERIFY(page->conversionsSeries()->isVisible());

        // Filter by one ad network: its row alone, and the chart of its days only.
        auto* network = page->findChild<QComboBox*>(QStringLiteral("networkFilter"));
        const int facebook = network->findText(QStringLiteral("Facebook (Meta)"));
        QVERIFY(facebook > 0);
        network->setFocus();
        network->setCurrentIndex(facebook);
        QTRY_COMPARE(table->model()->rowCount(), 2); // the network and the total
        Metrics facebookDays;
        for (const sim::SimTrafficSource& source : sim.server->dataset().trafficSources()) {
            if (source.preset != QLatin1String("facebook"))
                continue;
            for (const StatsRow& r : sim.server->dataset().stats({range.from,
                                                                  today.addDays(-1),
                                                                  StatsGroup::Date,
                                                                  {},
                                                                  QString::number(source.id)},
                                                                 today, 0))
                facebookDays.add(r);
        }
        double facebookConversions = 0;
        for (const QPointF& p : page->conversionsSeries()->points()) {
            if (QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date() < today)
                facebookConversions += p.y();
        }
        QCOMPARE(qint64(facebookConversions), facebookDays.conversions);
        QVERIFY(facebookDays.conversions < expected.conversions);
        network->setCurrentIndex(0);

        // Filter by one campaign, typed as a user would: its days are fetched and charted.
        const int rowsWithAllCampaigns = table->model()->rowCount();
        auto* breakdown = page->findChild<QComboBox*>(QStringLiteral("breakdownCombo"));
        breakdown->setCurrentIndex(breakdown->findData(int(Breakdown::Campaign)));
        QTRY_VERIFY(table->model()->rowCount() > 2);
        const QString topCampaign =
            table->model()->index(0, ui::ReportTableModel::Name).data().toString();
        QString topCampaignId;
        for (const sim::SimCampaign& c : sim.server->dataset().campaigns()) {
            if (c.title == topCampaign)
                topCampaignId = QString::number(c.id);
        }
        QVERIFY2(!topCampaignId.isEmpty(), qPrintable(topCampaign));
        auto* campaign = page->findChild<QComboBox*>(QStringLiteral("campaignFilter"));
        campaign->setFocus();
        campaign->lineEdit()->selectAll();
        QTest::keyClicks(campaign->lineEdit(), topCampaign);
        QTest::keyClick(campaign->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(campaign->currentData().toString(), topCampaignId);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     status->text().startsWith(QStringLiteral("Up to date")),
                                 20'000);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        Metrics campaignDays;
        for (const StatsRow& r : sim.server->dataset().stats(
                 {range.from, today.addDays(-1), StatsGroup::Date, topCampaignId, {}}, today, 0))
            campaignDays.add(r);
        double campaignConversions = 0;
        for (const QPointF& p : page->conversionsSeries()->points()) {
            if (QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date() < today)
                campaignConversions += p.y();
        }
        QCOMPARE(qint64(campaignConversions), campaignDays.conversions);
        campaign->setCurrentIndex(0);
        breakdown->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 20'000);

        // Hostile text in the campaign filter (typed, then pasted: 10,000 characters, control
        // characters, NUL, right-to-left, emoji) picks nothing and asks the tracker nothing.
        const qsizetype requestsBefore = sim.log().size();
        campaign->setFocus();
        campaign->lineEdit()->selectAll();
        QTest::keyClicks(campaign->lineEdit(), QStringLiteral("no such campaign <b>%1</b>"));
        QTest::keyClick(campaign->lineEdit(), Qt::Key_Return);
        campaign->lineEdit()->selectAll();
        campaign->lineEdit()->insert(QString(10'000, QLatin1Char('x')));
        QTest::keyClick(campaign->lineEdit(), Qt::Key_Return);
        campaign->lineEdit()->selectAll();
        campaign->lineEdit()->insert(QStringLiteral("\u202Ecampaign\U0001F600\u0001") + QChar(0) +
                                     QStringLiteral(" ' OR 1=1 --"));
        QTest::keyClick(campaign->lineEdit(), Qt::Key_Return);
        QCOMPARE(campaign->currentData().toString(), QString());
        QCOMPARE(table->model()->rowCount(), rowsWithAllCampaigns);
        QCOMPARE(sim.log().size(), requestsBefore);

        // A custom range: hostile dates are refused with a sentence, a long range is weekly.
        auto* rangeCombo = page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        rangeCombo->setCurrentIndex(rangeCombo->count() - 1);
        auto* from = page->findChild<QDateEdit*>(QStringLiteral("customFrom"));
        auto* to = page->findChild<QDateEdit*>(QStringLiteral("customTo"));
        auto* apply = page->findChild<QPushButton*>(QStringLiteral("applyCustomRange"));
        auto* rangeError = page->findChild<QLabel*>(QStringLiteral("customRangeError"));
        QTRY_VERIFY(from->isVisible());
        to->setDate(from->date().addDays(-3));
        QVERIFY2(rangeError->text().contains(QStringLiteral("before it starts")),
                 qPrintable(rangeError->text()));
        QVERIFY(!apply->isEnabled());
        from->setDate(today.addYears(-10));
        to->setDate(today);
        QVERIFY2(rangeError->text().contains(QStringLiteral("three years")),
                 qPrintable(rangeError->text()));
        QVERIFY(!apply->isEnabled());
        from->setDate(today.addDays(10));
        to->setDate(today.addDays(20));
        QVERIFY2(rangeError->text().contains(QStringLiteral("after today")),
                 qPrintable(rangeError->text()));
        from->setDate(today.addDays(-399));
        to->setDate(today);
        QCOMPARE(rangeError->text(), QString());
        QVERIFY(apply->isEnabled());
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Return); // Enter shows the range, as "Show" does
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     status->text().startsWith(QStringLiteral("Up to date")),
                                 30'000);
        QCOMPARE(page->charts()->bucket(), Bucket::Week);
        // 400 days are 58 or 59 ISO weeks (a point a week, starting on Mondays).
        QVERIFY2(page->conversionsSeries()->count() >= 58 &&
                     page->conversionsSeries()->count() <= 59,
                 qPrintable(QString::number(page->conversionsSeries()->count())));
        double weeklyConversions = 0;
        for (const QPointF& p : page->conversionsSeries()->points()) {
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date().dayOfWeek(), 1);
            weeklyConversions += p.y();
        }
        double dailyTruth = 0;
        for (const StatsRow& r : context->reports()->cache()->rows(id, ReportDataset::DailyTotals,
                                                                   today.addDays(-399), today))
            dailyTruth += double(r.conversions);
        QCOMPARE(weeklyConversions, dailyTruth);

        // Another range: the chart follows.
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

        // The keychain is locked: said plainly, and the cached numbers stay.
        store->setUnavailable(true);
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last30)));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     status->text().startsWith(QStringLiteral("Offline")),
                                 20'000);
        QVERIFY2(status->text().contains(QStringLiteral("keychain")) &&
                     status->text().contains(QStringLiteral("could not be read")) &&
                     !status->text().contains(QStringLiteral("rejected")) &&
                     !status->text().contains(QStringLiteral("nothing was saved")),
                 qPrintable(status->text()));
        QCOMPARE(page->conversionsSeries()->count(), 30);
        QCOMPARE(table->model()->rowCount(), rowsBefore);
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
        QVERIFY(!connectTracker(*context, simA, QStringLiteral("Kintura - Brand A")).isEmpty());
        QVERIFY(!connectTracker(*context, simB, QStringLiteral("Kintura - Brand B")).isEmpty());

        test::DeskWindow window(context.get());
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

    // The chart fills page by page while a sync runs, before the sync commits anything to the
    // cache; the preferences set the visit-time window and clear the cache, by keyboard.
    void chartFillsWhileSyncingAndPreferencesApply()
    {
        QTemporaryDir dir;
        SimFixture sim({}, 10); // the tracker allows 10 requests a second
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions(10));
        const QString id = connectTracker(*context, sim, QStringLiteral("Kintura - Slow"));
        QVERIFY(!id.isEmpty());

        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        auto* page = window.reportsPage();
        auto* rangeCombo = page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last90)));
        // Between the first page and the commit: points in the chart, none in the cache.
        int daysInPage = 0;
        connect(context->reports(), &ReportService::rowsArrived, this,
                [&](const QString&, ReportDataset dataset, const QString&,
                    const QList<StatsRow>& rows) {
                    if (dataset == ReportDataset::DailyTotals && daysInPage == 0)
                        daysInPage = int(rows.size()); // one row a day with traffic
                });
        window.showPage(ui::MainWindow::Reports);
        // The first page's days are drawn (the redraw is coalesced: within a tenth of a
        // second) while the sync is still running and the cache holds none of them.
        const DayRange range =
            presetRange(RangePreset::Last90, context->reports()->trackerToday(id));
        QTRY_VERIFY_WITH_TIMEOUT(daysInPage > 0 && page->conversionsSeries()->count() >= daysInPage,
                                 20'000);
        QVERIFY(context->reports()->isSyncing());
        QCOMPARE(context->reports()
                     ->cache()
                     ->cachedDays(id, ReportDataset::DailyTotals, range.from, range.to)
                     .size(),
                 0);
        // The small workload has 30 days of history: the page's days with traffic show.
        QVERIFY(daysInPage >= 25);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 30'000);
        QCOMPARE(page->conversionsSeries()->count(), 90);

        // Ctrl+, opens the preferences; the window is typed in, Enter keeps it.
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("preferencesDialog"))));
        auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("visitWindowSpin"));
        QCOMPARE(spin->value(), 7);
        auto* info = dialog->findChild<QLabel*>(QStringLiteral("cacheInfo"));
        QVERIFY2(info->text().contains(QStringLiteral("report-cache.sqlite")),
                 qPrintable(info->text()));
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("14"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("preferencesDialog")));
        QCOMPARE(context->preferences()->visitWindowDays(), 14);
        QCOMPARE(context->reports()->visitWindowDays(), 14);

        // Clearing the cache empties the chart; the numbers come back with the next sync.
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("preferencesDialog"))));
        snapshot(dialog, QStringLiteral("preferences"));
        auto* clear = dialog->findChild<QPushButton*>(QStringLiteral("clearCacheButton"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(page->conversionsSeries()->count(), 0);
        QCOMPARE(context->reports()->cache()->campaigns(id).size(), 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("preferencesDialog")));
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
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
