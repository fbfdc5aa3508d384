// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of the history (history.h): the schema and its migrations, the reads, and the
// batches of writes. One HistoryDb is one connection, used by one thread only: the reader of
// the History on its thread, the writer on its own.

#include "history.h"

#include <QString>

#include <vector>

class QSqlDatabase;
class QSqlQuery;

namespace chatbuddy::client {

// One queued change; serial orders them.
struct HistoryOp {
    enum class Type {
        SaveContact,   // insert or update contact
        DeleteContact, // id, with its conversation
        Insert,        // entry
        SetDelivery,   // id = entry, value = ChatLine::Delivery
        Clear,         // id = contact (0: all), up to entry upTo, older than value ms (0: any)
    };
    Type type = Type::Insert;
    quint64 serial = 0;
    Contact contact;
    HistoryEntry entry;
    qint64 id = 0;
    qint64 upTo = 0;
    qint64 value = 0;
};

class HistoryDb {
public:
    enum class Opened {
        Ok,
        Damaged, // not a history we can read: the caller moves it aside
        Newer,   // written by a newer ChatBuddy: left alone
        Failed,  // cannot open at all (the folder, the driver)
    };

    explicit HistoryDb(const QString &connectionName);
    ~HistoryDb();
    HistoryDb(const HistoryDb &) = delete;
    HistoryDb &operator=(const HistoryDb &) = delete;

    // Opens path; with migrate, creates or upgrades the schema (the first connection only).
    Opened open(const QString &path, bool migrate);
    void close();
    QString error() const { return m_error; }
    // The SQLite result code of the last failure said the file is damaged.
    bool damaged() const { return m_damaged; }

    // Reads.
    QList<Contact> contacts();
    qint64 maxContactId();
    qint64 maxEntryId();
    // Entries of contact with after < id < before (0: no bound), limit of them: the newest
    // (newest=true) or the oldest; returned oldest first.
    QList<HistoryEntry> entries(qint64 contact, qint64 after, qint64 before, int limit,
                                bool newest);
    std::optional<HistoryEntry> entry(qint64 id);
    // Newest first; match from matchExpression().
    QList<SearchHit> search(const QString &match, int limit);

    // Writes beyond bytes (0: no limit) fail as on a full disk (SQLITE_FULL).
    bool setSizeLimit(qint64 bytes);
    // Writes the batch in one transaction; false (error(), damaged()) if it was rolled back.
    bool apply(const std::vector<HistoryOp> &ops);

    // An FTS5 query for the words of text, the last one a prefix, in the messages of one
    // conversation (contact) or all (0): "a b" -> body : ("a" "b"*). Empty if no words.
    static QString matchExpression(const QString &text, qint64 contact = 0);

private:
    bool exec(const QString &sql);
    // The first column of the first row; nullopt (error(), damaged()) if the query failed.
    std::optional<qint64> scalar(const QString &sql);
    bool check(QSqlQuery &query);
    bool migrate(int from);
    bool applyOne(const HistoryOp &op);
    QSqlDatabase db() const;

    QString m_connection;
    QString m_error;
    bool m_damaged = false;
};

} // namespace chatbuddy::client
