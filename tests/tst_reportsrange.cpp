// The Reports page's custom range typed by keys alone: Tab into a date field and type the date
// as it is shown (in the locale's short format, separators and all); a click in a section and
// typing replaces that section.
#include "RangeSelector.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace kd;

namespace {
QWidget* focused()
{
    return QApplication::focusWidget();
}
} // namespace

class TestReportsRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedDatesAfterTab_data()
    {
        QTest::addColumn<QLocale>("locale");
        // "d MMM yyyy", "M/d/yy", "dd.MM.yy", "dd/MM/yyyy"
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
    }

    void typedDatesAfterTab()
    {
        QFETCH(QLocale, locale);
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QLocale::setDefault(locale);

        const QDate today(2026, 11, 26);
        QWidget window;
        auto* range = new ui::RangeSelector([&] { return today; }, &window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(range->combo());
        layout->addWidget(range);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* from = range->findChild<QDateEdit*>(QStringLiteral("customFrom"));
        auto* to = range->findChild<QDateEdit*>(QStringLiteral("customTo"));
        QVERIFY(from && to);
        QSignalSpy shown(range, &ui::RangeSelector::rangeChanged);

        // Custom range by keys: the last item; the first date takes the focus.
        range->combo()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focused(), range->combo());
        QTest::keyClick(focused(), Qt::Key_End);
        QTRY_COMPARE(focused(), from);
        // Back to the range combo, then Tab into the first date.
        for (int i = 0; i < 10 && focused() != range->combo(); ++i)
            QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focused(), range->combo());
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), from);

        // Each date typed as the field shows dates: "10/5/26", "05.10.26", "5 Oct 2026".
        const QDate first(2026, 10, 5);
        const QDate last(2026, 11, 19);
        const QString firstText = locale.toString(first, from->displayFormat());
        QTest::keyClicks(focused(), firstText);
        QVERIFY2(from->date() == first, qPrintable(firstText + QStringLiteral(" gave ") +
                                                   from->date().toString(Qt::ISODate)));
        // Tab walks the sections that are left, then leaves for the second date.
        for (int i = 0; i < 10 && focused() == from; ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), to);
        const QString lastText = locale.toString(last, to->displayFormat());
        QTest::keyClicks(focused(), lastText);
        QVERIFY2(to->date() == last, qPrintable(lastText + QStringLiteral(" gave ") +
                                                to->date().toString(Qt::ISODate)));
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(range->rangeOn(today).from, first);
        QCOMPARE(range->rangeOn(today).to, last);
        QCOMPARE(range->problem(), QString());
    }

    // A click in a date field's day, then digits: they replace the day (QDateEdit alone
    // leaves the cursor in "28" and refuses the "258" that typing makes).
    void typedOverAClickedSection()
    {
        QLocale::setDefault(QLocale::c()); // "d MMM yyyy": the day comes first
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
        const QDate today(2026, 11, 26);
        QWidget window;
        auto* range = new ui::RangeSelector([&] { return today; }, &window);
        auto* layout = new QVBoxLayout(&window);
        auto* elsewhere = new QLineEdit(&window);
        layout->addWidget(elsewhere);
        layout->addWidget(range->combo());
        layout->addWidget(range);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        range->combo()->setCurrentIndex(range->combo()->count() - 1);
        auto* to = range->findChild<QDateEdit*>(QStringLiteral("customTo"));
        QTRY_VERIFY(to->isVisible());
        elsewhere->setFocus();
        QTRY_COMPARE(focused(), elsewhere);
        const QDate before = to->date();
        QVERIFY(before.day() >= 10); // two digits: a cursor inside them is the trap
        auto* text = to->findChild<QLineEdit*>();
        const int dayWidth = text->fontMetrics().horizontalAdvance(QStringLiteral("2"));
        QTest::mouseClick(text, Qt::LeftButton, {},
                          QPoint(text->contentsRect().left() + 2 + dayWidth, text->height() / 2));
        QTRY_COMPARE(focused(), to);
        QTRY_COMPARE(to->currentSection(), QDateTimeEdit::DaySection);
        QTRY_VERIFY(text->hasSelectedText());
        QTest::keyClicks(to, QStringLiteral("07"));
        QCOMPARE(to->date(), QDate(before.year(), before.month(), 7));
    }
};

QTEST_MAIN(TestReportsRange)
#include "tst_reportsrange.moc"
