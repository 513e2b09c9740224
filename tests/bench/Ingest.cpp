#include "Ingest.h"

#include "BenchCommon.h"
#include "kintura/KinturaJson.h"
#include "reports/BulkInsert.h"
#include "sim/SimServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace kd::bench {

namespace {
ReplySet paged(const QList<StatsRow>& rows, StatsGroups groups)
{
    ReplySet set;
    set.groups = groups;
    set.rows = rows.size();
    for (qsizetype i = 0; i < rows.size() || i == 0; i += kPageRows)
        set.pages << sim::simStatsRowsJson(rows, i, std::min<qsizetype>(i + kPageRows, rows.size()),
                                           groups);
    return set;
}
} // namespace

ReplySet dailyReplies(const sim::SimDataset& data, ReportDataset dataset, const DayRange& range,
                      const QDate& today, double todayFraction)
{
    const StatsGroups groups = groupsOf(dataset);
    ReplySet set =
        paged(data.stats({range.from, range.to, groups, {}, {}}, today, todayFraction), groups);
    set.daily = true;
    set.dailyDataset = dataset;
    set.range = range;
    return set;
}

ReplySet rangeReplies(const sim::SimDataset& data, RangeDataset dataset, const DayRange& range,
                      const QDate& today, double todayFraction)
{
    const StatsGroups groups = groupsOf(dataset);
    ReplySet set =
        paged(data.stats({range.from, range.to, groups, {}, {}}, today, todayFraction), groups);
    set.daily = false;
    set.rangeDataset = dataset;
    set.range = range;
    return set;
}

IngestTimes measureIngest(const QList<ReplySet>& sets, const QString& dir, int repetitions)
{
    IngestTimes t;
    for (const ReplySet& s : sets) {
        t.rows += s.rows;
        for (const QByteArray& page : s.pages)
            t.bytes += page.size();
    }
    QList<double> fromJson;
    QList<double> parse;
    QList<double> parseStore;
    QList<double> parseStoreQtSql;
    qint64 sink = 0;
    const QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
    const QDate today = fetchedAt.date();
    for (int rep = 0; rep < repetitions; ++rep) {
        qint64 start = monotonicNs();
        for (const ReplySet& s : sets) {
            for (const QByteArray& page : s.pages)
                sink += QJsonDocument::fromJson(page).array().size();
        }
        fromJson << msSince(start);

        start = monotonicNs();
        for (const ReplySet& s : sets) {
            for (const QByteArray& page : s.pages)
                sink += kintura::parseStats(page, s.groups).value.size();
        }
        parse << msSince(start);

        // Both ways of writing, the QtSql one as a comparison (BulkInsert).
        for (const bool direct : {true, false}) {
            BulkInsert::setSqliteApiAllowed(direct);
            const QString path = dir + QStringLiteral("/ingest-%1.sqlite").arg(rep);
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
            {
                ReportCache cache(path);
                QString error;
                if (!cache.open(&error))
                    qFatal("%s", qPrintable(error));
                start = monotonicNs();
                bool ok = cache.begin();
                for (const ReplySet& s : sets) {
                    QList<StatsRow> rows;
                    rows.reserve(s.rows);
                    for (const QByteArray& page : s.pages)
                        rows += kintura::parseStats(page, s.groups).value;
                    ok =
                        ok && (s.daily ? cache.storeRange(QStringLiteral("bench"), s.dailyDataset,
                                                          s.range, rows, {fetchedAt, today, {}, {}})
                                       : cache.storeRangeAggregate(QStringLiteral("bench"),
                                                                   s.rangeDataset, s.range, rows,
                                                                   {fetchedAt, today, {}, {}}));
                }
                ok = ok && cache.commit();
                (direct ? parseStore : parseStoreQtSql) << msSince(start);
                if (!ok)
                    qFatal("storing failed: %s", qPrintable(cache.lastError()));
            }
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
    }
    BulkInsert::setSqliteApiAllowed(true);
    if (sink < 0)
        std::abort(); // keeps the parsing from being optimised away
    t.fromJsonMs = median(fromJson);
    t.parseMs = median(parse);
    t.parseStoreMs = median(parseStore);
    t.parseStoreQtSqlMs = median(parseStoreQtSql);
    return t;
}

} // namespace kd::bench
