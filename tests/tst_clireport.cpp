// `kintura-desk report --demo` as a cron job on a headless machine runs it (the real
// executable, no display of any kind), and the language every command speaks: the one chosen
// in Preferences, else the system's. (The `integration` commands and `report` against a real
// integration, with the Secret Service: tst_cli.)
#include "CliRun.h"
#include "settings/AppFolders.h"
#include "settings/Preferences.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <optional>

using namespace kd;
using namespace kd::test;

namespace {

// RFC 4180 records (quoted fields, CRLF), enough for the CLI's output.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

// A row's numbers as the CLI printed them; derived ones absent when printed empty or null.
struct Printed
{
    QString name;
    double visits = 0, conversions = 0, revenue = 0, cost = 0, profit = 0;
    std::optional<double> roi, rate, epc;
    QString currency;
};

// Whether the derived numbers follow from the row's base numbers by their definitions, each
// printed value within what rounding its inputs to `decimals` (money) can explain.
QString checkDerived(const Printed& p, double moneyTolerance)
{
    auto near = [](double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; };
    // Every combination of the inputs within their rounding: the true value lies in between.
    auto bounds = [&](auto f) {
        double lo = 1e300, hi = -1e300;
        for (double dr : {-moneyTolerance, moneyTolerance})
            for (double dc : {-moneyTolerance, moneyTolerance}) {
                const double v = f(p.revenue + dr, p.cost + dc);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        return std::pair{lo, hi};
    };
    const QString row = p.name + QStringLiteral(": ");
    if (!near(p.profit, p.revenue - p.cost, 2 * moneyTolerance + 1e-9))
        return row + QStringLiteral("profit is not revenue - cost");
    if (p.cost == 0) {
        if (p.roi)
            return row + QStringLiteral("ROI without cost");
    } else {
        if (!p.roi)
            return row + QStringLiteral("no ROI");
        const auto [lo, hi] = bounds([](double r, double c) { return (r - c) / c * 100.0; });
        if (*p.roi < lo - 0.005 - 1e-9 || *p.roi > hi + 0.005 + 1e-9)
            return row + QStringLiteral("ROI %1 outside [%2, %3]").arg(*p.roi).arg(lo).arg(hi);
    }
    if (p.visits == 0) {
        if (p.rate || p.epc)
            return row + QStringLiteral("a rate without visits");
        return {};
    }
    if (!p.rate || !near(*p.rate, p.conversions / p.visits * 100.0, 0.00005 + 1e-9))
        return row + QStringLiteral("conversion rate is not conversions / visits");
    if (!p.epc || !near(*p.epc, p.revenue / p.visits, moneyTolerance / p.visits + 0.00005 + 1e-9))
        return row + QStringLiteral("EPC is not revenue / visits");
    return {};
}
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir config;

    // Where the CLI (and a window of the same user) keeps the report cache.
    QString dataHome() const { return config.filePath(QStringLiteral("data")); }

    // `report` as a cron job runs it: no display of any kind in its environment.
    Run runHeadless(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KD_DESK_BINARY), QStringList{QStringLiteral("report")} + args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(90'000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    // `report --demo` as a cron job on a headless machine: every column, in both formats, the
    // derived numbers following from the base ones, and the same numbers in CSV as in JSON.
    void demoReportWithoutADisplay_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("column");
        QTest::newRow("day") << QStringLiteral("day") << QStringLiteral("date");
        QTest::newRow("campaign") << QStringLiteral("campaign") << QStringLiteral("campaign");
        QTest::newRow("network") << QStringLiteral("network") << QStringLiteral("network");
    }
    void demoReportWithoutADisplay()
    {
        QFETCH(QString, group);
        QFETCH(QString, column);
        // Closed days (well past the visit window, whatever the tracker's time zone), so two
        // demo runs (each its own simulator, the same seed) see the same numbers.
        const QDate today = QDate::currentDate();
        const QDate from = today.addDays(-12);
        const QDate to = today.addDays(-10);
        auto report = [&](const QString& format) {
            return runHeadless({QStringLiteral("--demo"), QStringLiteral("--from"),
                                from.toString(Qt::ISODate), QStringLiteral("--to"),
                                to.toString(Qt::ISODate), QStringLiteral("--group-by"), group,
                                QStringLiteral("--format"), format});
        };
        const QStringList columns{column,
                                  QStringLiteral("visits"),
                                  QStringLiteral("conversions"),
                                  QStringLiteral("revenue"),
                                  QStringLiteral("cost"),
                                  QStringLiteral("profit"),
                                  QStringLiteral("roi_percent"),
                                  QStringLiteral("conversion_rate_percent"),
                                  QStringLiteral("epc"),
                                  QStringLiteral("currency")};

        const Run json = report(QStringLiteral("json"));
        QVERIFY2(json.code == 0, qPrintable(json.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &parseError);
        QVERIFY2(doc.isArray(), qPrintable(parseError.errorString() + json.out.left(200)));
        const QJsonArray rows = doc.array();
        QVERIFY(!rows.isEmpty());
        QHash<QString, Printed> fromJson;
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            QStringList keys = o.keys();
            keys.sort();
            QStringList expected = columns;
            expected.sort();
            QCOMPARE(keys, expected);
            for (const QString& base :
                 {QStringLiteral("visits"), QStringLiteral("conversions"),
                  QStringLiteral("revenue"), QStringLiteral("cost"), QStringLiteral("profit")})
                QVERIFY2(o.value(base).isDouble(), qPrintable(base));
            Printed p;
            p.name = o.value(column).toString();
            p.visits = o.value(QStringLiteral("visits")).toDouble();
            p.conversions = o.value(QStringLiteral("conversions")).toDouble();
            p.revenue = o.value(QStringLiteral("revenue")).toDouble();
            p.cost = o.value(QStringLiteral("cost")).toDouble();
            p.profit = o.value(QStringLiteral("profit")).toDouble();
            auto optional = [&](const char* key) -> std::optional<double> {
                const QJsonValue x = o.value(QString::fromLatin1(key));
                if (x.isNull())
                    return std::nullopt;
                return x.toDouble();
            };
            p.roi = optional("roi_percent");
            p.rate = optional("conversion_rate_percent");
            p.epc = optional("epc");
            p.currency = o.value(QStringLiteral("currency")).toString();
            QCOMPARE(p.currency, QStringLiteral("USD"));
            const QString wrong = checkDerived(p, 0.0000005); // money to the micro-unit
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QVERIFY(!p.name.isEmpty());
            fromJson.insert(p.name, p);
        }
        if (group == QLatin1String("day")) {
            QCOMPARE(rows.size(), from.daysTo(to) + 1);
            for (QDate d = from; d <= to; d = d.addDays(1))
                QVERIFY2(fromJson.contains(d.toString(Qt::ISODate)),
                         qPrintable(d.toString(Qt::ISODate)));
        }

        const Run csv = report(QStringLiteral("csv"));
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QList<QStringList> records = parseCsv(csv.out);
        QVERIFY(records.size() >= 3);
        QCOMPARE(records.first(), columns);
        QCOMPARE(records.last().first(), QStringLiteral("Total"));
        QCOMPARE(records.size() - 2, rows.size()); // header, one line a row, the total
        Printed sum;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList& f = records[i];
            QCOMPARE(f.size(), columns.size());
            auto number = [&](int index) {
                bool ok = false;
                const double value = f[index].toDouble(&ok);
                if (!ok)
                    qWarning() << "not a number:" << f[index] << "in" << f;
                return value;
            };
            auto optional = [&](int index) -> std::optional<double> {
                if (f[index].isEmpty())
                    return std::nullopt;
                return number(index);
            };
            Printed p{f[0],      number(1),   number(2),   number(3),   number(4),
                      number(5), optional(6), optional(7), optional(8), f[9]};
            QCOMPARE(p.currency, QStringLiteral("USD"));
            const QString wrong = checkDerived(p, 0.005); // money to the cent
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            if (i == records.size() - 1) {
                // The total is the sum of the rows.
                QCOMPARE(p.visits, sum.visits);
                QCOMPARE(p.conversions, sum.conversions);
                QVERIFY(std::abs(p.revenue - sum.revenue) <= 0.005 * double(records.size()));
                QVERIFY(std::abs(p.cost - sum.cost) <= 0.005 * double(records.size()));
                QVERIFY(p.visits > 0 && p.revenue > 0);
                break;
            }
            sum.visits += p.visits;
            sum.conversions += p.conversions;
            sum.revenue += p.revenue;
            sum.cost += p.cost;
            // The same row as in JSON (a separate run: closed days do not move).
            QVERIFY2(fromJson.contains(p.name), qPrintable(p.name));
            const Printed& j = fromJson.value(p.name);
            QCOMPARE(p.visits, j.visits);
            QCOMPARE(p.conversions, j.conversions);
            QVERIFY(std::abs(p.revenue - j.revenue) <= 0.005 + 1e-9);
            QVERIFY(std::abs(p.cost - j.cost) <= 0.005 + 1e-9);
        }
    }

