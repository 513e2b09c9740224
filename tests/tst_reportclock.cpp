// The Reports range presets and the tracker's clock: what each preset covers on a given
// tracker day, the tracker's time zone across DST changes (and what the sync's clock takes
// from it), and the settings they outlive the session in, against hand-computed values.
#include "reports/CustomRange.h"
#include "reports/RangePresets.h"
#include "reports/ReportCache.h"
#include "reports/ReportSync.h"
#include "settings/Preferences.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

class TestReportClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void presetRanges_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate nov25(2026, 11, 25);
        using P = RangePreset;
        auto add = [](const char* name, P p, QDate today, QDate from, QDate to) {
            QTest::newRow(name) << int(p) << today << from << to;
        };
        add("today", P::Today, nov25, nov25, nov25);
        add("yesterday", P::Yesterday, nov25, QDate(2026, 11, 24), QDate(2026, 11, 24));
        add("yesterday on 1 Mar", P::Yesterday, QDate(2026, 3, 1), QDate(2026, 2, 28),
            QDate(2026, 2, 28));
        add("yesterday on 1 Mar of a leap year", P::Yesterday, QDate(2024, 3, 1),
            QDate(2024, 2, 29), QDate(2024, 2, 29));
        add("yesterday on 1 Jan", P::Yesterday, QDate(2027, 1, 1), QDate(2026, 12, 31),
            QDate(2026, 12, 31));
        add("last 7", P::Last7, nov25, QDate(2026, 11, 19), nov25);
        add("last 7 across months", P::Last7, QDate(2026, 12, 2), QDate(2026, 11, 26),
            QDate(2026, 12, 2));
        add("last 7 across years", P::Last7, QDate(2027, 1, 3), QDate(2026, 12, 28),
            QDate(2027, 1, 3));
        add("last 14", P::Last14, nov25, QDate(2026, 11, 12), nov25);
        add("last 30", P::Last30, nov25, QDate(2026, 10, 27), nov25);
        add("last 30 over February", P::Last30, QDate(2026, 3, 1), QDate(2026, 1, 31),
            QDate(2026, 3, 1));
        add("last 90", P::Last90, nov25, QDate(2026, 8, 28), nov25);
        add("this month", P::ThisMonth, nov25, QDate(2026, 11, 1), nov25);
        add("this month on the 1st", P::ThisMonth, QDate(2026, 12, 1), QDate(2026, 12, 1),
            QDate(2026, 12, 1));
        add("this month on the 31st", P::ThisMonth, QDate(2026, 12, 31), QDate(2026, 12, 1),
            QDate(2026, 12, 31));
        add("last month", P::LastMonth, nov25, QDate(2026, 10, 1), QDate(2026, 10, 31));
        add("last month in January", P::LastMonth, QDate(2027, 1, 15), QDate(2026, 12, 1),
            QDate(2026, 12, 31));
        add("last month on 1 Jan", P::LastMonth, QDate(2027, 1, 1), QDate(2026, 12, 1),
            QDate(2026, 12, 31));
        add("last month on 31 Mar", P::LastMonth, QDate(2026, 3, 31), QDate(2026, 2, 1),
            QDate(2026, 2, 28));
        add("last month of a leap February", P::LastMonth, QDate(2024, 3, 15), QDate(2024, 2, 1),
            QDate(2024, 2, 29));
        add("last month on 1 Dec", P::LastMonth, QDate(2026, 12, 1), QDate(2026, 11, 1),
            QDate(2026, 11, 30));
    }
    void presetRanges()
    {
        QFETCH(int, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const DayRange range = presetRange(RangePreset(preset), today);
        QCOMPARE(range.from, from);
        QCOMPARE(range.to, to);
        QVERIFY(range.to <= today); // never a day the tracker has not reached
        QCOMPARE(checkRange(range.from, range.to, today), QString());
    }

    void presetsAreAllListedAndNamed()
    {
        const QList<RangePreset>& all = allPresets();
        QCOMPARE(all.size(), 8);
        QSet<QString> names;
        for (RangePreset p : all)
            names.insert(presetName(p));
        QCOMPARE(names.size(), 8);
        QVERIFY(!names.contains(QString()));
        // Lengths in days of the rolling presets, whatever the day.
        const QDate today(2026, 2, 14);
        QCOMPARE(presetRange(RangePreset::Today, today).days(), 1);
        QCOMPARE(presetRange(RangePreset::Last7, today).days(), 7);
        QCOMPARE(presetRange(RangePreset::Last14, today).days(), 14);
        QCOMPARE(presetRange(RangePreset::Last30, today).days(), 30);
        QCOMPARE(presetRange(RangePreset::Last90, today).days(), 90);
        QCOMPARE(presetRange(RangePreset::LastMonth, today).days(), 31);
    }

    void trackerClockFollowsTheZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("offset");
        auto add = [](const char* name, const char* zone, QDate day, QTime t, QDate date,
                      QTime time, int offsetHours) {
            QTest::newRow(name) << QString::fromLatin1(zone) << QDateTime(day, t, Qt::UTC) << date
                                << time << offsetHours * 3600;
        };
        add("behind UTC: the day before", "America/New_York", QDate(2026, 11, 26), QTime(3, 0),
            QDate(2026, 11, 25), QTime(22, 0), -5);
        add("ahead of UTC: the day after", "Asia/Tokyo", QDate(2026, 11, 25), QTime(20, 0),
            QDate(2026, 11, 26), QTime(5, 0), 9);
        add("ahead of UTC: the same day", "Asia/Tokyo", QDate(2026, 11, 25), QTime(14, 59),
            QDate(2026, 11, 25), QTime(23, 59), 9);
        // New York leaves summer time on 1 Nov 2026 at 02:00 EDT (06:00 UTC): 01:30 twice.
        add("DST end, before", "America/New_York", QDate(2026, 11, 1), QTime(5, 30),
            QDate(2026, 11, 1), QTime(1, 30), -4);
        add("DST end, after", "America/New_York", QDate(2026, 11, 1), QTime(6, 30),
            QDate(2026, 11, 1), QTime(1, 30), -5);
        add("DST end, midnight is 04:00 UTC", "America/New_York", QDate(2026, 11, 1), QTime(3, 59),
            QDate(2026, 10, 31), QTime(23, 59), -4);
        // It enters summer time on 8 Mar 2026 at 02:00 EST (07:00 UTC): 02:xx never happens.
        add("DST start, before", "America/New_York", QDate(2026, 3, 8), QTime(6, 59),
            QDate(2026, 3, 8), QTime(1, 59), -5);
        add("DST start, after", "America/New_York", QDate(2026, 3, 8), QTime(7, 0),
            QDate(2026, 3, 8), QTime(3, 0), -4);
        // Sydney, ahead of UTC, enters summer time on 4 Oct 2026 at 02:00 AEST.
        add("ahead, DST start, before", "Australia/Sydney", QDate(2026, 10, 3), QTime(15, 59),
            QDate(2026, 10, 4), QTime(1, 59), 10);
        add("ahead, DST start, after", "Australia/Sydney", QDate(2026, 10, 3), QTime(16, 0),
            QDate(2026, 10, 4), QTime(3, 0), 11);
        add("UTC", "UTC", QDate(2026, 11, 26), QTime(3, 0), QDate(2026, 11, 26), QTime(3, 0), 0);
        add("unknown zone: UTC", "Mars/Olympus_Mons", QDate(2026, 11, 26), QTime(3, 0),
            QDate(2026, 11, 26), QTime(3, 0), 0);
        add("no zone: UTC", "", QDate(2026, 11, 26), QTime(23, 30), QDate(2026, 11, 26),
            QTime(23, 30), 0);
    }
    void trackerClockFollowsTheZone()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, utc);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(int, offset);
        const QDateTime clock = trackerClock(zone, utc);
        QCOMPARE(clock.date(), date);
        QCOMPARE(clock.time(), time);
        QCOMPARE(clock.offsetFromUtc(), offset);
        QCOMPARE(clock.toUTC(), utc); // the same moment
        // The sync's clock as ReportService sets it from this moment.
        ReportSync::Request request;
        request.setClock(clock);
        QCOMPARE(request.trackerToday, date);
        QCOMPARE(request.trackerTime, time);
        QCOMPARE(request.nowUtc, utc);
        QCOMPARE(presetRange(RangePreset::Today, request.trackerToday).to, date);
    }

    void trackerTimeZoneOutlivesTheSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            ReportCache cache(path);
            QVERIFY(cache.open(&error));
            QCOMPARE(cache.trackerTimeZone(QStringLiteral("a")), QString());
            QVERIFY(cache.storeTrackerTimeZone(QStringLiteral("a"), QStringLiteral("Asia/Tokyo")));
        }
        ReportCache again(path);
        QVERIFY(again.open(&error));
        QCOMPARE(again.trackerTimeZone(QStringLiteral("a")), QStringLiteral("Asia/Tokyo"));
        QVERIFY(again.removeIntegration(QStringLiteral("a")));
        QCOMPARE(again.trackerTimeZone(QStringLiteral("a")), QString());
    }

    void visitWindowPreferenceIsKeptAndBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preferences.ini"));
        {
            Preferences prefs(path);
            QCOMPARE(prefs.visitWindowDays(), Preferences::kDefaultVisitWindowDays);
            prefs.setVisitWindowDays(14);
            prefs.setVisitWindowDays(100000); // clamped, never an absurd re-fetch
            QCOMPARE(prefs.visitWindowDays(), Preferences::kMaxVisitWindowDays);
            prefs.setVisitWindowDays(14);
        }
        QCOMPARE(Preferences(path).visitWindowDays(), 14);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[reports]\nvisitWindowDays=banana\n");
        file.close();
        QCOMPARE(Preferences(path).visitWindowDays(), Preferences::kDefaultVisitWindowDays);
    }
};

QTEST_GUILESS_MAIN(TestReportClock)
#include "tst_reportclock.moc"
