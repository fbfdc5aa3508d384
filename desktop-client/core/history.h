// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A profile's contacts and conversations, kept in SQLite (history.sqlite in the profile folder,
// mode 0600, WAL) so they outlast the chat tab and the app.
//
// Reads (pages of a conversation, search) run on the calling thread against their own
// connection and are indexed: a page is one range scan, a search one FTS5 query. Writes never
// touch the calling thread: they are queued and applied in batches, one transaction each, by a
// writer thread. Until a write is on disk its entry stays in memory and every read merges it
// in, so a page or a search never misses what was just appended. A failed write (a full disk)
// is kept and retried; nothing is lost while the app runs.
//
// Some entries are never written: those of a conversation with someone who is not a saved
// contact yet (a chat that was declined), transient lines (connecting...), and everything while
// keeping history is off. They live in memory for this run only.

#include "messagemodel.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;
class QThread;

namespace chatbuddy::client {

class HistoryDb;
class HistoryWriter;
struct HistoryOp;

// A person we chatted with (or verified): its key, shown by the name it uses.
struct Contact {
    qint64 id = 0;
    QString name;
    QString fingerprint; // empty for a plain-text (legacy) peer, which has no key
    QDateTime added;
    QDateTime lastSeen;  // last time we saw them online; invalid if never
    bool saved = false;  // a contact of the list (else known for this run only)
    bool hidden = false; // removed from the list, conversation kept
    // We had a chat with this key (or verified it): its chats are taken without asking. A
    // contact that only wrote to us through the mailbox is listed but still asks.
    bool chatted = false;
};

// One line of a conversation: a message or an event (chat started, ended, key changed, ...).
struct HistoryEntry {
    qint64 id = 0; // increasing: the order of the conversation
    qint64 contact = 0;
    ChatLine line;
};

// A search result: the matching words of text are between HitStart and HitEnd.
struct SearchHit {
    qint64 entry = 0;
    qint64 contact = 0;
    QString contactName;
    ChatLine::Kind kind = ChatLine::Kind::Incoming;
    QString sender;
    QDateTime time;
    QString text;
};

struct HistoryOptions {
    std::function<QDateTime()> clock; // "now", for retention; the system clock if empty
    qint64 sizeLimit = 0;             // bytes; a write beyond fails as on a full disk (0: no limit)
    std::chrono::milliseconds pruneEvery = std::chrono::hours(24); // with a retention
};

class History : public QObject {
    Q_OBJECT
public:
    static constexpr QChar HitStart = QChar(0x2);
    static constexpr QChar HitEnd = QChar(0x3);
    // 1: contacts, entries.  2: + full-text index (FTS5) of the messages.  3: + contacts.chatted.
    static constexpr int SchemaVersion = 3;

    using Options = HistoryOptions;

    // What became of the file at open().
    enum class OpenState {
        Closed,
        Ready,      // the history on disk is in use
        MemoryOnly, // kept in memory for this run: see notice()
    };

    explicit History(QObject *parent = nullptr);
    ~History() override; // writes what is pending (waits for the writer) and closes

    // Opens the history at path (created with mode 0600). A file that is not a readable
    // history is moved aside and a fresh one started (notice() says so). If no file can be
    // used (another ChatBuddy has it open, it was written by a newer version, the folder is not
    // writable), the history is kept in memory for this run and notice() says why.
    OpenState open(const QString &path, const Options &options = {});
    OpenState state() const { return m_state; }
    // A sentence for the user about what open() had to do; empty if all went well.
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    // Off: new entries are kept in memory for this run only (what is on disk stays).
    void setKeepHistory(bool keep);
    bool keepHistory() const { return m_keep; }
    // Entries older than this are removed now and once a day; nullopt keeps everything.
    void setRetention(std::optional<std::chrono::days> keepFor);
    void setSizeLimit(qint64 bytes); // see Options::sizeLimit

    // Contacts, all in memory (a thousand is a few hundred kilobytes).
    QList<Contact> contacts() const; // saved and not hidden, by name
    std::optional<Contact> contact(qint64 id) const;
    std::optional<Contact> contactByFingerprint(const QString &fingerprint) const;
    // The contact for a peer: the one with this key, else the one with this name (a key
    // change, or a plain-text peer); nullopt if none.
    std::optional<Contact> find(const QString &name, const QString &fingerprint) const;
    // find(), or a new unsaved one.
    Contact contactFor(const QString &name, const QString &fingerprint);
    // How we came to know a contact.
    enum class Met {
        InChat,   // a chat with its key (or we verified the key)
        ByLetter, // it wrote to us through the mailbox: listed, but not chatted with
    };
    // Makes a contact one of the list: it and its conversation so far are written. Also brings
    // back a hidden one.
    void save(qint64 contact, Met how = Met::InChat);
    void rename(qint64 contact, const QString &name);
    // The contact's key is now this one (the user accepted a key change).
    void setKey(qint64 contact, const QString &fingerprint);
    void setLastSeen(qint64 contact, const QDateTime &when);
    // Takes a contact off the list; with its conversation, or keeping it for when they return.
    void removeContact(qint64 contact, bool withConversation);

