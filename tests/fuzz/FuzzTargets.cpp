#include "FuzzTargets.h"

#include "adnetworks/TemplateCheck.h"
#include "integrations/IntegrationInput.h"
#include "integrations/IntegrationStore.h"
#include "kintura/KinturaJson.h"
#include "kintura/StatsReader.h"
#include "reports/CsvWriter.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace kd::fuzz {

namespace {
QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A broken promise of the parsers is a crash, so the fuzzer reports it.
void require(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

int settings(const uint8_t* data, size_t size)
{
    const auto parsed = kintura::parseSettings(bytes(data, size));
    if (parsed.ok()) {
        require(parsed.value.currency.size() == 3);
        require(parsed.value.timeZone.size() <= 64);
    }
    return 0;
}

int trafficSources(const uint8_t* data, size_t size)
{
    const auto parsed = kintura::parseTrafficSources(bytes(data, size));
    require(parsed.ok() || (parsed.value.isEmpty() && parsed.skipped.isEmpty()));
    for (const auto& r : parsed.skipped)
        require(r.position >= 1 && r.valueText.size() <= 40 && !r.problem.isEmpty());
    for (const auto& t : parsed.value) {
        require(!t.id.isEmpty() && t.parameters.size() <= 100);
        for (const auto& p : t.parameters)
            require(p.name.size() <= 200 && p.token.size() <= 200);
    }
    return 0;
}

int campaigns(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const auto parsed = kintura::parseCampaigns(input);
    require(parsed.ok() || (parsed.value.isEmpty() && parsed.skipped.isEmpty()));
    for (const auto& r : parsed.skipped)
        require(r.position >= 1 && r.valueText.size() <= 40 && !r.problem.isEmpty());
    for (const auto& c : parsed.value)
        require(!c.id.isEmpty() && c.costValue <= Money(kintura::kMaxMoney * kMoneyUnit));
    // The single-record reader (GET /campaigns/{id}) on the same bytes.
    const auto one = kintura::parseCampaign(input);
    require(one.ok() == !one.value.id.isEmpty());
    return 0;
}

int stats(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the grouping the reply must match.
    const StatsGroups groups = StatsGroups::fromInt(data[0] & 0x0F);
    const auto parsed = kintura::parseStats(bytes(data + 1, size - 1), groups);
    require(parsed.ok() || parsed.value.isEmpty());
    for (const auto& r : parsed.value) {
        require(r.visits >= 0 && r.conversions >= 0 && r.lpVisits >= 0);
        require(r.visits <= kintura::kMaxCount && r.conversions <= kintura::kMaxCount);
        require(!(groups & StatsGroup::Date) || r.date.isValid());
        require(!(groups & StatsGroup::Campaign) || !r.campaignId.isEmpty());
    }
    return 0;
}

namespace {
// Null and empty text differ too: the cache binds them as NULL and ''.
bool sameText(const QString& a, const QString& b)
{
    return a == b && a.isNull() == b.isNull();
}

bool sameRows(const QList<StatsRow>& a, const QList<StatsRow>& b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const StatsRow& x, const StatsRow& y) {
            return x.date == y.date && sameText(x.campaignId, y.campaignId) &&
                   sameText(x.trafficSourceId, y.trafficSourceId) &&
                   sameText(x.externalCampaignId, y.externalCampaignId) && x.visits == y.visits &&
                   x.lpVisits == y.lpVisits && x.offerVisits == y.offerVisits &&
                   x.uniqueVisits == y.uniqueVisits && x.conversions == y.conversions &&
                   x.revenue == y.revenue && x.cost == y.cost;
        });
}
} // namespace

int statsFast(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // As for stats: the first byte picks the grouping.
    const StatsGroups groups = StatsGroups::fromInt(data[0] & 0x0F);
    const QByteArray body = bytes(data + 1, size - 1);
    const auto viaDocument = kintura::parseStatsViaDocument(body, groups);
    if (const auto fast = kintura::readStatsFast(body, groups))
        require(viaDocument.ok() && sameRows(*fast, viaDocument.value));
    const auto parsed = kintura::parseStats(body, groups);
    require(parsed.error == viaDocument.error && sameRows(parsed.value, viaDocument.value));
    return 0;
}

