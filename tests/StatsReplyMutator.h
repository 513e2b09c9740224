#pragma once

// Mutations of the simulator's stats replies for the fast reader's differential test
// (tst_statsreader): reordered and repeated keys, numbers as strings, escapes, spacing, missing
// and extra fields, nulls, signs, exponents, huge numbers, non-ASCII, truncation.

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <QDate>
#include <QString>

#include <algorithm>
#include <cstddef>

namespace kd::test {

// A decimal in the form the fast path takes (sign, digits, point, digits), up to 32 characters.
inline QByteArray randomDecimal(QRandomGenerator& rng)
{
    QByteArray s;
    if (rng.bounded(4) == 0)
        s += '-';
    const int intDigits = 1 + int(rng.bounded(13));
    s += char('0' + (intDigits == 1 ? rng.bounded(10) : 1 + rng.bounded(9)));
    for (int i = 1; i < intDigits; ++i)
        s += char('0' + rng.bounded(10));
    if (rng.bounded(5) != 0) {
        s += '.';
        const int room = 32 - int(s.size());
        const int fraction = 1 + int(rng.bounded(quint32(room)));
        for (int i = 0; i < fraction; ++i)
            s += char('0' + rng.bounded(10));
    }
    return s;
}

// Raw key and value text of the simulator's compact replies (no nesting, no escapes, no
// commas in strings), so that a mutation rewrites one token and keeps the rest as sent.
struct Member
{
    QByteArray key;
    QByteArray value;
};
using Row = QList<Member>;

inline QList<Row> splitRows(const QByteArray& body)
{
    QList<Row> rows;
    for (qsizetype open = body.indexOf('{'); open >= 0; open = body.indexOf('{', open + 1)) {
        const qsizetype close = body.indexOf('}', open);
        Row row;
        for (const QByteArray& pair : body.mid(open + 1, close - open - 1).split(',')) {
            const qsizetype colon = pair.indexOf(':');
            row.append({pair.mid(1, colon - 2), pair.mid(colon + 1)});
        }
        rows.append(row);
    }
    return rows;
}

class Mutator
{
public:
    explicit Mutator(quint64 seed)
        : m_rng(seed)
    {
    }

    QRandomGenerator& rng() { return m_rng; }

    QByteArray body(QList<Row> rows, bool mutate = true)
    {
        const int mutations = mutate ? int(m_rng.bounded(4)) : 0;
        for (int i = 0; i < mutations && !rows.isEmpty(); ++i)
            mutateRow(rows[m_rng.bounded(int(rows.size()))]);
        m_spaced = mutate && m_rng.bounded(4) == 0;
        QByteArray out = space() + '[' + space();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (r > 0)
                out += ',' + space();
            out += '{' + space();
            for (qsizetype m = 0; m < rows[r].size(); ++m) {
                if (m > 0)
                    out += space() + ',' + space();
                out += '"' + rows[r][m].key + '"' + space() + ':' + space() + rows[r][m].value;
            }
            out += space() + '}' + space();
        }
        out += ']' + space();
        if (mutate && m_rng.bounded(5) == 0)
            mutateBytes(out);
        return out;
    }

private:
    template <typename T, std::size_t N> const T& pick(const T (&list)[N])
    {
        return list[m_rng.bounded(int(N))];
    }

    QByteArray space()
    {
        if (!m_spaced || m_rng.bounded(3) != 0)
            return {};
        static const QByteArray common[] = {" ", "\n", "\r\n", "\t", "  \n    "};
        static const QByteArray odd[] = {"\f", "\v", "\xc2\xa0", QByteArray(1, '\0'),
                                         "\xef\xbb\xbf"};
        return m_rng.bounded(10) == 0 ? pick(odd) : pick(common);
    }

    Member* memberNamed(Row& row, const QByteArray& key)
    {
        for (Member& m : row)
            if (m.key == key)
                return &m;
        return nullptr;
    }

    Member& anyMember(Row& row) { return row[m_rng.bounded(int(row.size()))]; }

    QByteArray randomText(int maxLength)
    {
        QByteArray s;
        const int length = int(m_rng.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i)
            s += char(0x20 + m_rng.bounded(0x5F)); // printable ASCII, quotes and \ included
        s.replace('\\', "x").replace('"', "y");
        return s;
    }

