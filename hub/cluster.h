// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hubs that share one PostgreSQL database form a cluster (docs/deployment.md). Each records
// who is online on it in the table `online` and hears of the other hubs' joins and leaves
// through LISTEN/NOTIFY (a trigger on that table), so that list, lookup and watch on any hub
// see everyone; a name is online once in the whole cluster (the table's primary key). Each
// hub beats in the table `hubs`; one that stops beating is removed by the others, and its
// users with it (a foreign key's cascade, whose deletes notify like any other). Times are the
// database server's, so the hubs' clocks need not agree.
//
// When the database goes away the cluster says so in the log, keeps trying to reconnect and,
// once back, records this hub's users again and reloads everyone else's.

#include "database.h"
#include "messages.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>

namespace chatbuddy::hub {

class Registry;

class Cluster : public QObject {
    Q_OBJECT
public:
    struct Settings {
        std::chrono::milliseconds heartbeat{2'000}; // how often this hub beats
        // A hub that has not beaten for this long is gone: the others remove it.
        std::chrono::milliseconds timeout{10'000};
        QString description; // where this hub listens, for the table and the other hubs' logs
    };
    enum class Join {
        Recorded, // online here now (if it was online on another hub with the same key, it moved)
        Taken,    // online on another hub under another key (or by a legacy client)
        Failed,   // the database failed
    };

    // registry: open on the PostgreSQL database at location; not owned, outlives the cluster.
    Cluster(Registry &registry, const DatabaseLocation &location, const Settings &settings,
            QObject *parent = nullptr);
    ~Cluster() override;

    // Listens, records this hub and loads who is online on the others.
    Status start();
    // Removes this hub and its users from the cluster (a clean shutdown).
    void leave();

    Join recordJoin(const UserInfo &user);
    void recordLeave(const QString &nameKey);
    // Tells the other hubs that mail waits for fingerprint (name: where to look first).
    void announceMail(const QString &fingerprint, const QString &name = {});

    QString hubId() const { return m_hubId; }
    bool isConnected() const { return m_connected; }
    // Who is online on the other hubs, by usernameKey, as last heard.
    const QHash<QString, UserInfo> &remoteUsers() const { return m_remote; }

Q_SIGNALS:
    // Someone logged in on another hub, or their details changed there.
    void remoteJoined(const chatbuddy::UserInfo &user);
    void remoteLeft(const chatbuddy::UserInfo &user);
    // A user of this hub logged in again on another hub (same key): this session must go.
    void movedAway(const QString &nameKey, const QString &where);
    void mailArrived(const QString &fingerprint, const QString &name);

private:
    bool exec(const QString &statement, const QVariantList &values = {});
    bool connectListener();
    bool enrol();
    bool recordAll();
    bool reloadRemote();
    void beat();
    void lost(const QString &what);
    void reconnect();
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void applyPresence(const QJsonObject &change);
    void addRemote(const UserInfo &user, const QString &hub);
    void dropRemote(const QString &key, const QString &hub);

    Registry &m_registry;
    DatabaseLocation m_location;
    Settings m_settings;
    QString m_hubId;
    QString m_listenConnection;
    QTimer m_beat;
    bool m_connected = false;
    qint64 m_lostAtMs = 0;
    qint64 m_sweepFromMs = 0; // removes silent hubs only from then on
    QString m_error;
    QHash<QString, UserInfo> m_local;    // recorded by this hub: recorded again after an outage
    QHash<QString, UserInfo> m_remote;   // online on other hubs
    QHash<QString, QString> m_remoteHub; // which hub each of m_remote is on
};

} // namespace chatbuddy::hub
