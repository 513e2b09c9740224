#pragma once

#include "tracker/ApiCredentials.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kd {

struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored for this integration
        Unavailable, // no keychain service on this system (or it is locked and won't open)
        Denied,      // the user or the keychain refused access
        Failed,      // anything else; message says what
    };
    Status status = Status::Ok;
    QString message; // the keychain's own explanation, for "details"; never holds a secret
    ApiCredentials credentials;

    bool ok() const { return status == Status::Ok; }
};

// Where API keys and secrets are kept: the OS keychain for real use, memory for the demo and
// unit tests. Asynchronous like the keychains themselves; callbacks run on the context's
// thread and are dropped when the context dies.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult&)>;
    using QObject::QObject;

    virtual void read(const QString& integrationId, QObject* context, Callback done) = 0;
    virtual void write(const QString& integrationId, const ApiCredentials& credentials,
                       QObject* context, Callback done) = 0;
    virtual void remove(const QString& integrationId, QObject* context, Callback done) = 0;
};

} // namespace kd
