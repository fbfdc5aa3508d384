// SPDX-License-Identifier: GPL-3.0-or-later
// Messages that always arrive (docs/delivery.md), each test one promise: real hub, real TLS,
// real clients on loopback. Queued messages survive a restart and go directly once the contact
// is online; the hub's sealed mailbox delivers to someone who is never online with the sender,
// once and in order, across a hub restart; a receiver that dies before acknowledging shows a
// message once; envelopes changed in the hub's database, replayed, re-addressed or signed by
// another key are never shown as messages; quota and expiry turn into "Not delivered".

#include "courier.h"
#include "directory.h"
#include "history.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "identity.h"
#include "outbox.h"
#include "peerlistener.h"
#include "sealedmail.h"
#include "testperson.h"
#include "usersmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using chatbuddy::test::contactOf;
using chatbuddy::test::HubFixture;
using chatbuddy::test::lines;
using chatbuddy::test::states;
using chatbuddy::test::TestPerson;
using chatbuddy::test::texts;

namespace {
constexpr int Wait = 10'000;

// Runs SQL on the hub's registry database, as someone with the disk would.
bool hubSql(const HubFixture &hub, const std::function<bool(QSqlDatabase &)> &work)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"by-hand"_s);
        db.setDatabaseName(hub.dataDir() + u"/registry.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"by-hand"_s);
    return ok;
}
} // namespace

class TestDelivery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queuedSurvivesRestartAndGoesDirect();
    void mailboxDeliversOnceInOrder();
    void diedBeforeAcknowledgingShownOnce();
    void tamperedReplayedReaddressedRefused();
    void quotaTellsSender();
    void expiryTellsSender();
    void unreachableContactGetsTheMailbox();
    void acceptedNewKeyTakesTheQueue();
    void owedReceiptSurvivesRestart();
    void aLetterFromAStrangerStillAsks();

private:
    // Alice and Bob chat once (so each is the other's contact), then Bob logs out.
    void becomeContacts();
    void restart(std::unique_ptr<TestPerson> &person, const QString &name);
    void logOut(TestPerson &person)
    {
        person.hub()->disconnectFromHub();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_alice->client->users()->find(u"bob"_s) || person.hub() != m_bob->hub(), Wait);
    }

    std::unique_ptr<HubFixture> m_hub;
    std::unique_ptr<TestPerson> m_alice, m_bob;
};

void TestDelivery::initTestCase()
{
    QLoggingCategory::setFilterRules(u"chatbuddy.hub.info=false\nchatbuddy.delivery.info=false"_s);
}

void TestDelivery::init()
{
    m_hub = std::make_unique<HubFixture>();
    m_alice = std::make_unique<TestPerson>(u"alice"_s);
    m_bob = std::make_unique<TestPerson>(u"bob"_s);
}

void TestDelivery::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_hub.reset();
}

void TestDelivery::restart(std::unique_ptr<TestPerson> &person, const QString &name)
{
    // The app quits and starts again on the same profile folder.
    QCOMPARE(person->profileName, name);
    QVERIFY(person->restart());
}

void TestDelivery::becomeContacts()
{
    QVERIFY(m_hub->start());
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    auto [out, in] = test::openChat(*m_alice, *m_bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    out->endChat();
    QTRY_VERIFY_WITH_TIMEOUT(in->isEnded(), Wait);
    QVERIFY(contactOf(*m_alice, u"bob"_s) > 0);
    QVERIFY(contactOf(*m_bob, u"alice"_s) > 0);
    m_bob->hub()->disconnectFromHub();
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->client->users()->find(u"bob"_s), Wait);
}

void TestDelivery::queuedSurvivesRestartAndGoesDirect()
{
    m_hub->config().mailbox.enabled = false; // only the direct way
    becomeContacts();
    const qint64 bob = contactOf(*m_alice, u"bob"_s);
    QVERIFY(m_alice->client->sendToContact(bob, u"first, while you were away"_s));
    QVERIFY(m_alice->client->sendToContact(bob, u"second"_s));
    QCOMPARE(states(*m_alice, u"bob"_s),
             (QList{ChatLine::Delivery::Queued, ChatLine::Delivery::Queued}));

    // Alice quits with both queued and starts again: still queued.
    restart(m_alice, u"alice"_s);
    QCOMPARE(m_alice->client->courier()->outbox().pending().size(), 2);
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QCOMPARE(states(*m_alice, u"bob"_s),
             (QList{ChatLine::Delivery::Queued, ChatLine::Delivery::Queued}));

    // Bob comes online: Alice's client opens a chat, Bob's takes it (a known contact), and
    // both arrive, once, in order.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              (QStringList{u"first, while you were away"_s, u"second"_s}), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s),
                              (QList{ChatLine::Delivery::Delivered, ChatLine::Delivery::Delivered}),
                              Wait);
    QVERIFY(m_alice->client->courier()->outbox().pending().isEmpty());
}

