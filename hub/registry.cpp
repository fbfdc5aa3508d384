// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "hublog.h"
#include "safetext.h"
#include "username.h"
#include "walcheckpointer.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
QAtomicInteger<quint64> registryCounter;
// 1: bindings(name_key, name, fingerprint, bound_at, last_seen)
// 2: + skeleton (look-alike folding) and bound_from (address), for the anti-hoarding rules
// 3: + each binding's public key and certified mailbox key; mail (sealed envelopes, bounces)
constexpr int SchemaVersion = 3;
// The WAL pages after which the hub's own connection checkpoints, if the background
// checkpoints (WalCheckpointer) fall that far behind; SQLite's default is 1,000.
constexpr int FallbackCheckpointPages = 10'000;
// After such a burst, the -wal file shrinks back to this size (bytes) when it restarts.
constexpr int WalSizeLimit = 4 << 20;

// UTC ISO 8601 with a fixed width, so text comparison orders times.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

Registry::Registry()
    : Registry(Limits{})
{
}

Registry::Registry(const Limits &limits, WallClock clock)
    : m_limits(limits)
    , m_clock(std::move(clock))
    , m_connectionName(u"chatbuddy-registry-%1"_s.arg(registryCounter.fetchAndAddRelaxed(1)))
{
}

Registry::~Registry()
{
    close();
}

Status Registry::open(const QString &path)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (!db.isValid()) {
            m_error = u"the Qt SQLite driver is missing (install libqt6sql6-sqlite)"_s;
            QSqlDatabase::removeDatabase(m_connectionName);
            return fail(m_error);
        }
        // Who has which key, and who writes to whom: for the hub's own user only. SQLite
        // gives the -wal and -shm files the database's mode.
        if (path != u":memory:"_s) {
            if (QFile file(path); !file.exists() && !file.open(QIODevice::WriteOnly)) {
                m_error = u"cannot create %1: %2"_s.arg(path, file.errorString());
                QSqlDatabase::removeDatabase(m_connectionName);
                return fail(m_error);
            }
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return fail(m_error);
        }
    }
    std::optional<int> version;
    // WAL keeps registrations cheap; NORMAL sync is still crash-safe for the database.
    bool ok = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s) &&
              (version = count(u"PRAGMA user_version"_s, {})).has_value();
    if (ok && *version == 0) {
        ok = exec(u"CREATE TABLE IF NOT EXISTS bindings ("
                  "name_key TEXT PRIMARY KEY NOT NULL, "
                  "name TEXT NOT NULL, "
                  "fingerprint TEXT NOT NULL, "
                  "bound_at TEXT NOT NULL, "
                  "last_seen TEXT NOT NULL)"_s);
        version = 1;
    }
    if (ok && *version < SchemaVersion)
        ok = upgradeFrom(*version);
    if (ok && *version > SchemaVersion) {
        m_error =
            u"registry: %1 was written by a newer hub (schema %2, this hub knows %3)"_s.arg(path)
                .arg(*version)
                .arg(SchemaVersion);
        ok = false;
    }
    // Checkpoints on another thread, so that no claim waits for one (walcheckpointer.h).
    if (ok && path != u":memory:"_s) {
        ok = exec(u"PRAGMA wal_autocheckpoint=%1"_s.arg(FallbackCheckpointPages)) &&
             exec(u"PRAGMA journal_size_limit=%1"_s.arg(WalSizeLimit));
        if (ok)
            m_checkpointer = std::make_unique<WalCheckpointer>(path);
    }
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
        return fail(m_error);
    }
    return {};
}

