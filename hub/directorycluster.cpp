// SPDX-License-Identifier: GPL-3.0-or-later
// The directory in a cluster of hubs (cluster.h): users online on the other hubs are listed,
// looked up and watched like this hub's own (as sessions without a connection, in
// m_remote); this hub's joins are recorded in the cluster first, so that a name is online
// once among all hubs.
#include "directory.h"

#include "cluster.h"
#include "hublog.h"
#include "safetext.h"
#include "username.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

void Directory::setCluster(Cluster *cluster)
{
    m_cluster = cluster;
    connect(cluster, &Cluster::remoteJoined, this, &Directory::remoteJoined);
    connect(cluster, &Cluster::remoteLeft, this, &Directory::remoteLeft);
    connect(cluster, &Cluster::movedAway, this, &Directory::movedAway);
    connect(
        cluster, &Cluster::mailArrived, this,
        [this](const QString &fingerprint, const QString &name) {
            const CallGuard guard(*this);
            for (auto &[id, session] : m_sessions) {
                if (session.user.fingerprint == fingerprint && !session.key.isEmpty() &&
                    !session.closing && (name.isEmpty() || usernameKey(name) == session.key))
                    send(session,
                         MailWaiting{m_mailbox ? m_mailbox->waiting(fingerprint).value_or(1) : 1});
            }
        });
    for (const UserInfo &user : cluster->remoteUsers())
        remoteJoined(user);
}

bool Directory::recordInCluster(Session &session, const UserInfo &user)
{
    if (!m_cluster)
        return true;
    switch (m_cluster->recordJoin(user)) {
    case Cluster::Join::Recorded:
        return true;
    case Cluster::Join::Taken:
        refuse(session, ErrorCode::NameTaken,
               u"the name %1 is already online; pick another"_s.arg(quoted(user.name)));
        return false;
    case Cluster::Join::Failed:
        refuse(session, ErrorCode::Internal, u"the hub could not record the name"_s);
        return false;
    }
    return false;
}

void Directory::remoteJoined(const UserInfo &user)
{
    const CallGuard guard(*this);
    const QString key = usernameKey(user.name);
    const auto here = m_users.find(key);
    if (here != m_users.end() && !here->second->remote)
        return; // this hub's own session holds the name (the cluster moves it by itself)
    auto [it, added] = m_remote.try_emplace(key, user);
    Session &remote = it->second;
    remote.user = user;
    remote.address = user.address;
    remote.port = user.port;
    remote.key = key;
    if (added) {
        m_users.emplace(key, &remote);
        m_search.invalidate();
    }
    broadcastPresence(Presence::Event::Joined, user, nullptr);
    if (added)
        updatePresenceScope();
}

void Directory::remoteLeft(const UserInfo &user)
{
    const CallGuard guard(*this);
    const QString key = usernameKey(user.name);
    const auto it = m_remote.find(key);
    if (it == m_remote.end())
        return; // moved here meanwhile, or never heard of
    const UserInfo gone = it->second.user;
    m_users.erase(key);
    m_remote.erase(it);
    m_search.invalidate();
    broadcastPresence(Presence::Event::Left, gone, nullptr);
    updatePresenceScope();
}

void Directory::movedAway(const QString &key, const QString &where)
{
    const CallGuard guard(*this);
    const auto it = m_users.find(key);
    if (it == m_users.end() || it->second->remote)
        return;
    Session &session = *it->second;
    refuse(session, ErrorCode::Replaced,
           u"%1 logged in again on another hub%2"_s.arg(
               quoted(session.user.name), where.isEmpty() ? QString() : u" (%1)"_s.arg(where)));
}

} // namespace chatbuddy::hub
