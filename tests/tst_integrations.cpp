// Integration input checks, the integrations file and the manager that keeps file and
// credential store in step.
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationInput.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "integrations/IntegrationStore.h"
#include "tracker/TrackerApi.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace kd;

namespace {
// A keychain that is not there: every operation fails as QtKeychain does without a service.
class UnavailableStore : public CredentialStore
{
public:
    void read(const QString&, QObject* c, Callback done) override { fail(c, done); }
    void write(const QString&, const ApiCredentials&, QObject* c, Callback done) override
    {
        fail(c, done);
    }
    void remove(const QString&, QObject* c, Callback done) override { fail(c, done); }
    int calls = 0;

private:
    void fail(QObject* c, Callback done)
    {
        ++calls;
        CredentialResult r;
        r.status = CredentialResult::Status::Unavailable;
        r.message = QStringLiteral("The name org.freedesktop.secrets was not provided");
        QMetaObject::invokeMethod(
            c, [done, r] { done(r); }, Qt::QueuedConnection);
    }
};

Integration sample(const QString& name = QStringLiteral("Kintura - Brand A"))
{
    Integration i;
    i.name = name;
    i.trackerUrl = QUrl(QStringLiteral("https://tracker.example.com"));
    i.currency = QStringLiteral("USD");
    i.conversionTime = ConversionTime::Postback;
    return i;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestIntegrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("noted");
        QTest::newRow("bare host") << QStringLiteral("tracker.example.com")
                                   << QStringLiteral("https://tracker.example.com") << false;
        QTest::newRow("trailing slash") << QStringLiteral("https://tracker.example.com/")
                                        << QStringLiteral("https://tracker.example.com") << false;
        QTest::newRow("upper case") << QStringLiteral("HTTPS://Tracker.EXAMPLE.com")
                                    << QStringLiteral("https://tracker.example.com") << false;
        QTest::newRow("path and query")
            << QStringLiteral("https://tracker.example.com/1.0/campaigns?x=1#y")
            << QStringLiteral("https://tracker.example.com") << true;
        QTest::newRow("pasted with newline")
            << QStringLiteral("  tracker.example.com\n")
            << QStringLiteral("https://tracker.example.com") << false;
        QTest::newRow("port kept") << QStringLiteral("https://tracker.example.com:8443")
                                   << QStringLiteral("https://tracker.example.com:8443") << false;
        QTest::newRow("default port dropped")
            << QStringLiteral("https://tracker.example.com:443/")
            << QStringLiteral("https://tracker.example.com") << false;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080")
                                       << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:9")
                                        << QStringLiteral("http://localhost:9") << false;
    }
    void urls()
    {
        QFETCH(QString, input);
        QFETCH(QString, url);
        QFETCH(bool, noted);
        const UrlCheck c = normaliseTrackerUrl(input);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.url.toString(), url);
        QCOMPARE(!c.note.isEmpty(), noted);
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
        QTest::newRow("plain http")
            << QStringLiteral("http://tracker.example.com") << QStringLiteral("https");
        QTest::newRow("credentials") << QStringLiteral("https://user:pass@tracker.example.com")
                                     << QStringLiteral("password");
        QTest::newRow("ftp") << QStringLiteral("ftp://tracker.example.com")
                             << QStringLiteral("https");
        QTest::newRow("spaces") << QStringLiteral("tracker example.com")
                                << QStringLiteral("spaces");
        QTest::newRow("nul") << QStringLiteral("tracker.example.com") + QChar(0)
                             << QStringLiteral("control");
        QTest::newRow("huge") << QString(10'000, QLatin1Char('a')) << QStringLiteral("web address");
        QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("valid");
    }
    void badUrls()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const UrlCheck c = normaliseTrackerUrl(input);
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(mentions), qPrintable(c.error));
        QVERIFY(c.url.isEmpty());
    }

    void trimming()
    {
        QCOMPARE(trimPasted(QStringLiteral(" \t key-1\r\n")), QStringLiteral("key-1"));
        QCOMPARE(trimPasted(QChar(0xFEFF) + QStringLiteral("k") + QChar(0x200B)),
                 QStringLiteral("k"));
        QCOMPARE(trimPasted(QStringLiteral("a b")), QStringLiteral("a b")); // inside untouched
    }

    void names()
    {
        QVERIFY(!checkIntegrationName({}, {}).isEmpty());
        QVERIFY(checkIntegrationName(QStringLiteral("Kintura - Brand A"), {}).isEmpty());
        QVERIFY(checkIntegrationName(QStringLiteral("Кинтура ✓ العربية 🚀"), {}).isEmpty());
        QVERIFY(!checkIntegrationName(QStringLiteral("kintura - brand a"),
                                      {QStringLiteral("Kintura - Brand A")})
                     .isEmpty());
        QVERIFY(!checkIntegrationName(QString(101, QLatin1Char('x')), {}).isEmpty());
        QVERIFY(!checkIntegrationName(QStringLiteral("a\u0007b"), {}).isEmpty());
        QVERIFY(!checkIntegrationName(QStringLiteral("a\u202Eb"), {}).isEmpty()); // RTL override
    }

    void credentials()
    {
        QVERIFY(checkApiKey(QStringLiteral("kk_abc123")).isEmpty());
        QVERIFY(!checkApiKey({}).isEmpty());
        QVERIFY(!checkApiKey(QStringLiteral("abc def")).isEmpty());
        QVERIFY(!checkApiSecret(QStringLiteral("abc\u200Bdef")).isEmpty());
        QVERIFY(!checkApiSecret(QString(10'000, QLatin1Char('s'))).isEmpty());
    }

    void currencies()
    {
        QVERIFY(isoCurrencies().size() > 150);
        QVERIFY(isIsoCurrency(QStringLiteral("USD")));
        QVERIFY(isIsoCurrency(QStringLiteral("BRL")));
        QVERIFY(isIsoCurrency(QStringLiteral("RUB")));
        QVERIFY(!isIsoCurrency(QStringLiteral("usd")));
        QVERIFY(!isIsoCurrency(QStringLiteral("XXX")));
        QVERIFY(!isIsoCurrency(QStringLiteral("BTC")));
        QVERIFY(!checkCurrency(QStringLiteral("DOGE")).isEmpty());
    }

    void currencyNamesFollowTheLanguage()
    {
        const auto nameOf = [](const QString& code) {
            for (const Currency& c : isoCurrencies())
                if (c.code == code)
                    return c.name;
            return QString();
        };
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(nameOf(QStringLiteral("USD")), QStringLiteral("US Dollar"));
        const qsizetype count = isoCurrencies().size();
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(nameOf(QStringLiteral("USD")), QStringLiteral("Dólar estadounidense"));
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        QCOMPARE(nameOf(QStringLiteral("BRL")), QStringLiteral("Real brasileiro"));
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(nameOf(QStringLiteral("RUB")), QStringLiteral("Российский рубль"));
        QCOMPARE(isoCurrencies().size(), count); // same codes in every language
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // not translated here
        QCOMPARE(nameOf(QStringLiteral("EUR")), QStringLiteral("Euro"));
        QLocale::setDefault(before);
    }

    void fileRoundTrip()
    {
        QList<Integration> list{sample(), sample(QStringLiteral("Kintura - Brand B"))};
        list[0].id = QStringLiteral("6f1c1d36-52a8-4a4c-9f5b-8a9c0c1d2e3f");
        list[1].id = QStringLiteral("0b5e2a0c-1111-4222-8333-944455566677");
        list[1].pinnedCertificateSha256 = QStringLiteral("ab12");
        const QByteArray bytes = IntegrationStore::serialise(list);
        QVERIFY(!bytes.contains("secret"));
        QList<Integration> back;
        QString error;
        QVERIFY2(IntegrationStore::deserialise(bytes, &back, &error), qPrintable(error));
        QCOMPARE(back, list);
    }

    void namesTheFormRefusesStillLoad()
    {
        // Names an earlier version accepted, which the form now refuses: the file is not
        // damaged for that, and nothing is set aside.
        QList<Integration> list{sample(QStringLiteral("Brand https://user:pass@example.com")),
                                sample(QStringLiteral("Brand \u202Eevil"))};
        list[0].id = QStringLiteral("6f1c1d36-52a8-4a4c-9f5b-8a9c0c1d2e3f");
        list[1].id = QStringLiteral("0b5e2a0c-1111-4222-8333-944455566677");
        QVERIFY(!checkIntegrationName(list[0].name, {}).isEmpty());
        QVERIFY(!checkIntegrationName(list[1].name, {}).isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("integrations.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(IntegrationStore::serialise(list));
        }
        const IntegrationStore::LoadResult r = IntegrationStore(path).load();
        QCOMPARE(r.problem, QString());
        QCOMPARE(r.integrations, list);
        QVERIFY(QFile::exists(path));
        // Two names equal but for case still make it damaged: the app tells them apart by name.
        list[1].name = list[0].name.toUpper();
        QList<Integration> back;
        QString error;
        QVERIFY(!IntegrationStore::deserialise(IntegrationStore::serialise(list), &back, &error));
    }

    // Every address the form accepts is saved and read back as the same address; one that a
    // later rule refuses still loads from the file.
    void savedAddressesLoadAgain()
    {
        QVERIFY(!normaliseTrackerUrl(QStringLiteral("https://xn--n3h.com")).ok()); // a snowman
        QVERIFY(!normaliseTrackerUrl(QStringLiteral("https://\u2603.com")).ok());
        QList<Integration> list;
        const QStringList typed{QStringLiteral("https://bücher.example"),
                                QStringLiteral("https://xn--bcher-kva.example/path?x=1"),
                                QStringLiteral("HTTPS://Tracker.Example.com:8443/"),
                                QStringLiteral("tracker.example.org"),
                                QStringLiteral("http://127.0.0.1:8080"),
                                QStringLiteral("http://[::1]:9000")};
        int n = 0;
        for (const QString& address : typed) {
            const UrlCheck check = normaliseTrackerUrl(address);
            QVERIFY2(check.ok(), qPrintable(address + QStringLiteral(": ") + check.error));
            Integration i = sample(QStringLiteral("Tracker %1").arg(++n));
            i.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            i.trackerUrl = check.url;
            list << i;
        }
        QList<Integration> back;
        QString error;
        const QByteArray bytes = IntegrationStore::serialise(list);
        QVERIFY(bytes.contains("xn--bcher-kva.example")); // one spelling in the file
        QVERIFY2(IntegrationStore::deserialise(bytes, &back, &error), qPrintable(error));
        QCOMPARE(back, list);

        // Written when the form still took it: loads, and the rest of the file with it.
        QByteArray older = bytes;
        older.replace("https://tracker.example.org", "https://xn--n3h.com");
        QVERIFY2(IntegrationStore::deserialise(older, &back, &error), qPrintable(error));
        QCOMPARE(back.size(), list.size());
        // Safety rules hold for stored addresses too.
        QByteArray plain = bytes;
        plain.replace("https://tracker.example.org", "http://tracker.example.org");
        QVERIFY(!IntegrationStore::deserialise(plain, &back, &error));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other json") << QByteArray(R"({"hello":"world"})");
        QTest::newRow("newer version") << QByteArray(
            R"({"format":"kintura-desk/integrations","version":99,"integrations":[]})");
        QTest::newRow("bad entry") << QByteArray(
            R"({"format":"kintura-desk/integrations","version":1,"integrations":[{"id":"x"}]})");
        QTest::newRow("half written") << IntegrationStore::serialise({sample()}).left(40);
    }
    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("integrations.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const IntegrationStore::LoadResult r = IntegrationStore(path).load();
        QVERIFY(r.integrations.isEmpty());
        QVERIFY(!r.problem.isEmpty());
        QVERIFY(!r.setAsidePath.isEmpty());
        QVERIFY(r.problem.contains(QDir::toNativeSeparators(r.setAsidePath)));
        QCOMPARE(readAll(r.setAsidePath), content); // kept byte for byte
        QVERIFY(!QFile::exists(path));
    }

    void managerAddEditRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cfg/integrations.json"));
        IntegrationList list;
        MemoryCredentialStore store;
        IntegrationManager manager(&list, &store, path);
        QObject context;

        QString error = QStringLiteral("pending");
        QString id;
        manager.add(sample(), {QStringLiteral("k1"), QStringLiteral("s1")}, &context,
                    [&](const IntegrationManager::Outcome& o, const QString& assigned) {
                        error = o.error;
                        id = assigned;
                    });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.all().size(), 1);
        QVERIFY(QFile::exists(path));
        QVERIFY(!readAll(path).contains("s1"));

        // Edit without new credentials keeps the stored secret.
        Integration edited = *list.find(id);
        edited.name = QStringLiteral("Renamed");
        error = QStringLiteral("pending");
        manager.update(edited, std::nullopt, &context,
                       [&](const IntegrationManager::Outcome& o) { error = o.error; });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY(error.isEmpty());
        CredentialResult stored;
        bool read = false;
        store.read(id, &context, [&](const CredentialResult& r) {
            stored = r;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored.credentials.apiSecret, QStringLiteral("s1"));

        // A fresh manager reads back what was saved.
        IntegrationList reloaded;
        IntegrationManager second(&reloaded, &store, path);
        second.load();
        QVERIFY(second.loadProblem().isEmpty());
        QCOMPARE(reloaded.all().size(), 1);
        QCOMPARE(reloaded.all().first().name, QStringLiteral("Renamed"));

        error = QStringLiteral("pending");
        manager.remove(id, &context,
                       [&](const IntegrationManager::Outcome& o) { error = o.error; });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY(error.isEmpty());
        QVERIFY(list.all().isEmpty());
        read = false;
        store.read(id, &context, [&](const CredentialResult& r) {
            stored = r;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored.status, CredentialResult::Status::NotFound);
    }

    void noKeychainMeansNothingSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("integrations.json"));
        IntegrationList list;
        UnavailableStore store;
        IntegrationManager manager(&list, &store, path);
        QObject context;
        QString error = QStringLiteral("pending");
        manager.add(sample(), {QStringLiteral("k"), QStringLiteral("s")}, &context,
                    [&](const IntegrationManager::Outcome& o, const QString&) { error = o.error; });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("plain text")));
        QVERIFY(list.all().isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(store.calls, 1);
    }

    void monitorSaysWhenTheKeychainIsUnavailable()
    {
        IntegrationList list;
        UnavailableStore store;
        int clientsMade = 0;
        ConnectionMonitor monitor(&list, &store, [&](const Integration&, const ApiCredentials&) {
            ++clientsMade;
            return std::unique_ptr<TrackerApi>();
        });
        Integration i = sample();
        i.id = QStringLiteral("6f1c1d36-52a8-4a4c-9f5b-8a9c0c1d2e3f");
        list.add(i); // checked at once
        QCOMPARE(monitor.report(i.id).status, ConnectionStatus::Checking);
        QTRY_COMPARE(monitor.report(i.id).status, ConnectionStatus::KeychainUnavailable);
        QVERIFY(monitor.report(i.id).keychainMessage.contains(
            QStringLiteral("org.freedesktop.secrets")));
        QCOMPARE(clientsMade, 0); // no secret, no request
    }

    void unwritableFileRollsBackTheSecret()
    {
        QTemporaryDir dir;
        // A folder where the file should be: the save must fail.
        const QString path = dir.filePath(QStringLiteral("integrations.json"));
        QVERIFY(QDir().mkpath(path));
        IntegrationList list;
        MemoryCredentialStore store;
        IntegrationManager manager(&list, &store, path);
        QObject context;
        QString error = QStringLiteral("pending");
        QString id = QStringLiteral("x");
        Integration draft = sample();
        draft.id = QStringLiteral("6f1c1d36-52a8-4a4c-9f5b-8a9c0c1d2e3f");
        manager.add(draft, {QStringLiteral("k"), QStringLiteral("s")}, &context,
                    [&](const IntegrationManager::Outcome& o, const QString& assigned) {
                        error = o.error;
                        id = assigned;
                    });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY(!error.isEmpty());
        QVERIFY(id.isEmpty());
        QVERIFY(list.all().isEmpty());
        bool read = false;
        CredentialResult stored;
        store.read(draft.id, &context, [&](const CredentialResult& r) {
            stored = r;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored.status, CredentialResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIntegrations)
#include "tst_integrations.moc"
