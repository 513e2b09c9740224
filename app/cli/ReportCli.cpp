#include "ReportCli.h"

#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "credentials/CredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationInput.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "reports/CustomRange.h"
#include "reports/ReportCache.h"
#include "reports/ReportExport.h"
#include "reports/ReportQuery.h"
#include "reports/ReportSync.h"
#include "settings/Preferences.h"
#include "tracker/TrackerApi.h"

#include <QCommandLineParser>
#include <QStandardPaths>

namespace kd {

namespace {
void write(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

CliExit exitFor(const TrackerError& error)
{
    switch (error.kind()) {
    case TrackerError::Kind::None:
        return CliExit::Ok;
    case TrackerError::Kind::InvalidCredentials:
    case TrackerError::Kind::Forbidden:
        return CliExit::InvalidCredentials;
    case TrackerError::Kind::Unreachable:
    case TrackerError::Kind::Timeout:
    case TrackerError::Kind::Tls:
    case TrackerError::Kind::InsecureUrl:
        return CliExit::Unreachable;
    case TrackerError::Kind::Credentials:
        return CliExit::KeychainUnavailable;
    case TrackerError::Kind::LocalStorage:
    case TrackerError::Kind::Cancelled:
        return CliExit::Failure;
    case TrackerError::Kind::NotOffered:
        return CliExit::NotOffered;
    default:
        return CliExit::TrackerError;
    }
}
} // namespace

ReportCli::ReportCli(FILE* out, FILE* err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

ReportCli::~ReportCli()
{
    m_sync.reset();
    m_client.reset();
    m_cache.reset();
    m_context.reset();
}

QString ReportCli::usage()
{
    return tr(
        "Report commands:\n"
        "  kintura-desk report (--integration NAME | --demo) --from YYYY-MM-DD --to YYYY-MM-DD\n"
        "                      --group-by day|campaign|network [--format csv|json]\n"
        "      Fetches what the local cache lacks from the tracker (the window's cache) and\n"
        "      prints visits, conversions, revenue, cost, profit, ROI, conversion rate and\n"
        "      EPC with the currency. Exit codes as for integration commands.");
}

void ReportCli::finish(CliExit code, const QString& message)
{
    if (!message.isEmpty())
        write(m_err, message.toUtf8() + QByteArray("\n"));
    Q_EMIT done(int(code));
}

void ReportCli::start(const QStringList& args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        write(m_out, usage().toUtf8() + QByteArray("\n"));
        return finish(CliExit::Ok);
    }
    QCommandLineParser parser;
    const QCommandLineOption integration(QStringLiteral("integration"), tr("Integration name."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Use the embedded demo tracker."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day."), QStringLiteral("DATE"));
    //: Description of the --group-by option in --help: the values are typed as they are, do not
    //: translate them.
    const QCommandLineOption groupBy(QStringLiteral("group-by"), tr("day, campaign or network."),
                                     QStringLiteral("GROUP"));
    //: Description of the --format option in --help: the values are typed as they are, do not
    //: translate them.
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({integration, demo, from, to, groupBy, format});
    if (!parser.parse(QStringList{QStringLiteral("report")} + args) ||
        !parser.positionalArguments().isEmpty())
        return finish(CliExit::BadArguments,
                      parser.errorText().isEmpty() ? usage() : parser.errorText());
    if (parser.isSet(integration) == parser.isSet(demo))
        return finish(CliExit::BadArguments, tr("Give either --integration NAME or --demo."));
    m_from = QDate::fromString(parser.value(from), QStringLiteral("yyyy-MM-dd"));
    m_to = QDate::fromString(parser.value(to), QStringLiteral("yyyy-MM-dd"));
    if (!m_from.isValid() || !m_to.isValid())
        return finish(CliExit::BadArguments, tr("--from and --to take dates as YYYY-MM-DD."));
    if (m_from > m_to)
        //: %1 is the --to date as typed, %2 the --from date (YYYY-MM-DD).
        return finish(CliExit::BadArguments, tr("The range ends (%1) before it starts (%2).")
                                                 .arg(parser.value(to), parser.value(from)));
    if (const QString wrong = checkRange(m_from, m_to, {}); !wrong.isEmpty())
        return finish(CliExit::BadArguments, wrong);
    m_groupBy = parser.value(groupBy);
    m_format = parser.value(format);
    if (m_groupBy != QLatin1String("day") && m_groupBy != QLatin1String("campaign") &&
        m_groupBy != QLatin1String("network"))
        return finish(CliExit::BadArguments, tr("--group-by is day, campaign or network."));
    if (m_format != QLatin1String("csv") && m_format != QLatin1String("json"))
        return finish(CliExit::BadArguments, tr("--format is csv or json."));

    QString error;
    m_context = parser.isSet(demo) ? AppContext::createDemo(&error) : AppContext::createDefault();
    if (!m_context)
        return finish(CliExit::Failure, error);
    m_context->monitor()->setCheckWhenAdded(false); // the report asks for the settings itself
    const QString requested = parser.value(integration);
    const bool isDemo = parser.isSet(demo);
    auto loaded = [this, requested, isDemo] {
        // The demo's one integration is "Kintura - Demo".
        const QString name = isDemo ? m_context->integrations()->all().value(0).name : requested;
        const auto target = m_context->integrations()->findByName(name);
        if (!target)
            return finish(CliExit::NoSuchIntegration,
                          //: %1 is the integration name given with --integration.
                          tr("No integration is called \"%1\".").arg(name));
        m_integrationId = target->id;
        m_currency = target->currency;
        const QString dataDir =
            m_context->isDemo()
                ? m_context->configDir()
                : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        m_cache = std::make_unique<ReportCache>(dataDir + QStringLiteral("/report-cache.sqlite"));
        QString openError;
        if (!m_cache->open(&openError))
            return finish(CliExit::Failure, openError);
        const Integration integrationCopy = *target;
        m_context->credentials()->read(
            target->id, this, [this, integrationCopy](const CredentialResult& stored) {
                if (!stored.ok())
                    return finish(exitForUnreadCredentials(stored),
                                  IntegrationManager::keychainSentence(
                                      stored, IntegrationManager::KeychainUse::Reading));
                m_client = m_context->clientFactory()(integrationCopy, stored.credentials);
                // The tracker's time zone decides which days are "today" and still open: the
                // integration's own when it names one, else what the tracker states.
                if (!integrationCopy.timeZone.isEmpty())
                    return startSync(integrationCopy, integrationCopy.timeZone);
                auto* settings = m_client->fetchSettings();
                connect(settings, &TrackerCall::finished, this, [this, settings, integrationCopy] {
                    const TrackerError& error = settings->error();
                    if (error.kind() == TrackerError::Kind::NotOffered) {
                        const QString stored = m_cache->trackerTimeZone(integrationCopy.id);
                        return startSync(integrationCopy,
                                         stored.isEmpty() ? systemTimeZone() : stored);
                    }
                    if (!error.isOk())
                        return finish(exitFor(error), error.message());
                    startSync(integrationCopy, settings->value().timeZone);
                });
            });
    };
    // The demo's integration is added asynchronously: wait for it.
    if (m_context->integrations()->all().isEmpty() && parser.isSet(demo))
        connect(m_context->integrations(), &IntegrationList::added, this, loaded,
                Qt::SingleShotConnection);
    else
        loaded();
}

void ReportCli::startSync(const Integration& integration, const QString& timeZone)
{
    const QDateTime now = trackerClock(timeZone, QDateTime::currentDateTimeUtc());
    m_today = now.date();
    ReportSync::Request request;
    request.integrationId = m_integrationId;
    request.from = m_from;
    request.to = m_to;
    request.setClock(now);
    request.policy.conversionTime = integration.conversionTime;
    request.policy.visitWindowDays = m_context->preferences()->visitWindowDays();
    request.requestsPerSecond = m_context->clientOptions().requestsPerSecond;
    if (m_groupBy == QLatin1String("day")) {
        request.datasets = {ReportDataset::DailyTotals};
    } else if (m_groupBy == QLatin1String("network")) {
        request.datasets = {ReportDataset::DailyBySource};
    } else {
        request.datasets.clear();
        request.rangeDatasets = {RangeDataset::ByCampaign};
        request.campaignNames = true;
    }
    m_sync = std::make_unique<ReportSync>(m_client.get(), m_cache.get(), request);
    connect(m_sync.get(), &ReportSync::progress, this,
            [this](int done, int total, int secondsLeft) {
                //: Progress on one terminal line, rewritten as it changes: %1
                //: requests done out of %2; %n the seconds still expected.
                write(m_err,
                      "\r" + tr("%1 of %2 requests, about %n second(s) left", nullptr, secondsLeft)
                                 .arg(done)
                                 .arg(total)
                                 .toUtf8());
            });
    connect(m_sync.get(), &ReportSync::notice, this,
            [this](const QString& sentence) { write(m_err, "\n" + sentence.toUtf8()); });
    connect(m_sync.get(), &ReportSync::finished, this, [this](const TrackerError& error) {
        write(m_err, "\n");
        if (!error.isOk())
            return finish(exitFor(error), error.message());
        if (m_groupBy == QLatin1String("day"))
            return printReport();
        fetchSourceNamesThenPrint();
    });
    m_sync->start();
}

void ReportCli::fetchSourceNamesThenPrint()
{
    // Which ad network each traffic source is: the tracker's templates (one request).
    auto* templates = m_client->fetchTemplates();
    connect(templates, &TrackerCall::finished, this, [this, templates] {
        if (templates->error().kind() == TrackerError::Kind::NotOffered) {
            // Names are a nicety here: the numbers print under the sources' ids.
            write(m_err, templates->error().message().toUtf8() + "\n");
            return printReport();
        }
        if (!templates->error().isOk())
            return finish(exitFor(templates->error()), templates->error().message());
        m_sources = describeSources(templates->value());
        printReport();
    });
}

void ReportCli::printReport()
{
    ReportSubject subject{m_integrationId, {}, m_currency, {m_from, m_to}, m_today, m_sources};
    QList<NamedMetrics> rows;
    QString column;
    if (m_groupBy == QLatin1String("day")) {
        column = QStringLiteral("date");
        const ReportView view = buildReport(*m_cache, {subject}, Breakdown::Integration, {});
        const QMap<QDate, Metrics> days = view.daily.value(m_currency);
        for (auto it = days.begin(); it != days.end(); ++it)
            rows.append({it.key().toString(Qt::ISODate), it.value(), m_currency});
    } else {
        const bool network = m_groupBy == QLatin1String("network");
        column = network ? QStringLiteral("network") : QStringLiteral("campaign");
        ReportView view = buildReport(*m_cache, {subject},
                                      network ? Breakdown::Network : Breakdown::Campaign, {});
        std::sort(view.rows.begin(), view.rows.end(),
                  [](const BreakdownRow& a, const BreakdownRow& b) { return a.name < b.name; });
        for (const BreakdownRow& r : std::as_const(view.rows))
            rows.append({r.name, r.metrics, r.currency});
    }
    write(m_out, m_format == QLatin1String("json") ? breakdownJson(rows, m_currency, column)
                                                   : breakdownCsv(rows, m_currency, column));
    finish(CliExit::Ok);
}

} // namespace kd
