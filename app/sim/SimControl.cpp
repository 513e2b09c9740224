// The simulator's control endpoints (/__sim/): what tests and benchmarks use to inject
// faults, change the account and the clock, and read the request log. Not Kintura's API.
#include "SimJson.h"
#include "SimServer.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace kd::sim {

QJsonObject SimServer::logJson() const
{
    QJsonObject endpoints;
    QJsonArray requests;
    for (const SimLogEntry& e : m_log) {
        QJsonObject ep = endpoints.value(e.endpoint).toObject();
        ep.insert(QStringLiteral("count"), ep.value(QStringLiteral("count")).toInt() + 1);
        QJsonObject statuses = ep.value(QStringLiteral("statuses")).toObject();
        const QString code = QString::number(e.status);
        statuses.insert(code, statuses.value(code).toInt() + 1);
        ep.insert(QStringLiteral("statuses"), statuses);
        endpoints.insert(e.endpoint, ep);
        requests.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("t_ms"), e.tMs},
                                    {QStringLiteral("method"), e.method},
                                    {QStringLiteral("endpoint"), e.endpoint},
                                    {QStringLiteral("query"), e.query},
                                    {QStringLiteral("status"), e.status},
                                    {QStringLiteral("fault"), e.fault}});
    }
    return {{QStringLiteral("total"), qint64(m_log.size())},
            {QStringLiteral("endpoints"), endpoints},
            {QStringLiteral("requests"), requests}};
}

SimServer::Reply SimServer::handleControl(const QString& path, const QHttpServerRequest& request)
{
    Reply reply;
    const auto method = request.method();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto ok = [&reply](const QJsonObject& o = {{QStringLiteral("ok"), true}}) {
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return reply;
    };
    auto bad = [&reply](const QString& message) {
        reply.status = 400;
        reply.body = errorJson(400, message);
        return reply;
    };

    if (path == QLatin1String("info")) {
        const SimDataset& d = *m_dataset;
        return ok({{QStringLiteral("url"), m_baseUrl.toString()},
                   {QStringLiteral("size"), simSizeName(d.config().size)},
                   {QStringLiteral("api"), m_options.api == SimApi::Published
                                               ? QStringLiteral("published")
                                               : QStringLiteral("full")},
                   {QStringLiteral("seed"), QString::number(d.config().seed)},
                   {QStringLiteral("campaigns"), d.campaignCount()},
                   {QStringLiteral("networks"), d.networkCount()},
                   {QStringLiteral("traffic_sources"), qint64(d.trafficSources().size())},
                   {QStringLiteral("days"), d.historyDays()},
                   {QStringLiteral("first_day"), d.firstDay().toString(Qt::ISODate)},
                   {QStringLiteral("today"), today().toString(Qt::ISODate)},
                   {QStringLiteral("requests_per_second"), m_options.requestsPerSecond}});
    }
    if (path == QLatin1String("log")) {
        if (method == QHttpServerRequest::Method::Delete) {
            clearLog();
            return ok();
        }
        return ok(logJson());
    }
    if (path == QLatin1String("faults")) {
        if (method == QHttpServerRequest::Method::Delete) {
            m_faults.clear();
            return ok();
        }
        SimFault f;
        f.endpoint = body.value(QStringLiteral("endpoint")).toString(QStringLiteral("*"));
        f.count = body.value(QStringLiteral("count")).toInt(1);
        f.type = body.value(QStringLiteral("type")).toString();
        f.status = body.value(QStringLiteral("status")).toInt();
        f.retryAfter = body.value(QStringLiteral("retry_after")).toVariant().toString().toUtf8();
        f.body = body.value(QStringLiteral("body")).toString().toUtf8();
        f.delayMs = body.value(QStringLiteral("delay_ms")).toInt();
        f.bytes = body.value(QStringLiteral("bytes")).toInteger();
        f.shift = body.value(QStringLiteral("shift")).toInt(1);
        f.skip = body.value(QStringLiteral("skip")).toInt(0);
        static const QStringList types{
            QStringLiteral("status"),        QStringLiteral("html"),
            QStringLiteral("delay"),         QStringLiteral("truncate"),
            QStringLiteral("reset"),         QStringLiteral("invalid_json"),
            QStringLiteral("wrong_shape"),   QStringLiteral("huge_body"),
            QStringLiteral("shift_total"),   QStringLiteral("empty"),
            QStringLiteral("redirect"),      QStringLiteral("stall"),
            QStringLiteral("trickle"),       QStringLiteral("huge_stream"),
            QStringLiteral("growing_total"), QStringLiteral("page_count")};
        if (!types.contains(f.type))
            return bad(QStringLiteral("type must be one of: ") + types.join(QStringLiteral(", ")));
        armFault(f);
        return ok();
    }
    if (path == QLatin1String("settings")) {
        TrackerSettings s = m_dataset->config().settings;
        if (body.contains(QStringLiteral("currency")))
            s.currency = body.value(QStringLiteral("currency")).toString();
        if (body.contains(QStringLiteral("timezone")))
            s.timeZone = body.value(QStringLiteral("timezone")).toString();
        if (body.contains(QStringLiteral("conversion_registration_time")) &&
            !conversionTimeFromKey(
                body.value(QStringLiteral("conversion_registration_time")).toString(),
                &s.conversionTime))
            return bad(QStringLiteral("conversion_registration_time is visit or postback"));
        setSettings(s);
        return ok();
    }
    if (path == QLatin1String("rate")) {
        setRequestsPerSecond(body.value(QStringLiteral("requests_per_second")).toDouble());
        return ok();
    }
    if (path == QLatin1String("clock")) {
        if (body.contains(QStringLiteral("now"))) {
            const QDateTime now =
                QDateTime::fromString(body.value(QStringLiteral("now")).toString(), Qt::ISODate);
            if (!now.isValid())
                return bad(QStringLiteral("now must be an ISO 8601 date and time"));
            m_clock.fixedNow = now;
            m_clock.offsetDays = 0;
        }
        m_clock.offsetDays += body.value(QStringLiteral("advance_days")).toInt();
        m_statsCache.clear();
        return ok({{QStringLiteral("today"), today().toString(Qt::ISODate)}});
    }
    if (path.startsWith(QLatin1String("traffic-sources/"))) {
        bool isNumber = false;
        const qint64 id = path.section(QLatin1Char('/'), 1).toLongLong(&isNumber);
        auto& sources = m_dataset->trafficSources();
        const auto it = std::find_if(sources.begin(), sources.end(),
                                     [id](const SimTrafficSource& s) { return s.id == id; });
        if (!isNumber || it == sources.end()) {
            reply.status = 404;
            reply.body = errorJson(404, QStringLiteral("No such traffic source"));
            return reply;
        }
        if (method == QHttpServerRequest::Method::Delete) {
            sources.erase(it);
            return ok();
        }
        if (body.contains(QStringLiteral("title")))
            it->title = body.value(QStringLiteral("title")).toString();
        if (body.contains(QStringLiteral("parameters"))) {
            it->parameters.clear();
            const QJsonArray params = body.value(QStringLiteral("parameters")).toArray();
            for (const QJsonValue& p : params)
                it->parameters.append(
                    {p[QStringLiteral("name")].toString(), p[QStringLiteral("token")].toString()});
        }
        return ok(sourceJson(*it));
    }
    reply.status = 404;
    reply.body = errorJson(404, QStringLiteral("Unknown control endpoint"));
    return reply;
}

} // namespace kd::sim
