// SPDX-License-Identifier: GPL-3.0-or-later
// HubConnection: following the directory. While few are online the users list is the whole
// directory, paged in after welcome and kept live by presence deltas. A hub that speaks
// feature::PresenceScope stops sending everyone's deltas when many are online (`watching`
// says so): then the list is the user's contacts, watched one by one, plus what the user
// searched for (a `list` with a filter), watched too once the search settles. Every `list`
// goes out at a pace below the hub's rate limit, and a search typed faster than that pace
// sends only its latest text.

#include "hubconnection.h"

#include "username.h"
#include "usersmodel.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

void HubConnection::startFollowing(const Welcome &welcome)
{
    m_users->clear();
    m_users->setSelfName(m_self.name);
    m_scopeAware = welcome.features.contains(feature::PresenceScope);
    m_whole = true;
    m_scopeKnown = false;
    m_directorySize = 0;
    m_clock.start();
    m_listPace = RateLimiter(ListRequestsPerSecond, ListRequestBurst, m_clock.elapsed());
    if (!m_scopeAware) {
        // A hub of version 1: everyone, always. Watch first, then list: deltas that race
        // with the pages are applied on top.
        send(Watch{}.toJson());
        requestPage(0);
        return;
    }
    // `watching` answers and tells whether to page in everyone or to search.
    m_users->upsert(m_self);
    sendWatch();
}

void HubConnection::stopFollowing()
{
    m_listing = false;
    m_pageToSend.reset();
    m_searchToSend = false;
    m_pendingLists.clear();
    m_found.clear();
    m_unconfirmed.clear();
    m_watchesInFlight = 0;
    m_watchedKeys.clear();
    m_watchedSet.clear();
    m_listTimer.stop();
    m_watchTimer.stop();
    m_scopeAware = false;
    m_scopeKnown = false;
    m_directorySize = 0;
    if (!m_whole) {
        m_whole = true;
        Q_EMIT directoryScopeChanged(true);
    }
    m_searchMatches = -1;
}

int HubConnection::directorySize() const
{
    if (!isOnline())
        return 0;
    return m_whole ? m_users->rowCount() : std::max(m_directorySize, m_users->rowCount());
}

void HubConnection::setContacts(const QStringList &names, const QSet<QString> &fingerprints)
{
    m_contactNames = names.mid(0, MaxWatchedContacts);
    m_contactKeys.clear();
    for (const QString &name : std::as_const(m_contactNames))
        m_contactKeys.insert(usernameKey(name));
    m_contactFingerprints = fingerprints;
    if (isOnline() && m_scopeAware)
        m_watchTimer.start(SearchSettle);
}

void HubConnection::searchDirectory(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted == m_searchText)
        return;
    m_searchText = wanted;
    m_searchMatches = -1;
    if (!isOnline() || m_whole)
        return;
    if (wanted.isEmpty()) {
        m_searchToSend = false;
        removeFound(m_found);
        m_watchTimer.start(SearchSettle);
        Q_EMIT directorySearched(QString(), -1);
        return;
    }
    m_searchToSend = true;
    sendLists();
}

void HubConnection::requestPage(int offset)
{
    m_listing = true;
    m_pageToSend = offset;
    sendLists();
}

// What waits goes out as the pace allows: the page of the whole directory first, then the
// search (only its latest text).
void HubConnection::sendLists()
{
    while (m_pageToSend || m_searchToSend) {
        if (!m_listPace.take(m_clock.elapsed())) {
            if (!m_listTimer.isActive())
                m_listTimer.start(1000 / ListRequestsPerSecond);
            return;
        }
        ListRequest request;
        if (m_pageToSend) {
            request.offset = *std::exchange(m_pageToSend, std::nullopt);
            request.limit = MaxListLimit;
            m_pendingLists.push_back({false, QString()});
        } else {
            m_searchToSend = false;
            request.filter = m_searchText;
            request.limit = SearchLimit;
            m_pendingLists.push_back({true, m_searchText});
        }
        send(request.toJson());
    }
}

void HubConnection::handleUserList(const UserList &page)
{
    if (m_pendingLists.empty())
        return; // nothing asked for it
    const PendingList asked = m_pendingLists.front();
    m_pendingLists.pop_front();
    if (asked.search) {
        // Only the answer to what the user typed last counts.
        if (!m_whole && asked.filter == m_searchText)
            showFound(page);
        return;
    }
    if (!m_listing)
        return; // the directory grew too big while paging: contacts and search now
    m_users->upsertAll(page.users);
    // In 64 bits: a hub may send any offset up to INT_MAX (found by fuzz_hubclient).
    const qint64 next = qint64(page.offset) + page.users.size();
    if (!page.users.isEmpty() && next < page.total)
        requestPage(int(next));
    else
        m_listing = false;
}

