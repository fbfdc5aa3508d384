// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster.h"

#include "hublog.h"
#include "registry.h"
#include "safetext.h"
#include "username.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
QAtomicInteger<quint64> clusterCounter;
constexpr auto PresenceChannel = "chatbuddy_presence"_L1;
constexpr auto MailChannel = "chatbuddy_mail"_L1;

// Errors from libpq come in several lines ("no connection to the server\nQPSQL: ..."): one
// line for the log.
QString oneLine(const QString &text)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u"; "_s);
}

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}
} // namespace

Cluster::Cluster(Registry &registry, const DatabaseLocation &location, const Settings &settings,
                 QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_location(location)
    , m_settings(settings)
    , m_hubId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_listenConnection(u"chatbuddy-cluster-%1"_s.arg(clusterCounter.fetchAndAddRelaxed(1)))
{
    m_beat.setInterval(m_settings.heartbeat);
    connect(&m_beat, &QTimer::timeout, this, [this] { m_connected ? beat() : reconnect(); });
}

Cluster::~Cluster()
{
    m_beat.stop();
    if (QSqlDatabase::contains(m_listenConnection)) {
        QSqlDatabase::database(m_listenConnection, false).close();
        QSqlDatabase::removeDatabase(m_listenConnection);
    }
}

bool Cluster::exec(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_registry.connectionName(), false));
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = oneLine(query.lastError().text());
        return false;
    }
    return true;
}

Status Cluster::start()
{
    if (!m_registry.isShared())
        return fail(u"a cluster needs a PostgreSQL registry"_s);
    if (!connectListener() || !enrol() || !reloadRemote())
        return fail(u"cluster: %1"_s.arg(m_error));
    m_connected = true;
    m_beat.start();
    qCInfo(lcHub, "Cluster: this hub is %s; %lld user(s) online on other hubs",
           qUtf8Printable(m_hubId), qlonglong(m_remote.size()));
    return {};
}

// LISTEN on a connection of its own that runs no other statement: QPSQL reads notifications
// when that connection's socket turns readable, and one that arrived during a query on a
// shared connection would wait for the next.
bool Cluster::connectListener()
{
    if (QSqlDatabase::contains(m_listenConnection)) {
        QSqlDatabase::database(m_listenConnection, false).close();
        QSqlDatabase::removeDatabase(m_listenConnection);
    }
    if (const Status opened = openDatabase(m_listenConnection, m_location); !opened) {
        m_error = oneLine(opened.error());
        return false;
    }
    QSqlDriver *driver = QSqlDatabase::database(m_listenConnection, false).driver();
    if (!driver->subscribeToNotification(PresenceChannel) ||
        !driver->subscribeToNotification(MailChannel)) {
        m_error = oneLine(driver->lastError().text());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &Cluster::onNotification);
    return true;
}

bool Cluster::enrol()
{
    // Also after this hub was taken for dead (an outage longer than the timeout): the row
    // comes back and so do its users.
    return exec(u"INSERT INTO hubs (hub_id, description, started, heartbeat) "
                "VALUES (?, ?, now(), now()) "
                "ON CONFLICT (hub_id) DO UPDATE SET heartbeat = now()"_s,
                {m_hubId, m_settings.description}) &&
           recordAll();
}

bool Cluster::recordAll()
{
    // Rows of this hub for users who left while the database was away: gone now.
    QSqlQuery mine(QSqlDatabase::database(m_registry.connectionName(), false));
    mine.prepare(u"SELECT name_key FROM online WHERE hub_id = ?"_s);
    mine.addBindValue(m_hubId);
    if (!mine.exec()) {
        m_error = oneLine(mine.lastError().text());
        return false;
    }
    QStringList gone;
    while (mine.next()) {
        if (!m_local.contains(mine.value(0).toString()))
            gone.append(mine.value(0).toString());
    }
    for (const QString &key : std::as_const(gone)) {
        if (!exec(u"DELETE FROM online WHERE name_key = ? AND hub_id = ?"_s, {key, m_hubId}))
            return false;
    }
    const QList<UserInfo> local = m_local.values();
    for (const UserInfo &user : local) {
        switch (recordJoin(user)) {
        case Join::Recorded:
            break;
        case Join::Taken: // logged in through another hub meanwhile: that login wins
            m_local.remove(usernameKey(user.name));
            Q_EMIT movedAway(usernameKey(user.name), QString());
            break;
        case Join::Failed:
            return false;
        }
    }
    return true;
}

