#include "RangePresets.h"

#include <QCoreApplication>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RangePresets)
};
} // namespace

DayRange presetRange(RangePreset preset, const QDate& today)
{
    switch (preset) {
    case RangePreset::Today:
        return {today, today};
    case RangePreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case RangePreset::Last7:
        return {today.addDays(-6), today};
    case RangePreset::Last14:
        return {today.addDays(-13), today};
    case RangePreset::Last30:
        return {today.addDays(-29), today};
    case RangePreset::Last90:
        return {today.addDays(-89), today};
    case RangePreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case RangePreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    }
    return {today, today};
}

QString presetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Today:
        return Tr::tr("Today");
    case RangePreset::Yesterday:
        return Tr::tr("Yesterday");
    case RangePreset::Last7:
        return Tr::tr("Last 7 days");
    case RangePreset::Last14:
        return Tr::tr("Last 14 days");
    case RangePreset::Last30:
        return Tr::tr("Last 30 days");
    case RangePreset::Last90:
        return Tr::tr("Last 90 days");
    case RangePreset::ThisMonth:
        return Tr::tr("This month");
    case RangePreset::LastMonth:
        return Tr::tr("Last month");
    }
    return {};
}

const QList<RangePreset>& allPresets()
{
    static const QList<RangePreset> presets{RangePreset::Today,     RangePreset::Yesterday,
                                            RangePreset::Last7,     RangePreset::Last14,
                                            RangePreset::Last30,    RangePreset::Last90,
                                            RangePreset::ThisMonth, RangePreset::LastMonth};
    return presets;
}

} // namespace kd
