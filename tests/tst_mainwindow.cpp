// The main window's frame on its own (kd_shell, no core linked): it paints "Loading…" until its
// content arrives, then builds each page once, on demand; and the real kintura-desk starts with
// nothing but that frame loaded, and says plainly when the rest of it is missing.
#include "MainWindow.h"
#include "Snapshot.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kd;

namespace {

class FakeContent : public ui::WindowContent
{
public:
    QWidget* createPage(ui::MainWindow::Page page, QWidget* parent) override
    {
        created << page;
        auto* widget = new QLabel(QStringLiteral("page %1").arg(int(page)), parent);
        widget->setObjectName(QStringLiteral("fakePage%1").arg(int(page)));
        return widget;
    }
    void showPreferences() override { ++preferencesShown; }
    void windowClosing() override { ++closings; }

    QList<ui::MainWindow::Page> created;
    int preferencesShown = 0;
    int closings = 0;
};

void clickPage(ui::MainWindow& window, int row)
{
    QListWidget* sidebar = window.sidebar();
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(sidebar->item(row)).center());
}

QString lddOf(const QString& file)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {file});
    if (!ldd.waitForFinished(10'000) || ldd.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(ldd.readAllStandardOutput());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadingUntilTheContentArrives()
    {
        FakeContent content; // outlives the window, as kintura-desk's does
        ui::MainWindow window(false);
        QCOMPARE(window.windowTitle(), QStringLiteral("Kintura Desk"));
        QSignalSpy firstFrame(&window, &ui::MainWindow::firstFrameShown);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(firstFrame.size(), 1);
        QVERIFY(window.hasShownFirstFrame());
        auto* loading = qobject_cast<QLabel*>(window.pages()->currentWidget());
        QVERIFY(loading);
        QCOMPARE(loading->text(), QStringLiteral("Loading…"));
        auto* preferences = window.findChild<QToolButton*>(QStringLiteral("preferencesButton"));
        QVERIFY(preferences);
        QVERIFY(!preferences->isEnabled());
        test::snapshot(&window, QStringLiteral("window-loading"));

        // The sidebar already works: the choice waits for the content.
        clickPage(window, ui::MainWindow::Reports);
        QCOMPARE(window.currentPage(), ui::MainWindow::Reports);
        QCOMPARE(window.pages()->currentWidget(), loading);

        window.setContent(&content);
        QCOMPARE(content.created, QList<ui::MainWindow::Page>{ui::MainWindow::Reports});
        QCOMPARE(window.pages()->currentWidget()->objectName(), QStringLiteral("fakePage2"));

        // Each page is built once, the first time it is shown.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget()->objectName(), QStringLiteral("fakePage0"));
        clickPage(window, ui::MainWindow::Reports);
        clickPage(window, ui::MainWindow::Integrations);
        QCOMPARE(content.created, (QList<ui::MainWindow::Page>{ui::MainWindow::Reports,
                                                               ui::MainWindow::Integrations}));

        QVERIFY(preferences->isEnabled());
        QTest::mouseClick(preferences, Qt::LeftButton);
        QCOMPARE(content.preferencesShown, 1);
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(content.preferencesShown, 2);
        window.close();
        QCOMPARE(content.closings, 1);
    }

    void theDemoSaysSoAndAFailureIsShownInPlaceOfThePage()
    {
        ui::MainWindow window(true);
        QCOMPARE(window.windowTitle(), QStringLiteral("Demo — Kintura Desk"));
        // Qt appends the display name (main.cpp sets it) to a title that does not end with it.
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Kintura Desk"));
        QVERIFY(window.windowTitle().endsWith(QGuiApplication::applicationDisplayName()));
        window.show();
        const QString message = QStringLiteral("Kintura Desk is incomplete: X is missing.");
        window.showLoadFailure(message);
        auto* shown = qobject_cast<QLabel*>(window.pages()->currentWidget());
        QVERIFY(shown);
        QCOMPARE(shown->text(), message);
        // Without content there is nothing to build or to set preferences for.
        clickPage(window, ui::MainWindow::AdNetworks);
        QCOMPARE(window.pages()->currentWidget(), shown);
        QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("preferencesButton"))->isEnabled());
    }

    void theExecutableStartsWithQtWidgetsAlone()
    {
        // What kintura-desk maps before its first frame: no network, database, charts or
        // keychain library (the startup figure depends on it); the module has them.
        const QString desk = lddOf(QStringLiteral(KD_DESK_BINARY));
        const QString module = lddOf(QStringLiteral(KD_APP_MODULE));
        QVERIFY2(desk.contains(QStringLiteral("libQt6Widgets")), qPrintable(desk));
        for (const char* heavy : {"libQt6Network", "libQt6Sql", "libQt6Charts", "libqt6keychain",
                                  "libQt6HttpServer", "libsqlite3"}) {
            QVERIFY2(!desk.contains(QLatin1String(heavy)), heavy);
            QVERIFY2(module.contains(QLatin1String(heavy)) ||
                         QLatin1String(heavy) == QLatin1String("libsqlite3"),
                     heavy);
        }
    }

    void aMissingBrokenOrForeignModuleIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("module"); // what lies where the module belongs
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << QString()
                                 << QStringLiteral(
                                        "Kintura Desk is incomplete: %1 is missing. Reinstall");
        QTest::newRow("not a library")
            << QStringLiteral("garbage") << QStringLiteral("Kintura Desk cannot load %1 (");
        QTest::newRow("another version")
            << QStringLiteral(KD_FAKE_MODULE)
            << QStringLiteral("cannot use %1, which is from version 0.0.0-other. Reinstall");
    }

    void aMissingBrokenOrForeignModuleIsSaidPlainly()
    {
        QFETCH(QString, module);
        QFETCH(QString, said);
        // The executable's own libraries, without the module beside them.
        QTemporaryDir dir;
        const QDir built = QFileInfo(QStringLiteral(KD_APP_MODULE)).dir();
        for (const QString& name :
             built.entryList({QStringLiteral("libkintura-desk-*.so")}, QDir::Files))
            QVERIFY(QFile::copy(built.filePath(name), dir.filePath(name)));
        const QString placed = dir.filePath(QStringLiteral("kintura-desk-app.so"));
        if (module == QLatin1String("garbage")) {
            QFile file(placed);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a library");
        } else if (!module.isEmpty()) {
            QVERIFY(QFile::copy(module, placed));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        const QStringList starts[] = {
            {QStringLiteral("--version")},
            {QStringLiteral("--demo"), QStringLiteral("--screenshot"), dir.filePath("shot.png")},
        };
        for (const QStringList& args : starts) {
            QProcess desk;
            desk.setProcessEnvironment(env);
            desk.start(QStringLiteral(KD_DESK_BINARY), args);
            QVERIFY(desk.waitForFinished(30'000));
            QCOMPARE(desk.exitCode(), 1);
            const QString err = QString::fromLocal8Bit(desk.readAllStandardError());
            QVERIFY2(err.contains(said.arg(placed)), qPrintable(err));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
