// Hostile input typed or pasted into the window's other fields, through the real widgets:
// the filter of "Ad networks you run" and the preferences' number fields. 10,000 characters,
// control characters and NUL, right-to-left text, emoji, a URL with credentials or a path:
// junk filters to nothing and says so, junk never gets into a number, a number past a bound
// becomes the bound, and nothing out of bounds is saved. (The connection form:
// tst_hostileinput.)
#include "HostileInputFixture.h"

#include "AdNetworksPage.h"
#include "adnetworks/NetworkSetupService.h"
#include "settings/AppFolders.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace kd;
using namespace kd::test;

class TestHostileFields : public HostileInputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    // The filter of "Ad networks you run": junk filters to nothing and says so; spaces around
    // a name are ignored; what was ticked before is kept.
    void networkFilter_data()
    {
        QTest::addColumn<Input>("how");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("visible"); // the one network left, or none
        QTest::newRow("10k") << Input::Paste << kTenThousand << QString();
        QTest::newRow("control") << Input::Paste << QStringLiteral("Goo\u0007gle") << QString();
        QTest::newRow("nul") << Input::Paste << QStringLiteral("Goo") + QChar(0) << QString();
        QTest::newRow("rtl") << Input::Paste << QStringLiteral("\u202Eelgoog") << QString();
        QTest::newRow("emoji") << Input::Paste << QStringLiteral("😀") << QString();
        QTest::newRow("url with credentials")
            << Input::Type << QStringLiteral("https://me:pw@tracker.example") << QString();
        QTest::newRow("path") << Input::Type << QStringLiteral("/etc/passwd") << QString();
        QTest::newRow("whitespace")
            << Input::Type << QStringLiteral("   taboola  ") << QStringLiteral("Taboola");
        QTest::newRow("pasted whitespace")
            << Input::Paste << QStringLiteral("\tTaBoOlA\n") << QStringLiteral("Taboola");
    }
    void networkFilter()
    {
        QFETCH(Input, how);
        QFETCH(QString, value);
        QFETCH(QString, visible);
        addIntegration();
        const QString id = context->integrations()->all().first().id;
        context->networkSetup()->setNetworks(id, {QStringLiteral("google")});
        window->showPage(ui::MainWindow::AdNetworks);
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("chooseNetworksButton")),
                          Qt::LeftButton);
        QDialog* chooser = nullptr;
        QTRY_VERIFY((chooser = dialog("chooseNetworks")));
        auto* filter = in<QLineEdit>(chooser, QStringLiteral("networkFilter"));
        auto* list = in<QListWidget>(chooser, QStringLiteral("networkList"));
        auto* note = in<QLabel>(chooser, QStringLiteral("noMatchNote"));
        QVERIFY(filter && list && note);
        QVERIFY(!note->isVisible());

        enter(filter, how, value);
        QStringList shown;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                shown << list->item(i)->text();
        }
        if (visible.isEmpty()) {
            QCOMPARE(shown, QStringList());
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral("No ad network")) &&
                         note->text().contains(QStringLiteral("Clear the filter")),
                     qPrintable(note->text()));
            QVERIFY(note->text().size() < 200);
        } else {
            QCOMPARE(shown, QStringList{visible});
            QVERIFY(!note->isVisible());
            // Tick it with the keyboard.
            list->setFocus();
            list->setCurrentRow(list->row(list->findItems(visible, Qt::MatchExactly).first()));
            QTest::keyClick(list, Qt::Key_Space);
        }
        // Clearing the filter brings every network back.
        filter->setFocus();
        filter->selectAll();
        QTest::keyClick(filter, Qt::Key_Backspace);
        QVERIFY(!note->isVisible());
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(!list->item(i)->isHidden());

        auto* ok = chooser->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog("chooseNetworks"));
        QStringList keys;
        for (const NetworkChoice& c : context->networkSetup()->choices(id))
            keys << c.networkKey;
        QStringList expected{QStringLiteral("google")};
        if (!visible.isEmpty())
            expected << QStringLiteral("taboola");
        QCOMPARE(keys, expected);
    }

    // The preferences' number fields: junk never gets in, a number past a bound becomes the
    // bound, and what is saved stays within bounds.
    void preferenceNumbers_data()
    {
        QTest::addColumn<QString>("spin");
        QTest::addColumn<Input>("how");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused"); // the field's text did not change at all
        QTest::addColumn<int>("saved");
        const int maxRefresh = Preferences::kMaxAutoRefreshMinutes;
        const int maxDays = Preferences::kMaxVisitWindowDays;
        for (const char* spin : {"autoRefreshSpin", "visitWindowSpin"}) {
            const bool refresh = QLatin1String(spin) == QLatin1String("autoRefreshSpin");
            const int before = refresh ? Preferences::kDefaultAutoRefreshMinutes
                                       : Preferences::kDefaultVisitWindowDays;
            const int max = refresh ? maxRefresh : maxDays;
            auto add = [spin](const char* what, Input how, const QString& value, bool refused,
                              int saved) {
                QTest::addRow("%s: %s", spin, what)
                    << QString::fromLatin1(spin) << how << value << refused << saved;
            };
            add("letters", Input::Type, QStringLiteral("abc"), true, before);
            add("10k", Input::Paste, kTenThousand, true, before);
            add("10k digits", Input::Paste, QString(10'000, QLatin1Char('9')), false, max);
            add("nul", Input::Paste, QStringLiteral("1") + QChar(0), true, before);
            add("control", Input::Paste, QStringLiteral("\u00071"), true, before);
            add("emoji", Input::Paste, QStringLiteral("5😀"), true, before);
            add("arabic-indic digits", Input::Paste, QStringLiteral("٣٠"), true, before);
            add("rtl override", Input::Paste, QStringLiteral("\u202E12"), true, before);
            add("url", Input::Type, QStringLiteral("https://me:pw@x"), true, before);
            // 4321 or 271: a plain QSpinBox refused the last digit and kept 432 or 27.
            add("above the maximum", Input::Type, QString::number(max * 3 + 1), false, max);
            add("negative", Input::Type, QStringLiteral("-5"), false, 5); // the minus is refused
            add("exponent", Input::Type, QStringLiteral("1e2"), false, 12);
            add("whitespace", Input::Paste, QStringLiteral("  30 "), false, 30);
        }
        QTest::addRow("visitWindowSpin: zero") << QStringLiteral("visitWindowSpin") << Input::Type
                                               << QStringLiteral("0") << false << 1;
        QTest::addRow("autoRefreshSpin: zero") << QStringLiteral("autoRefreshSpin") << Input::Type
                                               << QStringLiteral("0") << false << 0;
    }
    void preferenceNumbers()
    {
        QFETCH(QString, spin);
        QFETCH(Input, how);
        QFETCH(QString, value);
        QFETCH(bool, refused);
        QFETCH(int, saved);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QDialog* prefs = nullptr;
        QTRY_VERIFY((prefs = dialog("preferencesDialog")));
        auto* box = in<QSpinBox>(prefs, spin);
        QVERIFY(box);
        const QString before = box->text();
        auto* edit = box->findChild<QLineEdit*>();
        box->setFocus();
        box->selectAll();
        if (how == Input::Type) {
            QTest::keyClicks(box, value);
        } else {
            QGuiApplication::clipboard()->setText(value);
            QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        }
        if (refused)
            QCOMPARE(box->text(), before);
        QVERIFY(box->text().size() <= 10'100);
        // OK with the mouse: the number still being typed is what counts.
        auto* ok = prefs->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog("preferencesDialog"));

        Preferences* p = context->preferences();
        const bool refresh = spin == QLatin1String("autoRefreshSpin");
        QCOMPARE(refresh ? p->autoRefreshMinutes() : p->visitWindowDays(), saved);
        // And in the file, as the next start reads it.
        QSettings file(preferencesFile(dir->path()), QSettings::IniFormat);
        const QString key = refresh ? QStringLiteral("General/autoRefreshMinutes")
                                    : QStringLiteral("reports/visitWindowDays");
        bool isNumber = false;
        QCOMPARE(file.value(key).toString().toInt(&isNumber), saved);
        QVERIFY(isNumber);
    }
};

QTEST_MAIN(TestHostileFields)
#include "tst_hostilefields.moc"
