#include "IntegrationCli.h"

#include "instance/InstanceLock.h"

#include "context/AppContext.h"
#include "credentials/CredentialStore.h"
#include "integrations/ConnectionProbe.h"
#include "integrations/IntegrationInput.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "integrations/StatusText.h"
#include "platform/Terminal.h"
#include "tracker/TrackerApi.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {

namespace {

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

CliExit exitFor(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
    case ConnectionStatus::ConnectedUnverified:
        return CliExit::Ok;
    case ConnectionStatus::InvalidCredentials:
        return CliExit::InvalidCredentials;
    case ConnectionStatus::Unreachable:
    case ConnectionStatus::TlsProblem:
        return CliExit::Unreachable;
    case ConnectionStatus::SettingsMismatch:
        return CliExit::SettingsMismatch;
    case ConnectionStatus::KeychainUnavailable:
        return CliExit::KeychainUnavailable;
    case ConnectionStatus::MissingCredentials:
        return CliExit::InvalidCredentials;
    case ConnectionStatus::TrackerProblem:
        return CliExit::TrackerError;
    case ConnectionStatus::NotChecked:
    case ConnectionStatus::Checking:
        break;
    }
    return CliExit::Failure;
}

} // namespace

CliExit exitForUnreadCredentials(const CredentialResult& stored)
{
    return stored.status == CredentialResult::Status::NotFound ? CliExit::InvalidCredentials
                                                               : CliExit::KeychainUnavailable;
}

IntegrationCli::IntegrationCli(AppContext* context, FILE* in, FILE* out, FILE* err, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_in(in)
    , m_out(out)
    , m_err(err)
{
}

IntegrationCli::~IntegrationCli() = default;

QString IntegrationCli::usage()
{
    return tr(
        "Integration commands:\n"
        "  kintura-desk integration add --name NAME --url URL --currency CODE\n"
        "                               --conversion-time visit|postback [--timezone ZONE]\n"
        "      Reads the API key and the API secret from standard input, one per line\n"
        "      (prompted without echo on a terminal), and stores them in the system keychain.\n"
        "      --timezone: the IANA zone the tracker counts days in (default: the zone the\n"
        "      tracker states, else this system's).\n"
        "  kintura-desk integration list [--format text|json]\n"
        "  kintura-desk integration test NAME\n"
        "  kintura-desk integration remove NAME\n"
        "  kintura-desk integration probe NAME [--format text|json]\n"
        "      Asks every endpoint Kintura Desk uses once and prints what each answered as\n"
        "      shapes (status, page headers, keys and types), never values: for correcting\n"
        "      Kintura Desk from a tracker that differs. Exit code 9 when one differs.\n"
        "\n"
        "Exit codes:\n"
        "  0  success (test: connected; the settings match, or the tracker does not state them)\n"
        "  1  other failure (e.g. the integrations file could not be written)\n"
        "  2  bad arguments or input\n"
        "  3  invalid credentials\n"
        "  4  tracker unreachable, or its TLS certificate failed\n"
        "  5  settings mismatch (currency or conversion registration time)\n"
        "  6  system keychain unavailable (nothing was written)\n"
        "  7  no integration with that name\n"
        "  8  the tracker answered with an error\n"
        "  9  the tracker does not offer what the command needs (e.g. /1.0/stats)");
}

void IntegrationCli::finish(CliExit code, const QString& message)
{
    if (!message.isEmpty())
        print(code == CliExit::Ok ? m_out : m_err, message);
    Q_EMIT done(int(code));
}

void IntegrationCli::start(const QStringList& args)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("add"))
        return add(rest);
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("test"))
        return test(rest);
    if (command == QLatin1String("remove"))
        return remove(rest);
    if (command == QLatin1String("probe"))
        return probe(rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        print(m_out, usage());
        return finish(CliExit::Ok);
    }
    print(m_err, command.isEmpty() ? tr("Say what to do with integrations.")
                                   : tr("Unknown command \"%1\".").arg(command));
    print(m_err, usage());
    finish(CliExit::BadArguments);
}

bool IntegrationCli::readSecretLine(const char* prompt, QString* out)
{
    const bool terminal = platform::isTerminal(m_in);
    std::optional<bool> echoWas;
    if (terminal) {
        // Echo off before the prompt shows: whatever is typed once it is there stays unseen.
        echoWas = platform::setEcho(m_in, false);
        std::fputs(prompt, m_err);
        std::fflush(m_err);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(m_in)) != EOF && c != '\n' && line.size() <= kMaxCredentialLength * 4)
        line.append(char(c));
    if (terminal) {
        if (echoWas)
            platform::setEcho(m_in, *echoWas);
        std::fputc('\n', m_err);
    }
    *out = trimPasted(QString::fromUtf8(line));
    return c != EOF || !line.isEmpty();
}

