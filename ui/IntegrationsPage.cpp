#include "IntegrationsPage.h"

#include "DiagnosticCopy.h"
#include "IntegrationDialog.h"
#include "IntegrationsModel.h"
#include "MessageBox.h"
#include "PageTitle.h"
#include "StatusPresentation.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kd::ui {

namespace {
QPushButton* button(const QString& text, const QString& name, const QKeySequence& shortcut,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    if (!shortcut.isEmpty()) {
        b->setShortcut(shortcut);
        b->setToolTip(shortcut.toString(QKeySequence::NativeText));
    }
    return b;
}
} // namespace

IntegrationsPage::IntegrationsPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new IntegrationsModel(context->integrations(), context->monitor(), this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_actionMessage(new QLabel(this))
    , m_add(button(tr("&Add…"), QStringLiteral("addButton"), QKeySequence::New, this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editButton"), {}, this))
    //: Button (a verb): checks the selected integration's connection now.
    , m_test(button(tr("&Test"), QStringLiteral("testButton"), QKeySequence(Qt::CTRL | Qt::Key_T),
                    this))
    , m_remove(button(tr("&Remove…"), QStringLiteral("removeButton"), {}, this))
    , m_checkAll(
          //: Button (a verb): checks the connection of every integration now.
          button(tr("&Check all"), QStringLiteral("checkAllButton"), QKeySequence::Refresh, this))
    //: Button: asks the selected tracker's endpoints and copies a report of their shapes.
    , m_diagnose(
          button(tr("Copy &diagnostic report"), QStringLiteral("diagnosticButton"), {}, this))
    , m_diagnostic(new DiagnosticCopy(context, this))
{
    auto* title = makePageTitle(tr("Integrations"), this);
    auto* intro = new QLabel(tr("Kintura trackers this app reads from. Each one is checked "
                                "against the tracker: it must answer, and its currency and "
                                "conversion registration time must match."),
                             this);
    intro->setWordWrap(true);

    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setWordWrap(true);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(8);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("integrationsTable"));
    m_table->setAccessibleName(tr("Integrations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(IntegrationsModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IntegrationsModel::Tracker, QHeaderView::Stretch);
    header->setSectionResizeMode(IntegrationsModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IntegrationsModel::LastCheck, QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("integrationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3 + 16);
    m_actionMessage->setObjectName(QStringLiteral("actionMessage"));
    m_actionMessage->setWordWrap(true);
    m_actionMessage->hide();

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_test, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_diagnose);
    buttons->addWidget(m_checkAll);
    m_diagnose->setToolTip(tr("Asks each endpoint Kintura Desk uses once and copies what they "
                              "answered, as shapes without values: for reporting a tracker that "
                              "differs from what Kintura Desk expects."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_actionMessage);

    // Keys on the list itself: Enter edits, Delete removes.
    auto* editKey = new QAction(this);
    editKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editKey->setShortcutContext(Qt::WidgetShortcut);
    connect(editKey, &QAction::triggered, this, &IntegrationsPage::editSelected);
    m_table->addAction(editKey);
    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &IntegrationsPage::removeSelected);
    m_table->addAction(removeKey);
    m_remove->setToolTip(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    m_edit->setToolTip(tr("Enter, or double-click the integration"));

    connect(m_add, &QPushButton::clicked, this, &IntegrationsPage::addIntegration);
    connect(m_edit, &QPushButton::clicked, this, &IntegrationsPage::editSelected);
    connect(m_test, &QPushButton::clicked, this, &IntegrationsPage::testSelected);
    connect(m_remove, &QPushButton::clicked, this, &IntegrationsPage::removeSelected);
    connect(m_checkAll, &QPushButton::clicked, context->monitor(), &ConnectionMonitor::checkAll);
    connect(m_diagnose, &QPushButton::clicked, this, &IntegrationsPage::copyDiagnostic);
    connect(m_diagnostic, &DiagnosticCopy::progress, this, [this](const QString& sentence) {
        m_actionMessage->setText(sentence);
        m_actionMessage->show();
    });
    connect(m_diagnostic, &DiagnosticCopy::finished, this, [this](bool, const QString& sentence) {
        m_actionMessage->setText(sentence);
        m_actionMessage->show();
        updateButtons();
    });
    connect(m_table, &QTableView::doubleClicked, this, &IntegrationsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntegrationsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        updateDetails();
        updateButtons();
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetails();
    updateButtons();
}

void IntegrationsPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString IntegrationsPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IntegrationsModel::IdRole).toString() : QString();
}

void IntegrationsPage::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_edit->setEnabled(selected);
    m_test->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_diagnose->setEnabled(selected && !m_diagnostic->isRunning());
    m_checkAll->setEnabled(m_model->rowCount() > 0);
}

void IntegrationsPage::updateDetails()
{
    const QString id = selectedId();
    const auto integration = m_context->integrations()->find(id);
    if (!integration) {
        m_details->setText(
            m_model->rowCount() == 0
                //: %1 is the keyboard shortcut of the Add… button, e.g. Ctrl+N.
                ? tr("No integrations yet. Press Add… (%1) to connect a Kintura "
                     "tracker.")
                      .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
                : tr("Select an integration to see its status."));
        return;
    }
    const ConnectionReport report = m_context->monitor()->report(id);
    const StatusPresentation p = StatusPresentation::of(report.status);
    m_details->setText(QStringLiteral("<b>%1 — %2</b><br>%3")
                           .arg(integration->name.toHtmlEscaped(), p.text.toHtmlEscaped(),
                                StatusPresentation::explain(*integration, report).toHtmlEscaped()));
    m_details->setAccessibleDescription(p.accessible);
}

void IntegrationsPage::addIntegration()
{
    auto* dialog = new IntegrationDialog(m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntegrationDialog::saved, this, [this](const QString& id, bool isNew) {
        const auto& all = m_context->integrations()->all();
        for (int row = 0; row < all.size(); ++row) {
            if (all[row].id == id)
                m_table->selectRow(row);
        }
        Q_EMIT integrationSaved(id, isNew);
    });
    dialog->open();
}

void IntegrationsPage::editSelected()
{
    editIntegration(selectedId());
}

void IntegrationsPage::editIntegration(const QString& id)
{
    const auto integration = m_context->integrations()->find(id);
    if (!integration)
        return;
    auto* dialog = new IntegrationDialog(m_context, integration, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntegrationDialog::saved, this, &IntegrationsPage::integrationSaved);
    dialog->open();
}

void IntegrationsPage::testSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_context->monitor()->check(id);
}

void IntegrationsPage::copyDiagnostic()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_diagnostic->isRunning())
        return;
    m_diagnostic->start(id);
    updateButtons();
}

void IntegrationsPage::removeSelected()
{
    const auto integration = m_context->integrations()->find(selectedId());
    if (!integration)
        return;
    const QString id = integration->id;
    MessageBox::ask(this, tr("Remove integration"),
                    //: %1 is the integration's name.
                    tr("Remove \"%1\"? Its API key and secret are deleted from the system "
                       "keychain. The tracker itself is not changed.")
                        .arg(integration->name),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                    [this, id](QMessageBox::StandardButton answer) {
                        if (answer != QMessageBox::Yes)
                            return;
                        m_context->manager()->remove(
                            id, this, [this](const IntegrationManager::Outcome& outcome) {
                                m_actionMessage->setText(outcome.error);
                                m_actionMessage->setVisible(!outcome.ok());
                            });
                    });
}

} // namespace kd::ui
