// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on real sockets (127.0.0.1): a man in the middle, name squatting, forged hellos, a
// lying hub, plain text where TLS is required, and downgrades. Each test names the check it
// proves; removing that check makes the test fail.

#include "chatsession.h"
#include "client.h"
#include "directory.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "legacyclient.h"
#include "logcapture.h"
#include "peerlistener.h"
#include "profile.h"
#include "testclient.h"
#include "testperson.h"
#include "tlsconfig.h"
#include "usersmodel.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;

namespace {

using Person = TestPerson;

// Mallory in the middle: terminates TLS with her own key towards the caller, opens TLS with
// her own key to the real target, and relays the plaintext between the two.
class MitmProxy : public QObject {
public:
    MitmProxy(const Identity &mallory, quint16 targetPort)
        : m_identity(mallory)
        , m_targetPort(targetPort)
    {
        m_server.setSslConfiguration(tlsConfiguration(m_identity));
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *inner = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                relay(inner);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int victimsReached = 0; // TLS links the proxy opened to the target

private:
    void relay(QSslSocket *inner)
    {
        inner->setParent(this);
        auto *outer = new QSslSocket(this);
        outer->setSslConfiguration(tlsConfiguration(m_identity));
        QObject::connect(outer, &QSslSocket::encrypted, this, [this, inner, outer] {
            ++victimsReached;
            outer->write(inner->readAll());
        });
        QObject::connect(inner, &QSslSocket::readyRead, this, [inner, outer] {
            if (outer->isEncrypted())
                outer->write(inner->readAll());
        });
        QObject::connect(outer, &QSslSocket::readyRead, this,
                         [inner, outer] { inner->write(outer->readAll()); });
        QObject::connect(inner, &QSslSocket::disconnected, outer, &QSslSocket::disconnectFromHost);
        QObject::connect(outer, &QSslSocket::disconnected, inner, &QSslSocket::disconnectFromHost);
        outer->connectToHostEncrypted(u"127.0.0.1"_s, m_targetPort);
    }

    Identity m_identity;
    quint16 m_targetPort;
    QSslServer m_server;
};

// A hub that lies: it welcomes anyone and hands out the directory entries it is given.
class LyingHub : public QObject {
public:
    LyingHub()
        : m_identity(newIdentity(u"lying hub"_s))
    {
        m_server.setSslConfiguration(tlsConfiguration(m_identity));
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<UserInfo> users;

private:
    void serve(QSslSocket *socket)
    {
        socket->setParent(this);
        auto decoder = std::make_shared<FrameDecoder>();
        QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket, decoder] {
            decoder->feed(socket->readAll());
            while (auto frame = decoder->next()) {
                const auto message = parseMessage(*frame);
                if (!message)
                    continue;
                if (const auto *hello = std::get_if<Hello>(&*message)) {
                    Welcome welcome;
                    welcome.self = UserInfo{hello->name, u"127.0.0.1"_s, hello->port.value_or(1),
                                            fingerprintOf(socket->peerCertificate())};
                    welcome.hubFingerprint = m_identity.fingerprint();
                    socket->write(encodeFrame(welcome.toJson()));
                } else if (std::holds_alternative<ListRequest>(*message)) {
                    UserList list;
                    list.total = int(users.size());
                    list.users = users;
                    socket->write(encodeFrame(list.toJson()));
                } else if (const auto *lookup = std::get_if<Lookup>(&*message)) {
                    LookupResult result;
                    result.name = lookup->name;
                    for (const UserInfo &u : users) {
                        if (u.name == lookup->name)
                            result = LookupResult{
                                u.name, true, u.fingerprint, u.address, u.port, {}, {}, {}};
                    }
                    socket->write(encodeFrame(result.toJson()));
                }
            }
        });
    }

    Identity m_identity;
    QSslServer m_server;
};

} // namespace

class TestAttacks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChatSession *>(); }
    void manInTheMiddleRefused();
    void forgedHelloCaughtByReceiver();
    void squattingOnlineOrBoundNameRefused();
    void lyingHubCannotSilentlySucceed();
    void lyingHubWithoutHistoryIsNeverVerified();
    void plainTextRefusedWhenLegacyOff();
    void noDowngradeToPlainText();
    void tlsPeerStaysTlsWhenLegacyAllowed();
    void foreignKeyPeerRefused();
};

// Check: the initiator compares the peer's TLS key with the directory (ChatSession::onEncrypted).
void TestAttacks::manInTheMiddleRefused()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());

    // The network sends Alice's connection for Bob to Mallory's proxy instead.
    MitmProxy mallory(newIdentity(u"mallory"_s), bob.client->listener()->port());
    UserInfo route = *alice.client->users()->find(u"bob"_s);
    route.port = mallory.port();
    QSignalSpy warnings(alice.client.get(), &Client::securityWarning);
    QSignalSpy bobAsked(bob.client.get(), &Client::chatRequested);
    ChatSession *out = alice.client->chatWith(route);
    QSignalSpy ended(out, &ChatSession::ended);
    QVERIFY(ended.wait());
    QCOMPARE(out->endReason(), ChatSession::EndReason::KeyMismatch);
    QCOMPARE(warnings.count(), 1);
    QVERIFY(warnings.first().first().toString().contains(u"not presenting bob's key"_s));
    QVERIFY(!out->sendMessage(u"secret"_s).ok());
    // Barrier: a real chat with Bob afterwards is asked, so a relayed hello would have been.
    auto [good, atBob] = openChat(alice, bob, u"bob"_s);
    QVERIFY(good && atBob);
    QCOMPARE(bobAsked.count(), 1); // only that one: Alice said nothing to Mallory to relay
}