bool Registry::upgradeFrom(int version)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    bool ok = true;
    if (version < 2) {
        ok = exec(u"ALTER TABLE bindings ADD COLUMN skeleton TEXT NOT NULL DEFAULT ''"_s) &&
             exec(u"ALTER TABLE bindings ADD COLUMN bound_from TEXT NOT NULL DEFAULT ''"_s);
        QSqlQuery names(db);
        ok = ok && names.exec(u"SELECT name_key, name FROM bindings"_s);
        while (ok && names.next()) {
            QSqlQuery update(db);
            update.prepare(u"UPDATE bindings SET skeleton = ? WHERE name_key = ?"_s);
            update.addBindValue(usernameSkeleton(names.value(1).toString()));
            update.addBindValue(names.value(0));
            ok = update.exec();
        }
        ok = ok && exec(u"CREATE INDEX IF NOT EXISTS bindings_skeleton ON bindings(skeleton)"_s) &&
             exec(u"CREATE INDEX IF NOT EXISTS bindings_fingerprint ON bindings(fingerprint)"_s) &&
             exec(u"CREATE INDEX IF NOT EXISTS bindings_from ON bindings(bound_from, bound_at)"_s);
    }
    if (ok && version < 3) {
        // kind 0: an envelope for recipient_fp; 1: a bounce telling recipient_fp (the sender
        // of an expired envelope) that it was not delivered. Times in ms since the epoch.
        ok = exec(u"ALTER TABLE bindings ADD COLUMN identity BLOB"_s) &&
             exec(u"ALTER TABLE bindings ADD COLUMN mailbox_key BLOB"_s) &&
             exec(u"ALTER TABLE bindings ADD COLUMN mailbox_sig BLOB"_s) &&
             exec(u"CREATE TABLE IF NOT EXISTS mail ("
                  "ref INTEGER PRIMARY KEY AUTOINCREMENT, "
                  "recipient_fp TEXT NOT NULL, "
                  "sender_fp TEXT NOT NULL, "
                  "msg_id TEXT NOT NULL, "
                  "kind INTEGER NOT NULL, "
                  "created INTEGER NOT NULL, "
                  "expires INTEGER NOT NULL, "
                  "body BLOB NOT NULL, "
                  "UNIQUE (sender_fp, msg_id, kind))"_s) &&
             exec(u"CREATE INDEX IF NOT EXISTS mail_recipient ON mail(recipient_fp, ref)"_s) &&
             // The quota counts read this index alone, not one table row per envelope.
             exec(u"CREATE INDEX IF NOT EXISTS mail_quota ON mail(recipient_fp, kind)"_s) &&
             exec(u"CREATE INDEX IF NOT EXISTS mail_expires ON mail(expires)"_s);
    }
    ok = ok && exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion));
    if (!ok) {
        if (m_error.isEmpty())
            m_error = u"registry: upgrade failed: %1"_s.arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return db.commit();
}

