#include "BenchCommon.h"

#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/IntegrationManager.h"
#include "reports/RangePresets.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace kd::bench {

bool Options::flag(const char* name) const
{
    return arguments.contains(QLatin1String(name));
}

QString Options::value(const char* name, const QString& fallback) const
{
    const qsizetype at = arguments.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

Options parseOptions(const QStringList& arguments)
{
    Options o;
    o.arguments = arguments;
    o.smoke = o.flag("--smoke");
    o.csvPath = o.value("--csv");
    o.mdPath = o.value("--md");
    o.workDir = o.value("--work");
    return o;
}

double msSince(qint64 startNs)
{
    return double(monotonicNs() - startNs) / 1e6;
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return kNone;
    std::sort(values.begin(), values.end());
    const double at = fraction * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(at));
    const auto hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (at - double(lo));
}

namespace {
QString firstLineWith(const QString& path, const QByteArray& prefix)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return {};
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString machineSummary()
{
    const qint64 memKb = firstLineWith(QStringLiteral("/proc/meminfo"), "MemTotal")
                             .split(QLatin1Char(' '))
                             .first()
                             .toLongLong();
    return QStringLiteral("%1 cores (nproc), %2, %3 GiB RAM, Qt %4")
        .arg(QThread::idealThreadCount())
        .arg(firstLineWith(QStringLiteral("/proc/cpuinfo"), "model name"))
        .arg(double(memKb) / 1024.0 / 1024.0, 0, 'f', 1)
        .arg(QString::fromLatin1(qVersion()));
}

QString fmt(double value, int decimals)
{
    if (std::isnan(value))
        return {};
    return QString::number(value, 'f', decimals);
}

Results::Results(const Options& options)
    : m_csvPath(options.csvPath)
    , m_mdPath(options.mdPath)
{
}

void Results::add(const Result& measured)
{
    // The machine may be shared: each figure says how busy it was (1-minute load average).
    Result r = measured;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        r.note += (r.note.isEmpty() ? QString() : QStringLiteral("; ")) +
                  QStringLiteral("load %1").arg(
                      QString::fromLatin1(loadavg.readAll().split(' ').first()));
    if (r.met == 0)
        ++m_missed;
    const QString verdict = r.met == 1   ? QStringLiteral("met")
                            : r.met == 0 ? QStringLiteral("MISSED")
                                         : QString();
    QString line =
        QStringLiteral("%1 | %2 | %3 %4").arg(r.figure, r.caseName, fmt(r.measured, 3), r.unit);
    if (!std::isnan(r.baseline))
        line += QStringLiteral(" | baseline %1 (%2)").arg(fmt(r.baseline, 3), r.baselineWhat);
    if (!std::isnan(r.ratio))
        line += QStringLiteral(" | ratio %1").arg(fmt(r.ratio, 3));
    if (!r.target.isEmpty())
        line += QStringLiteral(" | target %1 %2").arg(r.target, verdict);
    if (!r.note.isEmpty())
        line += QStringLiteral(" | ") + r.note;
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    if (!m_mdPath.isEmpty()) {
        QFile md(m_mdPath);
        if (md.open(QIODevice::Append | QIODevice::Text)) {
            auto cell = [](QString s) { return s.replace(QLatin1Char('|'), QLatin1String("\\|")); };
            const QString baseline =
                std::isnan(r.baseline)
                    ? QString()
                    : QStringLiteral("%1 (%2)").arg(fmt(r.baseline, 2), r.baselineWhat);
            md.write(QStringLiteral("| %1 | %2 | %3 %4 | %5 | %6 | %7 | %8 | %9 |\n")
                         .arg(cell(r.figure), cell(r.caseName), fmt(r.measured, 2), r.unit,
                              cell(baseline), fmt(r.ratio, 2), cell(r.target), verdict,
                              cell(r.note))
                         .toUtf8());
        }
    }
    if (m_csvPath.isEmpty())
        return;
    QFile f(m_csvPath);
    const bool fresh = !f.exists() || f.size() == 0;
    if (!f.open(QIODevice::Append | QIODevice::Text))
        return;
    QTextStream out(&f);
    if (fresh)
        out << "figure,case,measured,unit,baseline,baseline_what,ratio,target,met,note\n";
    const QStringList fields{r.figure,        r.caseName,         fmt(r.measured, 3),
                             r.unit,          fmt(r.baseline, 3), r.baselineWhat,
                             fmt(r.ratio, 3), r.target,           r.met < 0 ? QString() : verdict,
                             r.note};
    QStringList quoted;
    for (const QString& s : fields)
        quoted << csvField(s);
    out << quoted.join(QLatin1Char(',')) << '\n';
}

void Results::error(const QString& what)
{
    ++m_errors;
    std::fprintf(stderr, "ERROR: %s\n", qPrintable(what));
}

int Results::exitCode() const
{
    std::printf("%d figure(s) missed, %d error(s)\n", m_missed, m_errors);
    return m_errors > 0 ? 1 : 0;
}

sim::SimConfig workloadConfig(const QString& size, ConversionTime time, int campaigns,
                              const QString& timeZone)
{
    sim::SimConfig config;
    config.seed = 42;
    sim::simSizeFromName(size, &config.size);
    config.campaigns = campaigns;
    config.settings.conversionTime = time;
    config.settings.timeZone = timeZone;
    return config;
}

QString conversionName(ConversionTime time)
{
    return time == ConversionTime::Visit ? QStringLiteral("visit") : QStringLiteral("postback");
}

QDate dateIn(const QDateTime& utc, const QString& zone)
{
    const QTimeZone tz(zone.toUtf8());
    return (tz.isValid() ? utc.toTimeZone(tz) : utc.toUTC()).date();
}

QDateTime pinnedNowUtc(const QString& zone)
{
    const QTimeZone tz(zone.toUtf8());
    const QDate today = dateIn(QDateTime::currentDateTimeUtc(), zone);
    return QDateTime(today, QTime(18, 0), tz.isValid() ? tz : QTimeZone::utc()).toUTC();
}

SimRunner::SimRunner(const sim::SimConfig& config, double rate, const QDateTime& pinnedNow)
{
    sim::SimOptions options;
    options.requestsPerSecond = rate;
    m_host = std::make_unique<sim::SimHost>(config, options);
    if (pinnedNow.isValid())
        withServer([&](sim::SimServer& s) { s.clock().fixedNow = pinnedNow; });
}

QList<sim::SimLogEntry> SimRunner::takeLog()
{
    QList<sim::SimLogEntry> log;
    withServer([&](sim::SimServer& s) {
        log = s.log();
        s.clearLog();
    });
    return log;
}

void SimRunner::advanceDays(int days)
{
    withServer([&](sim::SimServer& s) { s.clock().offsetDays += days; });
}

qsizetype SimRunner::rowCount(const StatsQuery& query)
{
    qsizetype rows = 0;
    withServer([&](sim::SimServer& s) {
        // The simulator's "today" and the elapsed share of it, as its stats endpoint reads them.
        const QTimeZone zone(s.dataset().config().settings.timeZone.toUtf8());
        const QDateTime now = s.clock().now();
        const QDateTime local = zone.isValid() ? now.toTimeZone(zone) : now.toUTC();
        const double fraction = double(local.time().msecsSinceStartOfDay()) / 86'400'000.0;
        rows = s.dataset().stats(query, local.date(), fraction).size();
    });
    return rows;
}

int SimRunner::campaignCount()
{
    int n = 0;
    withServer([&](sim::SimServer& s) { n = s.dataset().campaignCount(); });
    return n;
}

QDate SimRunner::firstDay()
{
    QDate d;
    withServer([&](sim::SimServer& s) { d = s.dataset().firstDay(); });
    return d;
}

kintura::ClientOptions fastClientOptions()
{
    kintura::ClientOptions o;
    o.requestsPerSecond = 0; // no pacing: the simulator runs unthrottled
    o.timeoutMs = 60'000;
    o.retry.backoffBaseMs = 20;
    return o;
}

kintura::ClientOptions realClientOptions()
{
    return {};
}

SyncOutcome runSync(TrackerApi* client, ReportCache* cache, const ReportSync::Request& request,
                    int timeoutMs)
{
    SyncOutcome out;
    out.error = TrackerError(TrackerError::Kind::Cancelled, {}, QStringLiteral("timed out"));
    ReportSync sync(client, cache, request);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&sync, &ReportSync::finished, &loop, [&](const TrackerError& e) {
        out.error = e;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    const qint64 start = monotonicNs();
    sync.start();
    if (!done)
        loop.exec();
    out.wallMs = msSince(start);
    out.requestsDone = sync.requestsDone();
    if (!done)
        sync.cancel();
    return out;
}

ReportSync::Request viewRequest(const QString& integrationId, const DayRange& range,
                                const QDate& today, const QDateTime& nowUtc, ConversionTime time,
                                int visitWindowDays)
{
    ReportSync::Request r;
    r.integrationId = integrationId;
    r.from = range.from;
    r.to = range.to;
    r.trackerToday = today;
    // The workloads' tracker clock, so that days settle as they would for a user there.
    r.trackerTime = nowUtc.toTimeZone(QTimeZone(workloadZone().toUtf8())).time();
    r.policy.conversionTime = time;
    r.policy.visitWindowDays = visitWindowDays;
    r.rangeDatasets = {RangeDataset::ByCampaign, RangeDataset::ByExternalCampaign};
    r.campaignNames = true;
    r.nowUtc = nowUtc;
    return r;
}

QString PageCounts::describe() const
{
    return QStringLiteral("totals %1 + by source %2 + by campaign %3 + by ad-network campaign %4 "
                          "+ campaign names %5")
        .arg(totals)
        .arg(bySource)
        .arg(byCampaign)
        .arg(byExternal)
        .arg(campaigns);
}

PageCounts neededPages(SimRunner& sim, const DayRange& dailyDays, const DayRange& whole,
                       bool campaignNames)
{
    PageCounts p;
    if (dailyDays.from.isValid() && dailyDays.from <= dailyDays.to) {
        p.totals = pagesFor(sim.rowCount(
            {dailyDays.from, dailyDays.to, groupsOf(ReportDataset::DailyTotals), {}, {}}));
        p.bySource = pagesFor(sim.rowCount(
            {dailyDays.from, dailyDays.to, groupsOf(ReportDataset::DailyBySource), {}, {}}));
    }
    if (whole.from.isValid()) {
        p.byCampaign = pagesFor(
            sim.rowCount({whole.from, whole.to, groupsOf(RangeDataset::ByCampaign), {}, {}}));
        p.byExternal = pagesFor(sim.rowCount(
            {whole.from, whole.to, groupsOf(RangeDataset::ByExternalCampaign), {}, {}}));
    }
    if (campaignNames)
        p.campaigns = pagesFor(sim.campaignCount());
    return p;
}

LogCounts countLog(const QList<sim::SimLogEntry>& log)
{
    LogCounts c;
    for (const sim::SimLogEntry& e : log) {
        if (e.status == 429)
            ++c.throttled;
        if (e.endpoint == QLatin1String("stats"))
            ++c.stats;
        else if (e.endpoint == QLatin1String("campaigns"))
            ++c.campaigns;
        else
            ++c.other;
    }
    if (!log.isEmpty()) {
        c.firstMs = log.first().tMs;
        c.lastMs = log.last().tMs;
    }
    return c;
}

namespace {
QString workRoot(const Options& options)
{
    if (!options.workDir.isEmpty()) {
        QDir().mkpath(options.workDir);
        return options.workDir;
    }
    static QTemporaryDir temporary;
    return temporary.path();
}

bool addIntegration(const QString& configDir, const QString& dataDir, SimRunner& sim, QString* id,
                    QString* error)
{
    auto context = AppContext::create(configDir, new MemoryCredentialStore, dataDir);
    Integration i;
    i.name = QStringLiteral("Kintura - Bench");
    i.trackerUrl = sim.url();
    i.currency = QStringLiteral("USD");
    i.conversionTime = ConversionTime::Visit;
    QEventLoop loop;
    bool done = false;
    context->manager()->add(i, sim.credentials(), context.get(),
                            [&](const IntegrationManager::Outcome&, const QString& assigned) {
                                *id = assigned;
                                done = true;
                                loop.quit();
                            });
    if (!done)
        loop.exec();
    if (id->isEmpty())
        *error = QStringLiteral("could not add the integration");
    return !id->isEmpty();
}
} // namespace

PreparedCache prepareCache(const Options& options, const QString& size, int campaigns,
                           bool everyPreset, QString* error)
{
    PreparedCache p;
    const QString zone = QStringLiteral("UTC"); // the window's "today" then needs no check
    p.today = dateIn(QDateTime::currentDateTimeUtc(), zone);
    p.root = workRoot(options) + QStringLiteral("/cache-%1-%2-%3%4")
                                     .arg(size)
                                     .arg(campaigns)
                                     .arg(p.today.toString(Qt::ISODate))
                                     .arg(everyPreset ? QStringLiteral("-presets") : QString());
    p.xdgConfigHome = p.root + QStringLiteral("/config");
    p.xdgDataHome = p.root + QStringLiteral("/data");
    p.configDir = p.xdgConfigHome + QStringLiteral("/kintura-desk");
    p.dataDir = p.xdgDataHome + QStringLiteral("/kintura-desk");
    p.cachePath = p.dataDir + QStringLiteral("/report-cache.sqlite");
    QFile marker(p.root + QStringLiteral("/done"));
    const bool complete = QFile::exists(p.cachePath) &&
                          QFile::exists(p.configDir + QStringLiteral("/integrations.json"));
    if (complete && marker.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(marker.readAll()).split(QLatin1Char('\n'));
        if (lines.size() >= 4) {
            p.integrationId = lines[0];
            p.requests = lines[1].toInt();
            p.buildMs = lines[2].toDouble();
            p.firstDay = QDate::fromString(lines[3], Qt::ISODate);
            return p;
        }
        marker.close();
    }
    QDir(p.root).removeRecursively();
    QDir().mkpath(p.configDir);
    QDir().mkpath(p.dataDir);

    SimRunner sim(workloadConfig(size, ConversionTime::Visit, campaigns, zone), 0);
    if (!addIntegration(p.configDir, p.dataDir, sim, &p.integrationId, error))
        return {};
    p.firstDay = sim.firstDay();
    sim.takeLog();
    ReportCache cache(p.cachePath);
    if (!cache.open(error))
        return {};
    kintura::KinturaClient client(sim.url(), sim.credentials(), fastClientOptions());
    const qint64 start = monotonicNs();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The daily chart of the whole history, then the presets' breakdowns.
    ReportSync::Request history =
        viewRequest(p.integrationId, {p.firstDay, p.today}, p.today, now, ConversionTime::Visit);
    history.rangeDatasets.clear();
    history.campaignNames = false;
    QList<ReportSync::Request> requests{history};
    const QList<RangePreset> presets =
        everyPreset ? allPresets() : QList<RangePreset>{RangePreset::Last30};
    for (RangePreset preset : presets)
        requests << viewRequest(p.integrationId, presetRange(preset, p.today), p.today, now,
                                ConversionTime::Visit);
    for (const ReportSync::Request& r : std::as_const(requests)) {
        const SyncOutcome outcome = runSync(&client, &cache, r);
        if (!outcome.error.isOk()) {
            *error = QStringLiteral("sync failed: ") + outcome.error.message();
            return {};
        }
    }
    p.buildMs = msSince(start);
    p.requests = countLog(sim.takeLog()).total();
    if (marker.open(QIODevice::WriteOnly))
        marker.write(QStringLiteral("%1\n%2\n%3\n%4\n")
                         .arg(p.integrationId)
                         .arg(p.requests)
                         .arg(p.buildMs)
                         .arg(p.firstDay.toString(Qt::ISODate))
                         .toUtf8());
    return p;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

PageReads timePageReads(const ReportCache& cache, const QString& id, const DayRange& range,
                        const QDate& today, int repetitions)
{
    PageReads t;
    const DayRange whole{range.from, std::min(range.to, today)};
    for (int rep = 0; rep < repetitions; ++rep) {
        qsizetype rows = 0;
        const qint64 start = monotonicNs();
        rows += cache.rows(id, ReportDataset::DailyTotals, range.from, range.to).size();
        rows += cache.cachedDays(id, ReportDataset::DailyTotals, range.from, range.to).size();
        const double chart = msSince(start);
        rows += cache.rows(id, ReportDataset::DailyBySource, range.from, range.to).size();
        const double network = msSince(start) - chart;
        rows += cache.rangeRows(id, RangeDataset::ByCampaign, whole).size();
        rows += cache.campaigns(id).size();
        const double campaign = msSince(start) - chart - network;
        rows += cache.rangeRows(id, RangeDataset::ByExternalCampaign, whole).size();
        const double total = msSince(start);
        t.chart << chart;
        t.network << network;
        t.campaign << campaign;
        t.conflicts << total - chart - network - campaign;
        t.total << total;
        if (rep == 0)
            t.first = total;
        t.rows = rows;
    }
    return t;
}

void resetUiState(const PreparedCache& prepared)
{
    QFile::remove(prepared.configDir + QStringLiteral("/preferences.ini"));
}

QString siblingProgram(const QString& name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

QHash<QString, QString> runChild(const QString& program, const QStringList& arguments,
                                 const QStringList& extraEnvironment, int timeoutMs)
{
    QHash<QString, QString> out;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& pair : extraEnvironment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 launched = monotonicNs();
    child.start(program, arguments);
    if (!child.waitForFinished(timeoutMs) || child.exitStatus() != QProcess::NormalExit) {
        child.kill();
        child.waitForFinished(5000);
        std::fprintf(stderr, "%s failed: %s\n%s\n", qPrintable(program),
                     qPrintable(child.errorString()), child.readAllStandardError().constData());
        return out;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    out.insert(QStringLiteral("exit"), QString::number(child.exitCode()));
    out.insert(QStringLiteral("launched_ns"), QString::number(launched));
    return out;
}

} // namespace kd::bench
