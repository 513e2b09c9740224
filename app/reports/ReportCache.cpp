#include "ReportCache.h"

#include "BulkInsert.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCache, "kintura.cache", QtWarningMsg)

namespace kd {

namespace {
// A campaign filter makes a dataset of its own: "totals", "by_source", "totals|c=42", ...
QString datasetKey(ReportDataset d, const QString& campaignFilter)
{
    const QString base = QLatin1String(d == ReportDataset::DailyTotals ? "totals" : "by_source");
    return campaignFilter.isEmpty() ? base : base + QStringLiteral("|c=") + campaignFilter;
}
} // namespace

namespace {
// The seven measures, in the column order both stats tables use.
void readMeasures(const QSqlQuery& q, int first, StatsRow* r)
{
    r->visits = q.value(first).toLongLong();
    r->lpVisits = q.value(first + 1).toLongLong();
    r->offerVisits = q.value(first + 2).toLongLong();
    r->uniqueVisits = q.value(first + 3).toLongLong();
    r->conversions = q.value(first + 4).toLongLong();
    r->revenue = q.value(first + 5).toLongLong();
    r->cost = q.value(first + 6).toLongLong();
}

// Selects one dataset of one integration over a span of days, in that bind order.
void bindDaySpan(QSqlQuery& q, const QString& integrationId, ReportDataset dataset,
                 const QString& campaignFilter, const QDate& from, const QDate& to)
{
    q.addBindValue(integrationId);
    q.addBindValue(datasetKey(dataset, campaignFilter));
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
}

// The seven measures into columns first..first+6.
void bindMeasures(BulkInsert& insert, int first, const StatsRow& r)
{
    for (const qint64 value :
         {r.visits, r.lpVisits, r.offerVisits, r.uniqueVisits, r.conversions, r.revenue, r.cost})
        insert.bind(first++, value);
}
} // namespace

StatsGroups groupsOf(RangeDataset dataset)
{
    return dataset == RangeDataset::ByCampaign
               ? StatsGroups(StatsGroup::Campaign | StatsGroup::TrafficSource)
               : StatsGroups(StatsGroup::TrafficSource | StatsGroup::ExternalCampaign);
}

StatsGroups groupsOf(ReportDataset dataset)
{
    return dataset == ReportDataset::DailyTotals
               ? StatsGroups(StatsGroup::Date)
               : StatsGroups(StatsGroup::Date | StatsGroup::TrafficSource);
}

ReportCache::ReportCache(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("kd-cache-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

ReportCache::~ReportCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ReportCache::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql))
        return true;
    m_lastError = q.lastError().text();
    qCWarning(lcCache) << "SQL failed:" << m_lastError;
    return false;
}

bool ReportCache::open(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = tr("The report cache %1 could not be opened: %2")
                     .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    // WAL: readers never block the sync's writer; NORMAL sync is safe with WAL.
    const bool ok =
        exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
        exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
        // The window and a `kintura-desk report` from cron may write at the same moment: the
        // second waits for the first rather than failing.
        exec(QStringLiteral("PRAGMA busy_timeout=10000")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS fetched_days ("
            " integration TEXT NOT NULL, dataset TEXT NOT NULL, day INTEGER NOT NULL,"
            " fetched_at INTEGER NOT NULL, final INTEGER NOT NULL,"
            " PRIMARY KEY (integration, dataset, day)) WITHOUT ROWID")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS daily_stats ("
            " integration TEXT NOT NULL, dataset TEXT NOT NULL, day INTEGER NOT NULL,"
            " source TEXT NOT NULL, visits INTEGER, lp_visits INTEGER, offer_visits INTEGER,"
            " unique_visits INTEGER, conversions INTEGER, revenue INTEGER, cost INTEGER,"
            " PRIMARY KEY (integration, dataset, day, source)) WITHOUT ROWID")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS fetched_ranges ("
            " integration TEXT NOT NULL, dataset INTEGER NOT NULL, from_day INTEGER NOT NULL,"
            " to_day INTEGER NOT NULL, fetched_at INTEGER NOT NULL, final INTEGER NOT NULL,"
            " PRIMARY KEY (integration, dataset, from_day, to_day)) WITHOUT ROWID")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS range_stats ("
            " integration TEXT NOT NULL, dataset INTEGER NOT NULL, from_day INTEGER NOT NULL,"
            " to_day INTEGER NOT NULL, campaign TEXT NOT NULL, source TEXT NOT NULL,"
            " external TEXT NOT NULL, visits INTEGER, lp_visits INTEGER, offer_visits INTEGER,"
            " unique_visits INTEGER, conversions INTEGER, revenue INTEGER, cost INTEGER,"
            " PRIMARY KEY (integration, dataset, from_day, to_day, campaign, source, external))"
            " WITHOUT ROWID")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS campaigns ("
            " integration TEXT NOT NULL, id TEXT NOT NULL, title TEXT, source TEXT,"
            " fetched_at INTEGER NOT NULL, PRIMARY KEY (integration, id)) WITHOUT ROWID")) &&
        exec(QStringLiteral("INSERT OR IGNORE INTO meta VALUES ('schema_version', '%1')")
                 .arg(kSchemaVersion));
    if (!ok) {
        *error = tr("The report cache %1 could not be prepared: %2")
                     .arg(QDir::toNativeSeparators(m_path), m_lastError);
        return false;
    }
    QSqlQuery version(db);
    version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (version.next() && version.value(0).toInt() != kSchemaVersion) {
        *error = tr("The report cache %1 was written by another version of Kintura Desk.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

QMap<QDate, CachedDay> ReportCache::cachedDays(const QString& integrationId, ReportDataset dataset,
                                               const QDate& from, const QDate& to,
                                               const QString& campaignFilter) const
{
    QMap<QDate, CachedDay> days;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT day, fetched_at, final FROM fetched_days WHERE integration = ? "
                       "AND dataset = ? AND day BETWEEN ? AND ?"));
    bindDaySpan(q, integrationId, dataset, campaignFilter, from, to);
    if (!run(q))
        return days;
    while (q.next())
        days.insert(
            QDate::fromJulianDay(q.value(0).toLongLong()),
            {QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC), q.value(2).toBool()});
    return days;
}

