#include "AdNetworkCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace kd {

QString identifierName(Identifier id)
{
    switch (id) {
    case Identifier::Campaign:
        //: An ad network's identifier a tracking template passes to the tracker; also inserted in
        //: lists such as "no longer maps %3" (names joined with commas).
        return AdNetworkCatalog::tr("Campaign ID");
    case Identifier::AdSet:
        //: An ad network's identifier a tracking template passes to the tracker (Facebook's "ad
        //: set", Google's "ad group"); also inserted in lists such as "no longer maps %3".
        return AdNetworkCatalog::tr("Ad Set ID");
    case Identifier::Ad:
        //: An ad network's identifier a tracking template passes to the tracker; also inserted in
        //: lists such as "no longer maps %3".
        return AdNetworkCatalog::tr("Ad ID");
    case Identifier::Placement:
        //: A noun: where the ad was shown (site, app, feed), one of the identifiers a tracking
        //: template passes to the tracker; also inserted in lists such as "no longer maps %3".
        return AdNetworkCatalog::tr("Placement");
    }
    return {};
}

QString identifierKey(Identifier id)
{
    switch (id) {
    case Identifier::Campaign:
        return QStringLiteral("campaign");
    case Identifier::AdSet:
        return QStringLiteral("adset");
    case Identifier::Ad:
        return QStringLiteral("ad");
    case Identifier::Placement:
        return QStringLiteral("placement");
    }
    return {};
}

QStringList AdNetwork::allMacros() const
{
    QStringList all;
    for (const IdentifierSpec& s : identifiers)
        all += s.macros;
    all += extras.values();
    all += other;
    all.removeDuplicates();
    return all;
}

QString normaliseMacro(const QString& token)
{
    QString s = token;
    // Templates pasted from URLs arrive encoded, sometimes twice.
    for (int round = 0; round < 3 && s.contains(QLatin1Char('%')); ++round) {
        const QString decoded = QUrl::fromPercentEncoding(s.toUtf8());
        if (decoded == s)
            break;
        s = decoded;
    }
    s.removeIf([](QChar c) { return c.isSpace(); }); // no regex: this runs per token, often
    return s.toLower();
}

bool looksLikeMacro(const QString& t)
{
    static const QRegularExpression macro(
        QStringLiteral(
            R"(\{\{[^{}]+\}\}|\$\{[^{}]+\}|\{[^{}]+\}|\[\[[^\[\]]+\]\]|\[[^\[\]]+\]|__[a-z0-9_]+__)"),
        QRegularExpression::CaseInsensitiveOption);
    return macro.match(t).hasMatch();
}

bool AdNetworkCatalog::parse(const QByteArray& json, AdNetworkCatalog* out, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() !=
            QLatin1String("kintura-desk/ad-networks")) {
        //: Reason why the built-in catalog could not be read (a program error, rarely seen):
        //: lower-case, no full stop.
        *error = tr("not an ad-network catalog");
        return false;
    }
    AdNetworkCatalog catalog;
    const QJsonArray list = root.value(QStringLiteral("networks")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        AdNetwork n;
        n.key = o.value(QStringLiteral("key")).toString();
        n.name = o.value(QStringLiteral("name")).toString();
        n.syntax = o.value(QStringLiteral("syntax")).toString();
        n.where = o.value(QStringLiteral("where")).toString();
        n.notes = o.value(QStringLiteral("notes")).toString();
        for (const QJsonValue& p : o.value(QStringLiteral("presets")).toArray())
            n.presets << p.toString().toLower();
        for (Identifier id : kIdentifiers) {
            const QJsonObject s = o.value(identifierKey(id)).toObject();
            if (s.isEmpty()) {
                //: Reason why the built-in catalog could not be read (rarely seen). %1 is a
                //: network's key, e.g. "facebook"; %2 an identifier's key, e.g. "adset".
                *error = tr("network \"%1\" lacks \"%2\"").arg(n.key, identifierKey(id));
                return false;
            }
            IdentifierSpec& spec = n.identifiers[size_t(id)];
            for (const QJsonValue& m : s.value(QStringLiteral("macros")).toArray())
                spec.macros << m.toString();
            spec.standIn = s.value(QStringLiteral("standIn")).toBool();
            spec.confidence = s.value(QStringLiteral("confidence")).toString();
            spec.source = s.value(QStringLiteral("source")).toString();
            spec.explain = s.value(QStringLiteral("explain")).toString();
            if (spec.source.isEmpty()) {
                //: Reason why the built-in catalog could not be read (rarely seen). %1 is a
                //: network's key, e.g. "facebook"; %2 an identifier's key, e.g. "adset".
                *error = tr("network \"%1\", %2: no source").arg(n.key, identifierKey(id));
                return false;
            }
        }
        const QJsonObject extras = o.value(QStringLiteral("extras")).toObject();
        for (auto it = extras.begin(); it != extras.end(); ++it)
            n.extras.insert(it.key(), it.value().toString());
        for (const QJsonValue& m : o.value(QStringLiteral("other")).toArray())
            n.other << m.toString();
        if (n.key.isEmpty() || n.name.isEmpty() || catalog.find(n.key)) {
            //: Reason why the built-in catalog could not be read (rarely seen): lower-case, no full
            //: stop.
            *error = tr("a network without a key or name, or twice the same key");
            return false;
        }
        catalog.m_networks.append(n);
    }
    if (catalog.m_networks.isEmpty()) {
        //: Reason why the built-in catalog could not be read (rarely seen): lower-case, no full
        //: stop.
        *error = tr("no networks");
        return false;
    }
    *out = std::move(catalog);
    return true;
}

const AdNetworkCatalog& AdNetworkCatalog::builtIn()
{
    static const AdNetworkCatalog catalog = [] {
        AdNetworkCatalog c;
        QFile file(QStringLiteral(":/data/ad-networks.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), &c, &error))
            qFatal("The built-in ad-network catalog is broken: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

const AdNetwork* AdNetworkCatalog::find(const QString& key) const
{
    for (const AdNetwork& n : m_networks) {
        if (n.key == key)
            return &n;
    }
    return nullptr;
}

const AdNetwork* AdNetworkCatalog::findByPreset(const QString& preset) const
{
    const QString wanted = preset.trimmed().toLower();
    for (const AdNetwork& n : m_networks) {
        if (n.key == wanted || n.presets.contains(wanted))
            return &n;
    }
    return nullptr;
}

QStringList AdNetworkCatalog::ownersOf(const QString& macro, const QString& except) const
{
    const QString wanted = normaliseMacro(macro);
    QStringList owners;
    for (const AdNetwork& n : m_networks) {
        if (n.key == except)
            continue;
        for (const QString& m : n.allMacros()) {
            if (normaliseMacro(m) == wanted) {
                owners << n.name;
                break;
            }
        }
    }
    return owners;
}

} // namespace kd
