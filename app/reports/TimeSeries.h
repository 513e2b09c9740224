#pragma once

// Turning days into what a chart can draw: buckets for long ranges (a point a week or a month
// rather than a thousand crowded days) and downsampling to the plot's pixel width that keeps
// the peaks (Largest-Triangle-Three-Buckets). Pure, so they are unit-tested and fuzzed.

#include "Metrics.h"
#include "SyncPlanner.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPointF>

namespace kd {

enum class Bucket { Day, Week, Month };

// Daily up to about three months, weekly up to two years, monthly beyond.
Bucket bucketFor(const DayRange& range);
// The first day of the bucket holding `day`: itself, its ISO week's Monday, its month's 1st.
QDate bucketStart(const QDate& day, Bucket bucket);

// Sums days into buckets, keyed by each bucket's first day. Only buckets with at least one
// day present appear (a never-fetched stretch stays a gap, not a zero).
QMap<QDate, Metrics> bucketize(const QMap<QDate, Metrics>& days, Bucket bucket);

// At most `threshold` points that keep the series' shape and its extremes: the first and last
// points always, and from each bucket the point forming the largest triangle with its
// neighbours. Points must be sorted by x. Below 3 or at/above the input size: the input.
QList<QPointF> downsampleLttb(const QList<QPointF>& points, int threshold);

} // namespace kd