bool ReportCache::begin()
{
    // IMMEDIATE takes the write lock now, waiting up to busy_timeout for another writer. A
    // deferred transaction would take it at its first write and could then fail at once
    // (SQLITE_BUSY_SNAPSHOT, no waiting) if another connection committed since it last read.
    QSqlQuery begin(QSqlDatabase::database(m_connection));
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    m_lastError = begin.lastError().text();
    return false;
}

bool ReportCache::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (db.commit())
        return true;
    m_lastError = db.lastError().text();
    return false;
}

void ReportCache::rollback()
{
    ++m_writes;
    QSqlDatabase::database(m_connection).rollback();
}

bool ReportCache::storeRange(const QString& integrationId, ReportDataset dataset,
                             const DayRange& range, const QList<StatsRow>& rows,
                             const FetchStamp& fetched, const QString& campaignFilter)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString key = datasetKey(dataset, campaignFilter);
    QSqlQuery del(db);
    del.prepare(QStringLiteral(
        "DELETE FROM daily_stats WHERE integration = ? AND dataset = ? AND day BETWEEN ? AND ?"));
    del.addBindValue(integrationId);
    del.addBindValue(key);
    del.addBindValue(range.from.toJulianDay());
    del.addBindValue(range.to.toJulianDay());
    if (!run(del))
        return false;
    BulkInsert ins(
        db, QStringLiteral(
                "INSERT OR REPLACE INTO daily_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.bind(0, integrationId);
    ins.bind(1, key);
    for (const StatsRow& r : rows) {
        if (!r.date.isValid() || r.date < range.from || r.date > range.to)
            continue; // a row outside what was asked for is not trusted
        ins.bind(2, r.date.toJulianDay());
        ins.bind(3, r.trafficSourceId); // never NULL
        bindMeasures(ins, 4, r);
        if (!ins.insert())
            return failed(ins);
    }
    BulkInsert mark(db,
                    QStringLiteral("INSERT OR REPLACE INTO fetched_days VALUES (?, ?, ?, ?, ?)"));
    mark.bind(0, integrationId);
    mark.bind(1, key);
    mark.bind(3, fetched.utc.toSecsSinceEpoch());
    for (QDate day = range.from; day <= range.to; day = day.addDays(1)) {
        mark.bind(2, day.toJulianDay());
        mark.bind(4, fetched.isFinalFor(day) ? 1 : 0);
        if (!mark.insert())
            return failed(mark);
    }
    return true;
}

QList<StatsRow> ReportCache::rows(const QString& integrationId, ReportDataset dataset,
                                  const QDate& from, const QDate& to,
                                  const QString& campaignFilter) const
{
    QList<StatsRow> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT day, source, visits, lp_visits, offer_visits, unique_visits, "
                       "conversions, revenue, cost FROM daily_stats WHERE integration = ? AND "
                       "dataset = ? AND day BETWEEN ? AND ? ORDER BY day, source"));
    bindDaySpan(q, integrationId, dataset, campaignFilter, from, to);
    if (!run(q))
        return result;
    while (q.next()) {
        StatsRow r;
        r.date = QDate::fromJulianDay(q.value(0).toLongLong());
        r.trafficSourceId = q.value(1).toString();
        readMeasures(q, 2, &r);
        result.append(r);
    }
    return result;
}

