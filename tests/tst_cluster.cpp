// SPDX-License-Identifier: GPL-3.0-or-later
// Several hubs sharing one directory on PostgreSQL (hub/cluster.h, docs/deployment.md), all
// real: chatbuddy-hub processes against a PostgreSQL server of the suite's own, and clients
// over TLS. Everyone online on any hub is listed, looked up and watched on every hub; a name
// is online once; a killed hub's users vanish from the others within the bound and log in
// elsewhere; PostgreSQL restarted under the hubs loses no binding; the hubs of a cluster
// present one key.

#include "hubcluster.h"
#include "identity.h"
#include "pgserver.h"
#include "registrybackend.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::test;

namespace {
// Waits for a presence frame about name; skips (and keeps) everything else.
std::optional<Presence> presenceOf(TestClient &client, const QString &name, Presence::Event event,
                                   int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (auto presence = client.waitForMessage<Presence>(
               int(std::max<qint64>(0, deadline.remainingTime())))) {
        if (presence->user.name == name && presence->event == event)
            return presence;
    }
    return std::nullopt;
}
} // namespace

class TestCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listLookupAndPresenceAcrossHubs();
    void nameOnlineOnceAcrossHubs();
    void sameKeyMovesToAnotherHub();
    void killedHubsUsersVanishAndLogInElsewhere();
    void postgresRestartedUnderTheHubs();
    void hubWithAnotherKeyIsStillRefused();

private:
    // A hub of the cluster, with the cluster's key; nullptr (and the test failed) if it did
    // not start.
    HubProcess *startHub(const QStringList &extra = {}) { return m_cluster->startOrFail(extra); }
    quint16 portOf(const HubProcess *hub) const { return m_cluster->port(hub); }
    std::unique_ptr<TestClient> logIn(HubProcess *hub, const QString &name,
                                      const Identity &identity = newIdentity());

    std::unique_ptr<HubCluster> m_cluster;
};

void TestCluster::init()
{
    const RegistryDatabase database = freshPostgreSqlDatabase(u"cluster"_s);
    CHATBUDDY_USE_DATABASE(database);
    m_cluster = std::make_unique<HubCluster>(database.location);
    QVERIFY2(m_cluster->lastError().isEmpty(), qPrintable(m_cluster->lastError()));
}

void TestCluster::cleanup()
{
    m_cluster.reset(); // its hubs killed: the next test empties the database
}

std::unique_ptr<TestClient> TestCluster::logIn(HubProcess *hub, const QString &name,
                                               const Identity &identity)
{
    return registeredClient(portOf(hub), name, identity);
}

// Over 50 lines: one story across two hubs, join to leave.
void TestCluster::listLookupAndPresenceAcrossHubs()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    auto alice = logIn(a, u"alice"_s);
    QVERIFY(alice);
    alice->send(Watch{});
    QVERIFY(alice->sync());

    const Identity bobKey = newIdentity();
    auto bob = logIn(b, u"bob"_s, bobKey);
    QVERIFY(bob);
    const auto joined = presenceOf(*alice, u"bob"_s, Presence::Event::Joined);
    QVERIFY2(joined, "alice on hub A never heard that bob joined hub B");
    QCOMPARE(joined->user.fingerprint, bobKey.fingerprint());
    QCOMPARE(joined->user.port, quint16(9090));
    QCOMPARE(joined->user.address, u"127.0.0.1"_s);

    // Both hubs list both, in name order; each looks up the other hub's user.
    for (TestClient *client : {alice.get(), bob.get()}) {
        client->send(ListRequest{});
        const auto list = client->waitForMessage<UserList>();
        QVERIFY(list);
        QCOMPARE(list->total, 2);
        QCOMPARE(list->users.at(0).name, u"alice"_s);
        QCOMPARE(list->users.at(1).name, u"bob"_s);
    }
    bob->send(Lookup{u"ALICE"_s});
    const auto found = bob->waitForMessage<LookupResult>();
    QVERIFY(found);
    QVERIFY(found->online);
    QCOMPARE(found->name, u"alice"_s);
    QCOMPARE(found->fingerprint, alice->identity().fingerprint());
    bob->send(ListRequest{u"ALI"_s});
    const auto filtered = bob->waitForMessage<UserList>();
    QVERIFY(filtered);
    QCOMPARE(filtered->total, 1);

    // A watch by name on hub B follows alice on hub A.
    const auto carol = logIn(b, u"carol"_s);
    QVERIFY(carol);
    Watch byName;
    byName.all = false;
    byName.names = QList<QString>{u"alice"_s};
    carol->send(byName);
    QVERIFY2(presenceOf(*carol, u"alice"_s, Presence::Event::Joined),
             "a watch by name answers with who is online on the other hub");

    bob.reset(); // bob's connection closes: hub B records that he left
    QVERIFY2(presenceOf(*alice, u"bob"_s, Presence::Event::Left),
             "alice never heard that bob left hub B");
    alice.reset();
    QVERIFY(presenceOf(*carol, u"alice"_s, Presence::Event::Left));
}

