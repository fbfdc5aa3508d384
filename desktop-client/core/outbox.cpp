// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
QAtomicInteger<quint64> outboxCounter;

OutgoingMessage fromRow(const QSqlQuery &q)
{
    OutgoingMessage m;
    m.id = q.value(0).toString();
    m.contact = q.value(1).toLongLong();
    m.entry = q.value(2).toLongLong();
    m.name = q.value(3).toString();
    m.fingerprint = q.value(4).toString();
    m.text = q.value(5).toString();
    m.sentAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    m.state = OutgoingMessage::State(q.value(7).toInt());
    return m;
}

constexpr const char *Columns = "msg_id, contact, entry, name, fingerprint, text, sent_at, state";
} // namespace

Outbox::Outbox()
    : m_connection(u"chatbuddy-outbox-%1"_s.arg(outboxCounter.fetchAndAddRelaxed(1)))
{
}

Outbox::~Outbox()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool Outbox::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

Status Outbox::open(const QString &path)
{
    if (!QFile::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly))
            return fail(u"cannot create %1: %2"_s.arg(path, create.errorString()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return fail(u"cannot open %1: %2"_s.arg(path, db.lastError().text()));
    QSqlQuery q(db);
    for (const QString &statement :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
          u"CREATE TABLE IF NOT EXISTS outbox (msg_id TEXT PRIMARY KEY NOT NULL, contact "
          "INTEGER NOT NULL, entry INTEGER NOT NULL, name TEXT NOT NULL, fingerprint TEXT NOT "
          "NULL, text TEXT NOT NULL, sent_at INTEGER NOT NULL, state INTEGER NOT NULL)"_s,
          u"CREATE TABLE IF NOT EXISTS seen (fingerprint TEXT NOT NULL, msg_id TEXT NOT NULL, "
          "at INTEGER NOT NULL, PRIMARY KEY (fingerprint, msg_id)) WITHOUT ROWID"_s}) {
        if (!q.exec(statement))
            return fail(u"cannot prepare %1: %2"_s.arg(path, q.lastError().text()));
    }
    return {};
}

Status Outbox::add(const OutgoingMessage &m)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
        QLatin1StringView(Columns)));
    for (const QVariant &value : QVariantList{m.id, m.contact, m.entry, m.name, m.fingerprint,
                                              m.text, m.sentAt.toMSecsSinceEpoch(), int(m.state)})
        q.addBindValue(value);
    if (!q.exec())
        return fail(q.lastError().text());
    return {};
}

Status Outbox::setState(const QString &id, OutgoingMessage::State state)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE outbox SET state = ? WHERE msg_id = ?"_s);
    q.addBindValue(int(state));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return {};
}

void Outbox::remove(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM outbox WHERE msg_id = ?"_s);
    q.addBindValue(id);
    q.exec();
}

std::optional<OutgoingMessage> Outbox::find(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM outbox WHERE msg_id = ?"_s.arg(QLatin1StringView(Columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<OutgoingMessage> Outbox::pending(qint64 contact) const
{
    QList<OutgoingMessage> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM outbox WHERE ? = 0 OR contact = ? ORDER BY rowid"_s.arg(
        QLatin1StringView(Columns)));
    q.addBindValue(contact);
    q.addBindValue(contact);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

bool Outbox::wasSeen(const QString &fingerprint, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT 1 FROM seen WHERE fingerprint = ? AND msg_id = ?"_s);
    q.addBindValue(fingerprint);
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool Outbox::markSeen(const QString &fingerprint, const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR IGNORE INTO seen (fingerprint, msg_id, at) VALUES (?, ?, ?)"_s);
    q.addBindValue(fingerprint);
    q.addBindValue(id);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec() && q.numRowsAffected() > 0;
}

void Outbox::forgetSeenBefore(const QDateTime &when)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM seen WHERE at < ?"_s);
    q.addBindValue(when.toMSecsSinceEpoch());
    q.exec();
}

} // namespace chatbuddy::client
