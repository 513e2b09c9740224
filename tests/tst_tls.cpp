// The client against the simulator behind TLS with self-signed certificates (tests/data):
// refused with the fingerprint and issuer, nothing sent before trust, pinning accepts exactly
// the trusted certificate, a changed certificate is refused again, https->http is refused.
#include "SimFixture.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

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

TrackerError fetchSettings(const QUrl& url, const ApiCredentials& credentials,
                           const QString& pin = {})
{
    auto options = SimFixture::fastOptions();
    options.pinnedCertificateSha256 = pin;
    kintura::KinturaClient client(url, credentials, options);
    TrackerError error(Kind::Cancelled, {});
    (void)waitFor(client.fetchSettings(), [&](auto& call) { error = call.error(); });
    return error;
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
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
