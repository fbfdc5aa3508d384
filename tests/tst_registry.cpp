// SPDX-License-Identifier: GPL-3.0-or-later
// The registry on both of its engines, SQLite and a real PostgreSQL server of the suite's own
// (every test runs once per engine): names bound to keys, the rules against hoarding, keys
// and envelopes kept byte for byte, the schema kept across restarts, and hubs sharing one
// PostgreSQL database racing for the same names. Then SQLite's own: WAL checkpoints run on a
// thread of their own (hub/walcheckpointer.h), so claims never wait for one, and the file is
// whole after close. What the claims answer a client is tested through the directory
// (tst_directory).

#include "database.h"
#include "mailbox.h"
#include "registry.h"
#include "registrybackend.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <latch>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using Claim = hub::Registry::Claim;

class TestRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void bindsNamesToKeys();
    void limitsHoarding();
    void releasesUnusedNames();
    void keepsKeysByteForByte();
    void keepsMail();
    void keepsBindingsAcrossRestarts();
    void refusesANewerSchema();
    void importsASingleHubsRegistry();
    void racingHubsBindEachNameOnce();
    void checkpointsInBackground();
    void opensAndClosesOften();

private:
    // A registry on the current engine, with the suite's clock.
    std::unique_ptr<hub::Registry> open(const hub::Registry::Limits &limits = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    hub::DatabaseLocation m_location;
    QDateTime m_now;
};

namespace {
QString fingerprintOf(int n)
{
    return u"%1"_s.arg(n, 64, 16, QLatin1Char('0'));
}
} // namespace

void TestRegistry::initTestCase_data()
{
    test::addRegistryBackends();
}

void TestRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const test::RegistryDatabase database = test::freshRegistryDatabase(m_dir->path());
    CHATBUDDY_USE_DATABASE(database);
    const auto location = hub::DatabaseLocation::parse(database.location);
    QVERIFY2(location, qPrintable(location ? QString() : location.error()));
    m_location = *location;
    m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
}

void TestRegistry::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<hub::Registry> TestRegistry::open(const hub::Registry::Limits &limits)
{
    auto registry = std::make_unique<hub::Registry>(limits, [this] { return m_now; });
    if (const Status opened = registry->open(m_location); !opened) {
        QTest::qFail(qPrintable(opened.error()), __FILE__, __LINE__);
        return nullptr;
    }
    return registry;
}

void TestRegistry::bindsNamesToKeys()
{
    const auto registry = open();
    QVERIFY(registry);
    QCOMPARE(registry->claim(u"alice"_s, fingerprintOf(1)).claim, Claim::Bound);
    QCOMPARE(registry->claim(u"Alice"_s, fingerprintOf(1)).claim, Claim::Confirmed);
    QCOMPARE(registry->claim(u"ALICE"_s, fingerprintOf(2)).claim, Claim::BoundToOther);
    const auto lookalike = registry->claim(u"aIice"_s, fingerprintOf(2));
    QCOMPARE(lookalike.claim, Claim::LooksLikeOther);
    QCOMPARE(lookalike.similarName, u"alice"_s);
    QCOMPARE(registry->checkUnowned(u"alice"_s).claim, Claim::BoundToOther);
    QCOMPARE(registry->checkUnowned(u"a1ice"_s).claim, Claim::LooksLikeOther);
    QCOMPARE(registry->checkUnowned(u"bob"_s).claim, Claim::Confirmed);
    QCOMPARE(registry->boundFingerprint(u"ALICE"_s).value_or(QString()), fingerprintOf(1));
    QVERIFY(!registry->boundFingerprint(u"bob"_s));
    // Names are text in any script, compared without case.
    QCOMPARE(registry->claim(u"Ærøskøbing"_s, fingerprintOf(3)).claim, Claim::Bound);
    QCOMPARE(registry->claim(u"ærøskøbing"_s, fingerprintOf(3)).claim, Claim::Confirmed);
    QCOMPARE(registry->claim(u"अनीता"_s, fingerprintOf(4)).claim, Claim::Bound);
    QCOMPARE(registry->bindingCount().value_or(-1), 3);
}

