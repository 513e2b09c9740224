#include "TemplateCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace kd {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCheck)
};

// Parameter names people give each identifier, to recognise a role when the catalog knows no
// macro for it (and to prefer the right parameter when one macro serves two roles).
const QStringList& aliases(Identifier id)
{
    static const QStringList campaign{QStringLiteral("campid"),     QStringLiteral("campaign"),
                                      QStringLiteral("campaignid"), QStringLiteral("camp"),
                                      QStringLiteral("cid"),        QStringLiteral("utmcampaign"),
                                      QStringLiteral("boost"),      QStringLiteral("boostid")};
    static const QStringList adset{
        QStringLiteral("adsetid"),   QStringLiteral("adset"),      QStringLiteral("adgroup"),
        QStringLiteral("adgroupid"), QStringLiteral("adgrpid"),    QStringLiteral("agid"),
        QStringLiteral("flight"),    QStringLiteral("flightid"),   QStringLiteral("lineid"),
        QStringLiteral("lineitem"),  QStringLiteral("lineitemid"), QStringLiteral("adsquad")};
    static const QStringList ad{
        QStringLiteral("adid"),       QStringLiteral("ad"),         QStringLiteral("creative"),
        QStringLiteral("creativeid"), QStringLiteral("banner"),     QStringLiteral("bannerid"),
        QStringLiteral("teaser"),     QStringLiteral("teaserid"),   QStringLiteral("contentid"),
        QStringLiteral("itemid"),     QStringLiteral("campitemid"), QStringLiteral("promoid"),
        QStringLiteral("variation"),  QStringLiteral("variationid")};
    static const QStringList placement{
        QStringLiteral("placement"), QStringLiteral("placementid"), QStringLiteral("site"),
        QStringLiteral("siteid"),    QStringLiteral("zone"),        QStringLiteral("zoneid"),
        QStringLiteral("widget"),    QStringLiteral("widgetid"),    QStringLiteral("source"),
        QStringLiteral("sourceid"),  QStringLiteral("publisher"),   QStringLiteral("publisherid"),
        QStringLiteral("pub"),       QStringLiteral("pubid"),       QStringLiteral("section"),
        QStringLiteral("sectionid"), QStringLiteral("target"),      QStringLiteral("sid")};
    switch (id) {
    case Identifier::Campaign:
        return campaign;
    case Identifier::AdSet:
        return adset;
    case Identifier::Ad:
        return ad;
    case Identifier::Placement:
        return placement;
    }
    return campaign;
}

bool nameSuggests(const QString& parameter, Identifier id)
{
    QString name = parameter.toLower();
    name.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return aliases(id).contains(name);
}

bool carries(const QString& normalisedToken, const QStringList& macros)
{
    for (const QString& m : macros) {
        const QString wanted = normaliseMacro(m);
        if (!wanted.isEmpty() && normalisedToken.contains(wanted))
            return true;
    }
    return false;
}

// The macro of this network with the same name in another syntax, if any: a Google-style
// "{campaign_id}" on Outbrain suggests "{{campaign_id}}".
std::optional<QString> sameNameInOurSyntax(const QString& normalisedToken, const AdNetwork& network)
{
    static const QRegularExpression decoration(QStringLiteral("[{}\\[\\]$_]"));
    QString bare = normalisedToken;
    bare.remove(decoration);
    if (bare.isEmpty())
        return std::nullopt;
    for (const QString& m : network.allMacros()) {
        QString theirs = normaliseMacro(m);
        theirs.remove(decoration);
        if (theirs == bare)
            return m;
    }
    return std::nullopt;
}

} // namespace

const MappedIdentifier* TemplateCheckResult::find(Identifier id) const
{
    for (const MappedIdentifier& m : mapped) {
        if (m.identifier == id)
            return &m;
    }
    return nullptr;
}