// Check: the receiver asks the hub whose key the claimed name has (setDirectoryAnswer).
void TestAttacks::forgedHelloCaughtByReceiver()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), mallory(u"mallory"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QVERIFY(mallory.logIn(hub.port(), u"mallory"_s));
    QTRY_VERIFY(mallory.client->users()->find(u"bob"_s).has_value());
    QSignalSpy warnings(bob.client.get(), &Client::securityWarning);
    QSignalSpy asked(bob.client.get(), &Client::chatRequested);
    const UserInfo bobEntry = *mallory.client->users()->find(u"bob"_s);
    ChatSession *forged =
        ChatSession::connectTo(mallory.profile.get(), u"alice"_s, bobEntry.address, bobEntry.port,
                               bobEntry, mallory.client.get());
    QSignalSpy forgedEnded(forged, &ChatSession::ended);
    QVERIFY(warnings.wait());
    QVERIFY(warnings.first().first().toString().contains(u"claimed to be alice"_s));
    QVERIFY(forgedEnded.count() == 1 || forgedEnded.wait());
    QCOMPARE(forged->endReason(), ChatSession::EndReason::KeyMismatch);
    QCOMPARE(asked.count(), 0); // Bob was never asked to chat with the fake Alice
}

// Check: the hub binds names to keys (Directory::handleHello, Registry::claim).
void TestAttacks::squattingOnlineOrBoundNameRefused()
{
    HubFixture hub;
    QVERIFY(hub.start());
    auto alice = std::make_unique<TestClient>();
    QVERIFY(alice->connectTo(hub.port()));
    QVERIFY(alice->registerAs(u"alice"_s));
    TestClient mallory;
    QVERIFY(mallory.connectTo(hub.port()));
    QVERIFY(!mallory.registerAs(u"alice"_s));
    QCOMPARE(mallory.lastError()->code, ErrorCode::NameTaken);
    alice.reset();
    QTRY_COMPARE(hub.server()->directory()->userCount(), 0);
    TestClient again(mallory.identity());
    QVERIFY(again.connectTo(hub.port()));
    QVERIFY(!again.registerAs(u"ALICE"_s));
    QCOMPARE(again.lastError()->code, ErrorCode::NameBound);
}

// Check: contact pins (ChatSession::evaluateTrust): a key that differs from the one pinned
// earlier blocks the chat, whatever the hub says.
void TestAttacks::lyingHubCannotSilentlySucceed()
{
    HubFixture honest;
    QVERIFY(honest.start());
    Person alice(u"alice"_s), bob(u"bob"_s), mallory(u"mallory"_s);
    QVERIFY(alice.logIn(honest.port(), u"alice"_s));
    QVERIFY(bob.logIn(honest.port(), u"bob"_s));
    {
        auto [out, in] = openChat(alice, bob, u"bob"_s); // Alice meets the real Bob once
        QVERIFY(out && in && out->isActive());
        out->endChat();
    }
    QCOMPARE(alice.profile->settings().pinnedContactFingerprint(u"bob"_s),
             bob.profile->fingerprint());

    // Later Alice logs in to a hub that sends "bob" to Mallory, with Mallory's key.
    LyingHub liar;
    liar.users = {UserInfo{u"bob"_s, u"127.0.0.1"_s, mallory.client->listener()->port(),
                           mallory.profile->fingerprint()}};
    alice.client->hub()->disconnectFromHub();
    QVERIFY(alice.logIn(liar.port(), u"alice"_s));
    QSignalSpy malloryAsked(mallory.client.get(), &Client::chatRequested);
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    ChatSession *out = alice.client->chatWith(*alice.client->users()->find(u"bob"_s));
    QVERIFY(malloryAsked.wait());
    malloryAsked.first().first().value<ChatSession *>()->accept(u"bob"_s); // "I am bob"
    QTRY_VERIFY(out->isActive());
    QCOMPARE(out->trust(), ChatSession::Trust::KeyChanged);
    QCOMPARE(out->previousFingerprint(), bob.profile->fingerprint());
    const auto blocked = out->sendMessage(u"my secret"_s); // nothing goes out
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error(), ChatSession::SendRefusal::KeyNotAccepted);
    bool warned = false;
    for (const ChatLine &line : out->messages()->lines())
        warned = warned ||
                 (line.kind == ChatLine::Kind::Warning && line.text.contains(u"key changed"_s));
    QVERIFY(warned);
}

