#pragma once

#include "ConnectionStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace kd {

class CredentialStore;
class IntegrationList;
class TrackerApi;
struct ApiCredentials;

// Knows, for every integration, whether its tracker answers and agrees with its settings.
// Checks run asynchronously: credentials from the store, then the tracker's settings.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    using ClientFactory =
        std::function<std::unique_ptr<TrackerApi>(const Integration&, const ApiCredentials&)>;

    ConnectionMonitor(IntegrationList* integrations, CredentialStore* credentials,
                      ClientFactory makeClient, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    ConnectionReport report(const QString& integrationId) const;

public Q_SLOTS:
    void check(const QString& integrationId);
    void checkAll();

Q_SIGNALS:
    void reportChanged(const QString& integrationId);

private:
    void setReport(const QString& id, const ConnectionReport& report);

    IntegrationList* m_integrations;
    CredentialStore* m_credentials;
    ClientFactory m_makeClient;
    QHash<QString, ConnectionReport> m_reports;
    QHash<QString, QPointer<TrackerApi>> m_clients; // children, alive while their check runs
};

} // namespace kd