TemplateCheckResult checkTemplate(const AdNetwork& network, const TrackingTemplate& tmpl,
                                  const AdNetworkCatalog& catalog)
{
    TemplateCheckResult result;
    const qsizetype count = tmpl.parameters.size();
    QList<QString> tokens;
    tokens.reserve(count);
    for (const TemplateParameter& p : tmpl.parameters)
        tokens << normaliseMacro(p.token);
    QList<bool> used(count, false);

    for (Identifier id : kIdentifiers) {
        const IdentifierSpec& spec = network.spec(id);
        std::optional<qsizetype> chosen;
        bool verified = true;
        if (!spec.macros.isEmpty()) {
            // Among the parameters carrying an accepted macro, prefer the one named for the role
            // (Taboola's campaign id stands in for the ad set: "adsetid={campaign_id}").
            for (qsizetype i = 0; i < count; ++i) {
                if (used[i] || !carries(tokens[i], spec.macros))
                    continue;
                if (!chosen || nameSuggests(tmpl.parameters[i].name, id))
                    chosen = i;
                if (nameSuggests(tmpl.parameters[i].name, id))
                    break;
            }
        } else {
            // No macro known: a parameter named for the role, with some value, is the best
            // evidence there is.
            for (qsizetype i = 0; i < count && !chosen; ++i) {
                if (!used[i] && nameSuggests(tmpl.parameters[i].name, id) && !tokens[i].isEmpty())
                    chosen = i;
            }
            verified = false;
        }
        if (!chosen) {
            result.missing << id;
            continue;
        }
        used[*chosen] = true;
        result.mapped << MappedIdentifier{id, tmpl.parameters[*chosen].name,
                                          tmpl.parameters[*chosen].token, verified};
    }

    // Tokens that look like macros but are not this network's: the network would leave them
    // as they are, and the tracker would receive the literal text.
    const QStringList ours = network.allMacros();
    for (qsizetype i = 0; i < count; ++i) {
        const QString& token = tokens[i];
        if (token.isEmpty() || !looksLikeMacro(token) || carries(token, ours))
            continue;
        const TemplateParameter& p = tmpl.parameters[i];
        const QStringList owners = catalog.ownersOf(token, network.key);
        const auto suggestion = sameNameInOurSyntax(token, network);
        QString message;
        if (!owners.isEmpty())
            message = Tr::tr("%1 is a %2 macro, not a %3 one: %3 will not fill it in.")
                          .arg(p.token, owners.join(QStringLiteral(" / ")), network.name);
        else
            message =
                Tr::tr("%1 is not a macro %2 is known to fill in.").arg(p.token, network.name);
        if (suggestion)
            message += QLatin1Char(' ') + Tr::tr("Did you mean %1?").arg(*suggestion);
        result.issues << TokenIssue{p.name, p.token, message};
    }
    return result;
}

int templateMatchScore(const AdNetwork& network, const TrackingTemplate& tmpl,
                       const AdNetworkCatalog& catalog)
{
    int score = 0;
    if (network.presets.contains(tmpl.preset.toLower()) ||
        tmpl.preset.compare(network.key, Qt::CaseInsensitive) == 0)
        score += 100;
    const QString firstWord = network.name.section(QLatin1Char(' '), 0, 0);
    if (tmpl.title.contains(firstWord, Qt::CaseInsensitive))
        score += 50;
    const TemplateCheckResult check = checkTemplate(network, tmpl, catalog);
    score += 10 * int(check.mapped.size());
    score -= 5 * int(check.issues.size());
    return score;
}

QString trackingParameterString(const TrackingTemplate& tmpl)
{
    QStringList pairs;
    for (const TemplateParameter& p : tmpl.parameters)
        pairs << (p.token.isEmpty() ? p.name : p.name + QLatin1Char('=') + p.token);
    return pairs.join(QLatin1Char('&'));
}

QString describeMissing(const QList<Identifier>& missing)
{
    QStringList names;
    for (Identifier id : missing)
        names << identifierName(id);
    return names.join(QStringLiteral(", "));
}

} // namespace kd
