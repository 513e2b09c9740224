#pragma once

// Kintura's JSON replies to tracker-neutral types. Pure functions: bytes in, typed records or
// a reason out. Everything a hostile or broken tracker could send is checked here, in our own
// code, so the fuzzers see it (Debian's Qt is not instrumented).

#include "tracker/TrackerCall.h"
#include "tracker/TrackerTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd::kintura {

template <typename T> struct Parsed
{
    T value{};
    QString error; // empty on success; otherwise what was wrong, naming the field
    // Lists of records (campaigns, traffic sources): the records that could not be read and
    // were left out; positions count from 1 within this reply.
    QList<SkippedRecord> skipped;
    bool ok() const { return error.isEmpty(); }
};

struct PageInfo
{
    int currentPage = 1;
    qint64 totalCount = 0;
    int totalPages = 1;
};

Parsed<TrackerSettings> parseSettings(const QByteArray& body);
// Records are read as Kintura's published rules allow (nullable fields, booleans as
// true/false/0/1/"0"/"1", numbers as numbers or decimal strings, unknown keys ignored); one
// that still cannot be read is skipped and named in `skipped`, the rest are kept.
Parsed<QList<TrackingTemplate>> parseTrafficSources(const QByteArray& body);
Parsed<QList<Campaign>> parseCampaigns(const QByteArray& body);
// One campaign record, as GET /campaigns/{id} answers.
Parsed<Campaign> parseCampaign(const QByteArray& body);
// groups: the grouping asked for; each row must carry exactly those keys. Strict: a row whose
// measure is not a number fails the whole reply, naming the row by its group keys (numbers
// are never guessed, and a total that silently left a row out would be wrong).
Parsed<QList<StatsRow>> parseStats(const QByteArray& body, StatsGroups groups);
// parseStats without its fast reader (StatsReader.h): QJsonDocument and the field rules alone.
// parseStats takes it whenever the reader declines; exposed so that the tests and the fuzzer
// can hold the two paths against each other.
Parsed<QList<StatsRow>> parseStatsViaDocument(const QByteArray& body, StatsGroups groups);

// The tracker's own explanation in an error reply, shortened and stripped of control
// characters; empty when the body is not Kintura's error shape (e.g. a proxy's HTML page).
// Each of `secrets` (the API key and secret: some servers quote what they were sent) is
// replaced by "[redacted]" before the text is shortened, so no part of one survives.
QString parseErrorBody(const QByteArray& body, const QStringList& secrets = {});

// X-Current-Page, X-Total-Count, X-Total-Pages. Absent headers mean a single page.
Parsed<PageInfo> parsePageHeaders(const QByteArray& currentPage, const QByteArray& totalCount,
                                  const QByteArray& totalPages);

// Shared field rules, exposed for the simulator's self-checks and the tests.
constexpr qint64 kMaxCount = qint64(1) << 53;
constexpr double kMaxMoney = 1e12;
constexpr int kMaxId = 64;     // characters of an id sent as text
constexpr int kMaxToken = 200; // characters of a token, e.g. an ad network's campaign id
bool moneyFromDouble(double value, Money* out);

} // namespace kd::kintura
