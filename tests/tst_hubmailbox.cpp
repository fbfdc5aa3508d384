// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's sealed mailbox (docs/protocol.md §9) driven through fake connections: keys are
// published and certified, envelopes kept for offline users, handed out in order after
// login, deleted on acknowledgement, refused past the quotas, bounced after the expiry, and
// still there after a restart. Envelopes are real ones (shared/sealedmail), so each test also
// shows what the recipient can open.

#include "database.h"
#include "directory.h"
#include "fakeconnection.h"
#include "identity.h"
#include "registry.h"
#include "registrybackend.h"
#include "sealedmail.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

namespace {

struct Person {
    QString name;
    Identity identity;
    hpke::KeyPair mailbox;

    sealed::Recipient asRecipient() const
    {
        return {name, identity.fingerprint(), mailbox.publicKey};
    }
};

Person makePerson(const QString &name)
{
    auto identity = Identity::generate(u"ChatBuddy user"_s);
    auto mailbox = hpke::generateKeyPair();
    if (!identity || !mailbox)
        qFatal("cannot make a test identity");
    return Person{name, *identity, *mailbox};
}

QString typeOf(const QJsonObject &frame)
{
    return frame.value("type"_L1).toString();
}

} // namespace

class TestHubMailbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void welcomeOffersMailbox();
    void mailboxOff();
    void publishedKeyComesWithLookup();
    void publishKeyRefused();
    void depositFetchAck();
    void depositChecks();
    void duplicateKeptOnce();
    void quotas();
    void expiryBouncesToSender();
    void recipientOnlineIsTold();
    void ackOnlyOwnMail();
    void fetchInPieces();
    void survivesRestart();
    void databaseHoldsNoPlaintext();

private:
    hub::Directory *directory();
    void restartHub();
    FakeConnection *join(const Person &person);
    FakeConnection *joinAndPublish(const Person &person);
    void deliver(FakeConnection *connection, const Message &message)
    {
        // Through JSON, as the transport hands it over.
        ProtocolError problem;
        const auto parsed = parseMessage(messageToJson(message), &problem);
        QVERIFY2(parsed, qPrintable(problem.message));
        directory()->messageReceived(connection, *parsed);
    }
    Envelope envelope(const Person &from, const Person &to, const QString &id,
                      const QString &text = u"hello"_s) const
    {
        auto sealedEnvelope = sealed::seal(from.identity, from.name, to.asRecipient(), id, m_now,
                                           sealed::Letter{sealed::Letter::Kind::Message, text, {}});
        if (!sealedEnvelope)
            qFatal("seal failed");
        return *sealedEnvelope;
    }
    // Fetches once and returns what came, `fetched` last.
    QList<QJsonObject> fetch(FakeConnection *connection, int limit = MaxFetchLimit)
    {
        connection->frames.clear();
        deliver(connection, Fetch{limit});
        return connection->frames;
    }
    QString open(const Person &person, const QJsonObject &mailFrame) const
    {
        const auto mail = Mail::fromJson(mailFrame);
        if (!mail)
            return u"(not a mail frame)"_s;
        auto letter = sealed::open(mail->envelope, person.name, person.identity.fingerprint(),
                                   person.mailbox);
        return letter ? letter->text : u"(refused: %1)"_s.arg(letter.error().message);
    }

    hub::HubConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    hub::DatabaseLocation m_location; // the registry's, on this row's engine
    std::unique_ptr<hub::Registry> m_registry;
    std::unique_ptr<hub::Directory> m_directory;
    std::vector<std::unique_ptr<FakeConnection>> m_connections;
    QDateTime m_now;
    Person m_alice, m_bob, m_carol;
};

void TestHubMailbox::initTestCase_data()
{
    test::addRegistryBackends();
}

void TestHubMailbox::initTestCase()
{
    QLoggingCategory::setFilterRules(u"chatbuddy.hub.info=false"_s);
    m_alice = makePerson(u"alice"_s);
    m_bob = makePerson(u"bob"_s);
    m_carol = makePerson(u"carol"_s);
}

