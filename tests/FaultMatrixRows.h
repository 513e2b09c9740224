#pragma once

// The rows of tst_faultmatrix: every call the app makes (settings, traffic sources,
// campaigns, stats) against every fault the simulator can inject, each with the kind of error
// expected, the requests it may take and what the sentence must tell the user to do. The
// runner (tst_faultmatrix.cpp) plays them; the numbers of the matrix's own clean sync, which
// the expected request counts follow, come from it.

#include "SimFixture.h"

#include "sim/SimServer.h"

Q_DECLARE_METATYPE(kd::sim::SimFault)

namespace kd::test {

// The client's rate in the matrix, and the simulator's throttle: the same, so any request
// that leaves earlier than the pacing allows is answered 429 and logged as "throttle".
inline constexpr double kRate = 100;
inline constexpr double kThrottleMs = 1000.0 / kRate;
inline constexpr int kTimeoutMs = 5'000;    // rows that are not about time
inline constexpr int kShortTimeoutMs = 250; // rows about slow or stalled replies
inline constexpr qint64 kSizeCap = 256 * 1024;
inline constexpr int kNetworks = 8;        // rows per day by source: 2 pages over a week
inline constexpr int kCampaigns = 60;      // 2 pages of campaigns
inline constexpr int kTrafficSources = 60; // 2 pages of templates
// The "templates" column of a campaigns row: the second page's records were unreadable.
inline constexpr int kSecondPageLost = -3;

inline sim::SimFault fault(const QString& type, int count, int status = 0,
                           const QByteArray& retryAfter = {})
{
    sim::SimFault f;
    f.type = type;
    f.count = count;
    f.status = status;
    f.retryAfter = retryAfter;
    return f;
}

inline sim::SimFault withBody(sim::SimFault f, const QByteArray& body)
{
    f.body = body;
    return f;
}

// Valid JSON of the wrong shape, per endpoint: what a tracker of another version, a buggy
// plugin or a hostile server could send.
struct Shapes
{
    QByteArray wrongTypes, missing, nulls, huge, negative, otherShape;
};

inline Shapes shapesFor(const QString& endpoint)
{
    if (endpoint == QLatin1String("settings"))
        return {R"({"currency":840,"conversion_registration_time":"visit","timezone":"UTC"})",
                R"({"currency":"USD"})",
                R"({"currency":null,"conversion_registration_time":null,"timezone":null})",
                R"({"currency":1e308,"conversion_registration_time":"visit","timezone":"UTC"})",
                {}, // no counts in the settings
                R"([{"currency":"USD","conversion_registration_time":"visit"}])"};
    if (endpoint == QLatin1String("traffic-sources"))
        return {R"([{"id":true,"title":5,"parameters":"campid"}])",
                R"([{"title":"Facebook","parameters":[]}])",
                R"([{"id":null,"title":null,"parameters":null}])",
                R"([{"id":1e300,"title":"Facebook","parameters":[]}])",
                R"([{"id":-11,"title":"Facebook","parameters":[]}])",
                R"({"unexpected":"shape","rows":"none"})"};
    if (endpoint == QLatin1String("campaigns"))
        return {R"([{"id":1001,"title":"A","cost_value":"cheap","is_active":"yes"}])",
                R"([{"title":"A","cost_model":"cpc"}])",
                R"([{"id":1001,"title":null}])",
                R"([{"id":1001,"title":"A","cost_value":1e300}])",
                R"([{"id":-1001,"title":"A"}])",
                R"({"data":{"campaigns":[]}})"};
    // A page of the by-source aggregate (group_by=date,traffic_source).
    const QByteArray row = R"("date":"2026-11-25","traffic_source_id":11,"lp_visits":1,)"
                           R"("offer_visits":1,"unique_visits":1,"revenue":1.5,"cost":0.5)";
    return {"[{" + row + R"(,"visits":"many","conversions":1}])",
            "[{" + row + R"(,"visits":10}])",
            "[{" + row + R"(,"visits":null,"conversions":null}])",
            "[{" + row + R"(,"visits":1e300,"conversions":1}])",
            "[{" + row + R"(,"visits":10,"conversions":-3}])",
            R"({"rows":[{"date":"2026-11-25"}]})"};
}

// Pages of one clean sync, as the runner counted them: the rows' request counts follow.
struct FaultMatrixPages
{
    int totals = 0;
    int bySource = 0;
    int campaigns = 0;
    int sources = 0; // of one template refresh
    int stats() const { return totals + bySource; }
};

inline void addFaultMatrixRows(const FaultMatrixPages& counted)
{
    using Kind = TrackerError::Kind;
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<sim::SimFault>("fault");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("kind");       // Kind::None: the call recovers
    QTest::addColumn<int>("hits");       // requests the fault answered
    QTest::addColumn<int>("requests");   // requests of the whole row, exactly
    QTest::addColumn<QString>("advice"); // what the sentence must tell the user to do
    QTest::addColumn<int>("retryGapMs"); // -1: backoff doubling; else at least this
    QTest::addColumn<int>("templates");  // on success: templates seen (-1: as simulated)

    const RetryPolicy policy = SimFixture::fastOptions().retry;
    const int transient = policy.maxTransientRetries + 1;
    const int throttled = policy.maxThrottledRetries + 1;
    const int restarts = kintura::ClientOptions{}.maxRestarts;

    const QString again = QStringLiteral("Copy both again");
    const QString permissions = QStringLiteral("Check the key's permissions");
    const QString url = QStringLiteral("Check that the tracker URL");
    const QString wait = QStringLiteral("Wait a minute and try again");
    const QString later = QStringLiteral("Try again later");
    const QString connection = QStringLiteral("Check your connection and try again");
    const QString network = QStringLiteral("Check the tracker URL and your network");
    const QString kintura = QStringLiteral("Check that the URL points to a Kintura tracker");
    const QString moment = QStringLiteral("Try again in a moment");

    for (const QString& endpoint : {QStringLiteral("settings"), QStringLiteral("traffic-sources"),
                                    QStringLiteral("campaigns"), QStringLiteral("stats")}) {
        const bool paged = endpoint != QLatin1String("settings");
        // Hit the call where it hurts: campaigns on their second page (every stats page of
        // the sync is already in the transaction), stats on the second page by source
        // (the daily totals are), templates on their second page (the first is held).
        const int skip =
            endpoint == QLatin1String("campaigns") || endpoint == QLatin1String("traffic-sources")
                ? 1
            : endpoint == QLatin1String("stats") ? counted.totals + 1
                                                 : 0;
        const int first = endpoint == QLatin1String("campaigns") ? counted.totals : 0;
        const int before = first + skip;
        const int clean = endpoint == QLatin1String("campaigns")
                              ? counted.totals + counted.campaigns
                          : endpoint == QLatin1String("stats")           ? counted.stats()
                          : endpoint == QLatin1String("traffic-sources") ? counted.sources
                                                                         : 1;
        const Shapes shapes = shapesFor(endpoint);

        auto row = [&](const char* name, sim::SimFault f, Kind kind, int hits, int requests,
                       const QString& advice = {}, int retryGapMs = 0, int timeoutMs = kTimeoutMs,
                       int templates = -1) {
            f.endpoint = endpoint;
            if (f.skip == 0)
                f.skip = skip;
            QTest::addRow("%s: %s", qPrintable(endpoint), name)
                << endpoint << f << timeoutMs << int(kind) << hits << requests << advice
                << retryGapMs << templates;
        };
        auto fails = [&](const char* name, sim::SimFault f, Kind kind, int hits,
                         const QString& advice, int retryGapMs = 0, int timeoutMs = kTimeoutMs) {
            row(name, f, kind, hits, before + hits, advice, retryGapMs, timeoutMs);
        };
        auto recovers = [&](const char* name, sim::SimFault f, int extra, int retryGapMs) {
            row(name, f, Kind::None, f.count, clean + extra, {}, retryGapMs);
        };
        // The settings refused or not understood while the published endpoint answers: the
        // connection test asks that one too (one more request) and reports "Connected,
        // settings not verified", keeping the settings' error as the reason.
        const bool settings = endpoint == QLatin1String("settings");
        auto refusedOrOdd = [&](const char* name, sim::SimFault f, Kind kind,
                                const QString& advice) {
            if (settings)
                return row(name, f, kind, 1, before + 2, advice);
            fails(name, f, kind, 1, advice);
        };
        const QString notOffered = QStringLiteral("does not offer /1.0/");

        refusedOrOdd("401", fault(QStringLiteral("status"), 5, 401), Kind::InvalidCredentials,
                     again);
        refusedOrOdd("403", fault(QStringLiteral("status"), 5, 403), Kind::Forbidden, permissions);
        // A modelled endpoint's 404 on its first page, with the published one answering: the
        // tracker does not offer it. Mid-call (a later page, or a path that already answered
        // in this client) a 404 is a plain error.
        if (settings)
            row("404", fault(QStringLiteral("status"), 5, 404), Kind::NotOffered, 1, 2, notOffered);
        else
            fails("404", fault(QStringLiteral("status"), 5, 404), Kind::NotFound, 1, url);
        recovers("429 once, Retry-After 1", fault(QStringLiteral("status"), 1, 429, "1"), 1, 1000);
        recovers("429 once, no Retry-After", fault(QStringLiteral("status"), 1, 429), 1,
                 int(policy.backoffBaseMs));
        fails("429 storm, no Retry-After", fault(QStringLiteral("status"), 100, 429),
              Kind::Throttled, throttled, wait, -1);
        fails("429 storm, Retry-After 0", fault(QStringLiteral("status"), 100, 429, "0"),
              Kind::Throttled, throttled, wait);
        // Each try waits the second it is told to, and the tries stop at the bound.
        fails("429 storm, Retry-After 1", fault(QStringLiteral("status"), 100, 429, "1"),
              Kind::Throttled, throttled, wait, 1000);
        fails("429, Retry-After 1 hour", fault(QStringLiteral("status"), 100, 429, "3600"),
              Kind::Throttled, 1, QStringLiteral("wait 60 minutes"));
        fails("500", fault(QStringLiteral("status"), 100, 500), Kind::ServerError, transient, later,
              -1);
        fails("502", fault(QStringLiteral("status"), 100, 502), Kind::ServerError, transient, later,
              -1);
        fails("503", fault(QStringLiteral("status"), 100, 503), Kind::ServerError, transient, later,
              -1);
        recovers("503 once", fault(QStringLiteral("status"), 1, 503), 1, int(policy.backoffBaseMs));

        sim::SimFault slow = fault(QStringLiteral("delay"), 100);
        slow.delayMs = 1500;
        fails("reply slower than the timeout", slow, Kind::Timeout, transient, connection, -1,
              kShortTimeoutMs);
        if (endpoint == QLatin1String("stats")) {
            // The same code path for every call (ApiRequest): the sync, where the cache is
            // at stake, stands for all.
            fails("stall mid-body", fault(QStringLiteral("stall"), 100), Kind::Timeout, transient,
                  connection, -1, kShortTimeoutMs);
            sim::SimFault drip = fault(QStringLiteral("trickle"), 100);
            drip.delayMs = 40;
            fails("a byte every 40 ms, never done", drip, Kind::Timeout, transient, connection, -1,
                  kShortTimeoutMs);
        }
        fails("reset mid-body", fault(QStringLiteral("reset"), 100), Kind::Unreachable, transient,
              network, -1);
        recovers("reset once", fault(QStringLiteral("reset"), 1), 1, int(policy.backoffBaseMs));
        fails("truncated body", fault(QStringLiteral("truncate"), 100), Kind::Unreachable,
              transient, network, -1);
        refusedOrOdd("invalid JSON", fault(QStringLiteral("invalid_json"), 100),
                     Kind::MalformedResponse, kintura);

        // Lists of records skip a record they cannot read (and name it), so a page whose only
        // record is bad arrives empty; the templates and campaigns rows below check that.
        const sim::SimFault shape = fault(QStringLiteral("wrong_shape"), 100);
        const bool records =
            endpoint == QLatin1String("traffic-sources") || endpoint == QLatin1String("campaigns");
        auto badRecord = [&](const char* name, const QByteArray& body) {
            // The second page (10 records) is replaced by one bad record: 50 are kept.
            if (records)
                return row(name, withBody(shape, body), Kind::None, 1, clean, {}, 0, kTimeoutMs,
                           endpoint == QLatin1String("traffic-sources") ? kTrafficSources - 10
                                                                        : kSecondPageLost);
            refusedOrOdd(name, withBody(shape, body), Kind::MalformedResponse, kintura);
        };
        badRecord("wrong types", shapes.wrongTypes);
        badRecord("missing fields", shapes.missing);
        badRecord("nulls", shapes.nulls);
        badRecord("huge numbers", shapes.huge);
        if (!shapes.negative.isEmpty())
            badRecord("negative numbers", shapes.negative);
        refusedOrOdd("another shape", withBody(shape, shapes.otherShape), Kind::MalformedResponse,
                     kintura);

        fails("proxy's HTML page, 502", fault(QStringLiteral("html"), 100, 502), Kind::ServerError,
              transient, later, -1);
        if (settings)
            row("proxy's HTML page, 200", fault(QStringLiteral("html"), 100, 200), Kind::NotOffered,
                1, 2, notOffered);
        else
            fails("proxy's HTML page, 200", fault(QStringLiteral("html"), 100, 200),
                  Kind::MalformedResponse, 1, kintura);
        sim::SimFault huge = fault(QStringLiteral("huge_body"), 100);
        huge.bytes = 8 * kSizeCap;
        fails("body over the size cap", huge, Kind::ResponseTooLarge, 1, kintura);
        sim::SimFault stream = fault(QStringLiteral("huge_stream"), 100);
        stream.bytes = 8 * kSizeCap;
        fails("body over the cap, no Content-Length", stream, Kind::ResponseTooLarge, 1, kintura);

        if (paged) {
            // Noticed on the second page: the call starts over, boundedly.
            sim::SimFault shifted = fault(QStringLiteral("shift_total"), 1);
            shifted.shift = 1;
            recovers("total changes once during the sync", shifted, 2, 0);
            sim::SimFault growing = fault(QStringLiteral("growing_total"), 1000);
            growing.shift = 1;
            fails("total keeps changing", growing, Kind::DataChanged, 1 + 2 * restarts, moment);
        }
        if (paged) {
            // Announces a million pages: the client stops at the first empty one.
            sim::SimFault lying = fault(QStringLiteral("page_count"), 1000);
            lying.shift = 1'000'000;
            lying.skip = -1; // from the first page on
            const int pages = endpoint == QLatin1String("campaigns") ? counted.campaigns
                              : endpoint == QLatin1String("stats")   ? counted.totals
                                                                     : counted.sources;
            const int hits = pages + 1;
            row("a million pages announced", lying, Kind::MalformedResponse, hits, first + hits,
                kintura);

            sim::SimFault empty = fault(QStringLiteral("empty"), 1000);
            empty.skip = -1;
            const int emptyHits = endpoint == QLatin1String("stats") ? 2 : 1;
            const int emptyRequests = first + emptyHits;
            row("empty account", empty, Kind::None, emptyHits, emptyRequests, {}, 0, kTimeoutMs, 0);
        }
    }
}

} // namespace kd::test
