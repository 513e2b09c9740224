#include "Metrics.h"

#include <cmath>

namespace kd {

std::optional<double> Metrics::roi() const
{
    if (cost == 0)
        return std::nullopt;
    return double(profit()) / double(cost);
}

std::optional<double> Metrics::conversionRate() const
{
    if (visits == 0)
        return std::nullopt;
    return double(conversions) / double(visits);
}

std::optional<Money> Metrics::epc() const
{
    if (visits == 0)
        return std::nullopt;
    return Money(std::llround(double(revenue) / double(visits)));
}

void Metrics::add(const StatsRow& row)
{
    visits += row.visits;
    conversions += row.conversions;
    revenue += row.revenue;
    cost += row.cost;
}

void Metrics::add(const Metrics& other)
{
    visits += other.visits;
    conversions += other.conversions;
    revenue += other.revenue;
    cost += other.cost;
}

} // namespace kd
