// SPDX-License-Identifier: GPL-3.0-or-later
// The hub over real TLS on 127.0.0.1: registration, directory, presence, limits, bad input.

#include "directory.h"
#include "hubfixture.h"
#include "legacyclient.h"
#include "logcapture.h"
#include "testclient.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::test;

namespace {
// The names on a `users` page; a marker when no page came, so the comparison fails cleanly.
QStringList names(const std::optional<QJsonObject> &usersFrame)
{
    if (!usersFrame)
        return {u"(no users frame)"_s};
    QStringList out;
    const auto list = UserList::fromJson(*usersFrame);
    if (list) {
        for (const UserInfo &u : list->users)
            out.append(u.name);
    }
    return out;
}

QString errorCode(const std::optional<QJsonObject> &frame)
{
    if (!frame || frame->value("type"_L1).toString() != ErrorReply::type)
        return u"<no error frame>"_s;
    return frame->value("code"_L1).toString();
}
} // namespace

class TestHub : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registerAndList();
    void duplicateNameRefused();
    void nameBoundToAnotherKey();
    void nameBindingSurvivesRestart();
    void listPagingAndFilter();
    void presenceDeltasToWatchers();
    void disconnectRemovesUser();
    void maxUsersRefused();
    void oversizedFrameClosed();
    void garbageBytesClosed();
    void garbageAfterTlsByteClosed();
    void legacyRefusedWhenOff();
    void legacyListsEveryone();
    void legacyCannotUseBoundName();
    void plainTextLineClosed();
    void silentConnectionTimedOut();
    void silentTcpConnectionTimedOut();
    void shutdownNotice();
    void badRequests_data();
    void badRequests();
    void clientCertificateRequired();
    void rateLimited();
    void perAddressLimit();
    void lookup();
    void idleSessionDropped();
    void pingBeforeHello();
    void reachableChatPortIsTold();
    void closedChatPortIsTold();
    void reachabilityOnlyForClientsThatAsk();
    void checkAgainAfterAFirewallChange();
};

void TestHub::registerAndList()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice, bob;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(bob.connectTo(hub.port()));
    QCOMPARE(alice.peerFingerprint(), hub.server()->fingerprint());

    const auto welcome = alice.registerAs(u"alice"_s, 9191);
    QVERIFY(welcome);
    QCOMPARE(welcome->self.name, u"alice"_s);
    QCOMPARE(welcome->self.address, u"127.0.0.1"_s);
    QCOMPARE(welcome->self.port, quint16(9191));
    QCOMPARE(welcome->self.fingerprint, alice.identity().fingerprint());
    QCOMPARE(welcome->hubFingerprint, hub.server()->fingerprint());
    QCOMPARE(welcome->heartbeatSeconds, 30);
    QVERIFY(bob.registerAs(u"Bob"_s, 9292));

    alice.send(ListRequest{});
    const auto users = alice.waitFor(UserList::type);
    QVERIFY(users);
    const auto list = UserList::fromJson(*users);
    QVERIFY(list);
    QCOMPARE(list->total, 2);
    QCOMPARE(names(users), (QStringList{u"alice"_s, u"Bob"_s}));
    QCOMPARE(list->users.at(1).port, quint16(9292));
    QCOMPARE(list->users.at(1).fingerprint, bob.identity().fingerprint());
    QCOMPARE(hub.server()->directory()->userCount(), 2);
}

void TestHub::duplicateNameRefused()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice, impostor;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s));

    // Same name in other case, other key: the name is online.
    QVERIFY(impostor.connectTo(hub.port()));
    QVERIFY(!impostor.registerAs(u"ALICE"_s));
    QVERIFY(impostor.lastError());
    QCOMPARE(impostor.lastError()->code, ErrorCode::NameTaken);
    QVERIFY(impostor.waitForDisconnected());

    QVERIFY(alice.isConnected());

    // The same key again (a new login after a dead link) replaces the old session.
    TestClient again(alice.identity());
    QVERIFY(again.connectTo(hub.port()));
    QVERIFY(again.registerAs(u"alice"_s));
    QCOMPARE(errorCode(alice.nextFrame()), u"replaced"_s);
    QVERIFY(alice.waitForDisconnected());
    QCOMPARE(hub.server()->directory()->userCount(), 1);
}

