#pragma once

// The fast path of kd::kintura::parseStats. Stats replies are the bulk of what a sync takes in,
// and QJsonDocument builds a whole tree (about 6x the input) only for FieldReader to copy the
// values out again. This reader goes over the bytes once, straight into StatsRow, for the shape
// Kintura actually sends: a bare array of flat objects, ASCII text, plain decimal numbers.
//
// It is a shortcut, never a judge: whenever it is not certain to read a reply exactly as the
// general path (QJsonDocument + FieldReader) would, it declines and the general path decides,
// with its error messages. tst_statsreader and the fuzz target stats_fast hold the two against
// each other.

#include "tracker/TrackerTypes.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kd::kintura {

// The rows of `body` when every one of them is read with certainty and passes the field rules;
// nothing otherwise (an escape, an unknown or repeated key, an exponent, non-ASCII text, a
// value the rules reject, broken JSON...).
std::optional<QList<StatsRow>> readStatsFast(QByteArrayView body, StatsGroups groups);

} // namespace kd::kintura
