#pragma once

#include <QCoreApplication>
#include <QString>

namespace kd {

// What went wrong talking to a tracker, typed so that the UI and the CLI can react (exit
// codes, status icons) and phrase one clear sentence for the user.
class TrackerError
{
    Q_DECLARE_TR_FUNCTIONS(TrackerError)
public:
    enum class Kind {
        None,
        InvalidCredentials, // 401
        Forbidden,          // 403
        NotFound,           // 404
        BadRequest,         // other 4xx
        Throttled,          // 429 and the retries ran out (or Retry-After too long)
        ServerError,        // 5xx after retries
        Timeout,            // no complete reply within the transfer timeout, after retries
        Unreachable,        // DNS, refused, reset, network down
        Tls,                // certificate or handshake problem; never ignored silently
        InsecureUrl,        // plain http to a host that is not loopback, or a downgrade redirect
        MalformedResponse,  // not the JSON we expect
        ResponseTooLarge,   // over the size cap
        DataChanged,        // the tracker's rows moved while we paged through them
        Cancelled,
        LocalStorage, // the tracker answered, but the local cache could not keep it
        Credentials,  // the key and secret could not be read (keychain); detail is the sentence
        // The tracker answers (a published endpoint works with these credentials) but does not
        // offer the endpoint this needs: 404/405/410/501 or a web page there. endpoint() names
        // it, feature() says what cannot work without it.
        NotOffered,
    };
    // What a NotOffered endpoint would have given.
    enum class Feature { Other, Settings, Templates, Reports };

    TrackerError() = default;
    TrackerError(Kind kind, QString host, QString detail = {}, int httpStatus = 0)
        : m_kind(kind)
        , m_host(std::move(host))
        , m_detail(std::move(detail))
        , m_httpStatus(httpStatus)
    {
    }

    bool isOk() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    const QString& host() const { return m_host; }
    // Technical detail for logs and "details" panes: a Qt error string, a parser message.
    // Never carries credentials.
    const QString& detail() const { return m_detail; }
    void setDetail(const QString& detail) { m_detail = detail; }
    int httpStatus() const { return m_httpStatus; }
    // For TLS errors: the SHA-256 (hex) of the certificate the tracker presented, so the user
    // can decide to trust it. Empty otherwise.
    const QString& certificateSha256() const { return m_certificateSha256; }
    void setCertificateSha256(const QString& digest) { m_certificateSha256 = digest; }
    // For Throttled: how long the tracker asked to wait (Retry-After), when it said so and it
    // was too long to wait for; -1 otherwise.
    qint64 retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(qint64 seconds) { m_retryAfterSeconds = seconds; }
    // For InsecureUrl: the other host (as displayHost() names it) a redirect pointed to, when
    // it was refused for leaving the tracker rather than for dropping encryption; else empty.
    const QString& redirectHost() const { return m_redirectHost; }
    void setRedirectHost(const QString& host) { m_redirectHost = host; }
    // Why a redirect was not followed, for InsecureUrl (a plain http:// URL has none).
    enum class Redirect { None, Downgrade };
    Redirect redirect() const { return m_redirect; }
    void setRedirect(Redirect redirect) { m_redirect = redirect; }

    // For NotOffered: the path the tracker does not offer (e.g. "/1.0/stats") and the feature.
    const QString& endpoint() const { return m_endpoint; }
    Feature feature() const { return m_feature; }
    void setNotOffered(const QString& endpoint, Feature feature)
    {
        m_endpoint = endpoint;
        m_feature = feature;
    }

    // One translated sentence for the user: what happened, at which tracker, what to do.
    QString message() const;
    // A stable, untranslated name for logs, JSON output and tests.
    static QString kindName(Kind kind);

private:
    QString notOfferedMessage() const;

    Kind m_kind = Kind::None;
    QString m_host;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_certificateSha256;
    qint64 m_retryAfterSeconds = -1;
    QString m_redirectHost;
    Redirect m_redirect = Redirect::None;
    QString m_endpoint;
    Feature m_feature = Feature::Other;
};

} // namespace kd
