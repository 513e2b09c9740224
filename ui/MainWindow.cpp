#include "MainWindow.h"

#include "Theme.h"
#include "settings/Preferences.h"

#include <QAction>
#include <QEvent>
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

MainWindow::MainWindow(bool demo, QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Loading…"), m_pages))
    , m_preferences(new QAction(tr("&Preferences…"), this))
{
    // Ends with the application's display name, which the platform would otherwise append a
    // second time ("Kintura Desk — Demo — Kintura Desk").
    //: Window title when started with --demo (the built-in simulated tracker).
    setWindowTitle(demo ? tr("Demo — Kintura Desk") : tr("Kintura Desk"));
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
    //: Screen-reader name of the sidebar listing the pages (Integrations, Ad networks, Reports).
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    for (const Entry& e : entries)
        new QListWidgetItem(QIcon(e.icon), e.text, m_sidebar);
    int sidebarWidth = 0;
    for (const Entry& e : entries)
        sidebarWidth = std::max(sidebarWidth, m_sidebar->fontMetrics().horizontalAdvance(e.text));
    m_sidebar->setFixedWidth(sidebarWidth + 24 + 48);

    m_loading->setObjectName(QStringLiteral("loadingPage"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_loading);

    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setEnabled(false); // until there is content to set preferences for
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    addAction(m_preferences);
    auto* preferencesButton = new QToolButton(this);
    preferencesButton->setObjectName(QStringLiteral("preferencesButton"));
    preferencesButton->setDefaultAction(m_preferences);
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
            m_pages->setCurrentWidget(pageWidget(Page(row)));
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

    {
        // Integrations comes first, but its page is built only as the window is shown
        // (setVisible): a start on another page (--page) never builds it.
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(Integrations);
    }
    // The demo says so in the status bar (DeskContent): there from the first frame, so that
    // the page does not shrink when the notice comes.
    if (demo)
        statusBar();
    resize(1280, 800); // the Reports table shows a dozen rows and every column
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    applyTheme(preferences.theme());
    restoreGeometry(preferences.uiState(QStringLiteral("mainWindow/geometry")).toByteArray());
}

void MainWindow::setContent(WindowContent* content)
{
    m_content = content;
    m_preferences->setEnabled(content != nullptr);
    if (content && m_shownOnce)
        m_pages->setCurrentWidget(pageWidget(currentPage()));
}

void MainWindow::showLoadFailure(const QString& message)
{
    // Wrapped and selectable only now: a wrapped label lays its text out as a document, which
    // the first frame's "Loading…" does not need.
    m_loading->setWordWrap(true);
    m_loading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loading->setText(message);
    m_pages->setCurrentWidget(m_loading);
}

QWidget* MainWindow::pageWidget(Page page)
{
    if (page < 0 || page >= PageCount)
        return nullptr;
    if (!m_content)
        return m_loading;
    if (!m_built[page]) {
        m_built[page] = m_content->createPage(page, m_pages);
        addPage(m_built[page]);
    }
    return m_built[page];
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
        m_pages->setCurrentWidget(pageWidget(currentPage()));
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
    Q_EMIT firstFrameShown();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_content)
        m_content->windowClosing();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPreferences()
{
    if (m_content)
        m_content->showPreferences();
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
