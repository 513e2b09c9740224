#pragma once

// Stats replies as the simulator sends them (50 rows a page), and what it costs to take them
// in: QJsonDocument::fromJson alone (the baseline), our parser (kd::kintura::parseStats), and
// our parser plus the cache's writes (ReportCache::storeRange / storeRangeAggregate in one
// transaction, as a sync does).

#include "reports/ReportCache.h"
#include "sim/SimDataset.h"

#include <QByteArray>
#include <QList>

namespace kd::bench {

struct ReplySet
{
    bool daily = true;
    ReportDataset dailyDataset = ReportDataset::DailyTotals;
    RangeDataset rangeDataset = RangeDataset::ByCampaign;
    DayRange range;
    StatsGroups groups;
    QList<QByteArray> pages;
    qsizetype rows = 0;
};
ReplySet dailyReplies(const sim::SimDataset& data, ReportDataset dataset, const DayRange& range,
                      const QDate& today, double todayFraction);
ReplySet rangeReplies(const sim::SimDataset& data, RangeDataset dataset, const DayRange& range,
                      const QDate& today, double todayFraction);

struct IngestTimes
{
    qint64 bytes = 0;
    qint64 rows = 0;
    double fromJsonMs = 0;        // QJsonDocument::fromJson on every page, nothing else
    double parseMs = 0;           // kd::kintura::parseStats on every page
    double parseStoreMs = 0;      // parseStats, then the cache's writes and the commit
    double parseStoreQtSqlMs = 0; // the same, the cache writing through QSqlQuery
};
// Medians over `repetitions`; each repetition stores into a fresh cache file in `dir`.
IngestTimes measureIngest(const QList<ReplySet>& sets, const QString& dir, int repetitions);

} // namespace kd::bench
