// The whole setup and the Reports page by keyboard alone: no mouse, no setText, no
// setCurrentIndex. Tab order, accelerators and Enter must reach everything. On the way, every
// control that takes focus must have a name a screen reader can say, and every status says
// what it is in text and in the shape of its icon, not by colour alone.
// (Names of the certificate panels and how statuses present themselves: tst_accessiblenames.)
#include "KeyboardHelpers.h"
#include "ReportsPageHelpers.h"
#include "SimFixture.h"
#include "Snapshot.h"

#include "AdNetworksPage.h"
#include "DeskWindow.h"
#include "IntegrationsModel.h"
#include "NetworksModel.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "StatusPresentation.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "reports/RangePresets.h"
#include "reports/ReportCache.h"
#include "reports/ReportService.h"
#include "settings/Preferences.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QTableView>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;
using kd::ui::StatusPresentation;

namespace {
// Focus in a date field: walk to each section with the arrow keys and step it with Up and
// Down to the wanted value, as a keyboard user does (typed digits only replace a selected
// section). Year first, then month, then day, so that no step clamps a later one.
void stepDateTo(const QDate& date)
{
    auto* edit = qobject_cast<QDateEdit*>(focused());
    QVERIFY2(edit, focused() ? focused()->metaObject()->className() : "no focus");
    struct Part
    {
        QDateTimeEdit::Section section;
        int (QDate::*value)() const;
    };
    const Part parts[] = {{QDateTimeEdit::YearSection, &QDate::year},
                          {QDateTimeEdit::MonthSection, &QDate::month},
                          {QDateTimeEdit::DaySection, &QDate::day}};
    for (const Part& part : parts) {
        press(Qt::Key_Home);
        for (int i = 0; i < 20 && edit->currentSection() != part.section; ++i)
            press(Qt::Key_Right);
        QCOMPARE(edit->currentSection(), part.section);
        for (int i = 0; i < 400 && (edit->date().*part.value)() != (date.*part.value)(); ++i)
            press((edit->date().*part.value)() < (date.*part.value)() ? Qt::Key_Up : Qt::Key_Down);
    }
    QCOMPARE(edit->date(), date);
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
        SimFixture sim2; // a second tracker, for the integration filter on Reports
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        VERIFY_ALL_NAMED(&window);

        // Step 1: Ctrl+N opens the connection form; Tab walks it; Alt+T tests the connection
        // and the result says so in words; a wrong conversion time (Alt+P) shows the mismatch,
        // which Alt+L fixes from the tracker's values; Space on Save saves.
        press(Qt::Key_N, Qt::ControlModifier);
        QDialog* form = waitForDialog(&window, "integrationDialog");
        QVERIFY(form);
        VERIFY_ALL_NAMED(form);
        QVERIFY(fillConnectionForm(QStringLiteral("Kintura - Keys"), *sim.server));
        const qsizetype settingsAsked = sim.log(QStringLiteral("settings")).size();
        press(Qt::Key_T, Qt::AltModifier); // &Test connection
        QTRY_VERIFY_WITH_TIMEOUT(resultText(form).startsWith(QStringLiteral("Connected")), 10'000);
        QCOMPARE(sim.log(QStringLiteral("settings")).size(), settingsAsked + 1);
        press(Qt::Key_P, Qt::AltModifier); // &Postback time: the tracker says visit time
        QCOMPARE(focused()->objectName(), QStringLiteral("postbackTimeRadio"));
        press(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(form).startsWith(QStringLiteral("Settings mismatch")),
                                 10'000);
        VERIFY_ALL_NAMED(form);
        press(Qt::Key_L, Qt::AltModifier); // Use the tracker's va&lues
        QTRY_VERIFY(form->findChild<QWidget*>(QStringLiteral("visitTimeRadio"))
                        ->property("checked")
                        .toBool());
        press(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(form).startsWith(QStringLiteral("Connected")), 10'000);
        QVERIFY(tabTo(QStringLiteral("saveButton")));
        press(Qt::Key_Space);
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        const QString id = context->integrations()->all().first().id;
        QCOMPARE(context->integrations()->all().first().conversionTime, ConversionTime::Visit);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("integrationDialog")));
        {
            // Its status, in the table, in words and an icon, for a screen reader too.
            const QModelIndex status = window.integrationsPage()->table()->model()->index(
                0, ui::IntegrationsModel::Status);
            QTRY_COMPARE(status.data().toString(), QStringLiteral("Connected"));
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(status.data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(QStringLiteral("Connected:")));
        }

        // Step 2: saving led to the ad networks; choose two by keyboard in the checklist.
        QTRY_COMPARE(window.currentPage(), ui::MainWindow::AdNetworks);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        VERIFY_ALL_NAMED(&window);
        QVERIFY(tabTo(QStringLiteral("chooseNetworksButton")));
        press(Qt::Key_Space);
        QDialog* chooser = waitForDialog(&window, "chooseNetworks");
        QVERIFY(chooser);
        VERIFY_ALL_NAMED(chooser);
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

        // Configure both: Enter on a row opens the template chooser; the best match comes
        // first, and Enter takes it.
        QApplication::setActiveWindow(&window);
        QVERIFY(tabTo(QStringLiteral("networksTable")));
        press(Qt::Key_Home, Qt::ControlModifier);
        const QStringList networks{QStringLiteral("Facebook (Meta)"), QStringLiteral("TikTok")};
        for (int row = 0; row < networks.size(); ++row) {
            QTRY_COMPARE(page->table()->currentIndex().data().toString(), networks[row]);
            press(Qt::Key_Return);
            QDialog* templates = waitForDialog(&window, "templateChooser");
            QVERIFY(templates);
            QTRY_VERIFY(
                templates->findChild<QListWidget*>(QStringLiteral("templateList"))->count() > 0);
            VERIFY_ALL_NAMED(templates);
            press(Qt::Key_Return);
            QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("templateChooser")));
            QTRY_COMPARE(
                page->table()->model()->index(row, ui::NetworksModel::Status).data().toString(),
                QStringLiteral("Connected"));
            const QModelIndex status =
                page->table()->model()->index(row, ui::NetworksModel::Status);
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(status.data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(QStringLiteral("Connected:")));
            QApplication::setActiveWindow(&window);
            QTRY_COMPARE(focused(), page->table());
            press(Qt::Key_Down);
        }
        QCOMPARE(context->networkSetup()->choices(id).size(), 2);
        for (const NetworkChoice& c : context->networkSetup()->choices(id))
            QVERIFY2(!c.templateId.isEmpty(), qPrintable(c.networkKey));

