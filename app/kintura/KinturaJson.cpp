#include "KinturaJson.h"

#include "StatsReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace kd::kintura {

namespace {

constexpr int kMaxTitle = 500;
constexpr int kMaxParameters = 100;

// Reads fields of one JSON object, remembering the first problem with its location.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString where, QString* error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {
    }

    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }

    QString string(const char* key, int maxLength, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString())
            return fail(key, QStringLiteral("is not text")), QString();
        QString s = v.toString();
        if (s.size() > maxLength)
            return fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength)),
                   QString();
        return s;
    }

    // Ids arrive as integers or strings; both become text.
    QString id(const char* key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (!(d >= 0 && d < double(kMaxCount)) || std::floor(d) != d)
                return fail(key, QStringLiteral("is not a valid id")), QString();
            return QString::number(qint64(d));
        }
        if (v.isString()) {
            const QString s = v.toString();
            if (s.isEmpty() || s.size() > kMaxId)
                return fail(key, QStringLiteral("is not a valid id")), QString();
            return s;
        }
        if (required || !(v.isUndefined() || v.isNull()))
            fail(key, v.isUndefined() ? QStringLiteral("is missing")
                                      : QStringLiteral("is not a valid id"));
        return {};
    }

    qint64 count(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fail(key, QStringLiteral("is missing")), 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !(d >= 0 && d <= double(kMaxCount)) || std::floor(d) != d)
            return fail(key, QStringLiteral("is not a whole number from 0 to 2^53")), 0;
        return qint64(d);
    }

    Money money(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fail(key, QStringLiteral("is missing")), 0;
        Money m = 0;
        double d = 0;
        bool isNumber = v.isDouble();
        if (isNumber) {
            d = v.toDouble();
        } else if (v.isString()) { // some trackers send decimals as strings
            const QString s = v.toString();
            d = s.size() <= 32 ? s.toDouble(&isNumber) : 0;
        }
        if (!isNumber || !moneyFromDouble(d, &m))
            return fail(key, QStringLiteral("is not an amount of money")), 0;
        return m;
    }

    // true/false, 1/0 and "1"/"0" (and "true"/"false"); null or absent: unknown.
    std::optional<bool> nullableBoolean(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isBool())
            return v.toBool();
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return v.toDouble() == 1;
        const QString s = v.toString();
        if (s == QLatin1String("1") || s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("0") || s == QLatin1String("false"))
            return false;
        fail(key, QStringLiteral("is not true or false"));
        return std::nullopt;
    }

    bool isNull(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        return v.isUndefined() || v.isNull();
    }

    QDate date(const char* key)
    {
        const QString s = string(key, 10);
        if (!ok())
            return {};
        // By hand: QDate::fromString with a format string costs about 1 µs a row, a third of
        // parsing a stats page; Qt::ISODate also takes '/' and other separators.
        const auto digits = [&s](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i) {
                const char16_t c = s.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                value = value * 10 + int(c - u'0');
            }
            return value;
        };
        const bool shaped = s.size() == 10 && s.at(4) == u'-' && s.at(7) == u'-';
        const int year = shaped ? digits(0, 4) : -1;
        const int month = shaped ? digits(5, 2) : -1;
        const int day = shaped ? digits(8, 2) : -1;
        const QDate d = year > 0 && month > 0 && day > 0 ? QDate(year, month, day) : QDate();
        if (!d.isValid())
            return fail(key, QStringLiteral("is not a date (YYYY-MM-DD)")), QDate();
        return d;
    }

    bool ok() const { return m_error->isEmpty(); }

    void fail(const char* key, const QString& problem)
    {
        if (!m_error->isEmpty())
            return;
        *m_error = QStringLiteral("%1: \"%2\" %3").arg(m_where, QLatin1String(key), problem);
        m_field = QLatin1String(key);
        m_problem = problem;
        m_value = m_object.value(QLatin1String(key));
    }

    // The first problem, for a skipped record.
    const QString& field() const { return m_field; }
    const QString& problem() const { return m_problem; }
    const QJsonValue& value() const { return m_value; }

