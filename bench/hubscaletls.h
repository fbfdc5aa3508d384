// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The workers' TLS, with OpenSSL directly: one shared client context for every session (a
// QSslSocket per session would cost the generator about as much memory as the hub), and
// non-blocking sockets that the worker's epoll loop drives. Loopback only.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/ssl.h>

#include <memory>

namespace chatbuddy {
class Identity;
}

namespace chatbuddy::bench::hubscale {

struct ContextDeleter {
    void operator()(SSL_CTX *context) const { SSL_CTX_free(context); }
};
using ClientContext = std::unique_ptr<SSL_CTX, ContextDeleter>;

// TLS 1.3 only, presenting identity's certificate and key; released buffers while idle, no
// session cache. The hub's self-signed certificate is not checked (clients pin it; a
// benchmark has nothing to pin). Null and *error on failure.
ClientContext makeClientContext(const Identity &identity, QString *error);

// The entries of OpenSSL's error queue as one line (and clears the queue).
QString takeSslErrors();

// A TCP connection being opened, without blocking, from source (an address in 127.0.0.0/8,
// host order) to 127.0.0.1:port with TCP_NODELAY. The descriptor, or -1 and *error.
int connectLoopback(quint32 source, quint16 port, QString *error);
// Whether the connect() of fd has succeeded once it is writable; *error when it failed.
bool connectSucceeded(int fd, QString *error);

// One TLS client connection over a non-blocking socket it owns. Every call does what it can
// without blocking and says what it needs next.
class TlsLink {
public:
    enum class Status { Done, WantRead, WantWrite, Closed, Failed };

    TlsLink() = default;
    ~TlsLink() { close(false); }
    TlsLink(const TlsLink &) = delete;
    TlsLink &operator=(const TlsLink &) = delete;

    // Takes ownership of fd (connected) and starts the client side of a handshake.
    bool attach(SSL_CTX *context, int fd, QString *error);
    int fd() const { return m_fd; }

    Status handshake();
    // Reads into buffer: Done with *count > 0, WantRead when nothing is left, Closed at the
    // hub's close (or end of stream), Failed on an error.
    Status read(char *buffer, int size, int *count);
    // Queues bytes and writes as much as possible of what is queued.
    Status write(QByteArrayView bytes);
    // Writes what is still queued (after WantWrite).
    Status flush();
    bool hasQueuedOutput() const { return !m_output.isEmpty(); }

    // Closes the connection: gracefully with a TLS close_notify (a user who quits), or not.
    void close(bool graceful);
    // Why the last call failed.
    QString error() const { return m_error; }

private:
    Status status(int result);

    int m_fd = -1;
    SSL *m_ssl = nullptr;
    QByteArray m_output; // not yet accepted by SSL_write
    QString m_error;
};

} // namespace chatbuddy::bench::hubscale
