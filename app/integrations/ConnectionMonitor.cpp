#include "ConnectionMonitor.h"

#include "IntegrationList.h"
#include "credentials/CredentialStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMonitor, "kintura.integrations", QtWarningMsg)

namespace kd {

ConnectionMonitor::ConnectionMonitor(IntegrationList* integrations, CredentialStore* credentials,
                                     ClientFactory makeClient, QObject* parent)
    : QObject(parent)
    , m_integrations(integrations)
    , m_credentials(credentials)
    , m_makeClient(std::move(makeClient))
{
    // A new or edited integration is checked at once: its status is never stale.
    const auto checkIfWanted = [this](const QString& id) {
        if (m_checkWhenAdded)
            check(id);
    };
    connect(m_integrations, &IntegrationList::added, this, checkIfWanted);
    connect(m_integrations, &IntegrationList::changed, this, checkIfWanted);
    connect(m_integrations, &IntegrationList::removed, this, [this](const QString& id) {
        m_reports.remove(id);
        delete m_probes.take(id);
    });
}

ConnectionMonitor::~ConnectionMonitor() = default;

ConnectionReport ConnectionMonitor::report(const QString& integrationId) const
{
    return m_reports.value(integrationId);
}

void ConnectionMonitor::checkAll()
{
    for (const Integration& i : m_integrations->all())
        check(i.id);
}

void ConnectionMonitor::check(const QString& integrationId)
{
    if (m_reports.value(integrationId).status == ConnectionStatus::Checking)
        return; // one check at a time per integration
    ConnectionReport checking = m_reports.value(integrationId);
    checking.status = ConnectionStatus::Checking;
    setReport(integrationId, checking);

    m_credentials->read(integrationId, this, [this, integrationId](const CredentialResult& stored) {
        const auto integration = m_integrations->find(integrationId);
        if (!integration)
            return;
        if (!stored.ok()) {
            ConnectionReport report;
            report.checkedAt = QDateTime::currentDateTime();
            report.keychainMessage = stored.message;
            report.status = stored.status == CredentialResult::Status::NotFound
                                ? ConnectionStatus::MissingCredentials
                                : ConnectionStatus::KeychainUnavailable;
            setReport(integrationId, report);
            return;
        }
        ConnectionProbe*& probe = m_probes[integrationId];
        if (!probe) {
            probe = new ConnectionProbe(m_makeClient, this);
            connect(probe, &ConnectionProbe::finished, this,
                    [this, integrationId](const ConnectionReport& report) {
                        qCInfo(lcMonitor)
                            << "integration" << integrationId
                            << "check:" << TrackerError::kindName(report.error.kind());
                        setReport(integrationId, report);
                    });
        }
        probe->start(*integration, stored.credentials);
    });
}

void ConnectionMonitor::setReport(const QString& id, const ConnectionReport& report)
{
    m_reports.insert(id, report);
    Q_EMIT reportChanged(id);
}

} // namespace kd
