// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's client transport: every accepted socket becomes a TlsConnection on one Poller
// (readiness costs O(active sockets), not O(all)), shares one ServerTlsContext, and runs its
// TLS handshake on the Handshakes threads. Writes queued during an event-loop turn go out
// together at its end; per-connection deadlines (the close grace period) share one timer.
// The directory sees only Connection.

#include "handshakes.h"
#include "poller.h"
#include "tlscontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace chatbuddy::hub {

class Directory;
class TlsConnection;

class Transport : public QObject {
    Q_OBJECT
public:
    struct Settings {
        bool allowLegacy = false;
        std::chrono::milliseconds closeGrace{2'000};
        std::chrono::milliseconds handshakeTimeout{3'000};
        int handshakeThreads = 0; // 0: on this thread
    };

    Transport(std::shared_ptr<ServerTlsContext> tls, const Settings &settings, Directory *directory,
              QObject *parent = nullptr);
    // Aborts whatever is still open (the directory is told).
    ~Transport() override;

    // Takes over an accepted socket.
    void adopt(qintptr socketDescriptor);
    // Connections the directory has not yet been told are closed.
    int connectionCount() const { return m_live; }
    void abortAll();
    int handshakeThreads() const { return m_handshakes.threadCount(); }

    // For TlsConnection.
    TlsConnection *find(quint64 id) const;
    Directory *directory() const { return m_directory; }
    const Settings &settings() const { return m_settings; }
    Poller &poller() { return m_poller; }
    SSL *newSession(int fd) const { return m_tls->newSession(fd); }
    void startHandshake(quint64 id, std::shared_ptr<TlsSocket> socket);
    void cancelHandshake(quint64 id) { m_handshakes.cancel(id); }
    void queueFlush(TlsConnection *connection);
    // Calls connection->graceExpired() after delay, unless cleared (delay < 0) or set again.
    void setGraceDeadline(TlsConnection *connection, std::chrono::milliseconds delay);
    // The connection is finished and the directory told; freed at the end of this turn
    // (once a handshake thread has given it back).
    void retire(TlsConnection *connection);

Q_SIGNALS:
    // A connection closed; connectionCount() is one less.
    void connectionFinished();

private:
    void endOfTurn();
    void handshakeDone(HandshakeOutcome outcome);
    void expireDeadlines();
    void armDeadlineTimer();

    std::shared_ptr<ServerTlsContext> m_tls;
    Settings m_settings;
    Directory *m_directory;
    Poller m_poller;
    Handshakes m_handshakes;
    quint64 m_nextId = 1;
    int m_live = 0;
    std::unordered_map<quint64, std::unique_ptr<TlsConnection>> m_connections;
    std::vector<quint64> m_flush; // connections with output queued this turn
    std::vector<quint64> m_retired;
    bool m_endOfTurnQueued = false;
    // Grace deadlines: (ms on m_clock, connection id); m_deadlineOf says which is current.
    std::multimap<qint64, quint64> m_deadlines;
    std::unordered_map<quint64, qint64> m_deadlineOf;
    QElapsedTimer m_clock;
    QTimer m_deadlineTimer;
};

} // namespace chatbuddy::hub
