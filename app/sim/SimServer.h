#pragma once

#include "SimDataset.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace kd::sim {

// What the simulated tracker answers: everything docs/kintura-api.md describes (Full), or
// only what Kintura's public API page states (Published: campaigns, one campaign by id,
// routes, pagination, search, the throttle; 404 for the modelled settings, traffic sources
// and stats), so that the app can be tried as a user of such a tracker would meet it.
enum class SimApi { Full, Published };
bool simApiFromName(const QString& name, SimApi* out);

struct SimOptions
{
    double requestsPerSecond = 1.0; // 0 turns the throttle off
    QString apiKey;                 // empty: derived from the seed
    QString apiSecret;
    // The clock, fixed from the start (invalid: the real one). The generated history ends on
    // this moment's day, so a test pinned to a date sees the same account whatever day it runs.
    QDateTime fixedNow;
    SimApi api = SimApi::Full;
    // Keys renamed in every JSON reply of the API (old name -> new name): a tracker of another
    // version, for trying the probe and the worked example in docs/kintura-api.md.
    QHash<QString, QString> renamedFields = {};
};

// A fault armed for the next `count` requests of an endpoint ("settings", "traffic-sources",
// "campaigns", "stats", or "*"), applied after authentication and the throttle. The first
// armed fault that matches a request decides it.
struct SimFault
{
    QString endpoint;
    int count = 1;
    // status, html, delay, truncate, reset, invalid_json, wrong_shape, huge_body, shift_total,
    // empty, redirect; and:
    //   stall:         the headers and half the body, then nothing (the connection stays open)
    //   trickle:       the body `bytes` bytes (default 1) every `delayMs` ms (default 50)
    //   huge_stream:   `bytes` of body (default 32 MiB), chunked, without a Content-Length
    //   growing_total: X-Total-Count (and X-Total-Pages) grow by `shift` more on every hit
    //   page_count:    X-Total-Pages says `shift` pages (X-Total-Count to match), whatever
    //                  the data
    QString type;
    int status = 0;
    QByteArray retryAfter;
    QByteArray body;
    int delayMs = 0;
    qint64 bytes = 0;
    int shift = 0;
    int skip = 0; // matching requests let through untouched before the first hit
    int hits = 0; // requests this fault has hit so far (growing_total)
};

struct SimLogEntry
{
    qint64 seq = 0;
    double tMs = 0; // arrival, monotonic milliseconds since the simulator started
    QString method;
    QString endpoint;
    QString query;
    int status = 0;
    QString fault;
};

// A Kintura-compatible tracker on 127.0.0.1 for the demo, the tests and the benchmarks.
// Contract: docs/kintura-api.md. Built on QAbstractHttpServer so that faults can reach down to
// the socket (truncated bodies, resets, stalls).
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SimServer(const SimConfig& config, const SimOptions& options, QObject* parent = nullptr);
    ~SimServer() override;

    // Serve https with this certificate; call before listenLocal().
    void enableTls(const QSslCertificate& certificate, const QSslKey& key);
    // Listens on 127.0.0.1; port 0 picks a free one. Returns false when the port is taken.
    bool listenLocal(quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_options.apiKey; }
    QString apiSecret() const { return m_options.apiSecret; }
    const SimDataset& dataset() const { return *m_dataset; }
    // The account itself, to edit or delete templates in-process as /__sim/ does over HTTP.
    SimDataset& dataset() { return *m_dataset; }
    SimClock& clock() { return m_clock; }

    // The same operations the /__sim/ control endpoints offer, for in-process callers.
    void armFault(const SimFault& fault);
    void clearFaults() { m_faults.clear(); }
    void setRequestsPerSecond(double rate) { m_options.requestsPerSecond = rate; }
    SimApi api() const { return m_options.api; }
    void setSettings(const TrackerSettings& settings);
    QList<SimLogEntry> log() const { return m_log; }
    void clearLog() { m_log.clear(); }
    QJsonObject logJson() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray contentType = "application/json";
    };

    Reply handleApi(const QString& endpoint, const QHttpServerRequest& request);
    Reply handleControl(const QString& path, const QHttpServerRequest& request);
    Reply indexReply(const QJsonArray& all, const QHttpServerRequest& request);
    Reply statsReply(const QHttpServerRequest& request);
    // The published endpoints beyond the campaign list (SimPublished.cpp): one campaign by id,
    // routes. Empty status (0) when `endpoint` is none of them.
    Reply publishedReply(const QString& endpoint, const QHttpServerRequest& request);
    QJsonObject campaignRecord(const SimCampaign& campaign) const;
    void deliver(QTcpSocket* socket, Reply reply, const SimFault* fault);
    // X-Total-Count and X-Total-Pages as a moving (or lying) tracker would send them.
    void retotal(Reply* reply, const QHttpServerRequest& request, const SimFault& fault);
    bool takeFault(const QString& endpoint, SimFault* out);
    QDate today() const;
    double todayFraction() const;

    SimOptions m_options;
    SimClock m_clock;
    std::unique_ptr<SimDataset> m_dataset;
    QUrl m_baseUrl;
    bool m_tls = false;
    QElapsedTimer m_uptime;
    QHash<QString, double> m_lastAcceptedMs; // per API key
    QList<SimFault> m_faults;
    QList<SimLogEntry> m_log;
    qint64 m_seq = 0;

    // Pagination asks for the same aggregate page after page; keep the last few.
    struct CachedStats
    {
        QString key;
        QList<StatsRow> rows;
    };
    QList<CachedStats> m_statsCache;
};

QByteArray simStatsRowsJson(const QList<StatsRow>& rows, qsizetype from, qsizetype to,
                            StatsGroups groups);

} // namespace kd::sim
