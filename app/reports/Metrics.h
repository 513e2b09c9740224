#pragma once

// The derived numbers of a report row, computed one way everywhere (table, export, CLI).

#include "tracker/TrackerTypes.h"

#include <optional>

namespace kd {

struct Metrics
{
    qint64 visits = 0;
    qint64 conversions = 0;
    Money revenue = 0;
    Money cost = 0;

    Money profit() const { return revenue - cost; }
    // Undefined (nullopt) where the denominator is zero: shown as "–", never as 0 or infinity.
    std::optional<double> roi() const;            // profit / cost
    std::optional<double> conversionRate() const; // conversions / visits
    std::optional<Money> epc() const;             // revenue / visits, in money units

    void add(const StatsRow& row);
    void add(const Metrics& other);
};

} // namespace kd
