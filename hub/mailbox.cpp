// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailbox.h"

#include "hublog.h"
#include "mailboxmessages.h"
#include "registry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
constexpr int EnvelopeKind = 0;
constexpr int BounceKind = 1;
constexpr qint64 DayMs = 24LL * 3600 * 1000;
} // namespace

Mailbox::Mailbox(Registry &registry, const Limits &limits)
    : m_registry(registry)
    , m_limits(limits)
{
}

qint64 Mailbox::nowMs() const
{
    return m_registry.wallClock()().toMSecsSinceEpoch();
}

std::optional<qint64> Mailbox::scalar(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_registry.connectionName(), false));
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = u"mailbox: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

Mailbox::Stored Mailbox::deposit(const QString &recipientKey, const QString &senderKey,
                                 const QString &id, const QByteArray &envelope)
{
    // The checks and the insert in one transaction: one commit per deposit, and no other
    // deposit between a quota count and the row it allows.
    // Hubs sharing a PostgreSQL database take turns per recipient and sender for the same.
    QSqlDatabase db = QSqlDatabase::database(m_registry.connectionName(), false);
    if (!db.transaction()) {
        m_error = u"mailbox: %1"_s.arg(db.lastError().text());
        return Stored::Failed;
    }
    Stored stored = Stored::Failed;
    if (m_registry.serialize({u"mail-to:"_s + recipientKey, u"mail-from:"_s + senderKey}))
        stored = store(recipientKey, senderKey, id, envelope);
    else
        m_error = m_registry.errorString();
    if (stored != Stored::Stored) {
        db.rollback();
    } else if (!db.commit()) {
        m_error = u"mailbox: %1"_s.arg(db.lastError().text());
        stored = Stored::Failed;
    }
    return stored;
}

Mailbox::Stored Mailbox::store(const QString &recipientKey, const QString &senderKey,
                               const QString &id, const QByteArray &envelope)
{
    const auto known = scalar(u"SELECT COUNT(*) FROM mail WHERE sender_fp = ? AND msg_id = ? "
                              "AND kind = 0"_s,
                              {senderKey, id});
    if (!known)
        return Stored::Failed;
    if (*known > 0)
        return Stored::Duplicate;
    if (m_limits.perRecipient > 0) {
        const auto waitingFor = scalar(
            u"SELECT COUNT(*) FROM mail WHERE recipient_fp = ? AND kind = 0"_s, {recipientKey});
        if (!waitingFor)
            return Stored::Failed;
        if (*waitingFor >= m_limits.perRecipient)
            return Stored::RecipientFull;
    }
    if (m_limits.perSender > 0) {
        const auto sentBy =
            scalar(u"SELECT COUNT(*) FROM mail WHERE sender_fp = ? AND kind = 0"_s, {senderKey});
        if (!sentBy)
            return Stored::Failed;
        if (*sentBy >= m_limits.perSender)
            return Stored::SenderFull;
    }
    QSqlQuery insert(QSqlDatabase::database(m_registry.connectionName(), false));
    insert.prepare(u"INSERT INTO mail (recipient_fp, sender_fp, msg_id, kind, created, expires, "
                   "body) VALUES (?, ?, ?, 0, ?, ?, ?)"_s);
    const qint64 now = nowMs();
    for (const QVariant &value : QVariantList{recipientKey, senderKey, id, now,
                                              now + m_limits.expiryDays * DayMs, envelope})
        insert.addBindValue(value);
    if (!insert.exec()) {
        m_error = u"mailbox: %1"_s.arg(insert.lastError().text());
        return Stored::Failed;
    }
    return Stored::Stored;
}

QList<Mailbox::Item> Mailbox::fetch(const QString &recipientKey, int limit, qsizetype maxBytes)
{
    QList<Item> items;
    QSqlQuery query(QSqlDatabase::database(m_registry.connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT ref, kind, body FROM mail WHERE recipient_fp = ? ORDER BY ref "
                  "LIMIT ?"_s);
    query.addBindValue(recipientKey);
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = u"mailbox: %1"_s.arg(query.lastError().text());
        return items;
    }
    qsizetype bytes = 0;
    while (query.next() && (items.isEmpty() || bytes < maxBytes)) {
        Item item{query.value(0).toLongLong(), query.value(1).toInt() == BounceKind,
                  query.value(2).toByteArray()};
        bytes += item.body.size();
        items.append(std::move(item));
    }
    return items;
}