    QByteArray randomCount()
    {
        static const QByteArray edges[] = {"0",
                                           "1",
                                           "9007199254740991",
                                           "9007199254740992",
                                           "9007199254740993",
                                           "9999999999999999",
                                           "10000000000000000",
                                           "99999999999999999999",
                                           "18446744073709551616",
                                           "-1",
                                           "-0",
                                           "01",
                                           "1.0",
                                           "1.5",
                                           "1e3",
                                           "1E+2",
                                           "0e0",
                                           "1.",
                                           ".5",
                                           "+1"};
        if (m_rng.bounded(2) == 0)
            return pick(edges);
        const quint64 limit = quint64(1) << (1 + m_rng.bounded(53));
        return QByteArray::number(m_rng.generate64() % limit);
    }

    QByteArray randomId()
    {
        static const QByteArray edges[] = {"0",
                                           "7",
                                           "123456789012345",
                                           "1234567890123456",
                                           "9007199254740991",
                                           "9007199254740992",
                                           "1001.0",
                                           "1001.5",
                                           "1e3",
                                           "-1",
                                           "-0",
                                           "007",
                                           "\"\"",
                                           "\"0\"",
                                           "\"007\"",
                                           "\" \"",
                                           "\"ts-2\"",
                                           "\"1001\"",
                                           "null",
                                           "true",
                                           "[1]",
                                           "{}"};
        switch (m_rng.bounded(3)) {
        case 0:
            return pick(edges);
        case 1:
            return '"' + QByteArray(63 + int(m_rng.bounded(3)), 'a') + '"';
        default:
            return '"' + randomText(70) + '"';
        }
    }

    QByteArray randomDate()
    {
        static const QByteArray edges[] = {"\"2024-02-29\"",
                                           "\"2026-02-29\"",
                                           "\"0000-01-01\"",
                                           "\"0001-01-01\"",
                                           "\"9999-12-31\"",
                                           "\"2026-00-10\"",
                                           "\"2026-13-01\"",
                                           "\"2026-1-01\"",
                                           "\"2026/01/01\"",
                                           "\" 2026-01-01\"",
                                           "\"2026-01-01 \"",
                                           "\"2026-01-32\"",
                                           "\"+026-01-01\"",
                                           "\"2026-01-1a\"",
                                           "\"\"",
                                           "20260101",
                                           "null"};
        if (m_rng.bounded(2) == 0)
            return pick(edges);
        const QDate d = QDate(2000, 1, 1).addDays(m_rng.bounded(20000));
        return '"' + d.toString(Qt::ISODate).toLatin1() + '"';
    }

    QByteArray randomMoney()
    {
        static const QByteArray edges[] = {"0",
                                           "-0",
                                           "0.0",
                                           "-0.0",
                                           "1000000000000",
                                           "-1000000000000",
                                           "1000000000000.0001",
                                           "999999999999.99999",
                                           "1e12",
                                           "1e13",
                                           "1e308",
                                           "1e309",
                                           "-1e309",
                                           "4.9e-324",
                                           "1e-400",
                                           "0.0000001",
                                           "0.0000005",
                                           "0.0000015",
                                           "0.00000049999999999999",
                                           "12.",
                                           ".5",
                                           "+1",
                                           "\"12.50\"",
                                           "\" 12.5\"",
                                           "\"12.5 \"",
                                           "\"1e2\"",
                                           "\"inf\"",
                                           "\"nan\"",
                                           "\"-0\"",
                                           "\"\"",
                                           "\"0x10\"",
                                           "\"1,5\"",
                                           "null",
                                           "true",
                                           "\"00.5\""};
        switch (m_rng.bounded(3)) {
        case 0:
            return pick(edges);
        case 1:
            return '"' + randomDecimal(m_rng) + '"';
        default:
            return randomDecimal(m_rng);
        }
    }

    QByteArray randomValue(const QByteArray& key)
    {
        if (key == "date")
            return randomDate();
        if (key == "campaign_id" || key == "traffic_source_id")
            return randomId();
        if (key == "external_campaign_id")
            return m_rng.bounded(2) ? '"' + randomText(210) + '"' : randomId();
        if (key == "revenue" || key == "cost")
            return randomMoney();
        return randomCount();
    }

    // An escape in a string token: \uXXXX for one of its characters (the same text to Qt), or
    // \/ before the closing quote.
    static void escapeOne(QByteArray* token, QRandomGenerator& rng)
    {
        const qsizetype quote = token->indexOf('"');
        if (quote < 0 || token->size() < quote + 2)
            return;
        const qsizetype at = quote + 1 + rng.bounded(int(token->size() - quote - 1));
        if (at >= token->size() - 1 && token->endsWith('"'))
            token->insert(at, "\\/");
        else
            token->replace(at, 1,
                           QStringLiteral("\\u%1")
                               .arg(uchar(token->at(at)), 4, 16, QLatin1Char('0'))
                               .toLatin1());
    }