bool ReportCache::failed(const BulkInsert& insert) const
{
    m_lastError = insert.lastError();
    qCWarning(lcCache) << "SQL failed:" << m_lastError;
    return false;
}

bool ReportCache::run(QSqlQuery& query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcCache) << "SQL failed:" << m_lastError << "in" << query.lastQuery().left(80);
    return false;
}

std::optional<CachedRange> ReportCache::cachedRange(const QString& integrationId,
                                                    RangeDataset dataset,
                                                    const DayRange& range) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT fetched_at, final FROM fetched_ranges WHERE integration = ? AND "
                       "dataset = ? AND from_day = ? AND to_day = ?"));
    q.addBindValue(integrationId);
    q.addBindValue(int(dataset));
    q.addBindValue(range.from.toJulianDay());
    q.addBindValue(range.to.toJulianDay());
    if (!run(q) || !q.next())
        return std::nullopt;
    return CachedRange{QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                       q.value(1).toBool()};
}

bool ReportCache::storeRangeAggregate(const QString& integrationId, RangeDataset dataset,
                                      const DayRange& range, const QList<StatsRow>& rows,
                                      const FetchStamp& fetched)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM range_stats WHERE integration = ? AND dataset = ? AND "
                               "from_day = ? AND to_day = ?"));
    del.addBindValue(integrationId);
    del.addBindValue(int(dataset));
    del.addBindValue(range.from.toJulianDay());
    del.addBindValue(range.to.toJulianDay());
    if (!run(del))
        return false;
    BulkInsert ins(db, QStringLiteral("INSERT OR REPLACE INTO range_stats VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.bind(0, integrationId);
    ins.bind(1, qint64(dataset));
    ins.bind(2, range.from.toJulianDay());
    ins.bind(3, range.to.toJulianDay());
    for (const StatsRow& r : rows) {
        ins.bind(4, r.campaignId); // null ids are stored as ''
        ins.bind(5, r.trafficSourceId);
        ins.bind(6, r.externalCampaignId);
        bindMeasures(ins, 7, r);
        if (!ins.insert())
            return failed(ins);
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO fetched_ranges VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         QVariantList{integrationId, int(dataset), range.from.toJulianDay(), range.to.toJulianDay(),
                      fetched.utc.toSecsSinceEpoch(), fetched.isFinalFor(range.to)})
        mark.addBindValue(v);
    if (!run(mark))
        return false;
    // Ranges move with the calendar ("last 30 days"): keep only the newest few.
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral(
        "DELETE FROM range_stats WHERE integration = :i AND dataset = :d AND (from_day, to_day) IN "
        "("
        " SELECT from_day, to_day FROM fetched_ranges WHERE integration = :i AND dataset = :d"
        " ORDER BY fetched_at DESC LIMIT -1 OFFSET 12)"));
    prune.bindValue(QStringLiteral(":i"), integrationId);
    prune.bindValue(QStringLiteral(":d"), int(dataset));
    QSqlQuery pruneRanges(db);
    pruneRanges.prepare(QStringLiteral(
        "DELETE FROM fetched_ranges WHERE integration = :i AND dataset = :d AND (from_day, to_day) "
        "IN ("
        " SELECT from_day, to_day FROM fetched_ranges WHERE integration = :i AND dataset = :d"
        " ORDER BY fetched_at DESC LIMIT -1 OFFSET 12)"));
    pruneRanges.bindValue(QStringLiteral(":i"), integrationId);
    pruneRanges.bindValue(QStringLiteral(":d"), int(dataset));
    return run(prune) && run(pruneRanges);
}

QList<StatsRow> ReportCache::rangeRows(const QString& integrationId, RangeDataset dataset,
                                       const DayRange& range) const
{
    QList<StatsRow> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT campaign, source, external, visits, lp_visits, offer_visits, unique_visits, "
        "conversions, revenue, cost FROM range_stats WHERE integration = ? AND dataset = ? "
        "AND from_day = ? AND to_day = ? ORDER BY campaign, source, external"));
    q.addBindValue(integrationId);
    q.addBindValue(int(dataset));
    q.addBindValue(range.from.toJulianDay());
    q.addBindValue(range.to.toJulianDay());
    if (!run(q))
        return result;
    while (q.next()) {
        StatsRow r;
        r.campaignId = q.value(0).toString();
        r.trafficSourceId = q.value(1).toString();
        r.externalCampaignId = q.value(2).toString();
        readMeasures(q, 3, &r);
        result.append(r);
    }
    return result;
}

