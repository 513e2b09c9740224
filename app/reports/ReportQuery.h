#pragma once

// What the Reports page and `kintura-desk report` show, read from the cache: the daily series
// and the breakdown rows for one or several integrations, a network and a campaign filter.
// Money of different currencies is never added: every row and series carries its currency.

#include "Metrics.h"
#include "ReportCache.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace kd {

// What a tracker's traffic source is: the catalog's ad network when its template came from a
// known preset, else the source itself.
struct SourceInfo
{
    QString networkKey; // the catalog key ("facebook"), or "source:<id>" for an unknown one
    QString name;       // the ad network's name, or the traffic source's title
};
QHash<QString, SourceInfo> describeSources(const QList<TrackingTemplate>& templates);
// One traffic source from those, or the source itself when no template describes it.
SourceInfo describeSource(const QHash<QString, SourceInfo>& sources,
                          const QString& trafficSourceId);

struct ReportSubject
{
    QString integrationId;
    QString integrationName;
    QString currency;
    DayRange range;
    QDate today; // the tracker's
    QHash<QString, SourceInfo> sources;
};

enum class Breakdown { Network, Campaign, Integration };

struct ReportFilter
{
    QString networkKey; // empty: all ad networks
    QString campaignId; // empty: all campaigns (an id of the one integration shown)
};

struct BreakdownRow
{
    QString key;
    QString name;
    QString currency;
    Metrics metrics;
};

struct ReportView
{
    QList<BreakdownRow> rows;
    // Per currency, per fetched day (zero where fetched and empty; absent when never fetched).
    QMap<QString, QMap<QDate, Metrics>> daily;
    QStringList currencies() const { return daily.keys(); }
};

// The daily dataset (and campaign filter) the view reads, for what the sync must fetch.
ReportDataset dailyDatasetFor(const ReportFilter& filter);

ReportView buildReport(const ReportCache& cache, const QList<ReportSubject>& subjects,
                       Breakdown breakdown, const ReportFilter& filter);

// The n rows of highest revenue of each currency, and the rest of that currency summed into
// one row named by otherName (which takes the count as %n), for bar charts.
QList<BreakdownRow> topByRevenue(const QList<BreakdownRow>& rows, int n,
                                 const std::function<QString(int)>& otherName);

} // namespace kd