bool IntegrationCli::lockSettings()
{
    // A window (or another command) writing integrations.json at the same time would lose
    // one of the two changes: take the folder's lock, then read the file as it is now.
    m_lock = std::make_unique<InstanceLock>(m_context->configDir());
    if (!m_lock->tryLock(5000)) {
        finish(CliExit::Failure,
               tr("Kintura Desk is open on these settings (or another command is changing "
                  "them): make the change in its window, or close it and try again."));
        return false;
    }
    m_context->manager()->load();
    return true;
}

void IntegrationCli::add(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("Integration name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), tr("Tracker URL."), QStringLiteral("URL"));
    const QCommandLineOption currency(QStringLiteral("currency"), tr("ISO 4217 code."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption time(QStringLiteral("conversion-time"), tr("visit or postback."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption zone(QStringLiteral("timezone"),
                                  //: Description of --timezone in --help.
                                  tr("The tracker's IANA time zone."), QStringLiteral("ZONE"));
    parser.addOptions({name, url, currency, time, zone});
    if (!parser.parse(QStringList{QStringLiteral("add")} + args) ||
        !parser.positionalArguments().isEmpty())
        return finish(CliExit::BadArguments,
                      parser.errorText().isEmpty()
                          ? tr("Unexpected arguments: %1")
                                .arg(parser.positionalArguments().join(QLatin1Char(' ')))
                          : parser.errorText());
    for (const auto* option : {&name, &url, &currency, &time}) {
        if (!parser.isSet(*option))
            return finish(CliExit::BadArguments,
                          tr("--%1 is required.").arg(option->names().first()));
    }
    if (!lockSettings())
        return;
    Integration draft;
    draft.name = trimPasted(parser.value(name));
    QStringList names;
    for (const Integration& i : m_context->integrations()->all())
        names << i.name;
    QString problem = checkIntegrationName(draft.name, names);
    const UrlCheck checkedUrl = normaliseTrackerUrl(parser.value(url));
    if (problem.isEmpty())
        problem = checkedUrl.error;
    draft.trackerUrl = checkedUrl.url;
    draft.currency = parser.value(currency).trimmed().toUpper();
    if (problem.isEmpty())
        problem = checkCurrency(draft.currency);
    if (problem.isEmpty() && !conversionTimeFromKey(parser.value(time), &draft.conversionTime))
        problem = tr("--conversion-time must be visit or postback.");
    // Without --timezone: the zone the tracker states at each check, else this system's.
    draft.timeZone = parser.value(zone).trimmed();
    if (problem.isEmpty() && parser.isSet(zone))
        problem = checkTimeZone(draft.timeZone);
    if (!problem.isEmpty())
        return finish(CliExit::BadArguments, problem);

    ApiCredentials credentials;
    if (!readSecretLine("API key: ", &credentials.apiKey) ||
        !readSecretLine("API secret: ", &credentials.apiSecret))
        return finish(CliExit::BadArguments,
                      tr("Give the API key and the API secret on standard input, one per line."));
    problem = checkApiKey(credentials.apiKey);
    if (problem.isEmpty())
        problem = checkApiSecret(credentials.apiSecret);
    if (!problem.isEmpty())
        return finish(CliExit::BadArguments, problem);

    m_context->manager()->add(
        draft, credentials, this,
        [this, draft](const IntegrationManager::Outcome& outcome, const QString&) {
            if (!outcome.ok())
                return finish(outcome.keychain ? CliExit::KeychainUnavailable : CliExit::Failure,
                              outcome.error);
            finish(CliExit::Ok,
                   tr("Added \"%1\" (%2). Its API key and secret are in the system keychain.")
                       .arg(draft.name, draft.trackerUrl.toString()));
        });
}

void IntegrationCli::list(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (!parser.parse(QStringList{QStringLiteral("list")} + args) ||
        !parser.positionalArguments().isEmpty())
        return finish(CliExit::BadArguments, parser.errorText().isEmpty()
                                                 ? tr("list takes no arguments.")
                                                 : parser.errorText());
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("json"))
        return finish(CliExit::BadArguments, tr("--format must be text or json."));
    const auto& all = m_context->integrations()->all();
    if (!m_context->manager()->loadProblem().isEmpty())
        print(m_err, m_context->manager()->loadProblem());
    if (kind == QLatin1String("json")) {
        QJsonArray array;
        for (const Integration& i : all)
            array.append(QJsonObject{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("name"), i.name},
                {QStringLiteral("tracker_url"), i.trackerUrl.toString()},
                {QStringLiteral("currency"), i.currency},
                {QStringLiteral("conversion_time"), conversionTimeKey(i.conversionTime)},
                {QStringLiteral("time_zone"), i.timeZone}});
        print(m_out,
              QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const Integration& i : all)
            print(m_out, QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(i.name, i.trackerUrl.toString(), i.currency,
                                  conversionTimeKey(i.conversionTime),
                                  i.timeZone.isEmpty() ? QStringLiteral("-") : i.timeZone));
    }
    finish(CliExit::Ok);
}

void IntegrationCli::test(const QStringList& args)
{
    if (args.size() != 1)
        return finish(CliExit::BadArguments, tr("Name one integration to test."));
    const auto integration = m_context->integrations()->findByName(args.first());
    if (!integration)
        return finish(CliExit::NoSuchIntegration,
                      tr("No integration is called \"%1\".").arg(args.first()));
    const Integration target = *integration;
    m_context->credentials()->read(target.id, this, [this, target](const CredentialResult& stored) {
        if (!stored.ok()) {
            return finish(exitForUnreadCredentials(stored),
                          IntegrationManager::keychainSentence(
                              stored, IntegrationManager::KeychainUse::Reading));
        }
        auto* probe = new ConnectionProbe(m_context->clientFactory(), this);
        connect(probe, &ConnectionProbe::finished, this,
                [this, target](const ConnectionReport& report) {
                    const CliExit code = exitFor(report.status);
                    finish(code, QStringLiteral("%1: %2").arg(target.name,
                                                              statusSentence(target, report)));
                });
        probe->start(target, stored.credentials);
    });
}

void IntegrationCli::probe(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (!parser.parse(QStringList{QStringLiteral("probe")} + args) ||
        parser.positionalArguments().size() != 1)
        return finish(CliExit::BadArguments, parser.errorText().isEmpty()
                                                 ? tr("Name one integration to probe.")
                                                 : parser.errorText());
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("json"))
        return finish(CliExit::BadArguments, tr("--format must be text or json."));
    const auto integration =
        m_context->integrations()->findByName(parser.positionalArguments().first());
    if (!integration)
        return finish(
            CliExit::NoSuchIntegration,
            tr("No integration is called \"%1\".").arg(parser.positionalArguments().first()));
    const Integration target = *integration;
    m_context->credentials()->read(
        target.id, this, [this, target, kind](const CredentialResult& stored) {
            if (!stored.ok())
                return finish(exitForUnreadCredentials(stored),
                              IntegrationManager::keychainSentence(
                                  stored, IntegrationManager::KeychainUse::Reading));
            m_probeClient = m_context->clientFactory()(target, stored.credentials);
            auto* call = m_probeClient->diagnose();
            connect(call, &TrackerCall::progress, this, [this](int done, int total) {
                //: Progress of `integration probe` on standard error: %1 endpoints asked of %2.
                std::fputs(qPrintable(QStringLiteral("\r") +
                                      tr("%1 of %2 endpoints").arg(done).arg(total)),
                           m_err);
                std::fflush(m_err);
            });
            connect(call, &TrackerCall::finished, this, [this, call, kind] {
                std::fputc('\n', m_err);
                const TrackerDiagnostic& d = call->value();
                print(m_out,
                      kind == QLatin1String("json")
                          ? QString::fromUtf8(
                                QJsonDocument(diagnosticJson(d)).toJson(QJsonDocument::Indented))
                                .trimmed()
                          : diagnosticText(d));
                if (!call->error().isOk())
                    return finish(CliExit::Failure, call->error().message());
                finish(d.allAsExpected() ? CliExit::Ok : CliExit::NotOffered);
            });
        });
}

void IntegrationCli::remove(const QStringList& args)
{
    if (args.size() != 1)
        return finish(CliExit::BadArguments, tr("Name one integration to remove."));
    if (!lockSettings())
        return;
    const auto integration = m_context->integrations()->findByName(args.first());
    if (!integration)
        return finish(CliExit::NoSuchIntegration,
                      tr("No integration is called \"%1\".").arg(args.first()));
    const QString name = integration->name;
    m_context->manager()->remove(
        integration->id, this, [this, name](const IntegrationManager::Outcome& outcome) {
            if (!outcome.ok())
                return finish(outcome.keychain ? CliExit::KeychainUnavailable : CliExit::Failure,
                              outcome.error);
            finish(CliExit::Ok, tr("Removed \"%1\" and its keychain entry.").arg(name));
        });
}

} // namespace kd
