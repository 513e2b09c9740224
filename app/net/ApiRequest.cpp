#include "ApiRequest.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

Q_LOGGING_CATEGORY(lcNet, "kintura.net", QtWarningMsg)

namespace kd {

namespace {

AttemptOutcome classifyStatus(int status)
{
    if (status >= 200 && status < 300)
        return AttemptOutcome::Success;
    if (status == 429)
        return AttemptOutcome::Throttled;
    if (status == 500 || status == 502 || status == 503 || status == 504)
        return AttemptOutcome::ServerError;
    return AttemptOutcome::Permanent;
}

TrackerError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return TrackerError::Kind::InvalidCredentials;
    case 403:
        return TrackerError::Kind::Forbidden;
    case 404:
        return TrackerError::Kind::NotFound;
    case 429:
        return TrackerError::Kind::Throttled;
    default:
        break;
    }
    return status >= 500 ? TrackerError::Kind::ServerError : TrackerError::Kind::BadRequest;
}

QString describeCertificate(const QSslCertificate& cert)
{
    if (cert.isNull())
        return {};
    // "CN (Organization)": the common name alone is often just the host name.
    QString issuer = cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const QString organisation =
        cert.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
    if (!organisation.isEmpty())
        issuer =
            issuer.isEmpty() ? organisation : QStringLiteral("%1 (%2)").arg(issuer, organisation);
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return ApiRequest::tr("certificate issued by %1, SHA-256 fingerprint %2")
        .arg(issuer.isEmpty() ? ApiRequest::tr("an unnamed issuer") : issuer,
             QString::fromLatin1(digest));
}

bool isSameOrigin(const QUrl& a, const QUrl& b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

} // namespace

QString displayHost(const QUrl& url)
{
    const int port = url.port();
    const QString host = url.host();
    return port > 0 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiRequest::ApiRequest(QNetworkAccessManager* manager, std::shared_ptr<RequestPacer> pacer,
                       ApiRequestSpec spec, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_pacer(std::move(pacer))
    , m_spec(std::move(spec))
{
    m_waitTimer.setSingleShot(true);
    // Coarse timers may fire 5% early, which would break the pacing promise.
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort(); // reported as a timeout, and retried like one
    });
}

ApiRequest::~ApiRequest()
{
    abort();
}

void ApiRequest::start()
{
    const QString scheme = m_spec.url.scheme();
    const bool secure = scheme == QLatin1String("https");
    if (!secure && !(scheme == QLatin1String("http") && isLoopbackHost(m_spec.url.host()))) {
        // Deliver asynchronously so that callers connect first, as for every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this] {
                complete(TrackerError(TrackerError::Kind::InsecureUrl, displayHost(m_spec.url)));
            },
            Qt::QueuedConnection);
        return;
    }
    scheduleAttempt(0);
}

