// Ad-network setup: the evaluation of choices, the service against the simulator, and the
// Ad networks page clicked through offscreen.
#include "SimFixture.h"
#include "Snapshot.h"

#include "AdNetworksPage.h"
#include "DeskWindow.h"
#include "NetworksModel.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace kd;
using namespace kd::test;

namespace {
TrackingTemplate facebookTemplate(const QString& id = QStringLiteral("7"))
{
    return {id,
            QStringLiteral("FB"),
            QStringLiteral("facebook"),
            {{QStringLiteral("campid"), QStringLiteral("{{campaign.id}}")},
             {QStringLiteral("adsetid"), QStringLiteral("{{adset.id}}")},
             {QStringLiteral("adid"), QStringLiteral("{{ad.id}}")},
             {QStringLiteral("placement"), QStringLiteral("{{placement}}")}}};
}
} // namespace

class TestAdNetworks : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SimFixture> sim;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<test::DeskWindow> window;
    QString integrationId;

    QString statusOf(const QString& networkName) const
    {
        auto* model = window->adNetworksPage()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::NetworksModel::Network).data().toString() == networkName)
                return model->index(row, ui::NetworksModel::Status).data().toString();
        }
        return QStringLiteral("(no row)");
    }
    int rowOf(const QString& networkName) const
    {
        auto* model = window->adNetworksPage()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::NetworksModel::Network).data().toString() == networkName)
                return row;
        }
        return -1;
    }
    QPushButton* button(const char* name) const
    {
        return window->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    template <typename T> T* openDialog(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    QString sourceId(const QString& title) const
    {
        for (const auto& s : sim->server->dataset().trafficSources()) {
            if (s.title == title)
                return QString::number(s.id);
        }
        return {};
    }

private Q_SLOTS:
    void evaluation()
    {
        const AdNetworkCatalog& catalog = AdNetworkCatalog::builtIn();
        const AdNetwork& fb = *catalog.find(QStringLiteral("facebook"));
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(evaluateChoice({QStringLiteral("facebook"), {}, {}}, {facebookTemplate()}, fb,
                                catalog, now)
                     .status,
                 NetworkStatus::NotConfigured);
        QCOMPARE(
            evaluateChoice({QStringLiteral("facebook"), QStringLiteral("99"), QStringLiteral("FB")},
                           {facebookTemplate()}, fb, catalog, now)
                .status,
            NetworkStatus::TemplateGone);
        NetworkState s = evaluateChoice(
            {QStringLiteral("facebook"), QStringLiteral("7"), QStringLiteral("FB old name")},
            {facebookTemplate()}, fb, catalog, now);
        QCOMPARE(s.status, NetworkStatus::Connected);
        QVERIFY(s.renamed);
        TrackingTemplate partial = facebookTemplate();
        partial.parameters.removeLast();
        s = evaluateChoice({QStringLiteral("facebook"), QStringLiteral("7"), QStringLiteral("FB")},
                           {partial}, fb, catalog, now);
        QCOMPARE(s.status, NetworkStatus::MissingMacros);
        QCOMPARE(s.check.missing, QList<Identifier>{Identifier::Placement});
    }

    void choicesFile()
    {
        NetworkChoices choices;
        choices.insert(QStringLiteral("i1"),
                       {{QStringLiteral("facebook"), QStringLiteral("7"), QStringLiteral("FB")},
                        {QStringLiteral("google"), {}, {}}});
        NetworkChoices back;
        QString error;
        QVERIFY(
            NetworkChoicesFile::deserialise(NetworkChoicesFile::serialise(choices), &back, &error));
        QCOMPARE(back, choices);
        QVERIFY(!NetworkChoicesFile::deserialise("{nope", &back, &error));
        QVERIFY(!error.isEmpty());
    }

    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        sim::SimConfig config;
        config.networks = 4; // facebook, google, tiktok, taboola
        sim = std::make_unique<SimFixture>(config);
        context = AppContext::create(dir->path(), new MemoryCredentialStore);
        context->setClientOptions(SimFixture::fastOptions());
        // The whole-wizard test starts from the connection form; the others from a saved one.
        if (QLatin1String(QTest::currentTestFunction()) !=
            QLatin1String("wholeSetupThroughTheWindow")) {
            Integration i;
            i.name = QStringLiteral("Kintura - Brand A");
            i.trackerUrl = sim->server->baseUrl();
            i.currency = QStringLiteral("USD");
            bool added = false;
            context->manager()->add(i, sim->credentials(), context.get(),
                                    [&](const IntegrationManager::Outcome& o, const QString& id) {
                                        QVERIFY(o.ok());
                                        integrationId = id;
                                        added = true;
                                    });
            QTRY_VERIFY(added);
        }
        window = std::make_unique<test::DeskWindow>(context.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
    }
    void cleanup()
    {
        window.reset();
        context.reset();
        sim.reset();
        dir.reset();
    }

    void wholeSetupThroughTheWindow()
    {
        // Step 1: the connection form (Ctrl+N on the Integrations page), then Save.
        auto* page = window->adNetworksPage();
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("noIntegrations"))->isVisibleTo(page));
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        // A button's shortcut "animates" the click: the dialog opens a moment later.
        QDialog* form = nullptr;
        QTRY_VERIFY((form = window->findChild<QDialog*>(QStringLiteral("integrationDialog"))));
        form->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Kintura - Brand A"));
        form->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->setText(sim->server->apiKey());
        form->findChild<QLineEdit*>(QStringLiteral("apiSecretEdit"))
            ->setText(sim->server->apiSecret());
        form->findChild<QLineEdit*>(QStringLiteral("urlEdit"))
            ->setText(sim->server->baseUrl().toString());
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(context->integrations()->all().size(), 1);
        integrationId = context->integrations()->all().first().id;

        // Saving led straight to step 2 for the new integration.
        QTRY_COMPARE(window->currentPage(), ui::MainWindow::AdNetworks);
        QCOMPARE(page->integrationId(), integrationId);
        QCOMPARE(page->currentStep(), ui::AdNetworksPage::Networks);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("setupNote"))->isVisible());
        QTRY_VERIFY(!window->findChild<QDialog*>(QStringLiteral("integrationDialog")));
        QApplication::setActiveWindow(window.get());
        auto* warning = page->findChild<QLabel*>(QStringLiteral("unconfiguredWarning"));
        QVERIFY(warning->isVisible()); // no networks chosen yet: said so

        // Choose three networks in the checklist.
        QTest::mouseClick(button("chooseNetworksButton"), Qt::LeftButton);
        auto* list = openDialog<QListWidget>("networkList");
        QVERIFY(list);
        for (const char* name : {"Facebook (Meta)", "Google Ads", "Taboola"}) {
            const auto items = list->findItems(QString::fromUtf8(name), Qt::MatchExactly);
            QCOMPARE(items.size(), 1);
            items.first()->setCheckState(Qt::Checked);
        }
        qobject_cast<QDialog*>(list->window())->accept();
        QTRY_VERIFY(!openDialog<QListWidget>("networkList"));
        QCOMPARE(page->table()->model()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("Google Ads")),
                                  QStringLiteral("Not configured"), 10'000);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("Google Ads")) &&
                     warning->text().contains(QStringLiteral("Taboola")),
                 qPrintable(warning->text()));

        // Configure Facebook by keyboard: Enter on its row, the best match is first.
        auto* table = page->table();
        QApplication::setActiveWindow(window.get());
        table->setFocus();
        table->selectRow(rowOf(QStringLiteral("Facebook (Meta)")));
        QTest::keyClick(table, Qt::Key_Return);
        auto* templates = openDialog<QListWidget>("templateList");
        QVERIFY(templates);
        QTRY_VERIFY(templates->count() > 0);
        QVERIFY2(templates->item(0)->text().startsWith(
                     QStringLiteral("Facebook (Meta) — maps all four")),
                 qPrintable(templates->item(0)->text()));
        auto* details = openDialog<QLabel>("templateDetails");
        QVERIFY(details->text().contains(QStringLiteral("campid={{campaign.id}}")));
        QTest::mouseClick(openDialog<QPushButton>("useTemplateButton"), Qt::LeftButton);
        QTRY_COMPARE(statusOf(QStringLiteral("Facebook (Meta)")), QStringLiteral("Connected"));
        QTRY_VERIFY(!openDialog<QListWidget>("templateList")); // closed and gone

        // Taboola on its old template: the missing identifier is named.
        table->selectRow(rowOf(QStringLiteral("Taboola")));
        QTest::mouseClick(button("configureButton"), Qt::LeftButton);
        templates = openDialog<QListWidget>("templateList");
        QTRY_VERIFY(templates && templates->count() > 0);
        const auto old = templates->findItems(QStringLiteral("Taboola (old)"), Qt::MatchStartsWith);
        QCOMPARE(old.size(), 1);
        QVERIFY2(old.first()->text().contains(QStringLiteral("missing Placement")),
                 qPrintable(old.first()->text()));
        templates->setCurrentItem(old.first());
        QVERIFY(openDialog<QLabel>("templateDetails")
                    ->text()
                    .contains(QStringLiteral("Fix this template in Kintura first")));
        snapshot(templates->window(), QStringLiteral("template-chooser"));
        QTest::mouseClick(openDialog<QPushButton>("useTemplateButton"), Qt::LeftButton);
        QTRY_COMPARE(statusOf(QStringLiteral("Taboola")), QStringLiteral("Missing macros"));
        snapshot(window.get(), QStringLiteral("ad-networks-step2"));
        const int taboolaRow = rowOf(QStringLiteral("Taboola"));
        QCOMPARE(table->model()->index(taboolaRow, ui::NetworksModel::Details).data().toString(),
                 QStringLiteral("Missing: Placement"));

        // The user fixes the template in Kintura, then checks again (F5).
        sim::SimServer& server = *sim->server;
        const QString oldId = sourceId(QStringLiteral("Taboola (old)"));
        QList<sim::SimTrafficSource>& sources = server.dataset().trafficSources();
        for (auto& s : sources) {
            if (QString::number(s.id) == oldId)
                s.parameters << TemplateParameter{QStringLiteral("placement"),
                                                  QStringLiteral("{site_id}")};
        }
        QTest::mouseClick(button("checkAgainButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("Taboola")), QStringLiteral("Connected"),
                                  10'000);

        // Facebook's template is deleted in the tracker: the status says so.
        const QString facebookId = sourceId(QStringLiteral("Facebook (Meta)"));
        sources.removeIf(
            [&](const sim::SimTrafficSource& s) { return QString::number(s.id) == facebookId; });
        QApplication::setActiveWindow(window.get()); // shortcuts go to the active window
        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("Facebook (Meta)")),
                                  QStringLiteral("Template gone"), 10'000);

        // Step 3: the parameter strings, copied with one click.
        QTest::mouseClick(button("nextButton"), Qt::LeftButton);
        QCOMPARE(page->currentStep(), ui::AdNetworksPage::Parameters);
        snapshot(window.get(), QStringLiteral("ad-networks-step3"));
        auto* params = page->findChild<QLineEdit*>(QStringLiteral("params_taboola"));
        QVERIFY(params);
        QVERIFY2(params->text().startsWith(QStringLiteral(
                     "campid={campaign_id}&adsetid={campaign_id}&adid={campaign_item_id}")),
                 qPrintable(params->text()));
        QVERIFY(params->text().endsWith(QStringLiteral("placement={site_id}")));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("copy_taboola")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), params->text());
        QVERIFY(
            !page->findChild<QLineEdit*>(QStringLiteral("params_google"))); // nothing to copy yet

        // Everything is remembered.
        window.reset();
        auto reopened = AppContext::create(dir->path(), new MemoryCredentialStore);
        const auto choices = reopened->networkSetup()->choices(integrationId);
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices[0].networkKey, QStringLiteral("facebook"));
        QCOMPARE(choices[2].templateId, oldId);
    }

    void trackerErrorsShowOnEveryNetwork()
    {
        context->networkSetup()->setNetworks(
            integrationId, {QStringLiteral("facebook"), QStringLiteral("google")});
        sim->fault(QStringLiteral("traffic-sources"), QStringLiteral("status"), 1, 403);
        window->showPage(ui::MainWindow::AdNetworks);
        QTest::mouseClick(button("checkAgainButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("Facebook (Meta)")),
                                  QStringLiteral("Tracker error"), 10'000);
        QCOMPARE(statusOf(QStringLiteral("Google Ads")), QStringLiteral("Tracker error"));
        QVERIFY(window->adNetworksPage()
                    ->findChild<QLabel*>(QStringLiteral("templatesState"))
                    ->text()
                    .contains(QStringLiteral("refused")));
    }

    void removingAnIntegrationForgetsItsSetup()
    {
        context->networkSetup()->setNetworks(integrationId, {QStringLiteral("facebook")});
        bool removed = false;
        context->manager()->remove(integrationId, context.get(),
                                   [&](const IntegrationManager::Outcome&) { removed = true; });
        QTRY_VERIFY(removed);
        QVERIFY(context->networkSetup()->choices(integrationId).isEmpty());
        QFile file(dir->filePath(QStringLiteral("ad-networks.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(integrationId.toUtf8()));
        QVERIFY(window->adNetworksPage()
                    ->findChild<QLabel*>(QStringLiteral("noIntegrations"))
                    ->isVisibleTo(window->adNetworksPage()));
    }
};

QTEST_MAIN(TestAdNetworks)
#include "tst_adnetworks.moc"
