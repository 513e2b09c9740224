#pragma once

#include "integrations/ConnectionProbe.h"
#include "kintura/KinturaClient.h"

#include <QObject>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace kd {

class ConnectionMonitor;
class CredentialStore;
class IntegrationList;
class IntegrationManager;
class NetworkSetupService;
class Preferences;
class ReportService;
namespace sim {
class SimHost;
}

// Everything the windows and the command line share: the integrations, where secrets live,
// how clients are made, where files go. Built once by main(), or by a test.
class AppContext : public QObject
{
    Q_OBJECT
public:
    ~AppContext() override;

    // The user's real setup: config in the standard folders, secrets in the OS keychain.
    static std::unique_ptr<AppContext> createDefault();
    // Self-contained: an in-process simulator, secrets in memory, a throwaway config folder,
    // and a "Kintura - Demo" integration pointed at the simulator.
    // publishedApiOnly: the demo tracker offers only Kintura's public API (kintura-sim
    // --api published), as a user of such a tracker would meet it.
    static std::unique_ptr<AppContext> createDemo(QString* error, bool publishedApiOnly = false);
    // Any config folder and credential store (taken over); loads the integrations file.
    // For tests and tools.
    // The report cache goes to dataDir (the config folder when empty).
    static std::unique_ptr<AppContext>
    create(const QString& configDir, CredentialStore* credentials, const QString& dataDir = {});

    bool isDemo() const { return m_sim != nullptr; }
    QString configDir() const { return m_configDir; }
    IntegrationList* integrations() const { return m_integrations; }
    CredentialStore* credentials() const { return m_credentials; }
    ConnectionMonitor* monitor() const { return m_monitor; }
    IntegrationManager* manager() const { return m_manager; }
    NetworkSetupService* networkSetup() const { return m_networkSetup; }
    ReportService* reports() const { return m_reports; }
    Preferences* preferences() const { return m_preferences; }
    // Makes the client for an integration (its pinned certificate included).
    ClientFactory clientFactory();
    sim::SimHost* simulator() const { return m_sim.get(); }

    kintura::ClientOptions clientOptions() const { return m_clientOptions; }
    void setClientOptions(const kintura::ClientOptions& options) { m_clientOptions = options; }

private:
    AppContext(QString configDir, QString dataDir, CredentialStore* credentials);

    QString m_configDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<sim::SimHost> m_sim;
    kintura::ClientOptions m_clientOptions;
    IntegrationList* m_integrations;
    CredentialStore* m_credentials;
    IntegrationManager* m_manager;
    ConnectionMonitor* m_monitor;
    NetworkSetupService* m_networkSetup;
    ReportService* m_reports;
    Preferences* m_preferences;
};

} // namespace kd
