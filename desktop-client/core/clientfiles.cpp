// SPDX-License-Identifier: GPL-3.0-or-later
// Client's part for files: every chat offers them (once enabled), and an incoming connection
// that turns out to be a transfer link goes to Transfers instead of becoming a chat.
#include "client.h"

#include "chatsession.h"
#include "transfers.h"

namespace chatbuddy::client {

void Client::setUpFiles(ChatSession *session)
{
    if (!m_filesEnabled)
        return;
    m_transfers->attach(session);
    if (session->direction() != ChatSession::Direction::Incoming)
        return;
    connect(session, &ChatSession::transferLinkOpened, this, [this, session](const QString &id) {
        // Taken: the session was never a chat, and goes without a trace.
        if (m_transfers->takeLink(session, id))
            session->deleteLater();
    });
}

} // namespace chatbuddy::client
