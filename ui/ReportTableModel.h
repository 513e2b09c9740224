#pragma once

#include "reports/Metrics.h"

#include <QAbstractTableModel>
#include <QList>

namespace kd::ui {

// The breakdown table: one row per ad network (traffic source) and a totals row, with the
// derived metrics; money in the tracker's currency, numbers by locale.
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
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row>& rows, const QString& currency);
    const Metrics& totals() const { return m_totals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
    Metrics m_totals;
    QString m_currency;
};

} // namespace kd::ui
