#include "ReportService.h"

#include "integrations/IntegrationInput.h"

#include "ReportSync.h"
#include "credentials/CredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "tracker/TrackerApi.h"

namespace kd {

// Lives on the sync thread: makes its own client (its own network manager) and its own cache
// connection there, and runs one ReportSync at a time.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(ClientFactory makeClient, QString cachePath)
        : m_makeClient(std::move(makeClient))
        , m_cachePath(std::move(cachePath))
    {
    }

    void run(const Integration& integration, const ApiCredentials& credentials,
             const ReportSync::Request& request)
    {
        if (!m_cache) {
            m_cache = std::make_unique<ReportCache>(m_cachePath);
            QString error;
            if (!m_cache->open(&error)) {
                m_cache.reset();
                Q_EMIT finished(integration.id,
                                TrackerError(TrackerError::Kind::LocalStorage,
                                             integration.trackerUrl.authority(), error));
                return;
            }
        }
        m_client.reset(m_makeClient(integration, credentials).release());
        m_sync = std::make_unique<ReportSync>(m_client.get(), m_cache.get(), request);
        const QString id = integration.id;
        connect(
            m_sync.get(), &ReportSync::progress, this,
            [this, id](int done, int total, int left) { Q_EMIT progress(id, done, total, left); });
        connect(m_sync.get(), &ReportSync::rowsArrived, this,
                [this, id](ReportDataset dataset, const QString& campaign,
                           const QList<StatsRow>& rows) {
                    Q_EMIT rowsArrived(id, dataset, campaign, rows);
                });
        connect(m_sync.get(), &ReportSync::notice, this,
                [this, id](const QString& sentence) { Q_EMIT notice(id, sentence); });
        connect(m_sync.get(), &ReportSync::finished, this, [this, id](const TrackerError& error) {
            Q_EMIT finished(id, error);
            // Not from inside its own signal: the sync and its client go on the next turn.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_sync.reset();
                    m_client.reset();
                },
                Qt::QueuedConnection);
        });
        m_sync->start();
    }

    void cancel()
    {
        if (m_sync)
            m_sync->cancel();
    }

    void shutDown()
    {
        m_sync.reset();
        m_client.reset();
        m_cache.reset();
    }

Q_SIGNALS:
    void progress(const QString& id, int done, int total, int secondsLeft);
    void rowsArrived(const QString& id, kd::ReportDataset dataset, const QString& campaignFilter,
                     const QList<kd::StatsRow>& rows);
    void notice(const QString& id, const QString& sentence);
    void finished(const QString& id, const kd::TrackerError& error);

private:
    ClientFactory m_makeClient;
    QString m_cachePath;
    std::unique_ptr<ReportCache> m_cache;
    std::unique_ptr<TrackerApi> m_client;
    std::unique_ptr<ReportSync> m_sync;
};

ReportService::ReportService(IntegrationList* integrations, CredentialStore* credentials,
                             ConnectionMonitor* monitor, ClientFactory makeClient,
                             QString cachePath, QObject* parent)
    : QObject(parent)
    , m_integrations(integrations)
    , m_credentials(credentials)
    , m_monitor(monitor)
    , m_makeClient(std::move(makeClient))
    , m_cachePath(std::move(cachePath))
    , m_cache(std::make_unique<ReportCache>(m_cachePath))
{
    qRegisterMetaType<kd::TrackerError>("kd::TrackerError");
    qRegisterMetaType<kd::ReportDataset>("kd::ReportDataset");
    qRegisterMetaType<QList<kd::StatsRow>>("QList<kd::StatsRow>");
    m_cacheOk = m_cache->open(&m_openError);
    m_thread.setObjectName(QStringLiteral("kintura-sync"));
    m_worker = new SyncWorker(m_makeClient, m_cachePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &ReportService::syncProgress);
    connect(m_worker, &SyncWorker::rowsArrived, this, &ReportService::rowsArrived);
    connect(m_worker, &SyncWorker::notice, this, &ReportService::syncNotice);
    connect(m_worker, &SyncWorker::finished, this,
            [this](const QString& id, const TrackerError& error) {
                m_syncing = false;
                m_syncingId.clear();
                if (m_removeAfterSync.remove(id)) {
                    if (m_cacheOk)
                        m_cache->removeIntegration(id);
                } else if (error.isOk()) {
                    m_lastSynced.insert(id, QDateTime::currentDateTime());
                }
                Q_EMIT syncFinished(id, error);
                startNext();
            });
    connect(m_integrations, &IntegrationList::removed, this, [this](const QString& id) {
        m_storedZones.remove(id);
        m_lastSynced.remove(id);
        m_queue.removeIf([&id](const Job& job) { return job.integrationId == id; });
        if (m_syncing && m_syncingId == id) {
            // Its sync would write everything it fetched at its end, after the removal: stop
            // it, and remove the rows once it has finished.
            m_removeAfterSync.insert(id);
            SyncWorker* worker = m_worker;
            QMetaObject::invokeMethod(
                worker, [worker] { worker->cancel(); }, Qt::QueuedConnection);
            return;
        }
        if (m_cacheOk)
            m_cache->removeIntegration(id);
    });
    // Remember each tracker's time zone, so that an offline start still knows its "today".
    connect(m_monitor, &ConnectionMonitor::reportChanged, this, [this](const QString& id) {
        const QString zone = m_monitor->report(id).trackerSettings.timeZone;
        if (m_cacheOk && !zone.isEmpty() && zone != storedTimeZone(id))
            m_cache->storeTrackerTimeZone(id, zone);
        if (!zone.isEmpty())
            m_storedZones.insert(id, zone);
    });
    m_thread.start();
}