void TestHub::nameBoundToAnotherKey()
{
    HubFixture hub;
    QVERIFY(hub.start());
    auto alice = std::make_unique<TestClient>();
    const Identity aliceKey = alice->identity();
    QVERIFY(alice->connectTo(hub.port()));
    QVERIFY(alice->registerAs(u"alice"_s));
    alice.reset(); // goes offline
    QTRY_COMPARE(hub.server()->directory()->userCount(), 0);

    TestClient impostor;
    QVERIFY(impostor.connectTo(hub.port()));
    QVERIFY(!impostor.registerAs(u"Alice"_s));
    QVERIFY(impostor.lastError());
    QCOMPARE(impostor.lastError()->code, ErrorCode::NameBound);
    QVERIFY(impostor.lastError()->message.contains(u"another key"_s));
    QVERIFY(impostor.waitForDisconnected());

    TestClient back(aliceKey);
    QVERIFY(back.connectTo(hub.port()));
    QVERIFY(back.registerAs(u"alice"_s));
}

void TestHub::nameBindingSurvivesRestart()
{
    HubFixture hub;
    QVERIFY(hub.start());
    const QString hubFingerprint = hub.server()->fingerprint();
    const Identity aliceKey = newIdentity();
    {
        TestClient alice(aliceKey);
        QVERIFY(alice.connectTo(hub.port()));
        QVERIFY(alice.registerAs(u"alice"_s));
    }
    QVERIFY(hub.restart());
    QCOMPARE(hub.server()->fingerprint(), hubFingerprint); // the hub keeps its key too

    TestClient impostor;
    QVERIFY(impostor.connectTo(hub.port()));
    QCOMPARE(impostor.peerFingerprint(), hubFingerprint);
    QVERIFY(!impostor.registerAs(u"alice"_s));
    QVERIFY(impostor.lastError());
    QCOMPARE(impostor.lastError()->code, ErrorCode::NameBound);

    TestClient alice(aliceKey);
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s));
}

void TestHub::listPagingAndFilter()
{
    HubFixture hub;
    QVERIFY(hub.start());
    const QStringList all{u"anna"_s, u"Bob"_s, u"bobby"_s, u"carol"_s,
                          u"dave"_s, u"eve"_s, u"Robert"_s};
    std::vector<std::unique_ptr<TestClient>> clients;
    for (const QString &name : all) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY(clients.back()->connectTo(hub.port()));
        QVERIFY(clients.back()->registerAs(name));
    }
    TestClient &me = *clients.front();

    me.send(ListRequest{QString(), 0, 3});
    auto page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(page->value("total"_L1).toInt(), 7);
    QCOMPARE(names(page), (QStringList{u"anna"_s, u"Bob"_s, u"bobby"_s}));

    me.send(ListRequest{QString(), 3, 3});
    page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(names(page), (QStringList{u"carol"_s, u"dave"_s, u"eve"_s}));
    QCOMPARE(page->value("offset"_L1).toInt(), 3);

    me.send(ListRequest{QString(), 6, 3});
    page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(names(page), QStringList{u"Robert"_s});

    me.send(ListRequest{QString(), 50, 3}); // past the end: empty page, true total
    page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(names(page), QStringList());
    QCOMPARE(page->value("total"_L1).toInt(), 7);

    me.send(ListRequest{u"OB"_s, 0, 100}); // case-insensitive substring
    page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(names(page), (QStringList{u"Bob"_s, u"bobby"_s, u"Robert"_s}));
    QCOMPARE(page->value("total"_L1).toInt(), 3);

    me.send(ListRequest{u"ob"_s, 1, 1});
    page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(names(page), QStringList{u"bobby"_s});
    QCOMPARE(page->value("total"_L1).toInt(), 3);

    me.send(ListRequest{u"zz"_s, 0, 10});
    page = me.waitFor(UserList::type);
    QVERIFY(page);
    QCOMPARE(page->value("total"_L1).toInt(), 0);

    // limit over the maximum is a bad request, not a silent truncation
    QJsonObject tooMany = ListRequest{}.toJson();
    tooMany.insert("limit"_L1, MaxListLimit + 1);
    me.send(tooMany);
    QCOMPARE(errorCode(me.waitFor(ErrorReply::type)), u"invalid-field"_s);
}

