#pragma once

// What the sync suites share: the tracker's clock they run on (a fixed today, New York's
// zone), requests built as ReportService builds them, the day ranges read from the
// simulator's log, and a fixture that runs one ReportSync to its end.

#include "SimFixture.h"

#include "reports/RangePresets.h"
#include "reports/ReportCache.h"
#include "reports/ReportSync.h"
#include "reports/SyncPlanner.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace kd {
// Readable failures: "2026-11-25..2026-11-26" rather than <null>.
inline char* toString(const DayRange& range)
{
    return QTest::toString(range.from.toString(Qt::ISODate) + QStringLiteral("..") +
                           range.to.toString(Qt::ISODate));
}
} // namespace kd

namespace kd::test {

inline const QDate kToday(2026, 11, 25);
inline const QTimeZone kTrackerZone("America/New_York");    // the simulator's
inline const QDateTime kNow(kToday, QTime(18, 0), Qt::UTC); // 13:00 on the tracker's clock

// The tracker's clock at `hour` on `today`, told to the sync as the app tells it.
inline ReportSync::Request request(const QDate& from, const QDate& to, const QDate& today,
                                   SyncPolicy policy = {}, int hour = 13)
{
    ReportSync::Request r;
    r.integrationId = QStringLiteral("it-1");
    r.from = from;
    r.to = to;
    r.setClock(QDateTime(today, QTime(hour, 0), kTrackerZone));
    r.policy = policy;
    return r;
}

inline QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

// The request as ReportService builds it: the tracker's clock is the moment `utc` read in
// the tracker's time zone (trackerClock), handed over with setClock.
inline ReportSync::Request requestAt(const QString& zone, const QDateTime& utc,
                                     const DayRange& range, SyncPolicy policy = {})
{
    ReportSync::Request r;
    r.integrationId = QStringLiteral("it-1");
    r.from = range.from;
    r.to = range.to;
    r.setClock(trackerClock(zone, utc));
    r.policy = policy;
    return r;
}

// The day ranges the simulator was asked for, per group_by (pages of one range count once),
// in the order they were first asked.
inline QMap<QString, QList<DayRange>> askedRanges(const QList<sim::SimLogEntry>& log)
{
    QMap<QString, QList<DayRange>> asked;
    for (const sim::SimLogEntry& e : log) {
        if (e.endpoint != QLatin1String("stats"))
            continue;
        const QUrlQuery q(e.query);
        const DayRange range{
            QDate::fromString(q.queryItemValue(QStringLiteral("date_from")), Qt::ISODate),
            QDate::fromString(q.queryItemValue(QStringLiteral("date_to")), Qt::ISODate)};
        QList<DayRange>& ranges = asked[q.queryItemValue(QStringLiteral("group_by"))];
        if (!ranges.contains(range))
            ranges.append(range);
    }
    return asked;
}

inline QString describe(const QMap<QString, QList<DayRange>>& asked)
{
    QStringList out;
    for (auto it = asked.begin(); it != asked.end(); ++it) {
        QStringList ranges;
        for (const DayRange& r : it.value())
            ranges << r.from.toString(Qt::ISODate) + QStringLiteral("..") +
                          r.to.toString(Qt::ISODate);
        out << it.key() + QStringLiteral(": ") + ranges.join(QStringLiteral(", "));
    }
    return out.join(QStringLiteral("; "));
}

// Not a Q_OBJECT: each suite is the QObject Qt Test runs; this gives it the context its
// connections die with.
class ReportSyncFixture : public QObject
{
protected:
    struct Outcome
    {
        TrackerError error{TrackerError::Kind::Cancelled, {}};
        QList<std::pair<int, int>> progress;
        int rowsSeen = 0;
    };

    Outcome runSync(SimFixture& sim, ReportCache& cache, const QDate& from, const QDate& to,
                    const QDate& today, SyncPolicy policy = {}, int hour = 13)
    {
        auto client = sim.client();
        ReportSync sync(client.get(), &cache, request(from, to, today, policy, hour));
        Outcome out;
        bool done = false;
        connect(&sync, &ReportSync::progress, this, [&](int d, int t, int) {
            out.progress << std::pair{d, t};
        });
        connect(&sync, &ReportSync::rowsArrived, this,
                [&](ReportDataset, const QString&, const QList<StatsRow>& rows) {
                    out.rowsSeen += int(rows.size());
                });
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            out.error = e;
            done = true;
        });
        sync.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30'000); }();
        return out;
    }

    static qint64 pages(qsizetype rows) { return std::max<qint64>(1, (rows + 49) / 50); }

    TrackerError runRequest(SimFixture& sim, ReportCache& cache, const ReportSync::Request& r)
    {
        auto client = sim.client();
        ReportSync sync(client.get(), &cache, r);
        TrackerError result(TrackerError::Kind::Cancelled, {});
        bool done = false;
        connect(&sync, &ReportSync::finished, this, [&](const TrackerError& e) {
            result = e;
            done = true;
        });
        sync.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30'000); }();
        return result;
    }

    // Moves the simulator to `utc`, syncs `range` on the tracker's clock at that moment and
    // returns the ranges asked for by each daily dataset (both must ask the same).
    QList<DayRange> syncAt(SimFixture& sim, ReportCache& cache, const QDateTime& utc,
                           const DayRange& range, const SyncPolicy& policy, bool* ok)
    {
        *ok = false;
        sim.server->clearLog();
        sim.server->clock().fixedNow = utc;
        const QString zone = sim.server->dataset().config().settings.timeZone;
        const TrackerError error = runRequest(sim, cache, requestAt(zone, utc, range, policy));
        if (!error.isOk()) {
            qWarning() << "sync failed:" << error.message();
            return {};
        }
        const auto asked = askedRanges(sim.log());
        if (asked.isEmpty()) {
            *ok = true;
            return {};
        }
        // Totals (group_by=date) and by source ask for the same days.
        if (asked.size() != 2 || asked.first() != asked.last()) {
            qWarning() << "the datasets asked for different days:" << describe(asked);
            return {};
        }
        *ok = true;
        return asked.first();
    }
};

} // namespace kd::test
