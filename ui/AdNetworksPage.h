#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace kd {
class AppContext;
}

namespace kd::ui {

class NetworksModel;

// The ad-network setup of one integration, as steps: 1 credentials (the connection form),
// 2 the networks and their templates, 3 the tracking parameters to paste into each network.
class AdNetworksPage : public QWidget
{
    Q_OBJECT
public:
    enum Step { Networks = 0, Parameters = 1 };

    explicit AdNetworksPage(AppContext* context, QWidget* parent = nullptr);

    // Right after an integration was saved: its setup, step 2, with a word on what to do.
    void startSetup(const QString& integrationId);
    void showStep(Step step);
    Step currentStep() const;
    QString integrationId() const;
    QTableView* table() const { return m_table; }

public Q_SLOTS:
    // What NetworkSetupService says after reading an integration's templates; shown when it is
    // the integration on the page.
    void showRefreshFailure(const QString& integrationId, const QString& message);
    void showNoticedChanges(const QString& integrationId, const QStringList& changes);
    void chooseNetworks();
    void configureSelected();
    void checkAgain();

Q_SIGNALS:
    void editIntegrationRequested(const QString& integrationId);
    void addIntegrationRequested();

private:
    void integrationsChanged();
    void integrationSelected();
    void updateSummary();
    void rebuildParameters();
    QString selectedKey() const;

    AppContext* m_context;
    NetworksModel* m_model;
    QComboBox* m_integration;
    QLabel* m_note;
    QLabel* m_changes;
    QLabel* m_noIntegrations;
    QWidget* m_setup;
    QPushButton* m_step1;
    QPushButton* m_step2;
    QPushButton* m_step3;
    QStackedWidget* m_steps;
    QTableView* m_table;
    QLabel* m_state;
    QLabel* m_unconfigured;
    QLabel* m_details;
    QPushButton* m_configure;
    QWidget* m_parameters;
    QVBoxLayout* m_parametersLayout;
};

} // namespace kd::ui
