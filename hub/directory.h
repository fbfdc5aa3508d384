// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's directory logic: who is online, requests, presence, limits. It never touches a
// socket or JSON: transports report connections and typed messages, and it answers through
// Connection with typed messages.

#include "admission.h"
#include "clock.h"
#include "connection.h"
#include "hubconfig.h"
#include "mailbox.h"
#include "messages.h"
#include "namesearch.h"
#include "ratelimiter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

namespace chatbuddy::hub {

class Cluster;
class Registry;

class Directory : public QObject {
    Q_OBJECT
public:
    // registry is not owned and must outlive the directory. clock: milliseconds for deadlines,
    // idle checks and rates (steady by default; tests inject their own and call
    // expireDeadlines() and sweepIdle() themselves).
    Directory(const HubConfig &config, Registry *registry, const QString &hubFingerprint,
              MonotonicClock clock = {}, QObject *parent = nullptr);
    ~Directory() override;

    // Transport side. Every connection is reported open once and closed once; between those
    // the Connection pointer stays valid. No call ever deletes a session under its caller:
    // a closed connection's session is erased from the event loop.
    void connectionOpened(Connection *connection);
    // The TLS handshake finished, or a legacy client spoke: the handshake deadline is met.
    void connectionSecured(Connection *connection);
    void messageReceived(Connection *connection, const Message &message);
    // What arrived is not a message (bad framing, JSON or fields): refuse with why, and close.
    void invalidInput(Connection *connection, const ProtocolError &problem);
    // The connection is gone (peer closed, TLS failure, after close()); reason is for the log.
    void connectionClosed(Connection *connection, const QString &reason);
    // Tells everyone `shutdown` and closes every connection.
    void shutdown(const QString &message);

    // Refuses connections past their TLS or hello deadline; runs on a timer.
    void expireDeadlines();
    // Drops registered users silent for longer than the idle timeout; runs on a timer.
    // Legacy clients are exempt: the original CLI never talks while it waits for a chat, so
    // TCP keep-alive (set by the transport) decides when they are gone.
    void sweepIdle();

    // Bounces envelopes past their expiry (runs on a timer; tests call it after moving the
    // registry's clock) and tells their senders who are online.
    void sweepMailbox();
    // The envelopes store; null when the mailbox is off.
    Mailbox *mailbox() const { return m_mailbox.get(); }

    // Everyone online, on this hub and (in a cluster) on the others.
    int userCount() const { return int(m_users.size()); }
    int localUserCount() const { return int(m_users.size() - m_remote.size()); }
    // Hubs sharing a PostgreSQL registry (cluster.h): who is online on the other hubs joins
    // this directory, and this hub's joins and leaves are recorded there. Not owned; set
    // before the first connection, and outlives the directory.
    void setCluster(Cluster *cluster);
    // How many connections watch this name one by one (directorypresence.cpp).
    int watcherCount(const QString &name) const;
    int connectionCount() const { return int(m_sessions.size()); }
    int pendingCount() const { return m_admission.pendingCount(); }
    bool isShuttingDown() const { return m_shuttingDown; }

    // Checks a client's chat port from the hub's side (ReachabilityProbe in HubServer) and
    // calls done once, later; without one the hub does not offer feature::Reachability.
    using ReachabilityCheck =
        std::function<void(const QString &address, quint16 port,
                           std::function<void(bool reachable, const QString &detail)> done)>;
    void setReachabilityCheck(ReachabilityCheck check) { m_reachabilityCheck = std::move(check); }

Q_SIGNALS:
    void userJoined(const chatbuddy::UserInfo &user);
    void userLeft(const chatbuddy::UserInfo &user);

private:
    struct Session {
        Session(Connection *c, const QString &from, const RateLimiter &rate, qint64 nowMs)
            : connection(c)
            , address(from)
            , port(c->peerPort())
            , limiter(rate)
            , lastActivityMs(nowMs)
        {
        }
        // Someone online on another hub of the cluster: listed, looked up and watched like
        // anyone, but with no connection here.
        explicit Session(const UserInfo &remoteUser)
            : address(remoteUser.address)
            , port(remoteUser.port)
            , limiter(1.0, 1, 0)
            , user(remoteUser)
            , remote(true)
        {
        }
        Connection *connection = nullptr; // null once the transport reported the close
        QString address;                  // peer address as text, for logs and the directory
        quint16 port = 0;
        RateLimiter limiter;
        qint64 lastActivityMs = 0;
        UserInfo user;       // name empty until registered
        QString key;         // usernameKey(user.name) once registered
        bool remote = false; // on another hub (m_remote), never in m_sessions
        // Presence (directorypresence.cpp): deltas for the whole directory (while it is
        // small), for these names (usernameKey) one by one; whether it speaks
        // feature::PresenceScope and so hears `watching`.
        bool watchAll = false;
        QList<QString> watchedKeys;
        bool scopeAware = false;
        bool closing = false;
        // feature::Reachability (directoryreach.cpp): asked for in hello; a check running;
        // when the last one started; its answer, repeated to requests that come too soon.
        bool wantsReachability = false;
        bool reachChecking = false;
        qint64 reachCheckedMs = 0;
        std::optional<Reachability> reach;
        // Presence deltas not yet handed to the connection (sent in batches, see
        // broadcastPresence), as messages and as their encoded lines.
        QList<Message> presence;
        QByteArray presenceBytes;
    };

