#include "MemoryCredentialStore.h"

namespace kd {

namespace {
// Answers on the next event-loop turn, as a real keychain would: callers never see a
// callback run inside their own call.
void answer(QObject* context, CredentialStore::Callback done, CredentialResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}
} // namespace

void MemoryCredentialStore::read(const QString& integrationId, QObject* context, Callback done)
{
    CredentialResult result;
    const auto it = m_items.constFind(integrationId);
    if (m_unavailable) {
        result.status = CredentialResult::Status::Unavailable;
        result.message = QStringLiteral("The keychain is locked");
    } else if (it == m_items.constEnd())
        result.status = CredentialResult::Status::NotFound;
    else
        result.credentials = *it;
    answer(context, std::move(done), std::move(result));
}

void MemoryCredentialStore::write(const QString& integrationId, const ApiCredentials& credentials,
                                  QObject* context, Callback done)
{
    if (m_unavailable) {
        CredentialResult result;
        result.status = CredentialResult::Status::Unavailable;
        result.message = QStringLiteral("The keychain is locked");
        return answer(context, std::move(done), std::move(result));
    }
    m_items.insert(integrationId, credentials);
    answer(context, std::move(done), {});
}

void MemoryCredentialStore::remove(const QString& integrationId, QObject* context, Callback done)
{
    m_items.remove(integrationId);
    answer(context, std::move(done), {});
}

} // namespace kd