// Everyone online on the other hubs, compared with what this hub knew: differences are told
// as joins and leaves.
bool Cluster::reloadRemote()
{
    QSqlQuery query(QSqlDatabase::database(m_registry.connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT name_key, name, address, port, fingerprint, legacy, hub_id "
                  "FROM online WHERE hub_id <> ?"_s);
    query.addBindValue(m_hubId);
    if (!query.exec()) {
        m_error = oneLine(query.lastError().text());
        return false;
    }
    QHash<QString, QString> seen;
    QList<std::pair<UserInfo, QString>> found;
    while (query.next()) {
        UserInfo user{query.value(1).toString(), query.value(2).toString(),
                      quint16(query.value(3).toUInt()), query.value(4).toString(),
                      query.value(5).toBool()};
        seen.insert(query.value(0).toString(), QString());
        found.append({std::move(user), query.value(6).toString()});
    }
    const QList<QString> known = m_remote.keys();
    for (const QString &key : known) {
        if (!seen.contains(key))
            dropRemote(key, m_remoteHub.value(key));
    }
    for (const auto &[user, hub] : std::as_const(found))
        addRemote(user, hub);
    return true;
}

Cluster::Join Cluster::recordJoin(const UserInfo &user)
{
    // The same key may move its name here from another hub (that hub hears it as an update
    // and lets its session go); anyone else finds the name taken.
    QSqlQuery query(QSqlDatabase::database(m_registry.connectionName(), false));
    query.prepare(u"INSERT INTO online (name_key, name, address, port, fingerprint, legacy, "
                  "hub_id, since) VALUES (?, ?, ?, ?, ?, ?, ?, now()) "
                  "ON CONFLICT (name_key) DO UPDATE SET name = EXCLUDED.name, "
                  "address = EXCLUDED.address, port = EXCLUDED.port, hub_id = EXCLUDED.hub_id, "
                  "since = now() WHERE online.fingerprint = EXCLUDED.fingerprint "
                  "AND NOT online.legacy AND NOT EXCLUDED.legacy"_s);
    const QString key = usernameKey(user.name);
    for (const QVariant &value : QVariantList{key, user.name, user.address, int(user.port),
                                              user.fingerprint, user.legacy, m_hubId})
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = oneLine(query.lastError().text());
        qCWarning(lcHub, "Cluster: could not record %s as online: %s",
                  qUtf8Printable(quoted(user.name)), qUtf8Printable(m_error));
        lost(m_error); // most likely the database went away: reconnect
        return Join::Failed;
    }
    if (query.numRowsAffected() == 0)
        return Join::Taken;
    m_local.insert(key, user);
    return Join::Recorded;
}

void Cluster::recordLeave(const QString &nameKey)
{
    m_local.remove(nameKey);
    // Only while the row is still this hub's: a user who moved on stays where they went.
    // If this fails, the database is away: the row goes once it is back (recordAll()).
    if (m_connected &&
        !exec(u"DELETE FROM online WHERE name_key = ? AND hub_id = ?"_s, {nameKey, m_hubId}))
        lost(m_error);
}

void Cluster::announceMail(const QString &fingerprint, const QString &name)
{
    const QJsonObject note{{"hub"_L1, m_hubId}, {"fingerprint"_L1, fingerprint}, {"name"_L1, name}};
    if (m_connected)
        exec(u"SELECT pg_notify(?, ?)"_s,
             {QString(MailChannel),
              QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact))});
}

void Cluster::leave()
{
    m_beat.stop();
    if (m_connected && !exec(u"DELETE FROM hubs WHERE hub_id = ?"_s, {m_hubId}))
        qCWarning(lcHub, "Cluster: could not leave: %s", qUtf8Printable(m_error));
    m_connected = false;
    m_local.clear();
}

