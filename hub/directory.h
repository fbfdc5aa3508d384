// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's directory logic: who is online, requests, presence, limits. It never touches a
// socket; transports report connections and frames, and it answers through Connection.

#include "connection.h"
#include "hubconfig.h"
#include "messages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <map>
#include <unordered_map>

namespace chatbuddy::hub {

class Registry;

class Directory : public QObject {
    Q_OBJECT
public:
    // registry is not owned and must outlive the directory.
    Directory(const HubConfig &config, Registry *registry, const QString &hubFingerprint,
              QObject *parent = nullptr);
    ~Directory() override;

    // Transport side. Every connection is reported open once and closed once; between those
    // the Connection pointer stays valid.
    void connectionOpened(Connection *connection);
    void frameReceived(Connection *connection, const QJsonObject &frame);
    // The transport could not decode the byte stream (framing error): refuse and close.
    void framingFailed(Connection *connection, ErrorCode code, const QString &detail);
    // The connection is gone (peer closed, TLS failure, after close()); reason is for the log.
    void connectionClosed(Connection *connection, const QString &reason);
    // Tells everyone `shutdown` and closes every connection.
    void shutdown(const QString &message);

    int userCount() const { return int(m_users.size()); }
    int connectionCount() const { return int(m_sessions.size()); }
    bool isShuttingDown() const { return m_shuttingDown; }

Q_SIGNALS:
    void userJoined(const chatbuddy::UserInfo &user);
    void userLeft(const chatbuddy::UserInfo &user);

private:
    struct Session {
        Connection *connection = nullptr;
        QString address;  // peer address as text, for logs and the directory
        UserInfo user;    // name empty until registered
        QString key;      // usernameKey(user.name) once registered
        bool watching = false;
        bool closing = false;
        double tokens = 0;
        qint64 lastRefillMs = 0;
        qint64 lastActivityMs = 0;
    };

    void handleHello(Session &session, const Hello &hello);
    void handleList(Session &session, const ListRequest &request);
    void handleLookup(Session &session, const Lookup &lookup);
    bool takeToken(Session &session);
    // false: nothing sent, or the client was dropped for not reading; then the session may
    // already be gone (a transport may report the close from inside abort()), so leave it be.
    bool send(Session &session, const QJsonObject &frame);
    void refuse(Session &session, ErrorCode code, const QString &message);
    void closeSession(Session &session, const QString &reason);
    void unregister(Session &session);
    void broadcastPresence(Presence::Event event, const UserInfo &user, const Session *except);
    void expireHellos();
    void sweepIdle();
    QString describe(const Session &session) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    HubConfig m_config;
    Registry *m_registry;
    QString m_hubFingerprint;
    QElapsedTimer m_clock;
    std::unordered_map<quint64, Session> m_sessions;  // by Connection::id(); nodes are stable
    std::map<QString, Session *> m_users;     // by usernameKey, sorted for paging
    QSet<Session *> m_watchers;
    QHash<QString, int> m_connectionsPerAddress;
    int m_pendingCount = 0;                   // sessions not yet registered
    std::deque<std::pair<qint64, quint64>> m_helloDeadlines;  // (deadline ms, id), in order
    QTimer m_helloTimer;
    QTimer m_idleTimer;
    bool m_shuttingDown = false;
};

} // namespace chatbuddy::hub
