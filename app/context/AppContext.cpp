#include "AppContext.h"

#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "sim/SimHost.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

namespace kd {

AppContext::AppContext(QString configDir, CredentialStore* credentials)
    : m_configDir(std::move(configDir))
    , m_integrations(new IntegrationList(this))
    , m_credentials(credentials)
{
    m_credentials->setParent(this);
    m_monitor = new ConnectionMonitor(
        m_integrations, m_credentials,
        [this](const Integration& integration, const ApiCredentials& credentials) {
            return std::make_unique<kintura::KinturaClient>(integration.trackerUrl, credentials,
                                                            m_clientOptions);
        },
        this);
}

AppContext::~AppContext()
{
    // Clients talk to the simulator: stop them before the simulator goes.
    delete m_monitor;
    m_monitor = nullptr;
}

std::unique_ptr<AppContext> AppContext::createDefault()
{
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::unique_ptr<AppContext>(
        new AppContext(configDir, new KeychainCredentialStore(QStringLiteral("Kintura Desk"))));
}

std::unique_ptr<AppContext> AppContext::createDemo(QString* error)
{
    auto tempDir = std::make_unique<QTemporaryDir>();
    if (!tempDir->isValid()) {
        *error =
            tr("Could not create a temporary folder for the demo: %1").arg(tempDir->errorString());
        return nullptr;
    }
    sim::SimConfig config;
    config.seed = 42;
    config.size = sim::SimSize::Typical;
    auto host = std::make_unique<sim::SimHost>(config, sim::SimOptions{});
    if (!host->isListening()) {
        *error = tr("Could not start the demo tracker on 127.0.0.1.");
        return nullptr;
    }
    auto* credentials = new MemoryCredentialStore;
    std::unique_ptr<AppContext> context(new AppContext(tempDir->path(), credentials));
    context->m_tempDir = std::move(tempDir);

    Integration demo;
    demo.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    demo.name = tr("Kintura - Demo");
    demo.trackerUrl = host->url();
    demo.currency = config.settings.currency;
    demo.conversionTime = config.settings.conversionTime;
    credentials->write(demo.id, {host->apiKey(), host->apiSecret()}, context.get(),
                       [](const CredentialResult&) {});
    context->m_sim = std::move(host);
    context->m_integrations->add(demo);
    return context;
}

} // namespace kd
