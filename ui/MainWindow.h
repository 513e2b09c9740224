#pragma once

#include <QHash>
#include <QMainWindow>
#include <QStringList>

class QListWidget;
class QStackedWidget;
class QTimer;

namespace kd {
class AppContext;
}

namespace kd::ui {

class AdNetworksPage;
class IntegrationsPage;
class ReportsPage;

// The main window: a sidebar of pages and the page itself. Knows the pages, not their insides.
// A page is built the first time it is shown or asked for, so a start builds only its own page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Integrations, AdNetworks, Reports, PageCount };

    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);

    void showPage(Page page);
    void showPreferences();
    // "integrations", "ad-networks", "reports" (the --page option); Integrations otherwise.
    static Page pageNamed(const QString& name);
    Page currentPage() const;
    QListWidget* sidebar() const { return m_sidebar; }
    QStackedWidget* pages() const { return m_pages; }
    // Each builds its page if it does not exist yet.
    IntegrationsPage* integrationsPage();
    AdNetworksPage* adNetworksPage();
    ReportsPage* reportsPage();

    void setVisible(bool visible) override;

Q_SIGNALS:
    // Once, right after the first frame of the window is on screen (or, should the window
    // never be painted, a moment after it was shown): the time for work the first frame
    // does not need.
    void firstFrameShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QWidget* page(Page page);
    void addPage(QWidget* page);
    void afterFirstFrame();

    AppContext* m_context;
    QTimer* m_autoRefresh = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QWidget* m_preferencesButton = nullptr;
    IntegrationsPage* m_integrations = nullptr;
    AdNetworksPage* m_adNetworks = nullptr;
    ReportsPage* m_reports = nullptr;
    bool m_shownOnce = false;
    bool m_firstFrameQueued = false;
    bool m_firstFrameDone = false;
    // What the ad-network service told while the Ad networks page did not exist yet: the page
    // hears it when it is built (integration id -> the last notice).
    QHash<QString, QStringList> m_missedChanges;
    QHash<QString, QString> m_missedRefreshFailures;
};

} // namespace kd::ui
