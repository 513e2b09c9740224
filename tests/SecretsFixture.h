#pragma once

// What tst_secrets works with: the logging capture every flow runs under, the simulator and
// the real executable it drives, and the search of everything they wrote (see tst_secrets.cpp).
#include "KeyringRequired.h"
#include "SimFixture.h"
#include "WaitUntil.h"

#include "ReportsPage.h"

#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "reports/Metrics.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace kd;
using namespace kd::test;

namespace {

// Every category, every level; set before QCoreApplication exists (main() below), so that no
// rule from the environment (CTest sets one) can turn anything off.
constexpr const char* kAllLogging = "*=true;qt.network.*=true";

QMutex g_logMutex;
QStringList g_log;                    // every message of this process while capturing
bool g_capturing = true;              // off only while the test itself hands the simulator a secret
QtMessageHandler g_testLog = nullptr; // Qt Test's own handler, for the test's own lines

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        if (g_capturing)
            g_log << QStringLiteral("%1: %2").arg(
                QLatin1String(context.category ? context.category : "default"), message);
    }
    if (g_testLog && type == QtInfoMsg && message.startsWith(QLatin1String("figure:")))
        g_testLog(type, context, message);
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Fails reads and writes as a machine without a Secret Service does.
class NoKeychain : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void read(const QString&, QObject* context, Callback done) override { fail(context, done); }
    void write(const QString&, const ApiCredentials&, QObject* context, Callback done) override
    {
        fail(context, done);
    }
    void remove(const QString&, QObject* context, Callback done) override { fail(context, done); }

private:
    static void fail(QObject* context, const Callback& done)
    {
        QMetaObject::invokeMethod(
            context,
            [done] {
                CredentialResult r;
                r.status = CredentialResult::Status::Unavailable;
                r.message = QStringLiteral(
                    "The name org.freedesktop.secrets was not provided by any .service files");
                done(r);
            },
            Qt::QueuedConnection);
    }
};

} // namespace

// The state and the helpers of the secret-hygiene test; its checks are in tst_secrets.cpp.
class SecretsFixture : public QObject
{
protected:
    QTemporaryDir m_root; // HOME, config, data, exports: everything scanned at the end
    QProcess m_sim;
    QUrl m_url;
    QString m_key;
    QString m_secret;
    QByteArray m_outputs;              // every child's stdout and stderr
    QStringList m_commandLines;        // every child's argv
    QList<QProcessEnvironment> m_envs; // and environment
    QByteArray m_processState;         // /proc/<pid>/{cmdline,environ} of live children
    QString m_cliId;
    QStringList m_exports; // files the Reports page wrote, which the final search must read

    QString path(const QString& relative) const { return m_root.filePath(relative); }

    QList<QByteArray> needles() const
    {
        QList<QByteArray> n;
        for (const QString& s : {m_key, m_secret}) {
            // Whole, encoded, and cut: its first 16 characters would be a leak too.
            n << s.toUtf8() << s.toUtf8().toBase64() << QUrl::toPercentEncoding(s)
              << s.left(16).toUtf8();
        }
        return n;
    }

    // Where a secret shows in `haystack`, or empty.
    QString leak(const QByteArray& haystack) const
    {
        for (const QByteArray& needle : needles()) {
            const qsizetype at = haystack.indexOf(needle);
            if (at >= 0)
                return QString::fromUtf8(haystack.mid(std::max<qsizetype>(0, at - 60), 140));
        }
        return {};
    }