    // The language chosen in Preferences (as the dialog saves it) wins over the system's, as in
    // the window; "follow the system" leaves it to the locale. Each case is a fresh config
    // folder and a real kintura-desk with LANG=ru_RU.UTF-8 and nothing else choosing.
    void commandsSpeakThePreferredLanguage_data()
    {
        QTest::addColumn<QString>("chosen"); // null: no preferences file at all
        QTest::addColumn<QString>("expected");
        QTest::newRow("Spanish chosen") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("follow the system") << QStringLiteral("") << QStringLiteral("ru");
        QTest::newRow("no preferences yet") << QString() << QStringLiteral("ru");
        QTest::newRow("English chosen") << QStringLiteral("en") << QStringLiteral("en");
    }
    void commandsSpeakThePreferredLanguage()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString configDir = home.filePath(QStringLiteral("kintura-desk"));
        if (!chosen.isNull()) {
            QVERIFY(QDir().mkpath(configDir));
            Preferences(preferencesFile(configDir)).setLanguage(chosen);
            QVERIFY(QFile::exists(preferencesFile(configDir)));
        }
        auto start = [&](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY",
                                     "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QString::fromLatin1(name));
            env.insert(QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(KD_DESK_BINARY), args);
            p.closeWriteChannel();
            Run r;
            if (!p.waitForFinished(30'000))
                return r;
            r.code = p.exitCode();
            r.out = QString::fromUtf8(p.readAllStandardOutput());
            r.err = QString::fromUtf8(p.readAllStandardError());
            return r;
        };
        // Each message in the committed translation of the language expected.
        struct Said
        {
            QStringList args;
            int code;
            bool onStdout;
            QHash<QString, QString> text;
        };
        const QList<Said> messages{
            {{QStringLiteral("integration"), QStringLiteral("test"), QStringLiteral("Nowhere")},
             7,
             false,
             {{QStringLiteral("en"), QStringLiteral("No integration is called \"Nowhere\".")},
              {QStringLiteral("es"),
               QStringLiteral("No hay ninguna integración llamada \"Nowhere\".")},
              {QStringLiteral("ru"), QStringLiteral("Нет интеграции с названием «Nowhere».")}}},
            {{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01")},
             2,
             false,
             {{QStringLiteral("en"), QStringLiteral("Give either --integration NAME or --demo.")},
              {QStringLiteral("es"), QStringLiteral("Indique --integration NOMBRE o --demo.")},
              {QStringLiteral("ru"), QStringLiteral("Укажите --integration ИМЯ или --demo.")}}},
            {{QStringLiteral("--help")},
             0,
             true,
             {{QStringLiteral("en"), QStringLiteral("Kintura Desk: connect Kintura trackers")},
              {QStringLiteral("es"), QStringLiteral("Kintura Desk: conecte trackers de Kintura")},
              {QStringLiteral("ru"), QStringLiteral("Kintura Desk: подключайте трекеры Kintura")}}},
        };
        for (const Said& said : messages) {
            const Run r = start(said.args);
            const QString output = said.onStdout ? r.out : r.err;
            QVERIFY2(r.code == said.code, qPrintable(said.args.join(QLatin1Char(' ')) +
                                                     QStringLiteral(": ") + r.out + r.err));
            for (auto it = said.text.cbegin(); it != said.text.cend(); ++it) {
                QVERIFY2(
                    output.contains(it.value()) == (it.key() == expected),
                    qPrintable(said.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + output));
            }
        }
        // Reading the choice wrote nothing: no file where there was none.
        if (chosen.isNull())
            QVERIFY(!QFile::exists(preferencesFile(configDir)));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
