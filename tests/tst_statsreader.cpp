// The fast reader of stats replies (app/kintura/StatsReader.h) held against the QJsonDocument
// path it stands in for: on the simulator's real replies it must answer, and on every input,
// mutated or hand-made, it must give what the document path gives or decline.
#include "StatsReplyMutator.h"
#include "kintura/KinturaJson.h"
#include "kintura/StatsReader.h"
#include "sim/SimDataset.h"
#include "sim/SimServer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>

using namespace kd;
using namespace kd::kintura;
using namespace kd::test;

namespace {

QString shown(const QString& s)
{
    return s.isNull() ? QStringLiteral("null") : QLatin1Char('"') + s + QLatin1Char('"');
}

// Field by field; null and empty text count as different, as they do once bound in SQL.
QString rowsDiffer(const QList<StatsRow>& a, const QList<StatsRow>& b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 rows against %2").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const StatsRow& x = a[i];
        const StatsRow& y = b[i];
        QStringList d;
        if (x.date != y.date)
            d << QStringLiteral("date %1/%2")
                     .arg(x.date.toString(Qt::ISODate), y.date.toString(Qt::ISODate));
        const auto text = [&d](const char* name, const QString& l, const QString& r) {
            if (l != r || l.isNull() != r.isNull())
                d << QStringLiteral("%1 %2/%3").arg(QLatin1String(name), shown(l), shown(r));
        };
        text("campaign_id", x.campaignId, y.campaignId);
        text("traffic_source_id", x.trafficSourceId, y.trafficSourceId);
        text("external_campaign_id", x.externalCampaignId, y.externalCampaignId);
        const auto number = [&d](const char* name, qint64 l, qint64 r) {
            if (l != r)
                d << QStringLiteral("%1 %2/%3").arg(QLatin1String(name)).arg(l).arg(r);
        };
        number("visits", x.visits, y.visits);
        number("lp_visits", x.lpVisits, y.lpVisits);
        number("offer_visits", x.offerVisits, y.offerVisits);
        number("unique_visits", x.uniqueVisits, y.uniqueVisits);
        number("conversions", x.conversions, y.conversions);
        number("revenue", x.revenue, y.revenue);
        number("cost", x.cost, y.cost);
        if (!d.isEmpty())
            return QStringLiteral("row %1: %2").arg(i + 1).arg(d.join(QStringLiteral(", ")));
    }
    return {};
}

