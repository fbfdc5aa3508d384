// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: every statement the history runs (schema and upgrade, reads, search, the
// writes of a batch) in one file, so the SQL can be read and reviewed together.
#include "historydb.h"

#include "username.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
// SQLite result codes (primary) that mean the file is not a database we can trust.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADb = 26;
// The kinds stored in entries.kind are ChatLine::Kind's values: Outgoing 0, Incoming 1 (both
// messages, the only ones indexed for search), Notice 2, Warning 3. They never change.
static_assert(int(ChatLine::Kind::Outgoing) == 0 && int(ChatLine::Kind::Incoming) == 1 &&
              int(ChatLine::Kind::Notice) == 2 && int(ChatLine::Kind::Warning) == 3);

// Version 1, as the first ChatBuddy with a history wrote it.
const char *const SchemaV1[] = {
    "CREATE TABLE contacts ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " name_key TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL DEFAULT '',"
    " added INTEGER NOT NULL,"
    " last_seen INTEGER NOT NULL DEFAULT 0,"
    " hidden INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX contacts_fingerprint ON contacts(fingerprint)",
    "CREATE TABLE entries ("
    " id INTEGER PRIMARY KEY,"
    " contact INTEGER NOT NULL REFERENCES contacts(id),"
    " kind INTEGER NOT NULL,"
    " event INTEGER NOT NULL DEFAULT 0,"
    " message_id TEXT NOT NULL DEFAULT '',"
    " sender TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL,"
    " time INTEGER NOT NULL,"
    " delivery INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX entries_contact ON entries(contact, id)",
    "CREATE INDEX entries_time ON entries(time)",
};

// Version 2: a full-text index of the messages, kept by triggers (bodies never change). Its
// second column holds one token for the conversation ("c<contact>"), so a search in one
// conversation intersects two index lists instead of checking every match's contact; the
// prefix index makes short prefixes ("th"*) as quick as words. The view is its content: FTS5
// reads the text back from it for snippets.
const char *const SchemaV2[] = {
    "CREATE VIEW entries_fts_content AS SELECT id, body, 'c' || contact AS who FROM entries",
    "CREATE VIRTUAL TABLE entries_fts USING fts5(body, who, content='entries_fts_content',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries WHEN new.kind IN (0, 1) BEGIN"
    " INSERT INTO entries_fts(rowid, body, who) VALUES (new.id, new.body, 'c' || new.contact);"
    " END",
    "CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries WHEN old.kind IN (0, 1) BEGIN"
    " INSERT INTO entries_fts(entries_fts, rowid, body, who)"
    " VALUES ('delete', old.id, old.body, 'c' || old.contact); END",
    "INSERT INTO entries_fts(rowid, body, who)"
    " SELECT id, body, 'c' || contact FROM entries WHERE kind IN (0, 1)",
};

// Version 3: whether we had a chat with the contact's key. Until then only a chat (or a
// verification) saved a contact, so every saved one had.
const char *const SchemaV3[] = {
    "ALTER TABLE contacts ADD COLUMN chatted INTEGER NOT NULL DEFAULT 0",
    "UPDATE contacts SET chatted = 1",
};

const QString EntryColumns =
    u"id, contact, kind, event, message_id, sender, body, time, delivery"_s;

// A null QString binds as NULL; the text columns are NOT NULL and '' is what "none" means.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime() : QDateTime();
}

HistoryEntry readEntry(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.contact = query.value(1).toLongLong();
    entry.line.kind = ChatLine::Kind(query.value(2).toInt());
    entry.line.event = ChatLine::Event(query.value(3).toInt());
    entry.line.id = query.value(4).toString();
    entry.line.sender = query.value(5).toString();
    entry.line.text = query.value(6).toString();
    entry.line.time = fromMs(query.value(7).toLongLong());
    entry.line.delivery = ChatLine::Delivery(query.value(8).toInt());
    return entry;
}
} // namespace