std::optional<int> Mailbox::waiting(const QString &recipientKey)
{
    const auto count =
        scalar(u"SELECT COUNT(*) FROM mail WHERE recipient_fp = ?"_s, {recipientKey});
    return count ? std::optional<int>(int(*count)) : std::nullopt;
}

int Mailbox::remove(const QString &recipientKey, const QList<qint64> &refs)
{
    QSqlDatabase db = QSqlDatabase::database(m_registry.connectionName(), false);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM mail WHERE ref = ? AND recipient_fp = ?"_s);
    int removed = 0;
    db.transaction();
    for (qint64 ref : refs) {
        remove.addBindValue(ref);
        remove.addBindValue(recipientKey);
        if (remove.exec())
            removed += remove.numRowsAffected();
        else
            m_error = u"mailbox: %1"_s.arg(remove.lastError().text());
    }
    db.commit();
    return removed;
}

QList<QString> Mailbox::expire()
{
    QSqlDatabase db = QSqlDatabase::database(m_registry.connectionName(), false);
    const qint64 now = nowMs();
    QList<QString> senders;
    QSqlQuery expired(db);
    expired.setForwardOnly(true);
    expired.prepare(u"SELECT ref, sender_fp, msg_id, body FROM mail WHERE expires <= ? AND "
                    "kind = 0"_s);
    expired.addBindValue(now);
    if (!expired.exec()) {
        m_error = u"mailbox: %1"_s.arg(expired.lastError().text());
        return senders;
    }
    struct Expired {
        qint64 ref;
        QString sender;
        QString id;
        QString to;
    };
    QList<Expired> found;
    while (expired.next()) {
        const QJsonObject envelope =
            QJsonDocument::fromJson(expired.value(3).toByteArray()).object();
        found.append({expired.value(0).toLongLong(), expired.value(1).toString(),
                      expired.value(2).toString(), envelope.value("to"_L1).toString()});
    }
    expired.finish();
    db.transaction();
    QSqlQuery bounce(db);
    bounce.prepare(u"INSERT INTO mail (recipient_fp, sender_fp, msg_id, kind, created, "
                   "expires, body) VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM mail WHERE ref = ?"_s);
    for (const Expired &e : found) {
        const Bounce notice{
            0, e.id, e.to, QString(refusal::Expired),
            u"%1 did not collect it within %2 days"_s.arg(e.to).arg(m_limits.expiryDays)};
        QJsonObject body = notice.toJson();
        body.remove("ref"_L1);
        body.remove("type"_L1);
        for (const QVariant &value :
             QVariantList{e.sender, e.sender, e.id, now, now + m_limits.expiryDays * DayMs,
                          QJsonDocument(body).toJson(QJsonDocument::Compact)})
            bounce.addBindValue(value);
        remove.addBindValue(e.ref);
        if (!bounce.exec() || !remove.exec()) {
            m_error = u"mailbox: %1"_s.arg(bounce.lastError().text());
            db.rollback();
            return {};
        }
        if (!senders.contains(e.sender))
            senders.append(e.sender);
    }
    // Bounces nobody collected either are dropped in the end.
    QSqlQuery old(db);
    old.prepare(u"DELETE FROM mail WHERE expires <= ? AND kind = 1"_s);
    old.addBindValue(now);
    old.exec();
    db.commit();
    if (!found.isEmpty())
        qCInfo(lcHub, "Mailbox: %lld envelope(s) expired unfetched; their senders are told",
               qlonglong(found.size()));
    return senders;
}

std::optional<int> Mailbox::itemCount()
{
    const auto count = scalar(u"SELECT COUNT(*) FROM mail"_s, {});
    return count ? std::optional<int>(int(*count)) : std::nullopt;
}

std::optional<qint64> Mailbox::byteCount()
{
    return scalar(u"SELECT COALESCE(SUM(LENGTH(body)), 0) FROM mail"_s, {});
}

} // namespace chatbuddy::hub
