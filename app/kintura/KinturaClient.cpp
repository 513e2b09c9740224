#include "KinturaClient.h"

#include "KinturaJson.h"
#include "net/ApiRequest.h"
#include "net/RequestPacer.h"

#include <QLoggingCategory>

#include <functional>

Q_LOGGING_CATEGORY(lcKintura, "kintura.adapter", QtWarningMsg)

namespace kd::kintura {

namespace {

// A failed request as a TrackerError, with the tracker's own words when it gave any (never
// the credentials, should the tracker quote them back).
TrackerError failureOf(const ApiResponse& response, const ApiCredentials& credentials)
{
    TrackerError e = response.error;
    const QString said = parseErrorBody(response.body, {credentials.apiKey, credentials.apiSecret});
    if (!said.isEmpty())
        e.setDetail(e.detail().isEmpty() ? said : e.detail() + QStringLiteral("; ") + said);
    return e;
}

// What Kintura's public API page does not show (docs/kintura-api.md: modelled), and what the
// app loses without it. Published paths (campaigns, routes) have no entry.
TrackerError::Feature modelledFeature(const QString& path)
{
    if (path == QLatin1String("settings"))
        return TrackerError::Feature::Settings;
    if (path == QLatin1String("traffic-sources"))
        return TrackerError::Feature::Templates;
    if (path == QLatin1String("stats"))
        return TrackerError::Feature::Reports;
    return TrackerError::Feature::Other;
}

// A reply that says "nothing here" rather than "something went wrong here".
bool looksNotOffered(const ApiResponse& response)
{
    const int status = response.httpStatus;
    if (status == 404 || status == 405 || status == 410 || status == 501)
        return true;
    return status >= 200 && status < 300 &&
           response.headers.value("content-type").toLower().contains("text/html");
}

// What the cheapest published request proves: a list of campaign records (even an empty one)
// means a Kintura tracker accepted the credentials; a web page at 200 proves nothing.
TrackerError accessOutcome(KinturaClient* client, const ApiResponse& response)
{
    if (!response.error.isOk())
        return failureOf(response, client->credentials());
    const auto records = parseCampaigns(response.body);
    if (!records.ok())
        return TrackerError(TrackerError::Kind::MalformedResponse, client->displayHost(),
                            records.error, response.httpStatus);
    return {};
}

// A modelled endpoint answered as if it did not exist. Whether the tracker offers it at all is
// decided on a published endpoint: when that one answers with these credentials, the tracker
// is there and simply lacks the path (NotOffered); otherwise its answer is the real problem
// (wrong credentials, a URL that is not a tracker), and the original error stands.
// `slot` holds the request while it runs, so that the call can abort it. Returns false when
// the response needs no such check.
bool confirmNotOffered(KinturaClient* client, QObject* owner, const QString& path,
                       const ApiResponse& response, ApiRequest** slot,
                       std::function<void(const TrackerError&)> done)
{
    const TrackerError::Feature feature = modelledFeature(path);
    if (feature == TrackerError::Feature::Other || client->isKnownOffered(path) ||
        !looksNotOffered(response))
        return false;
    TrackerError original =
        response.error.isOk()
            ? TrackerError(TrackerError::Kind::MalformedResponse, client->displayHost(),
                           QStringLiteral("a web page instead of JSON"), response.httpStatus)
            : failureOf(response, client->credentials());
    const int status = response.httpStatus;
    ApiRequest* check = client->newAccessRequest(owner);
    *slot = check;
    QObject::connect(check, &ApiRequest::finished, owner,
                     [client, check, path, feature, status, original, done, slot] {
                         *slot = nullptr;
                         check->deleteLater();
                         const TrackerError checkError = accessOutcome(client, check->response());
                         using K = TrackerError::Kind;
                         if (checkError.isOk()) {
                             TrackerError e(K::NotOffered, client->displayHost(), {}, status);
                             e.setNotOffered(QStringLiteral("/1.0/") + path, feature);
                             return done(e);
                         }
                         const bool credentials = checkError.kind() == K::InvalidCredentials ||
                                                  checkError.kind() == K::Forbidden;
                         done(credentials ? failureOf(check->response(), client->credentials())
                                          : original);
                     });
    check->start();
    return true;
}

class SettingsCall : public TrackerResult<TrackerSettings>
{
public:
    SettingsCall(KinturaClient* client)
        : TrackerResult(client)
    {
        m_request = client->newRequest(QStringLiteral("settings"), {}, this);
        connect(m_request, &ApiRequest::finished, this, [this, client] {
            ApiRequest* request = m_request;
            m_request = nullptr;
            request->deleteLater();
            const ApiResponse& response = request->response();
            if (confirmNotOffered(client, this, QStringLiteral("settings"), response, &m_request,
                                  [this](const TrackerError& e) { finish(e); }))
                return;
            if (!response.error.isOk())
                return finish(failureOf(response, client->credentials()));
            auto parsed = parseSettings(response.body);
            if (!parsed.ok())
                return finish(TrackerError(TrackerError::Kind::MalformedResponse,
                                           client->displayHost(), parsed.error));
            m_value = parsed.value;
            client->markOffered(QStringLiteral("settings"));
            finish({});
        });
        m_request->start();
    }

private:
    void abortWork() override
    {
        if (m_request)
            m_request->abort();
    }
    ApiRequest* m_request = nullptr;
};

// Proves the credentials on a published endpoint: the first campaign, one row.
class AccessCall : public TrackerResult<TrackerAccess>
{
public:
    AccessCall(KinturaClient* client)
        : TrackerResult(client)
    {
        m_request = client->newAccessRequest(this);
        connect(m_request, &ApiRequest::finished, this, [this, client] {
            const ApiResponse& response = m_request->response();
            if (TrackerError e = accessOutcome(client, response); !e.isOk())
                return finish(e);
            const auto info = parsePageHeaders(response.headers.value("x-current-page"),
                                               response.headers.value("x-total-count"),
                                               response.headers.value("x-total-pages"));
            m_value.campaignCount = info.ok() && response.headers.contains("x-total-count")
                                        ? info.value.totalCount
                                        : -1;
            finish({});
        });
        m_request->start();
    }

private:
    void abortWork() override { m_request->abort(); }
    ApiRequest* m_request;
};

template <typename Row> class KinturaPagedCall : public PagedCall<Row>
{
public:
    using Parser = std::function<Parsed<QList<Row>>(const QByteArray&)>;

    KinturaPagedCall(KinturaClient* client, QString path, QUrlQuery query, Parser parse)
        : PagedCall<Row>(client)
        , m_client(client)
        , m_path(std::move(path))
        , m_query(std::move(query))
        , m_parse(std::move(parse))
    {
        requestPage(1);
    }

private:
    void requestPage(int page)
    {
        QUrlQuery query = m_query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(KinturaClient::kPageSize));
        m_request = m_client->newRequest(m_path, query, this);
        QObject::connect(m_request, &ApiRequest::finished, this, [this, page] { onPage(page); });
        m_request->start();
    }

