#include "IntegrationInput.h"

#include "net/ApiRequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <map>
#include <optional>

namespace kd {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationInput)
};

bool isInvisible(QChar c)
{
    // Spaces, line breaks, no-break and zero-width spaces, byte-order marks.
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D) ||
           c == QChar(0x2060) || c == QChar(0xFEFF);
}

// "U+202E": how a message names a character the user cannot see.
QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The first code point of s at or after i (a whole emoji, not half of its surrogate pair).
char32_t codePointAt(const QString& s, qsizetype i)
{
    if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
    return s.at(i).unicode();
}

bool isControl(char32_t c)
{
    const auto cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format || c == 0x2028 || c == 0x2029;
}

// Format characters that belong in ordinary text: the joiners inside emoji sequences and
// Persian or Indic words, the marks that keep a Latin word in its place in Arabic or Hebrew,
// and the tags of flags such as Scotland's. Overrides and isolates, which make a name read
// differently from how it is stored, stay out.
bool isHarmlessInName(char32_t c)
{
    return c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
           (c >= 0xE0020 && c <= 0xE007F);
}

// Index of the first control or format character, or -1.
qsizetype firstControl(const QString& s, bool allowTextFormatting)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char32_t c = codePointAt(s, i);
        if (isControl(c) && !(allowTextFormatting && isHarmlessInName(c)))
            return i;
    }
    return -1;
}

// "scheme://user[:password]@host": someone pasted an address with a password in it.
bool containsUrlWithUserInfo(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@"));
    return re.match(s).hasMatch();
}

QString checkCredential(const QString& value, const QString& what)
{
    if (value.isEmpty())
        //: %1 is "API key" or "API secret" (translated separately, lower-case inside a sentence).
        return Tr::tr("Enter the %1 from Kintura's Settings > API page.").arg(what);
    if (value.size() > kMaxCredentialLength)
        //: %1 is "API key" or "API secret"; %2 the largest number of characters allowed.
        return Tr::tr("This is too long for an %1 (at most %2 characters): check what was "
                      "pasted.")
            .arg(what)
            .arg(kMaxCredentialLength);
    if (value.contains(QLatin1String("://")))
        //: %1 (twice) is "API key" or "API secret". "Tracker URL" is the label of the form's field.
        return Tr::tr("This is a web address, not an %1: the tracker's address goes in "
                      "Tracker URL, and the %1 is on Kintura's Settings > API page.")
            .arg(what);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char32_t c = codePointAt(value, i);
        if (QChar::isSpace(c) || isControl(c))
            //: %1 is "API key" or "API secret"; %2 the character's Unicode code, e.g. U+00A0.
            return Tr::tr("The %1 contains a space or an invisible character (%2): copy it "
                          "again.")
                .arg(what, codePoint(c));
    }
    // Kintura's keys are printable ASCII; anything else was typed or pasted by mistake (and
    // would be mangled in an HTTP header).
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char32_t c = codePointAt(value, i);
        if (c < 0x21 || c > 0x7e)
            //: %1 is "API key" or "API secret"; %2 the first such character, as it was pasted.
            return Tr::tr("The %1 contains characters Kintura's keys never have (such as "
                          "\u201c%2\u201d): copy it again from Kintura.")
                .arg(what, QString::fromUcs4(&c, 1));
    }
    return {};
}

} // namespace

QString trimPasted(const QString& input)
{
    qsizetype start = 0;
    qsizetype end = input.size();
    while (start < end && isInvisible(input.at(start)))
        ++start;
    while (end > start && isInvisible(input.at(end - 1)))
        --end;
    return input.mid(start, end - start);
}

namespace {
// The first character of a host name that is neither a letter, a digit nor a mark beyond ASCII
// (symbols and emoji): QUrl would make a name of it that no tracker has.
std::optional<char32_t> firstSymbol(const QString& host)
{
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char32_t c = codePointAt(host, i);
        if (QChar::requiresSurrogates(c))
            ++i; // past its second half
        if (c >= 0x80 && !QChar::isLetterOrNumber(c) && !QChar::isMark(c))
            return c;
    }
    return std::nullopt;
}
} // namespace

