#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kd {
class AppContext;
}

namespace kd::ui {

class DiagnosticCopy;
class IntegrationsModel;

// The connected trackers with their status: add, edit, test, remove; the details of the
// selected one below the list.
class IntegrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPage(AppContext* context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* details() const { return m_details; }
    // Shown above the list when the integrations file could not be used.
    void showProblem(const QString& text);

public Q_SLOTS:
    void addIntegration();
    void editSelected();
    void editIntegration(const QString& id);
    void testSelected();
    void removeSelected();
    void copyDiagnostic();

Q_SIGNALS:
    void integrationSaved(const QString& id, bool isNew);

private:
    QString selectedId() const;
    void updateDetails();
    void updateButtons();

    AppContext* m_context;
    IntegrationsModel* m_model;
    QLabel* m_problem;
    QTableView* m_table;
    QLabel* m_details;
    QLabel* m_actionMessage;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_test;
    QPushButton* m_remove;
    QPushButton* m_checkAll;
    QPushButton* m_diagnose;
    DiagnosticCopy* m_diagnostic;
};

} // namespace kd::ui
