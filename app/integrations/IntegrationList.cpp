#include "IntegrationList.h"

namespace kd {

std::optional<Integration> IntegrationList::find(const QString& id) const
{
    for (const Integration& i : m_items) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

std::optional<Integration> IntegrationList::findByName(const QString& name) const
{
    for (const Integration& i : m_items) {
        if (i.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

void IntegrationList::add(const Integration& integration)
{
    m_items.append(integration);
    Q_EMIT added(integration.id);
}

void IntegrationList::update(const Integration& integration)
{
    for (Integration& i : m_items) {
        if (i.id == integration.id) {
            i = integration;
            Q_EMIT changed(integration.id);
            return;
        }
    }
}

void IntegrationList::remove(const QString& id)
{
    if (m_items.removeIf([&id](const Integration& i) { return i.id == id; }) > 0)
        Q_EMIT removed(id);
}

} // namespace kd
