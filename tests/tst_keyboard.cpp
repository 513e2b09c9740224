// The whole setup and the Reports page by keyboard alone: no mouse, no setText, no
// setCurrentIndex. Tab order, accelerators and Enter must reach everything. On the way, every
// control that takes focus must have a name a screen reader can say.
#include "SimFixture.h"
#include "Snapshot.h"

#include "AdNetworksPage.h"
#include "DeskWindow.h"
#include "NetworksModel.h"
#include "ReportCharts.h"
#include "ReportsPage.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "settings/Preferences.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

namespace {
QWidget* focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

// The focus reaches `name` by Tab alone (and does so within a window's worth of stops).
bool tabTo(const QString& name)
{
    for (int i = 0; i < 40; ++i) {
        if (focused() && focused()->objectName() == name)
            return true;
        press(Qt::Key_Tab);
    }
    return false;
}

// Controls a screen reader could not name: no accessible name, no text of their own and no
// label pointing at them.
QStringList unnamedControls(QWidget* root)
{
    QSet<QWidget*> labelled;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->window() != root)
            continue;
        if (!w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty())
            continue;
        // The editor inside a combo box or spin box speaks for its owner.
        QWidget* owner = w->parentWidget();
        if (owner && (qobject_cast<QComboBox*>(owner) || qobject_cast<QAbstractSpinBox*>(owner)) &&
            (!owner->accessibleName().isEmpty() || labelled.contains(owner)))
            continue;
        // A scroll area's viewport is named by the view.
        if (auto* area = qobject_cast<QAbstractScrollArea*>(owner);
            area && area->viewport() == w && !area->accessibleName().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 \"%2\"")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

QDialog* waitForDialog(QWidget* window, const char* name)
{
    QDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = window->findChild<QDialog*>(QString::fromLatin1(name)))); }();
    if (dialog) {
        QApplication::setActiveWindow(dialog);
        [&] { QVERIFY(QTest::qWaitForWindowActive(dialog)); }();
    }
    return dialog;
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeSetupAndReportsByKeyboard()
    {
        QTemporaryDir dir;
        SimFixture sim;
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(unnamedControls(&window).isEmpty(),
                 qPrintable(unnamedControls(&window).join(QStringLiteral(", "))));

        // Step 1: Ctrl+N opens the connection form; Tab walks it; Enter saves.
        press(Qt::Key_N, Qt::ControlModifier);
        QDialog* form = waitForDialog(&window, "integrationDialog");
        QVERIFY(form);
        QVERIFY2(unnamedControls(form).isEmpty(),
                 qPrintable(unnamedControls(form).join(QStringLiteral(", "))));
        QVERIFY(tabTo(QStringLiteral("nameEdit")));
        type(QStringLiteral("Kintura - Keys"));
        QVERIFY(tabTo(QStringLiteral("urlEdit")));
        type(sim.server->baseUrl().toString());
        QVERIFY(tabTo(QStringLiteral("apiKeyEdit")));
        type(sim.server->apiKey());
        QVERIFY(tabTo(QStringLiteral("apiSecretEdit")));
        type(sim.server->apiSecret());
        QVERIFY(tabTo(QStringLiteral("saveButton")));
        press(Qt::Key_Space);
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        const QString id = context->integrations()->all().first().id;
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("integrationDialog")));

        // Step 2: saving led to the ad networks; choose two by keyboard in the checklist.
        QTRY_COMPARE(window.currentPage(), ui::MainWindow::AdNetworks);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(unnamedControls(&window).isEmpty(),
                 qPrintable(unnamedControls(&window).join(QStringLiteral(", "))));
        QVERIFY(tabTo(QStringLiteral("chooseNetworksButton")));
        press(Qt::Key_Space);
        QDialog* chooser = waitForDialog(&window, "chooseNetworks");
        QVERIFY(chooser);
        QVERIFY2(unnamedControls(chooser).isEmpty(),
                 qPrintable(unnamedControls(chooser).join(QStringLiteral(", "))));
        auto* list = chooser->findChild<QListWidget*>(QStringLiteral("networkList"));
        QVERIFY(tabTo(QStringLiteral("networkList")));
        for (const QString& name : {QStringLiteral("Facebook (Meta)"), QStringLiteral("TikTok")}) {
            // Arrow keys walk the list; Space ticks the row.
            press(Qt::Key_Home);
            for (int i = 0; i < list->count() && list->currentItem()->text() != name; ++i)
                press(Qt::Key_Down);
            QCOMPARE(list->currentItem()->text(), name);
            press(Qt::Key_Space);
            QCOMPARE(list->currentItem()->checkState(), Qt::Checked);
        }
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("chooseNetworks")));
        auto* page = window.adNetworksPage();
        QTRY_COMPARE(page->table()->model()->rowCount(), 2);

        // Configure Facebook: Enter on its row, Enter takes the best-matching template.
        QApplication::setActiveWindow(&window);
        QVERIFY(tabTo(QStringLiteral("networksTable")));
        press(Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(page->table()->currentIndex().data().toString(),
                     QStringLiteral("Facebook (Meta)"));
        press(Qt::Key_Return);
        QDialog* templates = waitForDialog(&window, "templateChooser");
        QVERIFY(templates);
        QTRY_VERIFY(templates->findChild<QListWidget*>(QStringLiteral("templateList"))->count() >
                    0);
        QVERIFY2(unnamedControls(templates).isEmpty(),
                 qPrintable(unnamedControls(templates).join(QStringLiteral(", "))));
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("templateChooser")));
        QTRY_COMPARE(page->table()->model()->index(0, ui::NetworksModel::Status).data().toString(),
                     QStringLiteral("Connected"));

        // Reports: Ctrl+3, the range by its accelerator and arrow keys, the breakdown too.
        QApplication::setActiveWindow(&window);
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::Reports);
        auto* reports = window.reportsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     reports->conversionsSeries()->count() == 30,
                                 20'000);
        QVERIFY2(unnamedControls(&window).isEmpty(),
                 qPrintable(unnamedControls(&window).join(QStringLiteral(", "))));
        press(Qt::Key_A, Qt::AltModifier); // R&ange
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QCOMPARE(focused(), range);
        press(Qt::Key_Up); // Last 14 days
        QCOMPARE(range->currentData().toInt(), int(RangePreset::Last14));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     reports->conversionsSeries()->count() == 14,
                                 20'000);
        press(Qt::Key_B, Qt::AltModifier); // &Breakdown
        press(Qt::Key_Down);
        QTRY_COMPARE(reports->table()->model()->headerData(0, Qt::Horizontal).toString(),
                     QStringLiteral("Campaign"));
        press(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 20'000);

        // Preferences: Ctrl+, then Escape leaves them as they were.
        press(Qt::Key_Comma, Qt::ControlModifier);
        QDialog* prefs = waitForDialog(&window, "preferencesDialog");
        QVERIFY(prefs);
        QVERIFY2(unnamedControls(prefs).isEmpty(),
                 qPrintable(unnamedControls(prefs).join(QStringLiteral(", "))));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("preferencesDialog")));
        QCOMPARE(context->networkSetup()->choices(id).size(), 2);
    }

    // Dark theme chosen in the preferences reaches the charts; the window's size, the report
    // range and the breakdown come back in the next session.
    void themeAndWindowStateAreRemembered()
    {
        QTemporaryDir dir;
        SimFixture sim;
        {
            auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
            test::DeskWindow window(context.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            press(Qt::Key_Comma, Qt::ControlModifier);
            QDialog* prefs = waitForDialog(&window, "preferencesDialog");
            QVERIFY(prefs);
            press(Qt::Key_T, Qt::AltModifier); // &Theme
            QCOMPARE(focused()->objectName(), QStringLiteral("themeCombo"));
            press(Qt::Key_End); // Dark
            press(Qt::Key_Return);
            QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("preferencesDialog")));
            QCOMPARE(context->preferences()->theme(), Preferences::Theme::Dark);
            QApplication::setActiveWindow(&window);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
            window.showPage(ui::MainWindow::Reports);
            auto* charts = window.reportsPage()->charts();
            QTRY_COMPARE(charts->timeChartView()->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(charts->topChartView()->chart()->theme(), QChart::ChartThemeDark);
            snapshot(&window, QStringLiteral("reports-dark"));

            auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
            range->setFocus();
            press(Qt::Key_Home); // Today
            auto* breakdown = window.findChild<QComboBox*>(QStringLiteral("breakdownCombo"));
            breakdown->setFocus();
            press(Qt::Key_End); // By integration
            window.resize(1200, 760);
            window.close();

            context->preferences()->setTheme(Preferences::Theme::System);
            QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
            QTRY_COMPARE(charts->timeChartView()->chart()->theme(), QChart::ChartThemeLight);
        }
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        test::DeskWindow window(context.get());
        QCOMPARE(window.size(), QSize(1200, 760));
        window.showPage(ui::MainWindow::Reports); // pages are built when first shown
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("rangeCombo"))->currentData().toInt(),
                 int(RangePreset::Today));
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("breakdownCombo"))->currentIndex(), 2);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
