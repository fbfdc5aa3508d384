// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client's core with a cluster of hubs: chatbuddy-hub processes sharing a
// PostgreSQL server of the suite's own (hub/cluster.h). A chat between people on two hubs
// outlives the hub one of them was on: killed, the client moves to the next hub of its list,
// logs in again, and nobody sees a key warning; a sealed letter left at one hub is delivered
// by the hub its recipient logs in to, and the receipt comes back the same way.

#include "endpoint.h"
#include "hubcluster.h"
#include "hubconnection.h"
#include "peerlistener.h"
#include "registrybackend.h"
#include "testperson.h"
#include "usersmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;

namespace {
constexpr int Wait = 10'000;
} // namespace

class TestClusterClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chatOutlivesItsHub();
    void sealedLetterCrossesHubs();
    void hubWithAnotherKeyRefused();

private:
    HubProcess *startHub() { return m_cluster->startOrFail(); }
    QString addressOf(const HubProcess *hub) const
    {
        return endpointText(u"127.0.0.1"_s, m_cluster->port(hub));
    }

    std::unique_ptr<HubCluster> m_cluster;
};

void TestClusterClient::init()
{
    const RegistryDatabase database = freshPostgreSqlDatabase(u"clusterclient"_s);
    CHATBUDDY_USE_DATABASE(database);
    m_cluster = std::make_unique<HubCluster>(database.location);
    QVERIFY2(m_cluster->lastError().isEmpty(), qPrintable(m_cluster->lastError()));
}

void TestClusterClient::cleanup()
{
    m_cluster.reset();
}

// Over 50 lines: the acceptance story of hubs sharing PostgreSQL, kept in one piece.
void TestClusterClient::chatOutlivesItsHub()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    TestPerson alice(u"alice"_s), bob(u"bob"_s);
    QSignalSpy aliceErrors(alice.hub(), &HubConnection::errorOccurred);
    QSignalSpy aliceWarnings(alice.client.get(), &Client::securityWarning);
    QSignalSpy bobWarnings(bob.client.get(), &Client::securityWarning);

    // Alice's client knows both hubs of the cluster ("hub A, hub B"); Bob's only hub B.
    alice.client->logIn(u"%1, %2"_s.arg(addressOf(a), addressOf(b)), 0, u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(alice.hub()->isOnline(), Wait);
    QCOMPARE(alice.hub()->currentHubAddress(), addressOf(a));
    QVERIFY(bob.logIn(m_cluster->port(b), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    QVERIFY(out->sendMessage(u"hello from hub A"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"hello from hub A"_s}, Wait);

    a->kill(); // hub A is gone without a word
    QTRY_VERIFY_WITH_TIMEOUT(
        alice.hub()->isOnline() && alice.hub()->currentHubAddress() == addressOf(b), Wait);
    // Bob's list shows her again, through hub B, where she is now.
    QTRY_VERIFY_WITH_TIMEOUT(bob.client->users()->find(u"alice"_s).has_value(), Wait);
    QCOMPARE(bob.client->users()->find(u"alice"_s)->port, alice.client->listener()->port());

    // The chat goes on: it never went through a hub.
    QVERIFY(out->isActive());
    QVERIFY(in->isActive());
    QVERIFY(out->sendMessage(u"still here"_s));
    QVERIFY(in->sendMessage(u"so am I"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(bob, u"alice"_s, ChatLine::Kind::Incoming)),
                              (QStringList{u"hello from hub A"_s, u"still here"_s}), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(alice, u"bob"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"so am I"_s}, Wait);

    // Nobody saw a key warning: hub B showed the key pinned for the cluster at hub A.
    for (const QList<QVariant> &error : std::as_const(aliceErrors)) {
        const auto kind = error.at(0).value<HubConnection::Error>();
        QVERIFY2(kind != HubConnection::Error::HubKeyChanged &&
                     kind != HubConnection::Error::NotAnnouncedKey,
                 qPrintable(error.at(1).toString()));
    }
    QCOMPARE(aliceWarnings.count(), 0);
    QCOMPARE(bobWarnings.count(), 0);
    QCOMPARE(alice.hub()->pinnedHubKey(addressOf(a)), alice.hub()->hubFingerprint());
}

void TestClusterClient::sealedLetterCrossesHubs()
{
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess *b = startHub();
    QVERIFY(b);
    TestPerson alice(u"alice"_s), carol(u"carol"_s);
    QVERIFY(alice.logIn(m_cluster->port(a), u"alice"_s));
    QVERIFY(carol.logIn(m_cluster->port(b), u"carol"_s));
    // They chat once, so each is the other's contact with a known key, then Carol leaves.
    auto [out, in] = openChat(alice, carol, u"carol"_s);
    QVERIFY(out && in && out->isActive());
    out->endChat();
    QTRY_VERIFY_WITH_TIMEOUT(in->isEnded(), Wait);
    carol.hub()->disconnectFromHub();
    QTRY_VERIFY_WITH_TIMEOUT(!alice.client->users()->find(u"carol"_s), Wait);

    // Alice writes while Carol is away: sealed and left at hub A.
    QVERIFY(alice.client->sendToContact(contactOf(alice, u"carol"_s), u"left at hub A"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(alice, u"carol"_s), QList{ChatLine::Delivery::Sent}, Wait);
    alice.hub()->disconnectFromHub();

    // Carol logs in to hub B, never online with Alice: hub B hands her the letter.
    QVERIFY(carol.logIn(m_cluster->port(b), u"carol"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts(lines(carol, u"alice"_s, ChatLine::Kind::Incoming)),
                              QStringList{u"left at hub A"_s}, Wait);
    // Her client seals a receipt for Alice and leaves it at hub B (Carol stays online: when it
    // goes is her client's business); it reaches Alice back at hub A, told by hub B if it comes
    // after her login.
    QVERIFY(alice.logIn(m_cluster->port(a), u"alice"_s));
    QTRY_COMPARE_WITH_TIMEOUT(states(alice, u"carol"_s), QList{ChatLine::Delivery::Delivered},
                              Wait);
}

void TestClusterClient::hubWithAnotherKeyRefused()
{
    // The second hub of Alice's list is no hub of the cluster (another key, same database):
    // when the first goes away, her client will not log in there.
    HubProcess *a = startHub();
    QVERIFY(a);
    HubProcess stranger(QStringList{u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s,
                                    u"--database"_s, m_cluster->database()} +
                        HubCluster::fastTimers());
    const quint16 strangerPort = stranger.waitListening();
    QVERIFY2(strangerPort, qPrintable(stranger.log()));
    const QString strangerAddress = endpointText(u"127.0.0.1"_s, strangerPort);
    TestPerson alice(u"alice"_s);
    QSignalSpy errors(alice.hub(), &HubConnection::errorOccurred);
    alice.client->logIn(u"%1, %2"_s.arg(addressOf(a), strangerAddress), 0, u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(alice.hub()->isOnline(), Wait);
    const QString clusterKey = alice.hub()->hubFingerprint();

    a->kill();
    QTRY_COMPARE_WITH_TIMEOUT(alice.hub()->state(), HubConnection::State::Offline, Wait);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.last().at(0).value<HubConnection::Error>(),
             HubConnection::Error::HubKeyChanged);
    QVERIFY(errors.last().at(1).toString().contains(strangerAddress));
    QCOMPARE(alice.hub()->pinnedHubKey(addressOf(a)), clusterKey); // the pin stays
}

QTEST_MAIN(TestClusterClient)
#include "tst_clusterclient.moc"
