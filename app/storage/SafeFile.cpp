#include "SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
};
} // namespace

QString writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& what)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        //: %1 is what was being saved, e.g. "the integrations", "the report", "the chart"
        //: (translated separately); %2 the folder's path.
        return Tr::tr("Could not save %1: the folder %2 could not be created.")
            .arg(what, QDir::toNativeSeparators(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        //: %1 is what was being saved, e.g. "the integrations", "the report", "the chart"
        //: (translated separately); %2 the file's path; %3 the system's reason (often in English).
        return Tr::tr("Could not save %1 to %2: %3.")
            .arg(what, QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString keepDamagedFileAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace kd
