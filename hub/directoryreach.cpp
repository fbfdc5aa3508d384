// SPDX-License-Identifier: GPL-3.0-or-later
// "Can others reach me?" (feature::Reachability, docs/protocol.md §5): after `welcome`, and
// when the client asks again, the hub checks that the client's chat port accepts a TCP
// connection from the hub's side and tells the client in a `reachability` frame.

#include "directory.h"
#include "hublog.h"
#include "safetext.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

void Directory::checkReachability(Session &session)
{
    if (session.reachChecking || !session.connection)
        return;
    session.reachChecking = true;
    session.reachCheckedMs = nowMs();
    const quint64 id = session.connection->id();
    const QString address = session.address;
    const quint16 port = session.user.port;
    m_reachabilityCheck(
        address, port, [this, id, address, port](bool reachable, const QString &detail) {
            const CallGuard guard(*this);
            const auto it = m_sessions.find(id);
            if (it == m_sessions.end() || it->second.closing)
                return; // gone meanwhile: nobody to tell
            Session &checked = it->second;
            checked.reachChecking = false;
            Reachability reach{address, port, reachable, detail};
            if (!reachable)
                qCInfo(lcHub, "%s's chat port %u cannot be reached from the hub (%s)",
                       qUtf8Printable(quoted(checked.user.name)), port, qUtf8Printable(detail));
            checked.reach = reach;
            send(checked, reach);
        });
}

void Directory::handleCheckReachability(Session &session)
{
    if (session.reachChecking)
        return; // the answer to the running check comes
    if (session.reach && nowMs() - session.reachCheckedMs < m_config.reachabilityInterval.count()) {
        send(session, *session.reach); // too soon: what the last check found
        return;
    }
    checkReachability(session);
}

} // namespace chatbuddy::hub
