#pragma once

// Shared by the benchmarks in tests/bench (docs/performance.md): the command line, clocks and
// statistics, the results file, the simulator on a thread of its own, the syncs that fill a
// cache, and the lower bound of requests computed from the simulator's own dataset.

#include "Probe.h"
#include "kintura/KinturaClient.h"
#include "reports/ReportCache.h"
#include "reports/ReportSync.h"
#include "sim/SimHost.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace kd::bench {

constexpr int kPageRows = 50; // Kintura's largest page

// --smoke: a tiny workload and a few iterations, only to prove the benchmark still works.
// --csv FILE / --md FILE: results appended to FILE as CSV rows / Markdown table rows.
// --work DIR: caches kept there between benchmarks (built once a day).
struct Options
{
    bool smoke = false;
    QString csvPath;
    QString mdPath;
    QString workDir;
    QStringList arguments;
    bool flag(const char* name) const;
    QString value(const char* name, const QString& fallback = {}) const;
};
Options parseOptions(const QStringList& arguments);

double msSince(qint64 startNs);
double median(QList<double> values);
double percentile(QList<double> values, double fraction);
QString machineSummary();

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

struct Result
{
    QString figure;   // "Requests", "Startup", ...
    QString caseName; // "typical, visit, cold"
    double measured = kNone;
    QString unit;
    double baseline = kNone; // measured in the same run
    QString baselineWhat;
    double ratio = kNone;
    QString target; // "<= 1.1x", "<= 100 ms"
    int met = -1;   // 1 met, 0 missed, -1 no target for this row
    QString note;
};

// Prints each result and appends it as a CSV row (figure,case,measured,unit,baseline,
// baseline_what,ratio,target,met,note) and as a Markdown table row.
class Results
{
public:
    explicit Results(const Options& options);
    void add(const Result& result);
    // Something did not work at all (a sync failed, a child crashed): the exit code says so.
    void error(const QString& what);
    int missed() const { return m_missed; }
    int exitCode() const;

private:
    QString m_csvPath;
    QString m_mdPath;
    int m_missed = 0;
    int m_errors = 0;
};

QString fmt(double value, int decimals = 1);

// Workloads of issue 9: small (20 campaigns, 3 networks, 30 days), typical (300, 8, 180),
// large (3000, 21, 730); `campaigns` overrides the count (growth).
inline QString workloadZone()
{
    return QStringLiteral("America/New_York");
}
sim::SimConfig workloadConfig(const QString& size, ConversionTime time, int campaigns = 0,
                              const QString& timeZone = workloadZone());
QString conversionName(ConversionTime time);

// 18:00 of the current day in `zone`, in UTC: request counts then do not depend on the hour
// the benchmark runs (the simulator's clock is pinned to it).
QDateTime pinnedNowUtc(const QString& zone);
QDate dateIn(const QDateTime& utc, const QString& zone);

// The simulator on a thread of its own (as --demo runs it), so that its aggregation work
// never runs on the thread being measured.
class SimRunner
{
public:
    // rate 0: no throttle. pinnedNow invalid: the simulator follows the real clock.
    SimRunner(const sim::SimConfig& config, double rate, const QDateTime& pinnedNowUtc = {});
    QUrl url() const { return m_host->url(); }
    ApiCredentials credentials() const { return {m_host->apiKey(), m_host->apiSecret()}; }
    void withServer(const std::function<void(sim::SimServer&)>& fn) { m_host->withServer(fn); }
    QList<sim::SimLogEntry> takeLog();
    void advanceDays(int days);
    // Rows the simulator would answer for `query` now (the lower bound's row counts).
    qsizetype rowCount(const StatsQuery& query);
    int campaignCount();
    QDate firstDay();

private:
    std::unique_ptr<sim::SimHost> m_host;
};

// Client options: "fast" has no pacing (for counting and filling caches), "real" is the
// production default (1 request/s).
kintura::ClientOptions fastClientOptions();
kintura::ClientOptions realClientOptions();

