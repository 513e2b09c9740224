// The real main window in demo mode, offscreen: the three pages are there, reachable by
// mouse and keyboard, and the demo integration really talks to the embedded tracker.
#include "DeskWindow.h"
#include "IntegrationsModel.h"
#include "IntegrationsPage.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "sim/SimHost.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
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
