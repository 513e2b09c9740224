#include "MainWindow.h"

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

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kd::ui {

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(context->isDemo() ? tr("Kintura Desk — Demo") : tr("Kintura Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kintura-desk.svg")));

    struct Entry
    {
        QString icon;
        QString text;
    };
    const Entry entries[PageCount] = {
        {QStringLiteral(":/icons/page-integrations.svg"), tr("Integrations")},
        {QStringLiteral(":/icons/page-adnetworks.svg"), tr("Ad networks")},
        {QStringLiteral(":/icons/page-reports.svg"), tr("Reports")},
    };
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    for (const Entry& e : entries)
        new QListWidgetItem(QIcon(e.icon), e.text, m_sidebar);
    int sidebarWidth = 0;
    for (const Entry& e : entries)
        sidebarWidth = std::max(sidebarWidth, m_sidebar->fontMetrics().horizontalAdvance(e.text));
    m_sidebar->setFixedWidth(sidebarWidth + 24 + 48);

    auto* preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    addAction(preferences);
    auto* preferencesButton = new QToolButton(this);
    preferencesButton->setObjectName(QStringLiteral("preferencesButton"));
    preferencesButton->setDefaultAction(preferences);
    preferencesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    preferencesButton->setAutoRaise(true);
    preferencesButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_preferencesButton = preferencesButton;

    auto* central = new QWidget(this);
    auto* side = new QVBoxLayout;
    side->addWidget(m_sidebar, 1);
    side->addWidget(preferencesButton);
    auto* layout = new QHBoxLayout(central);
    layout->addLayout(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < PageCount)
            m_pages->setCurrentWidget(page(Page(row)));
    });
    for (int page = 0; page < PageCount; ++page) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
        addAction(action);
    }
    auto* quit = new QAction(tr("&Quit"), this);
    // Some platform themes (the generic one) define no Quit key: Ctrl+Q then.
    quit->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty()
                          ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                          : QKeySequence(QKeySequence::Quit));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    if (context->isDemo()) {
        auto* notice = new QLabel(
            tr("Demo mode: data comes from the built-in simulated tracker at %1; nothing is "
               "saved and your keychain is not touched.")
                .arg(context->simulator()->url().toDisplayString()),
            this);
        notice->setObjectName(QStringLiteral("demoNotice"));
        statusBar()->addWidget(notice, 1);
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
    {
        // Integrations comes first, but its page is built only as the window is shown
        // (setVisible): a start on another page (--page) never builds it.
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(Integrations);
    }

    Preferences* prefs = context->preferences();
    applyTheme(prefs->theme());
    // Statuses and the shown report refresh by themselves (Preferences, 0: never).
    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        m_context->monitor()->checkAll();
        if (currentPage() == Reports && m_reports)
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

    if (!restoreGeometry(prefs->uiState(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800); // the Reports table shows a dozen rows and every column
}

IntegrationsPage* MainWindow::integrationsPage()
{
    if (m_integrations)
        return m_integrations;
    m_integrations = new IntegrationsPage(m_context, m_pages);
    m_integrations->showProblem(m_context->manager()->loadProblem());
    // Saving a new tracker leads straight on to setting up its ad networks (step 2).
    connect(m_integrations, &IntegrationsPage::integrationSaved, this,
            [this](const QString& id, bool isNew) {
                if (!isNew)
                    return;
                adNetworksPage()->startSetup(id);
                showPage(AdNetworks);
            });
    addPage(m_integrations);
    return m_integrations;
}

AdNetworksPage* MainWindow::adNetworksPage()
{
    if (m_adNetworks)
        return m_adNetworks;
    m_adNetworks = new AdNetworksPage(m_context, m_pages);
    // Step 1 of the setup is the connection form.
    connect(m_adNetworks, &AdNetworksPage::editIntegrationRequested, this,
            [this](const QString& id) { integrationsPage()->editIntegration(id); });
    for (auto it = m_missedChanges.cbegin(); it != m_missedChanges.cend(); ++it)
        m_adNetworks->showNoticedChanges(it.key(), it.value());
    NetworkSetupService* networkSetup = m_context->networkSetup();
    for (auto it = m_missedRefreshFailures.cbegin(); it != m_missedRefreshFailures.cend(); ++it) {
        // A later read that worked, or one under way, already says more than the failure.
        if (!networkSetup->hasTemplates(it.key()) && !networkSetup->isRefreshing(it.key()))
            m_adNetworks->showRefreshFailure(it.key(), it.value());
    }
    m_missedChanges.clear();
    m_missedRefreshFailures.clear();
    addPage(m_adNetworks);
    return m_adNetworks;
}

ReportsPage* MainWindow::reportsPage()
{
    if (!m_reports) {
        m_reports = new ReportsPage(m_context, m_pages);
        addPage(m_reports);
    }
    return m_reports;
}

QWidget* MainWindow::page(Page page)
{
    switch (page) {
    case Integrations:
        return integrationsPage();
    case AdNetworks:
        return adNetworksPage();
    case Reports:
        return reportsPage();
    case PageCount:
        break;
    }
    return nullptr;
}

void MainWindow::addPage(QWidget* page)
{
    m_pages->addWidget(page);
    // Tab goes from the sidebar through the page to Preferences, as when every page was built
    // before the button: a page built later would otherwise come after it.
    QWidget* last = nullptr;
    for (QWidget* w = page->nextInFocusChain(); w != page && page->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if (w->focusPolicy() & Qt::TabFocus)
            last = w;
    }
    if (last)
        setTabOrder(last, m_preferencesButton);
}

void MainWindow::setVisible(bool visible)
{
    // The chosen page, built now if need be. The stack may show another one: the first page
    // added to it becomes its current one, even one built only because it was asked for.
    if (visible)
        m_pages->setCurrentWidget(page(currentPage()));
    if (visible && !m_shownOnce) {
        m_shownOnce = true;
        // Should the window never be painted (a window manager that does not map it yet),
        // what waits for the first frame still happens.
        QTimer::singleShot(1000, this, &MainWindow::afterFirstFrame);
    }
    QMainWindow::setVisible(visible);
}

bool MainWindow::event(QEvent* event)
{
    // Queued from the first Paint, the call runs once this frame has been flushed.
    if (event->type() == QEvent::Paint && !m_firstFrameQueued) {
        m_firstFrameQueued = true;
        QMetaObject::invokeMethod(this, &MainWindow::afterFirstFrame, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::afterFirstFrame()
{
    if (m_firstFrameDone)
        return;
    m_firstFrameDone = true;
    // The Ad networks page reads its integration's templates when it is built; read them now
    // even if it is not: the networks' statuses and the ad network names on Reports come
    // from them.
    if (!m_adNetworks) {
        const QList<Integration>& all = m_context->integrations()->all();
        NetworkSetupService* networkSetup = m_context->networkSetup();
        if (!all.isEmpty() && !networkSetup->hasTemplates(all.first().id))
            networkSetup->refresh(all.first().id);
    }
    Q_EMIT firstFrameShown();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_context->preferences()->setUiState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

MainWindow::Page MainWindow::pageNamed(const QString& name)
{
    if (name == QLatin1String("ad-networks"))
        return AdNetworks;
    if (name == QLatin1String("reports"))
        return Reports;
    return Integrations;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, m_sidebar->currentRow()));
}

} // namespace kd::ui
