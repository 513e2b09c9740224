#include "IntegrationManager.h"

#include <QSet>

#include "IntegrationList.h"
#include "credentials/CredentialStore.h"

#include <QUuid>

namespace kd {

IntegrationManager::IntegrationManager(IntegrationList* list, CredentialStore* credentials,
                                       QString filePath, QObject* parent)
    : QObject(parent)
    , m_list(list)
    , m_credentials(credentials)
    , m_store(std::move(filePath))
{
}

void IntegrationManager::load()
{
    // Also a reload (another process may have changed the file): the list becomes what the
    // file says, touching only what differs.
    const IntegrationStore::LoadResult loaded = m_store.load();
    m_loadProblem = loaded.problem;
    QSet<QString> inFile;
    for (const Integration& i : loaded.integrations) {
        inFile.insert(i.id);
        const auto known = m_list->find(i.id);
        if (!known)
            m_list->add(i);
        else if (!(*known == i))
            m_list->update(i);
    }
    const QList<Integration> current = m_list->all(); // a copy: removing changes the list
    for (const Integration& i : current) {
        if (!inFile.contains(i.id))
            m_list->remove(i.id);
    }
}

QString IntegrationManager::keychainSentence(const CredentialResult& result, KeychainUse use)
{
    using S = CredentialResult::Status;
    if (use == KeychainUse::Reading) {
        switch (result.status) {
        case S::Ok:
            return {};
        case S::Unavailable:
            //: %1 is the keychain's own message (from the system, often in English).
            return tr("The system keychain could not be used (%1), so the API key and secret "
                      "could not be read. Unlock or start your keychain (e.g. GNOME Keyring or "
                      "KWallet) and try again; the numbers already on this computer stay "
                      "available.")
                .arg(result.message);
        case S::Denied:
            return tr("Access to the system keychain was refused, so the API key and secret "
                      "could not be read. Allow Kintura Desk to use the keychain and try again.");
        case S::NotFound:
            return tr("No API key and secret are stored for this integration.");
        case S::Failed:
            //: %1 is the keychain's own message (from the system, often in English).
            return tr("The system keychain reported a problem (%1), so the API key and secret "
                      "could not be read.")
                .arg(result.message);
        }
    }
    switch (result.status) {
    case S::Ok:
        return {};
    case S::Unavailable:
        //: %1 is the keychain's own message (from the system, often in English).
        return tr("The system keychain could not be used (%1), so nothing was saved. Kintura "
                  "Desk never stores API secrets in plain text: unlock or start your keychain "
                  "(e.g. GNOME Keyring or KWallet) and try again.")
            .arg(result.message);
    case S::Denied:
        return tr("Access to the system keychain was refused, so nothing was saved. Allow "
                  "Kintura Desk to use the keychain and try again.");
    case S::NotFound:
        return tr("No API key and secret are stored for this integration.");
    case S::Failed:
        break;
    }
    //: %1 is the keychain's own message (from the system, often in English).
    return tr("The system keychain reported a problem (%1), so nothing was saved.")
        .arg(result.message);
}

QString IntegrationManager::saveWith(const QList<Integration>& integrations)
{
    return m_store.save(integrations);
}

void IntegrationManager::add(Integration draft, const ApiCredentials& credentials, QObject* context,
                             std::function<void(const Outcome&, const QString&)> done)
{
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_credentials->write(
        draft.id, credentials, context, [this, draft, done](const CredentialResult& r) {
            if (!r.ok())
                return done({keychainSentence(r), true}, QString());
            QList<Integration> next = m_list->all();
            next.append(draft);
            const QString error = saveWith(next);
            if (!error.isEmpty()) {
                // The file refused: take the secret back out so nothing is left half-added.
                m_credentials->remove(draft.id, this, [](const CredentialResult&) {});
                return done({error}, QString());
            }
            m_list->add(draft);
            done({}, draft.id);
        });
}

void IntegrationManager::update(const Integration& integration,
                                const std::optional<ApiCredentials>& credentials, QObject* context,
                                Done done)
{
    auto commit = [this, integration, done] {
        QList<Integration> next = m_list->all();
        for (Integration& i : next) {
            if (i.id == integration.id)
                i = integration;
        }
        const QString error = saveWith(next);
        if (!error.isEmpty())
            return done({error});
        m_list->update(integration);
        done({});
    };
    if (!credentials)
        return commit();
    m_credentials->write(integration.id, *credentials, context,
                         [done, commit](const CredentialResult& r) {
                             if (!r.ok())
                                 return done({keychainSentence(r), true});
                             commit();
                         });
}

void IntegrationManager::remove(const QString& id, QObject* context, Done done)
{
    m_credentials->remove(id, context, [this, id, done](const CredentialResult& r) {
        QList<Integration> next = m_list->all();
        next.removeIf([&id](const Integration& i) { return i.id == id; });
        const QString error = saveWith(next);
        if (!error.isEmpty())
            return done({error});
        m_list->remove(id);
        // The integration is gone either way; say so if its secret could not be erased.
        //: %1 is the keychain's own message (often in English); %2 the name of the keychain
        //: item (an identifier such as 3f2a…, not the integration's name).
        done({r.ok() ? QString()
                     : tr("The integration was removed, but its API secret could not be erased "
                          "from the system keychain (%1). Remove the item named \"%2\" there by "
                          "hand.")
                           .arg(r.message, id),
              !r.ok()});
    });
}

} // namespace kd
