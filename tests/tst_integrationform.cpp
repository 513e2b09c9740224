// The connection form and the Integrations page, typed into and clicked through offscreen,
// against the simulator on loopback.
#include "SimFixture.h"
#include "Snapshot.h"

#include "AdNetworksPage.h"
#include "ConnectionResultPanel.h"
#include "DeskWindow.h"
#include "IntegrationDialog.h"
#include "IntegrationsModel.h"
#include "IntegrationsPage.h"
#include "MessageBox.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

namespace {
// Every message any logging category printed during the test, to scan for secrets.
QStringList g_logged;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestIntegrationForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SimFixture> sim;
    MemoryCredentialStore* store = nullptr;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<test::DeskWindow> window;

    ui::IntegrationDialog* dialog() const { return window->findChild<ui::IntegrationDialog*>(); }
    template <typename T> T* field(const char* name) const
    {
        ui::IntegrationDialog* d = dialog();
        return d ? d->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    }
    void click(const char* name)
    {
        auto* b = window->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        QVERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void clickInDialog(const char* name)
    {
        auto* b = field<QPushButton>(name);
        QVERIFY2(b, name);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void type(const char* name, const QString& text)
    {
        auto* edit = field<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    QString errorText(const char* name) const
    {
        auto* label = field<QLabel>(name);
        return label && label->isVisible() ? label->text() : QString();
    }
    QString resultText() const
    {
        auto* panel = field<ui::ConnectionResultPanel>("connectionResult");
        return panel && panel->isVisible() ? panel->text() : QString();
    }
    void chooseCurrency(const QString& code)
    {
        auto* combo = field<QComboBox>("currencyCombo");
        combo->setCurrentIndex(combo->findData(code));
    }
    // Pastes through the clipboard with Ctrl+V, as a user copying from a web page would.
    void paste(const char* name, const QString& text)
    {
        auto* edit = field<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        QGuiApplication::clipboard()->setText(text);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    }
    void activateDialog()
    {
        QApplication::setActiveWindow(dialog());
        QVERIFY(QTest::qWaitForWindowActive(dialog()));
    }
    void fillValid()
    {
        type("nameEdit", QStringLiteral("Kintura - Brand A"));
        paste("apiKeyEdit", QStringLiteral("  ") + sim->server->apiKey() + QStringLiteral("\n"));
        QVERIFY(field<QLineEdit>("apiKeyEdit")->text().contains(sim->server->apiKey()));
        type("apiSecretEdit", sim->server->apiSecret());
        type("urlEdit", sim->server->baseUrl().toString());
        chooseCurrency(QStringLiteral("USD"));
    }
    ApiCredentials stored(const QString& id)
    {
        CredentialResult result;
        bool done = false;
        store->read(id, this, [&](const CredentialResult& r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return result.ok() ? result.credentials : ApiCredentials{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kintura.*=true\nqt.network.*=true"));
        g_previous = qInstallMessageHandler(capture);
    }

    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        sim = std::make_unique<SimFixture>();
        store = new MemoryCredentialStore;
        context = AppContext::create(dir->path(), store);
        context->setClientOptions(SimFixture::fastOptions());
        window = std::make_unique<test::DeskWindow>(context.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    void cleanup()
    {
        window.reset();
        context.reset();
        sim.reset();
        dir.reset();
    }

    void emptyFormIsFlaggedFieldByField()
    {
        click("addButton");
        QVERIFY(dialog());
        clickInDialog("saveButton");
        QVERIFY(!errorText("nameError").isEmpty());
        QVERIFY(!errorText("apiKeyError").isEmpty());
        QVERIFY(!errorText("apiSecretError").isEmpty());
        QVERIFY(!errorText("urlError").isEmpty());
        QVERIFY(field<QLineEdit>("nameEdit")->property("invalid").toBool());
        snapshot(dialog(), QStringLiteral("form-empty"));
        QVERIFY(dialog()->isVisible());
        QVERIFY(context->integrations()->all().isEmpty());
        QCOMPARE(sim->log().size(), 0); // nothing asked of any tracker
        // Typing into a flagged field clears its complaint.
        QTest::keyClicks(field<QLineEdit>("nameEdit"), QStringLiteral("x"));
        QVERIFY(errorText("nameError").isEmpty());
    }

    void urlIsNormalisedInPlace()
    {
        click("addButton");
        activateDialog();
        type("urlEdit", QStringLiteral("  HTTP://127.0.0.1:%1/1.0/campaigns?x=1 ")
                            .arg(sim->server->baseUrl().port()));
        QTest::keyClick(field<QLineEdit>("urlEdit"), Qt::Key_Tab);
        QCOMPARE(field<QLineEdit>("urlEdit")->text(), sim->server->baseUrl().toString());
        QVERIFY(field<QLabel>("urlNote")->isVisible());
        QVERIFY(field<QLabel>("urlNote")->text().contains(QStringLiteral("/1.0/campaigns")));

        type("urlEdit", QStringLiteral("http://tracker.example.com"));
        QTest::keyClick(field<QLineEdit>("urlEdit"), Qt::Key_Tab);
        QVERIFY2(errorText("urlError").contains(QStringLiteral("https")),
                 qPrintable(errorText("urlError")));
    }

    void testConnectionOutcomesAndMismatchFix()
    {
        click("addButton");
        fillValid();
        type("apiSecretEdit", QStringLiteral("wrong-secret"));
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().contains(QStringLiteral("rejected")), 10'000);
        QVERIFY(!resultText().contains(QStringLiteral("wrong-secret")));

        // Right secret, wrong currency and conversion time: a mismatch, side by side.
        type("apiSecretEdit", sim->server->apiSecret());
        chooseCurrency(QStringLiteral("EUR"));
        auto* postback = field<QRadioButton>("postbackTimeRadio");
        // On the indicator: a radio button only reacts on its circle and its text.
        QTest::mouseClick(postback, Qt::LeftButton, {}, QPoint(8, postback->height() / 2));
        QVERIFY(field<QRadioButton>("postbackTimeRadio")->isChecked());
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().startsWith(QStringLiteral("Settings mismatch")),
                                 10'000);
        QVERIFY(resultText().contains(QStringLiteral("EUR")) &&
                resultText().contains(QStringLiteral("USD")));
        snapshot(dialog(), QStringLiteral("form-mismatch"));
        auto* fix = field<QPushButton>("useTrackerValuesButton");
        QVERIFY(fix && fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(field<QComboBox>("currencyCombo")->currentData().toString(),
                 QStringLiteral("USD"));
        QVERIFY(field<QRadioButton>("visitTimeRadio")->isChecked());
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().startsWith(QStringLiteral("Connected")), 10'000);
    }

    // The time zone: searchable, checked as typed; a zone left alone follows the tracker's,
    // a zone picked is compared with it and fixed by "Use the tracker's values".
    void timeZoneFollowsOrIsCompared()
    {
        click("addButton");
        fillValid();
        auto* zone = field<QComboBox>("timeZoneCombo");
        QVERIFY(zone && zone->isVisible());
        QVERIFY(zone->count() > 300); // the system's IANA zones
        QVERIFY(zone->findData(QStringLiteral("UTC+02:00")) < 0);
        // Left alone: the tracker's zone fills it at the test, and the status is Connected.
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().startsWith(QStringLiteral("Connected")), 10'000);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("America/New_York"));

        // Typed: a name the system does not know is refused by name, before any request.
        zone->lineEdit()->setFocus();
        zone->lineEdit()->selectAll();
        QTest::keyClick(zone->lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
        clickInDialog("testConnectionButton");
        QTRY_VERIFY(errorText("timeZoneError").contains(QStringLiteral("Mars/Olympus")));

        // Picked: another zone than the tracker's is a mismatch, side by side, fixed in one click.
        zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Madrid")));
        Q_EMIT zone->activated(zone->currentIndex()); // as a click in the list does
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().startsWith(QStringLiteral("Settings mismatch")),
                                 10'000);
        QVERIFY2(resultText().contains(QStringLiteral("Europe/Madrid")) &&
                     resultText().contains(QStringLiteral("America/New_York")),
                 qPrintable(resultText()));
        QTest::mouseClick(field<QPushButton>("useTrackerValuesButton"), Qt::LeftButton);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("America/New_York"));
        clickInDialog("saveButton");
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        QCOMPARE(context->integrations()->all().first().timeZone,
                 QStringLiteral("America/New_York"));
    }

    void unreachableTrackerIsNamed()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        click("addButton");
        fillValid();
        type("urlEdit", QStringLiteral("http://127.0.0.1:%1").arg(port));
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().contains(QStringLiteral("Could not reach")), 10'000);
        QVERIFY(resultText().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }

    void saveEditAndRemove()
    {
        click("addButton");
        fillValid();
        clickInDialog("saveButton");
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        QTRY_VERIFY(!dialog());
        const Integration saved = context->integrations()->all().first();
        QCOMPARE(saved.name, QStringLiteral("Kintura - Brand A"));
        QCOMPARE(saved.trackerUrl, sim->server->baseUrl());
        QCOMPARE(stored(saved.id).apiKey, sim->server->apiKey()); // trimmed on the way in
        QCOMPARE(stored(saved.id).apiSecret, sim->server->apiSecret());
        // Saving a new tracker leads on to the ad-network step.
        QCOMPARE(window->currentPage(), ui::MainWindow::AdNetworks);
        auto* note = window->adNetworksPage()->findChild<QLabel*>(QStringLiteral("setupNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Kintura - Brand A")));
        QCOMPARE(window->adNetworksPage()->integrationId(), saved.id);
        // The file holds the integration and no secret.
        QFile file(dir->filePath(QStringLiteral("integrations.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Kintura - Brand A"));
        QVERIFY(!bytes.contains(sim->server->apiSecret().toUtf8()));
        QVERIFY(!bytes.contains(sim->server->apiKey().toUtf8()));
        // And the new integration was checked.
        auto* table = window->integrationsPage()->table();
        const QModelIndex status = table->model()->index(0, ui::IntegrationsModel::Status);
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("Connected"), 10'000);
        window->showPage(ui::MainWindow::Integrations);
        snapshot(window.get(), QStringLiteral("integrations-page"));

        // Edit by keyboard: Enter on the row, rename, keep the stored secret.
        window->showPage(ui::MainWindow::Integrations);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(dialog());
        QVERIFY(field<QLineEdit>("apiSecretEdit")->text().isEmpty()); // never shown back
        type("nameEdit", QStringLiteral("Kintura - Brand A (EU)"));
        clickInDialog("saveButton");
        QTRY_COMPARE(context->integrations()->all().first().name,
                     QStringLiteral("Kintura - Brand A (EU)"));
        QCOMPARE(stored(saved.id).apiSecret, sim->server->apiSecret());

        // A second one may not take the same name.
        click("addButton");
        fillValid();
        type("nameEdit", QStringLiteral("kintura - brand a (eu)"));
        clickInDialog("saveButton");
        QVERIFY(errorText("nameError").contains(QStringLiteral("already")));
        QTest::keyClick(dialog(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog());

        // Remove, confirming.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        click("removeButton");
        QTest::qWait(0);
        QCOMPARE(context->integrations()->all().size(), 1);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click("removeButton");
        QVERIFY(ui::MessageBox::lastQuestion().contains(QStringLiteral("Kintura - Brand A (EU)")));
        QTRY_VERIFY(context->integrations()->all().isEmpty());
        QCOMPARE(stored(saved.id).apiSecret, QString());

        // After add, test, edit and remove: the secret is in no file and no log line.
        const QString secret = sim->server->apiSecret();
        QVERIFY(!g_logged.isEmpty());
        for (const QString& line : std::as_const(g_logged))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        QDirIterator files(dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }

    void unicodeNamesAreFine()
    {
        click("addButton");
        fillValid();
        paste("nameEdit", QStringLiteral("Кинтура — العربية 🚀"));
        clickInDialog("saveButton");
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        QCOMPARE(context->integrations()->all().first().name,
                 QStringLiteral("Кинтура — العربية 🚀"));
    }

    // A tracker with a self-signed certificate: refused with its fingerprint, trusted by one
    // click, saved with the pin; the trust can be taken back.
    void trustingASelfSignedCertificate()
    {
        auto readData = [](const char* name) {
            QFile f(QStringLiteral(KD_TEST_DATA "/") + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QSslCertificate cert(readData("tracker-a.pem"));
        const QSslKey key(readData("tracker-a.key"), QSsl::Rsa);
        sim->server =
            std::make_unique<sim::SimServer>(sim::SimConfig{}, sim::SimOptions{0, {}, {}, {}});
        sim->server->enableTls(cert, key);
        QVERIFY(sim->server->listenLocal(0));

        click("addButton");
        fillValid();
        clickInDialog("testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(resultText().startsWith(QStringLiteral("Certificate problem")),
                                 10'000);
        const QString fingerprint =
            QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QVERIFY2(resultText().contains(fingerprint), qPrintable(resultText()));
        QCOMPARE(sim->log().size(), 0);
        snapshot(dialog(), QStringLiteral("form-certificate"));

        auto* trust = field<QPushButton>("trustCertificateButton");
        QVERIFY(trust && trust->isVisible());
        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText().startsWith(QStringLiteral("Connected")), 10'000);
        QVERIFY(field<QLabel>("pinNote")->isVisible());
        clickInDialog("saveButton");
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        const QString digest = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
        QCOMPARE(context->integrations()->all().first().pinnedCertificateSha256, digest);
        // The saved integration connects through its pin.
        auto* table = window->integrationsPage()->table();
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, ui::IntegrationsModel::Status).data().toString(),
            QStringLiteral("Connected"), 10'000);

        // Taking the trust back: edit, "Stop trusting", save; the next check refuses again.
        window->showPage(ui::MainWindow::Integrations);
        table->selectRow(0);
        click("editButton");
        QVERIFY(dialog());
        clickInDialog("forgetPinButton");
        clickInDialog("saveButton");
        QTRY_VERIFY(context->integrations()->all().first().pinnedCertificateSha256.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, ui::IntegrationsModel::Status).data().toString(),
            QStringLiteral("Certificate problem"), 10'000);
    }

    void damagedFileIsKeptAndReported()
    {
        window.reset();
        context.reset();
        const QString path = dir->filePath(QStringLiteral("integrations.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"kintura-desk/integrations\", \"version\": 1, \"integrations\": "
                    "[{\"na");
        }
        store = new MemoryCredentialStore;
        context = AppContext::create(dir->path(), store);
        window = std::make_unique<test::DeskWindow>(context.get());
        window->show();
        auto* banner = window->findChild<QLabel*>(QStringLiteral("problemBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral(".damaged-")), qPrintable(banner->text()));
        const QStringList kept =
            QDir(dir->path()).entryList({QStringLiteral("integrations.json.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(context->integrations()->all().isEmpty());
    }
};

QTEST_MAIN(TestIntegrationForm)
#include "tst_integrationform.moc"