HistoryDb::HistoryDb(const QString &connectionName)
    : m_connection(connectionName)
{
}

HistoryDb::~HistoryDb()
{
    close();
}

QSqlDatabase HistoryDb::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void HistoryDb::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    db().close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryDb::check(QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (error.type() == QSqlError::NoError)
        return true;
    m_error = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    m_damaged = m_damaged || code == SqliteCorrupt || code == SqliteNotADb;
    return false;
}

bool HistoryDb::exec(const QString &sql)
{
    QSqlQuery query(db());
    query.exec(sql);
    return check(query);
}

std::optional<qint64> HistoryDb::scalar(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next()) {
        check(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

HistoryDb::Opened HistoryDb::open(const QString &path, bool migrate)
{
    close();
    m_error.clear();
    m_damaged = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        if (!database.isValid()) {
            m_error = u"the Qt SQLite driver is missing (libqt6sql6-sqlite)"_s;
            return Opened::Failed;
        }
        database.setDatabaseName(path);
        // Another connection (the writer) may hold the write lock for a moment.
        database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!database.open()) {
            m_error = database.lastError().text();
            return Opened::Failed;
        }
    }
    // A file that is not a database fails here, at its first read.
    const std::optional<qint64> version = scalar(u"PRAGMA user_version"_s);
    if (!version)
        return m_damaged ? Opened::Damaged : Opened::Failed;
    const int found = int(*version);
    if (found > History::SchemaVersion) {
        m_error = u"schema %1, this version knows %2"_s.arg(found).arg(History::SchemaVersion);
        return Opened::Newer;
    }
    const std::optional<qint64> tableCount = scalar(u"SELECT count(*) FROM sqlite_master"_s);
    if (!tableCount)
        return m_damaged ? Opened::Damaged : Opened::Failed;
    if (found == 0 && *tableCount > 0) {
        m_error = u"not a ChatBuddy history (it has other tables)"_s;
        return Opened::Damaged;
    }
    // WAL: readers never wait for the writer; NORMAL: a crash of the app loses no commit.
    // secure_delete: what the user clears or removes is overwritten, not left in free pages.
    if (!exec(u"PRAGMA journal_mode=WAL"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s) ||
        !exec(u"PRAGMA foreign_keys=ON"_s) || !exec(u"PRAGMA secure_delete=ON"_s))
        return m_damaged ? Opened::Damaged : Opened::Failed;
    if (migrate && found < History::SchemaVersion && !this->migrate(found))
        return m_damaged ? Opened::Damaged : Opened::Failed;
    if (!migrate && found < History::SchemaVersion) {
        m_error = u"the history was not upgraded"_s;
        return Opened::Failed;
    }
    return Opened::Ok;
}

bool HistoryDb::migrate(int from)
{
    QSqlDatabase database = db();
    if (!database.transaction()) {
        m_error = database.lastError().text();
        return false;
    }
    bool ok = true;
    if (from < 1) {
        for (const char *sql : SchemaV1)
            ok = ok && exec(QString::fromLatin1(sql));
    }
    if (from < 2) {
        for (const char *sql : SchemaV2)
            ok = ok && exec(QString::fromLatin1(sql));
    }
    if (from < 3) {
        for (const char *sql : SchemaV3)
            ok = ok && exec(QString::fromLatin1(sql));
    }
    ok = ok && exec(u"PRAGMA user_version=%1"_s.arg(History::SchemaVersion));
    if (!ok) {
        database.rollback();
        return false;
    }
    return database.commit();
}

QList<Contact> HistoryDb::contacts()
{
    QList<Contact> out;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.exec(u"SELECT id, name, fingerprint, added, last_seen, hidden, chatted FROM contacts"_s);
    while (query.next()) {
        Contact contact;
        contact.id = query.value(0).toLongLong();
        contact.name = query.value(1).toString();
        contact.fingerprint = query.value(2).toString();
        contact.added = fromMs(query.value(3).toLongLong());
        contact.lastSeen = fromMs(query.value(4).toLongLong());
        contact.hidden = query.value(5).toBool();
        contact.chatted = query.value(6).toBool();
        contact.saved = true;
        out.append(contact);
    }
    check(query);
    return out;
}

