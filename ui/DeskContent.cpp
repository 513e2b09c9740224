#include "DeskContent.h"

#include "AdNetworksPage.h"
#include "IntegrationsPage.h"
#include "PreferencesDialog.h"
#include "ReportsPage.h"
#include "Theme.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "settings/Preferences.h"
#include "sim/SimHost.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace kd::ui {

DeskContent::DeskContent(AppContext* context, MainWindow* window)
    : m_context(context)
    , m_window(window)
    , m_autoRefresh(new QTimer(this))
{
    if (context->isDemo()) {
        auto* notice = new QLabel(
            //: %1 is the simulated tracker's address, e.g. http://127.0.0.1:40123.
            tr("Demo mode: data comes from the built-in simulated tracker at %1; nothing is "
               "saved and your keychain is not touched.")
                .arg(context->simulator()->url().toDisplayString()),
            window);
        notice->setObjectName(QStringLiteral("demoNotice"));
        window->statusBar()->addWidget(notice, 1);
    }
    // Until the Ad networks page exists, what the service says for it is kept for it.
    NetworkSetupService* networkSetup = context->networkSetup();
    connect(networkSetup, &NetworkSetupService::changesNoticed, this,
            [this](const QString& id, const QStringList& changes) {
                if (!m_adNetworks)
                    m_missedChanges.insert(id, changes);
            });
    connect(networkSetup, &NetworkSetupService::refreshFailed, this,
            [this](const QString& id, const QString& message) {
                if (!m_adNetworks)
                    m_missedRefreshFailures.insert(id, message);
            });

    Preferences* prefs = context->preferences();
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    // Statuses and the shown report refresh by themselves (Preferences, 0: never).
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        m_context->monitor()->checkAll();
        if (m_window->currentPage() == MainWindow::Reports && m_reports)
            m_reports->refresh();
    });
    auto followPreferences = [this, prefs] {
        applyTheme(prefs->theme());
        const int minutes = prefs->autoRefreshMinutes();
        if (minutes > 0)
            m_autoRefresh->start(std::chrono::minutes(minutes));
        else
            m_autoRefresh->stop();
    };
    connect(prefs, &Preferences::changed, this, followPreferences);
    followPreferences();

    window->setContent(this);
    window->installEventFilter(this);
    m_watched = window;
    if (window->hasShownFirstFrame())
        QMetaObject::invokeMethod(this, &DeskContent::afterFirstFrame, Qt::QueuedConnection);
    else
        connect(window, &MainWindow::firstFrameShown, this, &DeskContent::afterFirstFrame);
}

DeskContent::~DeskContent()
{
    if (m_window && m_window->content() == this)
        m_window->setContent(nullptr);
}

QWidget* DeskContent::createPage(MainWindow::Page page, QWidget* parent)
{
    switch (page) {
    case MainWindow::Integrations: {
        m_integrations = new IntegrationsPage(m_context, parent);
        m_integrations->showProblem(m_context->manager()->loadProblem());
        // Saving a new tracker leads straight on to setting up its ad networks (step 2).
        connect(m_integrations, &IntegrationsPage::integrationSaved, this,
                [this](const QString& id, bool isNew) {
                    if (!isNew)
                        return;
                    adNetworksPage()->startSetup(id);
                    m_window->showPage(MainWindow::AdNetworks);
                });
        return m_integrations;
    }
    case MainWindow::AdNetworks: {
        m_adNetworks = new AdNetworksPage(m_context, parent);
        // Step 1 of the setup is the connection form.
        connect(m_adNetworks, &AdNetworksPage::editIntegrationRequested, this,
                [this](const QString& id) { integrationsPage()->editIntegration(id); });
        for (auto it = m_missedChanges.cbegin(); it != m_missedChanges.cend(); ++it)
            m_adNetworks->showNoticedChanges(it.key(), it.value());
        NetworkSetupService* networkSetup = m_context->networkSetup();
        for (auto it = m_missedRefreshFailures.cbegin(); it != m_missedRefreshFailures.cend();
             ++it) {
            // A later read that worked, or one under way, already says more than the failure.
            if (!networkSetup->hasTemplates(it.key()) && !networkSetup->isRefreshing(it.key()))
                m_adNetworks->showRefreshFailure(it.key(), it.value());
        }
        m_missedChanges.clear();
        m_missedRefreshFailures.clear();
        return m_adNetworks;
    }
    case MainWindow::Reports:
        m_reports = new ReportsPage(m_context, parent);
        return m_reports;
    case MainWindow::PageCount:
        break;
    }
    return nullptr;
}

IntegrationsPage* DeskContent::integrationsPage()
{
    m_window->pageWidget(MainWindow::Integrations);
    return m_integrations;
}

AdNetworksPage* DeskContent::adNetworksPage()
{
    m_window->pageWidget(MainWindow::AdNetworks);
    return m_adNetworks;
}

ReportsPage* DeskContent::reportsPage()
{
    m_window->pageWidget(MainWindow::Reports);
    return m_reports;
}

void DeskContent::afterFirstFrame()
{
    // The Ad networks page reads its integration's templates when it is built; read them now
    // even if it is not: the networks' statuses and the ad network names on Reports come
    // from them.
    if (m_adNetworks)
        return;
    const QList<Integration>& all = m_context->integrations()->all();
    NetworkSetupService* networkSetup = m_context->networkSetup();
    if (!all.isEmpty() && !networkSetup->hasTemplates(all.first().id))
        networkSetup->refresh(all.first().id);
}

void DeskContent::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DeskContent::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::WindowStateChange:
            rememberGeometry(); // in memory: Preferences gathers a resize's steps into one write
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DeskContent::rememberGeometry()
{
    // A hidden window's geometry (before the first show, after the last close) is not where
    // the user left it.
    if (m_window && m_window->isVisible())
        m_context->preferences()->setUiState(QStringLiteral("mainWindow/geometry"),
                                             m_window->saveGeometry());
}

void DeskContent::windowClosing()
{
    rememberGeometry();
    m_context->preferences()->saveUiState();
}

} // namespace kd::ui