void TestHub::presenceDeltasToWatchers()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient watcher, bystander;
    QVERIFY(watcher.connectTo(hub.port()));
    QVERIFY(watcher.registerAs(u"watcher"_s));
    watcher.send(Watch{});
    QVERIFY(bystander.connectTo(hub.port()));
    QVERIFY(bystander.registerAs(u"bystander"_s)); // not watching
    auto before = watcher.sync();
    QVERIFY(before);
    QCOMPARE(before->size(), 1); // bystander joined after watch
    auto joined = Presence::fromJson(before->first());
    QVERIFY(joined);
    QCOMPARE(joined->event, Presence::Event::Joined);
    QCOMPARE(joined->user.name, u"bystander"_s);

    auto carol = std::make_unique<TestClient>();
    QVERIFY(carol->connectTo(hub.port()));
    QVERIFY(carol->registerAs(u"carol"_s, 9393));
    const auto frame = watcher.waitFor(Presence::type);
    QVERIFY(frame);
    joined = Presence::fromJson(*frame);
    QVERIFY(joined);
    QCOMPARE(joined->event, Presence::Event::Joined);
    QCOMPARE(joined->user.name, u"carol"_s);
    QCOMPARE(joined->user.port, quint16(9393));
    QCOMPARE(joined->user.address, u"127.0.0.1"_s);
    QCOMPARE(joined->user.fingerprint, carol->identity().fingerprint());

    carol.reset();
    const auto leftFrame = watcher.waitFor(Presence::type);
    QVERIFY(leftFrame);
    const auto left = Presence::fromJson(*leftFrame);
    QVERIFY(left);
    QCOMPARE(left->event, Presence::Event::Left);
    QCOMPARE(left->user.name, u"carol"_s);

    // The non-watcher heard nothing of it.
    const auto quiet = bystander.sync();
    QVERIFY(quiet);
    QCOMPARE(quiet->size(), 0);
}

void TestHub::disconnectRemovesUser()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s));
    {
        TestClient bob;
        QVERIFY(bob.connectTo(hub.port()));
        QVERIFY(bob.registerAs(u"bob"_s));
        alice.send(ListRequest{});
        QCOMPARE(names(alice.waitFor(UserList::type)), (QStringList{u"alice"_s, u"bob"_s}));
    }
    QTRY_COMPARE(hub.server()->directory()->userCount(), 1);
    alice.send(ListRequest{});
    QCOMPARE(names(alice.waitFor(UserList::type)), QStringList{u"alice"_s});
}

void TestHub::maxUsersRefused()
{
    HubFixture hub;
    hub.config().maxUsers = 2;
    QVERIFY(hub.start());
    TestClient a, b, c;
    QVERIFY(a.connectTo(hub.port()));
    QVERIFY(a.registerAs(u"a"_s));
    QVERIFY(b.connectTo(hub.port()));
    QVERIFY(b.registerAs(u"b"_s));
    QVERIFY(c.connectTo(hub.port()));
    QVERIFY(!c.registerAs(u"c"_s));
    QVERIFY(c.lastError());
    QCOMPARE(c.lastError()->code, ErrorCode::HubFull);
    QVERIFY(c.waitForDisconnected());
    // A place frees up: the next one gets in.
    b.socket()->disconnectFromHost();
    QTRY_COMPARE(hub.server()->directory()->userCount(), 1);
    TestClient d;
    QVERIFY(d.connectTo(hub.port()));
    QVERIFY(d.registerAs(u"d"_s));
}