        // Step 3: Alt+N; Tab reaches each network's Copy button, Space copies its string.
        press(Qt::Key_N, Qt::AltModifier); // &Next: tracking parameters
        QTRY_COMPARE(page->currentStep(), ui::AdNetworksPage::Parameters); // an animated click
        VERIFY_ALL_NAMED(&window);
        for (const QString& key : {QStringLiteral("facebook"), QStringLiteral("tiktok")}) {
            const NetworkState state = context->networkSetup()->state(id, key);
            const QString expected = trackingParameterString(state.current);
            QVERIFY(!expected.isEmpty());
            auto* field = page->findChild<QLineEdit*>(QStringLiteral("params_") + key);
            QVERIFY2(field, qPrintable(key));
            QCOMPARE(field->text(), expected);
            QGuiApplication::clipboard()->clear();
            QVERIFY(tabTo(QStringLiteral("copy_") + key));
            press(Qt::Key_Space);
            QTRY_COMPARE(QGuiApplication::clipboard()->text(), expected);
        }
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("__CAMPAIGN_ID__")));

        // A second tracker, by keyboard too: Ctrl+1, Ctrl+N, the form, Enter saves.
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::Integrations);
        press(Qt::Key_N, Qt::ControlModifier);
        form = waitForDialog(&window, "integrationDialog");
        QVERIFY(form);
        QVERIFY(fillConnectionForm(QStringLiteral("Kintura - Second"), *sim2.server));
        press(Qt::Key_Return);
        QTRY_COMPARE(context->integrations()->all().size(), 2);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("integrationDialog")));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Reports: Ctrl+3, then every filter by its accelerator and arrow keys or typing.
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::Reports);
        auto* reports = window.reportsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     reports->conversionsSeries()->count() == 30,
                                 20'000);
        VERIFY_ALL_NAMED(&window);
        auto waitForSync = [&] {
            return QTest::qWaitFor([&] { return !context->reports()->isSyncing(); }, 20'000);
        };

        // Integration: from "All integrations" to the first tracker alone.
        press(Qt::Key_I, Qt::AltModifier); // &Integration
        auto* integration = window.findChild<QComboBox*>(QStringLiteral("reportIntegrationCombo"));
        QCOMPARE(focused(), integration);
        QCOMPARE(integration->currentIndex(), 0); // All integrations
        press(Qt::Key_Down);
        QCOMPARE(integration->currentData().toString(), id);
        QVERIFY(waitForSync());

        press(Qt::Key_A, Qt::AltModifier); // R&ange
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QCOMPARE(focused(), range);
        press(Qt::Key_Up); // Last 14 days
        QCOMPARE(range->currentData().toInt(), int(RangePreset::Last14));
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing() &&
                                     reports->conversionsSeries()->count() == 14,
                                 20'000);

        // Custom range: the last item; focus goes to the first date; Tab to the second; Enter
        // shows it.
        press(Qt::Key_End);
        QCOMPARE(range->currentIndex(), range->count() - 1);
        auto* from = window.findChild<QDateEdit*>(QStringLiteral("customFrom"));
        auto* to = window.findChild<QDateEdit*>(QStringLiteral("customTo"));
        QTRY_VERIFY(from->isVisible() && to->isVisible());
        VERIFY_ALL_NAMED(&window);
        QCOMPARE(focused(), from);
        const QDate today = context->reports()->trackerToday(id);
        stepDateTo(today.addDays(-9));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(tabTo(QStringLiteral("customTo"))); // Tab walks the sections, then leaves
        stepDateTo(today.addDays(-2));
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !context->reports()->isSyncing() && reports->conversionsSeries()->count() == 8, 20'000);

        // Breakdown by campaign, then the network filter and a campaign typed by name.
        press(Qt::Key_B, Qt::AltModifier); // &Breakdown
        press(Qt::Key_Down);
        QTRY_COMPARE(reports->table()->model()->headerData(0, Qt::Horizontal).toString(),
                     QStringLiteral("Campaign"));

        // Sorting the table: Tab into it, Right to the Visits column, Ctrl+Shift+S sorts by
        // it; pressed again, the order reverses. The totals row stays last both ways.
        QTableView* table = reports->table();
        QVERIFY(tabTo(QStringLiteral("reportTable")));
        QVERIFY(table->model()->rowCount() >= 3); // two campaigns at least, and the total
        for (int i = 0; i < 10 && table->currentIndex().column() != ui::ReportTableModel::Visits;
             ++i)
            press(table->currentIndex().column() < ui::ReportTableModel::Visits ? Qt::Key_Right
                                                                                : Qt::Key_Left);
        QCOMPARE(table->currentIndex().column(), int(ui::ReportTableModel::Visits));
        QVERIFY(table->whatsThis().contains(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));
        QHeaderView* header = table->horizontalHeader();
        auto checkVisitsOrder = [&](Qt::SortOrder order) {
            checkSortedTotalsLast(table, ui::ReportTableModel::Visits, order);
            const QString said = order == Qt::AscendingOrder
                                     ? QStringLiteral("Sorted by Visits, ascending.")
                                     : QStringLiteral("Sorted by Visits, descending.");
            QVERIFY2(table->accessibleDescription().startsWith(said),
                     qPrintable(table->accessibleDescription()));
        };
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        const Qt::SortOrder first = header->sortIndicatorOrder();
        checkVisitsOrder(first);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(focused(), table); // still in the table, on the same column
        QCOMPARE(table->currentIndex().column(), int(ui::ReportTableModel::Visits));
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        checkVisitsOrder(first == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_N, Qt::AltModifier); // Ad &network
        auto* network = window.findChild<QComboBox*>(QStringLiteral("networkFilter"));
        QCOMPARE(focused(), network);
        QVERIFY(network->count() > 1);
        const int allRows = reports->tableModel()->rowCount();
        press(Qt::Key_Down);
        QCOMPARE(network->currentIndex(), 1);
        QVERIFY(!network->currentData().toString().isEmpty());
        QTRY_VERIFY(reports->tableModel()->rowCount() < allRows);

        press(Qt::Key_M, Qt::AltModifier); // Ca&mpaign
        auto* campaign = window.findChild<QComboBox*>(QStringLiteral("campaignFilter"));
        QCOMPARE(focused()->window(), &window);
        QVERIFY(campaign->isAncestorOf(focused()) || focused() == campaign);
        QVERIFY(campaign->count() > 2);
        const QString title = campaign->itemText(2);
        const QString campaignId = campaign->itemData(2).toString();
        press(Qt::Key_A, Qt::ControlModifier);
        type(title);
        press(Qt::Key_Return);
        QTRY_COMPARE(campaign->currentData().toString(), campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 20'000);
        QTRY_VERIFY(!sim.log(QStringLiteral("stats")).isEmpty());
        QVERIFY(sim.log(QStringLiteral("stats")).last().query.contains(campaignId));

        // Export: Alt+C opens the save dialog; type a path, Enter writes the table.
        press(Qt::Key_C, Qt::AltModifier); // Export &CSV…
        QFileDialog* save = nullptr;
        QTRY_VERIFY((save = reports->findChild<QFileDialog*>()));
        QApplication::setActiveWindow(save);
        QVERIFY(QTest::qWaitForWindowActive(save));
        const QString csv = dir.filePath(QStringLiteral("keys.csv"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(csv);
        press(Qt::Key_Return);
        QTRY_VERIFY(QFileInfo::exists(csv));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("campaign,visits,conversions"));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        press(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!context->reports()->isSyncing(), 20'000);

        // Preferences: Ctrl+, then Escape leaves them as they were.
        press(Qt::Key_Comma, Qt::ControlModifier);
        QDialog* prefs = waitForDialog(&window, "preferencesDialog");
        QVERIFY(prefs);
        VERIFY_ALL_NAMED(prefs);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("preferencesDialog")));
        QCOMPARE(context->networkSetup()->choices(id).size(), 2);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