int errorBody(const uint8_t* data, size_t size)
{
    const QByteArray in = bytes(data, size);
    const QString message = kintura::parseErrorBody(in);
    require(message.size() <= 200);
    for (QChar c : message)
        require(c.isPrint());
    // Pagination headers come from the same untrusted reply.
    const qsizetype third = in.size() / 3;
    const auto pages =
        kintura::parsePageHeaders(in.left(third), in.mid(third, third), in.mid(2 * third));
    require(pages.value.totalPages >= 0 && pages.value.totalCount >= 0);
    return 0;
}

int trackerUrl(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(bytes(data, size));
    const UrlCheck check = normaliseTrackerUrl(input);
    if (check.ok()) {
        const QString scheme = check.url.scheme();
        require(scheme == QLatin1String("https") || scheme == QLatin1String("http"));
        require(check.url.path().isEmpty() && check.url.userInfo().isEmpty() &&
                !check.url.host().isEmpty());
        // Normalising is idempotent.
        const UrlCheck again = normaliseTrackerUrl(check.url.toString());
        require(again.ok() && again.url == check.url);
    }
    const QString trimmed = trimPasted(input);
    require(trimmed.size() <= input.size());
    (void)checkIntegrationName(trimmed, {});
    (void)checkApiKey(trimmed);
    (void)checkCurrency(trimmed);
    return 0;
}

int integrationsFile(const uint8_t* data, size_t size)
{
    QList<Integration> list;
    QString error;
    if (IntegrationStore::deserialise(bytes(data, size), &list, &error)) {
        // What was read back writes and reads to the same thing.
        QList<Integration> again;
        require(IntegrationStore::deserialise(IntegrationStore::serialise(list), &again, &error));
        require(again == list);
    } else {
        require(!error.isEmpty());
    }
    return 0;
}

namespace {
// A strict RFC 4180 reader, to check the writer against.
QList<QStringList> readCsv(const QByteArray& csv, bool* ok)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < csv.size() && csv[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            record << QString::fromUtf8(field);
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == '"' || c == '\r' || c == '\n') {
            *ok = false; // a bare quote or line break outside quotes
            return records;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the writer ends every record with CRLF
    return records;
}
} // namespace

int csvWriter(const uint8_t* data, size_t size)
{
    // Records split at 0x1E, fields at 0x1F; the first record is the header.
    const QString text = QString::fromUtf8(bytes(data, size));
    QList<QStringList> records;
    for (const QString& r : text.split(QChar(0x1E)))
        records << r.split(QChar(0x1F));
    const QStringList header = records.takeFirst();
    const QByteArray csv = toCsv(header, records);
    bool ok = false;
    const QList<QStringList> back = readCsv(csv, &ok);
    require(ok);
    require(back.size() == records.size() + 1);
    require(back.first() == header);
    for (qsizetype i = 0; i < records.size(); ++i)
        require(back[i + 1] == records[i]);
    const QString defused = defuseSpreadsheetFormula(header.first());
    require(defused.isEmpty() || !QStringLiteral("=+-@").contains(defused.front()));
    return 0;
}

int templateCheck(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the network; the rest is a template as "name=token&name=token".
    const AdNetworkCatalog& catalog = AdNetworkCatalog::builtIn();
    const AdNetwork& network = catalog.networks().at(data[0] % catalog.networks().size());
    TrackingTemplate t;
    t.id = QStringLiteral("1");
    t.title = QStringLiteral("fuzz");
    const QString text = QString::fromUtf8(bytes(data + 1, size - 1));
    for (const QString& pair : text.split(QLatin1Char('&')))
        t.parameters << TemplateParameter{pair.section(QLatin1Char('='), 0, 0),
                                          pair.section(QLatin1Char('='), 1)};
    const TemplateCheckResult r = checkTemplate(network, t, catalog);
    // Every identifier is either mapped or missing, once; no parameter serves two.
    require(r.mapped.size() + r.missing.size() == 4);
    QStringList used;
    for (const MappedIdentifier& m : r.mapped) {
        require(!used.contains(m.parameter) ||
                std::count_if(t.parameters.begin(), t.parameters.end(),
                              [&](const TemplateParameter& p) { return p.name == m.parameter; }) >
                    1);
        used << m.parameter;
        require(
            std::any_of(t.parameters.begin(), t.parameters.end(), [&](const TemplateParameter& p) {
                return p.name == m.parameter && p.token == m.token;
            }));
    }
    for (const TokenIssue& issue : r.issues)
        require(!issue.message.isEmpty());
    (void)normaliseMacro(text);
    (void)trackingParameterString(t);
    return 0;
}

} // namespace kd::fuzz
