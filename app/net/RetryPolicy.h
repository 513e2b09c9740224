#pragma once

#include <QByteArray>
#include <QDateTime>

namespace kd {

// When to try a request again. Pure: outcome in, decision out.
struct RetryPolicy
{
    int maxThrottledRetries = 5; // 429s in a row for one request
    int maxTransientRetries = 3; // 5xx, timeouts, resets
    qint64 backoffBaseMs = 1000; // doubled per transient retry
    qint64 backoffCapMs = 30'000;
    qint64 maxRetryAfterMs = 120'000; // a longer Retry-After fails the call instead of hanging
};

enum class AttemptOutcome {
    Success,
    Throttled,      // HTTP 429
    ServerError,    // HTTP 500, 502, 503, 504
    Timeout,        // transfer timeout
    ConnectionLost, // closed or reset mid-reply
    Permanent,      // anything not worth repeating: 4xx, TLS, refused, malformed
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
};

// attempt counts the retries of this kind already made (0 before the first retry).
// retryAfterMs is the tracker's Retry-After in milliseconds, or -1 when absent.
RetryDecision decideRetry(AttemptOutcome outcome, int attempt, qint64 retryAfterMs,
                          const RetryPolicy& policy);

// Parses a Retry-After header: delta seconds or an HTTP date. -1 when absent or invalid.
qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& now);

} // namespace kd