struct SyncOutcome
{
    TrackerError error;
    double wallMs = 0;
    int requestsDone = 0;
};
// Runs one ReportSync to its end in a local event loop.
SyncOutcome runSync(TrackerApi* client, ReportCache* cache, const ReportSync::Request& request,
                    int timeoutMs = 900'000);

// The sync ReportService makes for the Reports page (ReportService::startNext, a full job):
// daily totals and by traffic source over the range, the range aggregates by campaign and by
// the ad network's campaign, and the campaigns' names.
ReportSync::Request viewRequest(const QString& integrationId, const DayRange& range,
                                const QDate& today, const QDateTime& nowUtc, ConversionTime time,
                                int visitWindowDays = 7);

inline int pagesFor(qsizetype rows)
{
    return std::max(1, int((rows + kPageRows - 1) / kPageRows));
}

// Pages the Reports view needs at 50 rows a page, from the simulator's row counts.
struct PageCounts
{
    int totals = 0;
    int bySource = 0;
    int byCampaign = 0;
    int byExternal = 0;
    int campaigns = 0;
    int total() const { return totals + bySource + byCampaign + byExternal + campaigns; }
    QString describe() const;
};
// dailyDays: the days whose daily rows must be fetched (empty range: none); whole: the range
// of the aggregates; campaignNames: whether the campaign list is due.
PageCounts neededPages(SimRunner& sim, const DayRange& dailyDays, const DayRange& whole,
                       bool campaignNames);
// What the simulator's log shows, per endpoint: stats (by dataset) and campaigns; 429s.
struct LogCounts
{
    int stats = 0;
    int campaigns = 0;
    int other = 0;
    int throttled = 0;
    int total() const { return stats + campaigns + other; }
    double firstMs = 0;
    double lastMs = 0;
};
LogCounts countLog(const QList<sim::SimLogEntry>& log);

// A cache as a user would have it, built once per day and kept in workDir: the integration's
// config folder (integrations.json), the data folder (report-cache.sqlite). The daily
// datasets of the whole history, and for `presets` every range preset's aggregates.
// resetUiState() forgets what the window remembered (range, breakdown) between two starts.
// The folders follow the XDG layout, so that kintura-desk itself finds them with
// XDG_CONFIG_HOME=xdgConfigHome and XDG_DATA_HOME=xdgDataHome.
struct PreparedCache
{
    QString root;
    QString xdgConfigHome;
    QString xdgDataHome;
    QString configDir; // xdgConfigHome/kintura-desk
    QString dataDir;   // xdgDataHome/kintura-desk
    QString cachePath;
    QString integrationId;
    QDate today;
    QDate firstDay;
    int requests = 0;
    double buildMs = 0;
};
PreparedCache prepareCache(const Options& options, const QString& size, int campaigns,
                           bool everyPreset, QString* error);
void resetUiState(const PreparedCache& prepared);

// Runs the event loop until `done` holds (checked every 5 ms and after each event batch);
// false on time-out.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

// What the Reports page reads from the cache for one range, timed: the chart (rows and
// cachedDays of the daily totals), the breakdown by ad network (rows by source), by campaign
// (rangeRows by campaign and campaigns) and the double-counting check (rangeRows by the ad
// network's campaign). Each list holds one time per repetition, in ms.
struct PageReads
{
    QList<double> chart, network, campaign, conflicts, total;
    qsizetype rows = 0;
    double first = 0; // the first repetition: a cold connection cache
};
PageReads timePageReads(const ReportCache& cache, const QString& integrationId,
                        const DayRange& range, const QDate& today, int repetitions);

// The bench executables' own folder (to find the child programs).
QString siblingProgram(const QString& name);

// Runs a child program to its end; its "key=value" lines on standard output, plus "exit" and
// "launched_ns" (CLOCK_MONOTONIC just before the start). Empty on a crash or time-out.
QHash<QString, QString> runChild(const QString& program, const QStringList& arguments,
                                 const QStringList& extraEnvironment = {}, int timeoutMs = 120'000);

} // namespace kd::bench
