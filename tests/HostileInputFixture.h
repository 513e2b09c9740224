#pragma once

// The window that tst_hostileinput (the connection form) and tst_hostilefields (the other
// free-text and number fields) type hostile input into: a fresh config folder, a simulator
// with a few ad networks, a keychain that counts its writes, and the real DeskWindow shown.

#include "SimFixture.h"

#include "DeskWindow.h"
#include "Theme.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "settings/Preferences.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kd::test {

// A keychain that counts what was written to it: a refused form must write nothing.
class CountingStore : public MemoryCredentialStore
{
public:
    int writes = 0;
    void write(const QString& id, const ApiCredentials& credentials, QObject* context,
               Callback done) override
    {
        ++writes;
        MemoryCredentialStore::write(id, credentials, context, std::move(done));
    }
};

enum class Input { Type, Paste };

inline const QString kTenThousand(10'000, QLatin1Char('x'));

// Not a Q_OBJECT: each suite is the QObject Qt Test runs, and calls setUp()/tearDown() from
// its init()/cleanup().
class HostileInputFixture : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SimFixture> sim;
    CountingStore* store = nullptr;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<test::DeskWindow> window;

    QDialog* dialog(const char* name) const
    {
        return window->findChild<QDialog*>(QString::fromLatin1(name));
    }
    template <typename T> T* in(QDialog* d, const QString& name) const
    {
        return d ? d->findChild<T*>(name) : nullptr;
    }
    // Replaces what the field holds, as a user would: select all, then type or paste. Typing
    // goes key by key (QTest::keyClicks takes Latin-1 only); NUL, other scripts, emoji and
    // 10,000 characters come through the clipboard with Ctrl+V.
    void enter(QLineEdit* edit, Input how, const QString& text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        if (how == Input::Type) {
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        } else {
            QGuiApplication::clipboard()->setText(text);
            QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        }
        // A completion list that opened while typing takes the next click; Escape closes it
        // as it would for the user.
        if (QCompleter* completer = edit->completer();
            completer && completer->popup() && completer->popup()->isVisible()) {
            QTest::keyClick(completer->popup(), Qt::Key_Escape);
            QTRY_VERIFY(!completer->popup()->isVisible());
        }
    }
    void addIntegration()
    {
        Integration i;
        i.name = QStringLiteral("Brand A");
        i.trackerUrl = sim->server->baseUrl();
        i.currency = QStringLiteral("USD");
        bool added = false;
        context->manager()->add(i, sim->credentials(), context.get(),
                                [&](const IntegrationManager::Outcome& o, const QString&) {
                                    QVERIFY(o.ok());
                                    added = true;
                                });
        QTRY_VERIFY(added);
    }

    void setUp()
    {
        dir = std::make_unique<QTemporaryDir>();
        sim::SimConfig config;
        config.networks = 4;
        sim = std::make_unique<SimFixture>(config);
        store = new CountingStore;
        context = AppContext::create(dir->path(), store);
        context->setClientOptions(SimFixture::fastOptions());
        window = std::make_unique<test::DeskWindow>(context.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
    }
    void tearDown()
    {
        window.reset();
        context.reset();
        sim.reset();
        dir.reset();
        ui::applyTheme(Preferences::Theme::System);
    }
};

} // namespace kd::test

Q_DECLARE_METATYPE(kd::test::Input)
