#include "ReportFilters.h"

#include "reports/ReportCache.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace kd::ui {

namespace {
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

// The sentences here were written for the page and keep its translation context (lupdate needs
// it spelled out): every translation made for them still applies.
ReportFilters::ReportFilters(QWidget* parent)
    : QWidget(parent)
    , m_network(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_breakdown(new QComboBox(this))
    , m_campaignMessage(new QLabel(this))
    , m_row(new QHBoxLayout)
{
    setObjectName(QStringLiteral("reportFilters"));
    m_network->setObjectName(QStringLiteral("networkFilter"));
    m_network->setAccessibleName(
        QCoreApplication::translate("kd::ui::ReportsPage", "Ad network filter"));
    // As wide as its longest item: "Todas las redes publicitarias" must not be cut off.
    m_network->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaign->setAccessibleName(
        QCoreApplication::translate("kd::ui::ReportsPage", "Campaign filter"));
    // Thousands of campaigns: type part of a name to find one.
    m_campaign->setEditable(true);
    m_campaign->setInsertPolicy(QComboBox::NoInsert);
    m_campaign->completer()->setFilterMode(Qt::MatchContains);
    m_campaign->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_campaign->setMinimumContentsLength(16); // it stretches: the row must fit in Russian
    // Text that names no campaign is said so under the field, not silently ignored.
    m_campaignMessage->setObjectName(QStringLiteral("campaignFilterMessage"));
    m_campaignMessage->setTextFormat(Qt::PlainText); // typed text is never markup
    m_campaignMessage->setWordWrap(true);
    m_campaignMessage->hide();
    connect(m_campaign->lineEdit(), &QLineEdit::editingFinished, this,
            &ReportFilters::checkCampaignText);
    connect(m_campaign->lineEdit(), &QLineEdit::textEdited, m_campaignMessage, &QLabel::hide);
    connect(m_campaign, &QComboBox::currentIndexChanged, m_campaignMessage, &QLabel::hide);
    m_breakdown->setObjectName(QStringLiteral("breakdownCombo"));
    m_breakdown->setAccessibleName(QCoreApplication::translate("kd::ui::ReportsPage", "Breakdown"));
    m_breakdown->addItem(QCoreApplication::translate("kd::ui::ReportsPage", "By ad network"),
                         int(Breakdown::Network));
    m_breakdown->addItem(QCoreApplication::translate("kd::ui::ReportsPage", "By campaign"),
                         int(Breakdown::Campaign));
    m_breakdown->addItem(QCoreApplication::translate("kd::ui::ReportsPage", "By integration"),
                         int(Breakdown::Integration));

    m_row->addWidget(buddyLabel(QCoreApplication::translate("kd::ui::ReportsPage", "Ad &network:"),
                                m_network, this));
    m_row->addWidget(m_network);
    m_row->addWidget(buddyLabel(QCoreApplication::translate("kd::ui::ReportsPage", "Ca&mpaign:"),
                                m_campaign, this));
    m_row->addWidget(m_campaign, 1);
    m_row->addWidget(buddyLabel(QCoreApplication::translate("kd::ui::ReportsPage", "&Breakdown:"),
                                m_breakdown, this));
    m_row->addWidget(m_breakdown);
    // The row and the message as the page's own rows: no margins of this widget's own.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_row);
    layout->addWidget(m_campaignMessage);

    connect(m_network, &QComboBox::currentIndexChanged, this, &ReportFilters::networkChanged);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ReportFilters::campaignChanged);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ReportFilters::breakdownChanged);
}

ReportFilter ReportFilters::filter(bool campaignApplies) const
{
    return {m_network->currentData().toString(),
            campaignApplies ? m_campaign->currentData().toString() : QString()};
}

Breakdown ReportFilters::breakdown() const
{
    return Breakdown(m_breakdown->currentData().toInt());
}

QVariant ReportFilters::breakdownData() const
{
    return m_breakdown->currentData();
}