// Without history the lie is not detectable by the client alone, but it never looks
// verified, and the safety number differs from the one the real Bob sees.
void TestAttacks::lyingHubWithoutHistoryIsNeverVerified()
{
    Person alice(u"alice"_s), bob(u"bob"_s), mallory(u"mallory"_s);
    LyingHub liar;
    liar.users = {UserInfo{u"bob"_s, u"127.0.0.1"_s, mallory.client->listener()->port(),
                           mallory.profile->fingerprint()}};
    QVERIFY(alice.logIn(liar.port(), u"alice"_s));
    QSignalSpy malloryAsked(mallory.client.get(), &Client::chatRequested);
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    ChatSession *out = alice.client->chatWith(*alice.client->users()->find(u"bob"_s));
    QVERIFY(malloryAsked.wait());
    malloryAsked.first().first().value<ChatSession *>()->accept(u"bob"_s);
    QTRY_VERIFY(out->isActive());
    QCOMPARE(out->trust(), ChatSession::Trust::Unverified);
    QVERIFY(out->safetyNumber() !=
            safetyNumber(alice.profile->fingerprint(), bob.profile->fingerprint()));
}

// Check: without --allow-legacy the hub refuses non-TLS bytes (SocketConnection::decideMode);
// without "Allow unencrypted legacy chats" the client only speaks TLS (fromIncoming).
void TestAttacks::plainTextRefusedWhenLegacyOff()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    LegacyClient toHub;
    QVERIFY(toHub.connectTo(hub.port()));
    toHub.sendText("mallory");
    QVERIFY(toHub.waitForDisconnected());
    QTRY_VERIFY(log.contains({u"not a TLS client"_s}));
    QCOMPARE(hub.server()->directory()->userCount(), 0);

    Person bob(u"bob"_s);
    QSignalSpy asked(bob.client.get(), &Client::chatRequested);
    LegacyClient toBob;
    QVERIFY(toBob.connectTo(bob.client->listener()->port()));
    toBob.sendText("hello, it's me");
    QVERIFY(toBob.waitForDisconnected());
    QCOMPARE(asked.count(), 0);
}

// Check: peers accept ECDSA P-256 keys only (ChatSession::onEncrypted, keyProblem).
void TestAttacks::foreignKeyPeerRefused()
{
    Person bob(u"bob"_s);
    QSignalSpy asked(bob.client.get(), &Client::chatRequested);
    TestClient rsa;
    rsa.useCredentials(foreignCredentials("RSA", 2048));
    QVERIFY(rsa.connectTo(bob.client->listener()->port()));
    Hello hello;
    hello.name = u"alice"_s;
    rsa.send(hello);
    const auto refusal = rsa.waitFor(ErrorReply::type);
    QVERIFY(refusal);
    QCOMPARE(rsa.lastError()->code, ErrorCode::UnsupportedKey);
    QVERIFY2(rsa.lastError()->message.contains(u"RSA key (2048 bits)"_s),
             qPrintable(rsa.lastError()->message));
    QVERIFY(rsa.waitForDisconnected());
    QCOMPARE(asked.count(), 0); // Bob was never asked
}

// Check: an outgoing TLS chat never falls back to plain text (connectTo has no fallback).
void TestAttacks::noDowngradeToPlainText()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    alice.client->setLegacyChatsAllowed(true); // even with legacy chats allowed
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());

    // Mallory answers on Bob's route in plain text, hoping Alice will "fall back".
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QByteArray heard;
    QTcpSocket *victim = nullptr;
    connect(&plain, &QTcpServer::newConnection, this, [&] {
        victim = plain.nextPendingConnection();
        connect(victim, &QTcpSocket::readyRead, this, [&] {
            heard += victim->readAll();
            victim->write("Hi, I'm bob. Let's talk without TLS.\n");
        });
    });
    UserInfo route = *alice.client->users()->find(u"bob"_s);
    route.port = plain.serverPort();
    ChatSession *out = alice.client->chatWith(route);
    QSignalSpy ended(out, &ChatSession::ended);
    QVERIFY(ended.wait());
    QVERIFY(!out->isLegacy());
    QCOMPARE(out->endReason(), ChatSession::EndReason::Unreachable);
    QVERIFY(!heard.isEmpty());
    QCOMPARE(heard.at(0), char(0x16)); // only a TLS handshake went out
    QVERIFY(!heard.contains("alice")); // and nothing in the clear
}

// Check: with legacy chats allowed, a connection that starts TLS stays TLS; bytes after a TLS
// start that are not TLS end the connection instead of turning it into a legacy chat.
void TestAttacks::tlsPeerStaysTlsWhenLegacyAllowed()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    bob.client->setLegacyChatsAllowed(true);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    QVERIFY(!in->isLegacy());
    QVERIFY(!out->isLegacy());
    QVERIFY(in->isKeyConfirmedByHub());

    QSignalSpy asked(bob.client.get(), &Client::chatRequested);
    LegacyClient fake;
    QVERIFY(fake.connectTo(bob.client->listener()->port()));
    fake.sendText(QByteArray("\x16\x03\x01\x00\x05") + "hello EOM in plain text");
    QVERIFY(fake.waitForDisconnected());
    QCOMPARE(asked.count(), 0);
}

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