void TestRegistry::limitsHoarding()
{
    hub::Registry::Limits limits;
    limits.maxNamesPerKey = 3;
    limits.maxNewNamesPerAddressPerHour = 4;
    const auto registry = open(limits);
    QVERIFY(registry);
    const QString from = u"192.0.2.7"_s;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(registry->claim(u"hoard%1"_s.arg(i), fingerprintOf(1), from).claim, Claim::Bound);
    QCOMPARE(registry->claim(u"hoard3"_s, fingerprintOf(1), from).claim, Claim::TooManyForKey);
    QCOMPARE(registry->claim(u"hoard0"_s, fingerprintOf(1), from).claim, Claim::Confirmed);
    QCOMPARE(registry->claim(u"other"_s, fingerprintOf(2), from).claim, Claim::Bound);
    QCOMPARE(registry->claim(u"another"_s, fingerprintOf(3), from).claim,
             Claim::TooManyFromAddress);
    QCOMPARE(registry->claim(u"another"_s, fingerprintOf(3), u"192.0.2.8"_s).claim, Claim::Bound);
    m_now = m_now.addSecs(3601); // an hour later the address may bind names again
    QCOMPARE(registry->claim(u"another2"_s, fingerprintOf(3), from).claim, Claim::Bound);
}

void TestRegistry::releasesUnusedNames()
{
    hub::Registry::Limits limits;
    limits.expiryDays = 365;
    const auto registry = open(limits);
    QVERIFY(registry);
    QCOMPARE(registry->claim(u"alice"_s, u"key-a"_s).claim, Claim::Bound);
    m_now = m_now.addDays(200);
    QCOMPARE(registry->claim(u"alice"_s, u"key-a"_s).claim, Claim::Confirmed); // used again
    m_now = m_now.addDays(364);
    QCOMPARE(registry->claim(u"alice"_s, u"key-b"_s).claim, Claim::BoundToOther);
    QCOMPARE(registry->claim(u"aIice"_s, u"key-b"_s).claim, Claim::LooksLikeOther);
    m_now = m_now.addDays(2); // 366 days since alice last logged in
    QCOMPARE(registry->claim(u"aIice"_s, u"key-b"_s).claim, Claim::Bound);
    QCOMPARE(registry->claim(u"alice"_s, u"key-c"_s).claim, Claim::LooksLikeOther);
    QCOMPARE(registry->claim(u"alice"_s, u"key-b"_s).claim, Claim::Bound);
    QCOMPARE(registry->boundFingerprint(u"alice"_s).value_or(QString()), u"key-b"_s);
}

void TestRegistry::keepsKeysByteForByte()
{
    const auto registry = open();
    QVERIFY(registry);
    QCOMPARE(registry->claim(u"alice"_s, fingerprintOf(1)).claim, Claim::Bound);
    QCOMPARE(registry->claim(u"alice-work"_s, fingerprintOf(1)).claim, Claim::Bound);
    QByteArray identity(91, '\0');
    for (int i = 0; i < identity.size(); ++i)
        identity[i] = char(i * 37); // every kind of byte, NUL and 0xff among them
    const QByteArray key = QByteArray("\x00\xff\x7f'\\\"", 6).repeated(6);
    const QByteArray signature = QByteArray(64, '\xfe');
    QVERIFY(registry->setMailboxKey(fingerprintOf(1), identity, key, signature));
    for (const QString &name : {u"alice"_s, u"ALICE-WORK"_s}) {
        const auto record = registry->keyRecord(name);
        QVERIFY(record);
        QCOMPARE(record->fingerprint, fingerprintOf(1));
        QCOMPARE(record->identity, identity);
        QCOMPARE(record->mailboxKey, key);
        QCOMPARE(record->mailboxKeySignature, signature);
    }
    QVERIFY(!registry->keyRecord(u"bob"_s));
}