    void mutateRow(Row& row)
    {
        static const QByteArray keys[] = {"date",
                                          "campaign_id",
                                          "traffic_source_id",
                                          "external_campaign_id",
                                          "visits",
                                          "lp_visits",
                                          "offer_visits",
                                          "unique_visits",
                                          "conversions",
                                          "revenue",
                                          "cost",
                                          "Visits",
                                          "visits ",
                                          "foo",
                                          "data",
                                          ""};
        static const QByteArray nonAscii[] = {
            "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff", "\xc3\x28",
            "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x7f", "\x01"};
        if (row.isEmpty()) {
            row.append({pick(keys), randomCount()});
            return;
        }
        Member& m = anyMember(row);
        // Half the time a fresh value of the right kind, mostly one the fast path takes, so
        // that it answers often enough for the comparison to mean something.
        if (m_rng.bounded(2) == 0) {
            m.value = randomValue(m.key);
            return;
        }
        switch (m_rng.bounded(12)) {
        case 0: // reordered keys
            std::shuffle(row.begin(), row.end(), m_rng);
            break;
        case 1: // a number as a string, or a string unquoted
            if (m.value.startsWith('"'))
                m.value = m.value.mid(1, m.value.size() - 2);
            else
                m.value = '"' + m.value + '"';
            break;
        case 2: // escapes, in a key or a value
            if (m_rng.bounded(2) == 0) {
                QByteArray key = '"' + m.key + '"';
                escapeOne(&key, m_rng);
                m.key = key.mid(1, key.size() - 2);
            } else if (m.value.startsWith('"')) {
                escapeOne(&m.value, m_rng);
            } else {
                m.value = "\"\\u0031\"";
            }
            break;
        case 3: // missing field
            row.removeAt(m_rng.bounded(int(row.size())));
            break;
        case 4: { // extra field, maybe a key of a group not asked for
            const QByteArray key = pick(keys);
            row.insert(m_rng.bounded(int(row.size() + 1)), {key, randomValue(key)});
            break;
        }
        case 5: { // nulls and other kinds of value
            static const QByteArray kinds[] = {"null", "true",      "false", "{}", "[]",
                                               "[1]",  "{\"a\":1}", "nul",   "\"", ""};
            m.value = pick(kinds);
            break;
        }
        case 6: // negative numbers
            m.value.prepend('-');
            break;
        case 7: { // exponents and other spellings of the same number
            static const QByteArray forms[] = {"e0", "E+0", "e-0", ".0", ".000", "e2", "."};
            if (m_rng.bounded(2) == 0)
                m.value += pick(forms);
            else
                m.value.prepend(m_rng.bounded(2) ? "0" : "+");
            break;
        }
        case 8: // huge numbers
            m.value = m_rng.bounded(2) ? QByteArray("1") + QByteArray(int(m_rng.bounded(400)), '0')
                                       : randomCount();
            break;
        case 9: { // non-ASCII and broken UTF-8
            QByteArray& target = m_rng.bounded(3) == 0 ? m.key : m.value;
            target.insert(m_rng.bounded(int(target.size() + 1)), pick(nonAscii));
            break;
        }
        case 10: // duplicate key
            row.insert(m_rng.bounded(int(row.size() + 1)),
                       {m.key, m_rng.bounded(2) ? m.value : randomValue(m.key)});
            break;
        default: // keys in reverse order
            std::reverse(row.begin(), row.end());
            break;
        }
    }

    void mutateBytes(QByteArray& out)
    {
        const int at = int(m_rng.bounded(int(out.size() + 1)));
        switch (m_rng.bounded(9)) {
        case 0: // truncated
            out.truncate(at);
            break;
        case 1:
            if (at < out.size())
                out[at] = char(m_rng.bounded(256));
            break;
        case 2:
            out.remove(at, 1);
            break;
        case 3: {
            static const char structural[] = "[]{},:\"\\-0123456789.eE ";
            out.insert(at, structural[m_rng.bounded(int(sizeof structural - 1))]);
            break;
        }
        case 4:
            out.prepend("\xef\xbb\xbf");
            break;
        case 5:
            out = "{\"data\":" + out + '}';
            break;
        case 6:
            out.insert(out.lastIndexOf(']'), ',');
            break;
        case 7:
            out += m_rng.bounded(2) ? QByteArray("x") : QByteArray(1, '\0');
            break;
        default:
            out = m_rng.bounded(2) ? QByteArray("[]") : QByteArray(" [ \n] ");
            break;
        }
    }

    QRandomGenerator m_rng;
    bool m_spaced = false;
};

} // namespace kd::test
