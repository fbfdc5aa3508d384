// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What must outlast the app for delivery, whatever the history settings: the messages that
// have not reached their recipient yet (queued, or waiting in the hub's mailbox for a receipt),
// and the ids of messages received lately, so a message that comes twice is shown once.
// delivery.sqlite in the profile folder (mode 0600). Writes are synchronous and small (one row
// per message): a message the user wrote is on disk before the app says "Queued".

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace chatbuddy::client {

struct OutgoingMessage {
    enum class State {
        Queued = 0,    // not handed to anyone yet
        Deposited = 1, // in the recipient's mailbox on the hub: waiting for the receipt
    };
    QString id;          // the message id (a UUID), the same on every path
    qint64 contact = 0;  // whose conversation it is in
    qint64 entry = 0;    // its line in the history (0 if none)
    QString name;        // the recipient's name when it was written
    QString fingerprint; // the recipient's key it is for
    QString text;
    QDateTime sentAt; // when the user wrote it (UTC)
    State state = State::Queued;
};

class Outbox {
public:
    Outbox();
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    Status open(const QString &path);
    bool isOpen() const;

    Status add(const OutgoingMessage &message);
    Status setState(const QString &id, OutgoingMessage::State state);
    void remove(const QString &id);
    std::optional<OutgoingMessage> find(const QString &id) const;
    // Oldest first; of one contact (contact > 0) or everyone's.
    QList<OutgoingMessage> pending(qint64 contact = 0) const;

    // The user accepted another key for contact: what waits to be sent goes to that key. The
    // number of messages changed.
    int rekey(qint64 contact, const QString &fingerprint);

    // Received ids, by the sender's key. markSeen() returns false if it was seen already.
    bool wasSeen(const QString &fingerprint, const QString &id) const;
    bool markSeen(const QString &fingerprint, const QString &id);
    // Forgets received ids and owed receipts older than this: a copy can no longer come (the
    // hub's expiry is shorter), and a receipt that could not go out by then never will.
    void forgetSeenBefore(const QDateTime &when);

    // Sealed receipts we owe for messages that came through the mailbox, by the sender's key
    // (name: the name it wrote from, to find its mailbox key). Kept until the hub took them.
    bool oweReceipt(const QString &fingerprint, const QString &name, const QString &id);
    QStringList receiptsOwed(const QString &fingerprint) const;
    QStringList namesOwedReceipts() const;
    void receiptsSent(const QString &fingerprint, const QStringList &ids);

    // File transfers (desktop-client/core/transfers.h), each a JSON record by its id, so one
    // cut by a quit or a crash resumes: written at every change of state, not of progress.
    Status saveTransfer(const QString &id, qint64 contact, const QJsonObject &record);
    void removeTransfer(const QString &id);
    void removeTransfersOf(qint64 contact);
    QList<QJsonObject> transfers() const; // in the order they were first saved

private:
    // Runs one statement with values bound in order; the query, executed or with its error.
    QSqlQuery run(const QString &statement, const QVariantList &values) const;

    QString m_connection;
};

} // namespace chatbuddy::client
