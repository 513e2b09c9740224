#include "AdNetworksPage.h"

#include "ChooseNetworksDialog.h"
#include "IntegrationCombo.h"
#include "NetworksModel.h"
#include "PageTitle.h"
#include "StatusPresentation.h"
#include "TemplateChooserDialog.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/IntegrationList.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kd::ui {

namespace {
QLabel* banner(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
} // namespace

AdNetworksPage::AdNetworksPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new NetworksModel(context->networkSetup(), this))
    , m_integration(new QComboBox(this))
    , m_note(banner(QStringLiteral("setupNote"), this))
    , m_changes(banner(QStringLiteral("changesNotice"), this))
    , m_noIntegrations(new QLabel(this))
    , m_setup(new QWidget(this))
    //: Step 1 of 3 of the setup, a button in a row of steps: keep the circled digit.
    , m_step1(new QPushButton(tr("① Credentials"), this))
    //: Step 2 of 3 of the setup, a button in a row of steps: keep the circled digit.
    , m_step2(new QPushButton(tr("② Ad networks"), this))
    //: Step 3 of 3 of the setup, a button in a row of steps: keep the circled digit.
    , m_step3(new QPushButton(tr("③ Tracking parameters"), this))
    , m_steps(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
    , m_unconfigured(banner(QStringLiteral("unconfiguredWarning"), this))
    , m_details(banner(QStringLiteral("networkDetails"), this))
    , m_configure(new QPushButton(tr("&Configure…"), this))
    , m_parameters(new QWidget(this))
    , m_parametersLayout(new QVBoxLayout(m_parameters))
{
    auto* title = makePageTitle(tr("Ad networks"), this);
    m_integration->setObjectName(QStringLiteral("integrationCombo"));
    m_integration->setAccessibleName(tr("Integration"));
    m_integration->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* integrationLabel = new QLabel(tr("&Integration:"), this);
    integrationLabel->setBuddy(m_integration);
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(integrationLabel);
    header->addWidget(m_integration);

    m_noIntegrations->setObjectName(QStringLiteral("noIntegrations"));
    m_noIntegrations->setWordWrap(true);
    m_noIntegrations->setText(tr("Connect a Kintura tracker first (Integrations page, Add…): the "
                                 "templates come from your tracker."));

    // Steps
    for (QPushButton* b : {m_step1, m_step2, m_step3}) {
        b->setFlat(true);
        b->setCheckable(true);
    }
    m_step1->setObjectName(QStringLiteral("step1Button"));
    m_step2->setObjectName(QStringLiteral("step2Button"));
    m_step3->setObjectName(QStringLiteral("step3Button"));
    m_step1->setToolTip(tr("Edit the integration's credentials and settings"));
    m_step1->setCheckable(false);
    auto* stepsBar = new QHBoxLayout;
    stepsBar->addWidget(m_step1);
    stepsBar->addWidget(new QLabel(QStringLiteral("›"), this));
    stepsBar->addWidget(m_step2);
    stepsBar->addWidget(new QLabel(QStringLiteral("›"), this));
    stepsBar->addWidget(m_step3);
    stepsBar->addStretch(1);

    // Step 2: networks
    auto* networksStep = new QWidget(this);
    auto* choose = new QPushButton(tr("C&hoose networks…"), networksStep);
    choose->setObjectName(QStringLiteral("chooseNetworksButton"));
    m_configure->setObjectName(QStringLiteral("configureButton"));
    auto* again = new QPushButton(tr("Check &again"), networksStep);
    again->setObjectName(QStringLiteral("checkAgainButton"));
    again->setShortcut(QKeySequence::Refresh);
    again->setToolTip(
        //: Tooltip of "Check again". %1 is its keyboard shortcut, e.g. F5.
        tr("Read the templates from the tracker again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    auto* next = new QPushButton(tr("&Next: tracking parameters ›"), networksStep);
    next->setObjectName(QStringLiteral("nextButton"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(choose);
    tools->addWidget(m_configure);
    tools->addWidget(again);
    tools->addWidget(m_state, 1);
    m_state->setObjectName(QStringLiteral("templatesState"));
    m_state->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("networksTable"));
    m_table->setAccessibleName(tr("Ad networks of this integration"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(NetworksModel::Network,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NetworksModel::Status,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NetworksModel::Template,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NetworksModel::Details, QHeaderView::Stretch);
    auto* configureKey = new QAction(this);
    configureKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    configureKey->setShortcutContext(Qt::WidgetShortcut);
    connect(configureKey, &QAction::triggered, this, &AdNetworksPage::configureSelected);
    m_table->addAction(configureKey);

    auto* nextRow = new QHBoxLayout;
    nextRow->addStretch(1);
    nextRow->addWidget(next);
    auto* networksLayout = new QVBoxLayout(networksStep);
    networksLayout->setContentsMargins(0, 0, 0, 0);
    networksLayout->addLayout(tools);
    networksLayout->addWidget(m_unconfigured);
    networksLayout->addWidget(m_table, 1);
    networksLayout->addWidget(m_details);
    networksLayout->addLayout(nextRow);

    // Step 3: parameters
    auto* parametersStep = new QWidget(this);
    auto* scroll = new QScrollArea(parametersStep);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_parameters);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("parametersScroll"));
    scroll->setAccessibleName(tr("Tracking parameters"));
    // Tab goes straight to the strings and Copy buttons (the area scrolls to them): a stop on
    // the area itself would say nothing and do nothing.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* back = new QPushButton(tr("‹ &Back to the networks"), parametersStep);
    back->setObjectName(QStringLiteral("backButton"));
    auto* parametersIntro = new QLabel(tr("Paste each string into the network's campaigns, where "
                                          "it says. The macros stay as they are: the network fills "
                                          "them in on every click. Without them the tracker sees "
                                          "visits but cannot tie them to campaigns."),
                                       parametersStep);
    parametersIntro->setWordWrap(true);
    auto* backRow = new QHBoxLayout;
    backRow->addWidget(back);
    backRow->addStretch(1);
    auto* parametersLayout = new QVBoxLayout(parametersStep);
    parametersLayout->setContentsMargins(0, 0, 0, 0);
    parametersLayout->addWidget(parametersIntro);
    parametersLayout->addWidget(scroll, 1);
    parametersLayout->addLayout(backRow);

    m_steps->addWidget(networksStep);
    m_steps->addWidget(parametersStep);
    auto* setupLayout = new QVBoxLayout(m_setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addLayout(stepsBar);
    setupLayout->addWidget(m_steps, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_changes);
    layout->addWidget(m_noIntegrations);
    layout->addWidget(m_setup, 1);

    NetworkSetupService* service = context->networkSetup();
    connect(m_integration, &QComboBox::currentIndexChanged, this,
            &AdNetworksPage::integrationSelected);
    connect(context->integrations(), &IntegrationList::added, this,
            &AdNetworksPage::integrationsChanged);
    connect(context->integrations(), &IntegrationList::removed, this,
            &AdNetworksPage::integrationsChanged);
    connect(context->integrations(), &IntegrationList::changed, this,
            &AdNetworksPage::integrationsChanged);
    connect(choose, &QPushButton::clicked, this, &AdNetworksPage::chooseNetworks);
    connect(m_configure, &QPushButton::clicked, this, &AdNetworksPage::configureSelected);
    connect(again, &QPushButton::clicked, this, &AdNetworksPage::checkAgain);
    connect(m_table, &QTableView::doubleClicked, this, &AdNetworksPage::configureSelected);
    connect(next, &QPushButton::clicked, this, [this] { showStep(Parameters); });
    connect(back, &QPushButton::clicked, this, [this] { showStep(Networks); });
    connect(m_step2, &QPushButton::clicked, this, [this] { showStep(Networks); });
    connect(m_step3, &QPushButton::clicked, this, [this] { showStep(Parameters); });
    connect(m_step1, &QPushButton::clicked, this, [this] {
        if (!integrationId().isEmpty())
            Q_EMIT editIntegrationRequested(integrationId());
    });
    connect(service, &NetworkSetupService::changed, this, [this](const QString& id) {
        if (id == integrationId())
            updateSummary();
    });
    connect(service, &NetworkSetupService::refreshFailed, this,
            &AdNetworksPage::showRefreshFailure);
    connect(service, &NetworkSetupService::changesNoticed, this,
            &AdNetworksPage::showNoticedChanges);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdNetworksPage::updateSummary);
    integrationsChanged();
    showStep(Networks);
}

void AdNetworksPage::showRefreshFailure(const QString& id, const QString& message)
{
    if (id == integrationId())
        m_state->setText(message);
}

void AdNetworksPage::showNoticedChanges(const QString& id, const QStringList& changes)
{
    if (id != integrationId())
        return;
    QString items;
    for (const QString& change : changes)
        items += QStringLiteral("<li>%1</li>").arg(change.toHtmlEscaped());
    m_changes->setText(tr("Changed in the tracker since the last check:").toHtmlEscaped() +
                       QStringLiteral("<ul>%1</ul>").arg(items));
    m_changes->show();
}

QString AdNetworksPage::integrationId() const
{
    return m_integration->currentData().toString();
}

QString AdNetworksPage::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()) : QString();
}

void AdNetworksPage::integrationsChanged()
{
    const QString keep = refillIntegrationCombo(m_integration, *m_context->integrations());
    const bool any = m_integration->count() > 0;
    m_noIntegrations->setVisible(!any);
    m_setup->setVisible(any);
    m_integration->setEnabled(any);
    if (integrationId() != keep)
        integrationSelected();
}

void AdNetworksPage::integrationSelected()
{
    const QString id = integrationId();
    m_model->setIntegration(id);
    m_note->hide();
    m_changes->hide();
    if (!id.isEmpty() && !m_context->networkSetup()->hasTemplates(id))
        m_context->networkSetup()->refresh(id);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateSummary();
}

void AdNetworksPage::startSetup(const QString& id)
{
    const int index = m_integration->findData(id);
    if (index < 0)
        return;
    m_integration->setCurrentIndex(index);
    integrationSelected();
    showStep(Networks);
    m_note->setText(
        //: %1 is the integration's name.
        tr("\"%1\" is saved. Now tell Kintura Desk which ad networks send traffic to it "
           "(Choose networks…) and pick each one's tracking template, so that every "
           "network feeds this tracker.")
            .arg(m_integration->currentText()));
    m_note->show();
}

void AdNetworksPage::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    m_step2->setChecked(step == Networks);
    m_step3->setChecked(step == Parameters);
    if (step == Parameters)
        rebuildParameters();
}

AdNetworksPage::Step AdNetworksPage::currentStep() const
{
    return Step(m_steps->currentIndex());
}

void AdNetworksPage::updateSummary()
{
    const QString id = integrationId();
    NetworkSetupService* service = m_context->networkSetup();
    const QList<NetworkChoice> choices = service->choices(id);
    QStringList unconfigured;
    for (const NetworkChoice& c : choices) {
        const NetworkStatus status = service->state(id, c.networkKey).status;
        if (status == NetworkStatus::NotConfigured || status == NetworkStatus::TemplateGone)
            if (const AdNetwork* n = AdNetworkCatalog::builtIn().find(c.networkKey))
                unconfigured << n->name;
    }
    if (choices.isEmpty()) {
        m_unconfigured->setText(tr("No ad networks chosen yet. Press Choose networks… and tick "
                                   "every network that sends traffic to this tracker."));
        m_unconfigured->show();
    } else if (!unconfigured.isEmpty()) {
        //: %1 is the ad networks' names, joined with commas; %n how many there are.
        m_unconfigured->setText(tr("%n network(s) without a working template: %1. They send the "
                                   "tracker no usable data until you choose one (Configure…).",
                                   nullptr, int(unconfigured.size()))
                                    .arg(unconfigured.join(QStringLiteral(", "))));
        m_unconfigured->show();
    } else {
        m_unconfigured->hide();
    }
    if (service->isRefreshing(id))
        m_state->setText(tr("Reading the templates from the tracker…"));
    else if (service->hasTemplates(id))
        m_state->setText(tr("%n template(s) read from the tracker.", nullptr,
                            int(service->templates(id).size())));

    const QString key = selectedKey();
    const AdNetwork* network = AdNetworkCatalog::builtIn().find(key);
    m_configure->setEnabled(network != nullptr);
    if (network) {
        const NetworkState state = service->state(id, key);
        m_details->setText(QStringLiteral("<b>%1 — %2</b><br>%3")
                               .arg(network->name.toHtmlEscaped(),
                                    StatusPresentation::of(state.status).text.toHtmlEscaped(),
                                    StatusPresentation::explain(*network, state).toHtmlEscaped()));
        m_details->show();
    } else {
        m_details->hide();
    }
    if (currentStep() == Parameters)
        rebuildParameters();
}

void AdNetworksPage::rebuildParameters()
{
    while (QLayoutItem* item = m_parametersLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString id = integrationId();
    NetworkSetupService* service = m_context->networkSetup();
    const QList<NetworkChoice> choices = service->choices(id);
    if (choices.isEmpty()) {
        m_parametersLayout->addWidget(
            new QLabel(tr("Choose your ad networks first (step 2)."), m_parameters));
    }
    for (const NetworkChoice& c : choices) {
        const AdNetwork* network = AdNetworkCatalog::builtIn().find(c.networkKey);
        if (!network)
            continue;
        const NetworkState state = service->state(id, c.networkKey);
        auto* box = new QFrame(m_parameters);
        box->setFrameShape(QFrame::StyledPanel);
        auto* grid = new QGridLayout(box);
        const StatusPresentation p = StatusPresentation::of(state.status);
        auto* icon = new QLabel(box);
        icon->setPixmap(p.icon.pixmap(QSize(16, 16), devicePixelRatioF()));
        icon->setAccessibleName(p.accessible);
        auto* name = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                    .arg(network->name.toHtmlEscaped(), p.text.toHtmlEscaped()),
                                box);
        grid->addWidget(icon, 0, 0);
        grid->addWidget(name, 0, 1, 1, 2);
        if (state.current.id.isEmpty()) {
            auto* none = new QLabel(StatusPresentation::explain(*network, state), box);
            none->setWordWrap(true);
            grid->addWidget(none, 1, 1, 1, 2);
        } else {
            const QString string = trackingParameterString(state.current);
            //: %1 is where the string goes in the ad network's own interface, in English as the
            //: network names its menus, e.g. "Ads Manager > ad > Destination > URL parameters".
            auto* where = new QLabel(tr("Paste into: %1").arg(network->where), box);
            where->setWordWrap(true);
            auto* field = new QLineEdit(string, box);
            field->setObjectName(QStringLiteral("params_") + network->key);
            field->setReadOnly(true);
            //: %1 is an ad network's name, e.g. Google Ads.
            field->setAccessibleName(tr("Tracking parameters for %1").arg(network->name));
            field->setCursorPosition(0);
            //: Button (a verb): copies the tracking parameters to the clipboard. Once pressed it
            //: says "Copied": keep both short.
            auto* copy = new QPushButton(tr("Copy"), box);
            copy->setObjectName(QStringLiteral("copy_") + network->key);
            //: %1 is an ad network's name, e.g. Google Ads.
            copy->setAccessibleName(tr("Copy the tracking parameters for %1").arg(network->name));
            connect(copy, &QPushButton::clicked, this, [copy, string] {
                QGuiApplication::clipboard()->setText(string);
                //: The "Copy" button's text once pressed: the tracking parameters are now on the
                //: clipboard. Keep it short.
                copy->setText(tr("Copied"));
            });
            grid->addWidget(where, 1, 1, 1, 2);
            grid->addWidget(field, 2, 1);
            grid->addWidget(copy, 2, 2);
            if (state.status == NetworkStatus::MissingMacros) {
                auto* warning =
                    //: %1 is one or more identifiers, joined with commas, e.g. "Ad Set ID,
                    //: Placement".
                    new QLabel(tr("Not complete: %1 is missing. Fix the template in Kintura first.")
                                   .arg(describeMissing(state.check.missing)),
                               box);
                warning->setWordWrap(true);
                grid->addWidget(warning, 3, 1, 1, 2);
            }
        }
        grid->setColumnStretch(1, 1);
        m_parametersLayout->addWidget(box);
    }
    m_parametersLayout->addStretch(1);
}

void AdNetworksPage::chooseNetworks()
{
    const QString id = integrationId();
    if (id.isEmpty())
        return;
    QStringList current;
    for (const NetworkChoice& c : m_context->networkSetup()->choices(id))
        current << c.networkKey;
    auto* dialog = new ChooseNetworksDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString error = m_context->networkSetup()->setNetworks(id, dialog->selectedKeys());
        m_state->setText(error);
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
    dialog->open();
}

void AdNetworksPage::configureSelected()
{
    const QString id = integrationId();
    const AdNetwork* network = AdNetworkCatalog::builtIn().find(selectedKey());
    if (id.isEmpty() || !network)
        return;
    auto* dialog = new TemplateChooserDialog(m_context->networkSetup(), id, *network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = network->key;
    connect(dialog, &TemplateChooserDialog::chosen, this,
            [this, id, key](const TrackingTemplate& t) {
                const QString error = m_context->networkSetup()->chooseTemplate(id, key, t);
                if (!error.isEmpty())
                    m_state->setText(error);
            });
    dialog->open();
}

void AdNetworksPage::checkAgain()
{
    if (!integrationId().isEmpty())
        m_context->networkSetup()->refresh(integrationId());
}

} // namespace kd::ui