void TestDelivery::mailboxDeliversOnceInOrder()
{
    becomeContacts();
    const qint64 bob = contactOf(*m_alice, u"bob"_s);
    for (const QString &text : {u"one"_s, u"two"_s, u"three"_s})
        QVERIFY(m_alice->client->sendToContact(bob, text));
    // In Bob's mailbox at the hub: Sent.
    QTRY_COMPARE_WITH_TIMEOUT(
        states(*m_alice, u"bob"_s),
        (QList{ChatLine::Delivery::Sent, ChatLine::Delivery::Sent, ChatLine::Delivery::Sent}),
        Wait);
    // Alice leaves; the hub restarts; only then Bob logs in: the two are never online together.
    m_alice->hub()->disconnectFromHub();
    QVERIFY(m_hub->restart());
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              (QStringList{u"one"_s, u"two"_s, u"three"_s}), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 1,
                              Wait); // only Bob's receipt for Alice is left
    m_bob->hub()->disconnectFromHub();

    // Alice, logging in later, gets the sealed receipt: Delivered.
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s),
                              (QList{ChatLine::Delivery::Delivered, ChatLine::Delivery::Delivered,
                                     ChatLine::Delivery::Delivered}),
                              Wait);
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 0, Wait);
    QCOMPARE(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)).size(), 3);
}

void TestDelivery::diedBeforeAcknowledgingShownOnce()
{
    becomeContacts();
    QVERIFY(m_alice->client->sendToContact(contactOf(*m_alice, u"bob"_s), u"only once"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Sent}, Wait);

    // Bob stores it, then his app is gone before it tells the hub.
    m_bob->client->courier()->setHoldAcksForTesting(true);
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"only once"_s}, Wait);
    restart(m_bob, u"bob"_s);
    QCOMPARE(m_hub->server()->directory()->mailbox()->itemCount(), 1); // still at the hub

    // Back again: the hub hands it out again; Bob takes it, but shows it once.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 0, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Delivered},
                              Wait);
    QCOMPARE(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
             QStringList{u"only once"_s});
}

