// The client against the simulator behind TLS with self-signed certificates (tests/data):
// refused with the fingerprint and issuer, nothing sent before trust, pinning accepts exactly
// the trusted certificate, a changed certificate is refused again, a pin belongs to its
// integration (another one on the same host:port is still refused), redirects to http or to
// another host are refused each with its own sentence; and no source ignores TLS errors
// wholesale.
#include "SimFixture.h"

#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionProbe.h"
#include "net/ApiRequest.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

#include <optional>

using namespace kd;
using namespace kd::test;
using Kind = TrackerError::Kind;

namespace {
QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(KD_TEST_DATA) + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct TlsSim
{
    explicit TlsSim(const char* which)
        : sim(sim::SimConfig{}, 0)
    {
        // SimFixture listened on http already; make a TLS one instead.
        sim::SimOptions options;
        options.requestsPerSecond = 0; // no throttle, as SimFixture's
        sim.server = std::make_unique<sim::SimServer>(sim::SimConfig{}, options);
        cert =
            QSslCertificate(readData(QStringLiteral("tracker-%1.pem").arg(QLatin1String(which))));
        const QSslKey key(readData(QStringLiteral("tracker-%1.key").arg(QLatin1String(which))),
                          QSsl::Rsa);
        sim.server->enableTls(cert, key);
        listening = sim.server->listenLocal(0);
    }
    QString digest() const
    {
        return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
    }
    SimFixture sim;
    QSslCertificate cert;
    bool listening = false;
};

// The simulator's log in a line, for failure messages.
QString logLine(const SimFixture& sim)
{
    QStringList entries;
    for (const sim::SimLogEntry& e : sim.log())
        entries
            << QStringLiteral("%1 %2 %3 %4").arg(e.endpoint).arg(e.status).arg(e.fault, e.query);
    return entries.join(QStringLiteral("; "));
}

TrackerError fetchSettings(TrackerApi& client)
{
    TrackerError error(Kind::Cancelled, {});
    (void)waitFor(client.fetchSettings(), [&](auto& call) { error = call.error(); });
    return error;
}

TrackerError fetchSettings(const QUrl& url, const ApiCredentials& credentials,
                           const QString& pin = {})
{
    auto options = SimFixture::fastOptions();
    options.pinnedCertificateSha256 = pin;
    kintura::KinturaClient client(url, credentials, options);
    return fetchSettings(client);
}

// A call of ignoreSslErrors() with no argument list: it would trust any certificate.
const QRegularExpression kIgnoreAll(QStringLiteral(R"(ignoreSslErrors\s*\(\s*\))"));

// The sentence a refused redirect gives: one line, ends with what to do, names no secret.
void checkRedirectSentence(const TrackerError& error, const SimFixture& sim)
{
    const QString m = error.message();
    QVERIFY2(m.endsWith(QLatin1Char('.')) && !m.contains(QLatin1Char('\n')), qPrintable(m));
    QVERIFY2(!m.contains(QStringLiteral("%1")) && !m.contains(QStringLiteral("%2")), qPrintable(m));
    QVERIFY(!m.contains(sim.server->apiKey()) && !m.contains(sim.server->apiSecret()));
    QVERIFY(!error.detail().contains(sim.server->apiSecret()));
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(!readData(QStringLiteral("tracker-a.pem")).isEmpty());
    }

