#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace kd {

// Keeps credentials in this process only: the demo's store and the unit tests'. Forgets
// everything on exit; never touches the user's keychain.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString& integrationId, QObject* context, Callback done) override;
    void write(const QString& integrationId, const ApiCredentials& credentials, QObject* context,
               Callback done) override;
    void remove(const QString& integrationId, QObject* context, Callback done) override;

    // Behave like a keychain that went away or was locked (tests of what the app does then).
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, ApiCredentials> m_items;
    bool m_unavailable = false;
};

} // namespace kd
