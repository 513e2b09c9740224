#include "SimPresets.h"

#include "adnetworks/AdNetworkCatalog.h"

#include <QHash>

namespace kd::sim {

namespace {
// How each network's own campaign ids look, for realistic external ids.
QString idStyle(const QString& key)
{
    static const QHash<QString, QString> styles{
        {QStringLiteral("facebook"), QStringLiteral("digits:17")},
        {QStringLiteral("google"), QStringLiteral("digits:11")},
        {QStringLiteral("tiktok"), QStringLiteral("digits:16")},
        {QStringLiteral("taboola"), QStringLiteral("digits:8")},
        {QStringLiteral("outbrain"), QStringLiteral("hex:34")},
        {QStringLiteral("snapchat"), QStringLiteral("hex:32")},
        {QStringLiteral("zeropark"), QStringLiteral("hex:32")},
        {QStringLiteral("x"), QStringLiteral("hex:10")},
        {QStringLiteral("bigoads"), QStringLiteral("digits:12")},
        {QStringLiteral("pinterest"), QStringLiteral("digits:12")},
        {QStringLiteral("newsbreak"), QStringLiteral("digits:10")}};
    return styles.value(key, QStringLiteral("digits:7"));
}
} // namespace

const QList<SimPreset>& simPresets()
{
    static const QList<SimPreset> presets = [] {
        static const std::pair<Identifier, const char*> names[] = {
            {Identifier::Campaign, "campid"},
            {Identifier::AdSet, "adsetid"},
            {Identifier::Ad, "adid"},
            {Identifier::Placement, "placement"}};
        QList<SimPreset> list;
        for (const AdNetwork& n : AdNetworkCatalog::builtIn().networks()) {
            SimPreset preset{n.key, n.name, idStyle(n.key), {}};
            for (const auto& [id, name] : names) {
                const QStringList& macros = n.spec(id).macros;
                // Where no macro exists, users write a fixed value per ad.
                preset.parameters << TemplateParameter{
                    QString::fromLatin1(name),
                    macros.isEmpty() ? QStringLiteral("REPLACE_PER_AD") : macros.first()};
            }
            for (const auto& [extra, name] :
                 {std::pair{"click_id", "clickid"}, std::pair{"campaign_name", "campname"},
                  std::pair{"cost", "cost"}}) {
                const QString macro = n.extras.value(QString::fromLatin1(extra));
                if (!macro.isEmpty())
                    preset.parameters << TemplateParameter{QString::fromLatin1(name), macro};
            }
            list << preset;
        }
        return list;
    }();
    return presets;
}

} // namespace kd::sim