    void selfSignedIsRefusedWithFingerprintAndNothingSent()
    {
        TlsSim tls("a");
        QVERIFY(tls.listening);
        QCOMPARE(tls.sim.server->baseUrl().scheme(), QStringLiteral("https"));
        const TrackerError error = fetchSettings(tls.sim.server->baseUrl(), tls.sim.credentials());
        QCOMPARE(error.kind(), Kind::Tls);
        QCOMPARE(error.certificateSha256(), tls.digest());
        const QString fingerprint =
            QString::fromLatin1(tls.cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QVERIFY2(error.message().contains(fingerprint), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("Kintura Desk test tracker a")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(tls.sim.server->apiSecret()));
        QCOMPARE(tls.sim.log().size(), 0); // no request, so no credentials, reached the server
    }

    void pinnedCertificateIsAccepted()
    {
        TlsSim tls("a");
        QVERIFY(tls.listening);
        const TrackerError error =
            fetchSettings(tls.sim.server->baseUrl(), tls.sim.credentials(), tls.digest());
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QCOMPARE(tls.sim.log().size(), 1);
    }

    void changedCertificateIsRefusedAgain()
    {
        TlsSim a("a");
        TlsSim b("b");
        QVERIFY(a.listening && b.listening);
        // Trusted a's certificate; the tracker now presents b's.
        const TrackerError error =
            fetchSettings(b.sim.server->baseUrl(), b.sim.credentials(), a.digest());
        QCOMPARE(error.kind(), Kind::Tls);
        QCOMPARE(error.certificateSha256(), b.digest());
        QCOMPARE(b.sim.log().size(), 0);
    }

    // Two integrations on the same tracker (host and port), only one of which trusts its
    // self-signed certificate: the other is refused however the calls interleave, before,
    // after and while the trusted one talks to the tracker (a manager shared per host would
    // let the second ride the first one's accepted connection).
    void pinIsPerIntegrationNotPerHost()
    {
        TlsSim tls("a");
        QVERIFY(tls.listening);
        QTemporaryDir dir;
        auto context =
            AppContext::create(dir.filePath(QStringLiteral("config")), new MemoryCredentialStore,
                               dir.filePath(QStringLiteral("data")));
        QVERIFY(context);
        context->setClientOptions(SimFixture::fastOptions());
        Integration trusted;
        trusted.id = QStringLiteral("trusted");
        trusted.name = QStringLiteral("Kintura - Trusted");
        trusted.trackerUrl = tls.sim.server->baseUrl();
        trusted.currency = QStringLiteral("USD");
        trusted.pinnedCertificateSha256 = tls.digest();
        Integration other = trusted;
        other.id = QStringLiteral("other");
        other.name = QStringLiteral("Kintura - Other");
        other.pinnedCertificateSha256.clear();
        QCOMPARE(displayHost(other.trackerUrl), displayHost(trusted.trackerUrl));

        // One after the other, the trusted client still alive (its connection kept open).
        const ClientFactory make = context->clientFactory();
        auto trustedClient = make(trusted, tls.sim.credentials());
        auto otherClient = make(other, tls.sim.credentials());
        TrackerError error = fetchSettings(*trustedClient);
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QVERIFY2(tls.sim.log().size() == 1, qPrintable(logLine(tls.sim)));
        error = fetchSettings(*otherClient);
        QCOMPARE(error.kind(), Kind::Tls);
        QCOMPARE(error.certificateSha256(), tls.digest());
        QVERIFY2(tls.sim.log().size() == 1,
                 qPrintable(logLine(tls.sim))); // nothing of the other's reached the tracker
        // The refusal did not undo the trust of the first.
        error = fetchSettings(*trustedClient);
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QVERIFY2(tls.sim.log().size() == 2, qPrintable(logLine(tls.sim)));

        // At the same time, as two checks of the Integrations page run.
        ConnectionProbe trustedProbe(make);
        ConnectionProbe otherProbe(make);
        std::optional<ConnectionReport> trustedReport;
        std::optional<ConnectionReport> otherReport;
        connect(&trustedProbe, &ConnectionProbe::finished, this,
                [&](const ConnectionReport& r) { trustedReport = r; });
        connect(&otherProbe, &ConnectionProbe::finished, this,
                [&](const ConnectionReport& r) { otherReport = r; });
        otherProbe.start(other, tls.sim.credentials());
        trustedProbe.start(trusted, tls.sim.credentials());
        QTRY_VERIFY_WITH_TIMEOUT(trustedReport && otherReport, 20'000);
        QVERIFY2(trustedReport->error.isOk(), qPrintable(trustedReport->error.message()));
        QCOMPARE(otherReport->error.kind(), Kind::Tls);
        QVERIFY2(tls.sim.log().size() == 3, qPrintable(logLine(tls.sim)));

        // Nothing was trusted for the whole process either.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(tls.cert));
        QVERIFY(fetchSettings(tls.sim.server->baseUrl(), tls.sim.credentials()).kind() ==
                Kind::Tls);
        QVERIFY2(tls.sim.log().size() == 3, qPrintable(logLine(tls.sim)));
    }

    // A certificate is only ever trusted through a list of exactly its errors: no source of
    // the app calls ignoreSslErrors() without one.
    void noSourceIgnoresAllTlsErrors()
    {
        // The pattern finds what it must, and only that.
        QVERIFY(kIgnoreAll.match(QStringLiteral("reply->ignoreSslErrors();")).hasMatch());
        QVERIFY(kIgnoreAll.match(QStringLiteral("m_reply->ignoreSslErrors( )")).hasMatch());
        QVERIFY(!kIgnoreAll.match(QStringLiteral("m_reply->ignoreSslErrors(errors);")).hasMatch());

        // The source tree: tests/data's grandparent.
        const QDir root(QStringLiteral(KD_TEST_DATA "/../.."));
        QVERIFY2(QFileInfo::exists(root.filePath(QStringLiteral("app/net/ApiRequest.cpp"))),
                 qPrintable(root.absolutePath()));
        QStringList offenders;
        int files = 0;
        bool sawPinning = false;
        for (const char* top : {"app", "ui"}) {
            QDirIterator it(root.filePath(QLatin1String(top)),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                ++files;
                sawPinning = sawPinning || text.contains(QStringLiteral("ignoreSslErrors("));
                auto matches = kIgnoreAll.globalMatch(text);
                while (matches.hasNext()) {
                    const auto m = matches.next();
                    const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                    offenders << QStringLiteral("%1:%2").arg(f.fileName()).arg(line);
                }
            }
        }
        QVERIFY2(files >= 50, qPrintable(QString::number(files)));
        QVERIFY2(sawPinning, "the scan never saw the pinning code (app/net/ApiRequest.cpp)");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
    }

    // A redirect within the tracker is followed (the credentials stay with it).
    void redirectWithinTheTrackerIsFollowed()
    {
        SimFixture sim;
        sim::SimFault redirect;
        redirect.endpoint = QStringLiteral("settings");
        redirect.type = QStringLiteral("redirect");
        redirect.body = "/1.0/settings?moved=1";
        sim.server->armFault(redirect);
        const TrackerError error = fetchSettings(sim.server->baseUrl(), sim.credentials());
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        const auto log = sim.log(QStringLiteral("settings"));
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.last().query, QStringLiteral("moved=1"));
        QCOMPARE(log.last().status, 200);
    }

    void httpsToHttpRedirectIsRefused()
    {
        TlsSim tls("a");
        SimFixture plain; // the downgrade target, must see nothing
        sim::SimFault redirect;
        redirect.endpoint = QStringLiteral("settings");
        redirect.type = QStringLiteral("redirect");
        redirect.body = plain.server->baseUrl().toString().toUtf8() + "/1.0/settings";
        tls.sim.server->armFault(redirect);
        const TrackerError error =
            fetchSettings(tls.sim.server->baseUrl(), tls.sim.credentials(), tls.digest());
        QCOMPARE(error.kind(), Kind::InsecureUrl);
        QCOMPARE(plain.log().size(), 0);
        // The downgrade's sentence: about encryption, not about another host.
        const QString m = error.message();
        QVERIFY2(m.contains(displayHost(tls.sim.server->baseUrl())), qPrintable(m));
        // The user's URL is https already: the sentence says the tracker downgraded, not
        // "use https".
        QVERIFY2(m.contains(QStringLiteral("unencrypted http://")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("were not sent")), qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("Use an https:// tracker URL")), qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("another host")), qPrintable(m));
        QVERIFY(error.redirectHost().isEmpty());
        checkRedirectSentence(error, tls.sim);
    }

    void redirectToAnotherHostIsRefused()
    {
        SimFixture from;
        SimFixture to;
        sim::SimFault redirect;
        redirect.endpoint = QStringLiteral("settings");
        redirect.type = QStringLiteral("redirect");
        // Same scheme, another port: another origin, the credentials must not follow.
        redirect.body = to.server->baseUrl().toString().toUtf8() + "/1.0/settings";
        from.server->armFault(redirect);
        const TrackerError error = fetchSettings(from.server->baseUrl(), from.credentials());
        QCOMPARE(error.kind(), Kind::InsecureUrl);
        QCOMPARE(to.log().size(), 0);
        checkCrossHostSentence(error, from, to);
    }

    // The same between two https trackers: encryption is kept, the host is not.
    void httpsRedirectToAnotherHostIsRefused()
    {
        TlsSim from("a");
        TlsSim to("b");
        QVERIFY(from.listening && to.listening);
        sim::SimFault redirect;
        redirect.endpoint = QStringLiteral("settings");
        redirect.type = QStringLiteral("redirect");
        redirect.body = to.sim.server->baseUrl().toString().toUtf8() + "/1.0/settings";
        from.sim.server->armFault(redirect);
        const TrackerError error =
            fetchSettings(from.sim.server->baseUrl(), from.sim.credentials(), from.digest());
        QCOMPARE(error.kind(), Kind::InsecureUrl);
        QCOMPARE(to.sim.log().size(), 0);
        QCOMPARE(from.sim.log().size(), 1);
        checkCrossHostSentence(error, from.sim, to.sim);
    }

private:
    static void checkCrossHostSentence(const TrackerError& error, const SimFixture& from,
                                       const SimFixture& to)
    {
        const QString m = error.message();
        const QString fromHost = displayHost(from.server->baseUrl());
        const QString toHost = displayHost(to.server->baseUrl());
        QCOMPARE(error.redirectHost(), toHost);
        QVERIFY2(m.contains(QStringLiteral("The tracker at ") + fromHost), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("to another host, ") + toHost), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("were not sent there")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("edit the integration and enter its new address")),
                 qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("without encryption")), qPrintable(m));
        checkRedirectSentence(error, from);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
