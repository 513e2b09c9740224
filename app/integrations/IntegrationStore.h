#pragma once

#include "Integration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kd {

// The integrations file: versioned JSON in the config folder, written atomically so that a
// crash leaves either the old or the new file. No secrets in it.
class IntegrationStore
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationStore)
public:
    static constexpr int kFormatVersion = 1;

    explicit IntegrationStore(QString filePath)
        : m_path(std::move(filePath))
    {
    }

    struct LoadResult
    {
        QList<Integration> integrations;
        // Set when the file existed but could not be used: it was moved to setAsidePath and
        // the app starts with no integrations. Both are for telling the user.
        QString problem;
        QString setAsidePath;
    };
    LoadResult load() const;

    // Empty string on success, otherwise a sentence for the user.
    QString save(const QList<Integration>& integrations) const;

    const QString& path() const { return m_path; }

    // Pure halves, for tests and fuzzing.
    static QByteArray serialise(const QList<Integration>& integrations);
    static bool deserialise(const QByteArray& bytes, QList<Integration>* out, QString* error);

private:
    QString m_path;
};

} // namespace kd
