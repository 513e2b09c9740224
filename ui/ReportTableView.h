#pragma once

#include <QTableView>

namespace kd::ui {

class ReportTableModel;

// The breakdown table: sortable by any column with the totals rows kept last, compact rows,
// columns fitted to each new report from the rows in view and the totals.
class ReportTableView : public QTableView
{
    Q_OBJECT
public:
    ReportTableView(ReportTableModel* model, QWidget* parent = nullptr);

    // After the model was reset: fit the columns (the user may widen them after).
    void fitColumns();
};

} // namespace kd::ui