    void onPage(int page)
    {
        ApiRequest* request = m_request;
        m_request = nullptr;
        request->deleteLater();
        const ApiResponse& response = request->response();
        if (page == 1 && confirmNotOffered(m_client, this, m_path, response, &m_request,
                                           [this](const TrackerError& e) { this->finish(e); }))
            return;
        if (!response.error.isOk())
            return this->finish(failureOf(response, m_client->credentials()));

        const auto info = parsePageHeaders(response.headers.value("x-current-page"),
                                           response.headers.value("x-total-count"),
                                           response.headers.value("x-total-pages"));
        auto rows = m_parse(response.body);
        const QString problem = !info.ok() ? info.error : rows.error;
        if (!problem.isEmpty())
            return this->finish(TrackerError(TrackerError::Kind::MalformedResponse,
                                             m_client->displayHost(), problem));

        if (page == 1) {
            m_totalCount = info.value.totalCount;
            m_totalPages = std::max(1, info.value.totalPages);
        } else if (info.value.totalCount != m_totalCount ||
                   std::max(1, info.value.totalPages) != m_totalPages) {
            // Rows were added or removed while we paged: offsets shifted, so what we hold may
            // miss or repeat rows. Start over rather than show a wrong number.
            if (m_restarts >= m_client->options().maxRestarts)
                return this->finish(
                    TrackerError(TrackerError::Kind::DataChanged, m_client->displayHost()));
            ++m_restarts;
            this->m_value.clear();
            this->m_skipped.clear();
            this->m_recordsSeen = 0;
            Q_EMIT this->restarted();
            return requestPage(1);
        }
        if (page > 1 && page < m_totalPages && rows.value.isEmpty()) {
            // More pages announced, the totals unchanged, yet this one is empty: the headers
            // lie (a broken tracker or proxy could announce a million pages). Stop here rather
            // than ask for every one of them.
            return this->finish(
                TrackerError(TrackerError::Kind::MalformedResponse, m_client->displayHost(),
                             QStringLiteral("page %1 of %2 is empty").arg(page).arg(m_totalPages)));
        }

        for (SkippedRecord skipped : std::as_const(rows.skipped)) {
            skipped.position += (page - 1) * KinturaClient::kPageSize;
            qCWarning(lcKintura) << "skipped a record of" << m_path << "at" << skipped.position
                                 << "id" << skipped.id << "field" << skipped.field
                                 << skipped.problem;
            this->m_skipped.append(std::move(skipped));
        }
        this->m_recordsSeen += int(rows.value.size() + rows.skipped.size());
        m_client->markOffered(m_path);
        this->m_lastPage = std::move(rows.value);
        if (this->m_accumulate)
            this->m_value += this->m_lastPage;
        this->setProgress(page, m_totalPages);
        Q_EMIT this->pageReceived();
        if (this->isFinished()) // a pageReceived() handler may have cancelled
            return;
        if (page < m_totalPages)
            return requestPage(page + 1);
        this->finish({});
    }