// Over 50 lines: one mailbox's life, deposit to bounce, read as one story.
void TestRegistry::keepsMail()
{
    const auto registry = open();
    QVERIFY(registry);
    hub::Mailbox::Limits limits;
    limits.perRecipient = 3;
    limits.perSender = 4;
    limits.expiryDays = 14;
    hub::Mailbox mailbox(*registry, limits);
    const QString alice = fingerprintOf(1), bob = fingerprintOf(2), carol = fingerprintOf(3);
    const QByteArray binary = QByteArray("{\"to\":\"bob\",\"x\":\"\x00\xff\"}", 22);
    using Stored = hub::Mailbox::Stored;
    QCOMPARE(mailbox.deposit(bob, alice, u"m1"_s, binary), Stored::Stored);
    QCOMPARE(mailbox.deposit(bob, alice, u"m1"_s, "again"), Stored::Duplicate);
    QCOMPARE(mailbox.deposit(bob, alice, u"m2"_s, R"({"to":"bob","n":2})"), Stored::Stored);
    QCOMPARE(mailbox.deposit(bob, carol, u"m3"_s, R"({"to":"bob","n":3})"), Stored::Stored);
    QCOMPARE(mailbox.deposit(bob, carol, u"m4"_s, "{}"), Stored::RecipientFull);
    QCOMPARE(mailbox.deposit(carol, alice, u"m5"_s, R"({"to":"carol"})"), Stored::Stored);
    QCOMPARE(mailbox.deposit(carol, alice, u"m6"_s, R"({"to":"carol"})"), Stored::Stored);
    QCOMPARE(mailbox.deposit(carol, alice, u"m7"_s, "{}"), Stored::SenderFull);
    QCOMPARE(mailbox.waiting(bob).value_or(-1), 3);
    QCOMPARE(mailbox.itemCount().value_or(-1), 5);

    const QList<hub::Mailbox::Item> items = mailbox.fetch(bob, 10, 1 << 20);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].body, binary); // oldest first, every byte kept
    QVERIFY(!items[0].bounce);
    QVERIFY(items[0].ref < items[1].ref && items[1].ref < items[2].ref);
    QCOMPARE(mailbox.fetch(bob, 2, 1 << 20).size(), 2);
    QCOMPARE(mailbox.fetch(bob, 10, 1).size(), 1);      // about maxBytes, at least one
    QCOMPARE(mailbox.remove(carol, {items[0].ref}), 0); // not carol's
    QCOMPARE(mailbox.remove(bob, {items[0].ref, items[1].ref}), 2);
    QCOMPARE(mailbox.waiting(bob).value_or(-1), 1);

    // Fourteen days later the rest bounce to their senders, once each.
    m_now = m_now.addDays(15);
    const QList<QString> told = mailbox.expire();
    QCOMPARE(QSet<QString>(told.cbegin(), told.cend()), (QSet<QString>{alice, carol}));
    QCOMPARE(mailbox.waiting(bob).value_or(-1), 0);
    const QList<hub::Mailbox::Item> bounces = mailbox.fetch(alice, 10, 1 << 20);
    QCOMPARE(bounces.size(), 2);
    QVERIFY(bounces[0].bounce && bounces[1].bounce);
    QVERIFY(bounces[0].body.contains("carol did not collect it within 14 days"));
    QCOMPARE(mailbox.expire().size(), 0);
    m_now = m_now.addDays(15); // bounces nobody collected go too
    mailbox.expire();
    QCOMPARE(mailbox.itemCount().value_or(-1), 0);
}

void TestRegistry::keepsBindingsAcrossRestarts()
{
    {
        const auto registry = open();
        QVERIFY(registry);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(registry->claim(u"user%1"_s.arg(i), fingerprintOf(i)).claim, Claim::Bound);
        QVERIFY(registry->setMailboxKey(fingerprintOf(7), "id", "key", "sig"));
        hub::Mailbox mailbox(*registry, {});
        QCOMPARE(mailbox.deposit(fingerprintOf(7), fingerprintOf(1), u"m"_s, "{}"),
                 hub::Mailbox::Stored::Stored);
    }
    const auto again = open();
    QVERIFY(again);
    QCOMPARE(again->bindingCount().value_or(-1), 20);
    QCOMPARE(again->claim(u"user7"_s, fingerprintOf(7)).claim, Claim::Confirmed);
    QCOMPARE(again->claim(u"user7"_s, fingerprintOf(8)).claim, Claim::BoundToOther);
    QCOMPARE(again->keyRecord(u"user7"_s)->mailboxKey, QByteArray("key"));
    QCOMPARE(hub::Mailbox(*again, {}).waiting(fingerprintOf(7)).value_or(-1), 1);
}

