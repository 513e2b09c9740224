#include "ReportsPage.h"

#include "IntegrationCombo.h"
#include "PageTitle.h"
#include "ReportTableModel.h"
#include "adnetworks/AdNetworkCatalog.h"
#include "adnetworks/NetworkSetupService.h"
#include "context/AppContext.h"
#include "integrations/IntegrationList.h"
#include "reports/RangePresets.h"
#include "reports/ReportService.h"
#include "reports/SharedCampaigns.h"
#include "storage/SafeFile.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace kd::ui {

namespace {
// Sorting by any column keeps the totals row last.
class TotalsLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool leftTotal = left.data(ReportTableModel::IsTotalRole).toBool();
        const bool rightTotal = right.data(ReportTableModel::IsTotalRole).toBool();
        if (leftTotal || rightTotal)
            return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};
} // namespace

ReportsPage::ReportsPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_integration(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_breakdown(new QComboBox(this))
    , m_conflicts(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("Cance&l"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_conversions(new QLineSeries(m_chart))
    , m_revenue(new QLineSeries(m_chart))
    , m_dates(new QDateTimeAxis(m_chart))
    , m_conversionAxis(new QValueAxis(m_chart))
    , m_revenueAxis(new QValueAxis(m_chart))
    , m_model(new ReportTableModel(this))
    , m_table(new QTableView(this))
{
    m_integration->setObjectName(QStringLiteral("reportIntegrationCombo"));
    m_integration->setAccessibleName(tr("Integration"));
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Date range"));
    for (RangePreset p : allPresets())
        m_range->addItem(presetName(p), int(p));
    m_range->setCurrentIndex(allPresets().indexOf(RangePreset::Last30));
    m_breakdown->setObjectName(QStringLiteral("breakdownCombo"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->addItem(tr("By ad network"));
    m_breakdown->addItem(tr("By campaign"));
    m_conflicts->setObjectName(QStringLiteral("conflictWarning"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setFrameShape(QFrame::StyledPanel);
    m_conflicts->setMargin(8);
    m_conflicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflicts->hide();
    m_refresh->setObjectName(QStringLiteral("refreshReportButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);

    auto* integrationLabel = new QLabel(tr("&Integration:"), this);
    integrationLabel->setBuddy(m_integration);
    auto* rangeLabel = new QLabel(tr("R&ange:"), this);
    rangeLabel->setBuddy(m_range);
    auto* header = new QHBoxLayout;
    header->addWidget(makePageTitle(tr("Reports"), this), 1);
    header->addWidget(integrationLabel);
    header->addWidget(m_integration);
    header->addWidget(rangeLabel);
    header->addWidget(m_range);
    header->addWidget(m_refresh);
    header->addWidget(m_cancel);
    auto* exportCsvButton = new QPushButton(tr("Export &CSV…"), this);
    exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    auto* exportChartButton = new QPushButton(tr("Save c&hart…"), this);
    exportChartButton->setObjectName(QStringLiteral("exportChartButton"));
    connect(exportCsvButton, &QPushButton::clicked, this, &ReportsPage::chooseCsvFile);
    connect(exportChartButton, &QPushButton::clicked, this, &ReportsPage::chooseChartFile);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_breakdown);
    statusRow->addWidget(exportCsvButton);
    statusRow->addWidget(exportChartButton);

    // One chart, reused: series are refilled with replace(), never appended point by point
    // (append() on an attached series is quadratic in Qt Charts 6.4).
    m_conversions->setName(tr("Conversions"));
    m_revenue->setName(tr("Revenue"));
    m_chart->addSeries(m_conversions);
    m_chart->addSeries(m_revenue);
    m_dates->setFormat(QStringLiteral("MMM d"));
    m_chart->addAxis(m_dates, Qt::AlignBottom);
    m_chart->addAxis(m_conversionAxis, Qt::AlignLeft);
    m_chart->addAxis(m_revenueAxis, Qt::AlignRight);
    m_conversions->attachAxis(m_dates);
    m_conversions->attachAxis(m_conversionAxis);
    m_revenue->attachAxis(m_dates);
    m_revenue->attachAxis(m_revenueAxis);
    m_conversionAxis->setTitleText(tr("Conversions"));
    m_conversionAxis->setLabelFormat(QStringLiteral("%d"));
    m_revenueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setAccessibleName(tr("Conversions and revenue by day"));
    m_chartView->setMinimumHeight(220);

    auto* proxy = new TotalsLastProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ReportTableModel::SortRole);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Breakdown by ad network"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportTableModel::Revenue, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(statusRow);
    layout->addWidget(m_conflicts);
    layout->addWidget(splitter, 1);

    ReportService* reports = context->reports();
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_cancel, &QPushButton::clicked, reports, &ReportService::cancel);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ReportsPage::showFromCache);
    connect(m_integration, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(context->integrations(), &IntegrationList::added, this,
            &ReportsPage::integrationsChanged);
    connect(context->integrations(), &IntegrationList::removed, this,
            &ReportsPage::integrationsChanged);
    connect(context->integrations(), &IntegrationList::changed, this,
            &ReportsPage::integrationsChanged);
    connect(reports, &ReportService::syncStarted, this, [this](const QString& id) {
        m_cancel->setEnabled(true);
        if (id != integrationId())
            return; // another tracker's campaigns for the double-counting check, in the background
        m_refresh->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->show();
        m_status->setText(tr("Asking the tracker for what is missing or may have changed…"));
    });
    connect(reports, &ReportService::syncProgress, this,
            [this](const QString& id, int done, int total, int secondsLeft) {
                if (id != integrationId())
                    return;
                m_progress->setRange(0, std::max(1, total));
                m_progress->setValue(done);
                m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
                m_status->setText(
                    tr("Syncing: request %1 of %2, about %n second(s) left at the tracker's rate.",
                       nullptr, secondsLeft)
                        .arg(done)
                        .arg(total));
            });
    connect(reports, &ReportService::syncFinished, this, &ReportsPage::syncFinished);
    integrationsChanged();
}

ReportsPage::~ReportsPage() = default;

QString ReportsPage::integrationId() const
{
    return m_integration->currentData().toString();
}

void ReportsPage::integrationsChanged()
{
    const QString keep = refillIntegrationCombo(m_integration, *m_context->integrations());
    if (m_integration->count() == 0) {
        m_status->setText(tr("Connect a Kintura tracker first (Integrations page, Add…)."));
        m_model->setRows({}, {});
    } else if (integrationId() != keep && isVisible()) {
        refresh();
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

void ReportsPage::refresh()
{
    const QString id = integrationId();
    if (id.isEmpty())
        return;
    showFromCache(); // at once, from what is here
    ReportService* reports = m_context->reports();
    const RangePreset preset = RangePreset(m_range->currentData().toInt());
    const DayRange range = presetRange(preset, reports->trackerToday(id));
    reports->sync(id, range.from, range.to);
    // The one-tracker-per-campaign check needs every integration's campaigns of the period,
    // and the templates that tell which ad network each traffic source is.
    for (const Integration& other : m_context->integrations()->all()) {
        if (!m_context->networkSetup()->hasTemplates(other.id))
            m_context->networkSetup()->refresh(other.id);
        if (other.id != id) {
            const DayRange theirs = presetRange(preset, reports->trackerToday(other.id));
            reports->syncExternalCampaigns(other.id, theirs.from, theirs.to);
        }
    }
}

void ReportsPage::showFromCache()
{
    const QString id = integrationId();
    ReportCache* cache = m_context->reports()->cache();
    const auto integration = m_context->integrations()->find(id);
    if (!cache || !integration) {
        if (!m_context->reports()->openError().isEmpty())
            m_status->setText(m_context->reports()->openError());
        return;
    }
    const DayRange range = presetRange(RangePreset(m_range->currentData().toInt()),
                                       m_context->reports()->trackerToday(id));

    // The time chart.
    // A day the tracker was asked about and reported nothing for is a zero, not a gap; a day
    // never fetched stays a gap.
    QHash<QDate, StatsRow> byDay;
    for (const StatsRow& d : cache->rows(id, ReportDataset::DailyTotals, range.from, range.to))
        byDay.insert(d.date, d);
    const auto fetched = cache->cachedDays(id, ReportDataset::DailyTotals, range.from, range.to);
    QList<QPointF> conversions;
    QList<QPointF> revenue;
    conversions.reserve(fetched.size());
    revenue.reserve(fetched.size());
    double maxConversions = 1;
    double maxRevenue = 1;
    for (auto it = fetched.begin(); it != fetched.end(); ++it) {
        const StatsRow d = byDay.value(it.key());
        const double x = double(it.key().startOfDay().toMSecsSinceEpoch());
        conversions.append({x, double(d.conversions)});
        revenue.append({x, double(d.revenue) / double(kMoneyUnit)});
        maxConversions = std::max(maxConversions, double(d.conversions));
        maxRevenue = std::max(maxRevenue, double(d.revenue) / double(kMoneyUnit));
    }
    m_conversions->replace(conversions);
    m_revenue->replace(revenue);
    m_dates->setRange(range.from.startOfDay(),
                      std::max(range.to, range.from.addDays(1)).startOfDay());
    m_dates->setTickCount(std::min(8, std::max(2, range.days())));
    m_conversionAxis->setRange(0, maxConversions * 1.1);
    m_revenueAxis->setRange(0, maxRevenue * 1.1);
    m_revenueAxis->setTitleText(tr("Revenue (%1)").arg(integration->currency));

    showBreakdown(id, range);
    showConflicts(range);
}

QString ReportsPage::networkKeyOf(const QString& integrationId,
                                  const QString& trafficSourceId) const
{
    for (const TrackingTemplate& t : m_context->networkSetup()->templates(integrationId)) {
        if (t.id == trafficSourceId) {
            if (const AdNetwork* n = AdNetworkCatalog::builtIn().findByPreset(t.preset))
                return n->key;
        }
    }
    return QStringLiteral("source:") + trafficSourceId;
}

void ReportsPage::showBreakdown(const QString& id, const DayRange& range)
{
    ReportCache* cache = m_context->reports()->cache();
    const auto integration = m_context->integrations()->find(id);
    QHash<QString, QString> sourceNames;
    for (const TrackingTemplate& t : m_context->networkSetup()->templates(id))
        sourceNames.insert(t.id, t.title);
    QHash<QString, Metrics> groups;
    QHash<QString, QString> names;
    if (m_breakdown->currentIndex() == 0) {
        for (const StatsRow& r :
             cache->rows(id, ReportDataset::DailyBySource, range.from, range.to)) {
            groups[r.trafficSourceId].add(r);
            names.insert(r.trafficSourceId,
                         sourceNames.value(r.trafficSourceId,
                                           tr("Traffic source %1").arg(r.trafficSourceId)));
        }
    } else {
        QHash<QString, QString> campaignNames;
        for (const Campaign& c : cache->campaigns(id))
            campaignNames.insert(c.id, c.title);
        const DayRange whole{range.from,
                             std::min(range.to, m_context->reports()->trackerToday(id))};
        for (const StatsRow& r : cache->rangeRows(id, RangeDataset::ByCampaign, whole)) {
            groups[r.campaignId].add(r);
            names.insert(r.campaignId,
                         campaignNames.value(r.campaignId, tr("Campaign %1").arg(r.campaignId)));
        }
    }
    QList<ReportTableModel::Row> rows;
    m_rows.clear();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        rows.append({names.value(it.key()), it.value()});
        m_rows.append({names.value(it.key()), it.value()});
    }
    m_currency = integration ? integration->currency : QString();
    m_model->setRows(rows, m_currency);
}

void ReportsPage::showConflicts(const DayRange& range)
{
    ReportCache* cache = m_context->reports()->cache();
    QHash<QString, QList<ExternalCampaignVisits>> byIntegration;
    QHash<QString, QString> integrationNames;
    for (const Integration& i : m_context->integrations()->all()) {
        integrationNames.insert(i.id, i.name);
        const QDate today = m_context->reports()->trackerToday(i.id);
        const DayRange theirs{range.from, std::min(range.to, today)};
        QList<ExternalCampaignVisits>& list = byIntegration[i.id];
        for (const StatsRow& r : cache->rangeRows(i.id, RangeDataset::ByExternalCampaign, theirs))
            list.append({networkKeyOf(i.id, r.trafficSourceId), r.externalCampaignId, r.visits});
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
    return writeFileAtomically(path, breakdownCsv(m_rows, m_currency), tr("the report"));
}

QString ReportsPage::exportChart(const QString& path) const
{
    const QImage image = m_chartView->grab().toImage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return tr("The chart could not be turned into a picture.");
    return writeFileAtomically(path, png, tr("the chart"));
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
    m_cancel->setEnabled(m_context->reports()->isSyncing());
    m_refresh->setEnabled(true);
    m_progress->hide();
    if (integrationId != this->integrationId()) {
        const DayRange range =
            presetRange(RangePreset(m_range->currentData().toInt()),
                        m_context->reports()->trackerToday(this->integrationId()));
        showConflicts(range); // another tracker's campaigns arrived
        return;
    }
    showFromCache();
    const QLocale locale;
    if (error.isOk()) {
        m_status->setText(tr("Up to date: synced at %1.")
                              .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
        return;
    }
    const QDateTime last = m_context->reports()->lastSyncedAt(integrationId);
    const QString when =
        last.isValid() ? locale.toString(last, QLocale::ShortFormat) : tr("an earlier session");
    if (error.kind() == TrackerError::Kind::Cancelled)
        m_status->setText(
            tr("Sync cancelled: showing the data kept on this computer (last synced at %1).")
                .arg(when));
    else
        m_status->setText(
            tr("Offline: showing the data kept on this computer, last synced at %1. %2")
                .arg(when, error.message()));
}

} // namespace kd::ui