void TestHubMailbox::init()
{
    m_config = hub::HubConfig{};
    m_config.presenceBatch = std::chrono::milliseconds(0);
    m_now = QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC);
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    const test::RegistryDatabase database = test::freshRegistryDatabase(m_dataDir->path());
    CHATBUDDY_USE_DATABASE(database);
    m_location = *hub::DatabaseLocation::parse(database.location);
    restartHub();
}

void TestHubMailbox::cleanup()
{
    m_directory.reset();
    m_connections.clear();
    m_registry.reset();
    m_dataDir.reset();
}

void TestHubMailbox::restartHub()
{
    m_directory.reset();
    m_connections.clear();
    m_registry = std::make_unique<hub::Registry>(hub::Registry::Limits{}, [this] { return m_now; });
    QVERIFY2(m_registry->open(m_location), qPrintable(m_registry->errorString()));
}

hub::Directory *TestHubMailbox::directory()
{
    if (!m_directory)
        m_directory =
            std::make_unique<hub::Directory>(m_config, m_registry.get(), QString(64, u'a'));
    return m_directory.get();
}

FakeConnection *TestHubMailbox::join(const Person &person)
{
    auto connection = std::make_unique<FakeConnection>();
    connection->fingerprint = person.identity.fingerprint();
    connection->address = QHostAddress(u"192.0.2.%1"_s.arg(m_connections.size() + 1));
    FakeConnection *raw = connection.get();
    m_connections.push_back(std::move(connection));
    directory()->connectionOpened(raw);
    Hello hello = Hello::forThisProgram(person.name, quint16(9090));
    directory()->messageReceived(raw, hello);
    if (raw->frames.size() != 1 || typeOf(raw->frames.first()) != Welcome::type)
        return nullptr;
    raw->frames.clear();
    return raw;
}

FakeConnection *TestHubMailbox::joinAndPublish(const Person &person)
{
    FakeConnection *connection = join(person);
    if (!connection)
        return nullptr;
    auto publish = sealed::certifyMailboxKey(person.identity, person.mailbox.publicKey);
    if (!publish)
        return nullptr;
    directory()->messageReceived(connection, *publish);
    return connection->closed() ? nullptr : connection;
}

void TestHubMailbox::welcomeOffersMailbox()
{
    auto connection = std::make_unique<FakeConnection>();
    connection->fingerprint = m_alice.identity.fingerprint();
    directory()->connectionOpened(connection.get());
    directory()->messageReceived(connection.get(), Hello::forThisProgram(u"alice"_s, 9090));
    QCOMPARE(connection->frames.size(), 1);
    const auto welcome = Welcome::fromJson(connection->frames.first());
    QVERIFY(welcome);
    QVERIFY(welcome->has(feature::Mailbox));
    directory()->connectionClosed(connection.get(), u"test"_s);
}

void TestHubMailbox::mailboxOff()
{
    m_config.mailbox.enabled = false;
    auto connection = std::make_unique<FakeConnection>();
    connection->fingerprint = m_alice.identity.fingerprint();
    directory()->connectionOpened(connection.get());
    directory()->messageReceived(connection.get(), Hello::forThisProgram(u"alice"_s, 9090));
    QVERIFY(!Welcome::fromJson(connection->frames.first())->has(feature::Mailbox));
    // A client that deposits anyway is told this hub does not do that, as for any request
    // the hub does not serve.
    connection->frames.clear();
    deliver(connection.get(), Deposit{envelope(m_alice, m_bob, u"1"_s)});
    QCOMPARE(typeOf(connection->frames.value(0)), u"error"_s);
    QCOMPARE(connection->frames.value(0).value("code"_L1).toString(), u"unexpected-message"_s);
    QVERIFY(connection->closed());
    directory()->connectionClosed(connection.get(), u"test"_s);
}

