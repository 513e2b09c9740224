#pragma once

#include "ReportCache.h"
#include "integrations/ConnectionProbe.h"
#include "tracker/TrackerError.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>

namespace kd {

class ConnectionMonitor;
class CredentialStore;
class IntegrationList;
class SyncWorker;

// Reports for the window: syncs run on a thread of their own (network, parsing and SQLite
// writes never hold up the window), while the window reads the cache through its own
// connection. One sync at a time.
class ReportService : public QObject
{
    Q_OBJECT
public:
    ReportService(IntegrationList* integrations, CredentialStore* credentials,
                  ConnectionMonitor* monitor, ClientFactory makeClient, QString cachePath,
                  QObject* parent = nullptr);
    ~ReportService() override;

    // The main thread's view of the cache (nullptr when it could not be opened: openError()).
    ReportCache* cache() const { return m_cacheOk ? m_cache.get() : nullptr; }
    QString openError() const { return m_openError; }

    // Everything the Reports page shows for one integration over [from, to].
    // campaignFilter: the daily chart of one campaign rather than of all.
    void sync(const QString& integrationId, const QDate& from, const QDate& to,
              const QString& campaignFilter = {});
    // Only what the one-tracker-per-campaign check needs (visits by the ad network's campaign),
    // queued behind the syncs already asked for.
    void syncExternalCampaigns(const QString& integrationId, const QDate& from, const QDate& to);
    void cancel();
    // Empties the cache (not while a sync runs). Empty on success, else a sentence.
    QString clearCache();
    bool isSyncing() const { return m_syncing; }
    // When the cache last got numbers of an integration, in this session or an earlier one
    // (local time); invalid when never.
    QDateTime lastSyncedAt(const QString& integrationId) const;
    // The tracker's "today", from its time zone as the last connection check reported it
    // (kept in the cache, so an offline start still uses it; UTC when never known).
    QDate trackerToday(const QString& integrationId) const;
    // The tracker's wall clock now (its time zone, UTC when never known).
    QDateTime trackerNow(const QString& integrationId) const;
    QString trackerTimeZone(const QString& integrationId) const;

    int visitWindowDays() const { return m_visitWindowDays; }
    void setVisitWindowDays(int days) { m_visitWindowDays = days; }

Q_SIGNALS:
    void syncStarted(const QString& integrationId);
    void syncProgress(const QString& integrationId, int done, int total, int secondsLeft);
    // A page of daily rows as it arrives, before the sync commits (charts fill while syncing).
    void rowsArrived(const QString& integrationId, kd::ReportDataset dataset,
                     const QString& campaignFilter, const QList<kd::StatsRow>& rows);
    // Something the user should know that did not stop the sync, one sentence (e.g. campaign
    // records the tracker sent that could not be read).
    void syncNotice(const QString& integrationId, const QString& sentence);
    void syncFinished(const QString& integrationId, const kd::TrackerError& error);
    // The queue is empty again.
    void idle();
    // The cache was emptied: what is shown from it is gone.
    void cacheCleared();

private:
    IntegrationList* m_integrations;
    CredentialStore* m_credentials;
    ConnectionMonitor* m_monitor;
    ClientFactory m_makeClient;
    QString m_cachePath;
    std::unique_ptr<ReportCache> m_cache;
    bool m_cacheOk = false;
    QString m_openError;
    QThread m_thread;
    SyncWorker* m_worker = nullptr; // lives on m_thread
    struct Job
    {
        QString integrationId;
        QDate from;
        QDate to;
        bool full = true;
        QString campaignFilter;
        friend bool operator==(const Job&, const Job&) = default;
    };
    void enqueue(const Job& job);
    void startNext();

    QList<Job> m_queue;
    bool m_syncing = false;
    QString m_syncingId;
    // Removed while its sync ran: its rows go once the sync is over (a sync writes at its end).
    QSet<QString> m_removeAfterSync;
    int m_visitWindowDays = 7;
    QHash<QString, QDateTime> m_lastSynced;
    // Each integration's time zone as the cache keeps it (read once, then kept in step).
    QString storedTimeZone(const QString& integrationId) const;
    mutable QHash<QString, QString> m_storedZones;
};

} // namespace kd
