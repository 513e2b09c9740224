#pragma once

#include "Integration.h"

#include <QList>
#include <QObject>

#include <optional>

namespace kd {

// The integrations the user has, in display order. The single place that changes them;
// views follow its signals.
class IntegrationList : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const QList<Integration>& all() const { return m_items; }
    std::optional<Integration> find(const QString& id) const;
    std::optional<Integration> findByName(const QString& name) const;

    void add(const Integration& integration);
    void update(const Integration& integration);
    void remove(const QString& id);

Q_SIGNALS:
    void added(const QString& id);
    void changed(const QString& id);
    void removed(const QString& id);

private:
    QList<Integration> m_items;
};

} // namespace kd
