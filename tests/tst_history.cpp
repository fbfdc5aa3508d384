// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: one suite for the whole history store, each test a behaviour the user relies
// on (kept, paged, found, pruned, exported, cleared, surviving kill -9, corruption, a full
// disk, the upgrade from version 1).
#include "conversationmodel.h"
#include "history.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chatbuddy::client;

namespace {
const QString BobKey = u"b0b0000000000000000000000000000000000000000000000000000000000000"_s;
const QString CarolKey = u"ca401000000000000000000000000000000000000000000000000000000000000"_s;
const QString NewBobKey = u"b0b1111111111111111111111111111111111111111111111111111111111111"_s;

ChatLine message(ChatLine::Kind kind, const QString &text, const QDateTime &time = {},
                 ChatLine::Delivery delivery = ChatLine::Delivery::None)
{
    ChatLine line;
    line.kind = kind;
    line.id = text.left(8);
    line.sender = kind == ChatLine::Kind::Outgoing ? u"alice"_s : u"bob"_s;
    line.text = text;
    line.time = time.isValid() ? time : QDateTime::currentDateTime();
    line.delivery = delivery;
    return line;
}

ChatLine noticeLine(ChatLine::Event what, const QString &text)
{
    ChatLine line;
    line.kind = ChatLine::Kind::Notice;
    line.text = text;
    line.time = QDateTime::currentDateTime();
    line.event = what;
    return line;
}

QStringList texts(const QList<HistoryEntry> &entries)
{
    QStringList out;
    for (const HistoryEntry &entry : entries)
        out.append(entry.line.text);
    return out;
}

// A contact of the list (as after a chat): its conversation is written.
qint64 savedContact(History &history, const QString &name, const QString &key)
{
    const qint64 id = history.contactFor(name, key).id;
    history.save(id);
    return id;
}

// The child of killMidWrite(): writes messages forever, printing each id it knows is on disk.
int runWriterChild(const QString &path)
{
    History history;
    if (history.open(path) != History::OpenState::Ready)
        return 2;
    const qint64 bob = savedContact(history, u"bob"_s, BobKey);
    for (int i = 0;; ++i) {
        const qint64 id = history.append(
            bob,
            message(ChatLine::Kind::Incoming,
                    u"message %1: a line of ordinary length to keep the writer busy"_s.arg(i)));
        if (i % 25 == 24 && history.flush())
            std::printf("saved %lld\n", static_cast<long long>(id)), std::fflush(stdout);
    }
}
} // namespace