void TestCluster::nameOnlineOnceAcrossHubs()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    // Two keys ask for the same new names at the same moment, one on each hub: the database
    // decides, and exactly one of each pair gets the name.
    constexpr int Names = 12;
    std::vector<std::unique_ptr<TestClient>> onA, onB;
    for (int i = 0; i < Names; ++i) {
        for (auto [hub, list] : {std::pair{a, &onA}, std::pair{b, &onB}}) {
            auto client = std::make_unique<TestClient>();
            QVERIFY(client->connectTo(portOf(hub)));
            list->push_back(std::move(client));
        }
    }
    for (int i = 0; i < Names; ++i) {
        for (auto *list : {&onA, &onB}) {
            Hello hello;
            hello.name = u"racer%1"_s.arg(i);
            hello.port = 9090;
            (*list)[i]->send(hello);
        }
    }
    for (int i = 0; i < Names; ++i) {
        int welcomed = 0;
        for (auto *list : {&onA, &onB}) {
            const auto frame = (*list)[i]->nextFrame();
            QVERIFY(frame);
            const QString type = frame->value("type"_L1).toString();
            if (type == Welcome::type) {
                ++welcomed;
            } else {
                // Bound to the other key, or already online through the other hub: which
                // one depends on how far the other hub got.
                QCOMPARE(type, QString(ErrorReply::type));
                const QString code = frame->value("code"_L1).toString();
                QVERIFY2(code == u"name-bound"_s || code == u"name-taken"_s, qPrintable(code));
            }
        }
        QCOMPARE(welcomed, 1);
    }
}

void TestCluster::sameKeyMovesToAnotherHub()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    const auto watcher = logIn(a, u"watcher"_s);
    QVERIFY(watcher);
    watcher->send(Watch{});
    QVERIFY(watcher->sync());
    const Identity daveKey = newIdentity();
    const auto daveOnA = logIn(a, u"dave"_s, daveKey);
    QVERIFY(daveOnA);
    QVERIFY(presenceOf(*watcher, u"dave"_s, Presence::Event::Joined));
    // Dave's laptop wakes up on another network and logs in through hub B: hub A lets the old
    // session go, and the name stays online, on B now.
    TestClient daveOnB(daveKey);
    QVERIFY(daveOnB.connectTo(portOf(b)));
    QVERIFY(daveOnB.registerAs(u"dave"_s, 9191));
    const auto replaced = daveOnA->waitForMessage<ErrorReply>();
    QVERIFY2(replaced, "hub A never told the old session it was replaced");
    QCOMPARE(replaced->codeName, u"replaced"_s);
    QVERIFY2(replaced->message.contains(u"another hub"_s), qPrintable(replaced->message));
    QVERIFY(daveOnA->waitForDisconnected());
    const auto moved = presenceOf(*watcher, u"dave"_s, Presence::Event::Joined);
    QVERIFY(moved);
    QCOMPARE(moved->user.port, quint16(9191));
    watcher->send(Lookup{u"dave"_s});
    QCOMPARE(watcher->waitForMessage<LookupResult>()->port, quint16(9191));
}