void TestHubMailbox::publishedKeyComesWithLookup()
{
    FakeConnection *bob = joinAndPublish(m_bob);
    QVERIFY(bob);
    QVERIFY(bob->frames.isEmpty()); // publishing has no reply
    directory()->connectionClosed(bob, u"test"_s);

    // Bob is offline; his certified key is still handed out with his name.
    FakeConnection *alice = join(m_alice);
    deliver(alice, Lookup{u"BOB"_s});
    const auto result = LookupResult::fromJson(alice->frames.value(0));
    QVERIFY(result);
    QVERIFY(!result->online);
    QCOMPARE(result->fingerprint, m_bob.identity.fingerprint());
    QCOMPARE(result->mailboxKey, m_bob.mailbox.publicKey);
    QVERIFY(sealed::checkMailboxKey(result->identity, m_bob.identity.fingerprint(),
                                    result->mailboxKey, result->mailboxKeySignature));

    // Carol never published one: her entry has none.
    QVERIFY(join(m_carol));
    alice->frames.clear();
    deliver(alice, Lookup{u"carol"_s});
    const auto carol = LookupResult::fromJson(alice->frames.value(0));
    QVERIFY(carol && carol->online);
    QVERIFY(carol->mailboxKey.isEmpty());
}

void TestHubMailbox::publishKeyRefused()
{
    // Carol's connection cannot publish a key certified by Bob, nor a key whose certificate
    // does not verify.
    FakeConnection *carol = join(m_carol);
    deliver(carol, *sealed::certifyMailboxKey(m_bob.identity, m_bob.mailbox.publicKey));
    QCOMPARE(carol->frames.value(0).value("code"_L1).toString(), u"invalid-field"_s);
    QVERIFY(carol->closed());

    FakeConnection *bob = join(m_bob);
    PublishKey forged = *sealed::certifyMailboxKey(m_bob.identity, m_bob.mailbox.publicKey);
    forged.key = m_carol.mailbox.publicKey;
    deliver(bob, forged);
    QCOMPARE(bob->frames.value(0).value("code"_L1).toString(), u"invalid-field"_s);
    QVERIFY(m_registry->keyRecord(u"bob"_s)->mailboxKey.isEmpty());
}

void TestHubMailbox::depositFetchAck()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    for (const QString &id : {u"m1"_s, u"m2"_s, u"m3"_s}) {
        deliver(alice, Deposit{envelope(m_alice, m_bob, id, u"text of "_s + id)});
        QCOMPARE(dump({alice->frames.takeLast()}), dump({Deposited{id}.toJson()}));
    }

    FakeConnection *bob = join(m_bob);
    QList<QJsonObject> got = fetch(bob);
    QCOMPARE(got.size(), 4);
    QCOMPARE(open(m_bob, got.at(0)), u"text of m1"_s);
    QCOMPARE(open(m_bob, got.at(1)), u"text of m2"_s);
    QCOMPARE(open(m_bob, got.at(2)), u"text of m3"_s);
    QCOMPARE(dump({got.at(3)}), dump({Fetched{0}.toJson()}));

    // Acknowledged ones are gone; the rest comes again.
    deliver(bob, MailAck{{Mail::fromJson(got.at(0))->ref, Mail::fromJson(got.at(1))->ref}});
    got = fetch(bob);
    QCOMPARE(got.size(), 2);
    QCOMPARE(open(m_bob, got.at(0)), u"text of m3"_s);
    deliver(bob, MailAck{{Mail::fromJson(got.at(0))->ref}});
    QCOMPARE(dump(fetch(bob)), dump({Fetched{0}.toJson()}));
    QCOMPARE(directory()->mailbox()->itemCount(), 0);
    QVERIFY(!bob->closed());
}

