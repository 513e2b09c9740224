// Every control that takes focus must have a name a screen reader can say, and every status
// says what it is in text and in the shape of its icon, not by colour alone: the connection
// form's certificate and settings-mismatch panels reached by keyboard, and every status either
// table can show. (The whole setup and Reports by keyboard: tst_keyboard.)
#include "KeyboardHelpers.h"
#include "SimFixture.h"

#include "DeskWindow.h"
#include "StatusPresentation.h"
#include "SyncStatusLine.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "tracker/TrackerError.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;
using kd::ui::StatusPresentation;

namespace {
QStringList severityNames()
{
    return {QStringLiteral("good"), QStringLiteral("busy"), QStringLiteral("unknown"),
            QStringLiteral("warning"), QStringLiteral("error")};
}
} // namespace

Q_DECLARE_METATYPE(kd::ui::StatusPresentation)

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The connection form's panels that only a certificate problem or a settings mismatch
    // shows: each control on them has a name too, and the keyboard reaches their buttons.
    void certificatePanelHasNames()
    {
        QTemporaryDir dir;
        SimFixture sim;
        const QSslCertificate cert(testData("tracker-a.pem"));
        const QSslKey key(testData("tracker-a.key"), QSsl::Rsa);
        QVERIFY(!cert.isNull() && !key.isNull());
        sim.server =
            std::make_unique<sim::SimServer>(sim::SimConfig{}, sim::SimOptions{0, {}, {}, {}});
        sim.server->enableTls(cert, key);
        QVERIFY(sim.server->listenLocal(0));

        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        test::DeskWindow window(context.get());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        press(Qt::Key_N, Qt::ControlModifier);
        QDialog* form = waitForDialog(&window, "integrationDialog");
        QVERIFY(form);
        QVERIFY(fillConnectionForm(QStringLiteral("Kintura - TLS"), *sim.server));
        press(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(form).startsWith(QStringLiteral("Certificate problem")),
                                 10'000);
        auto* trust = form->findChild<QPushButton*>(QStringLiteral("trustCertificateButton"));
        QVERIFY(trust->isVisible());
        VERIFY_ALL_NAMED(form);
        press(Qt::Key_R, Qt::AltModifier); // T&rust this certificate
        QTRY_VERIFY_WITH_TIMEOUT(resultText(form).startsWith(QStringLiteral("Connected")), 10'000);
        auto* forget = form->findChild<QPushButton*>(QStringLiteral("forgetPinButton"));
        QVERIFY(forget->isVisible());
        VERIFY_ALL_NAMED(form);
    }

    // Every status either table can show: text, an icon that draws, accessible text that
    // starts with the same severity the icon's shape has.
    void statusPresentation_data()
    {
        QTest::addColumn<StatusPresentation>("presentation");
        QTest::addColumn<QString>("severity");
        struct Connection
        {
            const char* row;
            ConnectionStatus status;
            const char* severity;
        };
        const Connection connection[] = {
            {"integration not checked", ConnectionStatus::NotChecked, "unknown"},
            {"integration checking", ConnectionStatus::Checking, "busy"},
            {"integration connected", ConnectionStatus::Connected, "good"},
            {"integration invalid credentials", ConnectionStatus::InvalidCredentials, "error"},
            {"integration unreachable", ConnectionStatus::Unreachable, "error"},
            {"integration certificate", ConnectionStatus::TlsProblem, "error"},
            {"integration settings mismatch", ConnectionStatus::SettingsMismatch, "warning"},
            {"integration keychain unavailable", ConnectionStatus::KeychainUnavailable, "error"},
            {"integration no credentials", ConnectionStatus::MissingCredentials, "error"},
            {"integration tracker problem", ConnectionStatus::TrackerProblem, "error"},
            // It works; the values it uses are the user's, unconfirmed: good, its own icon.
            {"integration connected, settings not verified", ConnectionStatus::ConnectedUnverified,
             "good"},
        };
        for (const Connection& c : connection)
            QTest::newRow(c.row) << StatusPresentation::of(c.status)
                                 << QString::fromLatin1(c.severity);
        struct Network
        {
            const char* row;
            NetworkStatus status;
            const char* severity;
        };
        const Network network[] = {
            // No template: the network sends nothing usable; a warning, never silent.
            {"network not configured", NetworkStatus::NotConfigured, "warning"},
            {"network checking", NetworkStatus::Checking, "busy"},
            // Data flows, without some identifiers: the template needs fixing, a warning.
            {"network missing macros", NetworkStatus::MissingMacros, "warning"},
            {"network template gone", NetworkStatus::TemplateGone, "error"},
            {"network connected", NetworkStatus::Connected, "good"},
            {"network tracker error", NetworkStatus::TrackerError, "error"},
        };
        for (const Network& n : network)
            QTest::newRow(n.row) << StatusPresentation::of(n.status)
                                 << QString::fromLatin1(n.severity);
    }

    void statusPresentation()
    {
        QFETCH(StatusPresentation, presentation);
        QFETCH(QString, severity);
        QVERIFY(!presentation.text.isEmpty());
        QVERIFY(!presentation.accessible.isEmpty());
        QVERIFY(!presentation.icon.isNull());
        QVERIFY(!presentation.icon.pixmap(QSize(16, 16)).isNull());
        QCOMPARE(severityNames().value(int(presentation.severity)), severity);
        // The accessible text says the severity the icon's shape shows.
        const bool saysError = presentation.accessible.startsWith(QStringLiteral("Error:"));
        const bool saysWarning = presentation.accessible.startsWith(QStringLiteral("Warning:"));
        QCOMPARE(saysError, severity == QLatin1String("error"));
        QCOMPARE(saysWarning, severity == QLatin1String("warning"));
        if (severity == QLatin1String("good"))
            QVERIFY(presentation.accessible.startsWith(presentation.text));
        // What a table cell gives for each role.
        QCOMPARE(presentation.cell(Qt::DisplayRole, {}).toString(), presentation.text);
        QCOMPARE(presentation.cell(Qt::AccessibleTextRole, {}).toString(), presentation.accessible);
        QCOMPARE(presentation.cell(Qt::DecorationRole, {}).value<QIcon>().cacheKey(),
                 presentation.icon.cacheKey());
    }

    // A shape means one severity: two statuses of different severity never share an icon.
    // Statuses of one severity may (Invalid credentials and Tracker error are both errors the
    // user fixes in the tracker; their text tells them apart).
    void statusShapesFollowSeverity()
    {
        QList<StatusPresentation> all;
        for (int s = int(ConnectionStatus::NotChecked);
             s <= int(ConnectionStatus::ConnectedUnverified); ++s)
            all << StatusPresentation::of(ConnectionStatus(s));
        for (int s = int(NetworkStatus::NotConfigured); s <= int(NetworkStatus::TrackerError); ++s)
            all << StatusPresentation::of(NetworkStatus(s));
        // A status added to either enum must be added to statusPresentation_data too.
        QCOMPARE(all.size(), 17);
        for (const StatusPresentation& a : std::as_const(all)) {
            QVERIFY(!a.shape.isEmpty());
            for (const StatusPresentation& b : std::as_const(all)) {
                if (a.severity == b.severity)
                    continue;
                QVERIFY2(a.shape != b.shape && a.icon.cacheKey() != b.icon.cacheKey(),
                         qPrintable(QStringLiteral("%1 and %2 share the icon \"%3\"")
                                        .arg(a.text, b.text, a.shape)));
            }
        }
    }

    // The Reports status line: every way a sync can end has its own words, on screen and for a
    // screen reader, and a shape of its kind: offline is only "could not reach".
    void syncStatusLine_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<QString>("accessible");
        using K = TrackerError::Kind;
        QTest::newRow("unreachable") << int(K::Unreachable) << QStringLiteral("Offline: ")
                                     << QStringLiteral("Offline: the tracker cannot be reached");
        QTest::newRow("timeout") << int(K::Timeout) << QStringLiteral("Offline: ")
                                 << QStringLiteral("Offline: the tracker cannot be reached");
        QTest::newRow("certificate")
            << int(K::Tls) << QStringLiteral("The secure connection")
            << QStringLiteral("Error: the tracker's secure connection could not be verified");
        QTest::newRow("rejected key")
            << int(K::InvalidCredentials) << QStringLiteral("The tracker at")
            << QStringLiteral("Error: the tracker answered with a problem");
        QTest::newRow("keychain") << int(K::Credentials) << QStringLiteral("The keychain")
                                  << QStringLiteral("Error: the system keychain cannot be read");
        QTest::newRow("disk") << int(K::LocalStorage) << QStringLiteral("The data from")
                              << QStringLiteral(
                                     "Error: the data could not be stored on this computer");
        QTest::newRow("cancelled") << int(K::Cancelled) << QStringLiteral("Sync cancelled")
                                   << QStringLiteral("Sync cancelled: showing the saved data");
    }

    void syncStatusLine()
    {
        QFETCH(int, kind);
        QFETCH(QString, textStart);
        QFETCH(QString, accessible);
        ui::SyncStatusLine line;
        line.show();
        const auto k = TrackerError::Kind(kind);
        const QString detail = k == TrackerError::Kind::Credentials
                                   ? QStringLiteral("The keychain is locked.")
                                   : QStringLiteral("disk full");
        line.finished(QStringLiteral("Kintura - A"),
                      TrackerError(k, QStringLiteral("tracker.example.com"), detail),
                      QDateTime::currentDateTime().addSecs(-3600), false);
        auto* text = line.findChild<QLabel*>(QStringLiteral("syncStatus"));
        auto* icon = line.findChild<QLabel*>(QStringLiteral("syncStatusIcon"));
        QVERIFY2(text->text().startsWith(textStart), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("last synced at")) ||
                     k == TrackerError::Kind::Cancelled,
                 qPrintable(text->text()));
        QCOMPARE(icon->accessibleName(), accessible);
        QVERIFY(icon->isVisible());
        // The shape tells the kind apart: offline, certificate and the tracker's own error each
        // draw differently.
        static QHash<QString, QImage> drawn;
        drawn.insert(QString::fromLatin1(QTest::currentDataTag()), icon->pixmap().toImage());
        if (drawn.contains(QStringLiteral("unreachable")) &&
            drawn.contains(QStringLiteral("certificate")) &&
            drawn.contains(QStringLiteral("rejected key"))) {
            QVERIFY(drawn[QStringLiteral("unreachable")] != drawn[QStringLiteral("certificate")]);
            QVERIFY(drawn[QStringLiteral("certificate")] != drawn[QStringLiteral("rejected key")]);
            QVERIFY(drawn[QStringLiteral("unreachable")] != drawn[QStringLiteral("rejected key")]);
        }
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
