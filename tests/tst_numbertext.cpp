// Numbers as each locale writes them, digit groups included: Qt 6.4 writes 2258.373 in Spanish
// (its "minimum grouping digits" applied to the leading group); the report table must not.
#include "reports/NumberText.h"

#include <QTest>

using namespace kd;

class TestNumberText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grouped_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        const QLocale es(QLocale::Spanish, QLocale::Spain);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale ru(QLocale::Russian, QLocale::Russia);
        const QLocale pt(QLocale::Portuguese, QLocale::Brazil);
        // Spanish groups from five digits on (CLDR), every group once it does.
        QTest::newRow("es 4 digits") << es << 9379.0 << 0 << QStringLiteral("9379");
        QTest::newRow("es 5 digits") << es << 12694.0 << 0 << QStringLiteral("12.694");
        QTest::newRow("es 7 digits") << es << 2258373.0 << 0 << QStringLiteral("2.258.373");
        QTest::newRow("es money") << es << 1242065.29 << 2 << QStringLiteral("1.242.065,29");
        QTest::newRow("es negative") << es << -2258373.0 << 0 << QStringLiteral("-2.258.373");
        QTest::newRow("en 4 digits") << en << 9379.0 << 0 << QStringLiteral("9,379");
        QTest::newRow("en money") << en << 1242065.29 << 2 << QStringLiteral("1,242,065.29");
        QTest::newRow("en small") << en << 12.5 << 1 << QStringLiteral("12.5");
        QTest::newRow("de") << de << 2258373.5 << 1 << QStringLiteral("2.258.373,5");
        QTest::newRow("ru") << ru << 2258373.0 << 0 << QStringLiteral("2\u00a0258\u00a0373");
        QTest::newRow("pt_BR") << pt << 1242065.29 << 2 << QStringLiteral("1.242.065,29");
        // Indian grouping (lakh, crore): Qt's own, which is right.
        const QLocale in(QLocale::English, QLocale::India);
        QTest::newRow("en_IN") << in << 1234567.0 << 0 << QStringLiteral("12,34,567");
    }

    void grouped()
    {
        QFETCH(QLocale, locale);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(groupedNumber(locale, value, decimals), expected);
    }

    void integersAndOptions()
    {
        const QLocale es(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(groupedNumber(es, qint64(5743800)), QStringLiteral("5.743.800"));
        QLocale bare(QLocale::English, QLocale::UnitedStates);
        bare.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(groupedNumber(bare, qint64(5743800)), QStringLiteral("5743800"));
        // Where Qt itself is right, the same text as Qt's.
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(groupedNumber(en, 98765432.25, 2), en.toString(98765432.25, 'f', 2));
        QVERIFY(!qtGroupsWrongly(en));
        QVERIFY(!qtGroupsWrongly(QLocale(QLocale::English, QLocale::India)));
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
