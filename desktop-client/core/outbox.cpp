// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonDocument>
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
          "at INTEGER NOT NULL, PRIMARY KEY (fingerprint, msg_id)) WITHOUT ROWID"_s,
          u"CREATE TABLE IF NOT EXISTS receipts (fingerprint TEXT NOT NULL, name TEXT NOT NULL, "
          "msg_id TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (fingerprint, msg_id)) "
          "WITHOUT ROWID"_s,
          u"CREATE TABLE IF NOT EXISTS transfers (id TEXT PRIMARY KEY NOT NULL, contact "
          "INTEGER NOT NULL, record TEXT NOT NULL)"_s}) {
        if (!q.exec(statement))
            return fail(u"cannot prepare %1: %2"_s.arg(path, q.lastError().text()));
    }
    return {};
}

QSqlQuery Outbox::run(const QString &statement, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(statement);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.exec();
    return q;
}

Status Outbox::add(const OutgoingMessage &m)
{
    const QSqlQuery q =
        run(u"INSERT OR REPLACE INTO outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                QLatin1StringView(Columns)),
            {m.id, m.contact, m.entry, m.name, m.fingerprint, m.text, m.sentAt.toMSecsSinceEpoch(),
             int(m.state)});
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    return {};
}

Status Outbox::setState(const QString &id, OutgoingMessage::State state)
{
    const QSqlQuery q = run(u"UPDATE outbox SET state = ? WHERE msg_id = ?"_s, {int(state), id});
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    return {};
}

void Outbox::remove(const QString &id)
{
    run(u"DELETE FROM outbox WHERE msg_id = ?"_s, {id});
}

std::optional<OutgoingMessage> Outbox::find(const QString &id) const
{
    QSqlQuery q =
        run(u"SELECT %1 FROM outbox WHERE msg_id = ?"_s.arg(QLatin1StringView(Columns)), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<OutgoingMessage> Outbox::pending(qint64 contact) const
{
    QList<OutgoingMessage> out;
    QSqlQuery q = run(u"SELECT %1 FROM outbox WHERE ? = 0 OR contact = ? ORDER BY rowid"_s.arg(
                          QLatin1StringView(Columns)),
                      {contact, contact});
    while (q.next())
        out.append(fromRow(q));
    return out;
}

int Outbox::rekey(qint64 contact, const QString &fingerprint)
{
    const QSqlQuery q =
        run(u"UPDATE outbox SET fingerprint = ? WHERE contact = ? AND state = ? AND "
            "fingerprint <> ?"_s,
            {fingerprint, contact, int(OutgoingMessage::State::Queued), fingerprint});
    return q.lastError().isValid() ? 0 : q.numRowsAffected();
}

bool Outbox::wasSeen(const QString &fingerprint, const QString &id) const
{
    QSqlQuery q =
        run(u"SELECT 1 FROM seen WHERE fingerprint = ? AND msg_id = ?"_s, {fingerprint, id});
    return q.next();
}

bool Outbox::markSeen(const QString &fingerprint, const QString &id)
{
    const QSqlQuery q =
        run(u"INSERT OR IGNORE INTO seen (fingerprint, msg_id, at) VALUES (?, ?, ?)"_s,
            {fingerprint, id, QDateTime::currentMSecsSinceEpoch()});
    return !q.lastError().isValid() && q.numRowsAffected() > 0;
}

void Outbox::forgetSeenBefore(const QDateTime &when)
{
    run(u"DELETE FROM seen WHERE at < ?"_s, {when.toMSecsSinceEpoch()});
    run(u"DELETE FROM receipts WHERE at < ?"_s, {when.toMSecsSinceEpoch()});
}

bool Outbox::oweReceipt(const QString &fingerprint, const QString &name, const QString &id)
{
    const QSqlQuery q =
        run(u"INSERT OR IGNORE INTO receipts (fingerprint, name, msg_id, at) VALUES (?, ?, ?, ?)"_s,
            {fingerprint, name, id, QDateTime::currentMSecsSinceEpoch()});
    return !q.lastError().isValid();
}

QStringList Outbox::receiptsOwed(const QString &fingerprint) const
{
    QStringList ids;
    QSqlQuery q =
        run(u"SELECT msg_id FROM receipts WHERE fingerprint = ? ORDER BY at"_s, {fingerprint});
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QStringList Outbox::namesOwedReceipts() const
{
    QStringList names;
    QSqlQuery q = run(u"SELECT DISTINCT name FROM receipts"_s, {});
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

void Outbox::receiptsSent(const QString &fingerprint, const QStringList &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    for (const QString &id : ids)
        run(u"DELETE FROM receipts WHERE fingerprint = ? AND msg_id = ?"_s, {fingerprint, id});
    db.commit();
}

Status Outbox::saveTransfer(const QString &id, qint64 contact, const QJsonObject &record)
{
    // An UPSERT keeps the row (and its rowid, the order) of a transfer saved before.
    const QSqlQuery q =
        run(u"INSERT INTO transfers (id, contact, record) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET contact = excluded.contact, "
            "record = excluded.record"_s,
            {id, contact, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))});
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    return {};
}

void Outbox::removeTransfer(const QString &id)
{
    run(u"DELETE FROM transfers WHERE id = ?"_s, {id});
}

void Outbox::removeTransfersOf(qint64 contact)
{
    run(u"DELETE FROM transfers WHERE contact = ?"_s, {contact});
}

QList<QJsonObject> Outbox::transfers() const
{
    QList<QJsonObject> out;
    QSqlQuery q = run(u"SELECT record FROM transfers ORDER BY rowid"_s, {});
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

} // namespace chatbuddy::client
