#include "SyncPlanner.h"

#include <algorithm>

namespace kd {

namespace {
int openDays(const SyncPolicy& policy)
{
    return policy.conversionTime == ConversionTime::Postback ? 2
                                                             : std::max(1, policy.visitWindowDays);
}
} // namespace

QDate firstOpenDay(const QDate& today, const SyncPolicy& policy)
{
    return today.addDays(1 - openDays(policy));
}

QDate lastOpenDay(const QDate& day, const SyncPolicy& policy)
{
    return day.addDays(openDays(policy) - 1);
}

bool isFinal(const QDate& day, const QDate& fetchedTrackerDate, const QTime& fetchedTrackerTime,
             const SyncPolicy& policy)
{
    const QDate last = lastOpenDay(day, policy);
    if (fetchedTrackerDate != last)
        return fetchedTrackerDate > last;
    return fetchedTrackerTime.isValid() && fetchedTrackerTime.hour() >= policy.settleHour;
}

QList<DayRange> planSync(const QDate& from, const QDate& to, const QDate& today,
                         const QDateTime& nowUtc, const QMap<QDate, CachedDay>& cached,
                         const SyncPolicy& policy)
{
    QList<DayRange> plan;
    if (!from.isValid() || !to.isValid() || from > to)
        return plan;
    const QDate last = std::min(to, today);
    const QDate open = firstOpenDay(today, policy);
    for (QDate day = from; day <= last; day = day.addDays(1)) {
        const auto it = cached.constFind(day);
        bool needed = true;
        if (it != cached.constEnd()) {
            if (it->final)
                needed = false; // closed and complete: never fetched twice
            else if (day >= open)
                needed = it->fetchedAt.secsTo(nowUtc) >= policy.openRefreshSeconds;
            // else: fetched while open, now closed: once more for the final numbers
        }
        if (!needed)
            continue;
        if (!plan.isEmpty() && plan.last().to.addDays(1) == day)
            plan.last().to = day;
        else
            plan.append({day, day});
    }
    // Gaps of cached days stay gaps: a closed day is never fetched twice, even when bridging
    // the gap would save a request.
    return plan;
}

bool rangeNeedsFetch(const std::optional<CachedRange>& cached, const DayRange& range,
                     const QDate& today, const QDateTime& nowUtc, const SyncPolicy& policy)
{
    if (!cached)
        return true;
    if (cached->final)
        return false;
    if (range.to < firstOpenDay(today, policy))
        return true; // closed since it was fetched: once more, for the final numbers
    return cached->fetchedAt.secsTo(nowUtc) >= policy.openRefreshSeconds;
}

} // namespace kd
