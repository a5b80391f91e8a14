#pragma once
// Local HTTP servers for download tests (127.0.0.1, a free port).
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <thread>

#include "download/ResourceCatalogue.h"

// Just enough HTTP/1.1 for the downloader: GET with an optional "Range: bytes=N-".
class TestServer : public QTcpServer {
  public:
    struct Route {
        QByteArray body;
        int dropAfter = -1;           // the first response stops after this many body bytes
        bool stall = false;           // send a first chunk, then nothing
        QByteArray redirect;          // a 302 to this path
        int bytesPerTick = 0;         // > 0: send this much every 20 ms (a slow network)
        bool rangesFromZero = false;  // answer a Range request with 206 from byte 0
        QByteArray contentEncoding;   // a Content-Encoding header (the body is sent as it is)
    };
    QHash<QByteArray, Route> routes;
    QList<QByteArray> ranges;  // the Range header of each request ("" when none)

    TestServer() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(listen(QHostAddress::LocalHost));
    }
    QByteArray url(const QByteArray& path) const {
        return "http://127.0.0.1:" + QByteArray::number(serverPort()) + path;
    }
    // Serves a catalogue resource where downloadUrl() looks for it with this server as
    // $LAYERLAB_DOWNLOAD_BASE (which this sets).
    Route& mirror(const layerlab::download::Resource& resource, const QByteArray& body) {
        qputenv("LAYERLAB_DOWNLOAD_BASE", url(""));
        const QUrl mirrored(QString::fromStdString(layerlab::download::downloadUrl(resource)));
        Route& route = routes[mirrored.path().toUtf8()];
        route.body = body;
        return route;
    }

  private:
    void serve(QTcpSocket* socket) {
        QByteArray& buffer = pending_[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n")) return;
        const QList<QByteArray> lines = buffer.split('\n');
        buffer.clear();
        const QByteArray path = lines.first().split(' ').value(1);
        QByteArray range;
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("range:")) range = line.mid(6).trimmed();
        ranges << range;
        if (!routes.contains(path)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        Route& route = routes[path];
        if (!route.redirect.isEmpty()) {
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + route.redirect +
                          "\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        qint64 from = 0;
        if (range.startsWith("bytes=")) from = range.mid(6).split('-').first().toLongLong();
        const bool partial = from > 0;
        if (route.rangesFromZero) from = 0;
        const QByteArray rest = route.body.mid(from);
        QByteArray head = partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        head += "Content-Length: " + QByteArray::number(rest.size()) + "\r\n";
        if (!route.contentEncoding.isEmpty())
            head += "Content-Encoding: " + route.contentEncoding + "\r\n";
        if (partial)
            head += "Content-Range: bytes " + QByteArray::number(from) + "-" +
                    QByteArray::number(route.body.size() - 1) + "/" +
                    QByteArray::number(route.body.size()) + "\r\n";
        socket->write(head + "\r\n");
        if (route.stall) {
            socket->write(rest.left(100));
            return;  // and never the rest
        }
        if (route.dropAfter >= 0) {
            socket->write(rest.left(route.dropAfter));
            route.dropAfter = -1;
            socket->flush();
            socket->abort();
            return;
        }
        if (route.bytesPerTick > 0) {
            trickle(socket, rest, route.bytesPerTick);
            return;
        }
        socket->write(rest);
    }
    void trickle(QTcpSocket* socket, QByteArray rest, int chunk) {
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, timer, rest, chunk]() mutable {
            socket->write(rest.left(chunk));
            rest.remove(0, chunk);
            if (rest.isEmpty()) timer->stop();
        });
        timer->start(20);
    }
    QHash<QTcpSocket*, QByteArray> pending_;
};

// A mirror that answers each GET with a chunked stream that does not end: 1 MiB chunks, until
// `chunks` are sent or the client goes. It sends from a thread of its own with blocking writes,
// as fast as the client takes the bytes and holding one chunk, so it outruns a client whose
// own thread is busy.
class EndlessChunkedServer {
  public:
    explicit EndlessChunkedServer(int chunks) : listener_(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        auto* any = reinterpret_cast<sockaddr*>(&address);
        if (::bind(listener_, any, length) != 0 || ::listen(listener_, 4) != 0 ||
            ::getsockname(listener_, any, &length) != 0)
            qFatal("EndlessChunkedServer: no socket on 127.0.0.1");
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this, chunks] {
            for (int client; (client = ::accept(listener_, nullptr, nullptr)) >= 0;) {
                serve(client, chunks);
                ::close(client);
            }
        });
    }
    ~EndlessChunkedServer() {
        ::shutdown(listener_, SHUT_RDWR);  // ends the accept() above
        thread_.join();
        ::close(listener_);
    }
    EndlessChunkedServer(const EndlessChunkedServer&) = delete;
    EndlessChunkedServer& operator=(const EndlessChunkedServer&) = delete;
    QByteArray url(const QByteArray& path) const {
        return "http://127.0.0.1:" + QByteArray::number(port_) + path;
    }

  private:
    static void serve(int client, int chunks) {
        char request[4096];
        if (::recv(client, request, sizeof request, 0) <= 0) return;  // one GET, read whole
        const QByteArray chunk = "100000\r\n" + QByteArray(1 << 20, 'x') + "\r\n";
        if (!sendAll(client, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")) return;
        for (int sent = 0; sent < chunks && sendAll(client, chunk);) ++sent;
    }
    static bool sendAll(int client, const QByteArray& bytes) {
        for (qsizetype done = 0; done < bytes.size();) {
            const ssize_t n =
                ::send(client, bytes.constData() + done, bytes.size() - done, MSG_NOSIGNAL);
            if (n <= 0) return false;
            done += n;
        }
        return true;
    }
    int listener_;
    quint16 port_ = 0;
    std::thread thread_;
};
