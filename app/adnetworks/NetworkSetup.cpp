#include "NetworkSetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {

namespace {
const QString kFormat = QStringLiteral("kintura-desk/network-choices");
}

NetworkState evaluateChoice(const NetworkChoice& choice, const QList<TrackingTemplate>& templates,
                            const AdNetwork& network, const AdNetworkCatalog& catalog,
                            const QDateTime& now)
{
    NetworkState state;
    state.checkedAt = now;
    if (choice.templateId.isEmpty()) {
        state.status = NetworkStatus::NotConfigured;
        return state;
    }
    const auto it =
        std::find_if(templates.begin(), templates.end(),
                     [&](const TrackingTemplate& t) { return t.id == choice.templateId; });
    if (it == templates.end()) {
        state.status = NetworkStatus::TemplateGone;
        return state;
    }
    state.current = *it;
    state.renamed = it->title != choice.templateTitle;
    state.check = checkTemplate(network, *it, catalog);
    state.status =
        state.check.isComplete() ? NetworkStatus::Connected : NetworkStatus::MissingMacros;
    return state;
}

QString describeChange(const AdNetwork& network, const NetworkState& before,
                       const NetworkState& after)
{
    const bool wasJudged =
        before.status == NetworkStatus::Connected || before.status == NetworkStatus::MissingMacros;
    if (!wasJudged)
        return {};
    const QString title = before.current.title;
    if (after.status == NetworkStatus::TemplateGone)
        //: %1 is an ad network's name, e.g. Google Ads; %2 the tracking template's title.
        return NetworkChoicesFile::tr("%1: the template \"%2\" was deleted in the tracker.")
            .arg(network.name, title);
    if (after.status == NetworkStatus::MissingMacros && after.check.missing != before.check.missing)
        //: %1 is an ad network's name; %2 the tracking template's title; %3 the identifiers it
        //: lacks, joined with commas, e.g. "Ad Set ID, Placement".
        return NetworkChoicesFile::tr("%1: the template \"%2\" no longer maps %3.")
            .arg(network.name, after.current.title, describeMissing(after.check.missing));
    if (before.status == NetworkStatus::MissingMacros && after.status == NetworkStatus::Connected)
        //: %1 is an ad network's name; %2 the tracking template's title.
        return NetworkChoicesFile::tr("%1: the template \"%2\" now maps all four identifiers.")
            .arg(network.name, after.current.title);
    if (after.status == NetworkStatus::Connected && after.current.title != title &&
        !title.isEmpty())
        //: %1 is an ad network's name; %2 the template's old title; %3 its new title.
        return NetworkChoicesFile::tr("%1: the template \"%2\" was renamed to \"%3\".")
            .arg(network.name, title, after.current.title);
    return {};
}

QByteArray NetworkChoicesFile::serialise(const NetworkChoices& choices)
{
    QJsonObject integrations;
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        QJsonArray networks;
        for (const NetworkChoice& c : it.value())
            networks.append(QJsonObject{{QStringLiteral("network"), c.networkKey},
                                        {QStringLiteral("template_id"), c.templateId},
                                        {QStringLiteral("template_title"), c.templateTitle}});
        integrations.insert(it.key(), networks);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("integrations"), integrations}})
        .toJson(QJsonDocument::Indented);
}

bool NetworkChoicesFile::deserialise(const QByteArray& bytes, NetworkChoices* out, QString* error)
{
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        //: Reason inserted as %1 into "The ad-network setup file could not be used (%1)…":
        //: lower-case, no full stop; "it" is the file.
        *error = tr("it is not a Kintura Desk ad-network file of a known version");
        return false;
    }
    NetworkChoices result;
    const QJsonObject integrations = root.value(QStringLiteral("integrations")).toObject();
    for (auto it = integrations.begin(); it != integrations.end(); ++it) {
        QList<NetworkChoice> list;
        for (const QJsonValue& v : it.value().toArray()) {
            const NetworkChoice c{v[QStringLiteral("network")].toString(),
                                  v[QStringLiteral("template_id")].toString(),
                                  v[QStringLiteral("template_title")].toString()};
            if (c.networkKey.isEmpty()) {
                //: Reason inserted into "The ad-network setup file could not be used (…)…":
                //: lower-case, no full stop. %1 is the integration's identifier (e.g. 3f2a…), not
                //: its name.
                *error = tr("an entry of integration %1 names no network").arg(it.key());
                return false;
            }
            list << c;
        }
        result.insert(it.key(), list);
    }
    *out = std::move(result);
    return true;
}

} // namespace kd
