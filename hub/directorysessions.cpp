// SPDX-License-Identifier: GPL-3.0-or-later
// How the directory talks to its sessions and lets them go: sending (presence batched and
// encoded once), dropping clients that do not read, refusing, closing, and erasing a session
// only when no caller holds it any more. The requests themselves are in directory.cpp.
#include "directory.h"

#include "cluster.h"
#include "framecodec.h"
#include "hublog.h"
#include "safetext.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

bool Directory::send(Session &session, const Message &message)
{
    if (session.closing)
        return false;
    // Deltas gathered for this connection go first: messages leave in the order they were made.
    if (!session.presence.isEmpty() && !flushPresence(session))
        return false;
    session.connection->send(message);
    return checkOutput(session);
}

bool Directory::flushPresence(Session &session)
{
    if (session.closing || session.presence.isEmpty())
        return !session.closing;
    const QList<Message> messages = std::exchange(session.presence, {});
    const QByteArray bytes = std::exchange(session.presenceBytes, {});
    session.connection->sendEncoded(messages, bytes);
    return checkOutput(session);
}

void Directory::flushAllPresence()
{
    const CallGuard guard(*this);
    const std::vector<quint64> pending = std::exchange(m_presencePending, {});
    for (const quint64 id : pending) {
        if (auto it = m_sessions.find(id); it != m_sessions.end())
            flushPresence(it->second); // the session may have closed since it was queued
    }
}

bool Directory::checkOutput(Session &session)
{
    if (session.connection->pendingOutputBytes() <= m_config.maxOutputBytes)
        return true;
    // The client is not reading; holding more for it would grow without bound.
    qCInfo(lcHub,
           "Closing connection from %s: it does not read its replies (%lld bytes "
           "queued)",
           qUtf8Printable(describe(session)), session.connection->pendingOutputBytes());
    unregister(session);
    session.closing = true;
    m_admission.settled(session.connection->id());
    session.connection->abort(); // may report the close at once; the session stays till later
    return false;
}

void Directory::refuse(Session &session, ErrorCode code, const QString &message)
{
    const ErrorReply error = ErrorReply::make(code, message);
    if (send(session, error))
        closeSession(session, u"%1 (%2)"_s.arg(error.message, error.codeName));
}

void Directory::closeSession(Session &session, const QString &reason)
{
    if (session.closing)
        return;
    qCInfo(lcHub, "Closing connection from %s: %s", qUtf8Printable(describe(session)),
           qUtf8Printable(reason));
    unregister(session);
    session.closing = true;
    m_admission.settled(session.connection->id());
    session.connection->close();
}

void Directory::unregister(Session &session)
{
    forgetWatches(session);
    session.presence.clear(); // its id in m_presencePending finds nothing to send
    session.presenceBytes.clear();
    if (session.key.isEmpty())
        return;
    m_users.erase(session.key);
    m_search.invalidate();
    if (m_cluster)
        m_cluster->recordLeave(session.key);
    session.key.clear();
    qCInfo(lcHub, "User %s has disconnected.", qUtf8Printable(quoted(session.user.name)));
    broadcastPresence(Presence::Event::Left, session.user, &session);
    Q_EMIT userLeft(session.user);
    updatePresenceScope();
}

void Directory::connectionClosed(Connection *connection, const QString &reason)
{
    const CallGuard guard(*this);
    auto it = m_sessions.find(connection->id());
    if (it == m_sessions.end() || !it->second.connection)
        return;
    Session &session = it->second;
    if (!session.closing) {
        if (session.key.isEmpty())
            qCInfo(lcHub, "Connection from %s closed: %s", qUtf8Printable(describe(session)),
                   qUtf8Printable(reason));
        unregister(session);
        session.closing = true;
    }
    m_admission.closed(connection->id());
    // Erased when the outermost directory call returns: a caller up the stack (send(),
    // refuse()) may still hold this session.
    session.connection = nullptr;
    m_closed.push_back(it->first);
}

Directory::CallGuard::CallGuard(Directory &directory)
    : m_directory(directory)
{
    ++m_directory.m_callDepth;
}

Directory::CallGuard::~CallGuard()
{
    if (--m_directory.m_callDepth > 0)
        return;
    for (const quint64 id : std::exchange(m_directory.m_closed, {}))
        m_directory.m_sessions.erase(id);
}

} // namespace chatbuddy::hub
