#include "CsvWriter.h"

namespace kd {

namespace {
void appendField(QByteArray& out, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendRecord(QByteArray& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, fields[i]);
    }
    out += "\r\n";
}
} // namespace

QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray out;
    appendRecord(out, header);
    for (const QStringList& row : rows)
        appendRecord(out, row);
    return out;
}

QString defuseSpreadsheetFormula(const QString& text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            return QLatin1Char('\'') + text;
    }
    return text;
}

} // namespace kd
