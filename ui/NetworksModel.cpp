#include "NetworksModel.h"

#include "StatusPresentation.h"
#include "adnetworks/NetworkSetupService.h"

namespace kd::ui {

NetworksModel::NetworksModel(NetworkSetupService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(m_service, &NetworkSetupService::changed, this, [this](const QString& id) {
        if (id == m_integrationId)
            reload();
    });
}

void NetworksModel::setIntegration(const QString& integrationId)
{
    m_integrationId = integrationId;
    reload();
}

void NetworksModel::reload()
{
    QStringList keys;
    for (const NetworkChoice& c : m_service->choices(m_integrationId))
        keys << c.networkKey;
    if (keys != m_keys) {
        beginResetModel();
        m_keys = keys;
        endResetModel();
    } else if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString NetworksModel::keyAt(int row) const
{
    return m_keys.value(row);
}

int NetworksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int NetworksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const QString key = m_keys.at(index.row());
    if (role == KeyRole)
        return key;
    const AdNetwork* network = AdNetworkCatalog::builtIn().find(key);
    if (!network)
        return {};
    const NetworkState state = m_service->state(m_integrationId, key);
    switch (index.column()) {
    case Network:
        if (role == Qt::DisplayRole)
            return network->name;
        break;
    case Status: {
        return StatusPresentation::of(state.status)
            .cell(role, role == Qt::ToolTipRole ? StatusPresentation::explain(*network, state)
                                                : QString());
    }
    case Template:
        if (role == Qt::DisplayRole) {
            if (!state.current.title.isEmpty())
                return state.current.title;
            for (const NetworkChoice& c : m_service->choices(m_integrationId)) {
                if (c.networkKey == key)
                    return c.templateTitle.isEmpty() ? tr("(none)") : c.templateTitle;
            }
        }
        break;
    case Details:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (state.status == NetworkStatus::MissingMacros)
                return tr("Missing: %1").arg(describeMissing(state.check.missing));
            if (!state.check.issues.isEmpty())
                return state.check.issues.first().message;
            if (role == Qt::ToolTipRole)
                return StatusPresentation::explain(*network, state);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant NetworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Network:
        return tr("Ad network");
    case Status:
        return tr("Status");
    case Template:
        return tr("Tracking template");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace kd::ui
