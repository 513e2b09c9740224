#include "ReportSync.h"

#include "tracker/TrackerApi.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <functional>

#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "kintura.sync", QtWarningMsg)

namespace kd {

namespace {
constexpr int kPageSize = 50;

int estimatePages(ReportDataset dataset, const DayRange& range, int sourcesSeen)
{
    const int rowsPerDay = dataset == ReportDataset::DailyTotals ? 1 : std::max(1, sourcesSeen);
    return std::max(1, (range.days() * rowsPerDay + kPageSize - 1) / kPageSize);
}
} // namespace

ReportSync::ReportSync(TrackerApi* client, ReportCache* cache, Request request, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_request(std::move(request))
{
}

ReportSync::~ReportSync()
{
    if (m_running && m_call)
        m_call->cancel();
}

void ReportSync::start()
{
    m_startedAt = m_request.nowUtc.isValid() ? m_request.nowUtc : QDateTime::currentDateTimeUtc();
    // Sources seen recently tell how many rows a day of the by-source aggregate takes.
    // So do the campaigns already known (each belongs to one source); a first sync knows
    // neither, and learns the real count from the first page (see next()).
    const QList<StatsRow> recent =
        m_cache->rows(m_request.integrationId, ReportDataset::DailyBySource,
                      m_request.trackerToday.addDays(-30), m_request.trackerToday);
    QSet<QString> seen;
    for (const StatsRow& r : recent)
        seen.insert(r.trafficSourceId);
    const QList<Campaign> knownCampaigns = m_cache->campaigns(m_request.integrationId);
    QSet<QString> campaignSources;
    for (const Campaign& c : knownCampaigns)
        campaignSources.insert(c.trafficSourceId);
    const int sources = std::max({1, int(seen.size()), int(campaignSources.size())});
    // A whole-range aggregate has a row per campaign (and source) with traffic: at most the
    // campaigns known.
    const int rangePages = std::max(1, int((knownCampaigns.size() + kPageSize - 1) / kPageSize));

    for (ReportDataset dataset : m_request.datasets) {
        const auto cached = m_cache->cachedDays(m_request.integrationId, dataset, m_request.from,
                                                m_request.to, m_request.campaignFilter);
        const auto plan = planSync(m_request.from, m_request.to, m_request.trackerToday,
                                   m_startedAt, cached, m_request.policy);
        for (const DayRange& range : plan)
            m_steps.append({Step::Kind::Daily,
                            dataset,
                            {},
                            range,
                            estimatePages(dataset, range, sources),
                            {}});
    }
    const DayRange whole{m_request.from, std::min(m_request.to, m_request.trackerToday)};
    for (RangeDataset dataset : m_request.rangeDatasets) {
        if (whole.from <= whole.to &&
            rangeNeedsFetch(m_cache->cachedRange(m_request.integrationId, dataset, whole), whole,
                            m_request.trackerToday, m_startedAt, m_request.policy))
            m_steps.append({Step::Kind::Range, {}, dataset, whole, rangePages, {}});
    }
    if (m_request.campaignNames) {
        const QDateTime fetched = m_cache->campaignsFetchedAt(m_request.integrationId);
        if (!fetched.isValid() || fetched.secsTo(m_startedAt) >= 24 * 3600)
            m_steps.append({Step::Kind::Campaigns, {}, {}, {}, 1, {}});
    }
    qCInfo(lcSync) << "sync" << m_request.integrationId << m_steps.size() << "ranges";
    if (m_steps.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished({}); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    reportProgress(m_steps.first().expectedPages);
    next();
}

void ReportSync::reportProgress(int currentStepRemaining)
{
    int left = currentStepRemaining;
    for (int i = m_stepIndex + 1; i < m_steps.size(); ++i)
        left += m_steps[i].expectedPages;
    const double rate = m_request.requestsPerSecond > 0 ? m_request.requestsPerSecond : 1.0;
    Q_EMIT progress(m_requestsDone, m_requestsDone + left, int(std::ceil(left / rate)));
}

void ReportSync::next()
{
    if (m_stepIndex >= m_steps.size())
        return storeAll();
    const Step& step = m_steps[m_stepIndex];
    const int pagesBefore = m_requestsDone;
    TrackerCall* call = nullptr;
    if (step.kind == Step::Kind::Campaigns) {
        auto* campaigns = m_client->fetchCampaigns();
        call = campaigns;
        connect(campaigns, &TrackerCall::finished, this, [this, campaigns] {
            if (!m_running)
                return;
            if (!campaigns->error().isOk())
                return fail(campaigns->error());
            m_campaigns = campaigns->value();
            if (!campaigns->skipped().isEmpty())
                Q_EMIT notice(skippedSentence(campaigns->skipped(), campaigns->recordsSeen(),
                                              //: Fills "%1 of %2 %3 could not be read".
                                              tr("campaigns")));
            ++m_stepIndex;
            next();
        });
    } else {
        const StatsGroups groups =
            step.kind == Step::Kind::Daily ? groupsOf(step.daily) : groupsOf(step.ranged);
        const QString campaign =
            step.kind == Step::Kind::Daily ? m_request.campaignFilter : QString();
        auto* stats = m_client->fetchStats({step.range.from, step.range.to, groups, campaign, {}});
        call = stats;
        connect(stats, &TrackerCall::pageReceived, this, [this, stats] {
            const Step& s = m_steps[m_stepIndex];
            if (s.kind == Step::Kind::Daily)
                Q_EMIT rowsArrived(s.daily, m_request.campaignFilter, stats->lastPage());
        });
        connect(stats, &TrackerCall::finished, this, [this, stats] {
            if (!m_running)
                return;
            if (!stats->error().isOk())
                return fail(stats->error());
            m_steps[m_stepIndex].rows = stats->value();
            ++m_stepIndex;
            next();
        });
    }
    m_call = call;
    connect(call, &TrackerCall::progress, this, [this, pagesBefore](int done, int total) {
        // The first page tells the step's real size: the estimate gives way to it, and so do
        // the estimates of the later steps of the same dataset (other stretches of days).
        Step& step = m_steps[m_stepIndex];
        if (done == 1 && step.kind == Step::Kind::Daily && total > step.expectedPages) {
            const double pagesPerDay = double(total) / std::max(1, step.range.days());
            for (int i = m_stepIndex + 1; i < m_steps.size(); ++i) {
                Step& later = m_steps[i];
                if (later.kind == Step::Kind::Daily && later.daily == step.daily)
                    later.expectedPages = std::max(
                        later.expectedPages, int(std::ceil(pagesPerDay * later.range.days())));
            }
        }
        step.expectedPages = std::max(total, done);
        m_requestsDone = pagesBefore + done;
        reportProgress(std::max(0, total - done));
    });
    connect(call, &TrackerCall::restarted, this,
            [this, pagesBefore] { m_requestsDone = pagesBefore; });
}

void ReportSync::storeAll()
{
    const auto storageError = [this] {
        return TrackerError(TrackerError::Kind::LocalStorage, m_client->trackerUrl().authority(),
                            m_cache->lastError());
    };
    if (!m_cache->begin())
        return fail(storageError());
    for (const Step& step : std::as_const(m_steps)) {
        bool stored = true;
        switch (step.kind) {
        case Step::Kind::Daily:
            stored = m_cache->storeRange(m_request.integrationId, step.daily, step.range, step.rows,
                                         stamp(), m_request.campaignFilter);
            break;
        case Step::Kind::Range:
            stored = m_cache->storeRangeAggregate(m_request.integrationId, step.ranged, step.range,
                                                  step.rows, stamp());
            break;
        case Step::Kind::Campaigns:
            stored = m_cache->storeCampaigns(m_request.integrationId, m_campaigns, m_startedAt);
            break;
        }
        if (!stored) {
            const TrackerError error = storageError();
            m_cache->rollback();
            return fail(error);
        }
    }
    if (!m_cache->commit()) {
        const TrackerError error = storageError();
        m_cache->rollback();
        return fail(error);
    }
    m_running = false;
    Q_EMIT finished({});
}

void ReportSync::fail(const TrackerError& error)
{
    m_running = false; // nothing was written: the cache stays exactly as it was
    qCInfo(lcSync) << "sync failed:" << TrackerError::kindName(error.kind());
    Q_EMIT finished(error);
}

void ReportSync::cancel()
{
    if (!m_running)
        return;
    if (m_call)
        m_call->cancel(); // its finished() handler fails the sync: nothing is written
    else
        fail(TrackerError(TrackerError::Kind::Cancelled, {}));
}

} // namespace kd
