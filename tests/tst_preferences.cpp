// What the window remembers across a restart (geometry, the Reports page's splitters, range and
// breakdown) and what the preferences change: the theme, the auto-refresh of statuses and
// reports, the language of the next start.
#include "SimFixture.h"
#include "Snapshot.h"

#include "ConnectedTracker.h"
#include "DeskWindow.h"
#include "KeyboardHelpers.h"
#include "ReportCharts.h"
#include "ReportsPage.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "i18n/Translations.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationManager.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "settings/AppFolders.h"
#include "settings/Preferences.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>

using namespace kd;
using namespace kd::test;

namespace {
bool activate(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Drags a splitter's first handle by `delta` pixels, as a user does with the mouse.
void dragHandle(QSplitter* splitter, int delta)
{
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint start = handle->rect().center();
    const QPoint end = splitter->orientation() == Qt::Horizontal ? start + QPoint(delta, 0)
                                                                 : start + QPoint(0, delta);
    QTest::mousePress(handle, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, end, handle->mapToGlobal(end), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, end);
}

bool sizesClose(const QList<int>& a, const QList<int>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::abs(a[i] - b[i]) > 2)
            return false;
    }
    return true;
}

// The preferences dialog by keyboard: Ctrl+, opens it, `edit` runs in it, Enter accepts.
template <typename Edit> bool inPreferences(QWidget* window, Edit&& edit)
{
    press(Qt::Key_Comma, Qt::ControlModifier);
    QDialog* prefs = waitForDialog(window, "preferencesDialog");
    if (!prefs)
        return false;
    edit();
    press(Qt::Key_Return);
    return QTest::qWaitFor(
        [&] { return !window->findChild<QDialog*>(QStringLiteral("preferencesDialog")); });
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Dark theme chosen in the preferences reaches the charts; the window's place and size, the
    // Reports page's two splitters, a custom range and the breakdown come back in the next
    // session (the window destroyed and made again on the same config folder).
    void windowStateSurvivesARestart()
    {
        QTemporaryDir dir;
        SimFixture sim;
        const QRect geometry(QPoint(140, 90), QSize(1200, 760));
        QList<int> mainSizes;
        QList<int> chartSizes;
        DayRange custom;
        {
            auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
            context->setClientOptions(SimFixture::fastOptions());
            QVERIFY(!connectTracker(*context, sim, QStringLiteral("Kintura - Prefs")).isEmpty());
            test::DeskWindow window(context.get());
            window.setGeometry(geometry);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(activate(&window));
            QVERIFY(inPreferences(&window, [] {
                press(Qt::Key_T, Qt::AltModifier); // &Theme
                QCOMPARE(focused()->objectName(), QStringLiteral("themeCombo"));
                press(Qt::Key_End); // Dark
            }));
            QCOMPARE(context->preferences()->theme(), Preferences::Theme::Dark);
            QVERIFY(activate(&window));
            QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
            press(Qt::Key_3, Qt::ControlModifier);
            auto* reports = window.reportsPage();
            QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                         reports->conversionsSeries()->count() == 30,
                                     20'000);
            auto* charts = reports->charts();
            QTRY_COMPARE(charts->timeChartView()->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(charts->topChartView()->chart()->theme(), QChart::ChartThemeDark);
            snapshot(&window, QStringLiteral("reports-dark"));

            // A custom range by keyboard, then the breakdown by integration.
            press(Qt::Key_A, Qt::AltModifier);
            press(Qt::Key_End); // Custom range…
            auto* from = window.findChild<QDateEdit*>(QStringLiteral("customFrom"));
            QTRY_COMPARE(focused(), from);
            press(Qt::Key_Down); // a day earlier than the 30 days shown
            press(Qt::Key_Return);
            custom = {from->date(),
                      window.findChild<QDateEdit*>(QStringLiteral("customTo"))->date()};
            QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                         reports->conversionsSeries()->count() == 31,
                                     20'000);
            press(Qt::Key_B, Qt::AltModifier);
            press(Qt::Key_End); // By integration

            // Both splitters, by dragging their handles.
            auto* main = reports->findChild<QSplitter*>(QStringLiteral("reportSplitter"));
            auto* chart = reports->findChild<QSplitter*>(QStringLiteral("chartSplitter"));
            QVERIFY(main && chart);
            const QList<int> mainBefore = main->sizes();
            const QList<int> chartBefore = chart->sizes();
            dragHandle(main, -60);
            dragHandle(chart, 90);
            mainSizes = main->sizes();
            chartSizes = chart->sizes();
            QVERIFY2(!sizesClose(mainSizes, mainBefore), "the report splitter did not move");
            QVERIFY2(!sizesClose(chartSizes, chartBefore), "the chart splitter did not move");

            QCOMPARE(window.geometry(), geometry);
            window.close();
            context->preferences()->setTheme(Preferences::Theme::System);
            QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
            QTRY_COMPARE(charts->timeChartView()->chart()->theme(), QChart::ChartThemeLight);
        }
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        test::DeskWindow window(context.get());
        QCOMPARE(window.size(), geometry.size());
        QCOMPARE(window.pos(), geometry.topLeft());
        window.showPage(ui::MainWindow::Reports);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry(), geometry);
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QCOMPARE(range->currentIndex(), range->count() - 1); // Custom range…
        QCOMPARE(window.findChild<QDateEdit*>(QStringLiteral("customFrom"))->date(), custom.from);
        QCOMPARE(window.findChild<QDateEdit*>(QStringLiteral("customTo"))->date(), custom.to);
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("breakdownCombo"))->currentIndex(), 2);
        auto* reports = window.reportsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     reports->conversionsSeries()->count() == 31,
                                 20'000);
        auto* main = reports->findChild<QSplitter*>(QStringLiteral("reportSplitter"));
        auto* chart = reports->findChild<QSplitter*>(QStringLiteral("chartSplitter"));
        QTRY_VERIFY2(sizesClose(main->sizes(), mainSizes),
                     qPrintable(QStringLiteral("%1 %2 vs %3 %4")
                                    .arg(main->sizes().value(0))
                                    .arg(main->sizes().value(1))
                                    .arg(mainSizes.value(0))
                                    .arg(mainSizes.value(1))));
        QTRY_VERIFY2(sizesClose(chart->sizes(), chartSizes),
                     qPrintable(QStringLiteral("%1 %2 vs %3 %4")
                                    .arg(chart->sizes().value(0))
                                    .arg(chart->sizes().value(1))
                                    .arg(chartSizes.value(0))
                                    .arg(chartSizes.value(1))));
    }

    // The shortest interval the dialog offers (a minute) drives the timer; the test then runs
    // that timer fast rather than wait minutes: each timeout checks the connections again (the
    // simulator sees the requests) and refreshes the report on show. "Never" stops it.
    void autoRefreshFollowsPreferences()
    {
        QTemporaryDir dir;
        SimFixture sim;
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        const QString id = connectTracker(*context, sim, QStringLiteral("Kintura - Prefs"));
        QVERIFY(!id.isEmpty());
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(activate(&window));
        auto* timer = window.deskContent()->findChild<QTimer*>(QStringLiteral("autoRefreshTimer"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), Preferences::kDefaultAutoRefreshMinutes * 60'000);

        QVERIFY(inPreferences(&window, [] {
            press(Qt::Key_R, Qt::AltModifier); // &Refresh statuses and reports every
            auto* spin = qobject_cast<QSpinBox*>(focused());
            QVERIFY(spin);
            press(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("1"));
            QCOMPARE(spin->value(), 1);
            QCOMPARE(spin->minimum(), 0); // 0 is "Never": 1 minute is the shortest interval
        }));
        QCOMPARE(context->preferences()->autoRefreshMinutes(), 1);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 60'000);

        // On the Reports page, each tick checks the tracker and syncs the shown report.
        QVERIFY(activate(&window));
        press(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     window.reportsPage()->conversionsSeries()->count() == 30,
                                 20'000);
        QSignalSpy syncs(context->reports(), &ReportService::syncStarted);
        const qsizetype checks = sim.log(QStringLiteral("settings")).size();
        timer->setInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(sim.log(QStringLiteral("settings")).size() >= checks + 2, 10'000);
        QTRY_VERIFY(syncs.count() >= 2);
        QVERIFY(syncs.contains(QVariantList{id}));

        QVERIFY(activate(&window));
        QVERIFY(inPreferences(&window, [] {
            press(Qt::Key_R, Qt::AltModifier);
            press(Qt::Key_Down); // 1 min → Never
            QCOMPARE(qobject_cast<QSpinBox*>(focused())->value(), 0);
        }));
        QCOMPARE(context->preferences()->autoRefreshMinutes(), 0);
        QVERIFY(!timer->isActive());
    }

    // The language chosen by keyboard lands in preferences.ini; a fresh start (a child process,
    // with a Russian system locale) reads it and speaks it. "Follow the system" leaves the
    // system's language.
    void languageIsSavedAndUsedOnTheNextStart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Español over a Russian system") << QStringLiteral("es");
        QTest::newRow("follow the Russian system") << QString();
    }

    void languageIsSavedAndUsedOnTheNextStart()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        // So that choosing "Follow the system" is a change.
        if (language.isEmpty())
            context->preferences()->setLanguage(QStringLiteral("pt_BR"));
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(activate(&window));
        QVERIFY(inPreferences(&window, [&] {
            press(Qt::Key_L, Qt::AltModifier); // &Language
            auto* combo = qobject_cast<QComboBox*>(focused());
            QVERIFY(combo);
            QCOMPARE(combo->objectName(), QStringLiteral("languageCombo"));
            press(Qt::Key_Home); // Follow the system
            for (int i = 0; i < combo->count() && combo->currentData().toString() != language; ++i)
                press(Qt::Key_Down);
            QCOMPARE(combo->currentData().toString(), language);
        }));
        QCOMPARE(context->preferences()->language(), language);
        const QString file = preferencesFile(dir.path());
        // Another QSettings in this process would answer from its cache: the file is what a
        // next start has, and only a next start (the child) can tell what it reads.
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(ini.readAll().contains("language=" + language.toLatin1() + '\n'));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8"));
        env.insert(QStringLiteral("KD_PREFS_FILE"), file);
        env.insert(QStringLiteral("KD_PREFS_EXPECT"),
                   language.isEmpty() ? QStringLiteral("ru") : language);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("childStartsInPreferredLanguage")});
        QVERIFY(child.waitForFinished(60'000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("PASS   : TestPreferences::"
                                                "childStartsInPreferredLanguage")),
                 qPrintable(output));
    }

    // Every preference, set here, comes back in a fresh process (QSettings caches files per
    // process: only another process reads what was really written).
    void everyPreferenceSurvivesAFreshProcess()
    {
        QTemporaryDir dir;
        const QString file = preferencesFile(dir.path());
        {
            Preferences prefs(file);
            prefs.setVisitWindowDays(30);
            prefs.setAutoRefreshMinutes(1);
            prefs.setTheme(Preferences::Theme::Dark);
            prefs.setLanguage(QStringLiteral("pt_BR"));
            prefs.setUiState(QStringLiteral("reports/range"), -1);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KD_PREFS_FILE"), file);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("childReadsEveryPreference")});
        QVERIFY(child.waitForFinished(60'000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(output));
        QVERIFY2(
            output.contains(QStringLiteral("PASS   : TestPreferences::childReadsEveryPreference")),
            qPrintable(output));
    }

    // Files written while the keys said "general/..." hold [%General]: their values come back.
    void filesFromEarlierVersionsKeepTheirValues()
    {
        QTemporaryDir dir;
        const QString file = preferencesFile(dir.path());
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[%General]\nautoRefreshMinutes=5\nlanguage=es\ntheme=dark\n\n"
                  "[reports]\nvisitWindowDays=3\n");
        ini.close();
        const Preferences prefs(file);
        QCOMPARE(prefs.autoRefreshMinutes(), 5);
        QCOMPARE(prefs.language(), QStringLiteral("es"));
        QCOMPARE(prefs.theme(), Preferences::Theme::Dark);
        QCOMPARE(prefs.visitWindowDays(), 3);
    }

    void childReadsEveryPreference()
    {
        if (!qEnvironmentVariableIsSet("KD_PREFS_FILE") ||
            qEnvironmentVariableIsSet("KD_PREFS_EXPECT"))
            QSKIP("runs as a child of everyPreferenceSurvivesAFreshProcess");
        const Preferences prefs(qEnvironmentVariable("KD_PREFS_FILE"));
        QCOMPARE(prefs.visitWindowDays(), 30);
        QCOMPARE(prefs.autoRefreshMinutes(), 1);
        QCOMPARE(prefs.theme(), Preferences::Theme::Dark);
        QCOMPARE(prefs.language(), QStringLiteral("pt_BR"));
        QCOMPARE(prefs.uiState(QStringLiteral("reports/range")).toInt(), -1);
    }

    // Run by the test above in a child process: a start as kintura-desk makes it (the system's
    // language first, then the preferences' one if set).
    void childStartsInPreferredLanguage()
    {
        const QString expected = qEnvironmentVariable("KD_PREFS_EXPECT");
        if (expected.isEmpty())
            QSKIP("runs as a child of languageIsSavedAndUsedOnTheNextStart");
        QString inUse = i18n::installTranslations();
        const Preferences preferences(qEnvironmentVariable("KD_PREFS_FILE"));
        if (!preferences.language().isEmpty())
            inUse = i18n::installTranslations(preferences.language());
        QCOMPARE(inUse, expected);
        ui::MainWindow window(false);
        const QString pages = window.sidebar()->item(0)->text();
        QVERIFY(pages != QLatin1String("Integrations"));
        const bool cyrillic = std::any_of(pages.begin(), pages.end(), [](QChar c) {
            return c.script() == QChar::Script_Cyrillic;
        });
        QCOMPARE(cyrillic, expected == QLatin1String("ru"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
