#pragma once

#include "NetworkSetup.h"
#include "integrations/ConnectionProbe.h"

#include <QObject>
#include <QPointer>

namespace kd {

class CredentialStore;
class IntegrationList;
class TrackerApi;

// The ad-network setup of every integration: the saved choices (file in the config folder),
// the tracker's current templates, and each network's status. Refreshing re-reads the
// templates from the tracker, so a template edited or deleted in Kintura shows at once.
class NetworkSetupService : public QObject
{
    Q_OBJECT
public:
    NetworkSetupService(IntegrationList* integrations, CredentialStore* credentials,
                        ClientFactory makeClient, QString filePath, QObject* parent = nullptr);
    ~NetworkSetupService() override;

    void load(); // problems: loadProblem()
    QString loadProblem() const { return m_loadProblem; }

    QList<NetworkChoice> choices(const QString& integrationId) const;
    NetworkState state(const QString& integrationId, const QString& networkKey) const;
    QList<TrackingTemplate> templates(const QString& integrationId) const;
    bool hasTemplates(const QString& integrationId) const;
    bool isRefreshing(const QString& integrationId) const;

    // Empty string on success, else a sentence (the file could not be written).
    QString setNetworks(const QString& integrationId, const QStringList& networkKeys);
    QString chooseTemplate(const QString& integrationId, const QString& networkKey,
                           const TrackingTemplate& tmpl);

public Q_SLOTS:
    void refresh(const QString& integrationId);

Q_SIGNALS:
    void changed(const QString& integrationId); // choices, templates or states
    void refreshFailed(const QString& integrationId, const QString& message);
    // After a refresh: what changed in the tracker since the last look, one sentence each.
    void changesNoticed(const QString& integrationId, const QStringList& changes);

private:
    void evaluate(const QString& integrationId);
    QString save();
    QString commit(const NetworkChoices& before, const QString& integrationId);

    IntegrationList* m_integrations;
    CredentialStore* m_credentials;
    ClientFactory m_makeClient;
    QString m_path;
    QString m_loadProblem;
    NetworkChoices m_choices;
    QHash<QString, QList<TrackingTemplate>> m_templates;
    QHash<QString, QHash<QString, NetworkState>> m_states;
    QHash<QString, QPointer<TrackerApi>> m_refreshing; // clients while their call runs
};

} // namespace kd