// Over 50 lines: one envelope, changed in four ways in the hub's database.
void TestDelivery::tamperedReplayedReaddressedRefused()
{
    becomeContacts();
    QVERIFY(m_alice->client->sendToContact(contactOf(*m_alice, u"bob"_s), u"genuine"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Sent}, Wait);
    QByteArray stored;
    QVERIFY(hubSql(*m_hub, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT body FROM mail"_s) || !q.next())
            return false;
        stored = q.value(0).toByteArray();
        return !stored.contains("genuine");
    }));
    const QJsonObject genuine = QJsonDocument::fromJson(stored).object();
    const auto insert = [&](const QJsonObject &body, const QString &id, const QString &to) {
        return hubSql(*m_hub, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO mail (recipient_fp, sender_fp, msg_id, kind, created, "
                      "expires, body) VALUES (?, ?, ?, 0, 0, 9999999999999, ?)"_s);
            for (const QVariant &v :
                 QVariantList{to, body.value("fromKey"_L1).toString(), id,
                              QJsonDocument(body).toJson(QJsonDocument::Compact)})
                q.addBindValue(v);
            return q.exec();
        });
    };
    const QString bobKey = m_bob->profile->fingerprint();
    // 1. One byte of the ciphertext changed.
    QJsonObject changed = genuine;
    QByteArray ct = QByteArray::fromBase64(genuine.value("ct"_L1).toString().toLatin1());
    ct[5] = char(ct[5] ^ 0x01);
    changed.insert("ct"_L1, QString::fromLatin1(ct.toBase64()));
    QVERIFY(insert(changed, u"changed"_s, bobKey));
    // 2. Signed by another key in Alice's name (Mallory's, sealed properly to Bob).
    auto mallory = Identity::generate(u"ChatBuddy user"_s);
    QVERIFY(mallory);
    auto forged = sealed::seal(*mallory, u"alice"_s,
                               {u"bob"_s, bobKey, m_bob->profile->mailboxKey().publicKey},
                               u"forged"_s, QDateTime::currentDateTimeUtc(),
                               {sealed::Letter::Kind::Message, u"send me your password"_s, {}});
    QVERIFY(forged);
    QVERIFY(insert(forged->toJson(), u"forged"_s, bobKey));
    // 3. Re-addressed: Bob's envelope, relabelled for Alice's mailbox, and Alice's key named.
    QJsonObject readdressed = genuine;
    readdressed.insert("to"_L1, u"alice"_s);
    readdressed.insert("toKey"_L1, m_alice->profile->fingerprint());
    QVERIFY(insert(readdressed, u"readdressed"_s, m_alice->profile->fingerprint()));

    // Bob logs in and takes all three; Alice (online) takes the re-addressed one and Bob's
    // receipt when the hub tells her something waits.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount().value_or(-1), 0,
                              Wait);
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Delivered},
                              Wait);
    // Only the genuine one is a message; the forged one is a key warning, the changed one a
    // discarded notice; nothing of Mallory's text; nothing for Alice.
    QCOMPARE(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)), QStringList{u"genuine"_s});
    const QString warnings = texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Warning)).join(u'\n');
    QVERIFY2(warnings.contains(u"different key"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"changed on the way"_s), qPrintable(warnings));
    QVERIFY(!warnings.contains(u"password"_s));
    QVERIFY(lines(*m_alice, u"bob"_s, ChatLine::Kind::Incoming).isEmpty());

    // 4. Replayed: the genuine envelope again, after Bob took it.
    QVERIFY(insert(genuine, u"replayed"_s, bobKey));
    m_bob->hub()->disconnectFromHub();
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount().value_or(-1), 0,
                              Wait);
    QCOMPARE(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)), QStringList{u"genuine"_s});
}

void TestDelivery::quotaTellsSender()
{
    m_hub->config().mailbox.perRecipient = 1;
    becomeContacts();
    const qint64 bob = contactOf(*m_alice, u"bob"_s);
    QVERIFY(m_alice->client->sendToContact(bob, u"fits"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Sent}, Wait);
    QVERIFY(m_alice->client->sendToContact(bob, u"does not fit"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s),
                              (QList{ChatLine::Delivery::Sent, ChatLine::Delivery::NotDelivered}),
                              Wait);
    const QStringList warnings = texts(lines(*m_alice, u"bob"_s, ChatLine::Kind::Warning));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"bob's mailbox on the hub is full"_s),
             qPrintable(warnings.first()));
}

void TestDelivery::expiryTellsSender()
{
    becomeContacts();
    QVERIFY(m_alice->client->sendToContact(contactOf(*m_alice, u"bob"_s), u"too late"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Sent}, Wait);
    // Fourteen days pass for the envelope (its expiry moved to the past), and the hub sweeps.
    QVERIFY(hubSql(*m_hub, [](QSqlDatabase &db) {
        return QSqlQuery(db).exec(u"UPDATE mail SET expires = 0"_s);
    }));
    m_hub->server()->directory()->sweepMailbox();
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::NotDelivered},
                              Wait);
    const QStringList warnings = texts(lines(*m_alice, u"bob"_s, ChatLine::Kind::Warning));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"bob did not come online to collect it in time"_s),
             qPrintable(warnings.first()));
    QVERIFY(m_alice->client->courier()->outbox().pending().isEmpty());
    // Bob never sees it.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 0, Wait);
    QVERIFY(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming).isEmpty());
}

void TestDelivery::unreachableContactGetsTheMailbox()
{
    becomeContacts();
    // Bob is online, but nothing reaches his chat port (a firewall): the chat Alice's client
    // opens fails, and the message goes to his mailbox, which he collects at once.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    m_bob->client->listener()->close();
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->client->users()->find(u"bob"_s).has_value(), Wait);
    QVERIFY(m_alice->client->sendToContact(contactOf(*m_alice, u"bob"_s), u"over the wall"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"over the wall"_s}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Delivered},
                              Wait);
    QVERIFY(m_alice->client->courier()->outbox().pending().isEmpty());
}