void Cluster::beat()
{
    QSqlQuery query(QSqlDatabase::database(m_registry.connectionName(), false));
    query.prepare(u"UPDATE hubs SET heartbeat = now() WHERE hub_id = ?"_s);
    query.addBindValue(m_hubId);
    if (!query.exec()) {
        lost(oneLine(query.lastError().text()));
        return;
    }
    if (query.numRowsAffected() == 0) {
        // The others took this hub for dead (its beats did not reach the database in time)
        // and removed its users: record them again.
        qCWarning(lcHub,
                  "Cluster: the other hubs had removed this one; recording its %lld "
                  "user(s) again",
                  qlonglong(m_local.size()));
        if (!enrol()) {
            lost(m_error);
            return;
        }
    }
    // Hubs that stopped beating: their users leave with them (ON DELETE CASCADE), and the
    // deletes notify every hub. Not right after an outage of the database, which stopped
    // everyone's beats: the others get a timeout's time to come back first.
    if (monotonicMs() < m_sweepFromMs)
        return;
    QSqlQuery stale(QSqlDatabase::database(m_registry.connectionName(), false));
    stale.prepare(u"DELETE FROM hubs WHERE heartbeat < now() - make_interval(secs => ?) "
                  "RETURNING hub_id, description"_s);
    stale.addBindValue(double(m_settings.timeout.count()) / 1000.0);
    if (!stale.exec()) {
        lost(oneLine(stale.lastError().text()));
        return;
    }
    while (stale.next())
        qCInfo(lcHub, "Cluster: hub %s (%s) stopped beating; its users are offline now",
               qUtf8Printable(stale.value(0).toString()),
               qUtf8Printable(quoted(stale.value(1).toString())));
}

void Cluster::lost(const QString &what)
{
    if (!m_connected)
        return;
    m_connected = false;
    m_lostAtMs = monotonicMs();
    qCWarning(lcHub,
              "Cluster: lost the database (%s). Users here stay online; new logins fail until it "
              "is back. Trying again every %lld ms.",
              qUtf8Printable(what), qlonglong(m_settings.heartbeat.count()));
}

void Cluster::reconnect()
{
    if (const Status opened = m_registry.reopen(); !opened) {
        qCDebug(lcHub, "Cluster: database still away: %s", qUtf8Printable(oneLine(opened.error())));
        return;
    }
    if (!connectListener() || !enrol() || !reloadRemote()) {
        qCDebug(lcHub, "Cluster: database still away: %s", qUtf8Printable(m_error));
        return;
    }
    m_connected = true;
    m_sweepFromMs = monotonicMs() + m_settings.timeout.count();
    qCInfo(lcHub,
           "Cluster: the database is back after %.1f s; %lld user(s) here recorded again, %lld "
           "online on other hubs",
           double(monotonicMs() - m_lostAtMs) / 1000.0, qlonglong(m_local.size()),
           qlonglong(m_remote.size()));
}

void Cluster::onNotification(const QString &channel, QSqlDriver::NotificationSource,
                             const QVariant &payload)
{
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (channel == PresenceChannel) {
        applyPresence(change);
    } else if (channel == MailChannel && change.value("hub"_L1).toString() != m_hubId) {
        Q_EMIT mailArrived(change.value("fingerprint"_L1).toString(),
                           change.value("name"_L1).toString());
    }
}

// One row of `online` changed (the trigger's payload): "+" inserted, "-" deleted, "~"
// updated (moved from hub `from` to hub `hub`, or new details).
void Cluster::applyPresence(const QJsonObject &change)
{
    const QString op = change.value("op"_L1).toString();
    const QString hub = change.value("hub"_L1).toString();
    const QString key = change.value("key"_L1).toString();
    const UserInfo user{change.value("name"_L1).toString(), change.value("address"_L1).toString(),
                        quint16(change.value("port"_L1).toInt()),
                        change.value("fingerprint"_L1).toString(),
                        change.value("legacy"_L1).toBool()};
    if (op == "-"_L1) {
        if (hub != m_hubId)
            dropRemote(key, hub);
        return;
    }
    if (op == "~"_L1 && change.value("from"_L1).toString() == m_hubId && hub != m_hubId &&
        m_local.remove(key)) {
        Q_EMIT movedAway(key, change.value("description"_L1).toString());
    }
    if (hub == m_hubId) {
        dropRemote(key, m_remoteHub.value(key)); // moved here
        return;
    }
    addRemote(user, hub);
}

void Cluster::addRemote(const UserInfo &user, const QString &hub)
{
    const QString key = usernameKey(user.name);
    if (m_remote.value(key) == user && m_remoteHub.value(key) == hub)
        return;
    m_remote.insert(key, user);
    m_remoteHub.insert(key, hub);
    Q_EMIT remoteJoined(user);
}

void Cluster::dropRemote(const QString &key, const QString &hub)
{
    // A leave from a hub the user already moved away from changes nothing.
    const auto it = m_remote.find(key);
    if (it == m_remote.end() || m_remoteHub.value(key) != hub)
        return;
    const UserInfo user = *it;
    m_remote.erase(it);
    m_remoteHub.remove(key);
    Q_EMIT remoteLeft(user);
}

} // namespace chatbuddy::hub
