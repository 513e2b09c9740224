#include "TrackerError.h"

namespace kd {

QString TrackerError::message() const
{
    const QString& h = m_host;
    switch (m_kind) {
    case Kind::None:
        //: %1 is the tracker's host name, e.g. tracker.example.com (in every message here).
        return tr("The tracker at %1 answered normally.").arg(h);
    case Kind::InvalidCredentials:
        return tr("The tracker at %1 rejected the API key or secret. Copy both again from "
                  "Kintura's Settings > API page.")
            .arg(h);
    case Kind::Forbidden:
        return tr("The tracker at %1 refused access with this API key. Check the key's "
                  "permissions in Kintura's Settings > API page.")
            .arg(h);
    case Kind::NotFound:
        return tr("The tracker at %1 does not offer this data (HTTP 404). Check that the tracker "
                  "URL points to the tracker itself, not to a landing page.")
            .arg(h);
    case Kind::BadRequest:
        //: %1 is the tracker's host name; %2 the HTTP status code, e.g. 400.
        return tr("The tracker at %1 refused the request (HTTP %2). This is likely a bug in "
                  "Kintura Desk; please report it.")
            .arg(h)
            .arg(m_httpStatus);
    case Kind::Throttled:
        if (m_retryAfterSeconds > 60) {
            const qint64 minutes = (m_retryAfterSeconds + 59) / 60;
            //: Fills "wait %2 before the next request".
            const QString wait = minutes < 120
                                     ? tr("%n minute(s)", nullptr, int(minutes))
                                     //: Fills "wait %2 before the next request".
                                     : tr("%n hour(s)", nullptr, int((minutes + 59) / 60));
            //: %1 is the tracker's host name; %2 a duration, "5 minutes" or "2 hours" (translated
            //: separately).
            return tr("The tracker at %1 asks Kintura Desk to wait %2 before the next request "
                      "(too many requests). Try again after that; another app may be using the "
                      "same API key.")
                .arg(h, wait);
        }
        return tr("The tracker at %1 keeps asking to slow down (too many requests). Wait a "
                  "minute and try again; another app may be using the same API key.")
            .arg(h);
    case Kind::ServerError:
        //: %1 is the tracker's host name; %2 the HTTP status code, e.g. 503.
        return tr("The tracker at %1 had an internal problem (HTTP %2) and did not recover "
                  "after several tries. Try again later.")
            .arg(h)
            .arg(m_httpStatus);
    case Kind::Timeout:
        return tr("The tracker at %1 did not answer in time. Check your connection and try "
                  "again.")
            .arg(h);
    case Kind::Unreachable:
        //: %1 is the tracker's host name; %2 the network library's description of the error (often
        //: in English), e.g. "Connection refused".
        return tr("Could not reach the tracker at %1 (%2). Check the tracker URL and your "
                  "network connection.")
            .arg(h, m_detail);
    case Kind::Tls:
        //: %1 is the tracker's host name; %2 the TLS library's description of the certificate
        //: problem (often in English), e.g. "The certificate has expired".
        return tr("The secure connection to %1 could not be verified (%2). Nothing was sent. "
                  "Check the tracker URL, or trust this certificate if you know it is right.")
            .arg(h, m_detail);
    case Kind::InsecureUrl:
        if (!m_redirectHost.isEmpty())
            //: %1 is the tracker's host name; %2 the other host name it redirected to.
            return tr("The tracker at %1 redirected the request to another host, %2, so the API "
                      "key and secret were not sent there. If the tracker has moved to %2, edit "
                      "the integration and enter its new address; otherwise check the tracker "
                      "URL.")
                .arg(h, m_redirectHost);
        if (m_redirect == Redirect::Downgrade)
            //: %1 is the tracker's host name.
            return tr("The tracker at %1 redirected the request to an unencrypted http:// "
                      "address, so the API key and secret were not sent. Ask whoever runs the "
                      "tracker to keep it on https:// only.")
                .arg(h);
        return tr("Refused to send credentials to %1 without encryption. Use an https:// "
                  "tracker URL.")
            .arg(h);
    case Kind::MalformedResponse:
        //: %1 is the tracker's host name; %2 a technical description of what was wrong with the
        //: reply (in English).
        return tr("The tracker at %1 sent a reply Kintura Desk does not understand (%2). Check "
                  "that the URL points to a Kintura tracker.")
            .arg(h, m_detail);
    case Kind::ResponseTooLarge:
        return tr("The tracker at %1 sent a reply far larger than expected, so it was "
                  "stopped. Check that the URL points to a Kintura tracker.")
            .arg(h);
    case Kind::DataChanged:
        return tr("The data at the tracker %1 kept changing while it was being read. Try "
                  "again in a moment.")
            .arg(h);
    case Kind::Cancelled:
        return tr("The request to %1 was cancelled.").arg(h);
    case Kind::LocalStorage:
        //: %1 is the tracker's host name; %2 the database's description of the error (often in
        //: English).
        return tr("The data from %1 could not be stored on this computer (%2). Check the free "
                  "disk space; the cache was left as it was.")
            .arg(h, m_detail);
    case Kind::NotOffered:
        return notOfferedMessage();
    case Kind::Credentials:
        // The keychain's own sentence (what happened, what to do) says it best.
        return m_detail.isEmpty()
                   ? tr("The API key and secret for %1 could not be read from the system "
                        "keychain. Unlock it and try again.")
                         .arg(h)
                   : m_detail;
    }
    return {};
}

QString TrackerError::notOfferedMessage() const
{
    const QString how = m_httpStatus >= 300
                            //: Fills "does not offer %2 (%3)": the HTTP status it answered with.
                            ? tr("HTTP %1").arg(m_httpStatus)
                            //: Fills "does not offer %2 (%3)": it answered with an HTML page.
                            : tr("it answers with a web page");
    switch (m_feature) {
    case Feature::Reports:
        //: %1 is the tracker's host name; %2 an API path, e.g. /1.0/stats; %3 "HTTP 404".
        return tr("The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its "
                  "reports through the API. Numbers already on this computer stay shown.")
            .arg(m_host, m_endpoint, how);
    case Feature::Templates:
        //: %1 is the tracker's host name; %2 an API path, e.g. /1.0/traffic-sources; %3 "HTTP 404".
        return tr("The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its "
                  "tracking templates: check each ad network's template in Kintura itself.")
            .arg(m_host, m_endpoint, how);
    case Feature::Settings:
        //: %1 is the tracker's host name; %2 an API path, e.g. /1.0/settings; %3 "HTTP 404".
        return tr("The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its "
                  "currency, conversion registration time and time zone; it uses the values "
                  "entered for this integration.")
            .arg(m_host, m_endpoint, how);
    case Feature::Other:
        break;
    }
    //: %1 is the tracker's host name; %2 an API path; %3 "HTTP 404".
    return tr("The tracker at %1 does not offer %2 (%3), which this needs.")
        .arg(m_host, m_endpoint, how);
}

QString TrackerError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case Kind::DataChanged:
        return QStringLiteral("data-changed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::LocalStorage:
        return QStringLiteral("local-storage");
    case Kind::Credentials:
        return QStringLiteral("credentials");
    case Kind::NotOffered:
        return QStringLiteral("not-offered");
    }
    return QStringLiteral("unknown");
}

} // namespace kd
