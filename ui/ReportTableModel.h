#pragma once

#include "reports/Metrics.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace kd::ui {

// The breakdown table: one row per ad network, campaign or integration, and a totals row per
// currency (revenue in different currencies is never added), with the derived metrics; money
// with its ISO currency code, numbers by locale.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Visits,
        Conversions,
        Revenue,
        Cost,
        Profit,
        Roi,
        ConversionRate,
        Epc,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IsTotalRole = Qt::UserRole + 2;

    struct Row
    {
        QString name;
        Metrics metrics;
        QString currency;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // "12.5%", "12,5 %" (German, Russian, Spanish), "%12,5" (Turkish): value is in percent.
    static QString percent(const QLocale& locale, double value, int decimals);

    // nameHeader: what the first column lists ("Ad network", "Campaign", ...).
    void setRows(const QList<Row>& rows, const QString& nameHeader);
    // The totals of one currency (zero when it has no row).
    Metrics totals(const QString& currency) const { return m_totals.value(currency); }
    // The totals rows come after the report's rows, one per currency.
    bool isTotalRow(int row) const { return row >= m_rows.size(); }
    QStringList currencies() const { return m_currencies; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
    QStringList m_currencies;
    QHash<QString, Metrics> m_totals;
    QString m_nameHeader;
    QLocale m_locale; // the default locale when the rows came: made once, not per cell
};

} // namespace kd::ui