void ReportFilters::restoreBreakdown(const QVariant& data)
{
    const int index = m_breakdown->findData(data);
    if (index >= 0) {
        const QSignalBlocker block(m_breakdown);
        m_breakdown->setCurrentIndex(index);
    }
}

void ReportFilters::setLoading(bool loading)
{
    m_network->setEnabled(!loading);
    m_campaign->setEnabled(!loading);
}

void ReportFilters::addToRow(QWidget* widget)
{
    m_row->addWidget(widget);
}

void ReportFilters::refill(const QList<ReportSubject>& subjects, const ReportCache* cache)
{
    // Networks: every ad network the shown trackers have a traffic source for.
    QMap<QString, QString> networks; // name -> key, sorted by name
    for (const ReportSubject& s : subjects) {
        for (const SourceInfo& source : s.sources)
            networks.insert(source.name, source.networkKey);
    }
    {
        const QString keep = m_network->currentData().toString();
        const QSignalBlocker block(m_network);
        m_network->clear();
        m_network->addItem(QCoreApplication::translate("kd::ui::ReportsPage", "All ad networks"),
                           QString());
        for (auto it = networks.begin(); it != networks.end(); ++it)
            m_network->addItem(it.key(), it.value());
        m_network->setCurrentIndex(std::max(0, m_network->findData(keep)));
        // Never squeezed below its longest item: QComboBox keeps the minimum it computed
        // when it had no items yet.
        m_network->setMinimumWidth(m_network->sizeHint().width());
    }
    // Campaigns: those of the one tracker shown (ids mean nothing across trackers).
    const QString keep = m_campaign->currentData().toString();
    QList<Campaign> campaigns;
    if (subjects.size() == 1 && cache)
        campaigns = cache->campaigns(subjects.first().integrationId);
    std::sort(campaigns.begin(), campaigns.end(), [](const Campaign& a, const Campaign& b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    const QSignalBlocker block(m_campaign);
    if (m_campaign->count() != campaigns.size() + 1 ||
        (m_campaign->count() > 1 && m_campaign->itemData(1).toString() != campaigns.value(0).id)) {
        m_campaign->clear();
        m_campaign->addItem(QCoreApplication::translate("kd::ui::ReportsPage", "All campaigns"),
                            QString());
        for (const Campaign& c : std::as_const(campaigns))
            m_campaign->addItem(
                c.title.isEmpty()
                    ? QCoreApplication::translate("kd::ui::ReportsPage", "Campaign %1").arg(c.id)
                    : c.title,
                c.id);
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(keep)));
    m_campaign->setEnabled(subjects.size() == 1);
    m_campaign->setToolTip(
        subjects.size() == 1
            ? QString()
            : QCoreApplication::translate("kd::ui::ReportsPage",
                                          "Pick one integration to filter by campaign."));
}

void ReportFilters::checkCampaignText()
{
    const QString typed = m_campaign->lineEdit()->text();
    if (typed.isEmpty() || m_campaign->findText(typed, Qt::MatchFixedString) >= 0) {
        m_campaignMessage->hide();
        return;
    }
    // What was typed, as typed but safe to show: no control or direction characters (an
    // unclosed right-to-left override would turn the rest of the sentence around), at most
    // 40 characters, isolated so that right-to-left names keep the sentence in order.
    QString shown;
    int count = 0;
    for (const char32_t c : typed.toUcs4()) {
        if (!QChar::isPrint(c) && c != U' ')
            continue;
        if (++count > 40) {
            shown += QChar(0x2026);
            break;
        }
        shown += QString::fromUcs4(&c, 1);
    }
    m_campaignMessage->setText(
        QCoreApplication::translate(
            "kd::ui::ReportsPage",
            "No campaign is called “%1”. The report still shows %2: type part of a campaign's "
            "name and pick it from the list.")
            .arg(QChar(0x2068) + shown + QChar(0x2069),
                 m_campaign->itemText(m_campaign->currentIndex())));
    m_campaignMessage->show();
}

} // namespace kd::ui