void TestHubMailbox::depositChecks()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    QVERIFY(join(m_carol)); // bound, but no mailbox key
    FakeConnection *alice = joinAndPublish(m_alice);
    const auto refusedWith = [&](const Envelope &e) {
        alice->frames.clear();
        deliver(alice, Deposit{e});
        const auto refused = DepositRefused::fromJson(alice->frames.value(0));
        return refused ? refused->reason : typeOf(alice->frames.value(0));
    };
    // Envelopes in someone else's name, or with a key that is not the connection's.
    QCOMPARE(refusedWith(envelope(m_carol, m_bob, u"1"_s)), u"not-yours"_s);
    Envelope renamed = envelope(m_alice, m_bob, u"1"_s);
    renamed.from = u"carol"_s;
    QCOMPARE(refusedWith(renamed), u"not-yours"_s);
    // A name nobody has, a name whose key changed, a user without a mailbox key.
    Person nobody = m_bob;
    nobody.name = u"nobody"_s;
    QCOMPARE(refusedWith(envelope(m_alice, nobody, u"2"_s)), u"unknown-recipient"_s);
    Person bobWithOtherKey = m_carol;
    bobWithOtherKey.name = u"bob"_s;
    QCOMPARE(refusedWith(envelope(m_alice, bobWithOtherKey, u"3"_s)), u"key-changed"_s);
    QCOMPARE(refusedWith(envelope(m_alice, m_carol, u"4"_s)), u"no-mailbox-key"_s);
    // Refusals keep the connection; nothing was stored.
    QVERIFY(!alice->closed());
    QCOMPARE(directory()->mailbox()->itemCount(), 0);
}

void TestHubMailbox::duplicateKeptOnce()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    const Envelope e = envelope(m_alice, m_bob, u"same"_s);
    deliver(alice, Deposit{e});
    deliver(alice, Deposit{e}); // a retry after a lost reply
    QCOMPARE(dump(alice->frames),
             dump({Deposited{u"same"_s}.toJson(), Deposited{u"same"_s}.toJson()}));
    QCOMPARE(directory()->mailbox()->itemCount(), 1);
}

void TestHubMailbox::quotas()
{
    m_config.mailbox.perRecipient = 2;
    m_config.mailbox.perSender = 3;
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    directory()->connectionClosed(joinAndPublish(m_carol), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    const auto reply = [&](const Envelope &e) {
        alice->frames.clear();
        deliver(alice, Deposit{e});
        const auto refused = DepositRefused::fromJson(alice->frames.value(0));
        return refused ? refused->reason : typeOf(alice->frames.value(0));
    };
    QCOMPARE(reply(envelope(m_alice, m_bob, u"1"_s)), u"deposited"_s);
    QCOMPARE(reply(envelope(m_alice, m_bob, u"2"_s)), u"deposited"_s);
    QCOMPARE(reply(envelope(m_alice, m_bob, u"3"_s)), u"recipient-full"_s);
    QCOMPARE(reply(envelope(m_alice, m_carol, u"4"_s)), u"deposited"_s);
    QCOMPARE(reply(envelope(m_alice, m_carol, u"5"_s)), u"sender-full"_s);
    // Once Bob collects his, there is room again.
    FakeConnection *bob = join(m_bob);
    const QList<QJsonObject> got = fetch(bob);
    deliver(bob, MailAck{{Mail::fromJson(got.at(0))->ref, Mail::fromJson(got.at(1))->ref}});
    QCOMPARE(reply(envelope(m_alice, m_bob, u"6"_s)), u"deposited"_s);
}

void TestHubMailbox::expiryBouncesToSender()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    deliver(alice, Deposit{envelope(m_alice, m_bob, u"late"_s)});
    alice->frames.clear();

    // Thirteen days: nothing happens.
    m_now = m_now.addDays(13);
    directory()->sweepMailbox();
    QVERIFY(alice->frames.isEmpty());
    // Fourteen: the envelope is gone for Bob, and Alice (online) is told something waits.
    m_now = m_now.addDays(1);
    directory()->sweepMailbox();
    QCOMPARE(typeOf(alice->frames.value(0)), u"mail-waiting"_s);
    const QList<QJsonObject> got = fetch(alice);
    QCOMPARE(got.size(), 2);
    const auto bounce = Bounce::fromJson(got.at(0));
    QVERIFY(bounce);
    QCOMPARE(bounce->id, u"late"_s);
    QCOMPARE(bounce->to, u"bob"_s);
    QCOMPARE(bounce->reason, u"expired"_s);
    QCOMPARE(bounce->message, u"bob did not collect it within 14 days"_s);
    FakeConnection *bob = join(m_bob);
    QCOMPARE(dump(fetch(bob)), dump({Fetched{0}.toJson()}));
    deliver(alice, MailAck{{bounce->ref}});
    QCOMPARE(directory()->mailbox()->itemCount(), 0);
}

