#pragma once

// What to ask the tracker for, so that the cache covers a date range: only days never fetched,
// days fetched while they could still change, and the days that can still change now. Pure:
// what the cache holds and the clock in, day ranges out. At one request a second, every page
// not asked for is a second the user does not wait.

#include "tracker/TrackerTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace kd {

struct CachedDay
{
    QDateTime fetchedAt; // UTC
    bool final = false;  // fetched when the day could no longer change
};

struct SyncPolicy
{
    ConversionTime conversionTime = ConversionTime::Visit;
    // Visit time: late conversions keep landing on the click's day for about a week.
    int visitWindowDays = 7;
    // An open day fetched this recently is not asked for again.
    int openRefreshSeconds = 300;
    // On a day's last open day, from this hour of the tracker's clock on, what is fetched is
    // final: the night's late postbacks and reprocessing have landed by then. Without it, each
    // day leaving the open window would be fetched once more the next day for nothing.
    int settleHour = 3;
};

struct DayRange
{
    QDate from;
    QDate to; // inclusive
    int days() const { return int(from.daysTo(to)) + 1; }
    friend bool operator==(const DayRange&, const DayRange&) = default;
};

// The first day that can still change on `today` (in the tracker's time zone): with postback
// time only today and yesterday (across the tracker's midnight); with visit time the window.
QDate firstOpenDay(const QDate& today, const SyncPolicy& policy);

// The last day on which `day` can still change (postback: the next day; visit: the window's).
QDate lastOpenDay(const QDate& day, const SyncPolicy& policy);

// Whether data for `day` fetched on the tracker's clock at `fetchedTrackerDate` and
// `fetchedTrackerTime` is final: fetched after its last open day, or on it once settled. An
// invalid time counts as the start of the day.
bool isFinal(const QDate& day, const QDate& fetchedTrackerDate, const QTime& fetchedTrackerTime,
             const SyncPolicy& policy);

// When a reply was fetched, on both clocks, and under which rules: what makes it final.
struct FetchStamp
{
    QDateTime utc;     // kept as "fetched at"
    QDate trackerDate; // the tracker's wall clock at that moment
    QTime trackerTime;
    SyncPolicy policy;
    bool isFinalFor(const QDate& day) const
    {
        return isFinal(day, trackerDate, trackerTime, policy);
    }
};

// The days of [from, to] to fetch, merged into as few ranges as possible. Days after today
// are never asked for.
QList<DayRange> planSync(const QDate& from, const QDate& to, const QDate& today,
                         const QDateTime& nowUtc, const QMap<QDate, CachedDay>& cached,
                         const SyncPolicy& policy);

// Aggregates over a whole range (by campaign, by the ad network's campaign) do not add up
// across days, so they are kept per exact range: fetched when missing, when the range closed
// since it was fetched (once, for the final numbers), and when it is open and stale.
struct CachedRange
{
    QDateTime fetchedAt; // UTC
    bool final = false;
};
bool rangeNeedsFetch(const std::optional<CachedRange>& cached, const DayRange& range,
                     const QDate& today, const QDateTime& nowUtc, const SyncPolicy& policy);

} // namespace kd
