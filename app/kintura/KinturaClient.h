#pragma once

#include "net/RetryPolicy.h"
#include "tracker/ApiCredentials.h"
#include "tracker/TrackerApi.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QUrlQuery>

#include <memory>

namespace kd {

class ApiRequest;
class RequestPacer;

namespace kintura {

struct ClientOptions
{
    double requestsPerSecond = 1.0; // Kintura's documented throttle
    int timeoutMs = 30'000;
    qint64 maxResponseBytes = 8 * 1024 * 1024; // a 50-row page is a few tens of KiB
    RetryPolicy retry;
    int maxRestarts = 2;             // times a paged call starts over when the tracker's rows move
    QString pinnedCertificateSha256; // see ApiRequestSpec
};

// The Kintura adapter: Kintura's REST API (docs/kintura-api.md) behind TrackerApi.
// One instance per tracker integration, each with its own network manager so that one
// tracker's TLS decisions never carry over to another.
class KinturaClient : public TrackerApi
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50; // Kintura's maximum per_page

    KinturaClient(const QUrl& trackerUrl, const ApiCredentials& credentials,
                  const ClientOptions& options = {}, QObject* parent = nullptr);
    ~KinturaClient() override;

    QUrl trackerUrl() const override { return m_trackerUrl; }
    TrackerResult<TrackerAccess>* checkAccess() override;
    TrackerResult<TrackerSettings>* fetchSettings() override;
    PagedCall<TrackingTemplate>* fetchTemplates(const QString& search = {}) override;
    PagedCall<Campaign>* fetchCampaigns(const QString& search = {}) override;
    PagedCall<StatsRow>* fetchStats(const StatsQuery& query) override;
    TrackerResult<TrackerDiagnostic>* diagnose() override; // KinturaProbe.cpp

    // For the call objects: a paced request to `<tracker>/1.0/<path>?<query>`.
    ApiRequest* newRequest(const QString& path, const QUrlQuery& query, QObject* parent);
    // GET /1.0/campaigns?page=1&per_page=1: the cheapest published request, to prove the
    // credentials and the tracker's presence.
    ApiRequest* newAccessRequest(QObject* parent);
    QString displayHost() const;
    // Paths that answered with data through this client: a later odd reply there is a
    // problem of that reply, not a sign that the tracker lacks the path.
    void markOffered(const QString& path) { m_offered.insert(path); }
    bool isKnownOffered(const QString& path) const { return m_offered.contains(path); }
    const ApiCredentials& credentials() const { return m_credentials; }
    const ClientOptions& options() const { return m_options; }

private:
    QUrl m_trackerUrl;
    ApiCredentials m_credentials;
    ClientOptions m_options;
    QNetworkAccessManager m_manager;
    std::shared_ptr<RequestPacer> m_pacer;
    QSet<QString> m_offered;
};

} // namespace kintura
} // namespace kd