void TestHub::oversizedFrameClosed()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient good, bad;
    QVERIFY(good.connectTo(hub.port()));
    QVERIFY(good.registerAs(u"good"_s));
    QVERIFY(bad.connectTo(hub.port()));
    bad.sendRaw(QByteArray(100 * 1024, 'x') + '\n');
    QCOMPARE(errorCode(bad.nextFrame()), u"frame-too-large"_s);
    QVERIFY(bad.waitForDisconnected());
    QVERIFY(log.contains({u"Closing connection from 127.0.0.1"_s, u"frame-too-large"_s}));
    // The good client is served as before.
    good.send(ListRequest{});
    QCOMPARE(names(good.waitFor(UserList::type)), QStringList{u"good"_s});
}

void TestHub::garbageBytesClosed()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient good, garbage;
    QVERIFY(good.connectTo(hub.port()));
    QVERIFY(good.registerAs(u"good"_s));
    QVERIFY(garbage.connectPlain(hub.port()));
    QByteArray noise(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                          noise.size() / 4);
    noise[0] = 0x42; // not 0x16, so never a TLS record by chance
    garbage.sendRaw(noise);
    QVERIFY(garbage.waitForDisconnected());
    QTRY_VERIFY(log.contains({u"127.0.0.1"_s, u"not a TLS client"_s}));
    good.send(ListRequest{});
    QCOMPARE(names(good.waitFor(UserList::type)), QStringList{u"good"_s});
    QTRY_COMPARE(hub.server()->connectionCount(), 1);
}

void TestHub::garbageAfterTlsByteClosed()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient garbage;
    QVERIFY(garbage.connectPlain(hub.port()));
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                          noise.size() / 4);
    noise[0] = 0x16; // looks like TLS, is not
    garbage.sendRaw(noise);
    QVERIFY(garbage.waitForDisconnected());
    QTRY_VERIFY(log.contains({u"127.0.0.1"_s, u"TLS handshake failed"_s}));
    TestClient good;
    QVERIFY(good.connectTo(hub.port()));
    QVERIFY(good.registerAs(u"good"_s));
}

void TestHub::legacyRefusedWhenOff()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    LegacyClient carol;
    QVERIFY(carol.connectTo(hub.port()));
    carol.sendText("carol");
    QVERIFY(carol.waitForDisconnected());
    QVERIFY(carol.received().contains("only encrypted"));
    QTRY_VERIFY(log.contains({u"127.0.0.1"_s, u"not a TLS client"_s, u"--allow-legacy"_s}));
    QCOMPARE(hub.server()->directory()->userCount(), 0);
}

void TestHub::legacyListsEveryone()
{
    LogCapture log;
    HubFixture hub;
    hub.config().allowLegacy = true;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s, 9191));
    alice.send(Watch{});
    QVERIFY(alice.sync());

    LegacyClient carol;
    QVERIFY(carol.connectTo(hub.port()));
    carol.sendText("carol"); // raw name, no newline, exactly as the CLI sends it
    const auto joined = alice.waitForMessage<Presence>();
    QVERIFY(joined);
    QCOMPARE(joined->user.name, u"carol"_s);
    QVERIFY(joined->user.legacy);
    QVERIFY(joined->user.fingerprint.isEmpty());
    QCOMPARE(joined->user.port, DefaultChatPort);
    QVERIFY(log.contains({u"New user \"carol\" has joined"_s, u"NOT encrypted"_s}));

    carol.sendText("LIST");
    const QByteArray expected = "=== Currently Online Users ===\n"
                                "Username: alice\n"
                                "Address: 127.0.0.1\n"
                                "-------------------\n"
                                "Username: carol\n"
                                "Address: 127.0.0.1\n"
                                "-------------------\n";
    QVERIFY2(carol.waitForText([&](const QByteArray &t) { return t.size() >= expected.size(); }),
             carol.received().constData());
    QCOMPARE(carol.received(), expected);

    // The TLS side sees carol as not encrypted; carol cannot be "replaced" by a key holder.
    alice.send(ListRequest{});
    const auto list = alice.waitForMessage<UserList>();
    QVERIFY(list);
    QCOMPARE(list->users.size(), 2);
    QVERIFY(!list->users.at(0).legacy);
    QVERIFY(list->users.at(1).legacy);
    TestClient keyed;
    QVERIFY(keyed.connectTo(hub.port()));
    QVERIFY(!keyed.registerAs(u"carol"_s));
    QVERIFY(keyed.lastError());
    QCOMPARE(keyed.lastError()->code, ErrorCode::NameTaken);

    // Leaving is seen like any other user's.
    carol.socket()->disconnectFromHost();
    const auto left = alice.waitForMessage<Presence>();
    QVERIFY(left);
    QCOMPARE(left->event, Presence::Event::Left);
    QCOMPARE(left->user.name, u"carol"_s);
}

