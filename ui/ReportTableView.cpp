#include "ReportTableView.h"

#include "ReportTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace kd::ui {

namespace {
QKeySequence sortKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
}

QString sortedBy(const QString& column, Qt::SortOrder order)
{
    return order == Qt::AscendingOrder
               ? ReportTableView::tr("Sorted by %1, ascending.").arg(column)
               : ReportTableView::tr("Sorted by %1, descending.").arg(column);
}

// Sorting by any column keeps the totals rows last (in currency order). The header says how
// to sort (tooltip), and which column is sorted and how (accessible description): a screen
// reader reads it with the column's name.
class TotalsLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
            return ReportTableView::sortingHowTo();
        if (orientation == Qt::Horizontal && role == Qt::AccessibleDescriptionRole)
            return section == sortColumn()
                       ? sortedBy(headerData(section, orientation, Qt::DisplayRole).toString(),
                                  sortOrder())
                       : QString();
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }

    void sort(int column, Qt::SortOrder order) override
    {
        QSortFilterProxyModel::sort(column, order);
        // The sorted column's description changed (the header's text did not).
        if (columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }

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
    , m_sortAction(new QAction(tr("&Sort by this column"), this))
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

    // The header takes no focus (as in every Qt view): the keyboard sorts from the cells, and
    // the context menu (the Menu key) offers the same with its key shown.
    m_sortAction->setObjectName(QStringLiteral("sortByColumnAction"));
    m_sortAction->setShortcut(sortKey());
    m_sortAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_sortAction, &QAction::triggered, this, &ReportTableView::sortByCurrentColumn);
    addAction(m_sortAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    // Not a tooltip on the view: every cell without its own would show it. The headers carry
    // it (the proxy above), What's This and the accessible description say it too.
    setWhatsThis(sortingHowTo());
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ReportTableView::describeSort);
    // The first column's name follows the breakdown.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ReportTableView::describeSort);
    connect(model, &QAbstractItemModel::modelReset, this, &ReportTableView::describeSort);
    describeSort();
}

QString ReportTableView::sortingHowTo()
{
    return tr("To sort by a column, click its header, or go to one of its cells and press %1. "
              "Doing it again reverses the order; the totals stay last.")
        .arg(sortKey().toString(QKeySequence::NativeText));
}

void ReportTableView::sortByCurrentColumn()
{
    QHeaderView* header = horizontalHeader();
    const int column =
        currentIndex().isValid() ? currentIndex().column() : header->sortIndicatorSection();
    if (column < 0)
        return;
    Qt::SortOrder order = Qt::AscendingOrder;
    if (header->sortIndicatorSection() == column) {
        order = header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                   : Qt::AscendingOrder;
    } else {
        // A new column starts in the order a click on its header gives: the model's initial
        // order if it has one, otherwise ascending (QHeaderView's rule).
        const QVariant initial =
            model()->headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole);
        if (initial.isValid())
            order = Qt::SortOrder(initial.toInt());
    }
    sortByColumn(column, order);
    if (currentIndex().isValid())
        scrollTo(currentIndex()); // the cell the user is on moved with its row
}

void ReportTableView::describeSort()
{
    const int column = horizontalHeader()->sortIndicatorSection();
    const QString name = model()->headerData(column, Qt::Horizontal).toString();
    setAccessibleDescription(sortedBy(name, horizontalHeader()->sortIndicatorOrder()) +
                             QLatin1Char(' ') + sortingHowTo());
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
