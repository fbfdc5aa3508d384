// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TLS handshakes on worker threads. A handshake is the one expensive step of a session (key
// agreement, the hub's signature, checking the client's): spread over the cores, a burst of
// logins does not hold up the directory, which stays on the main thread with every
// established session. A worker takes a socket and its fresh SSL session, runs the handshake
// on its own poller and hands both back, finished or failed; nothing else of a session ever
// runs there. With no threads, the same runs on the calling thread.

#include "tlscontext.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QThread;

namespace chatbuddy::hub {

class HandshakeWorker;

// A socket and its SSL session in transit between threads: freed (SSL_free, close) unless
// released, so nothing leaks whichever side lets go of it, even at shutdown.
class TlsSocket {
public:
    TlsSocket(int fd, SSL *session);
    ~TlsSocket();
    TlsSocket(const TlsSocket &) = delete;
    TlsSocket &operator=(const TlsSocket &) = delete;

    int fd() const { return m_fd; }
    SSL *session() const { return m_session; }
    void release();

private:
    int m_fd;
    SSL *m_session;
};

struct HandshakeOutcome {
    quint64 id = 0;
    std::shared_ptr<TlsSocket> socket; // null when the handshake was cancelled
    bool ok = false;
    QString error; // why it failed, for the log
    PeerKey peer;  // the client's key, when ok
};

class Handshakes : public QObject {
    Q_OBJECT
public:
    // threads: worker threads (0: handshakes run on this thread). done is called on this
    // thread for every start(), exactly once, cancelled ones included.
    Handshakes(int threads, std::function<void(HandshakeOutcome)> done, QObject *parent = nullptr);
    ~Handshakes() override;

    int threadCount() const { return int(m_threads.size()); }
    // Takes over socket; the handshake starts at once on the next worker in turn.
    void start(quint64 id, std::shared_ptr<TlsSocket> socket);
    // Stops a handshake still running; done() follows with a null socket (or, if it had just
    // finished, with the outcome, which the caller then drops).
    void cancel(quint64 id);

private:
    friend class HandshakeWorker;
    void finished(HandshakeOutcome outcome);

    std::function<void(HandshakeOutcome)> m_done;
    std::vector<HandshakeWorker *> m_workers;
    std::vector<QThread *> m_threads;
    std::size_t m_next = 0;
    std::unordered_map<quint64, HandshakeWorker *> m_running;
};

} // namespace chatbuddy::hub
