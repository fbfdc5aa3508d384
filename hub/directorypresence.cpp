// SPDX-License-Identifier: GPL-3.0-or-later
// Presence: who hears of whom. Everyone watching everyone is N² frames (at 19,000 users, one
// join would be 19,000 frames), so the whole directory is watched only while it is small;
// beyond that a client hears of the names it watches (its contacts) and searches the rest
// with `list`.

#include "directory.h"

#include "framecodec.h"
#include "hublog.h"
#include "username.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

// Answered with a `presence` `joined` for each newly named user online now (the client cannot
// know who of its contacts is online otherwise), then `watching` (clients that speak
// presence-scope).
void Directory::handleWatch(Session &session, const Watch &watch)
{
    QList<const Session *> onlineNow; // newly named, online: the client hears of them now
    if (watch.names) {
        const QSet<QString> before(session.watchedKeys.cbegin(), session.watchedKeys.cend());
        for (const QString &key : std::as_const(session.watchedKeys)) {
            auto it = m_watchersOf.find(key);
            if (it != m_watchersOf.end() && (it->removeOne(&session), it->isEmpty()))
                m_watchersOf.erase(it);
        }
        session.watchedKeys.clear();
        QSet<QString> seen;
        for (const QString &name : std::as_const(*watch.names)) {
            QString key = usernameKey(name);
            if (key.isEmpty() || seen.contains(key) || key == session.key)
                continue;
            seen.insert(key);
            if (!before.contains(key)) {
                if (const auto user = m_users.find(key); user != m_users.end())
                    onlineNow.append(user->second);
            }
            m_watchersOf[key].append(&session);
            session.watchedKeys.append(std::move(key));
        }
    }
    session.watchAll = watch.wantsAll();
    if (session.watchAll)
        m_allWatchers.insert(&session);
    else
        m_allWatchers.remove(&session);
    for (const Session *user : std::as_const(onlineNow)) {
        if (!send(session, Presence{Presence::Event::Joined, user->user}))
            return; // dropped: a reader too slow for its output
    }
    if (session.scopeAware)
        send(session, watchingOf(session));
}

int Directory::watcherCount(const QString &name) const
{
    const auto it = m_watchersOf.constFind(usernameKey(name));
    return it == m_watchersOf.cend() ? 0 : int(it->size());
}

void Directory::forgetWatches(Session &session)
{
    m_allWatchers.remove(&session);
    session.watchAll = false;
    for (const QString &key : std::as_const(session.watchedKeys)) {
        auto it = m_watchersOf.find(key);
        if (it != m_watchersOf.end() && (it->removeOne(&session), it->isEmpty()))
            m_watchersOf.erase(it);
    }
    session.watchedKeys.clear();
}

Watching Directory::watchingOf(const Session &session) const
{
    Watching watching;
    watching.all = session.watchAll && m_wholeDirectory;
    watching.names = int(session.watchedKeys.size());
    watching.online = int(m_users.size());
    watching.limit = m_config.watchAllLimit;
    return watching;
}

void Directory::updatePresenceScope()
{
    const int online = int(m_users.size());
    const int limit = m_config.watchAllLimit;
    bool whole = m_wholeDirectory;
    if (limit <= 0)
        whole = true;
    else if (whole && online > limit)
        whole = false;
    else if (!whole && online <= limit - std::max(1, limit / 10))
        whole = true;
    if (whole == m_wholeDirectory)
        return;
    m_wholeDirectory = whole;
    if (whole)
        qCInfo(lcHub, "%d users online: presence for the whole directory again", online);
    else
        qCInfo(lcHub, "%d users online (more than %d): presence only for the names clients watch",
               online, limit);
    // Told in words those clients understand; older ones simply hear no more deltas.
    const QList<Session *> watchers = m_allWatchers.values(); // send() may drop slow ones
    for (Session *watcher : watchers) {
        if (watcher->scopeAware && !watcher->closing)
            send(*watcher, watchingOf(*watcher));
    }
}

// Queues one delta for everyone who should hear it: whole-directory watchers while the
// directory is small, and whoever watches this name.
void Directory::broadcastPresence(Presence::Event event, const UserInfo &user,
                                  const Session *except)
{
    const bool toAll = m_wholeDirectory && !m_allWatchers.isEmpty();
    const auto named = m_watchersOf.constFind(usernameKey(user.name));
    if (!toAll && named == m_watchersOf.cend())
        return;
    QList<Session *> targets;
    if (toAll)
        targets = m_allWatchers.values();
    if (named != m_watchersOf.cend()) {
        for (Session *watcher : *named) {
            if (!(toAll && watcher->watchAll))
                targets.append(watcher);
        }
    }
    const Message presence = Presence{event, user};
    if (m_config.presenceBatch.count() == 0) {
        for (Session *watcher : std::as_const(targets)) {
            if (watcher != except && !watcher->closing) // send() may drop slow ones
                send(*watcher, presence);
        }
        return;
    }
    // Encoded once for all watchers.
    const QByteArray line = encodeFrame(messageToJson(presence));
    for (Session *watcher : std::as_const(targets)) {
        if (watcher == except || watcher->closing || watcher->connection->isLegacy())
            continue; // the CLI has no words for presence
        if (watcher->presence.isEmpty())
            m_presencePending.push_back(watcher->connection->id());
        watcher->presence.append(presence);
        watcher->presenceBytes += line;
    }
    if (!m_presencePending.empty() && !m_presenceTimer.isActive())
        m_presenceTimer.start(m_config.presenceBatch);
}

} // namespace chatbuddy::hub