void TestHub::legacyCannotUseBoundName()
{
    HubFixture hub;
    hub.config().allowLegacy = true;
    QVERIFY(hub.start());
    {
        TestClient alice;
        QVERIFY(alice.connectTo(hub.port()));
        QVERIFY(alice.registerAs(u"alice"_s));
    }
    QTRY_COMPARE(hub.server()->directory()->userCount(), 0);
    LegacyClient fake;
    QVERIFY(fake.connectTo(hub.port()));
    fake.sendText("alice");
    QVERIFY(fake.waitForDisconnected());
    QVERIFY2(fake.received().startsWith("Error: "), fake.received().constData());
    QVERIFY(fake.received().contains("another key"));
    QCOMPARE(hub.server()->directory()->userCount(), 0);
}

void TestHub::plainTextLineClosed()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient plain;
    QVERIFY(plain.connectPlain(hub.port()));
    plain.sendRaw(QByteArray(100 * 1024, 'a') + '\n');
    QVERIFY(plain.waitForDisconnected());
    QTRY_VERIFY(log.contains({u"127.0.0.1"_s, u"not a TLS client"_s}));
    TestClient good;
    QVERIFY(good.connectTo(hub.port()));
    QVERIFY(good.registerAs(u"good"_s));
}

void TestHub::silentConnectionTimedOut()
{
    LogCapture log;
    HubFixture hub;
    hub.config().helloTimeout = std::chrono::milliseconds(300);
    QVERIFY(hub.start());
    TestClient silent;
    QVERIFY(silent.connectTo(hub.port()));
    QCOMPARE(errorCode(silent.nextFrame()), u"hello-timeout"_s);
    QVERIFY(silent.waitForDisconnected());
    QVERIFY(log.contains({u"Closing connection from 127.0.0.1"_s, u"hello-timeout"_s}));
    QTRY_COMPARE(hub.server()->connectionCount(), 0);
}

void TestHub::silentTcpConnectionTimedOut()
{
    HubFixture hub;
    hub.config().helloTimeout = std::chrono::milliseconds(300);
    QVERIFY(hub.start());
    TestClient silent;
    QVERIFY(silent.connectPlain(hub.port())); // never even starts TLS
    QVERIFY(silent.waitForDisconnected());
    QTRY_COMPARE(hub.server()->connectionCount(), 0);
}

void TestHub::shutdownNotice()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice, pending;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s));
    alice.send(Watch{});
    QVERIFY(pending.connectTo(hub.port()));
    QVERIFY(alice.sync());

    QSignalSpy stopped(hub.server(), &hub::HubServer::stopped);
    hub.server()->shutdown();
    for (TestClient *client : {&alice, &pending}) {
        const auto frame = client->nextFrame();
        QVERIFY(frame);
        QCOMPARE(frame->value("type"_L1).toString(), u"shutdown"_s);
        QVERIFY(!frame->value("message"_L1).toString().isEmpty());
        QVERIFY(client->waitForDisconnected());
    }
    QVERIFY(stopped.count() == 1 || stopped.wait());
    QVERIFY(log.contains({u"Server shutting down"_s}));
    QVERIFY(!hub.server()->isListening());
}

