#include "Preferences.h"

#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace kd {

namespace {
// "General", capitalised: QSettings writes any group spelled "general" as [%General] and reads
// that back as "General", so "general/theme" was lost at every restart. Files written then
// say [%General]: read as "General/...", their values come back.
const QString kVisitWindow = QStringLiteral("reports/visitWindowDays");
const QString kAutoRefresh = QStringLiteral("General/autoRefreshMinutes");
const QString kTheme = QStringLiteral("General/theme");
const QString kLanguage = QStringLiteral("General/language");
const QString kUiGroup = QStringLiteral("ui/");
} // namespace

Preferences::Preferences(const QString& path, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
    , m_uiSaveTimer(new QTimer(this))
{
    m_uiSaveTimer->setObjectName(QStringLiteral("uiStateSaveTimer"));
    m_uiSaveTimer->setSingleShot(true);
    m_uiSaveTimer->setInterval(kUiStateDelay);
    connect(m_uiSaveTimer, &QTimer::timeout, this, &Preferences::saveUiState);
}

Preferences::~Preferences()
{
    saveUiState();
}

int Preferences::boundedInt(const QString& key, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(key).toInt(&ok);
    // A hand-edited or damaged value falls back to the default rather than to 0.
    return ok ? std::clamp(value, min, max) : fallback;
}

void Preferences::store(const QString& key, const QVariant& value)
{
    if (m_settings->contains(key) && m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    saveUiState(); // the ui state goes with it
    m_settings->sync();
    Q_EMIT changed();
}

int Preferences::visitWindowDays() const
{
    return boundedInt(kVisitWindow, kDefaultVisitWindowDays, 1, kMaxVisitWindowDays);
}

void Preferences::setVisitWindowDays(int days)
{
    store(kVisitWindow, std::clamp(days, 1, kMaxVisitWindowDays));
}

int Preferences::autoRefreshMinutes() const
{
    return boundedInt(kAutoRefresh, kDefaultAutoRefreshMinutes, 0, kMaxAutoRefreshMinutes);
}

void Preferences::setAutoRefreshMinutes(int minutes)
{
    store(kAutoRefresh, std::clamp(minutes, 0, kMaxAutoRefreshMinutes));
}

Preferences::Theme Preferences::theme() const
{
    const QString name = m_settings->value(kTheme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    store(kTheme, theme == Theme::Light  ? QStringLiteral("light")
                  : theme == Theme::Dark ? QStringLiteral("dark")
                                         : QStringLiteral("system"));
}

QString Preferences::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Preferences::setLanguage(const QString& code)
{
    store(kLanguage, code);
}

QVariant Preferences::uiState(const QString& key) const
{
    const auto unsaved = m_unsavedUi.constFind(key);
    return unsaved != m_unsavedUi.cend() ? *unsaved : m_settings->value(kUiGroup + key);
}

void Preferences::setUiState(const QString& key, const QVariant& value)
{
    if (uiState(key) == value)
        return;
    m_unsavedUi.insert(key, value);
    // Not restarted by later changes: a resize that goes on for seconds is still saved every
    // kUiStateDelay, never later.
    if (!m_uiSaveTimer->isActive())
        m_uiSaveTimer->start();
}

void Preferences::saveUiState()
{
    m_uiSaveTimer->stop();
    if (m_unsavedUi.isEmpty())
        return;
    for (auto it = m_unsavedUi.cbegin(); it != m_unsavedUi.cend(); ++it)
        m_settings->setValue(kUiGroup + it.key(), it.value());
    m_unsavedUi.clear();
    m_settings->sync();
}

} // namespace kd
