#include "IntegrationsPage.h"

#include "IntegrationsModel.h"
#include "StatusPresentation.h"
#include "context/AppContext.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/IntegrationList.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kd::ui {

IntegrationsPage::IntegrationsPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new IntegrationsModel(context->integrations(), context->monitor(), this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_checkAll(new QPushButton(tr("&Check all"), this))
{
    auto* title = new QLabel(tr("Integrations"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Kintura trackers this app reads from. Each one is checked "
                                "against the tracker: it must answer, and its currency and "
                                "conversion registration time must match."),
                             this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("integrationsTable"));
    m_table->setAccessibleName(tr("Integrations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(IntegrationsModel::Name,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IntegrationsModel::Tracker,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IntegrationsModel::Status,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IntegrationsModel::LastCheck,
                                                      QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("integrationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3 + 16);

    m_checkAll->setObjectName(QStringLiteral("checkAllButton"));
    m_checkAll->setShortcut(QKeySequence::Refresh);
    m_checkAll->setToolTip(
        tr("Ask every tracker again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    auto* comingNext = new QLabel(tr("Adding, editing and removing integrations comes with the "
                                     "connection form."),
                                  this);
    comingNext->setWordWrap(true);
    comingNext->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(comingNext, 1);
    buttons->addWidget(m_checkAll);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_checkAll, &QPushButton::clicked, context->monitor(), &ConnectionMonitor::checkAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntegrationsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntegrationsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        updateDetails();
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetails();
}

void IntegrationsPage::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No integrations yet.")
                               : tr("Select an integration to see its status."));
        return;
    }
    const QString id = current.data(IntegrationsModel::IdRole).toString();
    const auto integration = m_context->integrations()->find(id);
    if (!integration)
        return;
    const ConnectionReport report = m_context->monitor()->report(id);
    const StatusPresentation p = StatusPresentation::of(report.status);
    m_details->setText(QStringLiteral("<b>%1 — %2</b><br>%3")
                           .arg(integration->name.toHtmlEscaped(), p.text.toHtmlEscaped(),
                                StatusPresentation::explain(*integration, report).toHtmlEscaped()));
    m_details->setAccessibleDescription(p.accessible);
}

} // namespace kd::ui
