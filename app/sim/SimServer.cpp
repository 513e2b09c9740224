#include "SimServer.h"

#include "SimJson.h"
#include "kintura/KinturaJson.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

Q_LOGGING_CATEGORY(lcSim, "kintura.sim", QtWarningMsg)

namespace kd::sim {

namespace {

constexpr double kStatsCacheMs = 60'000; // like a tracker's report cache
constexpr int kMaxLogEntries = 1'000'000;

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

QString derivedSecret(const char* prefix, quint64 seed, int words)
{
    QString out = QString::fromLatin1(prefix);
    quint64 x = seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    for (int i = 0; i < words; ++i) {
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9ULL;
        x ^= x >> 32;
        out += QStringLiteral("%1").arg(x, 16, 16, QLatin1Char('0'));
    }
    return out;
}

bool parseGroups(const QString& value, StatsGroups* out)
{
    StatsGroups groups;
    const QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        if (name == QLatin1String("date"))
            groups |= StatsGroup::Date;
        else if (name == QLatin1String("campaign"))
            groups |= StatsGroup::Campaign;
        else if (name == QLatin1String("traffic_source"))
            groups |= StatsGroup::TrafficSource;
        else if (name == QLatin1String("external_campaign"))
            groups |= StatsGroup::ExternalCampaign;
        else
            return false;
    }
    *out = groups ? groups : StatsGroups(StatsGroup::Date);
    return true;
}

// The simulated clock read in the tracker's time zone: days begin at its midnight.
QDateTime trackerNow(const SimClock& clock, const TrackerSettings& settings)
{
    return trackerClock(settings.timeZone, clock.now());
}

double moneyJson(Money m)
{
    return double(m) / double(kMoneyUnit);
}

} // namespace

QByteArray errorJson(int status, const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), status},
                                                  {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject sourceJson(const SimTrafficSource& s)
{
    QJsonArray params;
    for (const TemplateParameter& p : s.parameters)
        params.append(
            QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("token"), p.token}});
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("preset"), s.preset},
            {QStringLiteral("parameters"), params}};
}

