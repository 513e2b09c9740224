#include "SimHost.h"

namespace kd::sim {

SimHost::SimHost(const SimConfig& config, const SimOptions& options)
{
    m_thread.setObjectName(QStringLiteral("kintura-sim"));
    m_thread.start();
    m_server = new SimServer(config, options);
    m_server->moveToThread(&m_thread);
    withServer([this](SimServer& server) {
        if (server.listenLocal(0))
            m_url = server.baseUrl();
        m_apiKey = server.apiKey();
        m_apiSecret = server.apiSecret();
    });
}

SimHost::~SimHost()
{
    SimServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SimHost::withServer(const std::function<void(SimServer&)>& fn)
{
    SimServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &fn] { fn(*server); }, Qt::BlockingQueuedConnection);
}

} // namespace kd::sim
