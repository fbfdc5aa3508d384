// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerlistener.h"

#include "chatsession.h"

namespace chatbuddy::client {

PeerListener::PeerListener(Profile *profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
}

bool PeerListener::listen(quint16 preferredPort, const QHostAddress &address)
{
    close();
    m_fallback = false;
    if (m_server.listen(address, preferredPort))
        return true;
    if (preferredPort == 0)
        return false;
    // Another client (or program) has the port: any free one will do, the hub learns which.
    m_fallback = true;
    return m_server.listen(address, 0);
}

void PeerListener::close()
{
    m_server.close();
}

void PeerListener::Server::incomingConnection(qintptr socketDescriptor)
{
    ChatSession *session = ChatSession::fromIncoming(m_owner->m_profile, socketDescriptor,
                                                       m_owner->m_allowLegacy);
    Q_EMIT m_owner->incomingSession(session);
}

} // namespace chatbuddy::client