private:
    const QJsonObject& m_object;
    QString m_where;
    QString* m_error;
    QString m_field;
    QString m_problem;
    QJsonValue m_value;
};

// A value as the user may see it in a "could not be read" sentence: short, one line. Null
// for a value that is absent.
QString valueExcerpt(const QJsonValue& v)
{
    if (v.isUndefined())
        return {};
    QString text = v.isString()   ? v.toString()
                   : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                   : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                   : v.isNull()   ? QStringLiteral("null")
                   : v.isArray()  ? QStringLiteral("[…]")
                                  : QStringLiteral("{…}");
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    for (QChar& c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    return text;
}

// Parses the body as a JSON value of the expected kind. Kintura's index endpoints answer with
// a bare array; "data" wrappers are accepted too so that either shape reads the same.
bool parseDocument(const QByteArray& body, QJsonDocument* doc, QString* error)
{
    QJsonParseError parseError{};
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    return true;
}

bool rowsOf(const QByteArray& body, QJsonArray* rows, QString* error)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    if (doc.isArray()) {
        *rows = doc.array();
        return true;
    }
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (doc.isObject() && data.isArray()) {
        *rows = data.toArray();
        return true;
    }
    *error = QStringLiteral("expected a list of records");
    return false;
}

enum class OnBadRecord { FailAll, Skip };

template <typename T, typename Fn>
Parsed<QList<T>> parseRows(const QByteArray& body, const char* what, OnBadRecord onBad,
                           Fn&& readRow)
{
    Parsed<QList<T>> result;
    QJsonArray rows;
    if (!rowsOf(body, &rows, &result.error))
        return result;
    result.value.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue v = rows.at(i);
        const QString where = QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(i + 1);
        if (!v.isObject()) {
            if (onBad == OnBadRecord::Skip) {
                result.skipped.append({{}, int(i + 1), {}, QStringLiteral("is not an object"), {}});
                continue;
            }
            result.error = QStringLiteral("%1 is not an object").arg(where);
            result.value.clear();
            return result;
        }
        const QJsonObject object = v.toObject();
        QString problem;
        FieldReader r(object, where, &problem);
        T row = readRow(r, object);
        if (!r.ok()) {
            if (onBad == OnBadRecord::Skip) {
                QString idError;
                FieldReader idReader(object, where, &idError);
                const QString id = idReader.id("id");
                result.skipped.append({idError.isEmpty() ? id : QString(), int(i + 1), r.field(),
                                       r.problem(), valueExcerpt(r.value())});
                continue;
            }
            result.error = problem;
            result.value.clear();
            return result;
        }
        result.value.append(std::move(row));
    }
    return result;
}

} // namespace

bool moneyFromDouble(double value, Money* out)
{
    if (!std::isfinite(value) || std::fabs(value) > kMaxMoney)
        return false;
    *out = std::llround(value * double(kMoneyUnit));
    return true;
}

Parsed<TrackerSettings> parseSettings(const QByteArray& body)
{
    Parsed<TrackerSettings> result;
    QJsonDocument doc;
    if (!parseDocument(body, &doc, &result.error))
        return result;
    if (!doc.isObject()) {
        result.error = QStringLiteral("settings: expected an object");
        return result;
    }
    const QJsonObject object = doc.object();
    FieldReader r(object, QStringLiteral("settings"), &result.error);
    const QString currency = r.string("currency", 3);
    if (r.ok()) {
        const bool isCode =
            currency.size() == 3 && std::all_of(currency.begin(), currency.end(), [](QChar c) {
                return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
            });
        if (!isCode)
            r.fail("currency", QStringLiteral("is not an ISO 4217 code"));
    }
    const QString time = r.string("conversion_registration_time", 16);
    if (r.ok() && !conversionTimeFromKey(time, &result.value.conversionTime))
        r.fail("conversion_registration_time", QStringLiteral("is neither visit nor postback"));
    const QString zone = r.string("timezone", 64);
    if (!r.ok())
        return result;
    result.value.currency = currency;
    result.value.timeZone = zone;
    return result;
}

