#include "ReportTableView.h"

#include "ReportTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace kd::ui {

namespace {
// Sorting by any column keeps the totals rows last (in currency order).
class TotalsLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const auto* rows = static_cast<const ReportTableModel*>(sourceModel());
        const bool leftTotal = rows->isTotalRow(left.row());
        const bool rightTotal = rows->isTotalRow(right.row());
        if (leftTotal && rightTotal) {
            const bool before = left.row() < right.row();
            return sortOrder() == Qt::AscendingOrder ? before : !before;
        }
        if (leftTotal || rightTotal)
            return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};
} // namespace

ReportTableView::ReportTableView(ReportTableModel* model, QWidget* parent)
    : QTableView(parent)
{
    auto* proxy = new TotalsLastProxy(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(ReportTableModel::SortRole);
    setModel(proxy);
    setObjectName(QStringLiteral("reportTable"));
    setAccessibleName(tr("Breakdown table"));
    setSortingEnabled(true);
    sortByColumn(ReportTableModel::Revenue, Qt::DescendingOrder);
    verticalHeader()->hide();
    // Compact rows: a network list and its totals fit without scrolling.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Columns fit their contents once per new report, from the rows in view: measuring a
    // thousand campaigns on every reset took most of a preset switch (155 ms,
    // docs/performance.md).
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setResizeContentsPrecision(0);
    horizontalHeader()->setStretchLastSection(true);
}

void ReportTableView::fitColumns()
{
    resizeColumnsToContents();
    // The totals rows (last, maybe out of view) have the widest numbers: never elide them.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QAbstractItemModel* rows = model();
    for (int row = std::max(0, rows->rowCount() - 4); row < rows->rowCount(); ++row) {
        if (!rows->index(row, 0).data(ReportTableModel::IsTotalRole).toBool())
            continue;
        for (int column = 0; column < rows->columnCount(); ++column) {
            const int needed =
                metrics.horizontalAdvance(rows->index(row, column).data().toString()) + 16;
            if (columnWidth(column) < needed)
                setColumnWidth(column, needed);
        }
    }
}

} // namespace kd::ui
