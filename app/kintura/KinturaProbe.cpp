// TrackerApi::diagnose for Kintura: every endpoint the app uses, asked once (paced as any
// request), each answer described by its shape (tracker/Diagnostic.h), never its values. For
// the first real tracker to tell where docs/kintura-api.md's modelled parts are wrong.
#include "KinturaClient.h"
#include "KinturaJson.h"
#include "net/ApiRequest.h"

#include <QRegularExpression>

namespace kd::kintura {

namespace {

struct Probe
{
    QString path; // under /1.0/
    QUrlQuery query;
    QString role;
    bool published;
};

// The reader's verdict on a reply, without values: its messages name fields and problems;
// the group keys a stats error quotes are cut off.
// firstCampaignId: set from a campaign list, for the probe of one campaign by id.
void judge(const QString& path, const QByteArray& body, EndpointDiagnostic* e,
           QString* firstCampaignId)
{
    auto noValues = [](QString why) {
        static const QRegularExpression keys(
            QStringLiteral(" \\((date|campaign|traffic source|ad network campaign) .*\\)$"));
        return why.remove(keys);
    };
    if (path == QLatin1String("settings")) {
        const auto parsed = parseSettings(body);
        e->asExpected = parsed.ok();
        if (!parsed.ok())
            e->rejected << noValues(parsed.error);
        return;
    }
    auto records = [&](const auto& parsed) {
        e->records = int(parsed.value.size() + parsed.skipped.size());
        e->accepted = int(parsed.value.size());
        if (!parsed.ok())
            e->rejected << noValues(parsed.error);
        for (const SkippedRecord& r : parsed.skipped)
            e->rejected << QStringLiteral("record %1: %2 %3")
                               .arg(r.position)
                               .arg(r.field.isEmpty() ? QStringLiteral("(record)") : r.field,
                                    r.problem);
        e->asExpected = parsed.ok() && parsed.skipped.isEmpty();
    };
    if (path == QLatin1String("traffic-sources"))
        return records(parseTrafficSources(body));
    if (path == QLatin1String("campaigns")) {
        const auto parsed = parseCampaigns(body);
        if (!parsed.value.isEmpty())
            *firstCampaignId = parsed.value.first().id;
        return records(parsed);
    }
    if (path == QLatin1String("stats"))
        return records(parseStats(body, StatsGroup::Date | StatsGroup::TrafficSource));
    // One campaign by id.
    const auto one = parseCampaign(body);
    e->records = 1;
    e->accepted = one.ok() ? 1 : 0;
    if (!one.ok())
        e->rejected << noValues(one.error);
    e->asExpected = one.ok();
}

class DiagnoseCall : public TrackerResult<TrackerDiagnostic>
{
public:
    explicit DiagnoseCall(KinturaClient* client)
        : TrackerResult(client)
        , m_client(client)
    {
        m_value.trackerType = QStringLiteral("Kintura");
        const QDate to = QDate::currentDate().addDays(-1);
        QUrlQuery page;
        page.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        page.addQueryItem(QStringLiteral("per_page"), QString::number(KinturaClient::kPageSize));
        QUrlQuery statsQuery = page;
        statsQuery.addQueryItem(QStringLiteral("date_from"), to.addDays(-6).toString(Qt::ISODate));
        statsQuery.addQueryItem(QStringLiteral("date_to"), to.toString(Qt::ISODate));
        statsQuery.addQueryItem(QStringLiteral("group_by"), QStringLiteral("date,traffic_source"));
        m_probes = {
            {QStringLiteral("settings"),
             {},
             QStringLiteral("currency, conversion time, time zone"),
             false},
            {QStringLiteral("campaigns"), page, QStringLiteral("credentials, campaign names"),
             true},
            {QStringLiteral("campaigns/{id}"), {}, QStringLiteral("one campaign"), true},
            {QStringLiteral("traffic-sources"), page, QStringLiteral("tracking templates"), false},
            {QStringLiteral("stats"), statsQuery, QStringLiteral("reports"), false},
        };
        next();
    }

private:
    void next()
    {
        if (m_index >= m_probes.size())
            return finish({});
        const Probe& p = m_probes.at(m_index);
        QString path = p.path;
        if (path == QLatin1String("campaigns/{id}")) {
            if (m_firstCampaignId.isEmpty()) { // no campaign to ask for
                ++m_index;
                return next();
            }
            path = QStringLiteral("campaigns/") + m_firstCampaignId;
        }
        m_request = m_client->newRequest(path, p.query, this);
        connect(m_request, &ApiRequest::finished, this, [this] { onReply(); });
        m_request->start();
    }

    void onReply()
    {
        ApiRequest* request = m_request;
        m_request = nullptr;
        request->deleteLater();
        const Probe& p = m_probes.at(m_index);
        const ApiResponse& r = request->response();
        EndpointDiagnostic e;
        e.path = QStringLiteral("/1.0/") + p.path;
        // Parameter names only, with the fixed values the app sends (never an id or a date).
        QStringList names;
        for (const auto& [name, value] : p.query.queryItems()) {
            const bool fixed = name == QLatin1String("page") || name == QLatin1String("per_page") ||
                               name == QLatin1String("group_by");
            names << (fixed ? name + QLatin1Char('=') + value : name);
        }
        e.query = names.join(QLatin1Char('&'));
        e.role = p.role;
        e.published = p.published;
        e.httpStatus = r.httpStatus;
        e.outcome = TrackerError::kindName(r.error.kind());
        e.contentType = QString::fromLatin1(
            r.headers.value("content-type").split(';').first().trimmed().left(64));
        for (const char* header : {"x-current-page", "x-total-count", "x-total-pages"}) {
            if (!r.headers.contains(header))
                continue;
            bool number = false;
            r.headers.value(header).trimmed().toLongLong(&number);
            e.pageHeaders << QStringLiteral("%1: %2").arg(
                QLatin1String(header), number ? QStringLiteral("number") : QStringLiteral("text"));
        }
        e.shape = jsonShape(r.body.left(4 * 1024 * 1024));
        if (r.error.isOk()) {
            judge(p.path, r.body, &e, &m_firstCampaignId);
        }
        m_value.endpoints.append(e);
        ++m_index;
        setProgress(m_index, int(m_probes.size()));
        next();
    }

    void abortWork() override
    {
        if (m_request)
            m_request->abort();
    }

    KinturaClient* m_client;
    QList<Probe> m_probes;
    qsizetype m_index = 0;
    QString m_firstCampaignId;
    ApiRequest* m_request = nullptr;
};

} // namespace

TrackerResult<TrackerDiagnostic>* KinturaClient::diagnose()
{
    return new DiagnoseCall(this);
}

} // namespace kd::kintura
