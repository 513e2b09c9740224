#pragma once

// A simulated tracker added as an integration the way the app adds one, and checked.
#include "SimFixture.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationManager.h"

#include <QTest>

namespace kd::test {

// Adds an integration for a simulator and waits until its check says Connected (so that its
// time zone is known). Empty on failure.
inline QString connectTracker(AppContext& context, const SimFixture& sim, const QString& name,
                              const QString& currency = QStringLiteral("USD"))
{
    Integration i;
    i.name = name;
    i.trackerUrl = sim.server->baseUrl();
    i.currency = currency;
    QString id;
    context.manager()->add(
        i, sim.credentials(), &context,
        [&](const IntegrationManager::Outcome&, const QString& assigned) { id = assigned; });
    if (!QTest::qWaitFor(
            [&] {
                return !id.isEmpty() &&
                       context.monitor()->report(id).status == ConnectionStatus::Connected;
            },
            10'000))
        return {};
    return id;
}

} // namespace kd::test