class TestHistory : public QObject {
    Q_OBJECT
private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void keepsContactsAndConversationsAcrossRestarts()
    {
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            QVERIFY(history.notice().isEmpty());
            const Contact bob = history.contactFor(u"Bob"_s, BobKey);
            history.save(bob.id);
            history.append(bob.id, noticeLine(ChatLine::Event::Started, u"Chat away!"_s));
            const qint64 out = history.append(bob.id, message(ChatLine::Kind::Outgoing, u"hi bob"_s,
                                                              {}, ChatLine::Delivery::Sending));
            history.append(bob.id, message(ChatLine::Kind::Incoming, u"hello alice"_s));
            history.setDelivery(out, ChatLine::Delivery::Delivered);
            history.append(bob.id, noticeLine(ChatLine::Event::Ended, u"Bob ended the chat."_s));
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path()) & others, QFileDevice::Permissions());
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const QList<Contact> contacts = history.contacts();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().name, u"Bob"_s);
        QCOMPARE(contacts.first().fingerprint, BobKey);
        const QList<HistoryEntry> entries = history.before(contacts.first().id, 0, 50);
        QCOMPARE(texts(entries), (QStringList{u"Chat away!"_s, u"hi bob"_s, u"hello alice"_s,
                                              u"Bob ended the chat."_s}));
        QCOMPARE(entries.at(0).line.event, ChatLine::Event::Started);
        QCOMPARE(entries.at(1).line.kind, ChatLine::Kind::Outgoing);
        QCOMPARE(entries.at(1).line.delivery, ChatLine::Delivery::Delivered);
        QCOMPARE(entries.at(2).line.sender, u"bob"_s);
        QCOMPARE(entries.at(3).line.event, ChatLine::Event::Ended);
    }

    void readsSeeWhatIsNotOnDiskYet()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        const qint64 id = history.append(bob, message(ChatLine::Kind::Incoming, u"fresh news"_s));
        QVERIFY(history.pendingWrites() > 0); // nothing waited for the writer
        QCOMPARE(texts(history.before(bob, 0, 10)), QStringList{u"fresh news"_s});
        QCOMPARE(history.search(u"news"_s, 10).size(), 1);
        QCOMPARE(history.entry(id)->line.text, u"fresh news"_s);
        QTRY_COMPARE(history.pendingWrites(), 0);
        QCOMPARE(texts(history.before(bob, 0, 10)), QStringList{u"fresh news"_s});
        QCOMPARE(history.search(u"news"_s, 10).size(), 1);
    }

    void strangersAreNotKept()
    {
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            const qint64 stranger = history.contactFor(u"mallory"_s, CarolKey).id;
            history.append(stranger, noticeLine(ChatLine::Event::Declined, u"You declined."_s));
            QCOMPARE(history.before(stranger, 0, 10).size(), 1); // shown while the app runs
            QVERIFY(history.contacts().isEmpty());
        }
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        QVERIFY(history.contacts().isEmpty());
        QVERIFY(!history.contactByFingerprint(CarolKey));
    }

    void firstChatIsWrittenWhenTheContactIsSaved()
    {
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            const qint64 carol = history.contactFor(u"carol"_s, CarolKey).id;
            history.append(carol, noticeLine(ChatLine::Event::Transient, u"Connecting..."_s));
            history.append(carol, noticeLine(ChatLine::Event::Started, u"Started"_s));
            history.save(carol);
            history.append(carol, message(ChatLine::Kind::Incoming, u"hi"_s));
        }
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 carol = history.contactByFingerprint(CarolKey)->id;
        // The transient line was shown, never kept.
        QCOMPARE(texts(history.before(carol, 0, 10)), (QStringList{u"Started"_s, u"hi"_s}));
    }

    void keyChangeKeepsTheConversation()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        history.append(bob, message(ChatLine::Kind::Incoming, u"old key"_s));
        const Contact again = history.contactFor(u"Bob"_s, NewBobKey);
        QCOMPARE(again.id, bob); // the name's contact: the caller sees the key differs
        QCOMPARE(again.fingerprint, BobKey);
        history.setKey(bob, NewBobKey);
        QCOMPARE(history.contactFor(u"bob"_s, NewBobKey).id, bob);
        QCOMPARE(history.before(bob, 0, 10).size(), 1);
        // A plain-text peer of the same name is someone else: it has no key.
        QVERIFY(history.contactFor(u"bob"_s, QString()).id != bob);
        // A known key under a new name is the same person, renamed.
        const Contact renamed = history.contactFor(u"robert"_s, NewBobKey);
        QCOMPARE(renamed.id, bob);
        QCOMPARE(renamed.name, u"robert"_s);
    }

    void pagesThroughALongConversation()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        const qint64 carol = savedContact(history, u"carol"_s, CarolKey);
        for (int i = 0; i < 260; ++i) {
            history.append(bob, message(ChatLine::Kind::Incoming, u"bob %1"_s.arg(i)));
            history.append(carol, message(ChatLine::Kind::Incoming, u"carol %1"_s.arg(i)));
            if (i == 130)
                QVERIFY(history.flush()); // half on disk, half in memory
        }
        ConversationModel model(&history, bob);
        QCOMPARE(model.rowCount(), ConversationModel::PageSize);
        QCOMPARE(model.data(model.index(model.rowCount() - 1)).toString(), u"bob 259"_s);
        QSignalSpy older(&model, &ConversationModel::olderLoaded);
        while (model.loadOlder() > 0) {
        }
        QCOMPARE(model.rowCount(), 260);
        for (int i = 0; i < 260; ++i)
            QCOMPARE(model.entryAt(i).line.text, u"bob %1"_s.arg(i));
        QCOMPARE(older.size(), 5);
        // Live: a new line shows at the end while the newest are in view.
        history.append(bob, message(ChatLine::Kind::Outgoing, u"live"_s));
        history.append(carol, message(ChatLine::Kind::Outgoing, u"not here"_s));
        QCOMPARE(model.rowCount(), 261);
        QCOMPARE(model.entryAt(260).line.text, u"live"_s);
    }

    void opensAroundAFoundMessage()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        qint64 target = 0;
        for (int i = 0; i < 300; ++i) {
            const qint64 id = history.append(
                bob, message(ChatLine::Kind::Incoming,
                             i == 40 ? u"the zebra crossing"_s : u"line %1"_s.arg(i)));
            if (i == 40)
                target = id;
        }
        QVERIFY(history.flush());
        const QList<SearchHit> hits = history.search(u"zebr"_s, 50);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entry, target);
        ConversationModel model(&history, bob);
        model.showAround(hits.first().entry);
        QVERIFY(model.rowOf(target) >= 0);
        QVERIFY(!model.isAtLatest());
        while (model.loadNewer() > 0) {
        }
        QVERIFY(model.isAtLatest());
        QCOMPARE(model.entryAt(model.rowCount() - 1).line.text, u"line 299"_s);
        while (model.loadOlder() > 0) {
        }
        QCOMPARE(model.rowCount(), 300);
    }

    void searchesAllConversations()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        const qint64 carol = savedContact(history, u"carol"_s, CarolKey);
        history.append(bob, message(ChatLine::Kind::Incoming, u"Lunch at the Café tomorrow?"_s));
        history.append(carol, message(ChatLine::Kind::Outgoing, u"lunch was great"_s));
        history.append(bob, noticeLine(ChatLine::Event::Ended, u"lunch notice is not a message"_s));
        history.append(carol, message(ChatLine::Kind::Incoming, u"नमस्ते दुनिया"_s));
        QVERIFY(history.flush());

        QList<SearchHit> hits = history.search(u"LUNCH"_s, 50);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).contactName, u"carol"_s); // newest first
        QCOMPARE(hits.at(0).text,
                 QString(History::HitStart + u"lunch"_s + History::HitEnd + u" was great"_s));
        QCOMPARE(hits.at(1).contactName, u"bob"_s);
        QCOMPARE(history.search(u"lunch cafe"_s, 50).size(), 1); // every word, accents folded
        QCOMPARE(history.search(u"lunch"_s, 50, bob).size(), 1); // one conversation
        QCOMPARE(history.search(u"नमस्ते"_s, 50).size(), 1);
        QCOMPARE(history.search(u"lunch"_s, 1).size(), 1);
        QVERIFY(history.search(u"   "_s, 50).isEmpty());
        // Query syntax in the text is just text.
        for (const QString &odd : {u"\"lunch"_s, u"lunch*"_s, u"NEAR(lunch"_s, u"-lunch"_s,
                                   u"lunch OR"_s, u"'"_s, u"^"_s})
            history.search(odd, 50); // no error, no crash
    }

    void dropsWhatIsTooOld()
    {
        QDateTime now = QDateTime::currentDateTime();
        const qint64 bobId = [&] {
            History history;
            History::Options options;
            options.clock = [&now] {
                return now;
            };
            if (history.open(path(), options) != History::OpenState::Ready)
                return qint64(0);
            const qint64 bob = savedContact(history, u"bob"_s, BobKey);
            history.append(bob, message(ChatLine::Kind::Incoming, u"ancient"_s, now.addDays(-400)));
            history.append(bob, message(ChatLine::Kind::Incoming, u"old"_s, now.addDays(-100)));
            history.append(bob, message(ChatLine::Kind::Incoming, u"recent"_s, now.addDays(-10)));
            history.setRetention(std::chrono::days(365));
            if (texts(history.before(bob, 0, 10)) != QStringList{u"old"_s, u"recent"_s})
                return qint64(0);
            return bob;
        }();
        QVERIFY(bobId != 0);
        History history;
        History::Options options;
        options.clock = [&now] {
            return now;
        };
        options.pruneEvery = std::chrono::milliseconds(20);
        QCOMPARE(history.open(path(), options), History::OpenState::Ready);
        QCOMPARE(texts(history.before(bobId, 0, 10)), (QStringList{u"old"_s, u"recent"_s}));
        QCOMPARE(history.search(u"ancient"_s, 10).size(), 0);
        history.setRetention(std::chrono::days(90)); // at start, as the client does
        QCOMPARE(texts(history.before(bobId, 0, 10)), QStringList{u"recent"_s});
        now = now.addDays(81); // days pass, and the daily pass (here: every 20 ms) runs
        QSignalSpy cleared(&history, &History::conversationCleared);
        QVERIFY(cleared.wait());
        QVERIFY(history.before(bobId, 0, 10).isEmpty());
        QVERIFY(history.flush());
        QCOMPARE(history.contacts().size(), 1); // the contact stays
    }

    void exportsAsTextAndHtml()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        const QDateTime day1(QDate(2026, 3, 1), QTime(9, 30));
        history.append(bob, message(ChatLine::Kind::Outgoing, u"<script>alert(1)</script>"_s, day1,
                                    ChatLine::Delivery::NotDelivered));
        history.append(bob, message(ChatLine::Kind::Incoming, u"see you"_s, day1.addDays(1)));
        const QString text = m_dir->filePath(u"bob.txt"_s);
        const QString html = m_dir->filePath(u"bob.html"_s);
        QVERIFY(history.exportConversation(bob, text, History::ExportFormat::PlainText).ok());
        QVERIFY(history.exportConversation(bob, html, History::ExportFormat::Html).ok());
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        const QString plain = QString::fromUtf8(textFile.readAll());
        QVERIFY(plain.startsWith(u"Conversation with bob"_s));
        QVERIFY(plain.contains(u"alice: <script>alert(1)</script> (not delivered)"_s));
        QVERIFY(plain.contains(u"bob: see you"_s));
        QCOMPARE(plain.count(u"\n-- "_s), 2); // one heading per day
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(!page.contains(u"<script>"_s));
        QCOMPARE(page.count(u"<h2>"_s), 2);
        // A folder that cannot be written: a sentence, and no file.
        const auto failed = history.exportConversation(
            bob, m_dir->filePath(u"missing/folder/x.txt"_s), History::ExportFormat::PlainText);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().contains(u"missing/folder"_s));
    }

    void clearsAndRemoves()
    {
        qint64 bob = 0, carol = 0;
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            bob = savedContact(history, u"bob"_s, BobKey);
            carol = savedContact(history, u"carol"_s, CarolKey);
            history.append(bob, message(ChatLine::Kind::Incoming, u"bob one"_s));
            history.append(carol, message(ChatLine::Kind::Incoming, u"carol one"_s));
            QVERIFY(history.flush());
            history.clearConversation(bob);
            QVERIFY(history.before(bob, 0, 10).isEmpty()); // at once, before the disk
            QCOMPARE(history.search(u"one"_s, 10).size(), 1);
            history.append(bob, message(ChatLine::Kind::Incoming, u"bob two"_s));
            history.removeContact(carol, false); // off the list, conversation kept
            QCOMPARE(history.contacts().size(), 1);
        }
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            QCOMPARE(texts(history.before(bob, 0, 10)), QStringList{u"bob two"_s});
            QCOMPARE(history.contacts().size(), 1);
            QCOMPARE(texts(history.before(carol, 0, 10)), QStringList{u"carol one"_s});
            // Chatting again brings the contact back with its conversation.
            QCOMPARE(history.contactFor(u"carol"_s, CarolKey).id, carol);
            history.save(carol);
            QCOMPARE(history.contacts().size(), 2);
            history.removeContact(bob, true);
            QVERIFY(history.before(bob, 0, 10).isEmpty());
            history.clearAll();
            QVERIFY(history.before(carol, 0, 10).isEmpty());
        }
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        QCOMPARE(history.contacts().size(), 1);
        QVERIFY(history.before(carol, 0, 10).isEmpty());
        QVERIFY(history.before(bob, 0, 10).isEmpty());
        QVERIFY(history.search(u"one"_s, 10).isEmpty());
    }

    void clearedMessagesAreGoneFromTheFiles()
    {
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        const QString secret = u"the safe code is 4711-secret-quokka"_s;
        const qint64 carol = savedContact(history, u"carol"_s, CarolKey);
        history.append(carol, message(ChatLine::Kind::Incoming, u"carol stays"_s));
        history.append(bob, message(ChatLine::Kind::Incoming, secret));
        // Rows of another conversation on the same page: the page lives on after the delete.
        history.append(carol, message(ChatLine::Kind::Incoming, u"carol stays too"_s));
        QVERIFY(history.flush());
        auto inFiles = [this](const QString &text) {
            for (const QString &file : QStringList{path(), path() + u"-wal"_s}) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                    return true;
            }
            return false;
        };
        QVERIFY(inFiles(secret)); // the check can see it while it is there
        history.clearConversation(bob);
        QVERIFY(history.flush());
        QVERIFY2(!inFiles(secret), "a cleared message is still readable in the files");
        QVERIFY(inFiles(u"carol stays too"_s));
    }

    void sendingFromAnEarlierRunWasNotDelivered()
    {
        qint64 bob = 0;
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            bob = savedContact(history, u"bob"_s, BobKey);
            history.append(bob, message(ChatLine::Kind::Outgoing, u"in the air"_s, {},
                                        ChatLine::Delivery::Sending));
        }
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        QCOMPARE(history.before(bob, 0, 10).first().line.delivery,
                 ChatLine::Delivery::NotDelivered);
    }

    void damagedFileIsMovedAside()
    {
        {
            QFile garbage(path());
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        QVERIFY2(history.notice().contains(u"moved to"_s), qPrintable(history.notice()));
        const QStringList aside =
            QDir(m_dir->path()).entryList({u"history.sqlite.broken-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir->filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // the user's file, untouched
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        history.append(bob, message(ChatLine::Kind::Incoming, u"after"_s));
        QVERIFY(history.flush());
    }

    void unusableFileKeepsHistoryInMemory()
    {
        QVERIFY(QDir().mkpath(path())); // a folder where the file should be
        History history;
        QCOMPARE(history.open(path()), History::OpenState::MemoryOnly);
        QVERIFY(!history.notice().isEmpty());
        const qint64 bob = savedContact(history, u"bob"_s, BobKey);
        history.append(bob, message(ChatLine::Kind::Incoming, u"still shown"_s));
        QCOMPARE(texts(history.before(bob, 0, 10)), QStringList{u"still shown"_s});
        QCOMPARE(history.search(u"shown"_s, 10).size(), 1);
        QVERIFY(history.flush());
    }

    void newerHistoryIsLeftAlone()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE future (x)"_s);
            QSqlQuery(db).exec(u"PRAGMA user_version=99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = [this] {
            QFile f(path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        History history;
        QCOMPARE(history.open(path()), History::OpenState::MemoryOnly);
        QVERIFY(history.notice().contains(u"newer"_s));
        QFile after(path());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void secondInstanceDoesNotWrite()
    {
        History first;
        QCOMPARE(first.open(path()), History::OpenState::Ready);
        History second;
        QCOMPARE(second.open(path()), History::OpenState::MemoryOnly);
        QVERIFY(second.notice().contains(u"Another ChatBuddy"_s));
    }

    void upgradesVersionOne()
    {
        {
            // What the first ChatBuddy with a history wrote: no search index yet.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            const QStringList v1 = {
                u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT "
                "NOT NULL, fingerprint TEXT NOT NULL DEFAULT '', added INTEGER NOT NULL, last_seen "
                "INTEGER NOT NULL DEFAULT 0, hidden INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX contacts_fingerprint ON contacts(fingerprint)"_s,
                u"CREATE TABLE entries (id INTEGER PRIMARY KEY, contact INTEGER NOT NULL "
                "REFERENCES contacts(id), kind INTEGER NOT NULL, event INTEGER NOT NULL DEFAULT 0, "
                "message_id TEXT NOT NULL DEFAULT '', sender TEXT NOT NULL DEFAULT '', body TEXT "
                "NOT NULL, time INTEGER NOT NULL, delivery INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX entries_contact ON entries(contact, id)"_s,
                u"CREATE INDEX entries_time ON entries(time)"_s,
                u"INSERT INTO contacts VALUES (7, 'Bob', 'bob', '%1', 1, 2, 0)"_s.arg(BobKey),
                u"INSERT INTO entries VALUES (40, 7, 1, 0, '1', 'Bob', 'remember the milk', "
                "1700000000000, 0)"_s,
                u"INSERT INTO entries VALUES (41, 7, 2, 2, '', '', 'milk notice', "
                "1700000001000, 0)"_s,
                u"PRAGMA user_version=1"_s,
            };
            for (const QString &sql : v1)
                QVERIFY2(QSqlQuery(db).exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        QVERIFY(history.notice().isEmpty());
        QCOMPARE(history.contacts().size(), 1);
        QCOMPARE(history.contacts().first().id, qint64(7));
        QVERIFY(history.contacts().first().chatted); // only a chat saved a contact before v3
        const QList<SearchHit> hits = history.search(u"milk"_s, 10);
        QCOMPARE(hits.size(), 1); // the message, indexed by the upgrade; not the notice
        QCOMPARE(hits.first().entry, qint64(40));
        const qint64 next = history.append(7, message(ChatLine::Kind::Outgoing, u"got milk"_s));
        QCOMPARE(next, qint64(42));
        QVERIFY(history.flush());
        QCOMPARE(history.search(u"milk"_s, 10).size(), 2);
    }

    void aLetterListsButOnlyAChatMakesKnown()
    {
        qint64 bob = 0;
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            bob = history.contactFor(u"bob"_s, BobKey).id;
            history.save(bob, History::Met::ByLetter);
            QCOMPARE(history.contacts().size(), 1);
            QVERIFY(!history.contacts().first().chatted);
        }
        {
            History reopened;
            QCOMPARE(reopened.open(path()), History::OpenState::Ready);
            QCOMPARE(reopened.contacts().size(), 1);
            QVERIFY(!reopened.contact(bob)->chatted);
            reopened.save(bob, History::Met::ByLetter); // another letter: nothing changes
            QVERIFY(!reopened.contact(bob)->chatted);
            reopened.save(bob); // then a chat
            QVERIFY(reopened.contact(bob)->chatted);
        }
        History third;
        QCOMPARE(third.open(path()), History::OpenState::Ready);
        QVERIFY(third.contact(bob)->chatted);
    }

    void fullDiskLosesNothing()
    {
        qint64 bob = 0;
        {
            History history;
            QCOMPARE(history.open(path()), History::OpenState::Ready);
            bob = history.contactFor(u"bob"_s, BobKey).id;
            QVERIFY(fillTheDisk(history, bob));
        }
        History reopened;
        QCOMPARE(reopened.open(path()), History::OpenState::Ready);
        QCOMPARE(reopened.before(bob, 0, 50).size(), 21);
    }

private:
    // Writes while the file may not grow, then lets it: false if anything went wrong.
    bool fillTheDisk(History &history, qint64 bob)
    {
        history.save(bob);
        if (!history.flush())
            return false;
        QSignalSpy failed(&history, &History::writingFailed);
        QSignalSpy recovered(&history, &History::writingRecovered);
        history.setSizeLimit(1); // no room for anything more
        const QString big(4000, u'x');
        for (int i = 0; i < 20; ++i)
            history.append(bob, message(ChatLine::Kind::Incoming, u"%1 %2"_s.arg(i).arg(big)));
        if (!failed.wait() || failed.size() != 1)
            return false;
        const QString said = failed.first().first().toString();
        if (!said.contains(u"full"_s)) {
            qWarning("unexpected: %s", qPrintable(said));
            return false;
        }
        if (history.before(bob, 0, 50).size() != 20) // still all there
            return false;
        history.append(bob, message(ChatLine::Kind::Incoming, u"one more"_s));
        history.setSizeLimit(0); // space again
        // Said once, not per retry; and once more when it works again.
        return history.flush() && recovered.size() == 1 && failed.size() == 1;
    }

private Q_SLOTS:

    void survivesKillMidWrite()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TST_HISTORY_WRITER"_s, path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        qint64 saved = 0;
        int lines = 0;
        while (lines < 8) {
            QVERIFY2(child.waitForReadyRead(10000), "the writer said nothing");
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                QVERIFY(line.startsWith("saved "));
                saved = line.mid(6).toLongLong();
                ++lines;
            }
        }
        ::kill(pid_t(child.processId()), SIGKILL); // in the middle of the next batch
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            check.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        // The dead writer's lock is still there; it names a process that is gone.
        QVERIFY(QFile::exists(path() + u".lock"_s));
        History history;
        QCOMPARE(history.open(path()), History::OpenState::Ready);
        QVERIFY(history.notice().isEmpty());
        const qint64 bob = history.contactByFingerprint(BobKey)->id;
        const QList<HistoryEntry> last = history.before(bob, 0, 1);
        QCOMPARE(last.size(), 1);
        QVERIFY2(last.first().id >= saved, "a message reported saved was lost");
        QVERIFY(history.entry(saved).has_value());
        QCOMPARE(history.search(u"ordinary"_s, 5).size(), 5);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("TST_HISTORY_WRITER")) {
        QCoreApplication app(argc, argv);
        return runWriterChild(qEnvironmentVariable("TST_HISTORY_WRITER"));
    }
    QCoreApplication app(argc, argv);
    TestHistory test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