UrlCheck normaliseTrackerUrl(const QString& input, UrlRules rules)
{
    UrlCheck check;
    QString text = trimPasted(input);
    if (text.isEmpty()) {
        check.error = Tr::tr("Enter the tracker's address, e.g. https://tracker.example.com.");
        return check;
    }
    const bool typed = rules == UrlRules::Typed;
    if (typed && text.size() > kMaxUrlLength) {
        //: %1 is the largest number of characters allowed.
        check.error = Tr::tr("This is too long for a web address (at most %1 characters): "
                             "enter only the tracker's address, e.g. "
                             "https://tracker.example.com.")
                          .arg(kMaxUrlLength);
        return check;
    }
    if (const qsizetype at = firstControl(text, false); at >= 0) {
        //: %1 is the character's Unicode code, e.g. U+0009.
        check.error = Tr::tr("This is not a web address: it contains an invisible control "
                             "character (%1).")
                          .arg(codePoint(codePointAt(text, at)));
        return check;
    }
    for (QChar c : std::as_const(text)) {
        if (c.isSpace()) {
            check.error = Tr::tr("This is not a web address: it contains spaces.");
            return check;
        }
    }
    // "/etc/passwd", "~/tracker", "C:\keys.txt", "file:///...": a file, not a tracker.
    static const QRegularExpression filePath(
        QStringLiteral("^(/|~|\\.{1,2}[/\\\\]|[A-Za-z]:[/\\\\]|\\\\\\\\|file:)"),
        QRegularExpression::CaseInsensitiveOption);
    if (typed && filePath.match(text).hasMatch()) {
        check.error = Tr::tr("This is a file path, not a web address: enter the tracker's "
                             "address, e.g. https://tracker.example.com.");
        return check;
    }
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!hasScheme.match(text).hasMatch())
        text.prepend(QStringLiteral("https://"));
    // International names are fine (they become xn--...); symbols and emoji are not, though
    // QUrl would turn some of them into a name no tracker has.
    // Checked as typed and as Qt decodes it: "xn--n3h.com" is the snowman's name too.
    const QString authority = text.section(QStringLiteral("://"), 1)
                                  .section(QRegularExpression(QStringLiteral("[/?#]")), 0, 0);
    const QUrl url(text, QUrl::StrictMode);
    for (const QString& name : {authority, url.host()}) {
        if (!typed)
            break;
        if (const std::optional<char32_t> c = firstSymbol(name)) {
            const char32_t symbol = *c;
            //: %1 is the character that is not allowed, as typed.
            check.error = Tr::tr("A web address cannot contain \u201c%1\u201d: check the "
                                 "tracker's address.")
                              .arg(QString::fromUcs4(&symbol, 1));
            return check;
        }
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        check.error = Tr::tr("This is not a valid web address.");
        return check;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        check.error = Tr::tr("The tracker URL must start with https://.");
        return check;
    }
    if (!url.userInfo().isEmpty()) {
        check.error = Tr::tr("Remove the user name and password from the URL: the API key and "
                             "secret go in their own fields.");
        return check;
    }
    const QString host = url.host().toLower();
    if (scheme == QLatin1String("http") && !isLoopbackHost(host)) {
        check.error = Tr::tr("Use https://: the API secret must not travel unencrypted. "
                             "Plain http is accepted only for this computer (localhost).");
        return check;
    }
    QUrl normal;
    normal.setScheme(scheme);
    normal.setHost(host);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() > 0 && url.port() != defaultPort)
        normal.setPort(url.port());
    check.url = normal;
    const QString path = url.path();
    if ((!path.isEmpty() && path != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        //: %1 is the part of the URL after the address, e.g. /stats?id=4.
        check.note = Tr::tr("Only the tracker's address is needed: the rest (%1) was removed.")
                         .arg(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    return check;
}

QString checkStoredIntegrationName(const QString& name, const QStringList& otherNames)
{
    if (name.isEmpty())
        return Tr::tr("Give the integration a name, e.g. \"Kintura - Brand A\".");
    if (name.size() > kMaxNameLength)
        //: %1 is the largest number of characters allowed.
        return Tr::tr("Use a shorter name (at most %1 characters).").arg(kMaxNameLength);
    for (const QString& other : otherNames) {
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            //: %1 is the other integration's name.
            return Tr::tr("Another integration is already called \"%1\".").arg(other);
    }
    return {};
}

QString checkIntegrationName(const QString& name, const QStringList& otherNames)
{
    if (const QString stored = checkStoredIntegrationName(name, otherNames); !stored.isEmpty())
        return stored;
    if (const qsizetype at = firstControl(name, true); at >= 0)
        //: %1 is the character's Unicode code, e.g. U+202E.
        return Tr::tr("The name contains an invisible control character (%1), which could "
                      "make it show differently from what it is: type the name again.")
            .arg(codePoint(codePointAt(name, at)));
    // The name is kept in a plain file: a password must not end up there.
    if (containsUrlWithUserInfo(name))
        return Tr::tr("The name contains a web address with a user name or password: remove "
                      "it (names are stored unencrypted).");
    return {};
}

QString checkApiKey(const QString& key)
{
    //: Field name inserted as %1 into "Enter the %1 from…", "The %1 contains…", "This is too long
    //: for an %1…": the tracker's API key, lower-case in those sentences if your language needs it.
    return checkCredential(key, Tr::tr("API key"));
}

QString checkApiSecret(const QString& secret)
{
    //: Field name inserted as %1 into "Enter the %1 from…", "The %1 contains…", "This is too long
    //: for an %1…": the tracker's API secret, lower-case in those sentences if your language needs
    //: it.
    return checkCredential(secret, Tr::tr("API secret"));
}

QString checkCurrency(const QString& code)
{
    if (code.isEmpty())
        return Tr::tr("Choose the currency your tracker reports revenue in.");
    if (isIsoCurrency(code))
        return {};
    // Quoted back only when it is short and plain: 10,000 characters, control characters or
    // a right-to-left override inside quotes would make the message unreadable.
    static const QRegularExpression plain(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (plain.match(code).hasMatch())
        //: %1 is the currency code as typed.
        return Tr::tr("\"%1\" is not an ISO 4217 currency code: choose one from the list "
                      "(e.g. USD, EUR, BRL).")
            .arg(code);
    return Tr::tr("This is not an ISO 4217 currency code: choose one from the list (three "
                  "letters, e.g. USD, EUR, BRL).");
}

QString checkTimeZone(const QString& zone)
{
    if (zone.isEmpty())
        return Tr::tr("Choose the time zone your tracker reports days in.");
    // Only IANA names ("Europe/Madrid", "UTC"), not offsets such as "UTC+02:00" that Qt also
    // takes: a tracker's days follow its zone's daylight-saving rules.
    static const QRegularExpression iana(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$"));
    if (zone.size() <= 64 && iana.match(zone).hasMatch() &&
        QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return {};
    if (zone.size() <= 64 && iana.match(zone).hasMatch())
        //: %1 is the time zone as typed.
        return Tr::tr("\"%1\" is not a time zone this system knows: choose one from the list "
                      "(e.g. Europe/Madrid, America/New_York, UTC).")
            .arg(zone);
    return Tr::tr("This is not a time zone name: choose one from the list (e.g. Europe/Madrid, "
                  "America/New_York, UTC).");
}

QString systemTimeZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return checkTimeZone(QString::fromUtf8(id)).isEmpty() ? QString::fromUtf8(id)
                                                          : QStringLiteral("UTC");
}

const QList<Currency>& isoCurrencies()
{
    // Columns of the file after the code and the English name.
    static const QList<QLocale::Language> columns{QLocale::Spanish, QLocale::Portuguese,
                                                  QLocale::Russian};
    static const QList<QStringList> rows = [] {
        QList<QStringList> read;
        QFile file(QStringLiteral(":/data/currencies.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return read;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                read.append(line.split(QLatin1Char('\t')));
        }
        return read;
    }();
    static QMutex mutex;
    static std::map<QLocale::Language, QList<Currency>> named; // node-based: stable references
    const QLocale::Language language = QLocale().language();
    const QMutexLocker lock(&mutex);
    auto it = named.find(language);
    if (it == named.end()) {
        const qsizetype column = 2 + columns.indexOf(language); // 1: English
        QList<Currency> list;
        for (const QStringList& row : rows) {
            if (row.size() < 2)
                continue;
            const bool translated = column >= 2 && column < row.size() && !row[column].isEmpty();
            list.append({row[0], translated ? row[column] : row[1]});
        }
        it = named.emplace(language, std::move(list)).first;
    }
    return it->second; // entries are never removed: the reference stays valid
}

bool isIsoCurrency(const QString& code)
{
    const auto& all = isoCurrencies();
    return std::binary_search(all.begin(), all.end(), Currency{code, {}},
                              [](const Currency& a, const Currency& b) { return a.code < b.code; });
}

} // namespace kd
