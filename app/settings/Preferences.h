#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>

class QSettings;
class QTimer;

namespace kd {

// The user's choices that are not integrations: kept in preferences.ini in the config folder
// (an INI file, so it can be read, diffed and backed up). Holds no secret.
class Preferences : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultVisitWindowDays = 7;
    static constexpr int kMaxVisitWindowDays = 90;
    static constexpr int kDefaultAutoRefreshMinutes = 15;
    static constexpr int kMaxAutoRefreshMinutes = 24 * 60;

    enum class Theme { System, Light, Dark };

    explicit Preferences(const QString& path, QObject* parent = nullptr);
    ~Preferences() override;

    // With visit-time conversions, how many recent days are fetched again on every sync
    // because late conversions keep landing on them.
    int visitWindowDays() const;
    void setVisitWindowDays(int days);

    // How often connection statuses and the shown report refresh by themselves; 0: never.
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);

    Theme theme() const;
    void setTheme(Theme theme);

    // A language code ("es", "pt_BR"); empty: follow the system.
    QString language() const;
    void setLanguage(const QString& code);

    // Window geometry, splitter positions, the last report range: remembered, never a reason
    // to emit changed(). A change reaches the file within kUiStateDelay (a crash loses at most
    // that much), not at every call: a window being resized or a splitter dragged calls this
    // for every step.
    QVariant uiState(const QString& key) const;
    void setUiState(const QString& key, const QVariant& value);
    // Writes the ui state not yet in the file now (closing the window; the destructor does too).
    void saveUiState();

    static constexpr std::chrono::milliseconds kUiStateDelay{1000};

Q_SIGNALS:
    void changed();

private:
    int boundedInt(const QString& key, int fallback, int min, int max) const;
    void store(const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
    // Set but not yet handed to QSettings, which would write each change at the next turn of
    // the event loop; m_uiSaveTimer hands them over.
    QVariantHash m_unsavedUi;
    QTimer* m_uiSaveTimer;
};

} // namespace kd
