#include "Preferences.h"

#include <QSettings>

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
{
}

Preferences::~Preferences() = default;

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
    return m_settings->value(kUiGroup + key);
}

void Preferences::setUiState(const QString& key, const QVariant& value)
{
    m_settings->setValue(kUiGroup + key, value);
}

} // namespace kd
