#include "TrackerTypes.h"

#include <QTimeZone>

#include <array>
#include <utility>

namespace kd {

namespace {
constexpr std::array<std::pair<CostModel, const char*>, 6> kCostModels{{
    {CostModel::None, "none"},
    {CostModel::Cpc, "cpc"},
    {CostModel::Cpa, "cpa"},
    {CostModel::Auto, "auto"},
    {CostModel::Cpm, "cpm"},
    {CostModel::RevShare, "rev"},
}};
} // namespace

QDateTime trackerClock(const QString& timeZone, const QDateTime& utc)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
}

QString conversionTimeKey(ConversionTime time)
{
    return time == ConversionTime::Postback ? QStringLiteral("postback") : QStringLiteral("visit");
}

bool conversionTimeFromKey(const QString& key, ConversionTime* out)
{
    if (key == QLatin1String("visit")) {
        *out = ConversionTime::Visit;
        return true;
    }
    if (key == QLatin1String("postback")) {
        *out = ConversionTime::Postback;
        return true;
    }
    return false;
}

QString costModelKey(CostModel model)
{
    for (const auto& [value, key] : kCostModels) {
        if (value == model)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("none");
}

bool costModelFromKey(const QString& key, CostModel* out)
{
    for (const auto& [value, name] : kCostModels) {
        if (key == QLatin1String(name)) {
            *out = value;
            return true;
        }
    }
    return false;
}

} // namespace kd