void Registry::close()
{
    // First, so that ours is the last connection: closing it checkpoints and removes the WAL.
    m_checkpointer.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Registry::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Registry::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement)) {
        m_error = u"registry: %1"_s.arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<int> Registry::count(const QString &statement, const QStringList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(statement);
    for (const QString &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = u"registry: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

QString Registry::expiryCutoff() const
{
    // With no expiry, a cutoff before any binding: nothing is ever old enough.
    return m_limits.expiryDays > 0 ? timeText(m_clock().addDays(-m_limits.expiryDays)) : u"0000"_s;
}

bool Registry::releaseIfExpired(const QString &nameKey, const QString &lastSeen)
{
    if (lastSeen >= expiryCutoff())
        return false;
    QSqlQuery remove(QSqlDatabase::database(m_connectionName, false));
    remove.prepare(u"DELETE FROM bindings WHERE name_key = ?"_s);
    remove.addBindValue(nameKey);
    if (!remove.exec())
        return false;
    qCInfo(lcHub, "Released the name %s: unused since %s", qUtf8Printable(quoted(nameKey)),
           qUtf8Printable(lastSeen));
    return true;
}

std::optional<QString> Registry::boundFingerprint(const QString &name)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT fingerprint FROM bindings WHERE name_key = ?"_s);
    query.addBindValue(usernameKey(name));
    if (!query.exec()) {
        m_error = u"registry: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Registry::ClaimResult Registry::lookalikeOf(const QString &name, const QString &fingerprint)
{
    // Every live binding of another key whose name folds to the same skeleton, except the
    // name itself (handled by the caller).
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT name_key, name, last_seen FROM bindings "
                  "WHERE skeleton = ? AND fingerprint != ? AND name_key != ?"_s);
    query.addBindValue(usernameSkeleton(name));
    query.addBindValue(fingerprint);
    query.addBindValue(usernameKey(name));
    if (!query.exec()) {
        m_error = u"registry: %1"_s.arg(query.lastError().text());
        return {Claim::Failed, {}};
    }
    QList<QPair<QString, QString>> expired;
    while (query.next()) {
        if (query.value(2).toString() < expiryCutoff()) {
            expired.append({query.value(0).toString(), query.value(2).toString()});
            continue;
        }
        return {Claim::LooksLikeOther, query.value(1).toString()};
    }
    query.finish();
    for (const auto &[key, lastSeen] : expired)
        releaseIfExpired(key, lastSeen);
    return {Claim::Confirmed, {}};
}

Registry::ClaimResult Registry::checkUnowned(const QString &name)
{
    if (!isOpen()) {
        m_error = u"registry is not open"_s;
        return {Claim::Failed, {}};
    }
    if (boundFingerprint(name))
        return {Claim::BoundToOther, {}};
    return lookalikeOf(name, QString());
}

// Over 60 lines: one transaction, kept whole so the checks and the insert stay atomic.
Registry::ClaimResult Registry::claim(const QString &name, const QString &fingerprint,
                                      const QString &address)
{
    if (!isOpen()) {
        m_error = u"registry is not open"_s;
        return {Claim::Failed, {}};
    }
    const QString key = usernameKey(name);
    const QString now = timeText(m_clock());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery existing(db);
        existing.prepare(u"SELECT fingerprint, last_seen FROM bindings WHERE name_key = ?"_s);
        existing.addBindValue(key);
        if (!existing.exec()) {
            m_error = u"registry: %1"_s.arg(existing.lastError().text());
            return {Claim::Failed, {}};
        }
        if (existing.next()) {
            const QString owner = existing.value(0).toString();
            const QString lastSeen = existing.value(1).toString();
            existing.finish();
            if (owner == fingerprint) {
                QSqlQuery touch(db);
                touch.prepare(u"UPDATE bindings SET last_seen = ? WHERE name_key = ?"_s);
                touch.addBindValue(now);
                touch.addBindValue(key);
                touch.exec(); // last_seen only delays expiry; a failure must not refuse
                return {Claim::Confirmed, {}};
            }
            if (!releaseIfExpired(key, lastSeen))
                return {Claim::BoundToOther, {}};
        }
    }
    if (const ClaimResult similar = lookalikeOf(name, fingerprint);
        similar.claim != Claim::Confirmed)
        return similar;
    if (m_limits.maxNamesPerKey > 0) {
        const auto owned = count(u"SELECT COUNT(*) FROM bindings WHERE fingerprint = ? "
                                 "AND last_seen >= ?"_s,
                                 {fingerprint, expiryCutoff()});
        if (!owned)
            return {Claim::Failed, {}};
        if (*owned >= m_limits.maxNamesPerKey)
            return {Claim::TooManyForKey, {}};
    }
    if (m_limits.maxNewNamesPerAddressPerHour > 0 && !address.isEmpty()) {
        const auto recent = count(u"SELECT COUNT(*) FROM bindings WHERE bound_from = ? "
                                  "AND bound_at >= ?"_s,
                                  {address, timeText(m_clock().addSecs(-3600))});
        if (!recent)
            return {Claim::Failed, {}};
        if (*recent >= m_limits.maxNewNamesPerAddressPerHour)
            return {Claim::TooManyFromAddress, {}};
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO bindings (name_key, name, fingerprint, bound_at, last_seen, "
                   "skeleton, bound_from) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s);
    for (const QString &value : {key, name, fingerprint, now, now, usernameSkeleton(name), address})
        insert.addBindValue(value);
    if (!insert.exec()) {
        m_error = u"registry: %1"_s.arg(insert.lastError().text());
        return {Claim::Failed, {}};
    }
    return {Claim::Bound, {}};
}

std::optional<Registry::KeyRecord> Registry::keyRecord(const QString &name)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT fingerprint, identity, mailbox_key, mailbox_sig FROM bindings "
                  "WHERE name_key = ?"_s);
    query.addBindValue(usernameKey(name));
    if (!query.exec()) {
        m_error = u"registry: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return KeyRecord{query.value(0).toString(), query.value(1).toByteArray(),
                     query.value(2).toByteArray(), query.value(3).toByteArray()};
}

bool Registry::setMailboxKey(const QString &fingerprint, const QByteArray &identity,
                             const QByteArray &key, const QByteArray &signature)
{
    if (!isOpen())
        return false;
    QSqlQuery update(QSqlDatabase::database(m_connectionName, false));
    update.prepare(u"UPDATE bindings SET identity = ?, mailbox_key = ?, mailbox_sig = ? "
                   "WHERE fingerprint = ?"_s);
    update.addBindValue(identity);
    update.addBindValue(key);
    update.addBindValue(signature);
    update.addBindValue(fingerprint);
    if (!update.exec()) {
        m_error = u"registry: %1"_s.arg(update.lastError().text());
        return false;
    }
    return true;
}

std::optional<int> Registry::bindingCount()
{
    return count(u"SELECT COUNT(*) FROM bindings"_s, {});
}

} // namespace chatbuddy::hub