    // Adds a line to a contact's conversation and returns its entry id. persistent=false keeps
    // it for this run only (connecting..., waiting for...).
    qint64 append(qint64 contact, const ChatLine &line, bool persistent = true);
    void setDelivery(qint64 entry, ChatLine::Delivery delivery);

    // Up to limit entries of a conversation before the entry (0: the newest), oldest first.
    QList<HistoryEntry> before(qint64 contact, qint64 entry, int limit) const;
    // Up to limit entries of a conversation after the entry, oldest first.
    QList<HistoryEntry> after(qint64 contact, qint64 entry, int limit) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    // Messages (not events) with all the words (each a prefix) of text, newest first; in one
    // conversation, or all (contact 0).
    QList<SearchHit> search(const QString &text, int limit, qint64 contact = 0) const;

    void clearConversation(qint64 contact);
    void clearAll(); // every conversation; the contacts stay

    enum class ExportFormat { PlainText, Html };
    // Writes a conversation to path (atomically, QSaveFile), a page at a time.
    Status exportConversation(qint64 contact, const QString &path, ExportFormat format) const;

    // Waits until every change so far is on disk (or failed); false if one failed.
    bool flush();
    // For tests and the benchmark: how many entries are waiting to be written.
    int pendingWrites() const;

Q_SIGNALS:
    void contactChanged(const chatbuddy::client::Contact &contact); // added, renamed, saved...
    void contactRemoved(qint64 contact);
    void appended(const chatbuddy::client::HistoryEntry &entry);
    void deliveryChanged(qint64 entry, chatbuddy::client::ChatLine::Delivery delivery);
    void conversationCleared(qint64 contact); // 0: all of them (clearAll, retention)
    // Writing failed (message for the user); retried until writingRecovered().
    void writingFailed(const QString &message);
    void writingRecovered();

private:
    struct Memory {
        HistoryEntry entry;
        quint64 serial = 0;      // the last write that stores it; 0: none pending
        bool persistent = false; // to be written once its contact is saved
    };
    struct Tombstone {      // a deletion not yet on disk: reads hide what it removes
        qint64 contact = 0; // 0: every contact
        qint64 upToEntry = 0;
        qint64 beforeTimeMs = 0; // 0: any time
        quint64 serial = 0;
    };

    QDateTime now() const;
    bool hides(const HistoryEntry &entry) const;
    bool writesTo(qint64 contact) const;
    quint64 enqueue(HistoryOp op);
    void sendBatch();
    void onBatchDone(quint64 upToSerial, bool ok, const QString &error, bool damaged);
    void forgetWritten(const std::vector<HistoryOp> &written);
    void prune();
    void goMemoryOnly(const QString &notice);
    QList<HistoryEntry> page(qint64 contact, qint64 after, qint64 before, int limit,
                             bool newest) const;
    HistoryEntry current(HistoryEntry stored) const; // with the updates not on disk yet
    void storeContact(const Contact &contact);
    // Changes a stored contact (nothing if there is none) and stores it.
    void updateContact(qint64 id, const std::function<void(Contact &)> &change);
    void clear(qint64 contact);
    void closeWriter();

    OpenState m_state = OpenState::Closed;
    QString m_path;
    QString m_notice;
    std::unique_ptr<HistoryDb> m_reader; // this thread's connection
    Options m_options;
    bool m_keep = true;
    std::optional<std::chrono::days> m_retention;
    std::unique_ptr<QLockFile> m_lock;

    QHash<qint64, Contact> m_contacts;
    qint64 m_nextContact = 1;
    qint64 m_nextEntry = 1;
    qint64 m_firstEntryThisRun = 1; // older ones still "sending" were never delivered
    QMap<qint64, Memory> m_memory;  // entries not on disk (yet), by id
    QHash<qint64, QPair<ChatLine::Delivery, quint64>> m_deliveryUpdates; // of stored entries
    QList<Tombstone> m_tombstones;

    QThread *m_thread = nullptr;
    HistoryWriter *m_writer = nullptr; // lives in m_thread
    std::vector<HistoryOp> m_outbox;
    std::vector<HistoryOp> m_inFlight; // the batch being written (kept for a retry)
    quint64 m_nextSerial = 1;
    bool m_failing = false;
    std::chrono::milliseconds m_retryDelay{0};
    QTimer m_sendTimer;
    QTimer m_retryTimer;
    QTimer m_pruneTimer;
};

} // namespace chatbuddy::client