ReportService::~ReportService()
{
    SyncWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QDateTime ReportService::lastSyncedAt(const QString& integrationId) const
{
    const QDateTime inSession = m_lastSynced.value(integrationId);
    if (inSession.isValid() || !m_cacheOk)
        return inSession;
    return m_cache->lastFetchedAt(integrationId).toLocalTime();
}

QString ReportService::trackerTimeZone(const QString& integrationId) const
{
    // The zone entered for the integration; else the one the tracker stated (now, or when it
    // was last checked); else this system's.
    const auto integration = m_integrations->find(integrationId);
    if (integration && !integration->timeZone.isEmpty())
        return integration->timeZone;
    QString zone = m_monitor->report(integrationId).trackerSettings.timeZone;
    if (zone.isEmpty())
        zone = storedTimeZone(integrationId);
    return zone.isEmpty() ? systemTimeZone() : zone;
}

QString ReportService::storedTimeZone(const QString& integrationId) const
{
    // Asked on every redraw of the page: the cache is read once per integration.
    const auto known = m_storedZones.constFind(integrationId);
    if (known != m_storedZones.constEnd())
        return *known;
    const QString zone = m_cacheOk ? m_cache->trackerTimeZone(integrationId) : QString();
    m_storedZones.insert(integrationId, zone);
    return zone;
}

QDate ReportService::trackerToday(const QString& integrationId) const
{
    return trackerNow(integrationId).date();
}

QDateTime ReportService::trackerNow(const QString& integrationId) const
{
    return trackerClock(trackerTimeZone(integrationId), QDateTime::currentDateTimeUtc());
}

void ReportService::sync(const QString& integrationId, const QDate& from, const QDate& to,
                         const QString& campaignFilter)
{
    enqueue({integrationId, from, to, true, campaignFilter});
}

void ReportService::syncExternalCampaigns(const QString& integrationId, const QDate& from,
                                          const QDate& to)
{
    enqueue({integrationId, from, to, false, {}});
}

void ReportService::enqueue(const Job& job)
{
    for (const Job& queued : std::as_const(m_queue)) {
        if (queued == job)
            return;
    }
    m_queue.append(job);
    if (!m_syncing)
        startNext();
}

void ReportService::startNext()
{
    while (!m_queue.isEmpty() && !m_integrations->find(m_queue.first().integrationId))
        m_queue.removeFirst();
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const Job job = m_queue.takeFirst();
    const Integration target = *m_integrations->find(job.integrationId);
    m_syncing = true;
    m_syncingId = target.id;
    Q_EMIT syncStarted(target.id);
    m_credentials->read(target.id, this, [this, target, job](const CredentialResult& stored) {
        if (m_removeAfterSync.remove(target.id)) {
            // Removed while its credentials were being read: no sync, and no rows kept.
            m_syncing = false;
            m_syncingId.clear();
            if (m_cacheOk)
                m_cache->removeIntegration(target.id);
            Q_EMIT syncFinished(target.id, TrackerError(TrackerError::Kind::Cancelled,
                                                        target.trackerUrl.authority()));
            startNext();
            return;
        }
        if (!stored.ok()) {
            m_syncing = false;
            m_syncingId.clear();
            Q_EMIT syncFinished(
                target.id,
                TrackerError(TrackerError::Kind::Credentials, target.trackerUrl.authority(),
                             IntegrationManager::keychainSentence(
                                 stored, IntegrationManager::KeychainUse::Reading)));
            startNext();
            return;
        }
        ReportSync::Request request;
        request.integrationId = target.id;
        request.from = job.from;
        request.to = job.to;
        request.setClock(trackerNow(target.id));
        request.policy.conversionTime = target.conversionTime;
        request.policy.visitWindowDays = m_visitWindowDays;
        request.campaignFilter = job.campaignFilter;
        request.rangeDatasets = {RangeDataset::ByExternalCampaign};
        if (job.full) {
            request.rangeDatasets.prepend(RangeDataset::ByCampaign);
            request.campaignNames = true;
        } else {
            request.datasets.clear();
        }
        SyncWorker* worker = m_worker;
        const ApiCredentials credentials = stored.credentials;
        QMetaObject::invokeMethod(
            worker,
            [worker, target, credentials, request] { worker->run(target, credentials, request); },
            Qt::QueuedConnection);
    });
}

QString ReportService::clearCache()
{
    if (!m_cacheOk)
        return m_openError;
    if (m_syncing || !m_queue.isEmpty())
        return tr("A sync is running: cancel it or wait for it to finish, then clear the cache.");
    if (!m_cache->clear())
        return tr("The report cache could not be cleared: %1").arg(m_cache->lastError());
    m_lastSynced.clear();
    Q_EMIT cacheCleared();
    return {};
}

void ReportService::cancel()
{
    m_queue.clear();
    SyncWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancel(); }, Qt::QueuedConnection);
}

} // namespace kd

#include "ReportService.moc"