void TestHub::badRequests_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("registerFirst");
    QTest::addColumn<QString>("code");

    QTest::newRow("list before hello")
        << QByteArray(R"({"type":"list"})") << false << u"not-registered"_s;
    QTest::newRow("watch before hello")
        << QByteArray(R"({"type":"watch"})") << false << u"not-registered"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"teleport"})") << true
                                  << u"unknown-type"_s;
    QTest::newRow("no type") << QByteArray(R"({"name":"x"})") << false << u"missing-field"_s;
    QTest::newRow("not json") << QByteArray("hello there") << false << u"invalid-json"_s;
    QTest::newRow("not object") << QByteArray("[1,2,3]") << false << u"not-an-object"_s;
    QTest::newRow("not utf8") << QByteArray("{\"type\":\"\xff\xfe\"}") << false
                              << u"invalid-utf8"_s;
    QTest::newRow("protocol 2") << QByteArray(
                                       R"({"type":"hello","protocol":2,"name":"a","port":1})")
                                << false << u"protocol-mismatch"_s;
    QTest::newRow("bad name") << QByteArray(
                                     R"({"type":"hello","protocol":1,"name":"a b","port":1})")
                              << false << u"invalid-name"_s;
    QTest::newRow("long name")
        << QByteArray(
               R"({"type":"hello","protocol":1,"name":"abcdefghijklmnopqrstuvwxyz0123456","port":1})")
        << false << u"invalid-name"_s;
    QTest::newRow("no port") << QByteArray(R"({"type":"hello","protocol":1,"name":"a"})") << false
                             << u"missing-field"_s;
    QTest::newRow("port 0") << QByteArray(R"({"type":"hello","protocol":1,"name":"a","port":0})")
                            << false << u"invalid-field"_s;
    QTest::newRow("second hello") << QByteArray(
                                         R"({"type":"hello","protocol":1,"name":"other","port":5})")
                                  << true << u"already-registered"_s;
    QTest::newRow("peer message to hub")
        << QByteArray(R"({"type":"eom"})") << true << u"unexpected-message"_s;
    QTest::newRow("read receipt to hub")
        << QByteArray(R"({"type":"read","ids":["1"]})") << true << u"unexpected-message"_s;
}

void TestHub::badRequests()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, registerFirst);
    QFETCH(QString, code);
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient client;
    QVERIFY(client.connectTo(hub.port()));
    if (registerFirst)
        QVERIFY(client.registerAs(u"someone"_s));
    client.sendRaw(line + '\n');
    const auto frame = client.nextFrame();
    QCOMPARE(errorCode(frame), code);
    QVERIFY(!frame->value("message"_L1).toString().isEmpty());
    QVERIFY(client.waitForDisconnected());
    if (registerFirst)
        QTRY_COMPARE(hub.server()->directory()->userCount(), 0);
}

void TestHub::clientCertificateRequired()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient anonymous;
    QVERIFY(anonymous.connectTo(hub.port(), /*withCertificate=*/false));
    QVERIFY(!anonymous.registerAs(u"anonymous"_s));
    QVERIFY(anonymous.lastError());
    QCOMPARE(anonymous.lastError()->code, ErrorCode::CertificateRequired);
    QVERIFY(anonymous.waitForDisconnected());
}

void TestHub::rateLimited()
{
    HubFixture hub;
    hub.config().requestBurst = 5;
    // Refills one token in about 17 minutes: the count below cannot depend on how fast this
    // machine is (the timing itself is TestDirectory's, on a fake clock).
    hub.config().requestsPerSecond = 0.001;
    QVERIFY(hub.start());
    TestClient flood;
    QVERIFY(flood.connectTo(hub.port()));
    QVERIFY(flood.registerAs(u"flood"_s)); // one token
    QByteArray pings;
    for (int i = 0; i < 20; ++i)
        pings += encodeFrame(Ping{}.toJson());
    flood.sendRaw(pings);
    const auto error = flood.waitFor(ErrorReply::type);
    QCOMPARE(errorCode(error), u"rate-limited"_s);
    QCOMPARE(flood.skipped().size(), 4); // exactly the burst was served
    QVERIFY(flood.waitForDisconnected());
}

