#pragma once

// CSV as RFC 4180 says: UTF-8, CRLF line ends, fields quoted when they hold a comma, a quote
// or a line break, quotes doubled. Pure.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kd {

QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows);

// A text cell from the tracker (a campaign or network name) that a spreadsheet would run as
// a formula ("=HYPERLINK(...)", "+1", "@SUM") gets a leading apostrophe: the file is for
// reading numbers, not for running what a tracker field says.
QString defuseSpreadsheetFormula(const QString& text);

} // namespace kd
