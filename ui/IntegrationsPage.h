#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kd {
class AppContext;
}

namespace kd::ui {

class IntegrationsModel;

// The list of connected trackers with their status; the details of the selected one below.
class IntegrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPage(AppContext* context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* details() const { return m_details; }

private:
    void updateDetails();

    AppContext* m_context;
    IntegrationsModel* m_model;
    QTableView* m_table;
    QLabel* m_details;
    QPushButton* m_checkAll;
};

} // namespace kd::ui