void TestCluster::killedHubsUsersVanishAndLogInElsewhere()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    const Identity erinKey = newIdentity();
    const auto erin = logIn(a, u"erin"_s, erinKey);
    QVERIFY(erin);
    const auto frank = logIn(b, u"frank"_s);
    QVERIFY(frank);
    frank->send(Watch{});
    QVERIFY(frank->sync());
    frank->send(Lookup{u"erin"_s});
    QVERIFY(frank->waitForMessage<LookupResult>()->online);

    const QString hubKey = erin->peerFingerprint();
    a->kill(); // no goodbye: hub B notices only that A stopped beating
    QElapsedTimer vanished;
    vanished.start();
    QVERIFY2(presenceOf(*frank, u"erin"_s, Presence::Event::Left, 10'000),
             "erin still online on hub B after hub A was killed");
    // The bound is the timeout (1 s) and one heartbeat of the hub that notices (0.1 s), with
    // room for a loaded machine.
    QVERIFY2(vanished.elapsed() < 5'000, qPrintable(u"%1 ms"_s.arg(vanished.elapsed())));
    QVERIFY(b->waitForLog(u"stopped beating; its users are offline now"_s));

    // Erin's client reconnects to the other hub: same hub key, her name still hers.
    TestClient again(erinKey);
    QVERIFY(again.connectTo(portOf(b)));
    QCOMPARE(again.peerFingerprint(), hubKey);
    QVERIFY(again.registerAs(u"erin"_s));
    QVERIFY(presenceOf(*frank, u"erin"_s, Presence::Event::Joined));
}

// Over 50 lines: the outage and each thing checked after it, in order.
void TestCluster::postgresRestartedUnderTheHubs()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    const auto grace = logIn(a, u"grace"_s);
    QVERIFY(grace);
    grace->send(Watch{});
    QVERIFY(grace->sync());
    const auto heidi = logIn(b, u"heidi"_s);
    QVERIFY(heidi);
    QVERIFY(presenceOf(*grace, u"heidi"_s, Presence::Event::Joined));
    auto kate = logIn(b, u"kate"_s);
    QVERIFY(kate);
    QVERIFY(presenceOf(*grace, u"kate"_s, Presence::Event::Joined));
    const qsizetype aBefore = a->log().size(), bBefore = b->log().size();

    PostgresServer &server = PostgresServer::shared();
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    QVERIFY2(a->waitForLog(u"Cluster: lost the database"_s, aBefore), qPrintable(a->log()));
    QVERIFY(b->waitForLog(u"Cluster: lost the database"_s, bBefore));
    // Meanwhile the users online stay online, and a new login is refused with a reason.
    QVERIFY(grace->sync());
    kate.reset(); // leaves hub B while it cannot record it
    TestClient ivan;
    QVERIFY(ivan.connectTo(portOf(a)));
    QVERIFY(!ivan.registerAs(u"ivan"_s));
    QVERIFY(ivan.lastError());
    QCOMPARE(ivan.lastError()->codeName, u"internal"_s);

    QVERIFY2(server.start(), qPrintable(server.skipReason()));
    QVERIFY2(a->waitForLog(u"Cluster: the database is back"_s, aBefore), qPrintable(a->log()));
    QVERIFY2(b->waitForLog(u"Cluster: the database is back"_s, bBefore), qPrintable(b->log()));

    // No binding lost: grace's name is still her key's.
    TestClient impostor;
    QVERIFY(impostor.connectTo(portOf(b)));
    QVERIFY(!impostor.registerAs(u"grace"_s));
    QCOMPARE(impostor.lastError()->codeName, u"name-taken"_s);
    // Kate, who left meanwhile, leaves the other hub's list too; both hubs list the two
    // users left, and presence flows between them again.
    QVERIFY2(presenceOf(*grace, u"kate"_s, Presence::Event::Left, 10'000),
             "kate stayed online on hub A after leaving hub B during the outage");
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            heidi->send(ListRequest{});
            const auto list = heidi->waitForMessage<UserList>();
            return list && list->total == 2;
        }(),
        10'000);
    const auto judy = logIn(b, u"judy"_s);
    QVERIFY2(judy, "no login after PostgreSQL came back");
    QVERIFY(presenceOf(*grace, u"judy"_s, Presence::Event::Joined));
}

void TestCluster::hubWithAnotherKeyIsStillRefused()
{
    // The client pins the hub's key (desktop client: trust on first use of the hub). A hub of
    // the cluster shows the same key; one started without the cluster's identity does not,
    // whatever database it uses.
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    TestClient first, second;
    QVERIFY(first.connectTo(portOf(a)));
    QVERIFY(second.connectTo(portOf(b)));
    QCOMPARE(first.peerFingerprint(), second.peerFingerprint());

    HubProcess stranger(QStringList{u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s,
                                    u"--database"_s, m_cluster->database()} +
                        HubCluster::fastTimers());
    const quint16 port = stranger.waitListening();
    QVERIFY2(port, qPrintable(stranger.log()));
    TestClient third;
    QVERIFY(third.connectTo(port));
    QVERIFY(third.peerFingerprint() != first.peerFingerprint());
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
