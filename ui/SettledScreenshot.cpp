#include "SettledScreenshot.h"

#include "MainWindow.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "reports/ReportService.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace kd::ui {

namespace {
bool settled(AppContext* context)
{
    if (context->integrations()->all().isEmpty() || context->reports()->isSyncing())
        return false;
    for (const Integration& i : context->integrations()->all()) {
        const ConnectionStatus status = context->monitor()->report(i.id).status;
        if (status == ConnectionStatus::Checking || status == ConnectionStatus::NotChecked)
            return false;
        NetworkSetupService* setup = context->networkSetup();
        const QList<NetworkChoice> choices = setup->choices(i.id);
        // Templates read, or their reading failed (a tracker without the endpoint): settled.
        const bool templatesKnown =
            choices.isEmpty() || setup->hasTemplates(i.id) ||
            setup->state(i.id, choices.first().networkKey).status == NetworkStatus::TrackerError;
        if (setup->isRefreshing(i.id) || !templatesKnown)
            return false;
    }
    return true;
}
} // namespace

void saveScreenshotWhenSettled(MainWindow* window, AppContext* context, const QString& path)
{
    auto scheduled = std::make_shared<bool>(false);
    auto check = [window, context, path, scheduled] {
        if (*scheduled || !settled(context))
            return;
        *scheduled = true;
        QTimer::singleShot(200, window, [window, path] {
            const bool saved = window->grab().save(path);
            std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save",
                         path.toLocal8Bit().constData());
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(context->monitor(), &ConnectionMonitor::reportChanged, window, check);
    QObject::connect(context->networkSetup(), &NetworkSetupService::changed, window, check);
    QObject::connect(context->reports(), &ReportService::syncFinished, window, check);
    QTimer::singleShot(60'000, window, [] {
        std::fprintf(stderr, "no answer from the trackers within 60 s\n");
        QCoreApplication::exit(1);
    });
}

} // namespace kd::ui