qint64 HistoryDb::maxContactId()
{
    return scalar(u"SELECT coalesce(max(id), 0) FROM contacts"_s).value_or(0);
}

qint64 HistoryDb::maxEntryId()
{
    return scalar(u"SELECT coalesce(max(id), 0) FROM entries"_s).value_or(0);
}

QList<HistoryEntry> HistoryDb::entries(qint64 contact, qint64 after, qint64 before, int limit,
                                       bool newest)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM entries WHERE contact = ? AND id > ? AND id < ? "
                  "ORDER BY id %2 LIMIT ?"_s.arg(EntryColumns, newest ? u"DESC"_s : u"ASC"_s));
    query.addBindValue(contact);
    query.addBindValue(after);
    query.addBindValue(before > 0 ? before : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    QList<HistoryEntry> out;
    if (query.exec()) {
        while (query.next())
            out.append(readEntry(query));
    }
    check(query);
    if (newest)
        std::reverse(out.begin(), out.end());
    return out;
}

std::optional<HistoryEntry> HistoryDb::entry(qint64 id)
{
    QSqlQuery query(db());
    query.prepare(u"SELECT %1 FROM entries WHERE id = ?"_s.arg(EntryColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return readEntry(query);
    check(query);
    return std::nullopt;
}

QString HistoryDb::matchExpression(const QString &text, qint64 contact)
{
    // Each word quoted (FTS5 syntax in it means nothing), all of them in the message, the last
    // one a prefix so that typing finds as it goes: "hello wor" finds "Hello, world".
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms;
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        word.remove(History::HitStart).remove(History::HitEnd);
        if (!word.isEmpty())
            terms.append(u'"' + word.replace(u'"', u"\"\""_s) + u'"');
    }
    if (terms.isEmpty())
        return {};
    terms.last() += u'*';
    QString match = u"body : ("_s + terms.join(u' ') + u')';
    if (contact != 0)
        match += u" AND who : \"c%1\""_s.arg(contact);
    return match;
}

QList<SearchHit> HistoryDb::search(const QString &match, int limit)
{
    // FTS5 walks its index newest first (rowid DESC) and stops at the limit; in one
    // conversation it walks the intersection with the conversation's token. The snippet
    // shows up to 24 words around the match.
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT e.id, e.contact, c.name, e.kind, e.sender, e.time, f.snip FROM"
                  " (SELECT rowid AS rid,"
                  "  snippet(entries_fts, 0, char(2), char(3), '…', 24) AS snip FROM entries_fts"
                  "  WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS f"
                  " JOIN entries e ON e.id = f.rid JOIN contacts c ON c.id = e.contact"
                  " ORDER BY e.id DESC"_s);
    query.addBindValue(match);
    query.addBindValue(limit);
    QList<SearchHit> hits;
    if (query.exec()) {
        while (query.next()) {
            SearchHit hit;
            hit.entry = query.value(0).toLongLong();
            hit.contact = query.value(1).toLongLong();
            hit.contactName = query.value(2).toString();
            hit.kind = ChatLine::Kind(query.value(3).toInt());
            hit.sender = query.value(4).toString();
            hit.time = fromMs(query.value(5).toLongLong());
            hit.text = query.value(6).toString();
            hits.append(hit);
        }
    }
    check(query);
    return hits;
}

