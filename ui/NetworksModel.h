#pragma once

#include <QAbstractTableModel>

namespace kd {
class NetworkSetupService;
}

namespace kd::ui {

// The ad networks one integration feeds, with their status and template.
class NetworksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Network, Status, Template, Details, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit NetworksModel(NetworkSetupService* service, QObject* parent = nullptr);

    void setIntegration(const QString& integrationId);
    QString integrationId() const { return m_integrationId; }
    QString keyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();

    NetworkSetupService* m_service;
    QString m_integrationId;
    QStringList m_keys;
};

} // namespace kd::ui
