// The real main window in demo mode, offscreen: the three pages are there, reachable by
// mouse and keyboard, and the demo integration really talks to the embedded tracker.
#include "DeskWindow.h"
#include "IntegrationsModel.h"
#include "IntegrationsPage.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "sim/SimHost.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoWindowShowsThreePages()
    {
        QString error;
        auto context = AppContext::createDemo(&error);
        QVERIFY2(context, qPrintable(error));
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QListWidget* sidebar = window.sidebar();
        QCOMPARE(sidebar->count(), 3);
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Integrations"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Ad networks"));
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Reports"));
        QCOMPARE(window.currentPage(), ui::MainWindow::Integrations);

        // Mouse: click the Reports entry.
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                          sidebar->visualItemRect(sidebar->item(2)).center());
        QCOMPARE(window.currentPage(), ui::MainWindow::Reports);
        QVERIFY(window.pages()->currentWidget()->findChildren<QLabel*>().size() >= 2);

        // Keyboard: Ctrl+2 goes to Ad networks, Ctrl+1 back.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::AdNetworks);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::Integrations);

        QVERIFY(window.findChild<QLabel*>(QStringLiteral("demoNotice")));

        // Ctrl+Q quits, whatever the platform theme defines.
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!window.isVisible());
    }

    void demoIntegrationConnects()
    {
        QString error;
        auto context = AppContext::createDemo(&error);
        QVERIFY2(context, qPrintable(error));
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTableView* table = window.integrationsPage()->table();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QModelIndex name = table->model()->index(0, ui::IntegrationsModel::Name);
        const QModelIndex status = table->model()->index(0, ui::IntegrationsModel::Status);
        QCOMPARE(name.data().toString(), QStringLiteral("Kintura - Demo"));
        // A new integration is checked at once.
        QCOMPARE(status.data().toString(), QStringLiteral("Checking…"));
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("Connected"), 15'000);

        // Press the real button, as a user would.
        auto* checkAll = window.findChild<QPushButton*>(QStringLiteral("checkAllButton"));
        QVERIFY(checkAll);
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QCOMPARE(status.data().toString(), QStringLiteral("Checking…"));
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("Connected"), 15'000);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(window.integrationsPage()->details()->text().contains(QStringLiteral("USD")));

        // The tracker changes its currency: the next check says so, on F5.
        context->simulator()->withServer([](sim::SimServer& server) {
            TrackerSettings s{QStringLiteral("EUR"), ConversionTime::Visit, QStringLiteral("UTC")};
            server.setSettings(s);
        });
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("Settings mismatch"),
                                  15'000);
        const QString details = window.integrationsPage()->details()->text();
        QVERIFY2(details.contains(QStringLiteral("EUR")) && details.contains(QStringLiteral("USD")),
                 qPrintable(details));
    }

    // The Reports page of the demo, by mouse and keyboard: the sidebar, then another range on
    // the range combo; the table and the chart follow the sync.
    void demoReportsFollowTheRange()
    {
        QString error;
        auto context = AppContext::createDemo(&error);
        QVERIFY2(context, qPrintable(error));
        // The demo tracker's rate is real (1 request a second): a test goes faster.
        context->simulator()->withServer([](sim::SimServer& s) { s.setRequestsPerSecond(0); });
        kintura::ClientOptions fast = context->clientOptions();
        fast.requestsPerSecond = 100;
        context->setClientOptions(fast);
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        const QString id = context->integrations()->all().first().id;
        // Its time zone known (the first check), so "today" is the tracker's.
        QTRY_COMPARE_WITH_TIMEOUT(context->monitor()->report(id).status,
                                  ConnectionStatus::Connected, 15'000);

        QListWidget* sidebar = window.sidebar();
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                          sidebar->visualItemRect(sidebar->item(2)).center());
        QCOMPARE(window.currentPage(), ui::MainWindow::Reports);
        ui::ReportsPage* page = window.reportsPage();
        auto* status = page->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Up to date")),
                                  qPrintable(status->text()), 60'000);

        auto* combo = page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QVERIFY(combo);
        const QDate today = context->reports()->trackerToday(id);
        QCOMPARE(today,
                 trackerClock(QStringLiteral("America/New_York"), QDateTime::currentDateTimeUtc())
                     .date());
        auto checkShown = [&](RangePreset preset) {
            const DayRange range = presetRange(preset, today);
            QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Up to date")),
                                      qPrintable(status->text()), 60'000);
            // One point a day (up to 90 days the chart's buckets are days).
            QTRY_COMPARE(page->conversionsSeries()->count(), range.days());
            QCOMPARE(page->revenueSeries()->count(), range.days());
            const QList<QPointF> points = page->conversionsSeries()->points();
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x())).date(), range.from);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.last().x())).date(), range.to);
            const QAbstractItemModel* model = page->table()->model();
            QVERIFY(model->rowCount() >= 2); // a network at least, and the total
            const int last = model->rowCount() - 1;
            QCOMPARE(model->index(last, ui::ReportTableModel::Name).data().toString(),
                     QStringLiteral("Total"));
            for (int r = 0; r < last; ++r)
                QVERIFY(model->index(r, ui::ReportTableModel::Name).data().toString() !=
                        QLatin1String("Total"));
        };
        const int last30 = combo->findData(int(RangePreset::Last30));
        QCOMPARE(combo->currentIndex(), last30); // the default
        checkShown(RangePreset::Last30);

        // Keyboard: two up from "Last 30 days" is "Last 7 days".
        combo->setFocus(Qt::TabFocusReason);
        QTest::keyClick(combo, Qt::Key_Up);
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentData().toInt(), int(RangePreset::Last7));
        checkShown(RangePreset::Last7);

        // Mouse: open the list, point at "This month" (the list follows the pointer) and click.
        QTest::mouseClick(combo, Qt::LeftButton);
        QAbstractItemView* list = combo->view();
        QTRY_VERIFY(list->isVisible());
        const QModelIndex thisMonth =
            list->model()->index(combo->findData(int(RangePreset::ThisMonth)), 0);
        const QPoint item = list->visualRect(thisMonth).center();
        QTest::mouseMove(list->viewport(), item);
        QTRY_COMPARE(list->currentIndex(), thisMonth);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item);
        QTRY_COMPARE(combo->currentData().toInt(), int(RangePreset::ThisMonth));
        checkShown(RangePreset::ThisMonth);
    }

    void executableRunsTheDemoAndTakesAScreenshot()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("demo.png"));
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path()); // the demo must not need the user's files
        desk.setProcessEnvironment(env);
        desk.start(QStringLiteral(KD_DESK_BINARY),
                   {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
        QVERIFY(desk.waitForFinished(60'000));
        QCOMPARE(desk.exitCode(), 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(!QDir(dir.path()).exists(QStringLiteral(".config/kintura-desk")));
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        for (const char* flag : {"--version", "--help"}) {
            QProcess desk;
            desk.setProcessEnvironment(env);
            desk.start(QStringLiteral(KD_DESK_BINARY), {QString::fromLatin1(flag)});
            QVERIFY(desk.waitForFinished(10'000));
            QCOMPARE(desk.exitCode(), 0);
            const QString out = QString::fromUtf8(desk.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("kintura-desk")) ||
                         out.contains(QStringLiteral("--demo")),
                     qPrintable(out));
        }
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "tst_guismoke.moc"
