#pragma once

#include <QAbstractTableModel>

namespace kd {
class ConnectionMonitor;
class IntegrationList;
} // namespace kd

namespace kd::ui {

// The integrations with their connection status, one row each.
class IntegrationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Tracker, Status, LastCheck, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    IntegrationsModel(IntegrationList* integrations, ConnectionMonitor* monitor,
                      QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reportChanged(const QString& id);

    IntegrationList* m_integrations;
    ConnectionMonitor* m_monitor;
};

} // namespace kd::ui