QByteArray simStatsRowsJson(const QList<StatsRow>& rows, qsizetype from, qsizetype to,
                            StatsGroups groups)
{
    QJsonArray array;
    for (qsizetype i = from; i < to; ++i) {
        const StatsRow& r = rows.at(i);
        QJsonObject o;
        if (groups & StatsGroup::Date)
            o.insert(QStringLiteral("date"), r.date.toString(Qt::ISODate));
        if (groups & StatsGroup::Campaign)
            o.insert(QStringLiteral("campaign_id"), r.campaignId.toLongLong());
        if (groups & StatsGroup::TrafficSource)
            o.insert(QStringLiteral("traffic_source_id"), r.trafficSourceId.toLongLong());
        if (groups & StatsGroup::ExternalCampaign)
            o.insert(QStringLiteral("external_campaign_id"), r.externalCampaignId);
        o.insert(QStringLiteral("visits"), r.visits);
        o.insert(QStringLiteral("lp_visits"), r.lpVisits);
        o.insert(QStringLiteral("offer_visits"), r.offerVisits);
        o.insert(QStringLiteral("unique_visits"), r.uniqueVisits);
        o.insert(QStringLiteral("conversions"), r.conversions);
        o.insert(QStringLiteral("revenue"), moneyJson(r.revenue));
        o.insert(QStringLiteral("cost"), moneyJson(r.cost));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

SimServer::SimServer(const SimConfig& config, const SimOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
{
    if (m_options.apiKey.isEmpty())
        m_options.apiKey = derivedSecret("kk_", config.seed, 2);
    if (m_options.apiSecret.isEmpty())
        m_options.apiSecret = derivedSecret("ks_", config.seed ^ 0x5EC2E7ULL, 3);
    m_uptime.start();
    m_clock.fixedNow = m_options.fixedNow;
    // The dataset is anchored on the tracker's "today" at start; later days keep coming.
    m_dataset = std::make_unique<SimDataset>(config, trackerNow(m_clock, config.settings).date());
}

SimServer::~SimServer() = default;

void SimServer::enableTls(const QSslCertificate& certificate, const QSslKey& key)
{
    // Qt 6.4: sslSetup() only stores the settings, listen() then makes a QSslServer; it must
    // come first. (Qt 6.8 removed sslSetup: there, bind() a listening QSslServer instead.)
    sslSetup(certificate, key);
    m_tls = true;
}

bool SimServer::listenLocal(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    m_baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                         .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                         .arg(bound));
    return true;
}

QDate SimServer::today() const
{
    return trackerNow(m_clock, m_dataset->config().settings).date();
}

double SimServer::todayFraction() const
{
    const QTime t = trackerNow(m_clock, m_dataset->config().settings).time();
    return double(t.msecsSinceStartOfDay()) / 86'400'000.0;
}

void SimServer::setSettings(const TrackerSettings& settings)
{
    // Settings are part of the dataset's config; the numbers themselves stay the same.
    SimConfig config = m_dataset->config();
    config.settings = settings;
    auto sources = m_dataset->trafficSources();
    const QDate anchor = m_dataset->firstDay().addDays(m_dataset->historyDays() - 1);
    m_dataset = std::make_unique<SimDataset>(config, anchor);
    m_dataset->trafficSources() = sources;
    m_statsCache.clear();
}

bool SimServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const double arrivalMs = double(m_uptime.nsecsElapsed()) / 1e6;
    const QString path = request.url().path();

    if (path.startsWith(QLatin1String("/__sim/"))) {
        deliver(socket, handleControl(path.mid(7), request), nullptr);
        return true;
    }

    SimLogEntry entry;
    entry.seq = ++m_seq;
    entry.tMs = arrivalMs;
    entry.method = methodName(request.method());
    entry.query = request.url().query();
    auto record = [this](SimLogEntry e) {
        if (m_log.size() < kMaxLogEntries)
            m_log.append(std::move(e));
    };

    Reply reply;
    if (!path.startsWith(QLatin1String("/1.0/"))) {
        entry.endpoint = path;
        reply.status = 404;
        reply.body = errorJson(404, QStringLiteral("Not found"));
        entry.status = reply.status;
        record(entry);
        deliver(socket, std::move(reply), nullptr);
        return true;
    }
    QString endpoint = path.mid(5);
    while (endpoint.endsWith(QLatin1Char('/')))
        endpoint.chop(1);
    entry.endpoint = endpoint;

    const QString key = QString::fromUtf8(request.value("X-Api-Key"));
    const QString secret = QString::fromUtf8(request.value("X-Api-Secret"));
    if (key != m_options.apiKey || secret != m_options.apiSecret) {
        reply.status = 401;
        reply.body = errorJson(401, QStringLiteral("Invalid API key or secret"));
        entry.status = 401;
        record(entry);
        deliver(socket, std::move(reply), nullptr);
        return true;
    }

    if (m_options.requestsPerSecond > 0) {
        const double interval = 1000.0 / m_options.requestsPerSecond;
        const auto last = m_lastAcceptedMs.constFind(key);
        if (last != m_lastAcceptedMs.constEnd() && arrivalMs - *last < interval) {
            const double waitMs = interval - (arrivalMs - *last);
            reply.status = 429;
            reply.body = errorJson(429, QStringLiteral("Too many requests"));
            reply.headers.append(
                {"Retry-After", QByteArray::number(std::max(1, int(std::ceil(waitMs / 1000.0))))});
            entry.status = 429;
            entry.fault = QStringLiteral("throttle");
            record(entry);
            deliver(socket, std::move(reply), nullptr);
            return true;
        }
        m_lastAcceptedMs.insert(key, arrivalMs);
    }

    SimFault fault;
    const bool faulted = takeFault(endpoint, &fault);
    const bool moved = faulted && (fault.type == QLatin1String("shift_total") ||
                                   fault.type == QLatin1String("growing_total"));
    if (moved)
        m_statsCache.clear();
    reply = handleApi(endpoint, request);
    if (!m_options.renamedFields.isEmpty() && reply.status == 200)
        reply.body = renameFields(reply.body, m_options.renamedFields);
    if (moved || (faulted && fault.type == QLatin1String("page_count")))
        retotal(&reply, request, fault);
    entry.fault = faulted ? fault.type : QString();
    entry.status = reply.status;
    if (faulted && (fault.type == QLatin1String("status") || fault.type == QLatin1String("html")))
        entry.status = fault.status > 0 ? fault.status : 502;
    record(entry);

    if (faulted && fault.type == QLatin1String("delay")) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.delayMs, this, [this, guard, reply = std::move(reply)]() mutable {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                deliver(guard, std::move(reply), nullptr);
        });
        return true;
    }
    deliver(socket, std::move(reply), faulted ? &fault : nullptr);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    Reply reply;
    reply.status = 404;
    reply.body = errorJson(404, QStringLiteral("Not found"));
    deliver(socket, std::move(reply), nullptr);
}

