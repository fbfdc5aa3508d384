// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include "tlsconnection.h"

#include <csignal>

namespace chatbuddy::hub {

Transport::Transport(std::shared_ptr<ServerTlsContext> tls, const Settings &settings,
                     Directory *directory, QObject *parent)
    : QObject(parent)
    , m_tls(std::move(tls))
    , m_settings(settings)
    , m_directory(directory)
    , m_handshakes(settings.handshakeThreads,
                   [this](HandshakeOutcome outcome) { handshakeDone(std::move(outcome)); })
{
    // OpenSSL writes to the sockets itself: a client gone mid-write must be an error, not a
    // signal that ends the process.
    std::signal(SIGPIPE, SIG_IGN);
    m_poller.setAfterBatch([this] { endOfTurn(); });
    m_clock.start();
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Transport::expireDeadlines);
}

Transport::~Transport()
{
    abortAll();
    m_deadlineTimer.stop();
    // Connections still in a handshake thread come back as the threads stop (dropped there).
    m_connections.clear();
}

void Transport::adopt(qintptr socketDescriptor)
{
    const quint64 id = m_nextId++;
    ++m_live;
    auto connection = std::make_unique<TlsConnection>(this, id, int(socketDescriptor));
    m_connections.emplace(id, std::move(connection));
    // The constructor may have finished it already (retire() keeps the count right).
}

TlsConnection *Transport::find(quint64 id) const
{
    const auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : it->second.get();
}

void Transport::abortAll()
{
    std::vector<TlsConnection *> live;
    for (const auto &[id, connection] : m_connections) {
        if (!connection->isFinished())
            live.push_back(connection.get());
    }
    for (TlsConnection *connection : live)
        connection->abort();
}

void Transport::startHandshake(quint64 id, std::shared_ptr<TlsSocket> socket)
{
    m_handshakes.start(id, std::move(socket));
}

void Transport::handshakeDone(HandshakeOutcome outcome)
{
    const auto it = m_connections.find(outcome.id);
    if (it == m_connections.end())
        return; // the outcome's socket is freed with it
    it->second->handshakeFinished(outcome);
    if (it->second->isFinished())
        retire(it->second.get());
    endOfTurn();
}

void Transport::queueFlush(TlsConnection *connection)
{
    m_flush.push_back(connection->id());
    if (!m_endOfTurnQueued) {
        m_endOfTurnQueued = true;
        QMetaObject::invokeMethod(this, &Transport::endOfTurn, Qt::QueuedConnection);
    }
}

void Transport::retire(TlsConnection *connection)
{
    m_retired.push_back(connection->id());
    if (!m_endOfTurnQueued) {
        m_endOfTurnQueued = true;
        QMetaObject::invokeMethod(this, &Transport::endOfTurn, Qt::QueuedConnection);
    }
}

void Transport::endOfTurn()
{
    m_endOfTurnQueued = false;
    // Flushing may finish connections (a write error), which retires them: flush first.
    std::vector<quint64> flush;
    flush.swap(m_flush);
    for (const quint64 id : flush) {
        const auto it = m_connections.find(id);
        if (it != m_connections.end())
            it->second->flush();
    }
    std::vector<quint64> retired;
    retired.swap(m_retired);
    for (const quint64 id : retired) {
        const auto it = m_connections.find(id);
        if (it == m_connections.end() || !it->second->isFinished())
            continue;
        if (it->second->isAway()) {
            m_retired.push_back(id); // freed when the handshake thread gives it back
            continue;
        }
        m_deadlineOf.erase(id);
        m_connections.erase(it);
        --m_live;
        Q_EMIT connectionFinished();
    }
}

void Transport::setGraceDeadline(TlsConnection *connection, std::chrono::milliseconds delay)
{
    if (delay.count() < 0) {
        m_deadlineOf.erase(connection->id());
        return;
    }
    const qint64 due = m_clock.elapsed() + delay.count();
    m_deadlineOf[connection->id()] = due;
    m_deadlines.emplace(due, connection->id());
    armDeadlineTimer();
}

void Transport::armDeadlineTimer()
{
    // Entries whose deadline was cleared or moved are dropped as they come up.
    while (!m_deadlines.empty()) {
        const auto first = m_deadlines.begin();
        const auto current = m_deadlineOf.find(first->second);
        if (current != m_deadlineOf.end() && current->second == first->first)
            break;
        m_deadlines.erase(first);
    }
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_deadlines.begin()->first - m_clock.elapsed());
    m_deadlineTimer.start(std::chrono::milliseconds(wait));
}

void Transport::expireDeadlines()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const auto [due, id] = *m_deadlines.begin();
        m_deadlines.erase(m_deadlines.begin());
        const auto current = m_deadlineOf.find(id);
        if (current == m_deadlineOf.end() || current->second != due)
            continue;
        m_deadlineOf.erase(current);
        const auto it = m_connections.find(id);
        if (it != m_connections.end())
            it->second->graceExpired();
    }
    endOfTurn();
    armDeadlineTimer();
}

} // namespace chatbuddy::hub
