#pragma once

#include <QObject>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace kd {

class TrackerApi;

class AppContext;
class InstanceLock;

// Exit codes of the command line, documented in --help and the README.
enum class CliExit : int {
    Ok = 0,                  // success; for "test": connected and settings match
    Failure = 1,             // anything not listed below (e.g. the file could not be written)
    BadArguments = 2,        // wrong or missing arguments or input
    InvalidCredentials = 3,  // the tracker rejected the API key or secret
    Unreachable = 4,         // the tracker could not be reached, or its TLS certificate failed
    SettingsMismatch = 5,    // currency or conversion time differ from the tracker's
    KeychainUnavailable = 6, // no usable OS keychain; nothing was written
    NoSuchIntegration = 7,   // no integration with that name
    TrackerError = 8,        // the tracker answered, but not usefully (5xx, malformed, throttled)
    NotOffered = 9,          // the tracker does not offer what this command needs (e.g. /1.0/stats)
};

struct CredentialResult;
// The exit code for credentials that could not be read: none stored (3) or no keychain (6).
CliExit exitForUnreadCredentials(const CredentialResult& stored);

// `kintura-desk integration add|list|test|remove`: the same core as the window, no display.
// Secrets are read from standard input only (never arguments or the environment).
class IntegrationCli : public QObject
{
    Q_OBJECT
public:
    IntegrationCli(AppContext* context, FILE* in, FILE* out, FILE* err, QObject* parent = nullptr);
    ~IntegrationCli() override;

    // args: everything after "integration". Starts the work; exits the event loop with the
    // exit code when done (QCoreApplication::exit).
    void start(const QStringList& args);
    static QString usage();

Q_SIGNALS:
    void done(int exitCode);

private:
    void add(const QStringList& args);
    void list(const QStringList& args);
    void test(const QStringList& args);
    void remove(const QStringList& args);
    void probe(const QStringList& args);
    void finish(CliExit code, const QString& message = {});
    bool readSecretLine(const char* prompt, QString* out);
    // False (and finished with a sentence) when a window or another command holds it.
    bool lockSettings();

    AppContext* m_context;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<TrackerApi> m_probeClient; // while `probe` runs
    FILE* m_in;
    FILE* m_out;
    FILE* m_err;
};

} // namespace kd
