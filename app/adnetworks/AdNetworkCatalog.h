#pragma once

// The ad networks Kintura users run, and the macros each one substitutes into click URLs
// (resources/data/ad-networks.json, sources in docs/ad-networks.md). Data, not code.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace kd {

// The four identifiers every tracking template must carry.
enum class Identifier { Campaign, AdSet, Ad, Placement };
constexpr std::array<Identifier, 4> kIdentifiers{Identifier::Campaign, Identifier::AdSet,
                                                 Identifier::Ad, Identifier::Placement};
QString identifierName(Identifier id); // "Campaign ID", translated
QString identifierKey(Identifier id);  // "campaign", "adset", "ad", "placement"

struct IdentifierSpec
{
    QStringList macros;   // accepted macros, recommended first; empty: none is known
    bool standIn = false; // the network has no such level; these macros stand in
    QString confidence;   // high, medium, low, none
    QString source;
    QString explain; // for the user, e.g. what stands in where the level does not exist
};

struct AdNetwork
{
    QString key;
    QString name;
    QString syntax; // e.g. "{x}", "{{x}}", "__X__", "${X}"; empty when the network has none
    QString where;  // where the parameter string goes in the network's UI
    QString notes;
    QStringList presets; // the tracker's preset names that mean this network
    std::array<IdentifierSpec, 4> identifiers;
    QMap<QString, QString> extras; // click_id, campaign_name, cost
    QStringList other;             // further macros of the network

    const IdentifierSpec& spec(Identifier id) const { return identifiers[size_t(id)]; }
    // Every macro this network is known to substitute.
    QStringList allMacros() const;
};

class AdNetworkCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AdNetworkCatalog)
public:
    // The catalog compiled into the app.
    static const AdNetworkCatalog& builtIn();
    // Pure: the JSON of resources/data/ad-networks.json. False with a reason when unusable.
    static bool parse(const QByteArray& json, AdNetworkCatalog* out, QString* error);

    const QList<AdNetwork>& networks() const { return m_networks; }
    const AdNetwork* find(const QString& key) const;
    // The network a tracker's traffic-source preset name stands for ("facebook", "bing", ...).
    const AdNetwork* findByPreset(const QString& preset) const;
    // Networks (other than `except`) that substitute this macro, compared as the checker does.
    QStringList ownersOf(const QString& macro, const QString& except = {}) const;

private:
    QList<AdNetwork> m_networks;
};

// A token as written in a template, made comparable: percent-decoding undone (also when
// applied twice), white space dropped, lower case. "%7B%7B Campaign.ID %7D%7D" ->
// "{{campaign.id}}".
QString normaliseMacro(const QString& token);
// Whether a token is written as a macro in any of the syntaxes networks use.
bool looksLikeMacro(const QString& normalisedToken);

} // namespace kd
