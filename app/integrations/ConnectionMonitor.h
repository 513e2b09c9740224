#pragma once

#include "ConnectionProbe.h"

#include <QHash>
#include <QObject>

namespace kd {

class CredentialStore;
class IntegrationList;

// Knows, for every integration, whether its tracker answers and agrees with its settings.
// Checks run asynchronously: credentials from the store, then the tracker's settings.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    ConnectionMonitor(IntegrationList* integrations, CredentialStore* credentials,
                      ClientFactory makeClient, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    ConnectionReport report(const QString& integrationId) const;
    // Records a result obtained elsewhere (the form's "Test connection" of a saved integration).
    void setReport(const QString& integrationId, const ConnectionReport& report);

public Q_SLOTS:
    void check(const QString& integrationId);
    void checkAll();
    // Whether an added or edited integration is checked at once (the window: yes; loading the
    // file, and command-line tools that ask once themselves: no).
    void setCheckWhenAdded(bool check) { m_checkWhenAdded = check; }

Q_SIGNALS:
    void reportChanged(const QString& integrationId);

private:
    IntegrationList* m_integrations;
    bool m_checkWhenAdded = true;
    CredentialStore* m_credentials;
    ClientFactory m_makeClient;
    QHash<QString, ConnectionReport> m_reports;
    QHash<QString, ConnectionProbe*> m_probes; // children
};

} // namespace kd
