// The Reports page against the simulator, its data and its syncs: the filters narrow the report
// (and hostile campaign text picks nothing), a custom range typed or chosen, the tracker
// offline, failing or the keychain locked, two trackers counting one campaign, the chart
// filling while a sync runs, its progress and cancel. Chart and table: tst_reportscharts;
// exports and layout: tst_reportsexport.
#include "ReportsPageHelpers.h"
#include "SimFixture.h"
#include "Snapshot.h"

#include "DeskWindow.h"
#include "RangeSelector.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "net/ApiRequest.h"
#include "reports/Metrics.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "reports/TimeSeries.h"
#include "settings/Preferences.h"
#include "tracker/TrackerError.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One ad network: its row alone and its days only; one campaign, typed as a user would;
    // hostile text in the campaign field picks nothing and asks the tracker nothing.
    void filtersNarrowTheReport()
    {
        ReportsOnTracker f;
        f.open();
        if (QTest::currentTestFailed())
            return;
        SimFixture& sim = f.sim;
        AppContext* context = f.context.get();
        const QString id = f.id;
        ui::ReportsPage* page = f.page;
        QLabel* status = f.status;
        QTableView* table = page->table();
        const QDate today = context->reports()->trackerToday(id);
        const DayRange range = presetRange(RangePreset::Last30, today);
        const Metrics expected = simTotals(*sim.server, range, today);

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
        // characters, NUL, right-to-left, emoji) picks nothing and asks the tracker nothing,
        // and a message under the field says that no campaign has that name.
        const qsizetype requestsBefore = sim.log().size();
        auto* message = page->findChild<QLabel*>(QStringLiteral("campaignFilterMessage"));
        QVERIFY(message && !message->isVisible());
        const QString hostile[] = {QStringLiteral("no such campaign <b>%1</b>"),
                                   QString(10'000, QLatin1Char('x')),
                                   QStringLiteral("\u202Ecampaign\U0001F600\u0001") + QChar(0) +
                                       QStringLiteral(" ' OR 1=1 --")};
        for (const QString& text : hostile) {
            campaign->setFocus();
            campaign->lineEdit()->selectAll();
            if (text.startsWith(QLatin1String("no such")))
                QTest::keyClicks(campaign->lineEdit(), text);
            else
                campaign->lineEdit()->insert(text);
            QVERIFY(!message->isVisible());
            QTest::keyClick(campaign->lineEdit(), Qt::Key_Return);
            QVERIFY2(message->isVisible() &&
                         message->text().startsWith(QStringLiteral("No campaign is called")) &&
                         message->text().contains(QStringLiteral("All campaigns")),
                     qPrintable(message->text().left(200)));
            // Shown safely: no markup, no control or direction characters, not 10,000 long.
            QVERIFY(message->textFormat() == Qt::PlainText);
            QVERIFY2(message->text().size() < 300, qPrintable(message->text().left(300)));
            QVERIFY(!message->text().contains(QChar(0)) &&
                    !message->text().contains(QChar(0x202E)) &&
                    !message->text().contains(QChar(1)));
            QCOMPARE(campaign->currentData().toString(), QString());
            QCOMPARE(table->model()->rowCount(), rowsWithAllCampaigns);
            QCOMPARE(sim.log().size(), requestsBefore);
        }
        QVERIFY(message->text().contains(QStringLiteral("\U0001F600")));
        // Picking a campaign (here: all of them again) takes the message away.
        campaign->setCurrentIndex(1);
        QVERIFY(!message->isVisible());
        campaign->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 20'000);
    }

    // A custom range (refused with a sentence when it cannot be shown, weekly when long), then
    // the tracker offline, answering with an error, and the keychain locked: each said plainly,
    // the cached numbers kept.
    void customRangeAndTroubleWithTheTracker()
    {
        ReportsOnTracker f;
        f.open();
        if (QTest::currentTestFailed())
            return;
        SimFixture& sim = f.sim;
        MemoryCredentialStore* store = f.store;
        AppContext* context = f.context.get();
        const QString id = f.id;
        ui::ReportsPage* page = f.page;
        QLabel* status = f.status;
        QTableView* table = page->table();
        const QDate today = context->reports()->trackerToday(id);

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

        // The tracker cannot be reached (every connection reset): "Offline", when the kept
        // numbers were last synced, and the cached numbers stay. The icon changes shape too.
        auto* icon = page->findChild<QLabel*>(QStringLiteral("syncStatusIcon"));
        QVERIFY(icon && icon->isVisible());
        const QImage upToDateIcon = icon->pixmap().toImage();
        const QString upToDateName = icon->accessibleName();
        const int rowsBefore = table->model()->rowCount();
        const QDateTime lastSynced = context->reports()->lastSyncedAt(id);
        QVERIFY(lastSynced.isValid());
        sim.fault(QStringLiteral("*"), QStringLiteral("reset"), 1000);
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last90)));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     status->text().startsWith(QStringLiteral("Offline: ")),
                                 20'000);
        const QString lastSyncedText =
            QStringLiteral("last synced at %1")
                .arg(QLocale().toString(lastSynced, QLocale::ShortFormat));
        QVERIFY2(status->text().contains(lastSyncedText) &&
                     status->text().contains(QStringLiteral("Could not reach the tracker")),
                 qPrintable(status->text() + QStringLiteral(" / ") + lastSyncedText));
        QCOMPARE(table->model()->rowCount(), rowsBefore); // the 30 cached days are still shown
        QVERIFY(page->conversionsSeries()->count() >= 30);
        const QImage offlineIcon = icon->pixmap().toImage();
        QVERIFY(!offlineIcon.isNull() && offlineIcon != upToDateIcon);
        QVERIFY(icon->accessibleName().startsWith(QStringLiteral("Offline")) &&
                icon->accessibleName() != upToDateName);

        // The tracker answers, with an error (HTTP 401): its own sentence and that the kept
        // numbers are shown, not "Offline", under another icon.
        sim.server->clearFaults();
        sim.fault(QStringLiteral("*"), QStringLiteral("status"), 1000, 401);
        auto* refresh = page->findChild<QPushButton*>(QStringLiteral("refreshReportButton"));
        QTRY_VERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        const QString rejected = TrackerError(TrackerError::Kind::InvalidCredentials,
                                              displayHost(QUrl(sim.server->baseUrl())))
                                     .message();
        QTRY_VERIFY2_WITH_TIMEOUT(
            !context->reports()->isSyncing() && status->text().startsWith(rejected),
            qPrintable(status->text() + QStringLiteral(" / ") + rejected), 20'000);
        QVERIFY2(
            status->text().contains(QStringLiteral("kept on this computer, ") + lastSyncedText),
            qPrintable(status->text()));
        const QImage errorIcon = icon->pixmap().toImage();
        QVERIFY(errorIcon != upToDateIcon && errorIcon != offlineIcon);
        QVERIFY(icon->accessibleName().startsWith(QStringLiteral("Error")));
        QCOMPARE(table->model()->rowCount(), rowsBefore);
        sim.server->clearFaults();

        // The keychain is locked: said plainly (not "Offline": the tracker was not asked), and
        // the cached numbers stay.
        store->setUnavailable(true);
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last30)));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     status->text().contains(QStringLiteral("keychain")),
                                 20'000);
        QVERIFY2(!status->text().startsWith(QStringLiteral("Offline")) &&
                     status->text().contains(QStringLiteral("could not be read")) &&
                     status->text().contains(lastSyncedText) &&
                     !status->text().contains(QStringLiteral("rejected")) &&
                     !status->text().contains(QStringLiteral("nothing was saved")),
                 qPrintable(status->text()));
        QVERIFY(icon->pixmap().toImage() != errorIcon && icon->pixmap().toImage() != offlineIcon);
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

    // An integration removed while its report syncs: the sync stops, and none of its numbers
    // stay in the cache (a sync writes at its end; before, it wrote them back after the
    // removal had deleted them).
    void removedWhileSyncingLeavesNothing()
    {
        QTemporaryDir dir;
        SimFixture sim({}, 4); // 4 requests a second: a 90-day sync takes a few seconds
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions(4));
        const QString id = connectTracker(*context, sim, QStringLiteral("Kintura - Removed"));
        QVERIFY(!id.isEmpty());
        ReportService* reports = context->reports();
        const DayRange range = presetRange(RangePreset::Last90, reports->trackerToday(id));
        QSignalSpy finished(reports, &ReportService::syncFinished);
        int progressed = 0;
        connect(
            reports, &ReportService::syncProgress, this,
            [&](const QString&, int done, int, int) { progressed = std::max(progressed, done); });
        reports->sync(id, range.from, range.to);
        QTRY_VERIFY_WITH_TIMEOUT(progressed >= 2, 20'000); // under way
        bool removed = false;
        context->manager()->remove(
            id, this, [&](const IntegrationManager::Outcome& outcome) { removed = outcome.ok(); });
        QTRY_VERIFY(removed);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!reports->isSyncing(), 30'000);
        const QString rows =
            QStringLiteral("%1 days cached")
                .arg(reports->cache()
                         ->cachedDays(id, ReportDataset::DailyTotals, range.from, range.to)
                         .size());
        QCOMPARE(rows, QStringLiteral("0 days cached"));
        QVERIFY(reports->cache()
                    ->rows(id, ReportDataset::DailyBySource, range.from, range.to)
                    .isEmpty());
        QVERIFY(reports->cache()->campaigns(id).isEmpty());
    }

    // A sync's progress and its cancel, through the page's own widgets: the bar knows its
    // total, the line says the time left, the cancel button stops the sync and the cache keeps
    // what it had.
    void progressAndCancelThroughTheWidgets()
    {
        QTemporaryDir dir;
        SimFixture sim({}, 4); // the tracker allows 4 requests a second: a sync takes a while
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions(4));
        const QString id = connectTracker(*context, sim, QStringLiteral("Kintura - Slow"));
        QVERIFY(!id.isEmpty());

        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        auto* page = window.reportsPage();
        auto* rangeCombo = page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last7)));
        window.showPage(ui::MainWindow::Reports);
        auto* status = page->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     status->text().startsWith(QStringLiteral("Up to date")),
                                 60'000);

        const DayRange range =
            presetRange(RangePreset::Last90, context->reports()->trackerToday(id));
        auto cached = [&](ReportDataset dataset) {
            Metrics m;
            const QList<StatsRow> rows =
                context->reports()->cache()->rows(id, dataset, range.from, range.to);
            for (const StatsRow& r : rows)
                m.add(r);
            return std::make_pair(rows.size(), m);
        };
        const auto totalsBefore = cached(ReportDataset::DailyTotals);
        const auto bySourceBefore = cached(ReportDataset::DailyBySource);
        QVERIFY(totalsBefore.first > 0);
        auto* icon = page->findChild<QLabel*>(QStringLiteral("syncStatusIcon"));
        const QImage upToDateIcon = icon->pixmap().toImage();
        auto* progress = page->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelSyncButton"));
        QVERIFY(!cancel->isEnabled());

        rangeCombo->setCurrentIndex(rangeCombo->findData(int(RangePreset::Last90)));
        // The table shows the cache at once; the sync's pages reach it only when they commit.
        const int rowsBefore = page->tableModel()->rowCount();
        const Metrics tableBefore = page->tableModel()->totals(QStringLiteral("USD"));
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->isVisible() && progress->maximum() > 0 && progress->value() > 0, 20'000);
        QVERIFY2(
            progress->value() <= progress->maximum(),
            qPrintable(QStringLiteral("%1 of %2").arg(progress->value()).arg(progress->maximum())));
        QVERIFY2(QRegularExpression(QStringLiteral("about \\d+ second"))
                     .match(status->text())
                     .hasMatch(),
                 qPrintable(status->text()));
        QVERIFY(icon->pixmap().toImage() != upToDateIcon);
        QVERIFY(context->reports()->isSyncing());

        QVERIFY(cancel->isEnabled() && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 10'000);
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Sync cancelled")),
                     qPrintable(status->text()));
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isEnabled());
        const auto totalsAfter = cached(ReportDataset::DailyTotals);
        const auto bySourceAfter = cached(ReportDataset::DailyBySource);
        QCOMPARE(totalsAfter.first, totalsBefore.first);
        QCOMPARE(totalsAfter.second.conversions, totalsBefore.second.conversions);
        QCOMPARE(totalsAfter.second.revenue, totalsBefore.second.revenue);
        QCOMPARE(bySourceAfter.first, bySourceBefore.first);
        QCOMPARE(bySourceAfter.second.visits, bySourceBefore.second.visits);
        QCOMPARE(page->tableModel()->rowCount(), rowsBefore);
        const Metrics tableAfter = page->tableModel()->totals(QStringLiteral("USD"));
        QCOMPARE(tableAfter.conversions, tableBefore.conversions);
        QCOMPARE(tableAfter.revenue, tableBefore.revenue);
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
