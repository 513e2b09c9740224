#pragma once

// The tracker-neutral vocabulary: what any click tracker (Kintura today, others later) tells
// the app. Adapters translate their API into these types; pages, cache and checks only see
// these.

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace kd {

// Money in millionths of the tracker's currency unit: exact sums, no binary-fraction drift.
using Money = qint64;
constexpr Money kMoneyUnit = 1'000'000;

enum class ConversionTime { Visit, Postback };

struct TrackerSettings
{
    QString currency; // ISO 4217
    ConversionTime conversionTime = ConversionTime::Visit;
    QString timeZone; // IANA name, e.g. "America/New_York"
};

// What the cheapest authenticated request told: the tracker is there, the credentials work.
struct TrackerAccess
{
    qint64 campaignCount = -1; // when the tracker said (-1: unknown)
};

// One URL parameter of a tracking template and the token the ad network fills in.
struct TemplateParameter
{
    QString name;  // e.g. "campid"
    QString token; // e.g. "{{campaign.id}}"
    friend bool operator==(const TemplateParameter&, const TemplateParameter&) = default;
};

// A traffic-source configuration in the tracker: how one ad network's clicks arrive.
struct TrackingTemplate
{
    QString id;
    QString title;
    QString preset; // the tracker's preset name for the ad network, e.g. "facebook"
    QList<TemplateParameter> parameters;
};

enum class CostModel { None, Cpc, Cpa, Auto, Cpm, RevShare };

struct Campaign
{
    QString id;
    QString guid;
    QString title;
    QString trafficSourceId;
    CostModel costModel = CostModel::None;
    Money costValue = 0;
    std::optional<bool> active; // Kintura's is_active is nullable: unknown
};

enum class StatsGroup {
    Date = 0x1,
    Campaign = 0x2,
    TrafficSource = 0x4,
    // The ad network's own campaign id, as the click URL carried it: the key for spotting two
    // trackers that receive the same ad-network campaign.
    ExternalCampaign = 0x8,
};
Q_DECLARE_FLAGS(StatsGroups, StatsGroup)
Q_DECLARE_OPERATORS_FOR_FLAGS(StatsGroups)

struct StatsQuery
{
    QDate from; // inclusive, in the tracker's time zone
    QDate to;   // inclusive
    StatsGroups groups;
    QString campaignId;      // optional filter
    QString trafficSourceId; // optional filter
};

struct StatsRow
{
    // Keys: only those named by the query's groups are set.
    QDate date;
    QString campaignId;
    QString trafficSourceId;
    QString externalCampaignId;

    qint64 visits = 0;
    qint64 lpVisits = 0;    // landing-page visits ("L. Visits")
    qint64 offerVisits = 0; // offer visits ("O. Visits")
    qint64 uniqueVisits = 0;
    qint64 conversions = 0;
    Money revenue = 0;
    Money cost = 0;
    friend bool operator==(const StatsRow&, const StatsRow&) = default;
};

// The tracker's wall clock at `utc`, from its time zone's name (UTC when unknown or invalid):
// days begin at its midnight.
QDateTime trackerClock(const QString& timeZone, const QDateTime& utc);

QString conversionTimeKey(ConversionTime time); // "visit" | "postback"
bool conversionTimeFromKey(const QString& key, ConversionTime* out);
QString costModelKey(CostModel model);
bool costModelFromKey(const QString& key, CostModel* out);

} // namespace kd
