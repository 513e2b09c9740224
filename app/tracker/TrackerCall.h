#pragma once

#include "TrackerError.h"

#include <QList>
#include <QObject>

namespace kd {

// A record of a list that the tracker sent but that could not be read. It is skipped so that
// the rest of the list still serves, and said where the list is shown.
struct SkippedRecord
{
    QString id;        // the record's id when it could be read, else empty
    int position = 0;  // 1-based, within the whole list
    QString field;     // the field that was wrong, e.g. "cost_value"
    QString problem;   // e.g. "is not an amount of money" (English: logs and the probe)
    QString valueText; // the value as sent, shortened (for the user; never for the probe)
};

// One sentence for the user: "1 of 73 campaigns could not be read: id 512, cost_value "abc"."
// `what` is the kind of record in the plural, already translated (e.g. "campaigns").
QString skippedSentence(const QList<SkippedRecord>& skipped, int total, const QString& what);

// One asynchronous request to a tracker, possibly spanning several pages. It emits
// finished() exactly once (also after cancel()), then deletes itself on the next event-loop
// turn: read the result inside the finished() handler, keep a QPointer if you keep the call.
class TrackerCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    const TrackerError& error() const { return m_error; }
    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesTotal; }
    // Records left out because they could not be read (lists only), and how many the tracker
    // sent in all, counting them.
    const QList<SkippedRecord>& skipped() const { return m_skipped; }
    int recordsSeen() const { return m_recordsSeen; }

    // Stops the call: the network request is aborted, finished() follows with Cancelled.
    void cancel();

Q_SIGNALS:
    // pagesTotal is 0 while unknown (before the first page arrives).
    void progress(int pagesDone, int pagesTotal);
    // A page of rows arrived (paged calls only); PagedCall::lastPage() holds it.
    void pageReceived();
    // Rows already delivered by pageReceived() are void: the tracker's data moved, the call
    // starts over from page one.
    void restarted();
    void finished();

protected:
    // For the implementation: report the outcome once.
    void finish(const TrackerError& error);
    void setProgress(int done, int total);
    virtual void abortWork() {}
    QList<SkippedRecord> m_skipped;
    int m_recordsSeen = 0;

private:
    bool m_finished = false;
    TrackerError m_error;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
};

// A call whose successful result is one value.
template <typename T> class TrackerResult : public TrackerCall
{
public:
    using TrackerCall::TrackerCall;
    const T& value() const { return m_value; }

protected:
    T m_value{};
};

// A paged index call: value() accumulates every row unless accumulation is turned off
// (large stats streams are consumed page by page through lastPage()).
template <typename Row> class PagedCall : public TrackerResult<QList<Row>>
{
public:
    using TrackerResult<QList<Row>>::TrackerResult;
    const QList<Row>& lastPage() const { return m_lastPage; }
    void setAccumulate(bool on) { m_accumulate = on; }

protected:
    QList<Row> m_lastPage;
    bool m_accumulate = true;
};

} // namespace kd