bool ReportCache::storeCampaigns(const QString& integrationId, const QList<Campaign>& campaigns,
                                 const QDateTime& fetchedAtUtc)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM campaigns WHERE integration = ?"));
    del.addBindValue(integrationId);
    if (!run(del))
        return false;
    ++m_writes;
    BulkInsert ins(db, QStringLiteral("INSERT OR REPLACE INTO campaigns VALUES (?, ?, ?, ?, ?)"));
    ins.bind(0, integrationId);
    ins.bind(4, fetchedAtUtc.toSecsSinceEpoch());
    for (const Campaign& c : campaigns) {
        ins.bind(1, c.id);
        ins.bind(2, c.title);
        ins.bind(3, c.trafficSourceId);
        if (!ins.insert())
            return failed(ins);
    }
    return true;
}

QDateTime ReportCache::campaignsFetchedAt(const QString& integrationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT MIN(fetched_at) FROM campaigns WHERE integration = ?"));
    q.addBindValue(integrationId);
    if (!run(q) || !q.next() || q.value(0).isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

QList<Campaign> ReportCache::campaigns(const QString& integrationId) const
{
    // Asked twice on every redraw of the Reports page, thousands of names on a large account:
    // kept while nothing was written. SQLite's data_version moves when another connection
    // (the sync's thread, another process) commits; m_writes when this one writes.
    QSqlQuery version(QSqlDatabase::database(m_connection));
    const qint64 stamp = version.exec(QStringLiteral("PRAGMA data_version")) && version.next()
                             ? version.value(0).toLongLong()
                             : -1;
    if (stamp < 0 || stamp != m_memoDataVersion || m_writes != m_memoWrites) {
        m_campaignMemo.clear();
        m_memoDataVersion = stamp;
        m_memoWrites = m_writes;
    }
    if (const auto known = m_campaignMemo.constFind(integrationId);
        stamp >= 0 && known != m_campaignMemo.constEnd())
        return *known;
    QList<Campaign> result = readCampaigns(integrationId);
    if (stamp >= 0)
        m_campaignMemo.insert(integrationId, result);
    return result;
}

QList<Campaign> ReportCache::readCampaigns(const QString& integrationId) const
{
    QList<Campaign> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, title, source FROM campaigns WHERE integration = ? ORDER BY id"));
    q.addBindValue(integrationId);
    if (!run(q))
        return result;
    while (q.next()) {
        Campaign c;
        c.id = q.value(0).toString();
        c.title = q.value(1).toString();
        c.trafficSourceId = q.value(2).toString();
        result.append(c);
    }
    return result;
}

bool ReportCache::removeIntegration(const QString& integrationId)
{
    ++m_writes;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    for (const char* table :
         {"daily_stats", "fetched_days", "range_stats", "fetched_ranges", "campaigns"}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE integration = ?").arg(QLatin1String(table)));
        q.addBindValue(integrationId);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    QSqlQuery zone(db);
    zone.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    zone.addBindValue(QStringLiteral("tz:") + integrationId);
    if (!run(zone)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool ReportCache::clear()
{
    ++m_writes;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    for (const char* table :
         {"daily_stats", "fetched_days", "range_stats", "fetched_ranges", "campaigns"}) {
        if (!exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return false;
    // Outside the transaction: VACUUM cannot run inside one.
    return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
           exec(QStringLiteral("VACUUM"));
}

QDateTime ReportCache::lastFetchedAt(const QString& integrationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT max(t) FROM (SELECT max(fetched_at) AS t FROM fetched_days WHERE integration = ?"
        " UNION ALL SELECT max(fetched_at) FROM fetched_ranges WHERE integration = ?)"));
    q.addBindValue(integrationId);
    q.addBindValue(integrationId);
    if (!run(q) || !q.next() || q.value(0).isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

qint64 ReportCache::sizeOnDisk() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

bool ReportCache::storeTrackerTimeZone(const QString& integrationId, const QString& zone)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("tz:") + integrationId);
    q.addBindValue(zone);
    return run(q);
}

QString ReportCache::trackerTimeZone(const QString& integrationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("tz:") + integrationId);
    if (!run(q) || !q.next())
        return {};
    return q.value(0).toString();
}

QString ReportCache::integrityCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace kd
