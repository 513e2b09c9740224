#pragma once

#include <QTableView>

class QAction;

namespace kd::ui {

class ReportTableModel;

// The breakdown table: sortable by any column with the totals rows kept last, compact rows,
// columns fitted to each new report from the rows in view and the totals. The header takes no
// focus, so the keyboard sorts from the cells: Ctrl+Shift+S (also in the context menu) sorts by
// the current cell's column, and again reverses the order. The sort is in the table's
// accessible description and in the sorted column header's.
class ReportTableView : public QTableView
{
    Q_OBJECT
public:
    ReportTableView(ReportTableModel* model, QWidget* parent = nullptr);

    // After the model was reset: fit the columns (the user may widen them after).
    void fitColumns();
    // Sorts by the current cell's column: as a click on its header does (the order reversed
    // when it is sorted by that column already).
    void sortByCurrentColumn();
    QAction* sortAction() const { return m_sortAction; }

    // How to sort, by mouse and by keyboard, for tooltips and descriptions.
    static QString sortingHowTo();

private:
    void describeSort();

    QAction* m_sortAction;
};

} // namespace kd::ui
