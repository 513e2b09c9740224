#include "ConnectionProbe.h"

#include "tracker/TrackerApi.h"

namespace kd {

ConnectionProbe::ConnectionProbe(ClientFactory makeClient, QObject* parent)
    : QObject(parent)
    , m_makeClient(std::move(makeClient))
{
}

ConnectionProbe::~ConnectionProbe()
{
    cancel();
}

void ConnectionProbe::start(const Integration& integration, const ApiCredentials& credentials)
{
    cancel();
    m_client = m_makeClient(integration, credentials).release();
    m_client->setParent(this);
    TrackerApi* client = m_client;
    // The settings first: on a tracker that states them, that one request proves the
    // credentials too. Otherwise the published endpoint decides (one more request).
    auto* call = client->fetchSettings();
    connect(call, &TrackerCall::finished, this, [this, call, client, integration] {
        if (m_client != client)
            return;
        using K = TrackerError::Kind;
        const TrackerError& error = call->error();
        if (error.kind() == K::NotOffered) // the adapter proved the credentials already
            return report(client, assessUnverified(error, QDateTime::currentDateTime()));
        // Refused or not understood on the modelled path alone? The published one decides.
        // Anything else (no answer, a tracker in trouble, a URL that is not a tracker) is
        // the answer, and asking again would only add to it.
        const bool askPublished = error.kind() == K::InvalidCredentials ||
                                  error.kind() == K::Forbidden || error.kind() == K::BadRequest ||
                                  error.kind() == K::MalformedResponse;
        if (!askPublished)
            return report(client, assessConnection(integration, error, call->value(),
                                                   QDateTime::currentDateTime()));
        auto* access = client->checkAccess();
        connect(access, &TrackerCall::finished, this, [this, access, client, integration, error] {
            if (m_client != client)
                return;
            const QDateTime now = QDateTime::currentDateTime();
            report(client, access->error().isOk()
                               ? assessUnverified(error, now)
                               : assessConnection(integration, access->error(), {}, now));
        });
    });
}

void ConnectionProbe::report(TrackerApi* client, const ConnectionReport& result)
{
    m_client = nullptr;
    // The call deletes itself after its handler; its client follows.
    client->deleteLater();
    Q_EMIT finished(result);
}

void ConnectionProbe::cancel()
{
    if (!m_client)
        return;
    TrackerApi* client = m_client;
    m_client = nullptr;
    delete client; // aborts its call without reporting
}

} // namespace kd