SimServer::Reply SimServer::handleApi(const QString& endpoint, const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        Reply reply;
        reply.status = 405;
        reply.body = errorJson(405, QStringLiteral("Method not allowed"));
        return reply;
    }
    if (Reply published = publishedReply(endpoint, request); published.status != 0)
        return published;
    const bool modelled = endpoint == QLatin1String("settings") ||
                          endpoint == QLatin1String("traffic-sources") ||
                          endpoint == QLatin1String("stats");
    if (modelled && m_options.api == SimApi::Published) {
        Reply reply;
        reply.status = 404;
        reply.body = errorJson(404, QStringLiteral("Unknown endpoint"));
        return reply;
    }
    if (endpoint == QLatin1String("settings")) {
        const TrackerSettings& s = m_dataset->config().settings;
        Reply reply;
        reply.body = QJsonDocument(QJsonObject{
                                       {QStringLiteral("currency"), s.currency},
                                       {QStringLiteral("conversion_registration_time"),
                                        conversionTimeKey(s.conversionTime)},
                                       {QStringLiteral("timezone"), s.timeZone},
                                   })
                         .toJson(QJsonDocument::Compact);
        return reply;
    }
    if (endpoint == QLatin1String("traffic-sources")) {
        QJsonArray all;
        for (const SimTrafficSource& s : m_dataset->trafficSources())
            all.append(sourceJson(s));
        return indexReply(all, request);
    }
    if (endpoint == QLatin1String("campaigns")) {
        QJsonArray all;
        for (const SimCampaign& c : m_dataset->campaigns())
            all.append(campaignRecord(c));
        return indexReply(all, request);
    }
    if (endpoint == QLatin1String("stats"))
        return statsReply(request);
    Reply reply;
    reply.status = 404;
    reply.body = errorJson(404, QStringLiteral("Unknown endpoint"));
    return reply;
}

namespace {
// page and per_page, as Kintura reads them; false with a message on bad input.
bool pageParams(const QUrlQuery& query, int* page, int* perPage, QString* error)
{
    bool ok = true;
    *page = query.hasQueryItem(QStringLiteral("page"))
                ? query.queryItemValue(QStringLiteral("page")).toInt(&ok)
                : 1;
    if (!ok || *page < 1) {
        *error = QStringLiteral("page must be a positive integer");
        return false;
    }
    *perPage = query.hasQueryItem(QStringLiteral("per_page"))
                   ? query.queryItemValue(QStringLiteral("per_page")).toInt(&ok)
                   : kDefaultPerPage;
    if (!ok || *perPage < 1) {
        *error = QStringLiteral("per_page must be a positive integer");
        return false;
    }
    *perPage = std::min(*perPage, kMaxPerPage);
    return true;
}

void addPageHeaders(QList<std::pair<QByteArray, QByteArray>>* headers, int page, int perPage,
                    qint64 total)
{
    const qint64 pages = (total + perPage - 1) / perPage;
    headers->append({"X-Current-Page", QByteArray::number(page)});
    headers->append({"X-Total-Count", QByteArray::number(total)});
    headers->append({"X-Total-Pages", QByteArray::number(pages)});
}
} // namespace