void TestRegistry::refusesANewerSchema()
{
    {
        const auto registry = open();
        QVERIFY(registry);
        QCOMPARE(registry->claim(u"alice"_s, fingerprintOf(1)).claim, Claim::Bound);
        QSqlQuery query(QSqlDatabase::database(registry->connectionName(), false));
        QVERIFY(query.exec(m_location.isPostgreSql() ? u"UPDATE chatbuddy_schema SET version = 99"_s
                                                     : u"PRAGMA user_version = 99"_s));
    }
    hub::Registry registry;
    const Status opened = registry.open(m_location);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"written by a newer hub (schema 99, this hub knows 4)"_s),
             qPrintable(opened.error()));
    QVERIFY(!registry.isOpen());
}

void TestRegistry::importsASingleHubsRegistry()
{
    // A single hub's SQLite registry, as `chatbuddy-hub --import-registry` reads it.
    hub::Registry single;
    QVERIFY(single.open(m_dir->filePath(u"single-hub.sqlite"_s)));
    QCOMPARE(single.claim(u"alice"_s, fingerprintOf(1)).claim, Claim::Bound);
    QCOMPARE(single.claim(u"bob"_s, fingerprintOf(2)).claim, Claim::Bound);
    const QByteArray key("\x00\x01mailbox-key\xff", 15);
    QVERIFY(single.setMailboxKey(fingerprintOf(1), "alice's identity", key, "signature"));
    const QByteArray envelope("{\"to\":\"alice\",\"ct\":\"\x00\xfe\"}", 25);
    QCOMPARE(
        hub::Mailbox(single, {}).deposit(fingerprintOf(1), fingerprintOf(2), u"m1"_s, envelope),
        hub::Mailbox::Stored::Stored);

    // Into this engine's registry, where someone else took "bob" meanwhile.
    const auto cluster = open();
    QVERIFY(cluster);
    QCOMPARE(cluster->claim(u"bob"_s, fingerprintOf(3)).claim, Claim::Bound);
    const auto imported = cluster->importFrom(single);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported->names, 1);
    QCOMPARE(imported->namesKept, 1);
    QCOMPARE(imported->envelopes, 1);
    QCOMPARE(cluster->claim(u"alice"_s, fingerprintOf(1)).claim, Claim::Confirmed);
    QCOMPARE(cluster->claim(u"alice"_s, fingerprintOf(4)).claim, Claim::BoundToOther);
    QCOMPARE(cluster->claim(u"aIice"_s, fingerprintOf(4)).claim, Claim::LooksLikeOther);
    QCOMPARE(cluster->boundFingerprint(u"bob"_s).value_or(QString()), fingerprintOf(3));
    QCOMPARE(cluster->keyRecord(u"alice"_s)->mailboxKey, key);
    hub::Mailbox mailbox(*cluster, {});
    const QList<hub::Mailbox::Item> waiting = mailbox.fetch(fingerprintOf(1), 10, 1 << 20);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().body, envelope);
    // Again: nothing twice.
    const auto again = cluster->importFrom(single);
    QVERIFY(again);
    QCOMPARE(again->names, 0);
    QCOMPARE(again->envelopes, 0);
    QCOMPARE(mailbox.itemCount().value_or(-1), 1);
}

