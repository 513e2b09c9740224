#include "ReportExport.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

QString money(Money v, int decimals)
{
    return QString::number(double(v) / double(kMoneyUnit), 'f', decimals);
}

QStringList record(const QString& name, const Metrics& m, const QString& currency)
{
    const auto roi = m.roi();
    const auto cr = m.conversionRate();
    const auto epc = m.epc();
    return {defuseSpreadsheetFormula(name),
            QString::number(m.visits),
            QString::number(m.conversions),
            money(m.revenue, 2),
            money(m.cost, 2),
            money(m.profit(), 2),
            roi ? QString::number(*roi * 100.0, 'f', 2) : QString(),
            cr ? QString::number(*cr * 100.0, 'f', 4) : QString(),
            epc ? money(*epc, 4) : QString(),
            currency};
}
} // namespace

QByteArray breakdownCsv(const QList<NamedMetrics>& rows, const QString& currency,
                        const QString& firstColumn)
{
    const QStringList header{firstColumn,
                             QStringLiteral("visits"),
                             QStringLiteral("conversions"),
                             QStringLiteral("revenue"),
                             QStringLiteral("cost"),
                             QStringLiteral("profit"),
                             QStringLiteral("roi_percent"),
                             QStringLiteral("conversion_rate_percent"),
                             QStringLiteral("epc"),
                             QStringLiteral("currency")};
    QList<QStringList> records;
    QStringList currencies; // in order of first appearance
    QHash<QString, Metrics> totals;
    for (const NamedMetrics& r : rows) {
        const QString& rowCurrency = r.currency.isEmpty() ? currency : r.currency;
        records << record(r.name, r.metrics, rowCurrency);
        if (!totals.contains(rowCurrency))
            currencies << rowCurrency;
        totals[rowCurrency].add(r.metrics);
    }
    if (currencies.isEmpty())
        currencies << currency;
    for (const QString& c : std::as_const(currencies))
        //: The last row of an exported CSV report: the sum of all rows (one per currency).
        records << record(Tr::tr("Total"), totals.value(c), c);
    return toCsv(header, records);
}

QByteArray breakdownJson(const QList<NamedMetrics>& rows, const QString& currency,
                         const QString& firstColumn)
{
    QJsonArray array;
    for (const NamedMetrics& r : rows) {
        const Metrics& m = r.metrics;
        QJsonObject o{{firstColumn, r.name},
                      {QStringLiteral("visits"), m.visits},
                      {QStringLiteral("conversions"), m.conversions},
                      {QStringLiteral("revenue"), double(m.revenue) / double(kMoneyUnit)},
                      {QStringLiteral("cost"), double(m.cost) / double(kMoneyUnit)},
                      {QStringLiteral("profit"), double(m.profit()) / double(kMoneyUnit)},
                      {QStringLiteral("currency"), r.currency.isEmpty() ? currency : r.currency}};
        // Undefined ratios are null, not 0.
        o.insert(QStringLiteral("roi_percent"),
                 m.roi() ? QJsonValue(*m.roi() * 100.0) : QJsonValue());
        o.insert(QStringLiteral("conversion_rate_percent"),
                 m.conversionRate() ? QJsonValue(*m.conversionRate() * 100.0) : QJsonValue());
        o.insert(QStringLiteral("epc"),
                 m.epc() ? QJsonValue(double(*m.epc()) / double(kMoneyUnit)) : QJsonValue());
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace kd