    QProcessEnvironment childEnv(const QString& home = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString h = home.isEmpty() ? path(QStringLiteral("home")) : home;
        env.insert(QStringLiteral("HOME"), h);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), h + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), h + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), h + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), h + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QLatin1String(kAllLogging));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    Run run(const QString& program, const QStringList& args, const QByteArray& input = {},
            QProcessEnvironment env = {})
    {
        if (env.isEmpty())
            env = childEnv();
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(10'000))
            return r;
        m_commandLines << (QStringList{program} + args).join(QLatin1Char(' '));
        m_envs << env;
        // What the system shows other users of the machine about this process, read while it
        // runs (before it has its input, so it cannot have exited yet).
        for (const char* file : {"cmdline", "environ"}) {
            QFile f(QStringLiteral("/proc/%1/%2").arg(p.processId()).arg(QLatin1String(file)));
            if (f.open(QIODevice::ReadOnly))
                m_processState += f.readAll();
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_outputs += r.out + '\n' + r.err + '\n';
        return r;
    }

    Run desk(const QStringList& args, const QByteArray& input = {}, QProcessEnvironment env = {})
    {
        return run(QStringLiteral(KD_DESK_BINARY), args, input, env);
    }

    QStringList addArgs(const QString& name) const
    {
        return {QStringLiteral("integration"),
                QStringLiteral("add"),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--url"),
                m_url.toString(),
                QStringLiteral("--currency"),
                QStringLiteral("USD"),
                QStringLiteral("--conversion-time"),
                QStringLiteral("visit")};
    }

    QByteArray credentialsInput() const { return (m_key + '\n' + m_secret + '\n').toUtf8(); }

    // Arms a fault in the simulator over its control endpoint.
    void armFault(const QJsonObject& fault)
    {
        {
            QMutexLocker lock(&g_logMutex);
            g_capturing = false; // this request carries the secret on purpose
        }
        QNetworkAccessManager manager;
        QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/__sim/faults"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = manager.post(request, QJsonDocument(fault).toJson());
        const bool done =
            waitUntil(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); });
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        {
            QMutexLocker lock(&g_logMutex);
            g_capturing = true;
        }
        QVERIFY(done);
        QCOMPARE(status, 200);
    }

    // GET or DELETE on a control endpoint of the simulator; the reply's body.
    QByteArray control(const QString& endpoint, bool remove = false)
    {
        QNetworkAccessManager manager;
        const QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/__sim/") + endpoint)));
        QNetworkReply* reply = remove ? manager.deleteResource(request) : manager.get(request);
        waitUntil(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); });
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }
    void disarmFaults() { control(QStringLiteral("faults"), true); }
    int requestsLogged() const
    {
        return QJsonDocument::fromJson(
                   const_cast<SecretsFixture*>(this)->control(QStringLiteral("log")))
            .object()
            .value(QStringLiteral("total"))
            .toInt(-1);
    }

    // The tracker's 401, quoting what it was sent (as some servers do).
    // padding: text before the quote, so that it straddles where the app cuts the tracker's
    // words (200 characters).
    QJsonObject echoingRejection(int count, int padding = 0) const
    {
        const QString said = QString(padding, QLatin1Char('.')) +
                             QStringLiteral("Invalid API key %1 or secret %2").arg(m_key, m_secret);
        // Every endpoint: the connection test asks a published one when the settings are refused.
        return {{QStringLiteral("endpoint"), QStringLiteral("*")},
                {QStringLiteral("type"), QStringLiteral("status")},
                {QStringLiteral("status"), 401},
                {QStringLiteral("count"), count},
                {QStringLiteral("body"),
                 QString::fromUtf8(
                     QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                QJsonObject{{QStringLiteral("code"), 401},
                                                            {QStringLiteral("message"), said}}}})
                         .toJson(QJsonDocument::Compact))}};
    }

    static QByteArray readFile(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeFile(const QString& file, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // Files under `dir` holding a secret; `count` gets how many were read, `read` which.
    QStringList filesWithSecrets(const QString& dir, int* count = nullptr,
                                 QStringList* read = nullptr) const
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue; // sockets, fifos
            if (count)
                ++*count;
            if (read)
                *read << QFileInfo(file).canonicalFilePath();
            const QString where = leak(f.readAll());
            if (!where.isEmpty())
                found << file + QStringLiteral(": ") + where;
        }
        return found;
    }
};
