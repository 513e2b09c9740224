#pragma once

#include "integrations/ConnectionStatus.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QGridLayout;

namespace kd::ui {

// The outcome of "Test connection", in place in the form: the status with its icon and
// sentence, and the one action that fixes it when there is one (use the tracker's
// settings; trust this certificate).
class ConnectionResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionResultPanel(QWidget* parent = nullptr);

    void showTesting(const QString& host);
    void showReport(const Integration& draft, const ConnectionReport& report);
    void showMessage(ConnectionStatus status, const QString& text);
    void clear();

    QString text() const;

Q_SIGNALS:
    void useTrackerValuesRequested(const kd::TrackerSettings& settings);
    void trustCertificateRequested(const QString& sha256);
    void contentChanged();

private:
    void setStatus(ConnectionStatus status, const QString& text);

    QLabel* m_icon;
    QLabel* m_text;
    QWidget* m_comparison;
    QGridLayout* m_grid;
    QPushButton* m_useTracker;
    QPushButton* m_trust;
    TrackerSettings m_trackerSettings;
    QString m_certificate;
};

} // namespace kd::ui
