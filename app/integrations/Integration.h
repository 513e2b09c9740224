#pragma once

#include "tracker/TrackerTypes.h"

#include <QString>
#include <QUrl>

namespace kd {

// A connected tracker as the user configured it. Holds no secret: the API key and secret
// live in the credential store under the integration's id.
struct Integration
{
    QString id; // a UUID, stable across renames
    QString name;
    QUrl trackerUrl; // normalised: scheme://host[:port]
    QString currency;
    ConversionTime conversionTime = ConversionTime::Visit;
    // The IANA zone the tracker's report days are in (e.g. "Europe/Madrid"). Empty in files
    // of earlier versions: then the zone the tracker states, else UTC.
    QString timeZone;
    // SHA-256 (hex) of a certificate the user chose to trust for this tracker; empty: the
    // system's trust store decides.
    QString pinnedCertificateSha256;

    friend bool operator==(const Integration&, const Integration&) = default;
};

} // namespace kd
