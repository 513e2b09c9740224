#include "ReportsPage.h"

#include "IntegrationCombo.h"
#include "PageTitle.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "adnetworks/AdNetworkCatalog.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/IntegrationList.h"
#include "reports/CustomRange.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "reports/SharedCampaigns.h"
#include "settings/Preferences.h"
#include "storage/SafeFile.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kd::ui {

namespace {
constexpr int kCustomRange = -1; // the range combo's data for "Custom range…"
constexpr int kTopRows = 8;

// Sorting by any column keeps the totals rows last (in currency order).
class TotalsLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool leftTotal = left.data(ReportTableModel::IsTotalRole).toBool();
        const bool rightTotal = right.data(ReportTableModel::IsTotalRole).toBool();
        if (leftTotal && rightTotal) {
            const bool before = left.row() < right.row();
            return sortOrder() == Qt::AscendingOrder ? before : !before;
        }
        if (leftTotal || rightTotal)
            return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ReportsPage::ReportsPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_integration(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_customRow(new QWidget(this))
    , m_customFrom(new QDateEdit(m_customRow))
    , m_customTo(new QDateEdit(m_customRow))
    , m_applyCustom(new QPushButton(tr("&Show"), m_customRow))
    , m_customError(new QLabel(m_customRow))
    , m_network(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_breakdown(new QComboBox(this))
    , m_currencyNote(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("Cance&l"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_charts(new ReportCharts(this))
    , m_model(new ReportTableModel(this))
    , m_table(new QTableView(this))
    , m_liveRedraw(new QTimer(this))
{
    m_liveRedraw->setSingleShot(true);
    m_liveRedraw->setInterval(100);
    connect(m_liveRedraw, &QTimer::timeout, this, &ReportsPage::showLiveSeries);
    m_integration->setObjectName(QStringLiteral("reportIntegrationCombo"));
    m_integration->setAccessibleName(tr("Integration"));
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Date range"));
    for (RangePreset p : allPresets())
        m_range->addItem(presetName(p), int(p));
    m_range->addItem(tr("Custom range…"), kCustomRange);
    m_range->setCurrentIndex(allPresets().indexOf(RangePreset::Last30));

    // The custom range: two dates checked as they change, shown on "Show" (or Enter).
    m_customRow->setObjectName(QStringLiteral("customRangeRow"));
    for (QDateEdit* edit : {m_customFrom, m_customTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(QDate(2100, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::customDatesEdited);
    }
    m_customFrom->setObjectName(QStringLiteral("customFrom"));
    m_customFrom->setAccessibleName(tr("First day"));
    m_customTo->setObjectName(QStringLiteral("customTo"));
    m_customTo->setAccessibleName(tr("Last day"));
    m_applyCustom->setObjectName(QStringLiteral("applyCustomRange"));
    m_customError->setObjectName(QStringLiteral("customRangeError"));
    m_customError->setWordWrap(true);
    auto* customLayout = new QHBoxLayout(m_customRow);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(buddyLabel(tr("&From:"), m_customFrom, m_customRow));
    customLayout->addWidget(m_customFrom);
    customLayout->addWidget(buddyLabel(tr("&To:"), m_customTo, m_customRow));
    customLayout->addWidget(m_customTo);
    customLayout->addWidget(m_applyCustom);
    customLayout->addWidget(m_customError, 1);
    m_customRow->hide();

    m_network->setObjectName(QStringLiteral("networkFilter"));
    m_network->setAccessibleName(tr("Ad network filter"));
    // Wide enough for "All ad networks" in every language, whatever the items are.
    m_network->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_network->setMinimumContentsLength(18);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaign->setAccessibleName(tr("Campaign filter"));
    // Thousands of campaigns: type part of a name to find one.
    m_campaign->setEditable(true);
    m_campaign->setInsertPolicy(QComboBox::NoInsert);
    m_campaign->completer()->setFilterMode(Qt::MatchContains);
    m_campaign->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_campaign->setMinimumContentsLength(24);
    m_breakdown->setObjectName(QStringLiteral("breakdownCombo"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->addItem(tr("By ad network"), int(Breakdown::Network));
    m_breakdown->addItem(tr("By campaign"), int(Breakdown::Campaign));
    m_breakdown->addItem(tr("By integration"), int(Breakdown::Integration));

    for (QLabel* notice : {m_currencyNote, m_conflicts}) {
        notice->setWordWrap(true);
        notice->setFrameShape(QFrame::StyledPanel);
        notice->setMargin(8);
        notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
        notice->hide();
    }
    m_currencyNote->setObjectName(QStringLiteral("currencyNote"));
    m_conflicts->setObjectName(QStringLiteral("conflictWarning"));
    m_refresh->setObjectName(QStringLiteral("refreshReportButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(makePageTitle(tr("Reports"), this), 1);
    header->addWidget(buddyLabel(tr("&Integration:"), m_integration, this));
    header->addWidget(m_integration);
    header->addWidget(buddyLabel(tr("R&ange:"), m_range, this));
    header->addWidget(m_range);
    header->addWidget(m_refresh);
    header->addWidget(m_cancel);

    auto* exportCsvButton = new QPushButton(tr("Export &CSV…"), this);
    exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    auto* exportChartButton = new QPushButton(tr("Save c&hart…"), this);
    exportChartButton->setObjectName(QStringLiteral("exportChartButton"));
    connect(exportCsvButton, &QPushButton::clicked, this, &ReportsPage::chooseCsvFile);
    connect(exportChartButton, &QPushButton::clicked, this, &ReportsPage::chooseChartFile);
    auto* filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("Ad &network:"), m_network, this));
    filters->addWidget(m_network);
    filters->addWidget(buddyLabel(tr("Ca&mpaign:"), m_campaign, this));
    filters->addWidget(m_campaign, 1);
    filters->addWidget(buddyLabel(tr("&Breakdown:"), m_breakdown, this));
    filters->addWidget(m_breakdown);
    filters->addWidget(exportCsvButton);
    filters->addWidget(exportChartButton);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto* proxy = new TotalsLastProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ReportTableModel::SortRole);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Breakdown table"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportTableModel::Revenue, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // Compact rows: a network list and its totals fit without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Columns fit their contents once per new report (the user may widen them after), from
    // the rows in view: measuring a thousand campaigns on every reset took most of a preset
    // switch (155 ms, docs/performance.md).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(m_charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 300}); // relative weights until the user moves it

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_customRow);
    layout->addLayout(filters);
    layout->addLayout(statusRow);
    layout->addWidget(m_currencyNote);
    layout->addWidget(m_conflicts);
    layout->addWidget(splitter, 1);

    ReportService* reports = context->reports();
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_cancel, &QPushButton::clicked, reports, &ReportService::cancel);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ReportsPage::rangeChosen);
    connect(m_applyCustom, &QPushButton::clicked, this, [this] {
        m_customRange = {m_customFrom->date(), m_customTo->date()};
        refresh();
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ReportsPage::showFromCache);
    connect(m_network, &QComboBox::currentIndexChanged, this, &ReportsPage::showFromCache);
    // A campaign filter needs that campaign's days: a sync (mostly a few pages).
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_integration, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(context->integrations(), &IntegrationList::added, this,
            &ReportsPage::integrationsChanged);
    connect(context->integrations(), &IntegrationList::removed, this,
            &ReportsPage::integrationsChanged);
    connect(context->integrations(), &IntegrationList::changed, this,
            &ReportsPage::integrationsChanged);
    connect(reports, &ReportService::syncStarted, this, [this](const QString& id) {
        m_cancel->setEnabled(true);
        m_live.remove(id);
        if (!shownIds().contains(id))
            return; // another tracker's campaigns for the double-counting check, in the background
        m_refresh->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->show();
        m_status->setText(tr("Asking the tracker for what is missing or may have changed…"));
    });
    connect(reports, &ReportService::syncProgress, this,
            [this](const QString& id, int done, int total, int secondsLeft) {
                if (!shownIds().contains(id))
                    return;
                const QString name = m_context->integrations()->find(id)
                                         ? m_context->integrations()->find(id)->name
                                         : QString();
                m_progress->setRange(0, std::max(1, total));
                m_progress->setValue(done);
                m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
                m_status->setText(tr("Syncing %1: request %2 of %3, about %n second(s) left at "
                                     "the tracker's rate.",
                                     nullptr, secondsLeft)
                                      .arg(name)
                                      .arg(done)
                                      .arg(total));
            });
    connect(reports, &ReportService::rowsArrived, this, &ReportsPage::rowsArrived);
    connect(reports, &ReportService::cacheCleared, this, [this] {
        if (m_shownOnce)
            showFromCache();
    });
    // Templates tell which ad network each traffic source is: names follow when they arrive.
    connect(context->networkSetup(), &NetworkSetupService::changed, this,
            [this](const QString& id) {
                if (m_shownOnce && shownIds().contains(id))
                    showFromCache();
            });
    connect(reports, &ReportService::syncFinished, this, &ReportsPage::syncFinished);
    restoreState(splitter);
    integrationsChanged();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::restoreState(QSplitter* splitter)
{
    // The last range, breakdown and splitter positions come back as they were left.
    Preferences* prefs = m_context->preferences();
    const QVariant range = prefs->uiState(QStringLiteral("reports/range"));
    const int index = range.isValid() ? m_range->findData(range.toInt()) : -1;
    const QDate from = prefs->uiState(QStringLiteral("reports/customFrom")).toDate();
    const QDate to = prefs->uiState(QStringLiteral("reports/customTo")).toDate();
    if (from.isValid() && to.isValid() && checkRange(from, to, {}).isEmpty())
        m_customRange = {from, to};
    {
        const QSignalBlocker block(m_range);
        if (index >= 0 && (range.toInt() != kCustomRange || m_customRange.from.isValid()))
            m_range->setCurrentIndex(index);
    }
    if (isCustom())
        rangeChosen();
    const int breakdownIndex =
        m_breakdown->findData(prefs->uiState(QStringLiteral("reports/breakdown")));
    if (breakdownIndex >= 0) {
        const QSignalBlocker block(m_breakdown);
        m_breakdown->setCurrentIndex(breakdownIndex);
    }
    splitter->restoreState(prefs->uiState(QStringLiteral("reports/splitter")).toByteArray());
    m_charts->restoreSplitter(
        prefs->uiState(QStringLiteral("reports/chartSplitter")).toByteArray());
    auto remember = [this, prefs, splitter] {
        prefs->setUiState(QStringLiteral("reports/range"), m_range->currentData());
        prefs->setUiState(QStringLiteral("reports/customFrom"), m_customRange.from);
        prefs->setUiState(QStringLiteral("reports/customTo"), m_customRange.to);
        prefs->setUiState(QStringLiteral("reports/breakdown"), m_breakdown->currentData());
        prefs->setUiState(QStringLiteral("reports/splitter"), splitter->saveState());
        prefs->setUiState(QStringLiteral("reports/chartSplitter"), m_charts->splitterState());
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, remember);
    connect(m_applyCustom, &QPushButton::clicked, this, remember);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, remember);
    connect(splitter, &QSplitter::splitterMoved, this, remember);
    connect(m_charts, &ReportCharts::splitterMoved, this, remember);
}

QLineSeries* ReportsPage::conversionsSeries() const
{
    return m_charts->conversionsSeries();
}

QLineSeries* ReportsPage::revenueSeries() const
{
    return m_charts->revenueSeries().value(0);
}

bool ReportsPage::allIntegrations() const
{
    return m_integration->currentData().toString() == QLatin1String(kAllIntegrations);
}

QStringList ReportsPage::shownIds() const
{
    if (!allIntegrations()) {
        const QString id = m_integration->currentData().toString();
        return id.isEmpty() ? QStringList() : QStringList{id};
    }
    QStringList ids;
    for (const Integration& i : m_context->integrations()->all())
        ids << i.id;
    return ids;
}

bool ReportsPage::isCustom() const
{
    return m_range->currentData().toInt() == kCustomRange;
}

DayRange ReportsPage::rangeFor(const QString& integrationId) const
{
    if (isCustom())
        return m_customRange;
    // Presets follow each tracker's own calendar: "today" is the tracker's today.
    return presetRange(RangePreset(m_range->currentData().toInt()),
                       m_context->reports()->trackerToday(integrationId));
}

QList<ReportSubject> ReportsPage::subjects() const
{
    QList<ReportSubject> list;
    for (const QString& id : shownIds()) {
        const auto integration = m_context->integrations()->find(id);
        if (!integration)
            continue;
        list.append({id, integration->name, integration->currency, rangeFor(id),
                     m_context->reports()->trackerToday(id),
                     describeSources(m_context->networkSetup()->templates(id))});
    }
    return list;
}

ReportFilter ReportsPage::filter() const
{
    return {m_network->currentData().toString(),
            allIntegrations() ? QString() : m_campaign->currentData().toString()};
}

Breakdown ReportsPage::breakdown() const
{
    return Breakdown(m_breakdown->currentData().toInt());
}

void ReportsPage::integrationsChanged()
{
    const QString keep =
        refillIntegrationCombo(m_integration, *m_context->integrations(), tr("All integrations"));
    // With nothing connected there is nothing to chart: an empty chart of 1970 says less than
    // the sentence that says what to do.
    const bool none = m_integration->count() == 0;
    m_charts->setVisible(!none);
    m_table->setVisible(!none);
    if (none) {
        m_status->setText(tr("Connect a Kintura tracker first (Integrations page, Add…)."));
        m_model->setRows({}, {});
        m_currencyNote->hide();
        m_conflicts->hide();
    } else if (m_integration->currentData().toString() != keep && isVisible()) {
        refresh();
    } else if (isVisible()) {
        showFromCache(); // a rename or a new currency shows at once
    }
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void ReportsPage::keyPressEvent(QKeyEvent* event)
{
    // Enter in the custom dates shows the range, as the Show button does.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_customRow->isVisible() && m_applyCustom->isEnabled()) {
        m_applyCustom->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReportsPage::rangeChosen()
{
    if (!isCustom()) {
        m_customRow->hide();
        refresh();
        return;
    }
    // Start from what was shown, so that a small change is a small edit.
    const QStringList ids = shownIds();
    const DayRange shown =
        m_customRange.from.isValid()
            ? m_customRange
            : presetRange(RangePreset::Last30, m_context->reports()->trackerToday(ids.value(0)));
    {
        const QSignalBlocker blockFrom(m_customFrom);
        const QSignalBlocker blockTo(m_customTo);
        m_customFrom->setDate(shown.from);
        m_customTo->setDate(shown.to);
    }
    m_customRow->show();
    customDatesEdited();
    m_customFrom->setFocus();
}

void ReportsPage::customDatesEdited()
{
    const QString error = checkRange(m_customFrom->date(), m_customTo->date(),
                                     m_context->reports()->trackerToday(shownIds().value(0)));
    m_customError->setText(error);
    m_applyCustom->setEnabled(error.isEmpty());
}

void ReportsPage::refresh()
{
    const QStringList ids = shownIds();
    if (ids.isEmpty())
        return;
    if (isCustom() && !checkRange(m_customRange.from, m_customRange.to,
                                  m_context->reports()->trackerToday(ids.first()))
                           .isEmpty())
        return;      // nothing valid chosen yet: the custom row says what is wrong
    showFromCache(); // at once, from what is here
    ReportService* reports = m_context->reports();
    const QString campaign = filter().campaignId;
    for (const QString& id : ids) {
        const DayRange range = rangeFor(id);
        reports->sync(id, range.from, range.to, campaign);
    }
    // The one-tracker-per-campaign check needs every integration's campaigns of the period,
    // and the templates that tell which ad network each traffic source is.
    for (const Integration& other : m_context->integrations()->all()) {
        if (!m_context->networkSetup()->hasTemplates(other.id))
            m_context->networkSetup()->refresh(other.id);
        if (!ids.contains(other.id)) {
            const DayRange theirs = rangeFor(other.id);
            reports->syncExternalCampaigns(other.id, theirs.from, theirs.to);
        }
    }
}

void ReportsPage::refillFilters(const QList<ReportSubject>& subjects)
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
        m_network->addItem(tr("All ad networks"), QString());
        for (auto it = networks.begin(); it != networks.end(); ++it)
            m_network->addItem(it.key(), it.value());
        m_network->setCurrentIndex(std::max(0, m_network->findData(keep)));
    }
    // Campaigns: those of the one tracker shown (ids mean nothing across trackers).
    const QString keep = m_campaign->currentData().toString();
    QList<Campaign> campaigns;
    if (subjects.size() == 1 && m_context->reports()->cache())
        campaigns = m_context->reports()->cache()->campaigns(subjects.first().integrationId);
    std::sort(campaigns.begin(), campaigns.end(), [](const Campaign& a, const Campaign& b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    const QSignalBlocker block(m_campaign);
    if (m_campaign->count() != campaigns.size() + 1 ||
        (m_campaign->count() > 1 && m_campaign->itemData(1).toString() != campaigns.value(0).id)) {
        m_campaign->clear();
        m_campaign->addItem(tr("All campaigns"), QString());
        for (const Campaign& c : std::as_const(campaigns))
            m_campaign->addItem(c.title.isEmpty() ? tr("Campaign %1").arg(c.id) : c.title, c.id);
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(keep)));
    m_campaign->setEnabled(subjects.size() == 1);
    m_campaign->setToolTip(
        subjects.size() == 1 ? QString() : tr("Pick one integration to filter by campaign."));
}

void ReportsPage::showFromCache()
{
    ReportCache* cache = m_context->reports()->cache();
    const QList<ReportSubject> list = subjects();
    if (!cache || list.isEmpty()) {
        if (!m_context->reports()->openError().isEmpty())
            m_status->setText(m_context->reports()->openError());
        return;
    }
    refillFilters(list);
    const ReportFilter f = filter();
    const Breakdown b = breakdown();
    ReportView view = buildReport(*cache, list, b, f);
    overlayLiveDays(list, &view);
    m_charts->showTimeSeries(view.daily, overallRange(list));
    const QString topTitle = b == Breakdown::Network    ? tr("Top ad networks by revenue")
                             : b == Breakdown::Campaign ? tr("Top campaigns by revenue")
                                                        : tr("Integrations by revenue");
    m_charts->showTop(
        topByRevenue(view.rows, kTopRows, [](int n) { return tr("Other (%n)", nullptr, n); }),
        topTitle);

    QList<ReportTableModel::Row> rows;
    m_rows.clear();
    for (const BreakdownRow& r : std::as_const(view.rows)) {
        rows.append({r.name, r.metrics, r.currency});
        m_rows.append({r.name, r.metrics, r.currency});
    }
    const QString nameHeader = b == Breakdown::Network    ? tr("Ad network")
                               : b == Breakdown::Campaign ? tr("Campaign")
                                                          : tr("Integration");
    m_model->setRows(rows, nameHeader);
    fitColumns();
    m_table->setAccessibleName(tr("Breakdown table: %1").arg(nameHeader));

    const QStringList currencies = view.currencies();
    if (currencies.size() > 1) {
        m_currencyNote->setText(
            tr("These integrations report revenue in %1. Each currency has its own line, bars "
               "and total: amounts in different currencies are never added together.")
                .arg(QLocale().createSeparatedList(currencies)));
        m_currencyNote->show();
    } else {
        m_currencyNote->hide();
    }
    showConflicts();
}

void ReportsPage::rowsArrived(const QString& id, ReportDataset dataset, const QString& campaign,
                              const QList<StatsRow>& rows)
{
    const ReportFilter f = filter();
    if (!shownIds().contains(id) || dataset != dailyDatasetFor(f) || campaign != f.campaignId)
        return;
    const QHash<QString, SourceInfo> sources =
        describeSources(m_context->networkSetup()->templates(id));
    QMap<QDate, Metrics>& live = m_live[id];
    for (const StatsRow& r : rows) {
        if (dataset == ReportDataset::DailyBySource &&
            sources.value(r.trafficSourceId).networkKey != f.networkKey)
            continue;
        live[r.date].add(r); // a day's first row starts it from zero: the sync replaces days
    }
    // Pages can arrive back to back: redraw the time chart at most a few times a second, and
    // leave the table and the bars to the end of the sync.
    if (!m_liveRedraw->isActive())
        m_liveRedraw->start();
}

void ReportsPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // The totals rows (last, maybe out of view) have the widest numbers: never elide them.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    auto* model = m_table->model();
    for (int row = std::max(0, model->rowCount() - 4); row < model->rowCount(); ++row) {
        if (!model->index(row, 0).data(ReportTableModel::IsTotalRole).toBool())
            continue;
        for (int column = 0; column < model->columnCount(); ++column) {
            const int needed =
                metrics.horizontalAdvance(model->index(row, column).data().toString()) + 16;
            if (m_table->columnWidth(column) < needed)
                m_table->setColumnWidth(column, needed);
        }
    }
}

void ReportsPage::showLiveSeries()
{
    ReportCache* cache = m_context->reports()->cache();
    const QList<ReportSubject> list = subjects();
    if (!cache || list.isEmpty())
        return;
    // Breakdown by integration: the cheapest rows there are; only the series are used.
    ReportView view = buildReport(*cache, list, Breakdown::Integration, filter());
    overlayLiveDays(list, &view);
    m_charts->showTimeSeries(view.daily, overallRange(list));
}

DayRange ReportsPage::overallRange(const QList<ReportSubject>& list)
{
    DayRange overall = list.first().range;
    for (const ReportSubject& s : list) {
        overall.from = std::min(overall.from, s.range.from);
        overall.to = std::max(overall.to, s.range.to);
    }
    return overall;
}

void ReportsPage::overlayLiveDays(const QList<ReportSubject>& list, ReportView* view) const
{
    // Pages of a running sync show before it commits (where one tracker alone has the
    // currency, so that its days can simply be replaced).
    for (const ReportSubject& s : list) {
        const auto live = m_live.constFind(s.integrationId);
        const bool alone = std::count_if(list.begin(), list.end(), [&](const ReportSubject& o) {
                               return o.currency == s.currency;
                           }) == 1;
        if (live == m_live.constEnd() || !alone)
            continue;
        for (auto day = live->begin(); day != live->end(); ++day) {
            if (day.key() >= s.range.from && day.key() <= s.range.to)
                view->daily[s.currency].insert(day.key(), day.value());
        }
    }
}

void ReportsPage::showConflicts()
{
    ReportCache* cache = m_context->reports()->cache();
    if (!cache)
        return;
    QHash<QString, QList<ExternalCampaignVisits>> byIntegration;
    QHash<QString, QString> integrationNames;
    for (const Integration& i : m_context->integrations()->all()) {
        integrationNames.insert(i.id, i.name);
        const DayRange range = rangeFor(i.id);
        const DayRange theirs{range.from,
                              std::min(range.to, m_context->reports()->trackerToday(i.id))};
        const QHash<QString, SourceInfo> sources =
            describeSources(m_context->networkSetup()->templates(i.id));
        QList<ExternalCampaignVisits>& list = byIntegration[i.id];
        for (const StatsRow& r : cache->rangeRows(i.id, RangeDataset::ByExternalCampaign, theirs))
            list.append(
                {sources
                     .value(r.trafficSourceId, {QStringLiteral("source:") + r.trafficSourceId, {}})
                     .networkKey,
                 r.externalCampaignId, r.visits});
    }
    const QList<SharedCampaign> shared = findSharedCampaigns(byIntegration);
    if (shared.isEmpty()) {
        m_conflicts->hide();
        return;
    }
    QString items;
    for (const SharedCampaign& c : shared.mid(0, 10)) {
        const AdNetwork* network = AdNetworkCatalog::builtIn().find(c.networkKey);
        QStringList who;
        for (const QString& id : c.integrationIds)
            who << integrationNames.value(id);
        items += QStringLiteral("<li>%1</li>")
                     .arg(tr("%1 campaign %2: %3")
                              .arg(network ? network->name : tr("Ad network"), c.externalCampaignId,
                                   who.join(QStringLiteral(" + ")))
                              .toHtmlEscaped());
    }
    m_conflicts->setText(
        tr("%n ad-network campaign(s) send clicks to more than one Kintura tracker in "
           "this period. Each of those trackers counts the conversions, so revenue and "
           "conversions are counted twice. Point each campaign at one tracker only.",
           nullptr, int(shared.size()))
            .toHtmlEscaped() +
        QStringLiteral("<ul>%1</ul>").arg(items));
    m_conflicts->show();
}

QString ReportsPage::exportCsv(const QString& path) const
{
    const Breakdown b = Breakdown(m_breakdown->currentData().toInt());
    const QString column = b == Breakdown::Network    ? QStringLiteral("network")
                           : b == Breakdown::Campaign ? QStringLiteral("campaign")
                                                      : QStringLiteral("integration");
    return writeFileAtomically(path, breakdownCsv(m_rows, QString(), column), tr("the report"));
}

QString ReportsPage::exportChart(const QString& path) const
{
    return m_charts->exportCharts(path);
}

void ReportsPage::chooseCsvFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Export the table"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("kintura-report.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const QString error = exportCsv(path);
        m_status->setText(error.isEmpty()
                              ? tr("Saved the table to %1.").arg(QDir::toNativeSeparators(path))
                              : error);
    });
    dialog->open();
}

void ReportsPage::chooseChartFile()
{
    auto* dialog = new QFileDialog(this, tr("Save the chart"), QString(), tr("PNG images (*.png)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(QStringLiteral("kintura-chart.png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const QString error = exportChart(path);
        m_status->setText(error.isEmpty()
                              ? tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path))
                              : error);
    });
    dialog->open();
}

void ReportsPage::syncFinished(const QString& integrationId, const TrackerError& error)
{
    m_live.remove(integrationId); // committed, or rolled back: the cache says which
    m_cancel->setEnabled(m_context->reports()->isSyncing());
    if (!shownIds().contains(integrationId)) {
        showConflicts(); // another tracker's campaigns arrived
        return;
    }
    const bool more = m_context->reports()->isSyncing();
    m_refresh->setEnabled(!more);
    m_progress->setVisible(more);
    showFromCache();
    const QLocale locale;
    const QString name = m_context->integrations()->find(integrationId)
                             ? m_context->integrations()->find(integrationId)->name
                             : QString();
    if (error.isOk()) {
        m_status->setText(
            tr("Up to date: %1 synced at %2.")
                .arg(name, locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
        return;
    }
    const QDateTime last = m_context->reports()->lastSyncedAt(integrationId);
    const QString when = locale.toString(last, QLocale::ShortFormat);
    const bool cancelled = error.kind() == TrackerError::Kind::Cancelled;
    if (!last.isValid())
        m_status->setText(cancelled ? tr("Sync cancelled: nothing of %1 is kept on this computer "
                                         "yet.")
                                          .arg(name)
                                    : tr("Offline: nothing of %1 is kept on this computer yet. %2")
                                          .arg(name, error.message()));
    else if (cancelled)
        m_status->setText(
            tr("Sync cancelled: showing the data kept on this computer (last synced at %1).")
                .arg(when));
    else
        m_status->setText(
            tr("Offline: showing the data of %1 kept on this computer, last synced at %2. %3")
                .arg(name, when, error.message()));
}

} // namespace kd::ui
