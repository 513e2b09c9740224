#include "ReportsPage.h"

#include "ConflictWarning.h"
#include "IntegrationCombo.h"
#include "PageTitle.h"
#include "RangeSelector.h"
#include "ReportCharts.h"
#include "ReportExportActions.h"
#include "ReportFilters.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "SyncStatusLine.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/IntegrationList.h"
#include "reports/ReportService.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace kd::ui {

namespace {
constexpr int kTopRows = 8;

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
    , m_range(new RangeSelector(
          [this] { return m_context->reports()->trackerToday(shownIds().value(0)); }, this))
    , m_filters(new ReportFilters(this))
    , m_currencyNote(new QLabel(this))
    , m_conflicts(new ConflictWarning(context, this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("Cance&l"), this))
    , m_status(new SyncStatusLine(this))
    , m_charts(new ReportCharts(this))
    , m_model(new ReportTableModel(this))
    , m_table(new ReportTableView(m_model, this))
    , m_liveRedraw(new QTimer(this))
{
    m_liveRedraw->setSingleShot(true);
    m_liveRedraw->setInterval(100);
    connect(m_liveRedraw, &QTimer::timeout, this, &ReportsPage::showLiveSeries);
    m_integration->setObjectName(QStringLiteral("reportIntegrationCombo"));
    m_integration->setAccessibleName(tr("Integration"));

    m_currencyNote->setObjectName(QStringLiteral("currencyNote"));
    m_currencyNote->setWordWrap(true);
    m_currencyNote->setFrameShape(QFrame::StyledPanel);
    m_currencyNote->setMargin(8);
    m_currencyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currencyNote->hide();
    m_refresh->setObjectName(QStringLiteral("refreshReportButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setEnabled(false);

    auto* header = new QHBoxLayout;
    header->addWidget(makePageTitle(tr("Reports"), this), 1);
    header->addWidget(buddyLabel(tr("&Integration:"), m_integration, this));
    header->addWidget(m_integration);
    header->addWidget(buddyLabel(tr("R&ange:"), m_range->combo(), this));
    header->addWidget(m_range->combo());
    header->addWidget(m_refresh);
    header->addWidget(m_cancel);

    m_exports = new ReportExportActions(
        m_charts, m_status, [this] { return m_filters->breakdown(); }, this);
    m_filters->addToRow(m_exports->csvButton());
    m_filters->addToRow(m_exports->chartButton());

    auto* splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(m_charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 300}); // relative weights until the user moves it
    m_loading = new QLabel(tr("Loading…"), this);
    m_loading->setObjectName(QStringLiteral("reportLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    setLoading(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_range);
    layout->addWidget(m_filters);
    layout->addWidget(m_status);
    layout->addWidget(m_currencyNote);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_loading, 1);
    layout->addWidget(splitter, 1);

    ReportService* reports = context->reports();
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_cancel, &QPushButton::clicked, reports, &ReportService::cancel);
    connect(m_range, &RangeSelector::rangeChanged, this, &ReportsPage::refresh);
    connect(m_filters, &ReportFilters::breakdownChanged, this, &ReportsPage::showFromCache);
    connect(m_filters, &ReportFilters::networkChanged, this, &ReportsPage::showFromCache);
    // A campaign filter needs that campaign's days: a sync (mostly a few pages).
    connect(m_filters, &ReportFilters::campaignChanged, this, &ReportsPage::refresh);
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
        m_status->started();
    });
    connect(reports, &ReportService::syncProgress, this,
            [this](const QString& id, int done, int total, int secondsLeft) {
                if (!shownIds().contains(id))
                    return;
                m_status->progress(nameOf(id), done, total, secondsLeft);
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
    connect(reports, &ReportService::syncNotice, this,
            [this](const QString& id, const QString& sentence) {
                if (shownIds().contains(id))
                    m_status->setNotice(sentence);
            });
    restoreState(splitter);
    integrationsChanged();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::restoreState(QSplitter* splitter)
{
    // The last range, breakdown and splitter positions come back as they were left.
    Preferences* prefs = m_context->preferences();
    m_range->restore(*prefs);
    m_filters->restoreBreakdown(prefs->uiState(QStringLiteral("reports/breakdown")));
    splitter->restoreState(prefs->uiState(QStringLiteral("reports/splitter")).toByteArray());
    m_charts->restoreSplitter(
        prefs->uiState(QStringLiteral("reports/chartSplitter")).toByteArray());
    auto remember = [this, prefs, splitter] {
        m_range->remember(prefs);
        prefs->setUiState(QStringLiteral("reports/breakdown"), m_filters->breakdownData());
        prefs->setUiState(QStringLiteral("reports/splitter"), splitter->saveState());
        prefs->setUiState(QStringLiteral("reports/chartSplitter"), m_charts->splitterState());
    };
    connect(m_range->combo(), &QComboBox::currentIndexChanged, this, remember);
    connect(m_range, &RangeSelector::rangeChanged, this, remember);
    connect(m_filters, &ReportFilters::breakdownChanged, this, remember);
    connect(splitter, &QSplitter::splitterMoved, this, remember);
    connect(m_charts, &ReportCharts::splitterMoved, this, remember);
}

QTableView* ReportsPage::table() const
{
    return m_table;
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

DayRange ReportsPage::rangeFor(const QString& integrationId) const
{
    // Presets follow each tracker's own calendar: "today" is the tracker's today.
    return m_range->rangeOn(m_context->reports()->trackerToday(integrationId));
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
    return m_filters->filter(!allIntegrations());
}

Breakdown ReportsPage::breakdown() const
{
    return m_filters->breakdown();
}

void ReportsPage::integrationsChanged()
{
    const QString keep =
        refillIntegrationCombo(m_integration, *m_context->integrations(), tr("All integrations"));
    // With nothing connected there is nothing to chart: an empty chart of 1970 says less than
    // the sentence that says what to do.
    const bool none = m_integration->count() == 0;
    if (none)
        setLoading(false); // nothing to load: the sentence below says what to do
    m_charts->setVisible(!none);
    m_table->setVisible(!none);
    if (none) {
        m_status->showMessage(tr("Connect a Kintura tracker first (Integrations page, Add…)."));
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
        m_firstFillPending = true;
    }
}

void ReportsPage::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (m_firstFillPending && !m_firstFillQueued) {
        m_firstFillQueued = true;
        // Queued, it runs once this frame is on screen: the page shows at once, saying it is
        // loading, and reading the cache and drawing the charts come in the next frame.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_firstFillQueued = false;
                if (m_firstFillPending) // not refreshed meanwhile (an integration added, say)
                    refresh();
            },
            Qt::QueuedConnection);
    }
}

void ReportsPage::setLoading(bool loading)
{
    if (loading == m_isLoading)
        return;
    m_isLoading = loading;
    // Until the first read of the cache the charts are neither made nor painted, and nothing
    // offers to filter or export what is not there yet.
    if (!loading)
        m_charts->ensureCharts();
    m_loading->setVisible(loading); // first: showing the splitter lays the page out again
    m_splitter->setVisible(!loading);
    m_filters->setLoading(loading);
    m_exports->csvButton()->setEnabled(!loading);
    m_exports->chartButton()->setEnabled(!loading);
}

void ReportsPage::refresh()
{
    m_firstFillPending = false;
    setLoading(false); // even with nothing to show yet: the custom range row says why
    const QStringList ids = shownIds();
    if (ids.isEmpty())
        return;
    if (!m_range->problem().isEmpty())
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

void ReportsPage::showFromCache()
{
    setLoading(false);
    ReportCache* cache = m_context->reports()->cache();
    const QList<ReportSubject> list = subjects();
    if (!cache || list.isEmpty()) {
        if (!m_context->reports()->openError().isEmpty())
            m_status->showMessage(m_context->reports()->openError());
        return;
    }
    m_filters->refill(list, cache);
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
    QList<NamedMetrics> csvRows;
    for (const BreakdownRow& r : std::as_const(view.rows)) {
        rows.append({r.name, r.metrics, r.currency});
        csvRows.append({r.name, r.metrics, r.currency});
    }
    m_exports->setRows(std::move(csvRows));
    const QString nameHeader = b == Breakdown::Network    ? tr("Ad network")
                               : b == Breakdown::Campaign ? tr("Campaign")
                                                          : tr("Integration");
    m_model->setRows(rows, nameHeader);
    m_table->fitColumns();
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
            describeSource(sources, r.trafficSourceId).networkKey != f.networkKey)
            continue;
        live[r.date].add(r); // a day's first row starts it from zero: the sync replaces days
    }
    // Pages can arrive back to back: redraw the time chart at most a few times a second, and
    // leave the table and the bars to the end of the sync.
    if (!m_liveRedraw->isActive())
        m_liveRedraw->start();
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
    m_conflicts->update([this](const QString& id) { return rangeFor(id); });
}

QString ReportsPage::exportCsv(const QString& path) const
{
    return m_exports->exportCsv(path);
}

QString ReportsPage::exportChart(const QString& path) const
{
    return m_exports->exportChart(path);
}

void ReportsPage::chooseCsvFile()
{
    m_exports->chooseCsvFile();
}

void ReportsPage::chooseChartFile()
{
    m_exports->chooseChartFile();
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
    showFromCache();
    m_status->finished(nameOf(integrationId), error,
                       m_context->reports()->lastSyncedAt(integrationId), more);
}

QString ReportsPage::nameOf(const QString& integrationId) const
{
    const auto integration = m_context->integrations()->find(integrationId);
    return integration ? integration->name : QString();
}

} // namespace kd::ui