// Over 50 lines: two hubs' threads, their start line and the count of who won, kept together.
void TestRegistry::racingHubsBindEachNameOnce()
{
    if (!m_location.isPostgreSql())
        QSKIP("one hub per SQLite file: only PostgreSQL is shared by hubs that race");
    // Two hubs (two connections on two threads) claim the same names, names that look alike,
    // and names for one key beyond its limit, all at once.
    constexpr int Names = 60;
    hub::Registry::Limits limits;
    limits.maxNamesPerKey = 5;
    limits.maxNewNamesPerAddressPerHour = 0;
    std::latch start(2);
    struct Tally {
        QString error;
        QList<Claim> same, alike, shared;
    };
    Tally tallies[2];
    auto hub = [&](int which) {
        Tally &tally = tallies[which];
        hub::Registry registry(limits);
        if (const Status opened = registry.open(m_location); !opened)
            tally.error = opened.error();
        start.arrive_and_wait();
        if (!tally.error.isEmpty())
            return;
        for (int i = 0; i < Names; ++i) {
            const QString key = fingerprintOf(1000 * (which + 1) + i); // 2 names each
            tally.same.append(registry.claim(u"same%1"_s.arg(i), key).claim);
            tally.alike.append(
                registry.claim((which == 0 ? u"alice%1"_s : u"aIice%1"_s).arg(i), key).claim);
            tally.shared.append(registry.claim(u"shared%1-%2"_s.arg(which).arg(i), u"one"_s).claim);
        }
    };
    std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(hub, 0)),
                                           std::unique_ptr<QThread>(QThread::create(hub, 1))};
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(120'000));
    for (const Tally &tally : tallies)
        QVERIFY2(tally.error.isEmpty(), qPrintable(tally.error));
    for (int i = 0; i < Names; ++i) {
        const QList<Claim> same{tallies[0].same[i], tallies[1].same[i]};
        QCOMPARE(same.count(Claim::Bound), 1);
        QCOMPARE(same.count(Claim::BoundToOther), 1);
        const QList<Claim> alike{tallies[0].alike[i], tallies[1].alike[i]};
        QCOMPARE(alike.count(Claim::Bound), 1);
        QCOMPARE(alike.count(Claim::LooksLikeOther), 1);
    }
    // Key "one" may own 5 names, whichever hub bound them; the rest were refused.
    const QList<Claim> shared = tallies[0].shared + tallies[1].shared;
    QCOMPARE(shared.count(Claim::Bound), 5);
    QCOMPARE(shared.count(Claim::TooManyForKey), 2 * Names - 5);
}

void TestRegistry::checkpointsInBackground()
{
    if (m_location.isPostgreSql())
        QSKIP("WAL checkpoints are SQLite's");
    const QString path = m_location.path;
    hub::Registry registry(hub::Registry::Limits{0, 0, 365});
    QVERIFY2(registry.open(path), qPrintable(registry.errorString()));
    const qint64 before = QFileInfo(path).size();
    for (int i = 0; i < 200; ++i)
        QCOMPARE(registry.claim(u"user%1"_s.arg(i), fingerprintOf(i), u"192.0.2.1"_s).claim,
                 Claim::Bound);
    // 200 claims are far below the hub connection's own autocheckpoint: only the background
    // checkpoints copy them from the WAL into the database file.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before, 10'000);
    QCOMPARE(registry.bindingCount().value_or(-1), 200);
    registry.close();
    QVERIFY(!QFile::exists(path + u"-wal"_s)); // the last connection closed checkpointed it all
}

void TestRegistry::opensAndClosesOften()
{
    for (int i = 0; i < 20; ++i) {
        hub::Registry registry;
        QVERIFY2(registry.open(m_location), qPrintable(registry.errorString()));
        QCOMPARE(registry.claim(u"name%1"_s.arg(i), fingerprintOf(i)).claim, Claim::Bound);
        if (i % 2)
            registry.close(); // else the destructor closes it
    }
    hub::Registry registry;
    QVERIFY(registry.open(m_location));
    QCOMPARE(registry.bindingCount().value_or(-1), 20);
    QVERIFY(registry.open(m_location)); // open again: closes first, the checkpoints thread too
    QCOMPARE(registry.bindingCount().value_or(-1), 20);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
