#include "NetworkSetupService.h"

#include "credentials/CredentialStore.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "storage/SafeFile.h"
#include "tracker/TrackerApi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kd {

NetworkSetupService::NetworkSetupService(IntegrationList* integrations,
                                         CredentialStore* credentials, ClientFactory makeClient,
                                         QString filePath, QObject* parent)
    : QObject(parent)
    , m_integrations(integrations)
    , m_credentials(credentials)
    , m_makeClient(std::move(makeClient))
    , m_path(std::move(filePath))
{
    connect(m_integrations, &IntegrationList::removed, this, [this](const QString& id) {
        m_templates.remove(id);
        m_states.remove(id);
        delete m_refreshing.take(id);
        if (m_choices.remove(id) > 0)
            save();
    });
}

NetworkSetupService::~NetworkSetupService() = default;

void NetworkSetupService::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    QString error;
    if (file.open(QIODevice::ReadOnly) &&
        NetworkChoicesFile::deserialise(file.readAll(), &m_choices, &error))
        return;
    if (error.isEmpty())
        error = file.errorString();
    file.close();
    m_choices.clear();
    const QString aside = keepDamagedFileAside(m_path);
    //: %1 is the reason, e.g. "it is not a Kintura Desk ad-network file of a known version"; %2 the
    //: path the file was renamed to.
    m_loadProblem = tr("The ad-network setup file could not be used (%1). It was kept as %2; "
                       "choose your networks' templates again.")
                        .arg(error, QDir::toNativeSeparators(aside.isEmpty() ? m_path : aside));
}

QString NetworkSetupService::save()
{
    return writeFileAtomically(m_path, NetworkChoicesFile::serialise(m_choices),
                               //: What is being saved, inserted as %1 into "Could not save %1: the
                               //: folder %2 could not be created." and "Could not save %1 to %2:
                               //: %3.".
                               tr("the ad-network setup"));
}

QString NetworkSetupService::commit(const NetworkChoices& before, const QString& integrationId)
{
    const QString error = save();
    if (!error.isEmpty()) {
        m_choices = before; // the file and the screen keep agreeing
        return error;
    }
    evaluate(integrationId);
    return {};
}

QList<NetworkChoice> NetworkSetupService::choices(const QString& integrationId) const
{
    return m_choices.value(integrationId);
}

NetworkState NetworkSetupService::state(const QString& integrationId,
                                        const QString& networkKey) const
{
    NetworkState s = m_states.value(integrationId).value(networkKey);
    if (isRefreshing(integrationId))
        s.status = NetworkStatus::Checking;
    return s;
}

QList<TrackingTemplate> NetworkSetupService::templates(const QString& integrationId) const
{
    return m_templates.value(integrationId);
}

bool NetworkSetupService::hasTemplates(const QString& integrationId) const
{
    return m_templates.contains(integrationId);
}

bool NetworkSetupService::isRefreshing(const QString& integrationId) const
{
    return !m_refreshing.value(integrationId).isNull();
}

QString NetworkSetupService::setNetworks(const QString& integrationId,
                                         const QStringList& networkKeys)
{
    const NetworkChoices before = m_choices;
    QList<NetworkChoice> next;
    const QList<NetworkChoice> current = m_choices.value(integrationId);
    for (const QString& key : networkKeys) {
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&](const NetworkChoice& c) { return c.networkKey == key; });
        next << (it != current.end() ? *it : NetworkChoice{key, {}, {}});
    }
    m_choices.insert(integrationId, next);
    return commit(before, integrationId);
}

QString NetworkSetupService::chooseTemplate(const QString& integrationId, const QString& networkKey,
                                            const TrackingTemplate& tmpl)
{
    const NetworkChoices before = m_choices;
    QList<NetworkChoice>& list = m_choices[integrationId];
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const NetworkChoice& c) { return c.networkKey == networkKey; });
    if (it == list.end())
        it = list.insert(list.end(), NetworkChoice{networkKey, {}, {}});
    it->templateId = tmpl.id;
    it->templateTitle = tmpl.title;
    return commit(before, integrationId);
}

