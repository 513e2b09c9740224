#pragma once

#include "ReportCache.h"
#include "tracker/TrackerError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace kd {

class TrackerApi;
class TrackerCall;

// Brings the cache up to date for one integration and a date range: plans what is missing or
// open, fetches it page by page through the (paced) client, and writes it all in one short
// transaction once every request has succeeded, so that a failed or cancelled sync leaves the
// cache exactly as it was, and another writer (a `report` from cron, the window) waits
// milliseconds for the cache, never the minutes a sync takes at one request a second. Reports
// progress it can estimate honestly: requests done and known to come, at the tracker's rate.
class ReportSync : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString integrationId;
        QDate from;
        QDate to;
        QDate trackerToday; // "today" in the tracker's time zone
        // The tracker's time of day now: a day on its last open day settles at policy's
        // settleHour. Invalid: counted as midnight, so nothing settles early.
        QTime trackerTime;
        SyncPolicy policy;
        QList<ReportDataset> datasets{ReportDataset::DailyTotals, ReportDataset::DailyBySource};
        // The daily datasets restricted to one campaign (a filtered view); empty: all.
        QString campaignFilter;
        // Whole-range aggregates for [from, to] (breakdowns by campaign, by the ad network's
        // campaign), and the campaigns' names when missing or a day old.
        QList<RangeDataset> rangeDatasets;
        bool campaignNames = false;
        double requestsPerSecond = 1.0;
        QDateTime nowUtc; // the clock the plan and the cache's "fetched at" use; empty: now

        // trackerToday, trackerTime and nowUtc from one moment on the tracker's clock.
        void setClock(const QDateTime& trackerNow)
        {
            trackerToday = trackerNow.date();
            trackerTime = trackerNow.time();
            nowUtc = trackerNow.toUTC();
        }
    };

    ReportSync(TrackerApi* client, ReportCache* cache, Request request, QObject* parent = nullptr);
    ~ReportSync() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Requests made so far (pages, not counting retries).
    int requestsDone() const { return m_requestsDone; }

Q_SIGNALS:
    // done and total are requests; secondsLeft is an estimate from the tracker's rate.
    void progress(int done, int total, int secondsLeft);
    // Rows of one page as they arrive (for charts that fill while syncing).
    void rowsArrived(kd::ReportDataset dataset, const QString& campaignFilter,
                     const QList<kd::StatsRow>& rows);
    // Something the user should know that did not stop the sync (one sentence), e.g. campaign
    // records the tracker sent that could not be read and were left out.
    void notice(const QString& sentence);
    // error.isOk() on success; the cache holds the new data only then.
    void finished(const kd::TrackerError& error);

private:
    FetchStamp stamp() const
    {
        return {m_startedAt, m_request.trackerToday, m_request.trackerTime, m_request.policy};
    }
    struct Step
    {
        enum class Kind { Daily, Range, Campaigns } kind;
        ReportDataset daily;
        RangeDataset ranged;
        DayRange range;
        int expectedPages;
        QList<StatsRow> rows; // fetched, not yet written
    };
    void next();
    void storeAll();
    void fail(const TrackerError& error);
    void reportProgress(int currentStepRemaining);

    TrackerApi* m_client;
    ReportCache* m_cache;
    Request m_request;
    QList<Step> m_steps;
    int m_stepIndex = 0;
    int m_requestsDone = 0;
    QPointer<TrackerCall> m_call;
    bool m_running = false;
    QDateTime m_startedAt;
    QList<Campaign> m_campaigns; // fetched, not yet written
};

} // namespace kd
