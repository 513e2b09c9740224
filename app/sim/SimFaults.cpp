// The simulator's fault injection: which request a fault takes, and how a reply reaches the
// socket when one does (wrong totals, truncated or trickling bodies, resets, stalls, proxy
// pages). Kept apart from the API handlers in SimServer.cpp.
#include "SimJson.h"
#include "SimServer.h"
#include "platform/Sockets.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace kd::sim {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace

void SimServer::armFault(const SimFault& fault)
{
    m_faults.append(fault);
}

bool SimServer::takeFault(const QString& endpoint, SimFault* out)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault& f = m_faults[i];
        if (f.endpoint != endpoint && f.endpoint != QLatin1String("*"))
            continue;
        if (f.skip > 0) {
            --f.skip; // this one passes untouched
            return false;
        }
        ++f.hits;
        *out = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void SimServer::retotal(Reply* reply, const QHttpServerRequest& request, const SimFault& fault)
{
    const QUrlQuery query = request.query();
    const int asked = query.queryItemValue(QStringLiteral("per_page")).toInt();
    const int perPage = asked > 0 ? std::min(asked, kMaxPerPage) : kDefaultPerPage;
    qint64 count = -1;
    for (const auto& [name, value] : std::as_const(reply->headers)) {
        if (name == "X-Total-Count")
            count = value.toLongLong();
    }
    if (count < 0)
        return; // not an index reply
    qint64 pages = 0;
    if (fault.type == QLatin1String("page_count")) {
        pages = fault.shift;
        count = pages * perPage;
    } else {
        // Rows added while the client pages: the count moves, and the pages with it.
        count += fault.type == QLatin1String("growing_total") ? qint64(fault.shift) * fault.hits
                                                              : fault.shift;
        count = std::max<qint64>(0, count);
        pages = (count + perPage - 1) / perPage;
    }
    for (auto& [name, value] : reply->headers) {
        if (name == "X-Total-Count")
            value = QByteArray::number(count);
        else if (name == "X-Total-Pages")
            value = QByteArray::number(pages);
    }
}

void SimServer::deliver(QTcpSocket* socket, Reply reply, const SimFault* fault)
{
    QString type = fault ? fault->type : QString();
    if (type == QLatin1String("status")) {
        reply.status = fault->status > 0 ? fault->status : 500;
        reply.body = fault->body.isEmpty()
                         ? errorJson(reply.status, QStringLiteral("Injected fault"))
                         : fault->body;
        reply.headers.clear();
        if (!fault->retryAfter.isEmpty())
            reply.headers.append({"Retry-After", fault->retryAfter});
    } else if (type == QLatin1String("html")) {
        reply.status = fault->status > 0 ? fault->status : 502;
        reply.contentType = "text/html";
        reply.headers.clear();
        reply.body = "<html><head><title>" + QByteArray::number(reply.status) + " " +
                     reasonPhrase(reply.status) + "</title></head><body><center><h1>" +
                     QByteArray::number(reply.status) + " " + reasonPhrase(reply.status) +
                     "</h1></center><hr><center>nginx</center></body></html>";
    } else if (type == QLatin1String("redirect")) {
        reply.status = fault->status > 0 ? fault->status : 302;
        reply.headers = {{"Location", fault->body}};
        reply.body.clear();
    } else if (type == QLatin1String("invalid_json")) {
        reply.body = reply.body.left(reply.body.size() / 2) + "\x01{]";
    } else if (type == QLatin1String("wrong_shape")) {
        reply.body = fault->body.isEmpty() ? QByteArray(R"({"unexpected":"shape","rows":"none"})")
                                           : fault->body;
    } else if (type == QLatin1String("huge_body")) {
        const qint64 size = fault->bytes > 0 ? fault->bytes : 32 * 1024 * 1024;
        reply.body = "[" + QByteArray(size, ' ') + "]";
    } else if (type == QLatin1String("empty")) {
        reply.body = "[]";
        for (auto& [name, value] : reply.headers) {
            if (name == "X-Total-Count" || name == "X-Total-Pages")
                value = "0";
        }
    }

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    if (type == QLatin1String("stall")) {
        // A tracker (or proxy) that hangs mid-reply: the connection stays open, silent.
        socket->write(head + reply.body.left(reply.body.size() / 2));
        return;
    }
    if (type == QLatin1String("trickle")) {
        // Always some progress, never done in time: defeats an inactivity timeout.
        socket->write(head);
        auto* timer = new QTimer(socket); // goes with the connection
        timer->setTimerType(Qt::PreciseTimer);
        const qint64 chunk = fault->bytes > 0 ? fault->bytes : 1;
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket,
                [guard, timer, chunk, body = reply.body, sent = qint64(0)]() mutable {
                    if (!guard || guard->state() != QAbstractSocket::ConnectedState ||
                        sent >= body.size()) {
                        timer->stop();
                        return;
                    }
                    guard->write(body.mid(sent, chunk));
                    sent += chunk;
                });
        timer->start(fault->delayMs > 0 ? fault->delayMs : 50);
        return;
    }
    if (type == QLatin1String("huge_stream")) {
        // No Content-Length to refuse up front: only counting the bytes stops it.
        const QByteArray streamHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(streamHead);
        const qint64 size = fault->bytes > 0 ? fault->bytes : 32 * 1024 * 1024;
        const QByteArray piece(64 * 1024, ' ');
        const QByteArray framed = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        socket->write("1\r\n[\r\n");
        for (qint64 sent = 0; sent < size; sent += piece.size())
            socket->write(framed);
        socket->write("1\r\n]\r\n0\r\n\r\n");
        return;
    }
    if (type == QLatin1String("truncate")) {
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    if (type == QLatin1String("reset")) {
        socket->write(head + reply.body.left(reply.body.size() / 4));
        socket->flush();
        // close() then sends RST instead of FIN, as a crashing proxy would.
        platform::resetOnClose(socket->socketDescriptor());
        socket->abort();
        return;
    }
    socket->write(head);
    socket->write(reply.body);
}

} // namespace kd::sim
