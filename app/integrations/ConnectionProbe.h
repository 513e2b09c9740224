#pragma once

#include "ConnectionStatus.h"
#include "tracker/ApiCredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace kd {

class TrackerApi;
class TrackerCall;

using ClientFactory =
    std::function<std::unique_ptr<TrackerApi>(const Integration&, const ApiCredentials&)>;

// One "test connection": asks the tracker for its settings with the given credentials and
// judges the answer against the integration (saved or still a draft in the form). A tracker
// that does not state its settings is judged on a published endpoint alone.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(ClientFactory makeClient, QObject* parent = nullptr);
    ~ConnectionProbe() override;

    // A probe already running is cancelled first (its result is not reported).
    void start(const Integration& integration, const ApiCredentials& credentials);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    void finished(const kd::ConnectionReport& report);

private:
    void report(TrackerApi* client, const ConnectionReport& result);

    ClientFactory m_makeClient;
    TrackerApi* m_client = nullptr; // a child while running
};

} // namespace kd
