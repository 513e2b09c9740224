#pragma once

#include <QLocale>
#include <QString>

namespace kd {

// A number as the locale writes it, with its digit groups right. Qt 6.4 applies a locale's
// "minimum grouping digits" (2 in Spanish: 9379, but 12.694) to the leading group of every
// number, so it writes 2258.373 for 2.258.373; for those locales this groups the integer part
// itself, in threes. Elsewhere (Indian 12,34,567 included) it is Qt's own text.
QString groupedNumber(const QLocale& locale, double value, int decimals);
QString groupedNumber(const QLocale& locale, qint64 value);

// Whether the locale's own toString groups large numbers wrongly (see above): then charts,
// which format through Qt, are better without group separators than with wrong ones.
bool qtGroupsWrongly(const QLocale& locale);

} // namespace kd
