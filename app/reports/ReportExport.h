#pragma once

#include "Metrics.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kd {

struct NamedMetrics
{
    QString name;
    Metrics metrics;
    QString currency; // empty: the report's one currency
};

// The breakdown as CSV for spreadsheets and scripts: machine-readable numbers (no grouping,
// '.' decimals, money with 2 decimals and EPC with 4), the currency in its own column, a
// totals row last (one per currency: money of different currencies is never added). Empty cells
// where a ratio is undefined. firstColumn names the grouping column ("name", "date", "campaign",
// "network").
QByteArray breakdownCsv(const QList<NamedMetrics>& rows, const QString& currency,
                        const QString& firstColumn = QStringLiteral("name"));
// The same as a JSON array of objects (numbers as numbers, money in currency units).
QByteArray breakdownJson(const QList<NamedMetrics>& rows, const QString& currency,
                         const QString& firstColumn);

} // namespace kd
