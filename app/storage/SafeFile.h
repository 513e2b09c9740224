#pragma once

#include <QByteArray>
#include <QString>

namespace kd {

// Writes the whole file or nothing (QSaveFile: a crash leaves the old version), creating the
// folder first. Empty string on success, otherwise a sentence naming `what` and the path.
QString writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& what);

// Moves an unusable file out of the way, never overwriting an earlier copy:
// "<path>.damaged-<yyyyMMdd-HHmmss>[-n]". Returns the new path, or empty if it could not move.
QString keepDamagedFileAside(const QString& path);

} // namespace kd