void TestHub::perAddressLimit()
{
    HubFixture hub;
    hub.config().maxConnectionsPerAddress = 2;
    QVERIFY(hub.start());
    TestClient a, b, c;
    QVERIFY(a.connectTo(hub.port()));
    QVERIFY(b.connectTo(hub.port()));
    QTRY_COMPARE(hub.server()->connectionCount(), 2);
    QVERIFY(c.connectTo(hub.port()));
    QCOMPARE(errorCode(c.nextFrame()), u"too-many-connections"_s);
    QVERIFY(c.waitForDisconnected());
    QVERIFY(a.registerAs(u"a"_s));
    // After one leaves, a new one is welcome again.
    b.socket()->disconnectFromHost();
    QTRY_COMPARE(hub.server()->connectionCount(), 1);
    TestClient d;
    QVERIFY(d.connectTo(hub.port()));
    QVERIFY(d.registerAs(u"d"_s));
}

void TestHub::lookup()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s, 9500));
    QString bobFingerprint;
    {
        TestClient bob;
        QVERIFY(bob.connectTo(hub.port()));
        QVERIFY(bob.registerAs(u"bob"_s));
        bobFingerprint = bob.identity().fingerprint();
    }
    QTRY_COMPARE(hub.server()->directory()->userCount(), 1);

    TestClient asker;
    QVERIFY(asker.connectTo(hub.port()));
    QVERIFY(asker.registerAs(u"asker"_s));
    asker.send(Lookup{u"ALICE"_s});
    auto result = asker.waitForMessage<LookupResult>();
    QVERIFY(result);
    QVERIFY(result->online);
    QCOMPARE(result->name, u"alice"_s);
    QCOMPARE(result->fingerprint, alice.identity().fingerprint());
    QCOMPARE(result->port, quint16(9500));

    asker.send(Lookup{u"bob"_s});
    result = asker.waitForMessage<LookupResult>();
    QVERIFY(result);
    QVERIFY(!result->online);
    QCOMPARE(result->fingerprint, bobFingerprint);

    asker.send(Lookup{u"nobody"_s});
    result = asker.waitForMessage<LookupResult>();
    QVERIFY(result);
    QVERIFY(!result->online);
    QVERIFY(result->fingerprint.isEmpty());
}

void TestHub::idleSessionDropped()
{
    HubFixture hub;
    hub.config().idleTimeout = std::chrono::milliseconds(1000);
    QVERIFY(hub.start());
    TestClient sleepy, awake;
    QVERIFY(sleepy.connectTo(hub.port()));
    QVERIFY(awake.connectTo(hub.port()));
    QVERIFY(sleepy.registerAs(u"sleepy"_s));
    QVERIFY(awake.registerAs(u"awake"_s));
    // Awake pings ten times per idle timeout while sleepy says nothing.
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &awake, [&awake] { awake.send(Ping{}); });
    heartbeat.start(100);
    QCOMPARE(errorCode(sleepy.nextFrame()), u"idle-timeout"_s);
    QVERIFY(sleepy.waitForDisconnected());
    heartbeat.stop();
    QVERIFY(awake.sync()); // still served: being heard is what counts
    QCOMPARE(hub.server()->directory()->userCount(), 1);
}

void TestHub::pingBeforeHello()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient client;
    QVERIFY(client.connectTo(hub.port()));
    client.send(Ping{});
    const auto frame = client.nextFrame();
    QVERIFY(frame);
    QCOMPARE(frame->value("type"_L1).toString(), u"pong"_s);
    QVERIFY(client.registerAs(u"client"_s));
}

