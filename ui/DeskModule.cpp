// The entry points of kintura-desk-app, the part of kintura-desk loaded after the window's
// first frame (DeskModule.h).
#include "DeskModule.h"

#include "DeskContent.h"
#include "MainWindow.h"
#include "SettledScreenshot.h"
#include "cli/CommandLine.h"
#include "context/AppContext.h"
#include "instance/SingleInstance.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"

#include <QObject>

#include <memory>

namespace {

using namespace kd;

// The core's context, the window's content and the second-start listener, destroyed in that
// order's reverse.
class Session : public QObject
{
public:
    std::unique_ptr<AppContext> context;
    std::unique_ptr<SingleInstance> instance;
    std::unique_ptr<ui::DeskContent> content;
};

} // namespace

extern "C" Q_DECL_EXPORT const char* kd_module_version()
{
    return KD_VERSION; // AppModule compares it with its own before using the module
}

extern "C" Q_DECL_EXPORT int kd_run_headless(int argc, char** argv)
{
    return kd::cli::runWithoutDisplay(argc, argv).value_or(2);
}

extern "C" Q_DECL_EXPORT bool kd_ask_to_raise(const QString* configDir)
{
    return SingleInstance::askToRaise(*configDir);
}

extern "C" Q_DECL_EXPORT QObject* kd_attach(ui::MainWindow* window, const ui::Launch* launch,
                                            QString* error)
{
    auto session = std::make_unique<Session>();
    session->context = launch->demo ? AppContext::createDemo(error, launch->demoPublishedOnly)
                                    : AppContext::createDefault();
    if (!session->context)
        return nullptr;
    AppContext* context = session->context.get();
    if (!context->isDemo()) {
        session->instance = std::make_unique<SingleInstance>(context->configDir());
        session->instance->listen();
        QObject::connect(session->instance.get(), &SingleInstance::activationRequested, window,
                         [window] {
                             window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
                             window->show();
                             window->raise();
                             window->activateWindow();
                         });
    }
    session->content = std::make_unique<ui::DeskContent>(context, window);
    // Checking reads the keychain and opens connections: it starts once the page has been
    // painted (the queued call runs after the paint the page just asked for). So does the wait
    // for a settled window to screenshot: before, nothing has started yet and it would look
    // settled already.
    const QString screenshot = launch->screenshot;
    QMetaObject::invokeMethod(
        session.get(),
        [window, context, screenshot] {
            // An integration added since (the demo's) was checked as it was added.
            ConnectionMonitor* monitor = context->monitor();
            for (const Integration& i : context->integrations()->all()) {
                if (monitor->report(i.id).status == ConnectionStatus::NotChecked)
                    monitor->check(i.id);
            }
            if (!screenshot.isEmpty())
                ui::saveScreenshotWhenSettled(window, context, screenshot);
        },
        Qt::QueuedConnection);
    return session.release();
}
