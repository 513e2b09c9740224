// Every page and dialog of the demo, in Spanish, Brazilian Portuguese and Russian, at the
// window's default size: nothing cut off (combos wide enough for their text, labels and buttons
// for their size hints). The Reports page has its own check in tst_reportspage.
#include "AdNetworksPage.h"
#include "DeskWindow.h"
#include "IntegrationsPage.h"
#include "TextFits.h"
#include "context/AppContext.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace kd;

class TestLanguageLayout : public QObject
{
    Q_OBJECT

    static QDialog* openDialog(QWidget* window, const char* name)
    {
        QDialog* found = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (found = window->findChild<QDialog*>(QString::fromLatin1(name))) &&
                    found->isVisible(),
                10'000);
        }();
        return found;
    }

    static void closeDialog(QDialog* dialog)
    {
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

private Q_SLOTS:
    void everyScreenFits_data() { test::addLanguageRows(); }

    void everyScreenFits()
    {
        QFETCH(QString, language);
        const test::LanguageScope speaking(language);
        QCOMPARE(speaking.installed(), language);
        QString error;
        auto context = AppContext::createDemo(&error);
        QVERIFY2(context, qPrintable(error));
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Integrations, once the demo tracker has answered.
        window.showPage(ui::MainWindow::Integrations);
        QTableView* table = window.integrationsPage()->table();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.integrationsPage()->details()->text().isEmpty(), 15'000);
        test::checkNothingCutOff(window.integrationsPage());
        QVERIFY2(!window.integrationsPage()
                      ->findChild<QPushButton*>(QStringLiteral("addButton"))
                      ->text()
                      .contains(QStringLiteral("Add")),
                 "the translation is not loaded");

        // The connection form (Add…).
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        QDialog* form = openDialog(&window, "integrationDialog");
        QVERIFY(form);
        test::checkNothingCutOff(form);
        closeDialog(form);

        // Ad networks, each of its three steps.
        window.showPage(ui::MainWindow::AdNetworks);
        ui::AdNetworksPage* networks = window.adNetworksPage();
        for (const char* step : {"step1Button", "step2Button", "step3Button"}) {
            auto* button = networks->findChild<QPushButton*>(QString::fromLatin1(step));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QCoreApplication::sendPostedEvents(); // the step's layout, before measuring
            test::checkNothingCutOff(networks);
        }
        auto* step2 = networks->findChild<QPushButton*>(QStringLiteral("step2Button"));
        QTest::mouseClick(step2, Qt::LeftButton);
        auto* choose = networks->findChild<QPushButton*>(QStringLiteral("chooseNetworksButton"));
        QVERIFY(choose && choose->isVisible());
        QTest::mouseClick(choose, Qt::LeftButton);
        QDialog* chooser = openDialog(&window, "chooseNetworks");
        QVERIFY(chooser);
        test::checkNothingCutOff(chooser);
        closeDialog(chooser);

        // Preferences.
        // Preferences…, at the bottom of the sidebar.
        QToolButton* preferencesButton = nullptr;
        for (QToolButton* b : window.findChildren<QToolButton*>())
            if (b->defaultAction() &&
                b->defaultAction()->objectName() == QLatin1String("preferencesAction"))
                preferencesButton = b;
        QVERIFY(preferencesButton && preferencesButton->isEnabled());
        QTest::mouseClick(preferencesButton, Qt::LeftButton);
        QDialog* preferences = openDialog(&window, "preferencesDialog");
        QVERIFY(preferences);
        test::checkNothingCutOff(preferences);
        closeDialog(preferences);
    }
};

QTEST_MAIN(TestLanguageLayout)
#include "tst_languagelayout.moc"
