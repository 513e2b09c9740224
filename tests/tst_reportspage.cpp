// The Reports page against the simulator: sync on a worker thread, the chart and the table
// filled from the cache, a range change, and the offline notice.
#include "ReportsPageHelpers.h"
#include "SimFixture.h"
#include "Snapshot.h"

#include "DeskWindow.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "i18n/Translations.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "net/ApiRequest.h"
#include "reports/Metrics.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "reports/TimeSeries.h"
#include "settings/Preferences.h"
#include "tracker/TrackerError.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QValueAxis>

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
    void initTestCase()
    {
        // The save dialogs as widgets, so that the test can type into them (the user's
        // desktop may give a native one, which has none).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    }

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

        checkReportTable(page);
        if (QTest::currentTestFailed())
            return;

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

    // In Spanish, Brazilian Portuguese and Russian nothing on the Reports page is cut off at
    // the window's default size: every combo is wide enough for its text, every label and
    // button for its own size hint.
    void fitsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* code : {"es", "pt_BR", "ru"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void fitsInEveryLanguage()
    {
        QFETCH(QString, language);
        const QLocale before;
        const auto restore = qScopeGuard([&] {
            i18n::installTranslations(QStringLiteral("en"));
            QLocale::setDefault(before);
        });
        QCOMPARE(i18n::installTranslations(language), language);
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

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