Parsed<QList<TrackingTemplate>> parseTrafficSources(const QByteArray& body)
{
    return parseRows<TrackingTemplate>(
        body, "traffic source", OnBadRecord::Skip, [](FieldReader& r, const QJsonObject& object) {
            TrackingTemplate t;
            t.id = r.id("id");
            t.title = r.string("title", kMaxTitle);
            t.preset = r.string("preset", kMaxId, false);
            const QJsonValue params = object.value(QLatin1String("parameters"));
            if (!params.isArray() && !params.isNull() && !params.isUndefined()) {
                r.fail("parameters", QStringLiteral("is not a list"));
                return t;
            }
            const QJsonArray list = params.toArray();
            if (list.size() > kMaxParameters) {
                r.fail("parameters",
                       QStringLiteral("has more than %1 entries").arg(kMaxParameters));
                return t;
            }
            for (const QJsonValue& p : list) {
                if (!p.isObject()) {
                    r.fail("parameters", QStringLiteral("holds an entry that is not an object"));
                    return t;
                }
                const QJsonObject po = p.toObject();
                QString error;
                FieldReader pr(po, QStringLiteral("parameter"), &error);
                TemplateParameter tp{pr.string("name", kMaxToken),
                                     pr.string("token", kMaxToken, false)};
                if (!pr.ok()) {
                    r.fail("parameters", error);
                    return t;
                }
                t.parameters.append(std::move(tp));
            }
            return t;
        });
}

namespace {
Campaign readCampaign(FieldReader& r)
{
    Campaign c;
    c.id = r.id("id");
    c.guid = r.string("guid", kMaxId, false);
    c.title = r.string("title", kMaxTitle);
    c.trafficSourceId = r.id("traffic_source_id", false);
    const QString model = r.string("cost_model", 16, false);
    if (r.ok() && !model.isEmpty() && !costModelFromKey(model, &c.costModel))
        r.fail("cost_model", QStringLiteral("is not one of none, cpc, cpa, auto, cpm, rev"));
    c.costValue = r.isNull("cost_value") ? 0 : r.money("cost_value");
    c.active = r.nullableBoolean("is_active");
    return c;
}
} // namespace

Parsed<QList<Campaign>> parseCampaigns(const QByteArray& body)
{
    return parseRows<Campaign>(body, "campaign", OnBadRecord::Skip,
                               [](FieldReader& r, const QJsonObject&) { return readCampaign(r); });
}

Parsed<Campaign> parseCampaign(const QByteArray& body)
{
    Parsed<Campaign> result;
    QJsonDocument doc;
    if (!parseDocument(body, &doc, &result.error))
        return result;
    // A single record, bare or in a "data" wrapper.
    QJsonObject object = doc.object();
    if (object.value(QLatin1String("data")).isObject())
        object = object.value(QLatin1String("data")).toObject();
    if (!doc.isObject()) {
        result.error = QStringLiteral("campaign: expected an object");
        return result;
    }
    FieldReader r(object, QStringLiteral("campaign"), &result.error);
    result.value = readCampaign(r);
    if (!r.ok())
        result.value = {};
    return result;
}

namespace {
// " (date 2026-11-20, campaign 1001)": the group keys of the row an error names ("stats row
// N: ..."), so that the user can find it in the tracker. Empty when they cannot be read.
QString statsRowKeys(const QByteArray& body, const QString& error, StatsGroups groups)
{
    static const QLatin1String prefix("stats row ");
    if (!error.startsWith(prefix))
        return {};
    bool isNumber = false;
    const qsizetype index = error.mid(prefix.size())
                                .section(QLatin1Char(':'), 0, 0)
                                .section(QLatin1Char(' '), 0, 0)
                                .toLongLong(&isNumber) -
                            1;
    QJsonArray rows;
    QString ignored;
    if (!isNumber || index < 0 || !rowsOf(body, &rows, &ignored) || index >= rows.size())
        return {};
    const QJsonObject row = rows.at(index).toObject();
    QStringList keys;
    const auto add = [&row, &keys](const char* key, const char* name) {
        const QString value = valueExcerpt(row.value(QLatin1String(key)));
        if (!value.isEmpty())
            keys << QStringLiteral("%1 %2").arg(QLatin1String(name), value);
    };
    if (groups & StatsGroup::Date)
        add("date", "date");
    if (groups & StatsGroup::Campaign)
        add("campaign_id", "campaign");
    if (groups & StatsGroup::TrafficSource)
        add("traffic_source_id", "traffic source");
    if (groups & StatsGroup::ExternalCampaign)
        add("external_campaign_id", "ad network campaign");
    return keys.isEmpty() ? QString()
                          : QStringLiteral(" (%1)").arg(keys.join(QStringLiteral(", ")));
}
} // namespace

