#include "StatsReader.h"

#include "KinturaJson.h"

#include <charconv>
#include <string_view>

namespace kd::kintura {

namespace {

enum Field : unsigned {
    Date,
    CampaignId,
    TrafficSourceId,
    ExternalCampaignId,
    Visits,
    LpVisits,
    OfferVisits,
    UniqueVisits,
    Conversions,
    Revenue,
    Cost,
    NoField,
};

constexpr unsigned bit(Field f)
{
    return 1u << f;
}

// The general path only looks up the keys of the groups asked for and ignores the rest; the
// reader wants exactly those keys, so an extra one (harmless there) is simply declined here.
unsigned requiredFields(StatsGroups groups)
{
    unsigned fields = bit(Visits) | bit(LpVisits) | bit(OfferVisits) | bit(UniqueVisits) |
                      bit(Conversions) | bit(Revenue) | bit(Cost);
    if (groups & StatsGroup::Date)
        fields |= bit(Date);
    if (groups & StatsGroup::Campaign)
        fields |= bit(CampaignId);
    if (groups & StatsGroup::TrafficSource)
        fields |= bit(TrafficSourceId);
    if (groups & StatsGroup::ExternalCampaign)
        fields |= bit(ExternalCampaignId);
    return fields;
}

// Keys compared as bytes: a key spelt with escapes never gets here (strings with a backslash
// are declined), so equal bytes are exactly equal keys.
Field fieldOf(std::string_view key)
{
    switch (key.size()) {
    case 4:
        return key == "date" ? Date : key == "cost" ? Cost : NoField;
    case 6:
        return key == "visits" ? Visits : NoField;
    case 7:
        return key == "revenue" ? Revenue : NoField;
    case 9:
        return key == "lp_visits" ? LpVisits : NoField;
    case 11:
        return key == "campaign_id" ? CampaignId : key == "conversions" ? Conversions : NoField;
    case 12:
        return key == "offer_visits" ? OfferVisits : NoField;
    case 13:
        return key == "unique_visits" ? UniqueVisits : NoField;
    case 17:
        return key == "traffic_source_id" ? TrafficSourceId : NoField;
    case 20:
        return key == "external_campaign_id" ? ExternalCampaignId : NoField;
    default:
        return NoField;
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Qt's parser reads a number as the longest run of these; whatever the run holds, the reader
// then takes only the few spellings whose meaning it is sure of.
bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// "0" or digits without a leading zero. With at most 15 digits the value is below 2^53, so the
// general path's trip through double is exact and QString::number gives back these digits.
bool plainInteger(std::string_view text, std::size_t maxDigits, qint64* out)
{
    if (text.empty() || text.size() > maxDigits || (text[0] == '0' && text.size() > 1))
        return false;
    qint64 value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

// Amounts as "-12.5": no exponent, '+', leading zero or bare point. The general path hands
// such text to double-conversion (QByteArray/QString::toDouble), which rounds correctly, as
// does std::from_chars, so both give the same double. The length cap is the general path's
// own for amounts in strings; it also keeps far from underflow, which Qt reports as an error.
bool plainDecimal(std::string_view text, double* out)
{
    constexpr std::size_t kMaxText = 32;
    if (text.empty() || text.size() > kMaxText)
        return false;
    std::size_t i = text[0] == '-' ? 1 : 0;
    const std::size_t intBegin = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i == intBegin || (text[intBegin] == '0' && i - intBegin > 1))
        return false;
    if (i < text.size()) {
        if (text[i] != '.')
            return false;
        const std::size_t fractionBegin = ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        if (i == fractionBegin || i != text.size())
            return false;
    }
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end)
        return false;
    // Qt reads "-0" as the integer 0; not worth a special case.
    if (text[0] == '-' && value == 0)
        return false;
    *out = value;
    return true;
}

int digitsAt(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

class Reader
{
public:
    explicit Reader(QByteArrayView body)
        : m_p(body.data())
        , m_end(body.data() + body.size())
    {
    }

    bool read(StatsGroups groups, QList<StatsRow>* rows)
    {
        if (!take('['))
            return false;
        if (!take(']')) {
            const unsigned required = requiredFields(groups);
            do {
                if (!readRow(required, &rows->emplaceBack()))
                    return false;
            } while (take(','));
            if (!take(']'))
                return false;
        }
        // Qt's parser refuses anything after the top-level value but whitespace.
        skipSpace();
        return m_p == m_end;
    }

private:
    bool readRow(unsigned required, StatsRow* row)
    {
        if (!take('{'))
            return false;
        unsigned seen = 0;
        do {
            std::string_view key;
            if (!take('"') || !string(&key) || !take(':'))
                return false;
            const Field field = fieldOf(key);
            // Qt keeps the last of repeated keys; rare enough to leave to it.
            if (field == NoField || !(required & bit(field)) || (seen & bit(field)))
                return false;
            seen |= bit(field);
            skipSpace();
            if (!value(field, row))
                return false;
        } while (take(','));
        return take('}') && seen == required;
    }

    bool value(Field field, StatsRow* row)
    {
        switch (field) {
        case Date:
            return date(&row->date);
        case CampaignId:
            return id(&row->campaignId);
        case TrafficSourceId:
            return id(&row->trafficSourceId);
        case ExternalCampaignId:
            return text(&row->externalCampaignId, kMaxToken);
        case Visits:
            return count(&row->visits);
        case LpVisits:
            return count(&row->lpVisits);
        case OfferVisits:
            return count(&row->offerVisits);
        case UniqueVisits:
            return count(&row->uniqueVisits);
        case Conversions:
            return count(&row->conversions);
        case Revenue:
            return money(&row->revenue);
        case Cost:
            return money(&row->cost);
        case NoField:
            break;
        }
        return false;
    }

    // JSON's whitespace, the same four characters Qt's parser skips.
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool at(char c) const { return m_p != m_end && *m_p == c; }

    // The text up to the closing quote, the opening one already taken. Printable ASCII only, no
    // escapes: there each byte is one character and one UTF-16 unit, as Qt reads it too, so
    // lengths and contents match; control characters and UTF-8 are left to Qt.
    bool string(std::string_view* out)
    {
        const char* begin = m_p;
        for (; m_p != m_end; ++m_p) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *out = std::string_view(begin, std::size_t(m_p - begin));
                ++m_p;
                return true;
            }
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
        }
        return false;
    }

    std::string_view numberToken()
    {
        const char* begin = m_p;
        while (m_p != m_end && isNumberChar(*m_p))
            ++m_p;
        return std::string_view(begin, std::size_t(m_p - begin));
    }

    bool text(QString* out, int maxLength)
    {
        std::string_view s;
        if (!take('"') || !string(&s) || s.size() > std::size_t(maxLength))
            return false;
        *out = latin1(s);
        return true;
    }

    bool id(QString* out)
    {
        if (at('"'))
            return text(out, kMaxId) && !out->isEmpty();
        const std::string_view digits = numberToken();
        qint64 unused = 0;
        if (!plainInteger(digits, 15, &unused))
            return false;
        *out = latin1(digits);
        return true;
    }

    bool count(qint64* out)
    {
        // 16 digits hold every value up to 2^53 and keep the sum below overflow.
        return plainInteger(numberToken(), 16, out) && *out <= kMaxCount;
    }

    bool money(Money* out)
    {
        std::string_view s;
        if (at('"')) {
            ++m_p;
            if (!string(&s))
                return false;
        } else {
            s = numberToken();
        }
        double value = 0;
        return plainDecimal(s, &value) && moneyFromDouble(value, out);
    }

    // The general path's rule, on bytes: exactly YYYY-MM-DD, a real day, year above 0.
    bool date(QDate* out)
    {
        std::string_view s;
        if (!take('"') || !string(&s) || s.size() != 10 || s[4] != '-' || s[7] != '-')
            return false;
        const int year = digitsAt(s, 0, 4);
        const int month = digitsAt(s, 5, 2);
        const int day = digitsAt(s, 8, 2);
        if (year <= 0 || month <= 0 || day <= 0)
            return false;
        *out = QDate(year, month, day);
        return out->isValid();
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

std::optional<QList<StatsRow>> readStatsFast(QByteArrayView body, StatsGroups groups)
{
    QList<StatsRow> rows;
    if (!Reader(body).read(groups, &rows))
        return std::nullopt;
    return rows;
}

} // namespace kd::kintura
