// SPDX-License-Identifier: GPL-3.0-or-later
// Presence scope (docs/protocol.md, "Presence scope"), against a real hub over TLS: a client
// that speaks feature::PresenceScope hears of the names it watches and of the whole directory
// only while few are online; an older client keeps its plain `watch` and simply hears no more
// deltas while the directory is large.

#include "directory.h"
#include "hubfixture.h"
#include "testclient.h"

#include "messages.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::test;

namespace {

// Registers, listing feature::PresenceScope in hello; the welcome must list it back.
bool registerScoped(TestClient &client, const QString &name)
{
    Hello hello;
    hello.name = name;
    hello.port = 9090;
    hello.features = {QString(feature::PresenceScope)};
    client.send(hello);
    const auto welcome = client.waitForMessage<Welcome>();
    return welcome && welcome->features.contains(feature::PresenceScope);
}

// The presence frames before the pong, as "joined bob" / "left bob"; anything else as its type.
QStringList heard(TestClient &client)
{
    QStringList out;
    const auto frames = client.sync();
    if (!frames)
        return {u"(no pong)"_s};
    for (const QJsonObject &frame : *frames) {
        if (const auto presence = Presence::fromJson(frame))
            out.append((presence->event == Presence::Event::Joined ? u"joined "_s : u"left "_s) +
                       presence->user.name);
        else
            out.append(frame.value("type"_L1).toString());
    }
    return out;
}

} // namespace

class TestHubPresence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesOnlyHearsItsNames();
    void wholeDirectoryOffAboveTheLimitAndOnAgain();
    void noDeltaTwiceForAllAndName();
    void olderClientsAreNeverSentWatching();
    void newListReplacesTheOld();
    void newlyWatchedOnlineAreTold();
};

void TestHubPresence::namesOnlyHearsItsNames()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(registerScoped(alice, u"alice"_s));
    alice.send(Watch{false, QList<QString>{u"Bob"_s}});
    const auto watching = alice.waitForMessage<Watching>();
    QVERIFY(watching);
    QCOMPARE(*watching, (Watching{false, 1, 1, 500}));

    auto carol = registeredClient(hub.port(), u"carol"_s);
    QVERIFY(carol);
    auto bob = registeredClient(hub.port(), u"bob"_s);
    QVERIFY(bob);
    QCOMPARE(heard(alice), QStringList{u"joined bob"_s}); // not carol: she is not watched
    carol.reset();
    bob.reset();
    QTRY_COMPARE(hub.server()->directory()->userCount(), 1);
    QCOMPARE(heard(alice), QStringList{u"left bob"_s});
}

void TestHubPresence::wholeDirectoryOffAboveTheLimitAndOnAgain()
{
    HubFixture hub;
    hub.config().watchAllLimit = 3; // whole directory while ≤ 3 online, again at ≤ 2
    QVERIFY(hub.start());
    TestClient alice, older;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(registerScoped(alice, u"alice"_s));
    alice.send(Watch{});
    QCOMPARE(alice.waitForMessage<Watching>().value_or(Watching{}), (Watching{true, 0, 1, 3}));
    QVERIFY(older.connectTo(hub.port()));
    QVERIFY(older.registerAs(u"older"_s));
    older.send(Watch{});
    QCOMPARE(heard(alice), QStringList{u"joined older"_s});

    auto u1 = registeredClient(hub.port(), u"u1"_s);
    QVERIFY(u1);
    QCOMPARE(heard(alice), QStringList{u"joined u1"_s});
    QCOMPARE(heard(older), QStringList{u"joined u1"_s});
    // The fourth: its join still goes out, then the whole directory is switched off.
    auto u2 = registeredClient(hub.port(), u"u2"_s);
    QVERIFY(u2);
    QCOMPARE(heard(alice), (QStringList{u"joined u2"_s, u"watching"_s}));
    QCOMPARE(heard(older), QStringList{u"joined u2"_s});
    auto u3 = registeredClient(hub.port(), u"u3"_s);
    QVERIFY(u3);
    u3.reset();
    u2.reset();
    QTRY_COMPARE(hub.server()->directory()->userCount(), 3);
    QCOMPARE(heard(alice), QStringList{});
    QCOMPARE(heard(older), QStringList{});
    // Down to 2 (90 % of the limit, less one): on again, and said so; alice lists again.
    u1.reset();
    const auto on = alice.waitForMessage<Watching>();
    QVERIFY(on);
    QCOMPARE(*on, (Watching{true, 0, 2, 3}));
    auto u4 = registeredClient(hub.port(), u"u4"_s);
    QVERIFY(u4);
    QCOMPARE(heard(alice), QStringList{u"joined u4"_s});
    QCOMPARE(heard(older), QStringList{u"joined u4"_s});
}