namespace {

// hello asking for feature::Reachability, with this chat port; the welcome, or nullopt.
std::optional<Welcome> registerAsking(TestClient &client, const QString &name, quint16 chatPort)
{
    Hello hello = Hello::forThisProgram(name, chatPort);
    hello.features = {QString(feature::Reachability)};
    client.send(hello);
    return client.waitForMessage<Welcome>();
}

// A chat port nobody listens on: taken from the system, then let go.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return server.serverPort();
}

} // namespace

void TestHub::reachableChatPortIsTold()
{
    HubFixture hub;
    QVERIFY(hub.start());
    QTcpServer chatPort;
    QVERIFY(chatPort.listen(QHostAddress::LocalHost, 0));
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    const auto welcome = registerAsking(alice, u"alice"_s, chatPort.serverPort());
    QVERIFY(welcome);
    QVERIFY(welcome->features.contains(QString(feature::Reachability)));
    const auto reach = alice.waitForMessage<Reachability>();
    QVERIFY(reach);
    QVERIFY(reach->reachable);
    QCOMPARE(reach->address, u"127.0.0.1"_s);
    QCOMPARE(reach->port, chatPort.serverPort());
    QVERIFY(reach->detail.isEmpty());
    // A plain connect, then closed: no byte was sent.
    QTRY_VERIFY(chatPort.hasPendingConnections());
    QTcpSocket *probe = chatPort.nextPendingConnection();
    QTRY_COMPARE(probe->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(probe->bytesAvailable(), 0);
}

void TestHub::closedChatPortIsTold()
{
    HubFixture hub;
    QVERIFY(hub.start());
    LogCapture log;
    TestClient bob;
    QVERIFY(bob.connectTo(hub.port()));
    const quint16 port = closedPort();
    QVERIFY(registerAsking(bob, u"bob"_s, port));
    const auto reach = bob.waitForMessage<Reachability>();
    QVERIFY(reach);
    QVERIFY(!reach->reachable);
    QCOMPARE(reach->port, port);
    QVERIFY2(reach->detail.contains(u"refused"_s), qPrintable(reach->detail));
    QTRY_VERIFY(
        log.contains({u"\"bob\"'s chat port %1 cannot be reached from the hub"_s.arg(port)}));
}

void TestHub::reachabilityOnlyForClientsThatAsk()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient carol;
    QVERIFY(carol.connectTo(hub.port()));
    const auto welcome = carol.registerAs(u"carol"_s, closedPort()); // no features
    QVERIFY(welcome);
    QVERIFY(!welcome->features.contains(QString(feature::Reachability)));
    // Without the feature no check starts (nothing came before the pong, none can come
    // after), and asking is a request the hub does not serve for carol.
    const auto before = carol.sync();
    QVERIFY(before);
    QVERIFY(before->isEmpty());
    carol.send(CheckReachability{});
    const auto refusal = carol.waitForMessage<ErrorReply>();
    QVERIFY(refusal);
    QCOMPARE(refusal->code, ErrorCode::UnexpectedMessage);
}

void TestHub::checkAgainAfterAFirewallChange()
{
    HubFixture hub;
    hub.config().reachabilityInterval = std::chrono::milliseconds(0);
    QVERIFY(hub.start());
    auto chatPort = std::make_unique<QTcpServer>();
    QVERIFY(chatPort->listen(QHostAddress::LocalHost, 0));
    const quint16 port = chatPort->serverPort();
    TestClient dave;
    QVERIFY(dave.connectTo(hub.port()));
    QVERIFY(registerAsking(dave, u"dave"_s, port));
    auto reach = dave.waitForMessage<Reachability>();
    QVERIFY(reach && reach->reachable);
    chatPort.reset(); // the port closes, as behind a new firewall rule
    dave.send(CheckReachability{});
    reach = dave.waitForMessage<Reachability>();
    QVERIFY(reach);
    QVERIFY(!reach->reachable);
    QCOMPARE(reach->port, port);
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