void TestHubMailbox::recipientOnlineIsTold()
{
    FakeConnection *bob = joinAndPublish(m_bob);
    FakeConnection *alice = joinAndPublish(m_alice);
    deliver(alice, Deposit{envelope(m_alice, m_bob, u"now"_s)});
    QCOMPARE(dump(bob->frames), dump({MailWaiting{1}.toJson()}));
}

void TestHubMailbox::ackOnlyOwnMail()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    deliver(alice, Deposit{envelope(m_alice, m_bob, u"m"_s)});
    FakeConnection *carol = join(m_carol);
    QCOMPARE(dump(fetch(carol)), dump({Fetched{0}.toJson()}));
    // Carol guesses Bob's ref: nothing happens to his mail.
    for (qint64 ref = 1; ref < 10; ++ref)
        deliver(carol, MailAck{{ref}});
    QCOMPARE(directory()->mailbox()->itemCount(), 1);
}

void TestHubMailbox::fetchInPieces()
{
    m_config.maxFetchBytes = 1; // one envelope per fetch, however large the limit
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    for (int i = 1; i <= 3; ++i)
        deliver(alice, Deposit{envelope(m_alice, m_bob, QString::number(i))});
    FakeConnection *bob = join(m_bob);
    QList<QJsonObject> got = fetch(bob);
    QCOMPARE(got.size(), 2);
    QCOMPARE(dump({got.at(1)}), dump({Fetched{2}.toJson()}));
    got = fetch(bob, 2);
    QCOMPARE(got.size(), 2); // still the first: not acknowledged
    QCOMPARE(open(m_bob, got.at(0)), u"hello"_s);
}

void TestHubMailbox::survivesRestart()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    deliver(alice, Deposit{envelope(m_alice, m_bob, u"1"_s, u"before the restart"_s)});
    restartHub();
    FakeConnection *bob = join(m_bob);
    const QList<QJsonObject> got = fetch(bob);
    QCOMPARE(got.size(), 2);
    QCOMPARE(open(m_bob, got.at(0)), u"before the restart"_s);
    // And Bob's key is still handed out with his name.
    QCOMPARE(m_registry->keyRecord(u"bob"_s)->mailboxKey, m_bob.mailbox.publicKey);
}

void TestHubMailbox::databaseHoldsNoPlaintext()
{
    directory()->connectionClosed(joinAndPublish(m_bob), u"test"_s);
    FakeConnection *alice = joinAndPublish(m_alice);
    deliver(alice, Deposit{envelope(m_alice, m_bob, u"1"_s, u"meet me at the old oak"_s)});
    m_directory.reset();
    m_registry.reset();

    // The database as anyone with the disk sees it: no text, and a changed byte is refused.
    if (!m_location.isPostgreSql()) {
        QFile file(m_location.path);
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner); // for the hub's user only
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("old oak"));
    }
    {
        QVERIFY(hub::openDatabase(u"by-hand"_s, m_location));
        QSqlDatabase db = QSqlDatabase::database(u"by-hand"_s, false);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT body FROM mail"_s) && query.next());
        QJsonObject body = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        QVERIFY(!query.value(0).toByteArray().contains("old oak")); // spaces: never in base64
        QByteArray ct = QByteArray::fromBase64(body.value("ct"_L1).toString().toLatin1());
        ct[ct.size() / 2] = char(ct[ct.size() / 2] ^ 0x01);
        body.insert("ct"_L1, QString::fromLatin1(ct.toBase64()));
        QSqlQuery update(db);
        update.prepare(u"UPDATE mail SET body = ?"_s);
        update.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY(update.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"by-hand"_s);
    restartHub();
    FakeConnection *bob = join(m_bob);
    const QList<QJsonObject> got = fetch(bob);
    QCOMPARE(got.size(), 2);
    QVERIFY(open(m_bob, got.at(0)).startsWith(u"(refused: the sender's signature"_s));
}

QTEST_GUILESS_MAIN(TestHubMailbox)
#include "tst_hubmailbox.moc"
