#include "IntegrationInput.h"

#include "net/ApiRequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

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

bool hasControlCharacters(const QString& s)
{
    for (QChar c : s) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || c == QChar(0x2028) ||
            c == QChar(0x2029))
            return true;
    }
    return false;
}

QString checkCredential(const QString& value, const QString& what)
{
    if (value.isEmpty())
        return Tr::tr("Enter the %1 from Kintura's Settings > API page.").arg(what);
    if (value.size() > kMaxCredentialLength)
        return Tr::tr("This is too long for an %1 (at most %2 characters): check what was "
                      "pasted.")
            .arg(what)
            .arg(kMaxCredentialLength);
    for (QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return Tr::tr("The %1 contains spaces or invisible characters: copy it again.")
                .arg(what);
    }
    // Kintura's keys are printable ASCII; anything else was typed or pasted by mistake (and
    // would be mangled in an HTTP header).
    for (QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Tr::tr("The %1 contains characters Kintura's keys never have (such as "
                          "\u201c%2\u201d): copy it again from Kintura.")
                .arg(what, QString(c.isSurrogate() ? QChar(0xfffd) : c));
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

UrlCheck normaliseTrackerUrl(const QString& input)
{
    UrlCheck check;
    QString text = trimPasted(input);
    if (text.isEmpty()) {
        check.error = Tr::tr("Enter the tracker's address, e.g. https://tracker.example.com.");
        return check;
    }
    if (text.size() > 2048 || hasControlCharacters(text) || text.contains(QLatin1Char(' '))) {
        check.error = Tr::tr("This is not a web address: it contains spaces or control "
                             "characters.");
        return check;
    }
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!hasScheme.match(text).hasMatch())
        text.prepend(QStringLiteral("https://"));

    const QUrl url(text, QUrl::StrictMode);
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
        check.note = Tr::tr("Only the tracker's address is needed: the rest (%1) was removed.")
                         .arg(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    return check;
}

QString checkIntegrationName(const QString& name, const QStringList& otherNames)
{
    if (name.isEmpty())
        return Tr::tr("Give the integration a name, e.g. \"Kintura - Brand A\".");
    if (name.size() > kMaxNameLength)
        return Tr::tr("Use a shorter name (at most %1 characters).").arg(kMaxNameLength);
    if (hasControlCharacters(name))
        return Tr::tr("The name contains control characters: type it again.");
    for (const QString& other : otherNames) {
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            return Tr::tr("Another integration is already called \"%1\".").arg(other);
    }
    return {};
}

QString checkApiKey(const QString& key)
{
    return checkCredential(key, Tr::tr("API key"));
}

QString checkApiSecret(const QString& secret)
{
    return checkCredential(secret, Tr::tr("API secret"));
}

QString checkCurrency(const QString& code)
{
    if (code.isEmpty())
        return Tr::tr("Choose the currency your tracker reports revenue in.");
    if (!isIsoCurrency(code))
        return Tr::tr("\"%1\" is not an ISO 4217 currency code (e.g. USD, EUR, BRL).")
            .arg(code.left(16));
    return {};
}

const QList<Currency>& isoCurrencies()
{
    static const QList<Currency> currencies = [] {
        QList<Currency> list;
        QFile file(QStringLiteral(":/data/currencies.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return list;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            list.append(
                {line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1)});
        }
        return list;
    }();
    return currencies;
}

bool isIsoCurrency(const QString& code)
{
    const auto& all = isoCurrencies();
    return std::binary_search(all.begin(), all.end(), Currency{code, {}},
                              [](const Currency& a, const Currency& b) { return a.code < b.code; });
}

} // namespace kd
