#pragma once

#include "SimServer.h"

#include <QThread>
#include <QUrl>

namespace kd::sim {

// Runs a SimServer on a thread of its own, so that the simulated tracker's work (aggregating
// years of stats) never stalls the window that talks to it. Used by --demo and the benchmarks.
class SimHost
{
public:
    SimHost(const SimConfig& config, const SimOptions& options);
    ~SimHost();
    SimHost(const SimHost&) = delete;
    SimHost& operator=(const SimHost&) = delete;

    bool isListening() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString apiKey() const { return m_apiKey; }
    QString apiSecret() const { return m_apiSecret; }

    // Runs fn(server) on the simulator's thread and returns when it is done.
    void withServer(const std::function<void(SimServer&)>& fn);

private:
    QThread m_thread;
    SimServer* m_server = nullptr; // lives on m_thread
    QUrl m_url;
    QString m_apiKey;
    QString m_apiSecret;
};

} // namespace kd::sim