void TestHubPresence::noDeltaTwiceForAllAndName()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(registerScoped(alice, u"alice"_s));
    alice.send(Watch{true, QList<QString>{u"bob"_s, u"BOB"_s, u"alice"_s}});
    // bob once (names are matched case-insensitively), and never herself.
    QCOMPARE(alice.waitForMessage<Watching>().value_or(Watching{}), (Watching{true, 1, 1, 500}));
    auto bob = registeredClient(hub.port(), u"bob"_s);
    QVERIFY(bob);
    QCOMPARE(heard(alice), QStringList{u"joined bob"_s});
}

void TestHubPresence::olderClientsAreNeverSentWatching()
{
    HubFixture hub;
    hub.config().watchAllLimit = 1;
    QVERIFY(hub.start());
    TestClient older;
    QVERIFY(older.connectTo(hub.port()));
    const auto welcome = older.registerAs(u"older"_s);
    QVERIFY(welcome);
    QVERIFY(!welcome->features.contains(feature::PresenceScope));
    older.send(Watch{});
    auto bob = registeredClient(hub.port(), u"bob"_s); // 2 > 1: off
    QVERIFY(bob);
    QCOMPARE(heard(older), QStringList{u"joined bob"_s}); // no `watching`: it could not read it
    bob.reset();
    QTRY_COMPARE(hub.server()->directory()->userCount(), 1);
    QCOMPARE(heard(older), QStringList{});
}

void TestHubPresence::newListReplacesTheOld()
{
    HubFixture hub;
    hub.config().watchAllLimit = 1;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(registerScoped(alice, u"alice"_s));
    alice.send(Watch{true, QList<QString>{u"bob"_s}});
    QCOMPARE(alice.waitForMessage<Watching>().value_or(Watching{}), (Watching{true, 1, 1, 1}));
    alice.send(Watch{std::nullopt, QList<QString>{u"carol"_s, u"dave"_s}});
    QCOMPARE(alice.waitForMessage<Watching>().value_or(Watching{}), (Watching{false, 2, 1, 1}));
    auto bob = registeredClient(hub.port(), u"bob"_s);
    auto carol = registeredClient(hub.port(), u"carol"_s);
    QVERIFY(bob && carol);
    QCOMPARE(heard(alice), QStringList{u"joined carol"_s});
}

void TestHubPresence::newlyWatchedOnlineAreTold()
{
    HubFixture hub;
    hub.config().watchAllLimit = 1;
    QVERIFY(hub.start());
    auto bob = registeredClient(hub.port(), u"bob"_s);
    auto carol = registeredClient(hub.port(), u"carol"_s);
    QVERIFY(bob && carol);
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(registerScoped(alice, u"alice"_s));
    // Who of the named is online comes before the answer: bob (dave is not online).
    alice.send(Watch{true, QList<QString>{u"Bob"_s, u"dave"_s}});
    QCOMPARE(heard(alice), (QStringList{u"joined bob"_s, u"watching"_s}));
    // Only the newly named are told again: carol, not bob.
    alice.send(Watch{true, QList<QString>{u"bob"_s, u"carol"_s, u"dave"_s}});
    QCOMPARE(heard(alice), (QStringList{u"joined carol"_s, u"watching"_s}));
    // A name dropped and named again is new again.
    alice.send(Watch{true, QList<QString>{u"carol"_s}});
    alice.send(Watch{true, QList<QString>{u"carol"_s, u"bob"_s}});
    QCOMPARE(heard(alice), (QStringList{u"watching"_s, u"joined bob"_s, u"watching"_s}));
}

QTEST_GUILESS_MAIN(TestHubPresence)
#include "tst_hubpresence.moc"
