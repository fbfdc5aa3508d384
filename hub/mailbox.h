// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's store of sealed envelopes for users who are offline, in the registry's database
// (table `mail`, in SQLite or PostgreSQL). The hub cannot open an envelope: it keeps the bytes,
// with who it is for, who sent it and when it expires. An envelope left unfetched past the expiry
// becomes a bounce for its sender ("not delivered: expired"). Quotas per recipient and per sender
// keep one person from filling the disk.

#include "clock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace chatbuddy::hub {

class Registry;

class Mailbox {
public:
    struct Limits {
        bool enabled = true;
        int perRecipient = 1000; // envelopes waiting for one key; 0: no limit
        int perSender = 1000;    // envelopes one key has waiting, to everyone; 0: no limit
        int expiryDays = 14;     // unfetched this long: bounced to the sender
    };
    enum class Stored {
        Stored,
        Duplicate, // the sender deposited this id already: kept once
        RecipientFull,
        SenderFull,
        Failed, // the database failed
    };
    struct Item {
        qint64 ref = 0;
        bool bounce = false; // else an envelope
        QByteArray body;     // the envelope's JSON, or the bounce's
    };

    // registry must be open and outlive the mailbox; its database and clock are used.
    Mailbox(Registry &registry, const Limits &limits);

    Stored deposit(const QString &recipientKey, const QString &senderKey, const QString &id,
                   const QByteArray &envelope);
    // What waits for recipientKey, oldest first: at most limit items and about maxBytes.
    QList<Item> fetch(const QString &recipientKey, int limit, qsizetype maxBytes);
    // How many items wait for recipientKey; nullopt if the database failed.
    std::optional<int> waiting(const QString &recipientKey);
    // Deletes those of refs that belong to recipientKey; how many were deleted.
    int remove(const QString &recipientKey, const QList<qint64> &refs);
    // Turns envelopes past their expiry into bounces for their senders and deletes old
    // bounces. Returns the senders who got a bounce.
    QList<QString> expire();
    // For the benchmark and the logs: items stored, and their bytes.
    std::optional<int> itemCount();
    std::optional<qint64> byteCount();
    QString errorString() const { return m_error; }

private:
    Stored store(const QString &recipientKey, const QString &senderKey, const QString &id,
                 const QByteArray &envelope);
    qint64 nowMs() const;
    std::optional<qint64> scalar(const QString &statement, const QVariantList &values);

    Registry &m_registry;
    Limits m_limits;
    QString m_error;
};

} // namespace chatbuddy::hub
