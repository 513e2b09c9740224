#include "AppFolders.h"

#include <QStandardPaths>

namespace kd {

QString configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString preferencesFile(const QString& configDir)
{
    return configDir + QStringLiteral("/preferences.ini");
}

} // namespace kd
