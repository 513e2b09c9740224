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
    auto* call = client->fetchSettings();
    connect(call, &TrackerCall::finished, this, [this, call, client, integration] {
        if (m_client != client)
            return;
        m_client = nullptr;
        // The call deletes itself after this handler; its client follows.
        client->deleteLater();
        Q_EMIT finished(assessConnection(integration, call->error(), call->value(),
                                         QDateTime::currentDateTime()));
    });
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