void NetworkSetupService::evaluate(const QString& integrationId)
{
    QHash<QString, NetworkState>& states = m_states[integrationId];
    const bool known = m_templates.contains(integrationId);
    const QList<TrackingTemplate> templates = m_templates.value(integrationId);
    const AdNetworkCatalog& catalog = AdNetworkCatalog::builtIn();
    const QDateTime now = QDateTime::currentDateTime();
    for (const NetworkChoice& choice : m_choices.value(integrationId)) {
        const AdNetwork* network = catalog.find(choice.networkKey);
        if (!network)
            continue;
        NetworkState& s = states[choice.networkKey];
        if (s.status == NetworkStatus::TrackerError && !known)
            continue; // keep saying why there are no templates
        if (!known && !choice.templateId.isEmpty()) {
            s.status = NetworkStatus::Checking; // until the templates arrive
            continue;
        }
        s = evaluateChoice(choice, templates, *network, catalog, now);
    }
    Q_EMIT changed(integrationId);
}

void NetworkSetupService::refresh(const QString& integrationId)
{
    if (isRefreshing(integrationId))
        return;
    const auto integration = m_integrations->find(integrationId);
    if (!integration)
        return;
    m_credentials->read(integrationId, this, [this, integrationId](const CredentialResult& stored) {
        const auto integration = m_integrations->find(integrationId);
        if (!integration)
            return;
        auto fail = [this, integrationId](const TrackerError& error, const QString& message) {
            for (const NetworkChoice& c : m_choices.value(integrationId)) {
                NetworkState& s = m_states[integrationId][c.networkKey];
                s.status = NetworkStatus::TrackerError;
                s.error = error;
                s.checkedAt = QDateTime::currentDateTime();
            }
            Q_EMIT refreshFailed(integrationId, message);
            Q_EMIT changed(integrationId);
        };
        if (!stored.ok()) {
            const QString sentence = IntegrationManager::keychainSentence(
                stored, IntegrationManager::KeychainUse::Reading);
            // Said as what it is: the keychain, not a cancelled request.
            return fail(TrackerError(TrackerError::Kind::Credentials,
                                     integration->trackerUrl.host(), sentence),
                        sentence);
        }
        TrackerApi* client = m_makeClient(*integration, stored.credentials).release();
        client->setParent(this);
        m_refreshing.insert(integrationId, client);
        Q_EMIT changed(integrationId); // statuses show "checking"
        auto* call = client->fetchTemplates();
        connect(call, &TrackerCall::finished, this, [this, call, client, integrationId, fail] {
            m_refreshing.remove(integrationId);
            client->deleteLater();
            if (!call->error().isOk()) {
                m_templates.remove(integrationId);
                return fail(call->error(), call->error().message());
            }
            const QHash<QString, NetworkState> before = m_states.take(integrationId);
            m_templates.insert(integrationId, call->value());
            evaluate(integrationId);
            QStringList changes;
            if (!call->skipped().isEmpty())
                changes << skippedSentence(call->skipped(), call->recordsSeen(),
                                           //: Fills "%1 of %2 %3 could not be read".
                                           tr("tracking templates"));
            const QHash<QString, NetworkState>& after = m_states[integrationId];
            for (const NetworkChoice& c : m_choices.value(integrationId)) {
                const AdNetwork* network = AdNetworkCatalog::builtIn().find(c.networkKey);
                if (network && before.contains(c.networkKey) && after.contains(c.networkKey)) {
                    const QString change =
                        describeChange(*network, before[c.networkKey], after[c.networkKey]);
                    if (!change.isEmpty())
                        changes << change;
                }
            }
            if (!changes.isEmpty())
                Q_EMIT changesNoticed(integrationId, changes);
        });
    });
}

} // namespace kd
