#pragma once

// A diagnostic of one tracker for the people who correct the adapter: what each endpoint the
// app uses answered, as shapes (types, keys, nesting, lengths), never values. Tracker-neutral:
// an adapter fills it (TrackerApi::diagnose), the window and the CLI print it.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

struct EndpointDiagnostic
{
    QString path;            // e.g. "/1.0/stats"
    QString query;           // the parameters asked with (names and fixed values only)
    QString role;            // what the app uses it for, e.g. "reports"
    bool published = false;  // stated in the tracker's public API documentation
    int httpStatus = 0;      // 0: no HTTP answer
    QString outcome;         // TrackerError::kindName of the outcome ("ok", "not-found", ...)
    QString contentType;     // the media type alone, e.g. "application/json"
    QStringList pageHeaders; // e.g. "X-Total-Count: number"
    QJsonObject shape;       // the body's shape (jsonShape)
    int records = -1;        // records in the reply (-1: not a list)
    int accepted = -1;       // of which the app's reader took
    QStringList rejected;    // why a record (or the reply) was not taken: field and problem
    bool asExpected = false; // answered as the app needs
};

struct TrackerDiagnostic
{
    QString trackerType; // e.g. "Kintura"
    QList<EndpointDiagnostic> endpoints;
    bool allAsExpected() const;
};

// The shape of a JSON document with every value redacted: each value's type and, for text,
// its length class; objects' keys (keys that look like data, such as numbers, are redacted
// too), arrays' lengths and the merged shape of their first 50 items.
QJsonObject jsonShape(const QByteArray& body);

QString diagnosticText(const TrackerDiagnostic& diagnostic);
QJsonObject diagnosticJson(const TrackerDiagnostic& diagnostic);

} // namespace kd
