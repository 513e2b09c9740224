#include "NumberText.h"

namespace kd {

namespace {
// How many digits an integer part needs before it is grouped at all: 4 in most locales, 5
// where the smallest group must hold 2 digits.
int groupingStart(const QLocale& locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::DefaultNumberOptions);
    return plain.toString(1000).contains(plain.groupSeparator()) ? 4 : 5;
}
} // namespace

QString groupedNumber(const QLocale& locale, double value, int decimals)
{
    // Qt's own grouping is right where the smallest group is a single digit, including the
    // Indian 12,34,567: only locales that want two digits first get regrouped here.
    if (groupingStart(locale) == 4)
        return locale.toString(value, 'f', decimals);
    QLocale bare = locale;
    bare.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = bare.toString(value, 'f', decimals);
    const QString separator = locale.groupSeparator();
    // Digits outside the Basic Multilingual Plane take two code units each: leave Qt's text.
    if (separator.isEmpty() || locale.zeroDigit().size() != 1 ||
        (locale.numberOptions() & QLocale::OmitGroupSeparator))
        return text;
    qsizetype begin = 0;
    while (begin < text.size() && !text.at(begin).isDigit())
        ++begin; // a sign
    qsizetype end = begin;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    if (end - begin < groupingStart(locale))
        return text;
    for (qsizetype at = end - 3; at > begin; at -= 3)
        text.insert(at, separator);
    return text;
}

QString groupedNumber(const QLocale& locale, qint64 value)
{
    return groupedNumber(locale, double(value), 0);
}

bool qtGroupsWrongly(const QLocale& locale)
{
    return locale.toString(1234567.0, 'f', 0) != groupedNumber(locale, 1234567.0, 0);
}

} // namespace kd
