// `kintura-desk integration ...` as a provisioning script uses it: the real executable, a real
// Secret Service (tests/with-keyring.sh), checked with secret-tool, against the simulator.
#include "KeyringRequired.h"
#include "context/AppContext.h"
#include "credentials/KeychainCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "reports/ReportService.h"
#include "settings/AppFolders.h"
#include "settings/Preferences.h"
#include "sim/SimHost.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <optional>

using namespace kd;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

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

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::SimHost> sim;
    QTemporaryDir config;
    QString allOutput; // everything the CLI printed, scanned for secrets at the end

    // Marks a run as a `report` command rather than `integration`.
    static QProcessEnvironment reportEnv()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KD_TEST_COMMAND"), QStringLiteral("report"));
        return env;
    }

    Run run(const QStringList& args, const QByteArray& input = {},
            const QProcessEnvironment& extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kintura.*=true"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        const QString command =
            extra.value(QStringLiteral("KD_TEST_COMMAND"), QStringLiteral("integration"));
        p.start(QStringLiteral(KD_DESK_BINARY), QStringList{command} + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30'000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        allOutput += r.out + r.err;
        return r;
    }

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
        allOutput += r.out + r.err;
        return r;
    }

    // The simulator's requests since the last call, per endpoint; the log starts afresh.
    QMap<QString, int> takeRequests()
    {
        QMap<QString, int> counts;
        sim->withServer([&](sim::SimServer& s) {
            for (const sim::SimLogEntry& e : s.log())
                ++counts[e.endpoint];
            s.clearLog();
        });
        return counts;
    }

    QByteArray credentialsInput(const QString& secret = {}) const
    {
        return ("  " + sim->apiKey() + "\r\n" + (secret.isEmpty() ? sim->apiSecret() : secret) +
                "\n")
            .toUtf8();
    }

    static QStringList add(const QString& name, const QString& url)
    {
        return {QStringLiteral("add"),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--url"),
                url,
                QStringLiteral("--currency"),
                QStringLiteral("USD"),
                QStringLiteral("--conversion-time"),
                QStringLiteral("visit")};
    }

    QString idOf(const QString& name)
    {
        const Run list =
            run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

    static QString secretTool(const QString& id)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("Kintura Desk"), QStringLiteral("user"), id});
        tool.waitForFinished(10'000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        KD_SKIP_WITHOUT_KEYRING();
        sim::SimOptions options;
        options.requestsPerSecond = 0;
        sim = std::make_unique<sim::SimHost>(sim::SimConfig{}, options);
        QVERIFY(sim->isListening());
    }

    void addStoresTheSecretInTheKeychainOnly()
    {
        const QString url = sim->url().toString();
        const Run added = run(add(QStringLiteral("CLI A"), url), credentialsInput());
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("CLI A")));
        const QString id = idOf(QStringLiteral("CLI A"));
        QVERIFY(!id.isEmpty());
        const QString item = secretTool(id);
        QVERIFY2(item.contains(sim->apiSecret()), qPrintable(item));
        QVERIFY(item.contains(sim->apiKey())); // trimmed: no leading spaces, no \r

        // Listed, without secrets, in both formats.
        const Run text = run({QStringLiteral("list")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("CLI A\t") + url));
        QVERIFY(!text.out.contains(sim->apiSecret()));
    }

    void reportPrintsTheNumbers()
    {
        const QDate today = QDate::currentDate();
        const QString from = today.addDays(-6).toString(Qt::ISODate);
        const QString to = today.toString(Qt::ISODate);
        auto report = [&](const QString& group, const QString& format) {
            return run({QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                        QStringLiteral("--group-by"), group, QStringLiteral("--format"), format,
                        QStringLiteral("--integration"), QStringLiteral("CLI A")},
                       {}, reportEnv());
        };
        const Run days = report(QStringLiteral("day"), QStringLiteral("csv"));
        QVERIFY2(days.code == 0, qPrintable(days.err));
        const QStringList lines = days.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(QStringLiteral("date,visits,conversions,revenue")),
                 qPrintable(lines.first()));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total,")));
        QVERIFY(lines.size() >=
                6); // header, about a week of days (the tracker's today may differ by one), total
        QVERIFY(lines.last().endsWith(QStringLiteral(",USD")));

        const Run campaigns = report(QStringLiteral("campaign"), QStringLiteral("json"));
        QVERIFY2(campaigns.code == 0, qPrintable(campaigns.err));
        const QJsonArray rows = QJsonDocument::fromJson(campaigns.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.first().toObject().contains(QStringLiteral("campaign")));
        QVERIFY(rows.first().toObject().value(QStringLiteral("revenue")).isDouble());

        // By ad network: named after the catalog's networks (the tracker's templates), each
        // network's numbers adding up to the day report's total (over closed days: today's
        // numbers move between two runs).
        // Two days back: closed whatever the tracker's time zone makes of this machine's today.
        const QString yesterday = today.addDays(-2).toString(Qt::ISODate);
        auto closed = [&](const QString& group) {
            return run({QStringLiteral("--from"), from, QStringLiteral("--to"), yesterday,
                        QStringLiteral("--group-by"), group, QStringLiteral("--integration"),
                        QStringLiteral("CLI A")},
                       {}, reportEnv());
        };
        const Run networks = closed(QStringLiteral("network"));
        const Run closedDays = closed(QStringLiteral("day"));
        QVERIFY2(networks.code == 0, qPrintable(networks.err));
        const QStringList networkLines =
            networks.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(networkLines.first().startsWith(QStringLiteral("network,visits,")));
        QVERIFY2(networks.out.contains(QStringLiteral("\r\nFacebook (Meta),")),
                 qPrintable(networks.out));
        QVERIFY2(!networks.out.contains(QStringLiteral("Traffic source")),
                 qPrintable(networks.out));
        QCOMPARE(networkLines.last(),
                 closedDays.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).last());

        const Run help = run({QStringLiteral("--help")}, {}, reportEnv());
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--group-by day|campaign|network")));

        // Bad ranges and names are refused before anything is asked.
        auto bad = [&](const QStringList& args) { return run(args, {}, reportEnv()).code; };
        QCOMPARE(bad({QStringLiteral("--integration"), QStringLiteral("CLI A"),
                      QStringLiteral("--from"), to, QStringLiteral("--to"), from,
                      QStringLiteral("--group-by"), QStringLiteral("day")}),
                 2);
        QCOMPARE(
            bad({QStringLiteral("--integration"), QStringLiteral("CLI A"), QStringLiteral("--from"),
                 QStringLiteral("2010-01-01"), QStringLiteral("--to"), to,
                 QStringLiteral("--group-by"), QStringLiteral("day")}),
            2);
        QCOMPARE(bad({QStringLiteral("--integration"), QStringLiteral("CLI A"),
                      QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                      QStringLiteral("--group-by"), QStringLiteral("hour")}),
                 2);
        QCOMPARE(bad({QStringLiteral("--integration"), QStringLiteral("Nobody"),
                      QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                      QStringLiteral("--group-by"), QStringLiteral("day")}),
                 7);
    }

    void testReportsEachOutcomeWithItsExitCode()
    {
        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("CLI A")}).code, 0);

        sim->withServer([](sim::SimServer& s) {
            s.setSettings({QStringLiteral("EUR"), ConversionTime::Visit, QStringLiteral("UTC")});
        });
        const Run mismatch = run({QStringLiteral("test"), QStringLiteral("CLI A")});
        QCOMPARE(mismatch.code, 5);
        QVERIFY(mismatch.err.contains(QStringLiteral("EUR")));
        sim->withServer([](sim::SimServer& s) {
            s.setSettings(
                {QStringLiteral("USD"), ConversionTime::Visit, QStringLiteral("America/New_York")});
        });

        QCOMPARE(run(add(QStringLiteral("CLI Wrong"), sim->url().toString()),
                     credentialsInput(QStringLiteral("not-the-secret")))
                     .code,
                 0);
        const Run rejected = run({QStringLiteral("test"), QStringLiteral("CLI Wrong")});
        QCOMPARE(rejected.code, 3);
        QVERIFY(rejected.err.contains(QStringLiteral("rejected")));

        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        QCOMPARE(
            run(add(QStringLiteral("CLI Gone"), QStringLiteral("http://127.0.0.1:%1").arg(closed)),
                credentialsInput())
                .code,
            0);
        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("CLI Gone")}).code, 4);

        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("Nobody")}).code, 7);
    }

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

    // `report` fails as `integration test` does: the same exit codes for the same causes.
    void reportExitCodesMatchIntegration()
    {
        const QString from = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
        auto report = [&](const QString& name, const QProcessEnvironment& extra = {}) {
            QProcessEnvironment env = reportEnv();
            for (const QString& key : extra.keys())
                env.insert(key, extra.value(key));
            return run({QStringLiteral("--integration"), name, QStringLiteral("--from"), from,
                        QStringLiteral("--to"), to, QStringLiteral("--group-by"),
                        QStringLiteral("day")},
                       {}, env);
        };
        const Run wrong = report(QStringLiteral("CLI Wrong"));
        QCOMPARE(wrong.code, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("rejected")), qPrintable(wrong.err));
        QVERIFY(wrong.out.isEmpty());
        const Run gone = report(QStringLiteral("CLI Gone"));
        QCOMPARE(gone.code, 4);
        QVERIFY(gone.out.isEmpty());
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const Run noKeychain = report(QStringLiteral("CLI A"), noBus);
        QCOMPARE(noKeychain.code, 6);
        QVERIFY2(noKeychain.err.contains(QStringLiteral("keychain")), qPrintable(noKeychain.err));
        QVERIFY(noKeychain.out.isEmpty());
    }

    // A second identical report over closed days asks the tracker for no numbers: the cache
    // is kept between runs.
    void secondReportUsesTheCache_data()
    {
        QTest::addColumn<QString>("group");
        QTest::newRow("day") << QStringLiteral("day");
        QTest::newRow("campaign") << QStringLiteral("campaign");
        QTest::newRow("network") << QStringLiteral("network");
    }
    void secondReportUsesTheCache()
    {
        QFETCH(QString, group);
        const QDate today = QDate::currentDate();
        const QStringList args{
            QStringLiteral("--integration"), QStringLiteral("CLI A"),
            QStringLiteral("--from"),        today.addDays(-20).toString(Qt::ISODate),
            QStringLiteral("--to"),          today.addDays(-14).toString(Qt::ISODate),
            QStringLiteral("--group-by"),    group};
        takeRequests();
        const Run first = run(args, {}, reportEnv());
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(takeRequests().value(QStringLiteral("stats")) >= 1);
        const Run second = run(args, {}, reportEnv());
        QVERIFY2(second.code == 0, qPrintable(second.err));
        const QMap<QString, int> asked = takeRequests();
        QCOMPARE(asked.value(QStringLiteral("stats")), 0);
        QCOMPARE(asked.value(QStringLiteral("campaigns")), 0);
        QCOMPARE(second.out, first.out);
    }

    // What the window synced (its report service, the same data folder) serves the CLI too.
    void reportReusesTheWindowsCache()
    {
        const QString id = idOf(QStringLiteral("CLI A"));
        QVERIFY(!id.isEmpty());
        const QDate today = QDate::currentDate();
        const QDate from = today.addDays(-30);
        const QDate to = today.addDays(-24);
        auto context =
            AppContext::create(config.filePath(QStringLiteral("kintura-desk")),
                               new KeychainCredentialStore(QStringLiteral("Kintura Desk")),
                               dataHome() + QStringLiteral("/kintura-desk"));
        QVERIFY(context->integrations()->find(id));
        takeRequests();
        QSignalSpy finished(context->reports(), &ReportService::syncFinished);
        context->reports()->sync(id, from, to);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(finished.first().at(1).value<TrackerError>().isOk(),
                 qPrintable(finished.first().at(1).value<TrackerError>().message()));
        QVERIFY(takeRequests().value(QStringLiteral("stats")) >= 2);

        for (const QString& group :
             {QStringLiteral("day"), QStringLiteral("network"), QStringLiteral("campaign")}) {
            const Run r =
                run({QStringLiteral("--integration"), QStringLiteral("CLI A"),
                     QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                     to.toString(Qt::ISODate), QStringLiteral("--group-by"), group},
                    {}, reportEnv());
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.count(QStringLiteral("\r\n")) >= 3);
            const QMap<QString, int> asked = takeRequests();
            QVERIFY2(asked.value(QStringLiteral("stats")) == 0,
                     qPrintable(group + QStringLiteral(": %1 stats requests")
                                            .arg(asked.value(QStringLiteral("stats")))));
            QCOMPARE(asked.value(QStringLiteral("campaigns")), 0);
        }
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QByteArray ok = "key\nsecret\n";
        QTest::newRow("no command") << QStringList{} << ok;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << ok;
        QTest::newRow("missing url")
            << QStringList{QStringLiteral("add"),  QStringLiteral("--name"),
                           QStringLiteral("X"),    QStringLiteral("--currency"),
                           QStringLiteral("USD"),  QStringLiteral("--conversion-time"),
                           QStringLiteral("visit")}
            << ok;
        QTest::newRow("plain http") << QStringList{QStringLiteral("add"),
                                                   QStringLiteral("--name"),
                                                   QStringLiteral("X"),
                                                   QStringLiteral("--url"),
                                                   QStringLiteral("http://tracker.example.com"),
                                                   QStringLiteral("--currency"),
                                                   QStringLiteral("USD"),
                                                   QStringLiteral("--conversion-time"),
                                                   QStringLiteral("visit")}
                                    << ok;
        QTest::newRow("not iso currency") << QStringList{QStringLiteral("add"),
                                                         QStringLiteral("--name"),
                                                         QStringLiteral("X"),
                                                         QStringLiteral("--url"),
                                                         QStringLiteral("https://t.example.com"),
                                                         QStringLiteral("--currency"),
                                                         QStringLiteral("BTC"),
                                                         QStringLiteral("--conversion-time"),
                                                         QStringLiteral("visit")}
                                          << ok;
        QTest::newRow("secret as argument") << QStringList{QStringLiteral("add"),
                                                           QStringLiteral("--name"),
                                                           QStringLiteral("X"),
                                                           QStringLiteral("--url"),
                                                           QStringLiteral("https://t.example.com"),
                                                           QStringLiteral("--currency"),
                                                           QStringLiteral("USD"),
                                                           QStringLiteral("--conversion-time"),
                                                           QStringLiteral("visit"),
                                                           QStringLiteral("--api-secret"),
                                                           QStringLiteral("s")}
                                            << ok;
        QTest::newRow("no secret on stdin") << QStringList{QStringLiteral("add"),
                                                           QStringLiteral("--name"),
                                                           QStringLiteral("X"),
                                                           QStringLiteral("--url"),
                                                           QStringLiteral("https://t.example.com"),
                                                           QStringLiteral("--currency"),
                                                           QStringLiteral("USD"),
                                                           QStringLiteral("--conversion-time"),
                                                           QStringLiteral("visit")}
                                            << QByteArray("only-a-key\n");
        QTest::newRow("duplicate name") << QStringList{QStringLiteral("add"),
                                                       QStringLiteral("--name"),
                                                       QStringLiteral("cli a"),
                                                       QStringLiteral("--url"),
                                                       QStringLiteral("https://t.example.com"),
                                                       QStringLiteral("--currency"),
                                                       QStringLiteral("USD"),
                                                       QStringLiteral("--conversion-time"),
                                                       QStringLiteral("visit")}
                                        << ok;
        QTest::newRow("list bad format")
            << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << ok;
    }
    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = run(args, input);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.trimmed().isEmpty() || args.isEmpty() ||
                args.first() == QLatin1String("frobnicate"));
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

    void noKeychainWritesNothing()
    {
        QFile file(config.filePath(QStringLiteral("kintura-desk/integrations.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r = run(add(QStringLiteral("CLI NoKeychain"), sim->url().toString()),
                          credentialsInput(), noBus);
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains(QStringLiteral("keychain")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void removeErasesTheKeychainEntry()
    {
        const QString id = idOf(QStringLiteral("CLI A"));
        QVERIFY(!id.isEmpty());
        const Run r = run({QStringLiteral("remove"), QStringLiteral("CLI A")});
        QCOMPARE(r.code, 0);
        QVERIFY(secretTool(id).isEmpty());
        QVERIFY(idOf(QStringLiteral("CLI A")).isEmpty());
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("CLI A")}).code, 7);
    }

    // With every logging category on, the secret appears in no output and in no file the
    // app wrote.
    void secretAppearsNowhere()
    {
        const QString secret = sim->apiSecret();
        QVERIFY(!allOutput.isEmpty());
        QVERIFY2(!allOutput.contains(secret), "a secret in the CLI's output");
        QDirIterator it(config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
