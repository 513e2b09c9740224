#pragma once

// JSON pieces the simulator's API and control endpoints share.

#include "SimDataset.h"

#include <QByteArray>
#include <QJsonObject>

namespace kd::sim {

// Kintura's error shape: {"error":{"code":N,"message":"..."}}
QByteArray errorJson(int status, const QString& message);
QJsonObject sourceJson(const SimTrafficSource& source);

} // namespace kd::sim