void HubConnection::showFound(const UserList &found)
{
    QSet<QString> keys;
    for (const UserInfo &user : found.users)
        keys.insert(usernameKey(user.name));
    removeFound(m_found - keys);
    m_users->upsertAll(found.users);
    m_found = keys;
    m_searchMatches = found.total;
    m_watchTimer.start(SearchSettle); // watched once the user stops typing
    Q_EMIT directorySearched(m_searchText, m_searchMatches);
}

// Found people leave the list unless it follows them anyway (contacts, the user).
void HubConnection::removeFound(QSet<QString> keys)
{
    QStringList leaving;
    for (const QString &key : std::as_const(keys)) {
        m_found.remove(key);
        m_unconfirmed.remove(key);
        const int row = m_users->rowOf(key);
        if (row >= 0 && !keptLive(m_users->userAt(row)))
            leaving.append(key);
    }
    m_users->removeAll(leaving);
}

bool HubConnection::keptLive(const UserInfo &user) const
{
    const QString key = usernameKey(user.name);
    return key == usernameKey(m_self.name) || m_contactKeys.contains(key) ||
           (!user.fingerprint.isEmpty() && m_contactFingerprints.contains(user.fingerprint));
}

void HubConnection::handlePresence(const Presence &presence)
{
    const QString key = usernameKey(presence.user.name);
    if (presence.event == Presence::Event::Left) {
        m_found.remove(key);
        m_unconfirmed.remove(key);
        m_users->remove(presence.user.name);
        return;
    }
    // On a big hub only the watched are followed: a delta sent before the hub stopped
    // following everyone must not leave someone listed for good.
    if (!m_whole && !m_watchedSet.contains(key) && key != usernameKey(m_self.name))
        return;
    m_unconfirmed.remove(key);
    m_users->upsert(presence.user);
}

void HubConnection::handleWatching(const Watching &watching)
{
    const bool answer = m_watchesInFlight > 0;
    if (answer)
        --m_watchesInFlight;
    const bool sizeChanged = watching.online != m_directorySize;
    m_directorySize = watching.online;
    const bool first = !m_scopeKnown;
    m_scopeKnown = true;
    if (watching.all && (first || !m_whole)) {
        // Everyone again: page them in (the deltas flow from now on).
        // Found people not yet watched may have left since: they go; the pages bring back
        // whoever is online.
        m_whole = true;
        removeFound(m_found - m_watchedSet);
        m_found.clear();
        m_unconfirmed.clear();
        m_searchToSend = false;
        m_searchMatches = -1;
        requestPage(0);
        if (!first)
            Q_EMIT directoryScopeChanged(true);
        return;
    }
    if (!watching.all && (first || m_whole)) {
        // Too many for everyone: keep the user and the contacts, search for the rest.
        m_whole = false;
        m_listing = false;
        m_pageToSend.reset();
        QStringList leaving;
        for (const UserInfo &user : m_users->users()) {
            if (!keptLive(user))
                leaving.append(user.name);
        }
        m_users->removeAll(leaving);
        m_searchMatches = -1;
        m_searchToSend = !m_searchText.isEmpty();
        sendLists();
        Q_EMIT directoryScopeChanged(false);
        return;
    }
    if (answer && !m_whole) {
        // The hub confirmed the newly watched who are online; the others have left.
        removeFound(std::exchange(m_unconfirmed, {}));
    }
    if (sizeChanged)
        Q_EMIT directorySearched(m_searchText, m_searchMatches);
}

// Watches the contacts and, on a big hub, the search results (MaxWatchNames at most); the
// whole directory is always asked for (the hub grants it while few are online).
void HubConnection::sendWatch()
{
    m_watchTimer.stop();
    QStringList keys;
    QSet<QString> set;
    const auto add = [&keys, &set](const QString &key) {
        if (keys.size() < MaxWatchNames && isValidUsername(key) && !set.contains(key)) {
            keys.append(key);
            set.insert(key);
        }
    };
    for (const QString &name : std::as_const(m_contactNames))
        add(usernameKey(name));
    QStringList found = m_whole ? QStringList() : m_found.values();
    std::sort(found.begin(), found.end());
    for (const QString &key : std::as_const(found))
        add(key);
    if (m_scopeKnown && keys == m_watchedKeys)
        return;
    if (!m_whole) {
        // The hub says `joined` for each newly watched one online: the others have left.
        m_unconfirmed.clear();
        for (const QString &key : std::as_const(found)) {
            if (set.contains(key) && !m_watchedSet.contains(key))
                m_unconfirmed.insert(key);
        }
    }
    m_watchedKeys = keys;
    m_watchedSet = set;
    Watch watch;
    watch.all = true;
    watch.names = keys;
    ++m_watchesInFlight;
    send(watch.toJson());
}

} // namespace chatbuddy::client