    void handleHello(Session &session, const Hello &hello);
    // Records a registering user in the cluster; false: refused (the session is told why).
    bool recordInCluster(Session &session, const UserInfo &user);
    // The cluster's news (cluster.h): someone joined or left another hub, a user of this hub
    // logged in on another, mail arrived there for someone here.
    void remoteJoined(const UserInfo &user);
    void remoteLeft(const UserInfo &user);
    void movedAway(const QString &key, const QString &where);
    void handleList(Session &session, const ListRequest &request);
    void handleLookup(Session &session, const Lookup &lookup);
    void checkReachability(Session &session);
    void handleCheckReachability(Session &session);
    // The mailbox (directorymailbox.cpp); false if the message is not one of its requests.
    bool handleMailbox(Session &session, const Message &message);
    void handlePublishKey(Session &session, const PublishKey &publish);
    void handleDeposit(Session &session, const Deposit &deposit);
    void handleFetch(Session &session, const Fetch &fetch);
    // Tells the online session with this key that mail waits (name: where to look first).
    void notifyMail(const QString &fingerprint, const QString &name = {});
    // false: nothing sent, or the client was dropped for not reading (the session stays
    // until the event loop erases it, but is closing).
    bool send(Session &session, const Message &message);
    void refuse(Session &session, ErrorCode code, const QString &message);
    void closeSession(Session &session, const QString &reason);
    void unregister(Session &session);
    void broadcastPresence(Presence::Event event, const UserInfo &user, const Session *except);
    void handleWatch(Session &session, const Watch &watch);
    void forgetWatches(Session &session);
    // Switches whole-directory presence off above HubConfig::watchAllLimit users online and
    // on again below 90 % of it, telling the watchers that speak feature::PresenceScope.
    void updatePresenceScope();
    Watching watchingOf(const Session &session) const;
    // Hands a session's pending presence deltas to its connection; false if it was dropped
    // for not reading.
    bool flushPresence(Session &session);
    void flushAllPresence();
    bool checkOutput(Session &session);
    void scheduleDeadlines();
    bool refuseClaim(Session &session, const Hello &hello, const Registry::ClaimResult &result);
    QString describe(const Session &session) const;
    qint64 nowMs() const { return m_clock(); }

    // Every entry point holds one: sessions whose connection closed meanwhile are erased when
    // the outermost call returns, never under a caller that still holds them.
    class CallGuard {
    public:
        explicit CallGuard(Directory &directory);
        ~CallGuard();

    private:
        Directory &m_directory;
    };

    HubConfig m_config;
    Registry *m_registry;
    QString m_hubFingerprint;
    MonotonicClock m_clock;
    Admission m_admission;
    std::unordered_map<quint64, Session> m_sessions; // by Connection::id(); nodes are stable
    std::map<QString, Session *> m_users;            // by usernameKey, sorted for paging
    std::unordered_map<QString, Session> m_remote;   // on other hubs, by usernameKey
    Cluster *m_cluster = nullptr;
    NameSearch<const Session *> m_search;          // m_users' names, for filtered `list`
    QSet<Session *> m_allWatchers;                 // asked for the whole directory
    QHash<QString, QList<Session *>> m_watchersOf; // by usernameKey: who watches that name
    bool m_wholeDirectory = true;                  // whole-directory deltas on (few enough online)
    std::vector<quint64> m_presencePending; // sessions with deltas waiting for m_presenceTimer
    QTimer m_presenceTimer;
    QTimer m_deadlineTimer;
    QTimer m_idleTimer;
    ReachabilityCheck m_reachabilityCheck;
    std::unique_ptr<Mailbox> m_mailbox;
    QTimer m_mailboxTimer;
    bool m_shuttingDown = false;
    int m_callDepth = 0;
    std::vector<quint64> m_closed; // sessions to erase when m_callDepth returns to 0
};

} // namespace chatbuddy::hub