    void abortWork() override
    {
        if (m_request)
            m_request->abort();
    }

    KinturaClient* m_client;
    QString m_path;
    QUrlQuery m_query;
    Parser m_parse;
    ApiRequest* m_request = nullptr;
    qint64 m_totalCount = 0;
    int m_totalPages = 1;
    int m_restarts = 0;
};

QUrlQuery searchQuery(const QString& search)
{
    QUrlQuery query;
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    return query;
}

QString groupByValue(StatsGroups groups)
{
    QStringList names;
    if (groups & StatsGroup::Date)
        names << QStringLiteral("date");
    if (groups & StatsGroup::Campaign)
        names << QStringLiteral("campaign");
    if (groups & StatsGroup::TrafficSource)
        names << QStringLiteral("traffic_source");
    if (groups & StatsGroup::ExternalCampaign)
        names << QStringLiteral("external_campaign");
    return names.join(QLatin1Char(','));
}

} // namespace

KinturaClient::KinturaClient(const QUrl& trackerUrl, const ApiCredentials& credentials,
                             const ClientOptions& options, QObject* parent)
    : TrackerApi(parent)
    , m_trackerUrl(trackerUrl)
    , m_credentials(credentials)
    , m_options(options)
    , m_pacer(RequestPacer::forHost(trackerUrl
                                        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                                  QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                        .toString(),
                                    pacingIntervalMs(options.requestsPerSecond)))
{
    m_manager.setAutoDeleteReplies(false);
}

KinturaClient::~KinturaClient()
{
    // Calls are children; abort them before the manager they use goes away.
    const auto calls = findChildren<TrackerCall*>(Qt::FindDirectChildrenOnly);
    for (TrackerCall* call : calls) {
        call->blockSignals(true);
        call->cancel();
    }
}

QString KinturaClient::displayHost() const
{
    return kd::displayHost(m_trackerUrl);
}

ApiRequest* KinturaClient::newRequest(const QString& path, const QUrlQuery& query, QObject* parent)
{
    QUrl url = m_trackerUrl;
    url.setPath(QStringLiteral("/1.0/") + path);
    url.setQuery(query);
    ApiRequestSpec spec;
    spec.url = url;
    spec.headers = {{"X-Api-Key", m_credentials.apiKey.toUtf8()},
                    {"X-Api-Secret", m_credentials.apiSecret.toUtf8()}};
    spec.timeoutMs = m_options.timeoutMs;
    spec.maxBytes = m_options.maxResponseBytes;
    spec.retry = m_options.retry;
    spec.pinnedCertificateSha256 = m_options.pinnedCertificateSha256;
    return new ApiRequest(&m_manager, m_pacer, std::move(spec), parent);
}

ApiRequest* KinturaClient::newAccessRequest(QObject* parent)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    return newRequest(QStringLiteral("campaigns"), query, parent);
}

TrackerResult<TrackerAccess>* KinturaClient::checkAccess()
{
    return new AccessCall(this);
}

TrackerResult<TrackerSettings>* KinturaClient::fetchSettings()
{
    return new SettingsCall(this);
}

PagedCall<TrackingTemplate>* KinturaClient::fetchTemplates(const QString& search)
{
    return new KinturaPagedCall<TrackingTemplate>(this, QStringLiteral("traffic-sources"),
                                                  searchQuery(search), parseTrafficSources);
}

PagedCall<Campaign>* KinturaClient::fetchCampaigns(const QString& search)
{
    return new KinturaPagedCall<Campaign>(this, QStringLiteral("campaigns"), searchQuery(search),
                                          parseCampaigns);
}

PagedCall<StatsRow>* KinturaClient::fetchStats(const StatsQuery& q)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("date_from"), q.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("date_to"), q.to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("group_by"), groupByValue(q.groups));
    if (!q.campaignId.isEmpty())
        query.addQueryItem(QStringLiteral("campaign_id"), q.campaignId);
    if (!q.trafficSourceId.isEmpty())
        query.addQueryItem(QStringLiteral("traffic_source_id"), q.trafficSourceId);
    const StatsGroups groups = q.groups;
    return new KinturaPagedCall<StatsRow>(
        this, QStringLiteral("stats"), query,
        [groups](const QByteArray& body) { return parseStats(body, groups); });
}

} // namespace kd::kintura
