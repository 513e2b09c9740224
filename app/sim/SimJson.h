#pragma once

// What the simulator's API, fault and control code share: JSON pieces and page sizes.

#include "SimDataset.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace kd::sim {

// Pagination as Kintura documents it: 20 rows a page unless asked, at most 50.
constexpr int kDefaultPerPage = 20;
constexpr int kMaxPerPage = 50;

// Kintura's error shape: {"error":{"code":N,"message":"..."}}
QByteArray errorJson(int status, const QString& message);
QJsonObject sourceJson(const SimTrafficSource& source);
// The body with keys renamed everywhere (SimOptions::renamedFields).
QByteArray renameFields(const QByteArray& body, const QHash<QString, QString>& names);

} // namespace kd::sim
