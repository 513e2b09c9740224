// What Kintura's public API page states, and the simulator's answer to it: campaign records
// with the published parameter rules, one campaign by id, routes.
#include "SimJson.h"
#include "SimServer.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>

namespace kd::sim {

namespace {
const char* const kRoutingModes[] = {"allSticky", "rotateRoutes", "stickyRoutes", "rotateOffers",
                                     "rotateLandingPages"};
} // namespace

bool simApiFromName(const QString& name, SimApi* out)
{
    if (name == QLatin1String("full"))
        *out = SimApi::Full;
    else if (name == QLatin1String("published"))
        *out = SimApi::Published;
    else
        return false;
    return true;
}

QJsonObject SimServer::campaignRecord(const SimCampaign& c) const
{
    QJsonObject record{{QStringLiteral("id"), c.id},
                       {QStringLiteral("guid"), c.guid},
                       {QStringLiteral("title"), c.title},
                       {QStringLiteral("traffic_source_id"), c.trafficSourceId},
                       {QStringLiteral("cost_model"), costModelKey(c.costModel)},
                       {QStringLiteral("cost_value"), c.costValue},
                       {QStringLiteral("is_active"), c.active}};
    if (m_options.api == SimApi::Published) {
        // The public page: region_id and is_active are nullable, and a tracker says so.
        record.insert(QStringLiteral("region_id"),
                      c.id % 2 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(c.id % 5 + 1));
        if (c.id % 7 == 3)
            record.insert(QStringLiteral("is_active"), QJsonValue(QJsonValue::Null));
        record.insert(QStringLiteral("routing_mode"),
                      QLatin1String(kRoutingModes[c.id % std::size(kRoutingModes)]));
        record.insert(QStringLiteral("use_prodigy"), c.id % 3 == 0);
    }
    return record;
}

SimServer::Reply SimServer::publishedReply(const QString& endpoint,
                                           const QHttpServerRequest& request)
{
    Reply reply;
    reply.status = 0;
    if (endpoint.startsWith(QLatin1String("campaigns/"))) {
        bool isNumber = false;
        const qint64 id = endpoint.mid(10).toLongLong(&isNumber);
        for (const SimCampaign& c : m_dataset->campaigns()) {
            if (isNumber && c.id == id) {
                reply.status = 200;
                reply.body = QJsonDocument(campaignRecord(c)).toJson(QJsonDocument::Compact);
                return reply;
            }
        }
        reply.status = 404;
        reply.body = errorJson(404, QStringLiteral("Campaign not found"));
        return reply;
    }
    if (endpoint == QLatin1String("routes")) {
        // One route per traffic source: enough to page through and search.
        QJsonArray all;
        const auto& sources = m_dataset->trafficSources();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QJsonValue redirect = i % 3 == 0   ? QJsonValue(QJsonValue::Null)
                                        : i % 3 == 1 ? QJsonValue(QStringLiteral("302"))
                                                     : QJsonValue(QStringLiteral("meta"));
            all.append(QJsonObject{{QStringLiteral("id"), qint64(i + 1)},
                                   {QStringLiteral("title"), sources.at(i).title},
                                   {QStringLiteral("is_direct"), i % 2 == 0},
                                   {QStringLiteral("force_redirect_mode"), redirect}});
        }
        return indexReply(all, request);
    }
    return reply;
}

namespace {
QJsonValue renamed(const QJsonValue& value, const QHash<QString, QString>& names)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(renamed(v, names));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        out.insert(names.value(it.key(), it.key()), renamed(it.value(), names));
    return out;
}
} // namespace

QByteArray renameFields(const QByteArray& body, const QHash<QString, QString>& names)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (names.isEmpty() || doc.isNull())
        return body;
    const QJsonValue out =
        renamed(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), names);
    return (out.isArray() ? QJsonDocument(out.toArray()) : QJsonDocument(out.toObject()))
        .toJson(QJsonDocument::Compact);
}

} // namespace kd::sim
