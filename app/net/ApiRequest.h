#pragma once

#include "RequestPacer.h"
#include "RetryPolicy.h"
#include "tracker/TrackerError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace kd {

struct ApiRequestSpec
{
    QUrl url;
    // Sent with every attempt and never logged (they carry the credentials).
    QList<std::pair<QByteArray, QByteArray>> headers;
    int timeoutMs = 30'000;
    qint64 maxBytes = 16 * 1024 * 1024;
    RetryPolicy retry;
    // SHA-256 (hex, lower-case) of a certificate the user trusts for this tracker although the
    // system does not (self-signed, private CA). Only errors about exactly this certificate
    // are ignored.
    QString pinnedCertificateSha256;
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    TrackerError error;
    int attempts = 0;
};

// One logical GET to a tracker: paced through the host's RequestPacer, retried within the
// policy's bounds, capped in size and time. Emits finished() once, unless aborted.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ApiRequest(QNetworkAccessManager* manager, std::shared_ptr<RequestPacer> pacer,
               ApiRequestSpec spec, QObject* parent = nullptr);
    ~ApiRequest() override;

    void start();
    // Stops whatever is in flight; finished() is not emitted.
    void abort();
    const ApiResponse& response() const { return m_response; }

Q_SIGNALS:
    void finished();

private:
    void scheduleAttempt(qint64 extraDelayMs);
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void complete(const TrackerError& error);

    QNetworkAccessManager* m_manager;
    std::shared_ptr<RequestPacer> m_pacer;
    ApiRequestSpec m_spec;
    ApiResponse m_response;
    QTimer m_waitTimer;
    // The whole reply within timeoutMs: Qt's transfer timeout only notices silence, so a
    // tracker that trickles a byte now and then would otherwise hold the call forever.
    QTimer m_deadline;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QString m_sslProblem;
    QString m_sslCertificateSha256;
    QUrl m_refusedRedirect; // where a redirect we did not follow pointed
    bool m_tooLarge = false;
    bool m_aborted = false;
    int m_throttledRetries = 0;
    int m_transientRetries = 0;
};

// The host as the user would name it in a sentence: "tracker.example.com" or
// "127.0.0.1:8080".
QString displayHost(const QUrl& url);
bool isLoopbackHost(const QString& host);

} // namespace kd