void ApiRequest::abort()
{
    m_aborted = true;
    m_waitTimer.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::scheduleAttempt(qint64 extraDelayMs)
{
    if (extraDelayMs > 0)
        m_pacer->holdUntil(RequestPacer::nowMs() + extraDelayMs);
    const qint64 wait = m_pacer->reserve();
    m_waitTimer.start(static_cast<int>(wait));
}

void ApiRequest::sendAttempt()
{
    if (m_aborted)
        return;
    QNetworkRequest request(m_spec.url);
    for (const auto& [name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_spec.timeoutMs);
    // HTTP/2 has had GOAWAY bugs under rate limiting in this Qt; one request at a time anyway.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Never follow a redirect elsewhere: the credentials would follow it. Decided here rather
    // than by SameOriginRedirectPolicy, whose one error cannot tell a downgrade to http from
    // another host, and the user has different things to do about each.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);

    m_buffer.clear();
    m_sslProblem.clear();
    m_sslCertificateSha256.clear();
    m_refusedRedirect.clear();
    m_tooLarge = false;
    ++m_response.attempts;
    qCDebug(lcNet) << "GET" << m_spec.url.toDisplayString() << "attempt" << m_response.attempts;

    m_reply = m_manager->get(request);
    m_deadline.start(m_spec.timeoutMs);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_spec.maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        const QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
        const QString digest = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
        const bool allAboutPinned =
            !m_spec.pinnedCertificateSha256.isEmpty() && digest == m_spec.pinnedCertificateSha256 &&
            std::all_of(errors.begin(), errors.end(), [&cert](const QSslError& e) {
                return e.certificate().isNull() || e.certificate() == cert;
            });
        if (allAboutPinned) {
            // The user trusted exactly this certificate: ignore these errors, for it only.
            m_reply->ignoreSslErrors(errors);
            return;
        }
        // Otherwise recorded, never ignored: the handshake fails and the user is told why.
        QStringList reasons;
        for (const QSslError& e : errors)
            reasons << e.errorString();
        reasons.removeDuplicates();
        m_sslProblem = reasons.join(QStringLiteral("; "));
        const QString who = describeCertificate(cert);
        if (!who.isEmpty())
            m_sslProblem += QStringLiteral("; ") + who;
        m_sslCertificateSha256 = digest;
    });
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl& target) {
        const QUrl to = m_spec.url.resolved(target);
        if (isSameOrigin(m_spec.url, to)) {
            Q_EMIT m_reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = to;
        // Not from inside the reply's own signal: it is still handling the redirect.
        QMetaObject::invokeMethod(
            this,
            [reply = m_reply] {
                if (reply)
                    reply->abort();
            },
            Qt::QueuedConnection);
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::onReadyRead()
{
    if (m_tooLarge)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_spec.maxBytes) {
        m_tooLarge = true;
        m_buffer.clear();
        m_reply->abort();
    }
}

void ApiRequest::onReplyFinished()
{
    m_deadline.stop();
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    if (m_aborted)
        return;
    if (!m_tooLarge && reply->isOpen()) // an aborted reply is closed: nothing to read
        m_buffer += reply->readAll();

    const QString host = displayHost(m_spec.url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    qCInfo(lcNet).nospace() << "GET " << m_spec.url.path() << " -> "
                            << (status ? QString::number(status) : reply->errorString()) << " ("
                            << m_buffer.size() << " bytes, attempt " << m_response.attempts << ")";

    if (m_tooLarge || m_buffer.size() > m_spec.maxBytes) {
        complete(TrackerError(TrackerError::Kind::ResponseTooLarge, host));
        return;
    }
    if (m_refusedRedirect.isValid()) {
        TrackerError refused(
            TrackerError::Kind::InsecureUrl, host,
            QStringLiteral("redirect to %1 refused")
                .arg(m_refusedRedirect.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                       QUrl::RemoveFragment)));
        const bool downgrade = m_spec.url.scheme() == QLatin1String("https") &&
                               m_refusedRedirect.scheme() != QLatin1String("https");
        if (downgrade)
            refused.setRedirect(TrackerError::Redirect::Downgrade);
        else
            refused.setRedirectHost(displayHost(m_refusedRedirect));
        complete(refused);
        return;
    }
    if (!m_sslProblem.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        TrackerError tls(TrackerError::Kind::Tls, host,
                         m_sslProblem.isEmpty() ? reply->errorString() : m_sslProblem);
        tls.setCertificateSha256(m_sslCertificateSha256);
        complete(tls);
        return;
    }
    if (netError == QNetworkReply::TooManyRedirectsError) {
        // Redirects within the tracker, round and round: not a security matter, a broken reply.
        complete(TrackerError(TrackerError::Kind::MalformedResponse, host,
                              QStringLiteral("too many redirects")));
        return;
    }
    if (netError == QNetworkReply::InsecureRedirectError) {
        TrackerError refused(TrackerError::Kind::InsecureUrl, host, reply->errorString());
        refused.setRedirect(TrackerError::Redirect::Downgrade);
        complete(refused);
        return;
    }

    AttemptOutcome outcome;
    TrackerError failure;
    // A status line arrived, but the connection failed afterwards (closed, reset, timed out
    // mid-body): the status says nothing about the body, which is incomplete.
    const bool transportFailed =
        netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied;
    if (status > 0 && !transportFailed) {
        outcome = classifyStatus(status);
        failure = TrackerError(kindForStatus(status), host, QString(), status);
    } else {
        switch (netError) {
        case QNetworkReply::NoError:
            outcome = AttemptOutcome::Permanent;
            failure = TrackerError(TrackerError::Kind::MalformedResponse, host,
                                   tr("no HTTP status in the reply"));
            break;
        case QNetworkReply::OperationCanceledError: // a timeout or the deadline fired
        case QNetworkReply::TimeoutError:
            outcome = AttemptOutcome::Timeout;
            failure = TrackerError(TrackerError::Kind::Timeout, host,
                                   tr("no complete reply within %1 ms").arg(m_spec.timeoutMs));
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            outcome = AttemptOutcome::ConnectionLost;
            failure = TrackerError(TrackerError::Kind::Unreachable, host,
                                   tr("the connection closed before the reply was complete"));
            break;
        default:
            outcome = AttemptOutcome::Permanent;
            failure = TrackerError(TrackerError::Kind::Unreachable, host, reply->errorString());
            break;
        }
    }

    if (outcome == AttemptOutcome::Success) {
        m_response.httpStatus = status;
        m_response.body = std::move(m_buffer);
        m_response.headers.clear();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            m_response.headers.insert(name.toLower(), value);
        complete({});
        return;
    }

    const qint64 retryAfter =
        parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    int& attempt = outcome == AttemptOutcome::Throttled ? m_throttledRetries : m_transientRetries;
    const RetryDecision decision = decideRetry(outcome, attempt, retryAfter, m_spec.retry);
    if (decision.retry) {
        ++attempt;
        qCInfo(lcNet) << "retrying" << m_spec.url.path() << "in" << decision.delayMs << "ms";
        scheduleAttempt(decision.delayMs);
        return;
    }
    if (outcome == AttemptOutcome::Throttled && retryAfter > m_spec.retry.maxRetryAfterMs)
        failure.setRetryAfterSeconds((retryAfter + 999) / 1000);
    m_response.httpStatus = status;
    m_response.body = std::move(m_buffer);
    complete(failure);
}

void ApiRequest::complete(const TrackerError& error)
{
    m_response.error = error;
    Q_EMIT finished();
}

} // namespace kd
