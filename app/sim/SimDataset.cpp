#include "SimDataset.h"

#include "SimPresets.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kd::sim {

namespace {

struct SizeShape
{
    int campaigns;
    int networks;
    int days;
};

SizeShape shapeOf(SimSize size)
{
    switch (size) {
    case SimSize::Small:
        return {20, 3, 30};
    case SimSize::Typical:
        return {300, 8, 180};
    case SimSize::Large:
        return {3000, 21, 730};
    }
    return {20, 3, 30};
}

quint64 mix(quint64 x)
{
    // splitmix64 finaliser: a well-spread hash of the inputs, so every number is a pure
    // function of (seed, campaign, day) and no state is kept per day.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(mix(seed))
    {
    }
    quint64 next() { return m_state = mix(m_state); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

QString externalId(Rng& rng, const char* style)
{
    const QString s = QString::fromLatin1(style);
    const int length = s.section(QLatin1Char(':'), 1).toInt();
    const bool hex = s.startsWith(QLatin1String("hex"));
    QString id;
    id.reserve(length);
    for (int i = 0; i < length; ++i) {
        const int digit = i == 0 && !hex ? 1 + rng.below(9) : rng.below(hex ? 16 : 10);
        id.append(QLatin1Char("0123456789abcdef"[digit]));
    }
    return id;
}

// Share of a day's final conversions already reported `age` days later (visit time).
double lateConversionShare(int age)
{
    static constexpr double shares[] = {0.6, 0.8, 0.9, 0.95, 0.97, 0.99};
    return age < 0 ? 0.0 : age < 6 ? shares[age] : 1.0;
}

// Splits `total` into parts by cumulative weights so that the parts sum exactly.
qint64 part(qint64 total, double cumBefore, double cumAfter)
{
    return qint64(std::floor(double(total) * cumAfter + 1e-9)) -
           qint64(std::floor(double(total) * cumBefore + 1e-9));
}

struct Cell
{
    qint64 visits, lpVisits, offerVisits, uniqueVisits, conversions;
    qint64 revenueCents;
    qint64 costMicros;
};

Cell dayCell(const SimCampaign& c, quint64 seed, const QDate& day, const QDate& today,
             double todayFraction, ConversionTime time)
{
    Rng rng(seed ^ (quint64(c.id) * 0x100000001B3ULL) ^ (quint64(day.toJulianDay()) << 20));
    const double weekday = day.dayOfWeek() >= 6 ? 0.8 : 1.0;
    const double trend = 1.0 + 0.3 * std::sin(double(day.toJulianDay()) / 23.0 + c.phase);
    double visitsFinal = c.baseVisits * weekday * trend * (0.7 + 0.6 * rng.uniform());
    const bool isToday = day == today;
    if (isToday)
        visitsFinal *= todayFraction;
    Cell cell{};
    cell.visits = qint64(std::floor(visitsFinal));
    cell.lpVisits = qint64(std::floor(double(cell.visits) * (0.6 + 0.2 * rng.uniform())));
    cell.offerVisits = qint64(std::floor(double(cell.lpVisits) * (0.4 + 0.2 * rng.uniform())));
    cell.uniqueVisits = qint64(std::floor(double(cell.visits) * (0.8 + 0.15 * rng.uniform())));
    const double finalConversions =
        std::floor(double(cell.offerVisits) * c.conversionRate * (0.5 + rng.uniform()));
    const int age = int(day.daysTo(today));
    const double share = time == ConversionTime::Visit ? lateConversionShare(age) : 1.0;
    cell.conversions = qint64(std::floor(finalConversions * share));
    const qint64 payoutCents = qint64(std::llround(c.payout * (0.9 + 0.2 * rng.uniform()) * 100));
    cell.revenueCents = cell.conversions * payoutCents;
    double cost = 0;
    switch (c.costModel) {
    case CostModel::Cpc:
        cost = double(cell.visits) * c.costValue;
        break;
    case CostModel::Cpm:
        cost = double(cell.visits) / 1000.0 * c.costValue;
        break;
    case CostModel::Cpa:
        cost = double(cell.conversions) * c.costValue;
        break;
    case CostModel::RevShare:
        cost = double(cell.revenueCents) / 100.0 * c.costValue;
        break;
    case CostModel::Auto:
        cost = double(cell.visits) * c.costValue * (0.8 + 0.4 * rng.uniform());
        break;
    case CostModel::None:
        break;
    }
    // Kintura keeps costs to four decimals.
    cell.costMicros = std::llround(cost * 10'000) * 100;
    return cell;
}

} // namespace

bool simSizeFromName(const QString& name, SimSize* out)
{
    if (name == QLatin1String("small"))
        *out = SimSize::Small;
    else if (name == QLatin1String("typical"))
        *out = SimSize::Typical;
    else if (name == QLatin1String("large"))
        *out = SimSize::Large;
    else
        return false;
    return true;
}

QString simSizeName(SimSize size)
{
    switch (size) {
    case SimSize::Small:
        return QStringLiteral("small");
    case SimSize::Typical:
        return QStringLiteral("typical");
    case SimSize::Large:
        return QStringLiteral("large");
    }
    return {};
}

QDateTime SimClock::now() const
{
    const QDateTime base = fixedNow.isValid() ? fixedNow : QDateTime::currentDateTimeUtc();
    return base.addDays(offsetDays);
}

SimDataset::SimDataset(const SimConfig& config, const QDate& anchorDay)
    : m_config(config)
{
    const SizeShape shape = shapeOf(config.size);
    const int campaignCount = config.campaigns > 0 ? config.campaigns : shape.campaigns;
    m_networks = std::clamp(config.networks > 0 ? config.networks : shape.networks, 1,
                            int(simPresets().size()));
    m_days = std::max(1, config.days > 0 ? config.days : shape.days);
    m_firstDay = anchorDay.addDays(1 - m_days);

    Rng rng(config.seed);
    // One good template per network, plus realistic mistakes: an old copy that lacks the
    // placement macro on every third network, and on the second network a template that
    // carries the first network's campaign macro.
    QList<qint64> goodSourceOfNetwork;
    qint64 nextSourceId = 11;
    for (int n = 0; n < m_networks; ++n) {
        const SimPreset& preset = simPresets().at(n);
        SimTrafficSource good{nextSourceId++, preset.name, preset.key, preset.parameters};
        goodSourceOfNetwork << good.id;
        m_sources << good;
        if (n % 3 == 0) {
            SimTrafficSource old = good;
            old.id = nextSourceId++;
            old.title = good.title + QStringLiteral(" (old)");
            old.parameters.removeIf([](const TemplateParameter& p) {
                return p.name == QLatin1String("placement") || p.name == QLatin1String("zone");
            });
            m_sources << old;
        }
        if (n == 1) {
            SimTrafficSource wrong = good;
            wrong.id = nextSourceId++;
            wrong.title = good.title + QStringLiteral(" - copy");
            wrong.parameters[0].token = simPresets().at(0).parameters.at(0).token;
            m_sources << wrong;
        }
    }
    // Copies draw nothing from the seed's sequence: the campaigns stay the same with or
    // without them.
    for (qsizetype k = 0; m_sources.size() < config.trafficSources; ++k) {
        const int n = int(k % m_networks);
        const SimPreset& preset = simPresets().at(n);
        const QString title =
            QStringLiteral("%1 - account %2").arg(preset.name).arg(k / m_networks + 2);
        m_sources << SimTrafficSource{nextSourceId++, title, preset.key, preset.parameters};
    }

    static const char* const geos[] = {"US", "UK", "DE", "BR", "ES", "MX", "CA", "AU", "FR", "IT"};
    static const char* const verticals[] = {"Nutra", "Sweeps",    "Finance", "Dating", "Gaming",
                                            "Solar", "Insurance", "VPN",     "Crypto", "Health"};
    static const CostModel models[] = {CostModel::Cpc,      CostModel::Cpc, CostModel::Cpc,
                                       CostModel::Cpm,      CostModel::Cpa, CostModel::Auto,
                                       CostModel::RevShare, CostModel::None};
    m_campaigns.reserve(campaignCount);
    for (int i = 0; i < campaignCount; ++i) {
        SimCampaign c;
        c.id = 1001 + i;
        // Networks are not equally popular: the first ones carry most campaigns.
        const int network =
            std::min(m_networks - 1, int(std::pow(rng.uniform(), 1.6) * m_networks));
        const SimPreset& preset = simPresets().at(network);
        c.trafficSourceId = goodSourceOfNetwork.at(network);
        c.guid = QStringLiteral("%1-%2-4%3-%4-%5")
                     .arg(rng.next() & 0xffffffffULL, 8, 16, QLatin1Char('0'))
                     .arg(rng.next() & 0xffffULL, 4, 16, QLatin1Char('0'))
                     .arg(rng.next() & 0xfffULL, 3, 16, QLatin1Char('0'))
                     .arg((rng.next() & 0x3fffULL) | 0x8000ULL, 4, 16, QLatin1Char('0'))
                     .arg(rng.next() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
        c.title = QStringLiteral("%1 - %2 - %3 - %4")
                      .arg(preset.name, QString::fromLatin1(geos[rng.below(10)]),
                           QString::fromLatin1(verticals[rng.below(10)]))
                      .arg(i + 1, 4, 10, QLatin1Char('0'));
        c.costModel = models[rng.below(8)];
        switch (c.costModel) {
        case CostModel::Cpc:
            c.costValue = 0.02 + 0.4 * rng.uniform();
            break;
        case CostModel::Cpm:
            c.costValue = 0.5 + 4 * rng.uniform();
            break;
        case CostModel::Cpa:
            c.costValue = 5 + 30 * rng.uniform();
            break;
        case CostModel::Auto:
            c.costValue = 0.05 + 0.3 * rng.uniform();
            break;
        case CostModel::RevShare:
            c.costValue = 0.3 + 0.4 * rng.uniform();
            break;
        case CostModel::None:
            c.costValue = 0;
            break;
        }
        c.costValue = std::round(c.costValue * 10'000) / 10'000;
        // Lifetimes: most campaigns began inside the window, a quarter have ended.
        const int startOffset = rng.below(std::max(1, m_days * 3 / 4));
        c.start = m_firstDay.addDays(startOffset);
        c.active = rng.uniform() > 0.25;
        if (!c.active) {
            const int remaining = int(c.start.daysTo(anchorDay));
            c.end = c.start.addDays(remaining > 0 ? rng.below(remaining) : 0);
        }
        // A long-tailed size: a few campaigns carry most of the traffic.
        c.baseVisits = 40 + 4000 * std::pow(rng.uniform(), 4);
        c.conversionRate = 0.01 + 0.08 * rng.uniform();
        c.payout = std::round((5 + 60 * rng.uniform()) * 100) / 100;
        c.phase = rng.uniform() * 6.283;
        const int externals = 1 + rng.below(3);
        for (int e = 0; e < externals; ++e)
            c.externalIds << externalId(rng, preset.externalIdStyle.toLatin1().constData());
        m_campaigns << c;
    }
    if (!config.sharedExternalIds.isEmpty()) {
        for (SimCampaign& c : m_campaigns) {
            if (c.trafficSourceId == goodSourceOfNetwork.first()) {
                c.externalIds += config.sharedExternalIds;
                c.active = true;
                c.end = QDate();
                break;
            }
        }
    }
}

QList<StatsRow> SimDataset::stats(const StatsQuery& query, const QDate& today,
                                  double todayFraction) const
{
    using Key = std::tuple<qint64, qint64, qint64, QString>;
    std::map<Key, StatsRow> groups;
    const bool byDate = query.groups & StatsGroup::Date;
    const bool byCampaign = query.groups & StatsGroup::Campaign;
    const bool bySource = query.groups & StatsGroup::TrafficSource;
    const bool byExternal = query.groups & StatsGroup::ExternalCampaign;
    const QDate from = std::max(query.from, m_firstDay);
    const QDate to = std::min(query.to, today);
    const ConversionTime time = m_config.settings.conversionTime;

    for (const SimCampaign& c : m_campaigns) {
        if (!query.campaignId.isEmpty() && query.campaignId != QString::number(c.id))
            continue;
        if (!query.trafficSourceId.isEmpty() &&
            query.trafficSourceId != QString::number(c.trafficSourceId))
            continue;
        const QDate first = std::max(from, c.start);
        const QDate last = c.end.isValid() ? std::min(to, c.end) : to;
        const int externals = int(c.externalIds.size());
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const Cell cell = dayCell(c, m_config.seed, day, today, todayFraction, time);
            if (cell.visits == 0 && cell.conversions == 0)
                continue;
            for (int e = 0; e < (byExternal ? externals : 1); ++e) {
                // Traffic splits across the ad-network campaigns by fixed shares.
                const double before = byExternal ? double(e) / externals : 0.0;
                const double after = byExternal ? double(e + 1) / externals : 1.0;
                const Key key{byDate ? day.toJulianDay() : 0, byCampaign ? c.id : 0,
                              bySource ? c.trafficSourceId : 0,
                              byExternal ? c.externalIds.at(e) : QString()};
                auto [it, inserted] = groups.try_emplace(key);
                StatsRow& row = it->second;
                if (inserted) {
                    if (byDate)
                        row.date = day;
                    if (byCampaign)
                        row.campaignId = QString::number(c.id);
                    if (bySource)
                        row.trafficSourceId = QString::number(c.trafficSourceId);
                    if (byExternal)
                        row.externalCampaignId = c.externalIds.at(e);
                }
                row.visits += part(cell.visits, before, after);
                row.lpVisits += part(cell.lpVisits, before, after);
                row.offerVisits += part(cell.offerVisits, before, after);
                row.uniqueVisits += part(cell.uniqueVisits, before, after);
                row.conversions += part(cell.conversions, before, after);
                row.revenue += part(cell.revenueCents, before, after) * (kMoneyUnit / 100);
                row.cost += part(cell.costMicros / 100, before, after) * 100;
            }
        }
    }
    QList<StatsRow> rows;
    rows.reserve(qsizetype(groups.size()));
    for (auto& [key, row] : groups)
        rows.append(std::move(row));
    return rows;
}

} // namespace kd::sim
