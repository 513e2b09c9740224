#pragma once

#include "CredentialStore.h"

namespace kd {

// Credentials in the operating system's keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). One text item per integration, under
// the service name and the integration's id. There is no plain-text fallback: without a
// keychain the store says so and writes nothing.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service, QObject* parent = nullptr);

    void read(const QString& integrationId, QObject* context, Callback done) override;
    void write(const QString& integrationId, const ApiCredentials& credentials, QObject* context,
               Callback done) override;
    void remove(const QString& integrationId, QObject* context, Callback done) override;

    QString service() const { return m_service; }

    // The keychain item's text for a pair, and back. Exposed for tests.
    static QByteArray encode(const ApiCredentials& credentials);
    static bool decode(const QByteArray& text, ApiCredentials* out);

private:
    QString m_service;
};

} // namespace kd
