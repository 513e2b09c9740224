#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace kd {
class Preferences;
}

namespace kd::ui {

class WindowContent;

// The main window: a sidebar of pages and the page itself. It needs nothing but Qt Widgets, so
// kintura-desk paints it before the rest of the program is loaded; until then the page says
// "Loading…". The rest (DeskContent) fills it through WindowContent: a page is built the first
// time it is shown or asked for, so a start builds only its own page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Integrations, AdNetworks, Reports, PageCount };

    explicit MainWindow(bool demo, QWidget* parent = nullptr);

    // The remembered geometry and the theme.
    void applyPreferences(const Preferences& preferences);
    // Not owned; kintura-desk destroys the window first. A content destroyed first must
    // detach itself (setContent(nullptr)): the pages it built stay, nothing more is built.
    void setContent(WindowContent* content);
    WindowContent* content() const { return m_content; }
    // Said in place of the page when the rest of the program cannot be loaded.
    void showLoadFailure(const QString& message);

    void showPage(Page page);
    void showPreferences();
    // "integrations", "ad-networks", "reports" (the --page option); Integrations otherwise.
    static Page pageNamed(const QString& name);
    Page currentPage() const;
    // The page, built if it does not exist yet; the "Loading…" page while there is no content.
    QWidget* pageWidget(Page page);
    QListWidget* sidebar() const { return m_sidebar; }
    QStackedWidget* pages() const { return m_pages; }
    bool hasShownFirstFrame() const { return m_firstFrameDone; }

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
    void addPage(QWidget* page);
    void afterFirstFrame();

    WindowContent* m_content = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QLabel* m_loading;
    QAction* m_preferences;
    QWidget* m_preferencesButton = nullptr;
    QWidget* m_built[PageCount] = {};
    bool m_shownOnce = false;
    bool m_firstFrameQueued = false;
    bool m_firstFrameDone = false;
};

// What fills the main window once the rest of the program is there (DeskContent).
class WindowContent
{
public:
    virtual ~WindowContent() = default;
    // Builds a page, as a child of parent; asked once per page.
    virtual QWidget* createPage(MainWindow::Page page, QWidget* parent) = 0;
    virtual void showPreferences() = 0;
    // The window is closing: the time to remember its geometry.
    virtual void windowClosing() = 0;
};

} // namespace kd::ui
