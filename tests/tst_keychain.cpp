// KeychainCredentialStore against a real Secret Service (tests/with-keyring.sh starts one),
// checked independently with secret-tool.
#include "KeyringRequired.h"
#include "credentials/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace kd;

namespace {
const QString kService = QStringLiteral("Kintura Desk Test");

// What secret-tool finds for an integration: the item's text, or empty.
QString secretToolLookup(const QString& integrationId)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               kService, QStringLiteral("user"), integrationId});
    tool.waitForFinished(10'000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

int secretToolCount(const QString& integrationId)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                kService, QStringLiteral("user"), integrationId});
    tool.waitForFinished(10'000);
    // One "[/org/freedesktop/secrets/collection/...]" header per item found.
    const QString out = QString::fromUtf8(tool.readAll());
    return int(out.count(
        QRegularExpression(QStringLiteral("^\\[/"), QRegularExpression::MultilineOption)));
}

CredentialResult
run(const std::function<void(KeychainCredentialStore&, QObject*, CredentialStore::Callback)>& op)
{
    KeychainCredentialStore store(kService);
    QObject context;
    CredentialResult result;
    bool done = false;
    op(store, &context, [&](const CredentialResult& r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
    if (!done)
        result.status = CredentialResult::Status::Failed,
        result.message = QStringLiteral("no answer");
    return result;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { KD_SKIP_WITHOUT_KEYRING(); }

    void roundTripLandsInTheSecretService()
    {
        const QString id = QStringLiteral("it-roundtrip");
        const ApiCredentials pair{QStringLiteral("key-123"),
                                  QStringLiteral("secret-ÄÖ-456 with spaces")};
        CredentialResult w =
            run([&](auto& s, QObject* c, auto done) { s.write(id, pair, c, done); });
        QVERIFY2(w.ok(), qPrintable(w.message));

        // Independently: the item is there, under our service and the integration id.
        const QString stored = secretToolLookup(id);
        ApiCredentials decoded;
        QVERIFY2(KeychainCredentialStore::decode(stored.toUtf8(), &decoded), qPrintable(stored));
        QCOMPARE(decoded, pair);

        CredentialResult r = run([&](auto& s, QObject* c, auto done) { s.read(id, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.credentials, pair);

        // Editing replaces the one item; it does not add a second.
        const ApiCredentials edited{QStringLiteral("key-123"), QStringLiteral("new-secret")};
        QVERIFY(run([&](auto& s, QObject* c, auto done) { s.write(id, edited, c, done); }).ok());
        QCOMPARE(secretToolCount(id), 1);
        r = run([&](auto& s, QObject* c, auto done) { s.read(id, c, done); });
        QCOMPARE(r.credentials, edited);

        QVERIFY(run([&](auto& s, QObject* c, auto done) { s.remove(id, c, done); }).ok());
        QVERIFY(secretToolLookup(id).isEmpty());
        QCOMPARE(secretToolCount(id), 0);
        r = run([&](auto& s, QObject* c, auto done) { s.read(id, c, done); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        // Removing again is not an error: the wanted state holds.
        QVERIFY(run([&](auto& s, QObject* c, auto done) { s.remove(id, c, done); }).ok());
    }

    void noSecretServiceIsReportedAsUnavailable()
    {
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KD_KEYCHAIN_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        probe.setProcessEnvironment(env);
        probe.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(probe.waitForFinished(30'000));
        const QString out = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
        QVERIFY2(out.startsWith(QStringLiteral("status=unavailable")), qPrintable(out));
    }
};

// With KD_KEYCHAIN_PROBE set, the binary writes once and prints what the store said: the
// "no Secret Service" case runs in a child process with a dead bus address.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("KD_KEYCHAIN_PROBE")) {
        QCoreApplication app(argc, argv);
        const CredentialResult r = run([](auto& s, QObject* c, auto done) {
            s.write(QStringLiteral("probe"), {QStringLiteral("k"), QStringLiteral("s")}, c, done);
        });
        const char* name = r.status == CredentialResult::Status::Unavailable ? "unavailable"
                           : r.ok()                                          ? "ok"
                                                                             : "other";
        std::printf("status=%s message=%s\n", name, r.message.toUtf8().constData());
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
