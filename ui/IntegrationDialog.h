#pragma once

#include "integrations/Integration.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kd {
class AppContext;
class ConnectionProbe;
struct ApiCredentials;
struct ConnectionReport;
} // namespace kd

namespace kd::ui {

class ConnectionResultPanel;

// The connection form: add a tracker, or edit one. Checks every field in place, tests the
// connection against the tracker, and saves through the IntegrationManager (secrets to the
// keychain). Opened window-modal with open(); emits saved() and closes on success.
class IntegrationDialog : public QDialog
{
    Q_OBJECT
public:
    IntegrationDialog(AppContext* context, std::optional<Integration> existing,
                      QWidget* parent = nullptr);
    ~IntegrationDialog() override;

Q_SIGNALS:
    void saved(const QString& integrationId, bool isNew);

protected:
    void changeEvent(QEvent* event) override;

private:
    std::optional<Integration> collect(bool requireCredentials, ApiCredentials* credentials);
    void setFieldError(QWidget* field, QLabel* label, const QString& error);
    void testConnection();
    void save();
    void useTrackerValues(const TrackerSettings& settings);
    void normaliseUrlField();
    void setBusy(bool busy);
    void growToFit();
    QStringList otherNames() const;

    AppContext* m_context;
    std::optional<Integration> m_existing;
    QString m_pinnedCertificate;
    ConnectionProbe* m_probe;

    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_apiKey;
    QLabel* m_apiKeyError;
    QLineEdit* m_apiSecret;
    QLabel* m_apiSecretError;
    QLineEdit* m_url;
    QLabel* m_urlError;
    QLabel* m_urlNote;
    QComboBox* m_currency;
    QLabel* m_currencyError;
    QComboBox* m_timeZone;
    QLabel* m_timeZoneError;
    QRadioButton* m_visitTime;
    QRadioButton* m_postbackTime;
    QLabel* m_pinNote;
    QPushButton* m_forgetPin;
    ConnectionResultPanel* m_result;
    QLabel* m_saveError;
    QPushButton* m_test;
    QDialogButtonBox* m_buttons;
    // Whether the user picked the zone: if not, the zone the tracker states replaces the
    // default (the system's) at the next test.
    bool m_timeZoneChosen = false;
};

} // namespace kd::ui
