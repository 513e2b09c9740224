#include "TimeSeries.h"

#include <cmath>

namespace kd {

Bucket bucketFor(const DayRange& range)
{
    const int days = range.days();
    if (days <= 92)
        return Bucket::Day;
    if (days <= 731)
        return Bucket::Week;
    return Bucket::Month;
}

QDate bucketStart(const QDate& day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return day;
    case Bucket::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QMap<QDate, Metrics> bucketize(const QMap<QDate, Metrics>& days, Bucket bucket)
{
    if (bucket == Bucket::Day)
        return days;
    QMap<QDate, Metrics> buckets;
    for (auto it = days.begin(); it != days.end(); ++it)
        buckets[bucketStart(it.key(), bucket)].add(it.value());
    return buckets;
}

QList<QPointF> downsampleLttb(const QList<QPointF>& points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold < 3 || threshold >= n)
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    out.append(points.first());
    // The points between the first and the last are cut into threshold - 2 buckets; each gives
    // the point making the largest triangle with the point kept before and the next bucket's
    // average.
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype kept = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        const auto begin = qsizetype(std::floor(bucket * every)) + 1;
        const auto end = std::min(n - 1, qsizetype(std::floor((bucket + 1) * every)) + 1);
        const auto nextBegin = end;
        const auto nextEnd = std::min(n, qsizetype(std::floor((bucket + 2) * every)) + 1);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = nextBegin; i < nextEnd; ++i) {
            avgX += points[i].x();
            avgY += points[i].y();
        }
        const auto count = double(std::max<qsizetype>(1, nextEnd - nextBegin));
        avgX /= count;
        avgY /= count;
        const QPointF& a = points[kept];
        double largest = -1;
        qsizetype chosen = begin;
        for (qsizetype i = begin; i < end; ++i) {
            const double area = std::abs((a.x() - avgX) * (points[i].y() - a.y()) -
                                         (a.x() - points[i].x()) * (avgY - a.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        out.append(points[chosen]);
        kept = chosen;
    }
    out.append(points.last());
    return out;
}

} // namespace kd