// A body in a failure message: printable ASCII as is, the rest as \xNN.
QString printable(const QByteArray& body)
{
    QString out;
    for (const char c : body.left(600)) {
        const auto u = static_cast<unsigned char>(c);
        out += u >= 0x20 && u < 0x7F ? QString(QLatin1Char(c))
                                     : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return body.size() > 600 ? out + QStringLiteral("...") : out;
}

struct Comparison
{
    bool fastHandled = false;
    QString problem; // empty when the paths agree
};

// The fast reader, when it answers, must give what the document path gives; parseStats must
// give the document path's answer, rows or error text, on every input.
Comparison compareWithDocument(const QByteArray& body, StatsGroups groups)
{
    Comparison c;
    const Parsed<QList<StatsRow>> viaDocument = parseStatsViaDocument(body, groups);
    const std::optional<QList<StatsRow>> fast = readStatsFast(body, groups);
    if (fast) {
        c.fastHandled = true;
        if (!viaDocument.ok())
            c.problem = QStringLiteral("the fast path accepts what the document path rejects (%1)")
                            .arg(viaDocument.error);
        else if (const QString d = rowsDiffer(*fast, viaDocument.value); !d.isEmpty())
            c.problem = QStringLiteral("fast path against document path: ") + d;
    }
    const Parsed<QList<StatsRow>> parsed = parseStats(body, groups);
    if (c.problem.isEmpty()) {
        if (parsed.error != viaDocument.error)
            c.problem = QStringLiteral("parseStats says \"%1\", the document path \"%2\"")
                            .arg(parsed.error, viaDocument.error);
        else if (const QString d = rowsDiffer(parsed.value, viaDocument.value); !d.isEmpty())
            c.problem = QStringLiteral("parseStats against document path: ") + d;
    }
    if (!c.problem.isEmpty())
        c.problem += QStringLiteral(" | groups 0x%1 | body %2")
                         .arg(groups.toInt(), 0, 16)
                         .arg(printable(body));
    return c;
}

struct Reply
{
    StatsGroups groups;
    QByteArray body;
};

// The simulator's replies as captured in the fuzz corpus (first byte: the groups).
QList<Reply> corpusReplies()
{
    QList<Reply> replies;
    const QDir dir(QFINDTESTDATA("fuzz/corpus/stats"));
    for (const QString& name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        if (!data.isEmpty())
            replies.append({StatsGroups::fromInt(data[0] & 0x0F), data.mid(1)});
    }
    return replies;
}

// Fresh simulator replies for every grouping, first pages as the server sends them.
QList<Reply> simulatorReplies()
{
    sim::SimConfig config;
    config.seed = 11;
    const QDate today(2026, 11, 25);
    const sim::SimDataset dataset(config, today);
    QList<Reply> replies;
    for (int g = 0; g < 16; ++g) {
        const StatsGroups groups = StatsGroups::fromInt(g);
        const StatsQuery q{QDate(2026, 10, 20), today, groups, {}, {}};
        const QList<StatsRow> rows = dataset.stats(q, today, 0.5);
        replies.append(
            {groups, sim::simStatsRowsJson(rows, 0, qMin<qsizetype>(rows.size(), 50), groups)});
    }
    return replies;
}

quint64 testSeed()
{
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("KD_DIFF_SEED").toULongLong(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate64();
}

} // namespace

class TestStatsReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The fast path must read the simulator's real replies: were it to decline them all, every
    // other check here would pass while parsing stayed as slow as before.
    void fastPathReadsSimulatorReplies()
    {
        const QList<Reply> corpus = corpusReplies();
        QVERIFY2(corpus.size() >= 6, "tests/fuzz/corpus/stats is missing");
        for (const Reply& reply : corpus + simulatorReplies()) {
            const Comparison c = compareWithDocument(reply.body, reply.groups);
            QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
            QVERIFY2(c.fastHandled, qPrintable(printable(reply.body)));
        }
    }

    // Every reply under every grouping: the fast path declines the groupings that do not match
    // the keys, and both paths agree either way.
    void fastPathEveryGrouping()
    {
        for (const Reply& reply : corpusReplies() + simulatorReplies()) {
            for (int g = 0; g < 16; ++g) {
                const StatsGroups groups = StatsGroups::fromInt(g);
                const Comparison c = compareWithDocument(reply.body, groups);
                QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
                QCOMPARE(c.fastHandled, groups == reply.groups);
            }
        }
    }

    void fastPathCases_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("groups");
        QTest::addColumn<bool>("fast");
        const int dc = int(StatsGroup::Date | StatsGroup::Campaign);
        const QByteArray counts =
            R"("visits":10,"lp_visits":8,"offer_visits":4,"unique_visits":9,"conversions":1)";
        const auto row = [&counts](const QByteArray& keys, const QByteArray& money) {
            return "[{" + keys + counts + money + "}]";
        };
        const QByteArray key = R"("date":"2026-11-01","campaign_id":1001,)";
        const QByteArray money = R"(,"revenue":12.5,"cost":1.25)";
        QTest::newRow("plain") << row(key, money) << dc << true;
        QTest::newRow("string money")
            << row(key, R"(,"revenue":"12.50","cost":"-3.1")") << dc << true;
        QTest::newRow("string id")
            << row(R"("date":"2026-11-01","campaign_id":"c-7",)", money) << dc << true;
        QTest::newRow("64-character id")
            << row("\"date\":\"2026-11-01\",\"campaign_id\":\"" + QByteArray(64, 'x') + "\",",
                   money)
            << dc << true;
        QTest::newRow("65-character id")
            << row("\"date\":\"2026-11-01\",\"campaign_id\":\"" + QByteArray(65, 'x') + "\",",
                   money)
            << dc << false;
        QTest::newRow("empty id") << row(R"("date":"2026-11-01","campaign_id":"",)", money) << dc
                                  << false;
        QTest::newRow("id 0") << row(R"("date":"2026-11-01","campaign_id":0,)", money) << dc
                              << true;
        QTest::newRow("id 1001.0")
            << row(R"("date":"2026-11-01","campaign_id":1001.0,)", money) << dc << false;
        QTest::newRow("id 1e3") << row(R"("date":"2026-11-01","campaign_id":1e3,)", money) << dc
                                << false;
        QTest::newRow("id 16 digits")
            << row(R"("date":"2026-11-01","campaign_id":1234567890123456,)", money) << dc << false;
        QTest::newRow("whitespace")
            << QByteArray(" \r\n[ {\t\"date\" : \"2026-11-01\" ,\n\"campaign_id\":1001,"
                          "\"visits\":10,\"lp_visits\":8,\"offer_visits\":4,\"unique_visits\":9,"
                          "\"conversions\":1,\"revenue\":12.5,\"cost\":1.25 } ] \n")
            << dc << true;
        QTest::newRow("form feed") << ("\f" + row(key, money)) << dc << false;
        QTest::newRow("reordered keys")
            << QByteArray(R"([{"cost":1,"revenue":2,"conversions":1,"unique_visits":9,)"
                          R"("offer_visits":4,"lp_visits":8,"visits":10,"campaign_id":1,)"
                          R"("date":"2026-11-01"}])")
            << dc << true;
        QTest::newRow("empty array") << QByteArray("[]") << dc << true;
        QTest::newRow("spaced empty array") << QByteArray(" [ \n ] ") << dc << true;
        QTest::newRow("escape in key")
            << row(R"("dat\u0065":"2026-11-01","campaign_id":1001,)", money) << dc << false;
        QTest::newRow("escape in value")
            << row(R"("date":"2026\u002d11-01","campaign_id":1001,)", money) << dc << false;
        QTest::newRow("unknown key") << row(key + R"("foo":1,)", money) << dc << false;
        QTest::newRow("key of a group not asked")
            << row(key + R"("traffic_source_id":1,)", money) << dc << false;
        QTest::newRow("missing key") << row(R"("date":"2026-11-01",)", money) << dc << false;
        QTest::newRow("duplicate key") << row(key + R"("visits":3,)", money) << dc << false;
        QTest::newRow("exponent") << row(key, R"(,"revenue":1.25e1,"cost":1)") << dc << false;
        QTest::newRow("negative count")
            << QByteArray(R"([{"visits":-1,"lp_visits":8,"offer_visits":4,"unique_visits":9,)"
                          R"("conversions":1,"revenue":1,"cost":1}])")
            << 0 << false;
        QTest::newRow("count 1.0")
            << QByteArray(R"([{"visits":1.0,"lp_visits":8,"offer_visits":4,"unique_visits":9,)"
                          R"("conversions":1,"revenue":1,"cost":1}])")
            << 0 << false;
        QTest::newRow("count 2^53")
            << QByteArray(R"([{"visits":9007199254740992,"lp_visits":8,"offer_visits":4,)"
                          R"("unique_visits":9,"conversions":1,"revenue":1,"cost":1}])")
            << 0 << true;
        QTest::newRow("count 2^53+1")
            << QByteArray(R"([{"visits":9007199254740993,"lp_visits":8,"offer_visits":4,)"
                          R"("unique_visits":9,"conversions":1,"revenue":1,"cost":1}])")
            << 0 << false;
        QTest::newRow("-0 money") << row(key, R"(,"revenue":-0,"cost":1)") << dc << false;
        QTest::newRow("negative money") << row(key, R"(,"revenue":-0.5,"cost":1)") << dc << true;
        QTest::newRow("money 10^12")
            << row(key, R"(,"revenue":1000000000000,"cost":1)") << dc << true;
        QTest::newRow("money above 10^12")
            << row(key, R"(,"revenue":1000000000000.5,"cost":1)") << dc << false;
        QTest::newRow("33-character money")
            << row(key, R"(,"revenue":"1.0000000000000000000000000000001","cost":1)") << dc
            << false;
        QTest::newRow("null money") << row(key, R"(,"revenue":null,"cost":1)") << dc << false;
        QTest::newRow("leap day") << row(R"("date":"2024-02-29","campaign_id":1,)", money) << dc
                                  << true;
        QTest::newRow("no leap day")
            << row(R"("date":"2026-02-29","campaign_id":1,)", money) << dc << false;
        QTest::newRow("non-ASCII external id")
            << QByteArray("[{\"external_campaign_id\":\"caf\xc3\xa9\"," + counts + money + "}]")
            << int(StatsGroup::ExternalCampaign) << false;
        QTest::newRow("empty external id")
            << QByteArray("[{\"external_campaign_id\":\"\"," + counts + money + "}]")
            << int(StatsGroup::ExternalCampaign) << true;
        QTest::newRow("control character")
            << QByteArray("[{\"external_campaign_id\":\"a\tb\"," + counts + money + "}]")
            << int(StatsGroup::ExternalCampaign) << false;
        QTest::newRow("BOM") << ("\xef\xbb\xbf" + row(key, money)) << dc << false;
        QTest::newRow("data wrapper") << ("{\"data\":" + row(key, money) + "}") << dc << false;
        QTest::newRow("trailing comma") << (row(key, money).chopped(1) + ",]") << dc << false;
        QTest::newRow("truncated") << row(key, money).chopped(2) << dc << false;
        QTest::newRow("garbage after") << (row(key, money) + "x") << dc << false;
        QTest::newRow("nested") << row(key + R"("x":{"y":1},)", money) << dc << false;
    }
    void fastPathCases()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, groups);
        QFETCH(bool, fast);
        const Comparison c = compareWithDocument(body, StatsGroups::fromInt(groups));
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
        QCOMPARE(c.fastHandled, fast);
    }

    // Mutated simulator replies: reordered keys, numbers as strings, escapes, whitespace,
    // missing, extra and repeated fields, nulls, negative, exponent and huge numbers, non-ASCII
    // and broken UTF-8, truncated and damaged bodies, other groupings. KD_DIFF_SEED replays.
    void fastPathDifferential()
    {
        const quint64 seed = testSeed();
        qInfo("fastPathDifferential: seed %llu (KD_DIFF_SEED=%llu to replay)", seed, seed);
        Mutator mutator(seed);
        QList<Reply> bases = corpusReplies() + simulatorReplies();
        QList<QList<Row>> split;
        for (const Reply& r : bases) {
            split.append(splitRows(r.body));
            // The splitter is only good for the simulator's compact shape: check it.
            const auto before = parseStatsViaDocument(r.body, r.groups);
            const auto after = parseStatsViaDocument(mutator.body(split.last(), false), r.groups);
            QVERIFY2(before.ok() && after.ok(), qPrintable(before.error + after.error));
            QCOMPARE(rowsDiffer(after.value, before.value), QString());
        }
        int handled = 0;
        int declined = 0;
        const int rounds = 30000;
        for (int round = 0; round < rounds; ++round) {
            const int b = int(mutator.rng().bounded(int(bases.size())));
            const QList<Row>& rows = split[b];
            const int count =
                rows.isEmpty() ? 0 : 1 + int(mutator.rng().bounded(qMin(4, int(rows.size()))));
            const int first = int(mutator.rng().bounded(int(rows.size()) - count + 1));
            const QByteArray body = mutator.body(rows.mid(first, count));
            const StatsGroups other = StatsGroups::fromInt(int(mutator.rng().bounded(16)));
            for (const StatsGroups groups : {bases[b].groups, other}) {
                const Comparison c = compareWithDocument(body, groups);
                QVERIFY2(c.problem.isEmpty(), qPrintable(QStringLiteral("seed %1, round %2: %3")
                                                             .arg(seed)
                                                             .arg(round)
                                                             .arg(c.problem)));
                ++(c.fastHandled ? handled : declined);
            }
        }
        qInfo("fastPathDifferential: fast path read %d bodies, declined %d", handled, declined);
        // Both sides of the comparison must be exercised for it to mean anything.
        QVERIFY(handled > rounds / 10);
        QVERIFY(declined > rounds / 10);
    }

    // The fast path reads amounts with std::from_chars, the document path with Qt's toDouble
    // (double-conversion): the same double for every text the fast path takes, including the
    // halfway cases where rounding to even decides. KD_DIFF_SEED replays.
    void fastPathMoneyRoundsLikeQt()
    {
        const quint64 seed = testSeed();
        qInfo("fastPathMoneyRoundsLikeQt: seed %llu (KD_DIFF_SEED=%llu to replay)", seed, seed);
        QRandomGenerator rng(seed);
        QList<QByteArray> texts;
        for (int i = 0; i < 100000; ++i)
            texts.append(randomDecimal(rng));
        // Midpoints between neighbouring doubles from 2^33 to 2^40 fit in 32 characters;
        // printed exactly (the 80-bit long double holds them), then nudged either side.
        for (int k = 33; k < 40; ++k) {
            for (int i = 0; i < 3000; ++i) {
                const double low = std::ldexp(1.0 + rng.generateDouble(), k);
                const double high = std::nextafter(low, HUGE_VAL);
                const long double mid = (static_cast<long double>(low) + high) / 2;
                char buffer[64];
                std::snprintf(buffer, sizeof buffer, "%.*Lf", 53 - k, mid);
                QByteArray text(buffer);
                QVERIFY2(text.endsWith('5'), buffer);
                texts.append(text);
                texts.append(text.chopped(1) + '4');
                texts.append(text.chopped(1) + '6');
            }
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QByteArray& text = texts[i];
            QVERIFY2(text.size() <= 32, text.constData());
            double fast = 0;
            const auto [stop, error] =
                std::from_chars(text.constData(), text.constData() + text.size(), fast);
            QVERIFY(error == std::errc() && stop == text.constData() + text.size());
            bool okBytes = false;
            bool okText = false;
            const double viaBytes = text.toDouble(&okBytes);
            const double viaText = QString::fromLatin1(text).toDouble(&okText);
            QVERIFY2(okBytes && okText, text.constData());
            QVERIFY2(std::bit_cast<quint64>(fast) == std::bit_cast<quint64>(viaBytes) &&
                         std::bit_cast<quint64>(fast) == std::bit_cast<quint64>(viaText),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(text)));
            if (i % 8 == 0) { // and through both parsers, as a number and as a string
                for (const QByteArray& value : {text, '"' + text + '"'}) {
                    const QByteArray body = R"([{"visits":1,"lp_visits":1,"offer_visits":1,)"
                                            R"("unique_visits":1,"conversions":0,"revenue":)" +
                                            value + R"(,"cost":0}])";
                    const Comparison c = compareWithDocument(body, {});
                    QVERIFY2(c.problem.isEmpty(),
                             qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(c.problem)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStatsReader)
#include "tst_statsreader.moc"
