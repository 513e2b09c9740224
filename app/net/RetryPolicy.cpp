#include "RetryPolicy.h"

#include <QLocale>

#include <algorithm>

namespace kd {

RetryDecision decideRetry(AttemptOutcome outcome, int attempt, qint64 retryAfterMs,
                          const RetryPolicy& policy)
{
    switch (outcome) {
    case AttemptOutcome::Success:
    case AttemptOutcome::Permanent:
        return {};
    case AttemptOutcome::Throttled: {
        if (attempt >= policy.maxThrottledRetries)
            return {};
        if (retryAfterMs > policy.maxRetryAfterMs)
            return {};
        // Without Retry-After, back off as for a transient error: the pacer already spaces
        // requests, so a 429 means someone else shares the key.
        const qint64 fallback =
            std::min(policy.backoffCapMs, policy.backoffBaseMs << std::min(attempt, 20));
        return {true, retryAfterMs >= 0 ? retryAfterMs : fallback};
    }
    case AttemptOutcome::ServerError:
    case AttemptOutcome::Timeout:
    case AttemptOutcome::ConnectionLost: {
        if (attempt >= policy.maxTransientRetries)
            return {};
        const qint64 delay =
            std::min(policy.backoffCapMs, policy.backoffBaseMs << std::min(attempt, 20));
        const qint64 honoured = retryAfterMs >= 0 && retryAfterMs <= policy.maxRetryAfterMs
                                    ? std::max(delay, retryAfterMs)
                                    : delay;
        return {true, honoured};
    }
    }
    return {};
}

qint64 parseRetryAfterMs(const QByteArray& raw, const QDateTime& now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty() || value.size() > 64)
        return -1;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 || seconds > 86'400 ? -1 : seconds * 1000;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    if (!value.endsWith(" GMT"))
        return -1;
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.chopped(4)),
                                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!at.isValid())
        return -1;
    const QDateTime utc(at.date(), at.time(), Qt::UTC);
    const qint64 delta = now.msecsTo(utc);
    return std::clamp<qint64>(delta, 0, 86'400'000);
}

} // namespace kd
