#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace kd {

// The user's choices that are not integrations: kept in preferences.ini in the config folder
// (an INI file, so it can be read, diffed and backed up). Holds no secret.
class Preferences : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultVisitWindowDays = 7;
    static constexpr int kMaxVisitWindowDays = 90;

    explicit Preferences(const QString& path, QObject* parent = nullptr);
    ~Preferences() override;

    // With visit-time conversions, how many recent days are fetched again on every sync
    // because late conversions keep landing on them.
    int visitWindowDays() const;
    void setVisitWindowDays(int days);

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kd
