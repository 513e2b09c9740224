#include "TemplateCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
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
    name.removeIf(
        [](QChar c) { return !((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit()); });
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

    // Two passes: first the parameters whose name says which identifier they carry, then any
    // parameter that carries an accepted macro. So when one macro serves two identifiers
    // (Taboola's campaign id standing in for the ad set), "adsetid={campaign_id}" is the ad set
    // and a missing "campid=" is reported as the Campaign ID that is missing.
    std::array<std::optional<qsizetype>, 4> chosen;
    std::array<bool, 4> verified{true, true, true, true};
    for (int pass = 0; pass < 2; ++pass) {
        for (Identifier id : kIdentifiers) {
            const size_t slot = size_t(id);
            if (chosen[slot])
                continue;
            const IdentifierSpec& spec = network.spec(id);
            for (qsizetype i = 0; i < count && !chosen[slot]; ++i) {
                if (used[i] || tokens[i].isEmpty())
                    continue;
                const bool named = nameSuggests(tmpl.parameters[i].name, id);
                if (spec.macros.isEmpty()) {
                    // No macro known: a parameter named for the role, with some value, is the
                    // best evidence there is.
                    if (pass == 0 && named) {
                        chosen[slot] = i;
                        verified[slot] = false;
                    }
                } else if (carries(tokens[i], spec.macros) && (named || pass == 1)) {
                    chosen[slot] = i;
                }
            }
            if (chosen[slot])
                used[*chosen[slot]] = true;
        }
    }
    for (Identifier id : kIdentifiers) {
        const auto& c = chosen[size_t(id)];
        if (!c) {
            result.missing << id;
            continue;
        }
        result.mapped << MappedIdentifier{id, tmpl.parameters[*c].name, tmpl.parameters[*c].token,
                                          verified[size_t(id)]};
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
            //: %1 is a macro as written in the template, e.g. {{adset.id}}; %2 the ad networks it
            //: belongs to (e.g. "Google Ads" or "Google Ads / Taboola"); %3 (twice) the network the
            //: template is for.
            message = Tr::tr("%1 is a %2 macro, not a %3 one: %3 will not fill it in.")
                          .arg(p.token, owners.join(QStringLiteral(" / ")), network.name);
        else
            message =
                //: %1 is a macro as written in the template, e.g. {adgroupid}; %2 the ad network's
                //: name.
                Tr::tr("%1 is not a macro %2 is known to fill in.").arg(p.token, network.name);
        if (suggestion)
            //: Follows "%1 is not a macro %2 is known to fill in." %1 is the network's own macro
            //: with a similar name, e.g. {{adset.id}}.
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
