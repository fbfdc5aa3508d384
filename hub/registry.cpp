// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "database.h"
#include "hublog.h"
#include "safetext.h"
#include "sha256.h"
#include "username.h"
#include "walcheckpointer.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
QAtomicInteger<quint64> registryCounter;
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
    return open(DatabaseLocation::sqliteFile(path));
}

Status Registry::reopen()
{
    return open(DatabaseLocation(m_location));
}

Status Registry::open(const DatabaseLocation &location)
{
    close();
    m_location = location;
    if (const Status opened = openDatabase(m_connectionName, location); !opened) {
        m_error = opened.error();
        return opened;
    }
    m_postgres = location.isPostgreSql();
    const bool file = !m_postgres && location.path != u":memory:"_s;
    // WAL keeps registrations cheap; NORMAL sync is still crash-safe for the database.
    bool ok =
        m_postgres || (exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s));
    ok = ok && migrate(location.displayName());
    // Checkpoints on another thread, so that no claim waits for one (walcheckpointer.h).
    if (ok && file) {
        ok = exec(u"PRAGMA wal_autocheckpoint=%1"_s.arg(FallbackCheckpointPages)) &&
             exec(u"PRAGMA journal_size_limit=%1"_s.arg(WalSizeLimit));
        if (ok)
            m_checkpointer = std::make_unique<WalCheckpointer>(location.path);
    }
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
        return fail(m_error);
    }
    return {};
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
    // Never NULL (a legacy client has no key): "!= NULL" is true for no row at all.
    query.addBindValue(fingerprint.isNull() ? u""_s : fingerprint);
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

bool Registry::serialize(const QStringList &keys)
{
    if (!m_postgres)
        return true;
    std::vector<qint64> ids;
    for (const QString &key : keys) {
        const QByteArray digest = Sha256::of(key.toUtf8());
        qint64 id = 0;
        std::memcpy(&id, digest.constData(), sizeof id);
        ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList numbers;
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    // unnest() hands the numbers over in the array's order: ascending.
    return exec(u"SELECT pg_advisory_xact_lock(k) FROM unnest(ARRAY[%1]::BIGINT[]) AS k"_s.arg(
        numbers.join(u',')));
}

Registry::ClaimResult Registry::claim(const QString &name, const QString &fingerprint,
                                      const QString &address)
{
    if (!isOpen()) {
        m_error = u"registry is not open"_s;
        return {Claim::Failed, {}};
    }
    if (!m_postgres)
        return claimNow(name, fingerprint, address);
    // Hubs sharing the database take turns per look-alike name, and per key and address
    // where a limit counts those, so that each check still holds when the row is written.
    QStringList turns{u"name:"_s + usernameSkeleton(name)};
    if (m_limits.maxNamesPerKey > 0)
        turns.append(u"key:"_s + fingerprint);
    if (m_limits.maxNewNamesPerAddressPerHour > 0 && !address.isEmpty())
        turns.append(u"from:"_s + address);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = u"registry: %1"_s.arg(db.lastError().text());
        return {Claim::Failed, {}};
    }
    ClaimResult result{Claim::Failed, {}};
    if (serialize(turns))
        result = claimNow(name, fingerprint, address);
    if (result.claim == Claim::Failed) {
        db.rollback();
    } else if (!db.commit()) {
        m_error = u"registry: %1"_s.arg(db.lastError().text());
        result = {Claim::Failed, {}};
    }
    return result;
}

// Over 60 lines: the checks and the insert in order, kept whole so they read as one rule.
Registry::ClaimResult Registry::claimNow(const QString &name, const QString &fingerprint,
                                         const QString &address)
{
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
    // The primary key decides a race the locks did not see (another hub on an older
    // version, another process on the same SQLite file): the first insert wins.
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO bindings (name_key, name, fingerprint, bound_at, last_seen, "
                   "skeleton, bound_from) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, '')) "
                   "ON CONFLICT (name_key) DO NOTHING"_s);
    for (const QString &value : {key, name, fingerprint, now, now, usernameSkeleton(name), address})
        insert.addBindValue(value);
    if (!insert.exec()) {
        m_error = u"registry: %1"_s.arg(insert.lastError().text());
        return {Claim::Failed, {}};
    }
    if (insert.numRowsAffected() == 0)
        return {boundFingerprint(name) == fingerprint ? Claim::Confirmed : Claim::BoundToOther, {}};
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
