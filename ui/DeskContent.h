#pragma once

#include "MainWindow.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

namespace kd {
class AppContext;
}

namespace kd::ui {

class AdNetworksPage;
class IntegrationsPage;
class ReportsPage;

// Fills the main window from the core's context: builds its pages and wires them to each
// other, follows the preferences (theme, auto-refresh) and remembers the window's geometry as
// it changes (Preferences writes it within a second: a crash does not lose it).
// Attaches itself to the window, and detaches when destroyed first.
class DeskContent : public QObject, public WindowContent
{
    Q_OBJECT
public:
    DeskContent(AppContext* context, MainWindow* window);
    ~DeskContent() override;

    // Each builds its page if it does not exist yet.
    IntegrationsPage* integrationsPage();
    AdNetworksPage* adNetworksPage();
    ReportsPage* reportsPage();

    QWidget* createPage(MainWindow::Page page, QWidget* parent) override;
    void showPreferences() override;
    void windowClosing() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void afterFirstFrame();
    void rememberGeometry();

    AppContext* m_context;
    QPointer<MainWindow> m_window;
    // The same window as the object its events come from: compared, never used. Through the
    // QPointer above, a comparison during the window's destruction would cast a half-destroyed
    // QWidget to MainWindow (UBSan: "downcast of address … which does not point to an object
    // of type 'kd::ui::MainWindow'").
    const QObject* m_watched = nullptr;
    QTimer* m_autoRefresh;
    IntegrationsPage* m_integrations = nullptr;
    AdNetworksPage* m_adNetworks = nullptr;
    ReportsPage* m_reports = nullptr;
    // What the ad-network service told while the Ad networks page did not exist yet: the page
    // hears it when it is built (integration id -> the last notice).
    QHash<QString, QStringList> m_missedChanges;
    QHash<QString, QString> m_missedRefreshFailures;
};

} // namespace kd::ui
