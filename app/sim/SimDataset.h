#pragma once

// The simulated tracker's account: traffic sources (tracking templates), campaigns and the
// daily numbers behind them, all derived from a seed so every run sees the same data.

#include "tracker/TrackerTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd::sim {

enum class SimSize { Small, Typical, Large };
bool simSizeFromName(const QString& name, SimSize* out);
QString simSizeName(SimSize size);

struct SimConfig
{
    quint64 seed = 1;
    SimSize size = SimSize::Small;
    // Overrides of the size's defaults (0: the size decides), for growth benchmarks.
    int campaigns = 0;
    int networks = 0;
    int days = 0;
    // At least this many traffic sources (0: the networks decide); the rest are further
    // copies of the networks' templates, as accounts with several ad accounts per network have.
    // More than a page (50) makes the templates a paged call, as the campaigns are.
    int trafficSources = 0;
    TrackerSettings settings{QStringLiteral("USD"), ConversionTime::Visit,
                             QStringLiteral("America/New_York")};
    // Ad-network campaign ids that also feed another tracker: added to the first campaign of
    // the first network, to set up a double-counting case.
    QStringList sharedExternalIds;
};

struct SimTrafficSource
{
    qint64 id = 0;
    QString title;
    QString preset;
    QList<TemplateParameter> parameters;
};

struct SimCampaign
{
    qint64 id = 0;
    QString guid;
    QString title;
    qint64 trafficSourceId = 0;
    CostModel costModel = CostModel::Cpc;
    double costValue = 0;
    bool active = true;
    QDate start;
    QDate end; // inclusive; invalid while the campaign still runs
    double baseVisits = 0;
    double conversionRate = 0; // conversions per offer visit
    double payout = 0;         // revenue per conversion, tracker currency
    double phase = 0;
    QStringList externalIds; // the ad network's campaign ids feeding this campaign
};

// Where the simulated "now" stands: the real clock, or a fixed instant, moved by days.
struct SimClock
{
    QDateTime fixedNow; // invalid: use the system clock
    int offsetDays = 0;
    QDateTime now() const;
};

class SimDataset
{
public:
    SimDataset(const SimConfig& config, const QDate& anchorDay);

    const SimConfig& config() const { return m_config; }
    int campaignCount() const { return int(m_campaigns.size()); }
    int networkCount() const { return m_networks; }
    int historyDays() const { return m_days; }
    QDate firstDay() const { return m_firstDay; }

    QList<SimTrafficSource>& trafficSources() { return m_sources; }
    const QList<SimTrafficSource>& trafficSources() const { return m_sources; }
    const QList<SimCampaign>& campaigns() const { return m_campaigns; }

    // Rows for a stats query as the tracker would answer on `today` with `todayFraction` of
    // the day elapsed, sorted by their group keys. Recent days grow as late conversions
    // arrive (visit-time attribution).
    QList<StatsRow> stats(const StatsQuery& query, const QDate& today, double todayFraction) const;

private:
    SimConfig m_config;
    int m_networks = 0;
    int m_days = 0;
    QDate m_firstDay;
    QList<SimTrafficSource> m_sources;
    QList<SimCampaign> m_campaigns;
};

} // namespace kd::sim
