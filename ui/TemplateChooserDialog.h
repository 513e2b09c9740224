#pragma once

#include "adnetworks/NetworkSetup.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace kd {
class NetworkSetupService;
}

namespace kd::ui {

// "Configure" for one network: the templates of the integration's tracker, best matches
// first, each judged at once; the details say which parameter carries which identifier, what
// is missing, and which tokens look wrong.
class TemplateChooserDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateChooserDialog(NetworkSetupService* service, QString integrationId,
                          const AdNetwork& network, QWidget* parent = nullptr);

Q_SIGNALS:
    void chosen(const kd::TrackingTemplate& tmpl);

private:
    void fill();
    void showDetails();
    void accept() override;

    NetworkSetupService* m_service;
    QString m_integrationId;
    AdNetwork m_network;
    QList<TrackingTemplate> m_sorted;
    QListWidget* m_list;
    QLabel* m_details;
    QLabel* m_state;
    QPushButton* m_use;
    QPushButton* m_refresh;
};

} // namespace kd::ui
