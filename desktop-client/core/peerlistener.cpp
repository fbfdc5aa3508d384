// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerlistener.h"

namespace chatbuddy::client {

PeerListener::PeerListener(QObject *parent)
    : QObject(parent)
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
    Q_EMIT m_owner->connectionAccepted(socketDescriptor);
}

} // namespace chatbuddy::client
