#include "IntegrationsModel.h"

#include "StatusPresentation.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"

#include <QLocale>

namespace kd::ui {

IntegrationsModel::IntegrationsModel(IntegrationList* integrations, ConnectionMonitor* monitor,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_integrations(integrations)
    , m_monitor(monitor)
{
    // The list changes rarely and is short: a reset keeps the model trivially right.
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(m_integrations, &IntegrationList::added, this, reset);
    connect(m_integrations, &IntegrationList::removed, this, reset);
    connect(m_integrations, &IntegrationList::changed, this, &IntegrationsModel::reportChanged);
    connect(m_monitor, &ConnectionMonitor::reportChanged, this, &IntegrationsModel::reportChanged);
}

int IntegrationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_integrations->all().size());
}

int IntegrationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Integration& integration = m_integrations->all().at(index.row());
    if (role == IdRole)
        return integration.id;
    const ConnectionReport report = m_monitor->report(integration.id);
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return integration.name;
        break;
    case Tracker:
        if (role == Qt::DisplayRole)
            return integration.trackerUrl.toDisplayString();
        break;
    case Status: {
        return StatusPresentation::of(report.status)
            .cell(role, role == Qt::ToolTipRole ? StatusPresentation::explain(integration, report)
                                                : QString());
    }
    case LastCheck:
        if (role == Qt::DisplayRole) {
            if (report.checkedAt.isValid())
                return QLocale().toString(report.checkedAt.time(), QLocale::ShortFormat);
            //: "Last check" column of the Integrations table: this integration was never checked.
            return tr("never");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant IntegrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Integration");
    case Tracker:
        return tr("Tracker URL");
    case Status:
        return tr("Status");
    case LastCheck:
        return tr("Last check");
    default:
        return {};
    }
}

void IntegrationsModel::reportChanged(const QString& id)
{
    const auto& all = m_integrations->all();
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).id == id)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace kd::ui
