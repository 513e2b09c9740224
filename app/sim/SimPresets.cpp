#include "SimPresets.h"

namespace kd::sim {

namespace {
TemplateParameter p(const char* name, const char* token)
{
    return {QString::fromLatin1(name), QString::fromLatin1(token)};
}
} // namespace

const QList<SimPreset>& simPresets()
{
    // Order matters: a dataset with N networks uses the first N.
    static const QList<SimPreset> presets{
        {"facebook", "Facebook", "digits:17",
         {p("campid", "{{campaign.id}}"), p("adsetid", "{{adset.id}}"), p("adid", "{{ad.id}}"),
          p("placement", "{{placement}}"), p("campname", "{{campaign.name}}")}},
        {"google", "Google Ads", "digits:11",
         {p("campid", "{campaignid}"), p("adsetid", "{adgroupid}"), p("adid", "{creative}"),
          p("placement", "{placement}"), p("clickid", "{gclid}")}},
        {"tiktok", "TikTok", "digits:16",
         {p("campid", "__CAMPAIGN_ID__"), p("adsetid", "__AID__"), p("adid", "__CID__"),
          p("placement", "__PLACEMENT__"), p("clickid", "__CALLBACK_PARAM__"),
          p("campname", "__CAMPAIGN_NAME__")}},
        {"taboola", "Taboola", "digits:8",
         {p("campid", "{campaign_id}"), p("adsetid", "{campaign_id}"),
          p("adid", "{campaign_item_id}"), p("placement", "{site}"), p("clickid", "{click_id}"),
          p("campname", "{campaign_name}")}},
        {"outbrain", "Outbrain", "hex:34",
         {p("campid", "{{campaign_id}}"), p("adsetid", "{{campaign_id}}"), p("adid", "{{ad_id}}"),
          p("placement", "{{section_id}}"), p("clickid", "{{ob_click_id}}")}},
        {"mgid", "MGID", "digits:7",
         {p("campid", "{campaign_id}"), p("adsetid", "{campaign_id}"), p("adid", "{teaser_id}"),
          p("placement", "{widget_id}"), p("clickid", "{click_id}")}},
        {"mediago", "MediaGo", "digits:9",
         {p("campid", "{campaign_id}"), p("adsetid", "{campaign_id}"), p("adid", "{ad_id}"),
          p("placement", "{site_id}"), p("clickid", "{click_id}")}},
        {"bigoads", "BigoAds", "digits:12",
         {p("campid", "{campaign_id}"), p("adsetid", "{adset_id}"), p("adid", "{ad_id}"),
          p("placement", "{placement}"), p("clickid", "{click_id}")}},
        {"adskeeper", "Adskeeper", "digits:7",
         {p("campid", "{campaign_id}"), p("adsetid", "{campaign_id}"), p("adid", "{teaser_id}"),
          p("placement", "{widget_id}"), p("clickid", "{click_id}")}},
        {"revcontent", "RevContent", "digits:6",
         {p("campid", "{boost_id}"), p("adsetid", "{boost_id}"), p("adid", "{content_id}"),
          p("placement", "{widget_id}"), p("clickid", "{click_id}")}},
        {"newsbreak", "NewsBreak", "digits:10",
         {p("campid", "{{CAMPAIGN_ID}}"), p("adsetid", "{{AD_SET_ID}}"), p("adid", "{{AD_ID}}"),
          p("placement", "{{PLACEMENT}}"), p("clickid", "{{CLICK_ID}}")}},
        {"yahoo", "Yahoo DSP", "digits:8",
         {p("campid", "${CAMPAIGN_ID}"), p("adsetid", "${LINE_ID}"), p("adid", "${AD_ID}"),
          p("placement", "${SITE_ID}"), p("clickid", "${CLICK_ID}")}},
        {"trillion", "Trillion", "digits:9",
         {p("campid", "[campaign_id]"), p("adsetid", "[adset_id]"), p("adid", "[ad_id]"),
          p("placement", "[placement]"), p("clickid", "[click_id]")}},
        {"pinterest", "Pinterest", "digits:12",
         {p("campid", "{campaignid}"), p("adsetid", "{adgroupid}"), p("adid", "{adid}"),
          p("placement", "{device}")}},
        {"snapchat", "Snapchat", "hex:32",
         {p("campid", "{{campaign.id}}"), p("adsetid", "{{adSet.id}}"), p("adid", "{{ad.id}}"),
          p("placement", "{{site_source_name}}")}},
        {"microsoft", "Microsoft Ads", "digits:9",
         {p("campid", "{CampaignId}"), p("adsetid", "{AdGroupId}"), p("adid", "{AdId}"),
          p("placement", "{Network}"), p("clickid", "{msclkid}")}},
        {"x", "X (Twitter)", "hex:10",
         {p("campid", "[[campaign_id]]"), p("adsetid", "[[line_item_id]]"),
          p("adid", "[[promoted_tweet_id]]"), p("placement", "[[placement]]")}},
        {"zeropark", "Zeropark", "hex:32",
         {p("campid", "{campaign_id}"), p("adsetid", "{target_id}"), p("adid", "{cid}"),
          p("placement", "{target}"), p("clickid", "{cid}")}},
        {"propellerads", "PropellerAds", "digits:7",
         {p("campid", "${CAMPAIGNID}"), p("adsetid", "${CAMPAIGNID}"), p("adid", "${BANNERID}"),
          p("placement", "${ZONEID}"), p("clickid", "${SUBID}")}},
        {"clickadu", "Clickadu", "digits:7",
         {p("campid", "{campaignid}"), p("adsetid", "{campaignid}"), p("adid", "{creativeid}"),
          p("zone", "{zoneid}"), p("clickid", "{SUBID}")}},
        {"exoclick", "ExoClick", "digits:7",
         {p("campid", "{campaign_id}"), p("adsetid", "{campaign_id}"), p("adid", "{variation_id}"),
          p("placement", "{zone_id}"), p("clickid", "{conversions_tracking}")}},
    };
    return presets;
}

} // namespace kd::sim
