#pragma once

#include <QMainWindow>

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
    IntegrationsPage* integrationsPage() const { return m_integrations; }
    AdNetworksPage* adNetworksPage() const { return m_adNetworks; }
    ReportsPage* reportsPage() const { return m_reports; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    AppContext* m_context;
    QTimer* m_autoRefresh = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    IntegrationsPage* m_integrations;
    AdNetworksPage* m_adNetworks;
    ReportsPage* m_reports;
};

} // namespace kd::ui