SimServer::Reply SimServer::indexReply(const QJsonArray& all, const QHttpServerRequest& request)
{
    Reply reply;
    const QUrlQuery query = request.query();
    int page = 1;
    int perPage = kDefaultPerPage;
    QString error;
    if (!pageParams(query, &page, &perPage, &error)) {
        reply.status = 400;
        reply.body = errorJson(400, error);
        return reply;
    }
    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    QJsonArray matching;
    for (const QJsonValue& v : all) {
        if (search.isEmpty() || v.toObject()
                                    .value(QStringLiteral("title"))
                                    .toString()
                                    .contains(search, Qt::CaseInsensitive))
            matching.append(v);
    }
    QJsonArray slice;
    const qint64 first = qint64(page - 1) * perPage;
    for (qint64 i = first; i < std::min<qint64>(first + perPage, matching.size()); ++i)
        slice.append(matching.at(i));
    addPageHeaders(&reply.headers, page, perPage, matching.size());
    reply.body = QJsonDocument(slice).toJson(QJsonDocument::Compact);
    return reply;
}

SimServer::Reply SimServer::statsReply(const QHttpServerRequest& request)
{
    Reply reply;
    const QUrlQuery query = request.query();
    auto bad = [&reply](const QString& message) {
        reply.status = 400;
        reply.body = errorJson(400, message);
        return reply;
    };
    int page = 1;
    int perPage = kDefaultPerPage;
    QString error;
    if (!pageParams(query, &page, &perPage, &error))
        return bad(error);
    StatsQuery q;
    q.from = QDate::fromString(query.queryItemValue(QStringLiteral("date_from")),
                               QStringLiteral("yyyy-MM-dd"));
    q.to = QDate::fromString(query.queryItemValue(QStringLiteral("date_to")),
                             QStringLiteral("yyyy-MM-dd"));
    if (!q.from.isValid() || !q.to.isValid())
        return bad(QStringLiteral("date_from and date_to are required (YYYY-MM-DD)"));
    if (q.from > q.to)
        return bad(QStringLiteral("date_from is after date_to"));
    if (q.from.daysTo(q.to) > 3 * 366)
        return bad(QStringLiteral("the date range is longer than three years"));
    if (!parseGroups(query.queryItemValue(QStringLiteral("group_by")), &q.groups))
        return bad(
            QStringLiteral("group_by accepts date, campaign, traffic_source, external_campaign"));
    q.campaignId = query.queryItemValue(QStringLiteral("campaign_id"));
    q.trafficSourceId = query.queryItemValue(QStringLiteral("traffic_source_id"));

    const QDate day = today();
    const QString cacheKey = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                 .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate))
                                 .arg(int(q.groups))
                                 .arg(q.campaignId, q.trafficSourceId, day.toString(Qt::ISODate));
    const QList<StatsRow>* rows = nullptr;
    for (auto it = m_statsCache.begin(); it != m_statsCache.end(); ++it) {
        if (it->key == cacheKey) {
            rows = &it->rows;
            break;
        }
    }
    if (!rows) {
        if (m_statsCache.size() >= 4)
            m_statsCache.removeFirst();
        m_statsCache.append({cacheKey, m_dataset->stats(q, day, todayFraction())});
        rows = &m_statsCache.last().rows;
        QTimer::singleShot(int(kStatsCacheMs), this, [this, cacheKey] {
            m_statsCache.removeIf([&](const CachedStats& c) { return c.key == cacheKey; });
        });
    }
    const qint64 total = rows->size();
    const qint64 first = std::min<qint64>(qint64(page - 1) * perPage, total);
    const qint64 last = std::min<qint64>(first + perPage, total);
    addPageHeaders(&reply.headers, page, perPage, total);
    reply.body = simStatsRowsJson(*rows, first, last, q.groups);
    return reply;
}

} // namespace kd::sim
