#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace kd {
class AppContext;
}

namespace kd::ui {

// The user's choices that are not integrations: theme, how often statuses and reports refresh
// by themselves, how far back visit-time reports are fetched again, and the report cache
// (where it is, how big, clear it).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(AppContext* context, QWidget* parent = nullptr);

    void accept() override;

private:
    void showCacheSize();

    AppContext* m_context;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_autoRefresh;
    QSpinBox* m_visitWindow;
    QLabel* m_cacheInfo;
};

} // namespace kd::ui
