// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "username.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
QAtomicInteger<quint64> registryCounter;
constexpr int SchemaVersion = 1;
} // namespace

Registry::Registry()
    : m_connectionName(u"chatbuddy-registry-%1"_s.arg(registryCounter.fetchAndAddRelaxed(1)))
{
}

Registry::~Registry()
{
    close();
}

bool Registry::open(const QString &path)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (!db.isValid()) {
            m_error = u"the Qt SQLite driver is missing (install libqt6sql6-sqlite)"_s;
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    // WAL keeps registrations cheap; NORMAL sync is still crash-safe for the database.
    const bool ok = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS bindings ("
                "name_key TEXT PRIMARY KEY NOT NULL, "
                "name TEXT NOT NULL, "
                "fingerprint TEXT NOT NULL, "
                "bound_at TEXT NOT NULL, "
                "last_seen TEXT NOT NULL)"_s)
        && exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion));
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

void Registry::close()
{
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
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
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

Registry::Claim Registry::claim(const QString &name, const QString &fingerprint)
{
    if (!isOpen()) {
        m_error = u"registry is not open"_s;
        return Claim::Failed;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // INSERT OR IGNORE then compare: one statement decides, so two claims cannot both win.
    query.prepare(u"INSERT OR IGNORE INTO bindings (name_key, name, fingerprint, bound_at, "
                  "last_seen) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(usernameKey(name));
    query.addBindValue(name);
    query.addBindValue(fingerprint);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        m_error = u"registry: %1"_s.arg(query.lastError().text());
        return Claim::Failed;
    }
    if (query.numRowsAffected() == 1)
        return Claim::Bound;

    const std::optional<QString> owner = boundFingerprint(name);
    if (!owner)
        return Claim::Failed;
    if (*owner != fingerprint)
        return Claim::BoundToOther;
    QSqlQuery touch(db);
    touch.prepare(u"UPDATE bindings SET last_seen = ? WHERE name_key = ?"_s);
    touch.addBindValue(now);
    touch.addBindValue(usernameKey(name));
    touch.exec();  // last_seen is informational; a failure here must not refuse the user
    return Claim::Confirmed;
}

int Registry::bindingCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT COUNT(*) FROM bindings"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace chatbuddy::hub