void TestDelivery::acceptedNewKeyTakesTheQueue()
{
    QVERIFY(m_hub->start());
    // Alice knew a "bob" with another key and wrote to him while he was away.
    const QString oldKey = QString(64, u'e');
    m_alice->profile->settings().pinContact(u"bob"_s, oldKey);
    History *history = m_alice->client->history();
    const qint64 bob = history->contactFor(u"bob"_s, oldKey).id;
    history->save(bob);
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_alice->client->sendToContact(bob, u"written to the old key"_s));

    // Bob comes with his real key: the message is not sealed to it, only a warning.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!texts(lines(*m_alice, u"bob"_s, ChatLine::Kind::Warning)).isEmpty(),
                             Wait);
    QVERIFY(texts(lines(*m_alice, u"bob"_s, ChatLine::Kind::Warning))
                .first()
                .contains(u"different key"_s));
    QCOMPARE(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Queued});
    QCOMPARE(m_hub->server()->directory()->mailbox()->itemCount(), 0);

    // Alice chats with him and accepts the new key: the queued message goes on that chat.
    auto [out, in] = test::openChat(*m_alice, *m_bob, u"bob"_s);
    QVERIFY(out && in);
    QTRY_COMPARE_WITH_TIMEOUT(out->trust(), ChatSession::Trust::KeyChanged, Wait);
    QVERIFY(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming).isEmpty());
    out->acceptKey();
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"written to the old key"_s}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Delivered},
                              Wait);
}

void TestDelivery::owedReceiptSurvivesRestart()
{
    becomeContacts();
    QVERIFY(m_alice->client->sendToContact(contactOf(*m_alice, u"bob"_s), u"receipt please"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Sent}, Wait);
    m_alice->hub()->disconnectFromHub();

    // Bob stores and acknowledges it; his app is gone before the receipt reaches the hub.
    m_bob->client->courier()->setHoldReceiptsForTesting(true);
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"receipt please"_s}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 0, Wait);
    restart(m_bob, u"bob"_s);

    // Started again, Bob's client still owes it and sends it; Alice sees Delivered.
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 1, Wait);
    m_bob->hub()->disconnectFromHub();
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(*m_alice, u"bob"_s), QList{ChatLine::Delivery::Delivered},
                              Wait);
}

void TestDelivery::aLetterFromAStrangerStillAsks()
{
    QVERIFY(m_hub->start());
    // Carol never chatted with Bob. She saw him online once and writes while he is away.
    TestPerson carol(u"carol"_s);
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QVERIFY(carol.logIn(m_hub->port(), u"carol"_s));
    std::optional<UserInfo> bobEntry;
    QTRY_VERIFY_WITH_TIMEOUT((bobEntry = carol.client->users()->find(u"bob"_s)).has_value(), Wait);
    const qint64 bob = carol.client->history()->contactFor(u"bob"_s, bobEntry->fingerprint).id;
    m_bob->hub()->disconnectFromHub();
    QTRY_VERIFY_WITH_TIMEOUT(!carol.client->users()->find(u"bob"_s), Wait);
    QVERIFY(carol.client->sendToContact(bob, u"hello, we have not met"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->directory()->mailbox()->itemCount(), 1, Wait);
    carol.hub()->disconnectFromHub();

    // Bob gets the letter: Carol is listed, her message kept...
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(*m_bob, u"carol"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"hello, we have not met"_s}, Wait);
    // ...but she is no one Bob chatted with: her chat still asks him first.
    QSignalSpy asked(m_bob->client.get(), &Client::chatRequested);
    QVERIFY(carol.logIn(m_hub->port(), u"carol"_s));
    QTRY_VERIFY_WITH_TIMEOUT(carol.client->users()->find(u"bob"_s).has_value(), Wait);
    carol.client->chatWith(*carol.client->users()->find(u"bob"_s)); // or the one it opened
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), Wait); // Carol's client may have asked first
    QCOMPARE(asked.first().first().value<ChatSession *>()->state(),
             ChatSession::State::AwaitingDecision);
}

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"
