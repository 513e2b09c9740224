#include "TemplateChooserDialog.h"

#include "StatusPresentation.h"
#include "adnetworks/NetworkSetupService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd::ui {

TemplateChooserDialog::TemplateChooserDialog(NetworkSetupService* service, QString integrationId,
                                             const AdNetwork& network, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_integrationId(std::move(integrationId))
    , m_network(network)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_state(new QLabel(this))
    , m_use(new QPushButton(tr("&Use this template"), this))
    , m_refresh(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("templateChooser"));
    //: %1 is an ad network's name, e.g. Google Ads.
    setWindowTitle(tr("Tracking template for %1").arg(network.name));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates in the tracker"));
    m_list->setIconSize(QSize(16, 16));
    m_details->setObjectName(QStringLiteral("templateDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumWidth(320);
    m_state->setObjectName(QStringLiteral("templateState"));
    m_state->setWordWrap(true);
    m_use->setObjectName(QStringLiteral("useTemplateButton"));
    m_use->setDefault(true);
    m_refresh->setObjectName(QStringLiteral("refreshTemplatesButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    auto* intro =
        //: %1 (twice) is an ad network's name, e.g. Google Ads.
        new QLabel(tr("Choose the traffic-source template of your Kintura account that %1 "
                      "clicks arrive with. It must map Campaign ID, Ad Set ID, Ad ID and "
                      "Placement to %1's macros.")
                       .arg(network.name),
                   this);
    intro->setWordWrap(true);
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_list, 1);
    panes->addWidget(m_details, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_use, QDialogButtonBox::AcceptRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_state, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateChooserDialog::showDetails);
    connect(m_list, &QListWidget::itemActivated, this, &TemplateChooserDialog::accept);
    connect(m_refresh, &QPushButton::clicked, this,
            [this] { m_service->refresh(m_integrationId); });
    connect(m_service, &NetworkSetupService::changed, this, [this](const QString& id) {
        if (id == m_integrationId)
            fill();
    });
    connect(m_service, &NetworkSetupService::refreshFailed, this,
            [this](const QString& id, const QString& message) {
                if (id == m_integrationId)
                    m_state->setText(message);
            });
    fill();
    if (!m_service->hasTemplates(m_integrationId))
        m_service->refresh(m_integrationId);
    resize(760, 420);
}

void TemplateChooserDialog::fill()
{
    const AdNetworkCatalog& catalog = AdNetworkCatalog::builtIn();
    const QString previous =
        m_list->currentRow() >= 0 ? m_sorted.value(m_list->currentRow()).id : QString();
    QString chosenId;
    for (const NetworkChoice& c : m_service->choices(m_integrationId)) {
        if (c.networkKey == m_network.key)
            chosenId = c.templateId;
    }
    m_sorted = m_service->templates(m_integrationId);
    std::stable_sort(m_sorted.begin(), m_sorted.end(),
                     [&](const TrackingTemplate& a, const TrackingTemplate& b) {
                         return templateMatchScore(m_network, a, catalog) >
                                templateMatchScore(m_network, b, catalog);
                     });
    m_list->clear();
    int select = m_sorted.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_sorted.size(); ++i) {
        const TemplateCheckResult check = checkTemplate(m_network, m_sorted[i], catalog);
        const NetworkStatus status =
            check.isComplete() ? NetworkStatus::Connected : NetworkStatus::MissingMacros;
        const StatusPresentation p = StatusPresentation::of(status);
        QString verdict;
        if (check.isComplete())
            verdict = check.issues.isEmpty()
                          //: Verdict after a template's title in a list ("Title — maps all four"):
                          //: the template passes all four identifiers (Campaign ID, Ad Set ID, Ad
                          //: ID, Placement). Lower-case, no full stop.
                          ? tr("maps all four")
                          : //: Verdict after a template's title in a list ("Title — …"): all four
                            //: identifiers are passed, with %n warnings. Lower-case, no full stop.
                          tr("maps all four, %n warning(s)", nullptr, int(check.issues.size()));
        else if (check.mapped.isEmpty())
            //: Verdict after a template's title in a list ("Title — …"): none of the four
            //: identifiers is passed. Lower-case, no full stop.
            verdict = tr("maps none of the four");
        else
            //: Verdict after a template's title in a list ("Title — missing …"). %1 is the
            //: identifiers it lacks, joined with commas, e.g. "Ad Set ID, Placement".
            verdict = tr("missing %1").arg(describeMissing(check.missing));
        auto* item = new QListWidgetItem(
            p.icon, QStringLiteral("%1 — %2").arg(m_sorted[i].title, verdict), m_list);
        item->setData(Qt::AccessibleTextRole,
                      QStringLiteral("%1, %2").arg(m_sorted[i].title, verdict));
        item->setToolTip(item->text());
        if (m_sorted[i].id == previous || (previous.isEmpty() && m_sorted[i].id == chosenId))
            select = i;
    }
    m_list->setCurrentRow(select);
    const bool refreshing = m_service->isRefreshing(m_integrationId);
    m_refresh->setEnabled(!refreshing);
    if (refreshing)
        m_state->setText(tr("Reading the templates from the tracker…"));
    else if (m_service->hasTemplates(m_integrationId))
        m_state->setText(
            m_sorted.isEmpty()
                ? tr("The tracker has no traffic-source templates: create one in Kintura first.")
                : tr("%n template(s) in the tracker.", nullptr, int(m_sorted.size())));
    showDetails();
}

void TemplateChooserDialog::showDetails()
{
    const int row = m_list->currentRow();
    m_use->setEnabled(row >= 0);
    if (row < 0) {
        m_details->setText(QString());
        return;
    }
    const TrackingTemplate& t = m_sorted.at(row);
    const TemplateCheckResult check = checkTemplate(m_network, t, AdNetworkCatalog::builtIn());
    QString html = QStringLiteral("<b>%1</b><br>").arg(t.title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=4>");
    for (Identifier id : kIdentifiers) {
        const MappedIdentifier* m = check.find(id);
        const QString mark =
            m ? (m->verified ? QStringLiteral("✓") : QStringLiteral("?")) : QStringLiteral("✗");
        const QString what = m ? QStringLiteral("%1=%2").arg(m->parameter, m->token).toHtmlEscaped()
                               //: In a table row beside an identifier's name (e.g. "Ad Set ID"). %1
                               //: is the ad network's macro for it, e.g. {adgroupid}, or "a value
                               //: for it".
                               : tr("missing: add a parameter with %1")
                                     .arg(m_network.spec(id).macros.value(
                                         0, //: Fills %1 in "missing: add a parameter with %1"
                                            //: when the ad network documents no macro for it.
                                         tr("a value for it")))
                                     .toHtmlEscaped();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(mark, identifierName(id).toHtmlEscaped(), what);
    }
    html += QStringLiteral("</table>");
    for (const TokenIssue& issue : check.issues)
        html += QStringLiteral("<p>⚠ %1</p>").arg(issue.message.toHtmlEscaped());
    if (!check.isComplete())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Fix this template in Kintura first, then press Check again.")
                             .toHtmlEscaped());
    m_details->setText(html);
}

void TemplateChooserDialog::accept()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    Q_EMIT chosen(m_sorted.at(row));
    QDialog::accept();
}

} // namespace kd::ui
