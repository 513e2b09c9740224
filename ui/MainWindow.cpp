#include "MainWindow.h"

#include "AdNetworksPage.h"
#include "IntegrationsPage.h"
#include "PreferencesDialog.h"
#include "ReportsPage.h"
#include "Theme.h"
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
    , m_integrations(new IntegrationsPage(context, this))
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

    m_pages->addWidget(m_integrations);
    m_adNetworks = new AdNetworksPage(context, this);
    m_pages->addWidget(m_adNetworks);
    m_reports = new ReportsPage(context, this);
    m_pages->addWidget(m_reports);

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

    auto* central = new QWidget(this);
    auto* side = new QVBoxLayout;
    side->addWidget(m_sidebar, 1);
    side->addWidget(preferencesButton);
    auto* layout = new QHBoxLayout(central);
    layout->addLayout(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
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
    m_integrations->showProblem(context->manager()->loadProblem());
    // Saving a new tracker leads straight on to setting up its ad networks (step 2).
    connect(m_integrations, &IntegrationsPage::integrationSaved, this,
            [this](const QString& id, bool isNew) {
                if (!isNew)
                    return;
                m_adNetworks->startSetup(id);
                showPage(AdNetworks);
            });
    // Step 1 of the setup is the connection form.
    connect(m_adNetworks, &AdNetworksPage::editIntegrationRequested, this,
            [this](const QString& id) { m_integrations->editIntegration(id); });
    showPage(Integrations);

    Preferences* prefs = context->preferences();
    applyTheme(prefs->theme());
    // Statuses and the shown report refresh by themselves (Preferences, 0: never).
    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        m_context->monitor()->checkAll();
        if (currentPage() == Reports)
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
    return Page(m_pages->currentIndex());
}

} // namespace kd::ui
