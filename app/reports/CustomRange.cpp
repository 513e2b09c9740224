#include "CustomRange.h"

#include <QCoreApplication>
#include <QLocale>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomRange)
};
} // namespace

QString checkRange(const QDate& from, const QDate& to, const QDate& today)
{
    const QLocale locale;
    if (!from.isValid() || !to.isValid())
        return Tr::tr("Enter both the first and the last day of the range.");
    if (to < from)
        return Tr::tr("The range ends (%1) before it starts (%2): pick a last day on or after "
                      "the first.")
            .arg(locale.toString(to, QLocale::ShortFormat),
                 locale.toString(from, QLocale::ShortFormat));
    if (today.isValid() && from > today)
        return Tr::tr("The range starts after today (%1 in the tracker's time zone): there is "
                      "no data yet.")
            .arg(locale.toString(today, QLocale::ShortFormat));
    if (from.daysTo(to) + 1 > kMaxRangeDays)
        return Tr::tr("The range is %n day(s) long; reports cover at most three years at a "
                      "time. Pick a shorter range.",
                      nullptr, int(std::min<qint64>(from.daysTo(to) + 1, 1'000'000'000)));
    return {};
}

} // namespace kd
