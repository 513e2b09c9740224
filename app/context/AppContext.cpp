#include "AppContext.h"

#include "adnetworks/NetworkSetupService.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "net/ApiRequest.h"
#include "net/RequestPacer.h"
#include "reports/ReportService.h"
#include "settings/AppFolders.h"
#include "settings/Preferences.h"
#include "sim/SimHost.h"
#include "tracker/TrackerTypes.h"

#include <QTemporaryDir>
#include <QUuid>

namespace kd {

AppContext::AppContext(QString configDir, QString dataDir, CredentialStore* credentials)
    : m_configDir(std::move(configDir))
    , m_integrations(new IntegrationList(this))
    , m_credentials(credentials)
{
    m_credentials->setParent(this);
    // Every Kintura Desk process on this config folder (the window, `report` from cron, a
    // test) shares each tracker's pace: the tracker's limit is per tracker.
    RequestPacer::setSharedFolder(m_configDir + QStringLiteral("/pace"));
    m_manager = new IntegrationManager(m_integrations, m_credentials,
                                       m_configDir + QStringLiteral("/integrations.json"), this);
    m_monitor = new ConnectionMonitor(m_integrations, m_credentials, clientFactory(), this);
    m_networkSetup =
        new NetworkSetupService(m_integrations, m_credentials, clientFactory(),
                                m_configDir + QStringLiteral("/ad-networks.json"), this);
    m_reports = new ReportService(m_integrations, m_credentials, m_monitor, clientFactory(),
                                  dataDir + QStringLiteral("/report-cache.sqlite"), this);
    m_preferences = new Preferences(preferencesFile(m_configDir), this);
    m_reports->setVisitWindowDays(m_preferences->visitWindowDays());
    connect(m_preferences, &Preferences::changed, m_reports,
            [this] { m_reports->setVisitWindowDays(m_preferences->visitWindowDays()); });
}

ClientFactory AppContext::clientFactory()
{
    return [this](const Integration& integration, const ApiCredentials& credentials) {
        kintura::ClientOptions options = m_clientOptions;
        options.pinnedCertificateSha256 = integration.pinnedCertificateSha256;
        // Tests drive the real executable against the simulator faster than a real tracker
        // allows. Only ever for a tracker on this machine: a real one is always paced at its
        // published rate.
        bool ok = false;
        const double loopbackRate =
            qEnvironmentVariable("KD_LOOPBACK_REQUESTS_PER_SECOND").toDouble(&ok);
        if (ok && loopbackRate > 0 && isLoopbackHost(integration.trackerUrl.host()))
            options.requestsPerSecond = loopbackRate;
        return std::make_unique<kintura::KinturaClient>(integration.trackerUrl, credentials,
                                                        options);
    };
}

AppContext::~AppContext()
{
    // Clients talk to the simulator: stop them before the simulator goes.
    delete m_reports;
    m_reports = nullptr;
    delete m_networkSetup;
    m_networkSetup = nullptr;
    delete m_monitor;
    m_monitor = nullptr;
}

std::unique_ptr<AppContext> AppContext::createDefault()
{
    return create(configFolder(), new KeychainCredentialStore(QStringLiteral("Kintura Desk")),
                  dataFolder());
}

std::unique_ptr<AppContext> AppContext::create(const QString& configDir,
                                               CredentialStore* credentials, const QString& dataDir)
{
    std::unique_ptr<AppContext> context(
        new AppContext(configDir, dataDir.isEmpty() ? configDir : dataDir, credentials));
    // Loading is not adding: whoever shows statuses checks them all (checkAll()) when ready.
    context->m_monitor->setCheckWhenAdded(false);
    context->m_manager->load();
    context->m_monitor->setCheckWhenAdded(true);
    context->m_networkSetup->load();
    return context;
}

std::unique_ptr<AppContext> AppContext::createDemo(QString* error, bool publishedApiOnly)
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
    sim::SimOptions options;
    options.api = publishedApiOnly ? sim::SimApi::Published : sim::SimApi::Full;
    auto host = std::make_unique<sim::SimHost>(config, options);
    if (!host->isListening()) {
        *error = tr("Could not start the demo tracker on 127.0.0.1.");
        return nullptr;
    }
    auto* credentials = new MemoryCredentialStore;
    std::unique_ptr<AppContext> context(
        new AppContext(tempDir->path(), tempDir->path(), credentials));
    context->m_tempDir = std::move(tempDir);

    Integration demo;
    demo.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    demo.name = tr("Kintura - Demo");
    demo.trackerUrl = host->url();
    demo.currency = config.settings.currency;
    demo.conversionTime = config.settings.conversionTime;
    demo.timeZone = config.settings.timeZone;
    const ApiCredentials pair{host->apiKey(), host->apiSecret()};
    // A setup half done, as a user would have it on day one: Facebook connected, Taboola on
    // an old template that lacks Placement, Google and TikTok still to configure.
    QList<TrackingTemplate> templates;
    host->withServer([&templates](sim::SimServer& server) {
        for (const sim::SimTrafficSource& s : server.dataset().trafficSources())
            templates << TrackingTemplate{QString::number(s.id), s.title, s.preset, s.parameters};
    });
    context->m_networkSetup->setNetworks(demo.id,
                                         {QStringLiteral("facebook"), QStringLiteral("google"),
                                          QStringLiteral("tiktok"), QStringLiteral("taboola")});
    // A tracker without the templates endpoint: the networks are chosen, none configured.
    if (publishedApiOnly)
        templates.clear();
    for (const TrackingTemplate& t : templates) {
        const bool old = t.title.endsWith(QLatin1String("(old)"));
        const bool pick = (t.preset == QLatin1String("facebook") && !old) ||
                          (t.preset == QLatin1String("taboola") && old);
        if (pick)
            context->m_networkSetup->chooseTemplate(demo.id, t.preset, t);
    }
    context->m_sim = std::move(host);
    // Memory store and a temporary file: the same path as a real add, nothing kept.
    context->m_manager->add(demo, pair, context.get(),
                            [](const IntegrationManager::Outcome&, const QString&) {});
    return context;
}

} // namespace kd
