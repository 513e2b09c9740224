#include "Preferences.h"

#include <QSettings>

#include <algorithm>

namespace kd {

namespace {
const QString kVisitWindow = QStringLiteral("reports/visitWindowDays");
}

Preferences::Preferences(const QString& path, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

Preferences::~Preferences() = default;

int Preferences::visitWindowDays() const
{
    bool ok = false;
    const int days = m_settings->value(kVisitWindow).toInt(&ok);
    // A hand-edited or damaged value falls back to the default rather than to 0 days.
    return ok ? std::clamp(days, 1, kMaxVisitWindowDays) : kDefaultVisitWindowDays;
}

void Preferences::setVisitWindowDays(int days)
{
    days = std::clamp(days, 1, kMaxVisitWindowDays);
    if (days == visitWindowDays() && m_settings->contains(kVisitWindow))
        return;
    m_settings->setValue(kVisitWindow, days);
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace kd
