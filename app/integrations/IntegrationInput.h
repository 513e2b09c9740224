#pragma once

// Pure checks of what a user types or pastes into the connection form (and the CLI's
// arguments). Each returns a cleaned value and, when the input cannot be used, one translated
// sentence naming what is wrong, for display on the field itself.

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kd {

struct UrlCheck
{
    QUrl url;      // scheme://host[:port], host lower-case; invalid when error is set
    QString error; // why it cannot be used
    QString note;  // what was changed, e.g. a path that was dropped
    bool ok() const { return error.isEmpty(); }
};

// "tracker.example.com/", "HTTPS://Tracker.Example.com/path?q" -> "https://tracker.example.com".
// https is required except for loopback hosts; credentials in the URL are refused.
// `Typed` is what the form and the command line accept; `Stored` is for an address read back
// from the integrations file: only what safety needs (a web address, https except loopback, no
// credentials), so that a rule added to the form later cannot make an earlier file "damaged".
enum class UrlRules { Typed, Stored };
UrlCheck normaliseTrackerUrl(const QString& input, UrlRules rules = UrlRules::Typed);

// Keys copied from a web page often carry spaces, tabs, newlines or invisible characters at
// either end: they go. Nothing inside the value is changed.
QString trimPasted(const QString& input);

// Empty string when valid.
QString checkIntegrationName(const QString& name, const QStringList& otherNames);
// The rules a name read back from the integrations file must meet: only those the app needs to
// work (present, short enough, unique). The form's rules grow stricter over versions; a name an
// earlier version saved must not make the whole file count as damaged.
QString checkStoredIntegrationName(const QString& name, const QStringList& otherNames);
QString checkApiKey(const QString& key);
QString checkApiSecret(const QString& secret);
QString checkCurrency(const QString& code);
// An IANA time zone this system knows ("Europe/Madrid"); empty is refused too.
QString checkTimeZone(const QString& zone);
// The system's own IANA zone, for a new integration (UTC when the system names none).
QString systemTimeZone();

struct Currency
{
    QString code;
    QString name;
};
// ISO 4217 currencies (resources/data/currencies.tsv), sorted by code, named in the language
// of the default QLocale (the one the app speaks) where iso-codes translates them, else in
// English.
const QList<Currency>& isoCurrencies();
bool isIsoCurrency(const QString& code);

constexpr int kMaxNameLength = 100;
constexpr int kMaxCredentialLength = 512;
constexpr int kMaxUrlLength = 2048;

} // namespace kd
