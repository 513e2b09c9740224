// Hostile input typed or pasted into every free-text field of the window, through the real
// widgets: 10,000 characters, control characters and NUL, right-to-left text, emoji,
// whitespace around a valid value, a URL with credentials or a path, a currency outside ISO
// 4217. Each gets a sentence on its field naming the problem, no request leaves with the bad
// value and nothing is saved; whitespace around a valid value is trimmed and accepted.
// The other fields (the ad-network filter, the preferences' numbers): tst_hostilefields.
#include "HostileInputFixture.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>

#include <cmath>

using namespace kd;
using namespace kd::test;

namespace {

// WCAG 2 contrast ratio, computed here independently of the application's own.
double luminance(const QColor& c)
{
    auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QString kNul = QStringLiteral("ab") + QChar(0) + QStringLiteral("cd");
} // namespace

class TestHostileInput : public HostileInputFixture
{
    Q_OBJECT

    QDialog* form() const { return dialog("integrationDialog"); }
    // The line edit the user types into: a QLineEdit's own, or an editable combo box's.
    QLineEdit* editor(const QString& name) const
    {
        if (auto* combo = in<QComboBox>(form(), name))
            return combo->lineEdit();
        return in<QLineEdit>(form(), name);
    }
    QString shownError(const QString& label) const
    {
        auto* l = in<QLabel>(form(), label);
        return l && l->isVisible() ? l->text() : QString();
    }
    void clickButton(QDialog* d, const char* name)
    {
        auto* b = in<QPushButton>(d, QString::fromLatin1(name));
        QVERIFY2(b && b->isVisible() && b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void fillValid()
    {
        enter(editor(QStringLiteral("nameEdit")), Input::Type, QStringLiteral("Brand A"));
        enter(editor(QStringLiteral("apiKeyEdit")), Input::Type, sim->server->apiKey());
        enter(editor(QStringLiteral("apiSecretEdit")), Input::Type, sim->server->apiSecret());
        enter(editor(QStringLiteral("urlEdit")), Input::Type, sim->server->baseUrl().toString());
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
        return result.credentials;
    }
    QString integrationsFile() const { return dir->filePath(QStringLiteral("integrations.json")); }

    // Rows for one field: (class, how, value, accepted, words the message must have, value
    // saved when accepted).
    static void row(const char* field, const char* hostile, Input how, const QString& value,
                    bool accepted, const QStringList& words, const QString& saved = {})
    {
        QTest::addRow("%s: %s", field, hostile)
            << QString::fromLatin1(field) << how << value << accepted << words << saved;
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void connectionForm_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<Input>("how");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("saved");
        // Placeholders replaced in the test: the simulator's port, key and secret.
        const QString port = QStringLiteral("%PORT%");
        const QString key = QStringLiteral("%KEY%");
        const QString secret = QStringLiteral("%SECRET%");
        const QString url = QStringLiteral("http://127.0.0.1:") + port;
        const Input T = Input::Type, P = Input::Paste;

        row("nameEdit", "10k", P, kTenThousand, false, {"shorter", "100 characters"});
        row("nameEdit", "control", P, QStringLiteral("Brand\u0007A"), false,
            {"control character", "U+0007"});
        row("nameEdit", "nul", P, kNul, false, {"control character", "U+0000"});
        row("nameEdit", "rtl override", P, QStringLiteral("Brand \u202Egnp.exe"), false,
            {"control character", "U+202E"});
        row("nameEdit", "rtl text", P, QStringLiteral("מותג א"), true, {}, "מותג א");
        row("nameEdit", "emoji", P, QStringLiteral("Brand 👨‍👩‍👧 🚀"), true, {},
            "Brand 👨‍👩‍👧 🚀");
        row("nameEdit", "whitespace", T, QStringLiteral("   Brand A  "), true, {}, "Brand A");
        row("nameEdit", "pasted whitespace", P, QStringLiteral("\t Brand A \u00A0\n"), true, {},
            "Brand A");
        row("nameEdit", "url with credentials", T, QStringLiteral("https://me:pw@tracker.example"),
            false, {"password", "unencrypted"});
        row("nameEdit", "path", T, QStringLiteral("/srv/trackers/a"), true, {}, "/srv/trackers/a");

        for (const char* f : {"apiKeyEdit", "apiSecretEdit"}) {
            const QString good = QLatin1String(f) == QLatin1String("apiKeyEdit") ? key : secret;
            const char* what =
                QLatin1String(f) == QLatin1String("apiKeyEdit") ? "API key" : "API secret";
            row(f, "10k", P, kTenThousand, false, {"too long", what, "512 characters"});
            row(f, "control", P, good + QChar(0x07), false, {"invisible character", "U+0007"});
            row(f, "nul", P, good + QChar(0), false, {"invisible character", "U+0000"});
            row(f, "space inside", T, QStringLiteral("kk_ab cd"), false,
                {"space", "U+0020", "copy it again"});
            row(f, "rtl text", P, QStringLiteral("סוד"), false, {"never have", "ס"});
            row(f, "rtl override", P, QChar(0x202E) + good, false,
                {"invisible character", "U+202E"});
            row(f, "emoji", P, good + QStringLiteral("😀"), false, {"never have", "😀"});
            row(f, "whitespace", T, QStringLiteral("  ") + good + QStringLiteral("  "), true, {},
                good);
            row(f, "pasted whitespace", P, QStringLiteral("\n\t") + good + QStringLiteral("\r\n"),
                true, {}, good);
            row(f, "url with credentials", T, QStringLiteral("https://me:pw@tracker.example"),
                false, {"web address", "Tracker URL", what});
            row(f, "file url", T, QStringLiteral("file:///home/me/key.txt"), false,
                {"web address"});
        }

        row("urlEdit", "10k", P, kTenThousand, false, {"too long", "2048"});
        row("urlEdit", "control", P, url + QChar(0x1b), false, {"control character", "U+001B"});
        row("urlEdit", "nul", P, QStringLiteral("127.0.0.1") + QChar(0) + QStringLiteral(".x"),
            false, {"control character", "U+0000"});
        row("urlEdit", "rtl override", P, QStringLiteral("https://tracker\u202Emoc.example"), false,
            {"control character", "U+202E"});
        row("urlEdit", "rtl path", P, url + QStringLiteral("/שלום"), true, {}, url);
        row("urlEdit", "emoji host", P, QStringLiteral("https://tracker😀.example.com"), false,
            {"cannot", "😀"});
        row("urlEdit", "emoji path", P, url + QStringLiteral("/😀"), true, {}, url);
        row("urlEdit", "whitespace", T, QStringLiteral("  ") + url + QStringLiteral("  "), true, {},
            url);
        row("urlEdit", "credentials", T, QStringLiteral("http://me:pw@127.0.0.1:") + port, false,
            {"user name and password"});
        row("urlEdit", "file path", T, QStringLiteral("/etc/passwd"), false,
            {"file", "not a web address"});
        row("urlEdit", "tracker path", T, url + QStringLiteral("/api/v1/campaigns?x=1"), true, {},
            url);

        row("currencyCombo", "10k", P, kTenThousand, false, {"not an ISO 4217", "three letters"});
        row("currencyCombo", "control", P, QStringLiteral("US\u0007D"), false,
            {"not an ISO 4217", "three letters"});
        row("currencyCombo", "nul", P, QStringLiteral("US") + QChar(0) + QStringLiteral("D"), false,
            {"not an ISO 4217", "three letters"});
        row("currencyCombo", "rtl", P, QStringLiteral("ש״ח"), false, {"not an ISO 4217"});
        row("currencyCombo", "emoji", P, QStringLiteral("💶"), false, {"not an ISO 4217"});
        row("currencyCombo", "not iso", T, QStringLiteral("BTC"), false,
            {"\"BTC\"", "not an ISO 4217"});
        row("currencyCombo", "url with credentials", T,
            QStringLiteral("https://me:pw@tracker.example"), false, {"not an ISO 4217"});
        row("currencyCombo", "whitespace, lower case", T, QStringLiteral("  usd "), true, {},
            "USD");
    }
    void connectionForm()
    {
        QFETCH(QString, field);
        QFETCH(Input, how);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(QStringList, words);
        QFETCH(QString, saved);
        auto fill = [this](QString s) {
            return s
                .replace(QStringLiteral("%PORT%"), QString::number(sim->server->baseUrl().port()))
                .replace(QStringLiteral("%KEY%"), sim->server->apiKey())
                .replace(QStringLiteral("%SECRET%"), sim->server->apiSecret());
        };
        value = fill(value);
        saved = fill(saved);
        const QString errorLabel = QString(field)
                                       .replace(QStringLiteral("Edit"), QStringLiteral("Error"))
                                       .replace(QStringLiteral("Combo"), QStringLiteral("Error"));

        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("addButton")),
                          Qt::LeftButton);
        QVERIFY(form());
        fillValid();
        enter(editor(field), how, value);
        QVERIFY2(editor(field)->text().size() > 0, "the field took nothing");

        clickButton(form(), "testConnectionButton");
        const QString message = shownError(errorLabel);
        if (!accepted) {
            for (const QString& word : words)
                QVERIFY2(message.contains(word), qPrintable(message));
            auto* widget = in<QWidget>(form(), field);
            QVERIFY(widget->property("invalid").toBool());
            QCOMPARE(widget->accessibleDescription(), message); // read out by screen readers
            QVERIFY(message.size() < 300); // the value is never quoted at length
            // The other fields hold good values: theirs say nothing.
            for (const char* other :
                 {"nameError", "apiKeyError", "apiSecretError", "urlError", "currencyError"}) {
                if (errorLabel != QLatin1String(other))
                    QVERIFY2(shownError(QString::fromLatin1(other)).isEmpty(), other);
            }
            // Nothing started: a test shows "Asking the tracker…" and a save disables the
            // buttons at once, before any request or write.
            auto* result = in<QWidget>(form(), QStringLiteral("connectionResult"));
            QVERIFY(!result->isVisible());
            clickButton(form(), "saveButton");
            QCOMPARE(shownError(errorLabel), message);
            QVERIFY(form() && form()->isVisible());
            QVERIFY(!result->isVisible());
            QVERIFY(in<QPushButton>(form(), QStringLiteral("saveButton"))->isEnabled());
            QVERIFY(in<QPushButton>(form(), QStringLiteral("testConnectionButton"))->isEnabled());
            QCOMPARE(sim->log().size(), 0); // no request at all, so none with the bad value
            QVERIFY(context->integrations()->all().isEmpty());
            QVERIFY(!QFile::exists(integrationsFile()));
            QCOMPARE(store->writes, 0);
            return;
        }

        QVERIFY2(message.isEmpty(), qPrintable(message));
        // The connection was tried with the cleaned value: the simulator answers 401 to a
        // key or secret with anything around it, and a currency other than its own is a
        // mismatch, not a failure.
        auto* result = form()->findChild<QLabel*>(QStringLiteral("connectionResultText"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")) ||
                                     result->text().startsWith(QStringLiteral("Settings mismatch")),
                                 10'000);
        QVERIFY(!sim->log().isEmpty());
        clickButton(form(), "saveButton");
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        const Integration i = context->integrations()->all().first();
        QCOMPARE(store->writes, 1);
        if (field == QLatin1String("nameEdit"))
            QCOMPARE(i.name, saved);
        else if (field == QLatin1String("apiKeyEdit"))
            QCOMPARE(stored(i.id).apiKey, saved);
        else if (field == QLatin1String("apiSecretEdit"))
            QCOMPARE(stored(i.id).apiSecret, saved);
        else if (field == QLatin1String("urlEdit"))
            QCOMPARE(i.trackerUrl.toString(), saved);
        else
            QCOMPARE(i.currency, saved);
    }

    // The form's error text reads on light and dark windows alike (WCAG AA, 4.5:1), measured
    // on the pixels drawn; switching the theme with the form open takes its reds along.
    void errorTextContrast()
    {
        auto measure = [this](const char* theme) {
            QDialog* d = form();
            auto* label = in<QLabel>(d, QStringLiteral("nameError"));
            QVERIFY(label && label->isVisible());
            const QColor background = d->palette().color(QPalette::Window);
            const QColor text = label->palette().color(QPalette::WindowText);
            QVERIFY2(contrast(text, background) >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(QLatin1String(theme), text.name(), background.name())
                                    .arg(contrast(text, background), 0, 'f', 2)));
            // The drawn pixels: the strongest one in the label against the window behind it.
            const QImage image = d->grab().toImage();
            const QRect area(label->mapTo(d, QPoint(0, 0)), label->size());
            const QColor behind = image.pixelColor(area.topLeft() - QPoint(0, 1));
            double best = 1;
            QColor strongest;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x) {
                    const QColor c = image.pixelColor(x * image.devicePixelRatio(),
                                                      y * image.devicePixelRatio());
                    if (contrast(c, behind) > best) {
                        best = contrast(c, behind);
                        strongest = c;
                    }
                }
            }
            QVERIFY2(best >= 4.5,
                     qPrintable(QStringLiteral("%1: drawn %2 on %3 is %4:1")
                                    .arg(QLatin1String(theme), strongest.name(), behind.name())
                                    .arg(best, 0, 'f', 2)));
            QVERIFY2(strongest.red() > strongest.green() && strongest.red() > strongest.blue(),
                     qPrintable(strongest.name())); // still a red
        };
        auto openWithError = [this] {
            QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("addButton")),
                              Qt::LeftButton);
            QVERIFY(form());
            clickButton(form(), "saveButton");
            QVERIFY(!shownError(QStringLiteral("nameError")).isEmpty());
        };

        ui::applyTheme(Preferences::Theme::Light);
        openWithError();
        QTRY_VERIFY(!ui::isDark(form()->palette()));
        measure("light");
        // The red this form had before, for scale: unreadable on the dark window.
        ui::applyTheme(Preferences::Theme::Dark);
        QTRY_VERIFY(ui::isDark(form()->palette())); // the new palette reaches widgets later
        QVERIFY(contrast(QColor(0xb0, 0x3a, 0x2e), form()->palette().color(QPalette::Window)) < 3);
        measure("dark, switched while open");
        QTest::keyClick(form(), Qt::Key_Escape);
        QTRY_VERIFY(!form());
        openWithError();
        measure("dark");
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