Parsed<QList<StatsRow>> parseStats(const QByteArray& body, StatsGroups groups)
{
    // Nearly every reply is well formed and takes the fast reader, which declines whatever it
    // cannot read exactly as the general path does; that path then decides, and explains.
    if (std::optional<QList<StatsRow>> rows = readStatsFast(body, groups)) {
        Parsed<QList<StatsRow>> result;
        result.value = std::move(*rows);
        return result;
    }
    return parseStatsViaDocument(body, groups);
}

Parsed<QList<StatsRow>> parseStatsViaDocument(const QByteArray& body, StatsGroups groups)
{
    Parsed<QList<StatsRow>> result = parseRows<StatsRow>(
        body, "stats row", OnBadRecord::FailAll, [groups](FieldReader& r, const QJsonObject&) {
            StatsRow s;
            if (groups & StatsGroup::Date)
                s.date = r.date("date");
            if (groups & StatsGroup::Campaign)
                s.campaignId = r.id("campaign_id");
            if (groups & StatsGroup::TrafficSource)
                s.trafficSourceId = r.id("traffic_source_id");
            if (groups & StatsGroup::ExternalCampaign)
                s.externalCampaignId = r.string("external_campaign_id", kMaxToken);
            s.visits = r.count("visits");
            s.lpVisits = r.count("lp_visits");
            s.offerVisits = r.count("offer_visits");
            s.uniqueVisits = r.count("unique_visits");
            s.conversions = r.count("conversions");
            s.revenue = r.money("revenue");
            s.cost = r.money("cost");
            return s;
        });
    if (!result.ok())
        result.error += statsRowKeys(body, result.error, groups);
    return result;
}

QString parseErrorBody(const QByteArray& body, const QStringList& secrets)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(64 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonValue error = doc.object().value(QLatin1String("error"));
    QString message = error.isObject() ? error.toObject().value(QLatin1String("message")).toString()
                                       : error.toString();
    for (const QString& secret : secrets) {
        if (secret.size() >= 4)
            message.replace(secret, QStringLiteral("[redacted]"));
    }
    message.truncate(200);
    QString clean;
    clean.reserve(message.size());
    for (QChar c : message)
        clean.append(c.isPrint() ? c : QLatin1Char(' '));
    return clean.simplified();
}

Parsed<PageInfo> parsePageHeaders(const QByteArray& currentPage, const QByteArray& totalCount,
                                  const QByteArray& totalPages)
{
    Parsed<PageInfo> result;
    auto number = [&result](const QByteArray& raw, const char* name, qint64 max,
                            qint64 fallback) -> qint64 {
        if (raw.isEmpty())
            return fallback;
        bool ok = false;
        const qlonglong v = raw.trimmed().toLongLong(&ok);
        if (!ok || v < 0 || v > max) {
            if (result.error.isEmpty())
                result.error =
                    QStringLiteral("header %1 is not a valid number").arg(QLatin1String(name));
            return fallback;
        }
        return v;
    };
    result.value.currentPage = int(number(currentPage, "X-Current-Page", 1'000'000, 1));
    result.value.totalCount = number(totalCount, "X-Total-Count", 50'000'000, 0);
    result.value.totalPages = int(number(totalPages, "X-Total-Pages", 1'000'000, 1));
    return result;
}

} // namespace kd::kintura
