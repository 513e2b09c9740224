// The CSV writer and the breakdown export.
#include "reports/CsvWriter.h"
#include "reports/ReportExport.h"

#include <QTest>

using namespace kd;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("Facebook") << QByteArray("Facebook");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
        QTest::newRow("utf8") << QStringLiteral("Кинтура 🚀")
                              << QStringLiteral("Кинтура 🚀").toUtf8();
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        QCOMPARE(toCsv({field}, {}), written + "\r\n");
    }

    void formulasAreDefused()
    {
        QCOMPARE(defuseSpreadsheetFormula(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(defuseSpreadsheetFormula(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(defuseSpreadsheetFormula(QStringLiteral("Taboola")), QStringLiteral("Taboola"));
    }

    void breakdown()
    {
        Metrics a;
        a.visits = 1000;
        a.conversions = 10;
        a.revenue = 250 * kMoneyUnit;
        a.cost = 100 * kMoneyUnit;
        Metrics b;
        b.visits = 0;
        const QByteArray csv =
            breakdownCsv({{QStringLiteral("Net, A"), a, {}}, {QStringLiteral("Empty"), b, {}}},
                         QStringLiteral("EUR"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[1],
                 QByteArray("\"Net, A\",1000,10,250.00,100.00,150.00,150.00,1.0000,0.2500,EUR\r"));
        QCOMPARE(lines[2],
                 QByteArray("Empty,0,0,0.00,0.00,0.00,,,,EUR\r")); // undefined ratios stay empty
        QCOMPARE(lines[3],
                 QByteArray("Total,1000,10,250.00,100.00,150.00,150.00,1.0000,0.2500,EUR\r"));
    }

    void currenciesAreNeverAdded()
    {
        Metrics usd;
        usd.visits = 10;
        usd.revenue = 5 * kMoneyUnit;
        Metrics eur;
        eur.visits = 20;
        eur.revenue = 7 * kMoneyUnit;
        const QByteArray csv = breakdownCsv({{QStringLiteral("A"), usd, QStringLiteral("USD")},
                                             {QStringLiteral("B"), eur, QStringLiteral("EUR")},
                                             {QStringLiteral("C"), usd, QStringLiteral("USD")}},
                                            {}, QStringLiteral("integration"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 7); // header, 3 rows, a total per currency, the final newline
        QCOMPARE(lines[4], QByteArray("Total,20,0,10.00,0.00,10.00,,0.0000,0.5000,USD\r"));
        QCOMPARE(lines[5], QByteArray("Total,20,0,7.00,0.00,7.00,,0.0000,0.3500,EUR\r"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
