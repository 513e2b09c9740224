#pragma once

#include <QString>

namespace kd {

// Where the user's setup lives (the application's name must be set first:
// cli::setApplicationIdentity). The config folder holds integrations.json, ad-networks.json,
// preferences.ini and the instance lock; the data folder holds the report cache.
QString configFolder();
QString dataFolder();
// preferences.ini in a config folder.
QString preferencesFile(const QString& configDir);

} // namespace kd
