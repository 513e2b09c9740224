#pragma once

// The local copy of the trackers' numbers: SQLite (WAL) in the app's data folder. Each day of
// each aggregate is stored with when it was fetched and whether it can still change, so that
// syncs ask the tracker only for what is missing or open. One connection per thread: make a
// ReportCache in the thread that uses it.

#include "SyncPlanner.h"
#include "tracker/TrackerTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QSqlQuery;

namespace kd {

enum class ReportDataset {
    DailyTotals,   // group_by=date: one row a day
    DailyBySource, // group_by=date,traffic_source: one row a day and ad network
};
StatsGroups groupsOf(ReportDataset dataset);

enum class RangeDataset {
    ByCampaign,         // group_by=campaign,traffic_source over a whole range
    ByExternalCampaign, // group_by=traffic_source,external_campaign over a whole range
};
StatsGroups groupsOf(RangeDataset dataset);

class ReportCache
{
    Q_DECLARE_TR_FUNCTIONS(ReportCache)
public:
    static constexpr int kSchemaVersion = 1;

    explicit ReportCache(QString path);
    ~ReportCache();
    ReportCache(const ReportCache&) = delete;
    ReportCache& operator=(const ReportCache&) = delete;

    // Opens (and creates or upgrades) the database. False with a sentence for the user.
    bool open(QString* error);
    QString path() const { return m_path; }

    // campaignFilter: the dataset restricted to one campaign (kept apart from the unfiltered).
    QMap<QDate, CachedDay> cachedDays(const QString& integrationId, ReportDataset dataset,
                                      const QDate& from, const QDate& to,
                                      const QString& campaignFilter = {}) const;

    // A sync writes between begin() and commit(); rollback() leaves the cache as it was.
    bool begin();
    bool commit();
    void rollback();
    // Replaces the range's rows of the dataset with `rows` and marks its days as fetched.
    bool storeRange(const QString& integrationId, ReportDataset dataset, const DayRange& range,
                    const QList<StatsRow>& rows, const FetchStamp& fetched,
                    const QString& campaignFilter = {});

    std::optional<CachedRange> cachedRange(const QString& integrationId, RangeDataset dataset,
                                           const DayRange& range) const;
    // Replaces the aggregate of exactly this range. Keeps the newest few ranges per dataset.
    bool storeRangeAggregate(const QString& integrationId, RangeDataset dataset,
                             const DayRange& range, const QList<StatsRow>& rows,
                             const FetchStamp& fetched);
    QList<StatsRow> rangeRows(const QString& integrationId, RangeDataset dataset,
                              const DayRange& range) const;

    // The tracker's campaigns (names for the breakdown), replaced as a whole.
    bool storeCampaigns(const QString& integrationId, const QList<Campaign>& campaigns,
                        const QDateTime& fetchedAtUtc);
    QDateTime campaignsFetchedAt(const QString& integrationId) const;
    QList<Campaign> campaigns(const QString& integrationId) const;

    // Rows of [from, to] ordered by day (and traffic source).
    QList<StatsRow> rows(const QString& integrationId, ReportDataset dataset, const QDate& from,
                         const QDate& to, const QString& campaignFilter = {}) const;

    // What the tracker last said about itself, for when it cannot be asked (offline start).
    bool storeTrackerTimeZone(const QString& integrationId, const QString& zone);
    QString trackerTimeZone(const QString& integrationId) const;
    // Forgets everything of an integration (it was removed).
    bool removeIntegration(const QString& integrationId);
    // Forgets every number (the next sync fetches them again) and gives the space back.
    bool clear();
    // When anything of an integration was last fetched (UTC); invalid when never.
    QDateTime lastFetchedAt(const QString& integrationId) const;
    // Bytes on disk: the database and its write-ahead log.
    qint64 sizeOnDisk() const;

    // "ok" when SQLite's integrity check passes.
    QString integrityCheck() const;
    QString lastError() const { return m_lastError; }

private:
    bool exec(const QString& sql);
    bool run(QSqlQuery& query) const;
    bool failed(const class BulkInsert& insert) const;
    QList<Campaign> readCampaigns(const QString& integrationId) const;

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
    // campaigns() kept between writes (see there).
    qint64 m_writes = 0;
    mutable qint64 m_memoWrites = -1;
    mutable qint64 m_memoDataVersion = -1;
    mutable QHash<QString, QList<Campaign>> m_campaignMemo;
};

} // namespace kd
