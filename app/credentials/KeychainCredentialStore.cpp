#include "KeychainCredentialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "kintura.keychain", QtWarningMsg)

namespace kd {

namespace {

CredentialResult::Status statusOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return CredentialResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialResult::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialResult::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return CredentialResult::Status::Failed;
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 reports every Secret Service trouble as OtherError: no session bus
    // ("Could not connect", "Cannot autolaunch D-Bus"), no service ("org.freedesktop.secrets
    // was not provided"), a locked collection that cannot prompt. To the user all of these
    // mean the same: the keychain cannot be used now. job.errorString() keeps the detail.
    return CredentialResult::Status::Unavailable;
}

// Runs the job and hands its outcome to `done` on the context. Jobs delete themselves after
// finished (deleting a running job can crash inside libsecret's callback).
template <typename Job, typename Prepare, typename Finish>
void runJob(const QString& service, QObject* context, Prepare prepare, Finish finish)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    prepare(*job);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [guard, finish](QKeychain::Job* j) {
        if (guard)
            finish(*static_cast<Job*>(j));
    });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

QByteArray KeychainCredentialStore::encode(const ApiCredentials& credentials)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("api_key"), credentials.apiKey},
                                     {QStringLiteral("api_secret"), credentials.apiSecret}})
        .toJson(QJsonDocument::Compact);
}

bool KeychainCredentialStore::decode(const QByteArray& text, ApiCredentials* out)
{
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    const QJsonValue key = o.value(QStringLiteral("api_key"));
    const QJsonValue secret = o.value(QStringLiteral("api_secret"));
    if (!key.isString() || !secret.isString())
        return false;
    *out = {key.toString(), secret.toString()};
    return true;
}

void KeychainCredentialStore::read(const QString& integrationId, QObject* context, Callback done)
{
    runJob<QKeychain::ReadPasswordJob>(
        m_service, context, [&](QKeychain::ReadPasswordJob& job) { job.setKey(integrationId); },
        [done, integrationId](QKeychain::ReadPasswordJob& job) {
            CredentialResult result;
            result.status = statusOf(job);
            if (result.ok() && !decode(job.textData().toUtf8(), &result.credentials)) {
                result.status = CredentialResult::Status::Failed;
                result.message = tr("The keychain item for this integration is damaged.");
            } else if (!result.ok()) {
                result.message = job.errorString();
            }
            qCDebug(lcKeychain) << "read" << integrationId << int(result.status);
            done(result);
        });
}

void KeychainCredentialStore::write(const QString& integrationId, const ApiCredentials& credentials,
                                    QObject* context, Callback done)
{
    const QString text = QString::fromUtf8(encode(credentials));
    runJob<QKeychain::WritePasswordJob>(
        m_service, context,
        [&](QKeychain::WritePasswordJob& job) {
            job.setKey(integrationId);
            // Always text: mixing text and binary under one key leaves two items behind.
            job.setTextData(text);
        },
        [done, integrationId](QKeychain::WritePasswordJob& job) {
            CredentialResult result;
            result.status = statusOf(job);
            result.message = result.ok() ? QString() : job.errorString();
            qCInfo(lcKeychain) << "stored credentials for" << integrationId << int(result.status);
            done(result);
        });
}

void KeychainCredentialStore::remove(const QString& integrationId, QObject* context, Callback done)
{
    runJob<QKeychain::DeletePasswordJob>(
        m_service, context, [&](QKeychain::DeletePasswordJob& job) { job.setKey(integrationId); },
        [done, integrationId](QKeychain::DeletePasswordJob& job) {
            CredentialResult result;
            result.status = statusOf(job);
            // Removing what is not there leaves the keychain as wanted.
            if (result.status == CredentialResult::Status::NotFound)
                result.status = CredentialResult::Status::Ok;
            result.message = result.ok() ? QString() : job.errorString();
            qCInfo(lcKeychain) << "removed credentials for" << integrationId << int(result.status);
            done(result);
        });
}

} // namespace kd
