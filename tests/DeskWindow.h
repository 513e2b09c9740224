#pragma once

// The main window as kintura-desk shows it once its module is loaded: the frame (MainWindow)
// with its content (DeskContent) attached at once, from a test's own context.

#include "AdNetworksPage.h"
#include "DeskContent.h"
#include "IntegrationsPage.h"
#include "MainWindow.h"
#include "ReportsPage.h"
#include "context/AppContext.h"

#include <memory>

namespace kd::test {

class DeskWindow : public ui::MainWindow
{
public:
    explicit DeskWindow(AppContext* context)
        : MainWindow(context->isDemo())
    {
        applyPreferences(*context->preferences()); // as kintura-desk does before showing it
        m_content = std::make_unique<ui::DeskContent>(context, this);
    }

    ui::DeskContent* deskContent() const { return m_content.get(); }
    ui::IntegrationsPage* integrationsPage() { return m_content->integrationsPage(); }
    ui::AdNetworksPage* adNetworksPage() { return m_content->adNetworksPage(); }
    ui::ReportsPage* reportsPage() { return m_content->reportsPage(); }

private:
    std::unique_ptr<ui::DeskContent> m_content;
};

} // namespace kd::test