bool HistoryDb::applyOne(const HistoryOp &op)
{
    QSqlQuery query(db());
    switch (op.type) {
    case HistoryOp::Type::SaveContact: {
        const Contact &c = op.contact;
        query.prepare(u"INSERT INTO contacts (id, name, name_key, fingerprint, added, last_seen,"
                      " hidden, chatted) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE"
                      " SET name = excluded.name, name_key = excluded.name_key,"
                      " fingerprint = excluded.fingerprint, last_seen = excluded.last_seen,"
                      " hidden = excluded.hidden, chatted = excluded.chatted"_s);
        query.addBindValue(c.id);
        query.addBindValue(text(c.name));
        query.addBindValue(usernameKey(c.name));
        query.addBindValue(text(c.fingerprint));
        query.addBindValue(toMs(c.added));
        query.addBindValue(toMs(c.lastSeen));
        query.addBindValue(c.hidden ? 1 : 0);
        query.addBindValue(c.chatted ? 1 : 0);
        query.exec();
        return check(query);
    }
    case HistoryOp::Type::DeleteContact:
        query.prepare(u"DELETE FROM entries WHERE contact = ?"_s);
        query.addBindValue(op.id);
        if (!query.exec())
            return check(query);
        query.prepare(u"DELETE FROM contacts WHERE id = ?"_s);
        query.addBindValue(op.id);
        query.exec();
        return check(query);
    case HistoryOp::Type::Insert: {
        const HistoryEntry &e = op.entry;
        query.prepare(
            u"INSERT INTO entries (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(EntryColumns));
        query.addBindValue(e.id);
        query.addBindValue(e.contact);
        query.addBindValue(int(e.line.kind));
        query.addBindValue(int(e.line.event));
        query.addBindValue(text(e.line.id));
        query.addBindValue(text(e.line.sender));
        query.addBindValue(text(e.line.text));
        query.addBindValue(toMs(e.line.time));
        query.addBindValue(int(e.line.delivery));
        query.exec();
        return check(query);
    }
    case HistoryOp::Type::SetDelivery:
        query.prepare(u"UPDATE entries SET delivery = ? WHERE id = ?"_s);
        query.addBindValue(op.value);
        query.addBindValue(op.id);
        query.exec();
        return check(query);
    case HistoryOp::Type::Clear:
        query.prepare(u"DELETE FROM entries WHERE (? = 0 OR contact = ?) AND id <= ? "
                      "AND (? = 0 OR time < ?)"_s);
        query.addBindValue(op.id);
        query.addBindValue(op.id);
        query.addBindValue(op.upTo);
        query.addBindValue(op.value);
        query.addBindValue(op.value);
        query.exec();
        return check(query);
    }
    return false;
}

bool HistoryDb::setSizeLimit(qint64 bytes)
{
    // SQLite fails a write that would grow the file past max_page_count with SQLITE_FULL,
    // exactly as on a full disk. It never shrinks below the pages in use.
    const std::optional<qint64> pageSize = scalar(u"PRAGMA page_size"_s);
    if (!pageSize)
        return false;
    const qint64 size = qMax<qint64>(*pageSize, 512);
    const qint64 pages = bytes > 0 ? (bytes + size - 1) / size : 0xfffffffe;
    return exec(u"PRAGMA max_page_count=%1"_s.arg(pages));
}

bool HistoryDb::apply(const std::vector<HistoryOp> &ops)
{
    m_error.clear();
    QSqlDatabase database = db();
    if (!database.transaction()) {
        m_error = database.lastError().text();
        return false;
    }
    for (const HistoryOp &op : ops) {
        if (!applyOne(op)) {
            database.rollback();
            return false;
        }
    }
    if (!database.commit()) {
        m_error = database.lastError().text();
        database.rollback();
        return false;
    }
    // After a deletion the old pages are still in the write-ahead log: fold it into the file
    // (where secure_delete zeroed them) and empty it. Deletions are rare; this is cheap then.
    const bool deleted = std::any_of(ops.cbegin(), ops.cend(), [](const HistoryOp &op) {
        return op.type == HistoryOp::Type::Clear || op.type == HistoryOp::Type::DeleteContact;
    });
    if (deleted)
        exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

} // namespace chatbuddy::client
