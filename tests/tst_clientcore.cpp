// SPDX-License-Identifier: GPL-3.0-or-later
// The client core over real TLS on 127.0.0.1: login, live users, direct chats, acks, EOM,
// lost peers, hub restarts, busy chat ports, peers with the wrong key, and the optional
// features: typing notices and read receipts, with old peers and with the settings off.

#include "chatsession.h"
#include "client.h"
#include "directory.h"
#include "history.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "peerlink.h"
#include "peerlistener.h"
#include "profile.h"
#include "testclient.h"
#include "testperson.h"
#include "typingnotices.h"
#include "usersmodel.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;
using namespace std::chrono_literals;

namespace {

using Person = TestPerson;

// What a session's link received, one word per typing or read frame ("typing:true",
// "read:1,2"), whether or not the session acted on it: proof of what the other side sent.
class Extras : public QObject {
public:
    explicit Extras(ChatSession *session)
    {
        auto *link = session ? session->findChild<PeerLink *>() : nullptr;
        if (!link)
            return;
        connect(link, &PeerLink::messageReceived, this, [this](const Message &message) {
            if (const auto *typing = std::get_if<Typing>(&message))
                frames.append(typing->active ? u"typing:true"_s : u"typing:false"_s);
            else if (const auto *read = std::get_if<ReadReceipt>(&message))
                frames.append(u"read:"_s + read->ids.join(u','));
        });
    }
    QStringList frames;
};

// from sends a message and to receives it: frames are in order, so whatever from sent
// before has arrived too.
bool barrier(ChatSession *from, ChatSession *to)
{
    QSignalSpy received(to, &ChatSession::messageReceived);
    return from->sendMessage(u"barrier"_s).ok() && received.wait();
}

QJsonObject parseJson(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

ChatLine::Delivery deliveryOf(ChatSession *session, const QString &id)
{
    for (const ChatLine &line : session->messages()->lines()) {
        if (line.kind == ChatLine::Kind::Outgoing && line.id == id)
            return line.delivery;
    }
    return ChatLine::Delivery::None;
}

// A scripted peer (features as given: none is an old peer) calls person, who accepts.
ChatSession *rawPeerCalls(TestClient &peer, Person &person, const QStringList &features)
{
    QSignalSpy requested(person.client.get(), &Client::chatRequested);
    if (!peer.connectTo(person.client->listener()->port()))
        return nullptr;
    Hello hello = Hello::forThisProgram(u"oldie"_s);
    hello.features = features;
    peer.send(hello);
    if (!requested.wait())
        return nullptr;
    auto *session = requested.first().first().value<ChatSession *>();
    session->accept(person.hub()->userName());
    return session;
}

} // namespace

class TestClientCore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginAndSeeEachOther();
    void chatBothWaysWithAcks();
    void eomFromEitherSide_data();
    void eomFromEitherSide();
    void declineIsTold();
    void peerKilledMidChat();
    void severalChatsAtOnce();
    void hubRestartReconnects();
    void busyChatPortFallsBack();
    void wrongKeyFromDirectoryRefused();
    void bareAddressChatIsUnverified();
    void hubUnreachable();
    void hubKeyChangedBlocksLogin();
    void nameTakenAndBound();
    void hostileBytesEndChat();
    void oneChatPerPerson();
    void chatAgainReplacesEndedChat();
    void endAllChatsSaysGoodbye();
    void unreadCountsChatsNotInView();
    void hubShutdownNoticeStays();
    void unknownNameAndUnreachableHubTold();
    void typingNoticeShownAndExpiring();
    void typingStopsWhenIdleOrEmpty();
    void readReceiptOnlyWhenViewedInFocus();
    void featuresOffOnEitherSide_data();
    void featuresOffOnEitherSide();
    void oldPeerGetsNoTypingOrRead();
    void rawPeerWithFeatures();
};

void TestClientCore::initTestCase()
{
    qRegisterMetaType<ChatSession *>();
}

void TestClientCore::loginAndSeeEachOther()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QSignalSpy pinned(alice.hub(), &HubConnection::hubPinned);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QCOMPARE(pinned.count(), 1);
    QCOMPARE(alice.profile->settings().pinnedHubFingerprint(alice.hub()->hubAddress()),
             hub.server()->fingerprint());
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));

    // Each sees the other, with the port their listener really has.
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    QTRY_VERIFY(bob.client->users()->find(u"alice"_s).has_value());
    const UserInfo seen = *alice.client->users()->find(u"bob"_s);
    QCOMPARE(seen.port, bob.client->listener()->port());
    QCOMPARE(seen.address, u"127.0.0.1"_s);
    QCOMPARE(seen.fingerprint, bob.profile->fingerprint());
    QCOMPARE(alice.client->users()->rowCount(), 2);
    const int selfRow = alice.client->users()->rowOf(u"alice"_s);
    QVERIFY(alice.client->users()->index(selfRow).data(UsersModel::IsSelfRole).toBool());

    // Bob leaves: Alice's list follows.
    bob.hub()->disconnectFromHub();
    QTRY_VERIFY(!alice.client->users()->find(u"bob"_s).has_value());
}

void TestClientCore::chatBothWaysWithAcks()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in);
    QVERIFY(out->isActive() && in->isActive());
    QVERIFY(out->isKeyConfirmedByHub());
    QVERIFY(in->isKeyConfirmedByHub());
    QCOMPARE(in->peerName(), u"alice"_s);
    QCOMPARE(out->peerName(), u"bob"_s);

    QSignalSpy bobGot(in, &ChatSession::messageReceived);
    QSignalSpy aliceDelivered(out, &ChatSession::messageDelivered);
    const auto sent = out->sendMessage(u"Hello! नमस्ते"_s);
    QVERIFY(sent.ok());
    const QString id = *sent;
    const int row = out->messages()->rowCount() - 1;
    QCOMPARE(
        ChatLine::Delivery(out->messages()->index(row).data(MessageModel::DeliveryRole).toInt()),
        ChatLine::Delivery::Sending);
    QVERIFY(bobGot.wait());
    QCOMPARE(bobGot.first().first().value<ChatMessage>().text, u"Hello! नमस्ते"_s);
    QVERIFY(aliceDelivered.count() == 1 || aliceDelivered.wait());
    QCOMPARE(aliceDelivered.first().first().toString(), id);
    QCOMPARE(out->messages()->lineAt(row).delivery, ChatLine::Delivery::Delivered);

    QSignalSpy aliceGot(out, &ChatSession::messageReceived);
    QVERIFY(in->sendMessage(u"Hi Alice! How are you?"_s).ok());
    QVERIFY(aliceGot.wait());
    QCOMPARE(aliceGot.first().first().value<ChatMessage>().text, u"Hi Alice! How are you?"_s);
    const ChatLine last = out->messages()->lineAt(out->messages()->rowCount() - 1);
    QCOMPARE(last.kind, ChatLine::Kind::Incoming);
    QCOMPARE(last.sender, u"bob"_s);

    // Too long or empty text is not sent.
    const auto tooLong = out->sendMessage(QString(MaxTextSize + 1, u'x'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error(), ChatSession::SendRefusal::TooLong);
    const auto empty = out->sendMessage(u"   "_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error(), ChatSession::SendRefusal::Empty);
}

void TestClientCore::eomFromEitherSide_data()
{
    QTest::addColumn<bool>("initiatorEnds");
    QTest::newRow("initiator") << true;
    QTest::newRow("receiver") << false;
}

void TestClientCore::eomFromEitherSide()
{
    QFETCH(bool, initiatorEnds);
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    ChatSession *ender = initiatorEnds ? out : in;
    ChatSession *other = initiatorEnds ? in : out;
    QSignalSpy otherEnded(other, &ChatSession::ended);
    ender->endChat();
    QCOMPARE(ender->endReason(), ChatSession::EndReason::EndedByMe);
    QVERIFY(otherEnded.wait());
    QCOMPARE(other->endReason(), ChatSession::EndReason::EndedByPeer);
    QCOMPARE(other->endMessage(),
             u"%1 ended the chat."_s.arg(initiatorEnds ? u"alice"_s : u"bob"_s));
    const auto afterEnd = other->sendMessage(u"anyone?"_s);
    QVERIFY(!afterEnd.ok());
    QCOMPARE(afterEnd.error(), ChatSession::SendRefusal::NotActive);
}

void TestClientCore::declineIsTold()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    ChatSession *out = alice.client->chatWith(*alice.client->users()->find(u"bob"_s));
    QVERIFY(requested.wait());
    auto *in = requested.first().first().value<ChatSession *>();
    QCOMPARE(in->state(), ChatSession::State::AwaitingDecision);
    QSignalSpy outEnded(out, &ChatSession::ended);
    in->decline();
    QVERIFY(outEnded.wait());
    QCOMPARE(out->endReason(), ChatSession::EndReason::DeclinedByPeer);
    QCOMPARE(out->endMessage(), u"bob declined the chat."_s);
}

void TestClientCore::peerKilledMidChat()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    auto bob = std::make_unique<Person>(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob->logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, *bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    // A message Bob never acknowledges stays marked as not delivered.
    QSignalSpy ended(out, &ChatSession::ended);
    bob->client->listener()->close();
    // Bob's process goes away without a word: sockets close, no eom.
    delete in;
    QVERIFY(ended.wait());
    QCOMPARE(out->endReason(), ChatSession::EndReason::ConnectionLost);
    QCOMPARE(out->endMessage(),
             u"Connection to bob was lost. Looks like your friend stepped away."_s);
    bob.reset();
    QTRY_VERIFY(!alice.client->users()->find(u"bob"_s).has_value());
}

void TestClientCore::severalChatsAtOnce()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QVERIFY(carol.logIn(hub.port(), u"carol"_s));
    auto [toBob, fromAliceAtBob] = openChat(alice, bob, u"bob"_s);
    auto [toCarol, fromAliceAtCarol] = openChat(alice, carol, u"carol"_s);
    QVERIFY(toBob && toBob->isActive() && toCarol && toCarol->isActive());
    QSignalSpy bobGot(fromAliceAtBob, &ChatSession::messageReceived);
    QSignalSpy carolGot(fromAliceAtCarol, &ChatSession::messageReceived);
    QVERIFY(toBob->sendMessage(u"for bob"_s).ok());
    QVERIFY(toCarol->sendMessage(u"for carol"_s).ok());
    QVERIFY(bobGot.count() == 1 || bobGot.wait());
    QVERIFY(carolGot.count() == 1 || carolGot.wait());
    QCOMPARE(bobGot.first().first().value<ChatMessage>().text, u"for bob"_s);
    QCOMPARE(carolGot.first().first().value<ChatMessage>().text, u"for carol"_s);
    QCOMPARE(alice.client->sessions().size(), 2);
}

void TestClientCore::hubRestartReconnects()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());

    QSignalSpy errors(alice.hub(), &HubConnection::errorOccurred);
    QSignalSpy registered(alice.hub(), &HubConnection::registered);
    const quint16 oldPort = hub.port();
    QVERIFY(hub.restart());
    QCOMPARE(hub.port(), oldPort); // the restarted hub took the same port back
    QTRY_VERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().first().value<HubConnection::Error>(),
             HubConnection::Error::HubShutdown);
    QVERIFY(!registered.isEmpty() || registered.wait(5000));
    QTRY_VERIFY(alice.hub()->isOnline());
    QTRY_VERIFY(bob.hub()->isOnline());
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    QCOMPARE(hub.server()->directory()->userCount(), 2);
}

void TestClientCore::busyChatPortFallsBack()
{
    HubFixture hub;
    QVERIFY(hub.start());
    QTcpServer squatter; // "another program" has the port this client prefers
    QVERIFY(squatter.listen(QHostAddress::Any, 0));
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(bob.client->startListening(squatter.serverPort()));
    QVERIFY(bob.client->listener()->usedFallbackPort());
    QVERIFY(bob.client->listener()->port() != squatter.serverPort());
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    QCOMPARE(alice.client->users()->find(u"bob"_s)->port, bob.client->listener()->port());
    // And the advertised port really works.
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
}

void TestClientCore::wrongKeyFromDirectoryRefused()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    UserInfo forged = *alice.client->users()->find(u"bob"_s);
    forged.fingerprint = QString(64, u'a'); // the directory says Bob has another key
    QSignalSpy warnings(alice.client.get(), &Client::securityWarning);
    QSignalSpy bobRequests(bob.client.get(), &Client::chatRequested);
    ChatSession *out = alice.client->chatWith(forged);
    QSignalSpy ended(out, &ChatSession::ended);
    QVERIFY(ended.wait());
    QCOMPARE(out->endReason(), ChatSession::EndReason::KeyMismatch);
    QCOMPARE(warnings.count(), 1);
    QVERIFY(warnings.first().first().toString().contains(u"may be an attack"_s));
    // Barrier: a good chat afterwards reaches Bob, so anything the first one sent would have.
    auto [good, atBob] = openChat(alice, bob, u"bob"_s);
    QVERIFY(good && atBob);
    QCOMPARE(bobRequests.count(), 1); // only the good one: no hello went out before
}

void TestClientCore::bareAddressChatIsUnverified()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    ChatSession *out =
        alice.client->chatWithAddress(u"127.0.0.1"_s, bob.client->listener()->port());
    QVERIFY(out->peerName().isEmpty());
    QVERIFY(requested.wait());
    requested.first().first().value<ChatSession *>()->accept(u"bob"_s);
    QTRY_VERIFY(out->isActive());
    QCOMPARE(out->peerName(), u"bob"_s);
    QCOMPARE(out->peerFingerprint(), bob.profile->fingerprint());
    QVERIFY(!out->isKeyConfirmedByHub());
}

void TestClientCore::hubUnreachable()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    Person alice(u"alice"_s);
    QVERIFY(alice.client->startListening(0));
    QSignalSpy errors(alice.hub(), &HubConnection::errorOccurred);
    alice.client->logIn(u"127.0.0.1"_s, deadPort, u"alice"_s);
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().first().value<HubConnection::Error>(),
             HubConnection::Error::Unreachable);
    QVERIFY(errors.first().at(1).toString().contains(u"Cannot reach the hub"_s));
    QCOMPARE(alice.hub()->state(), HubConnection::State::Offline); // no silent retrying
}

void TestClientCore::hubKeyChangedBlocksLogin()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    QVERIFY(alice.client->startListening(0));
    const QString address = u"127.0.0.1:%1"_s.arg(hub.port());
    alice.profile->settings().pinHub(address, QString(64, u'b')); // pinned earlier: another key
    QSignalSpy errors(alice.hub(), &HubConnection::errorOccurred);
    alice.client->logIn(u"127.0.0.1"_s, hub.port(), u"alice"_s);
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().first().value<HubConnection::Error>(),
             HubConnection::Error::HubKeyChanged);
    const QString message = errors.first().at(1).toString();
    QVERIFY(message.contains(formatFingerprint(QString(64, u'b'))));
    QVERIFY(message.contains(formatFingerprint(hub.server()->fingerprint())));
    QCOMPARE(alice.hub()->state(), HubConnection::State::Offline);
    QCOMPARE(hub.server()->directory()->userCount(), 0); // never registered
}

void TestClientCore::nameTakenAndBound()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), other(u"other"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(other.client->startListening(0));
    QSignalSpy errors(other.hub(), &HubConnection::errorOccurred);
    other.client->logIn(u"127.0.0.1"_s, hub.port(), u"Alice"_s);
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().first().value<HubConnection::Error>(), HubConnection::Error::NameTaken);
    QCOMPARE(other.hub()->state(), HubConnection::State::Offline);

    alice.hub()->disconnectFromHub();
    QTRY_COMPARE(hub.server()->directory()->userCount(), 0);
    errors.clear();
    other.client->logIn(u"127.0.0.1"_s, hub.port(), u"alice"_s);
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().first().value<HubConnection::Error>(), HubConnection::Error::NameBound);
}

void TestClientCore::hostileBytesEndChat()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    // A msg over the text limit is refused as a protocol error, and the chat ends cleanly.
    QSignalSpy ended(in, &ChatSession::ended);
    QJsonObject huge = ChatMessage{u"x1"_s, u"ok"_s, QDateTime::currentDateTimeUtc()}.toJson();
    huge.insert("text"_L1, QString(MaxTextSize + 10, u'y'));
    // Sent through the session's own socket to look like a hostile peer.
    QSslSocket *socket = out->findChild<QSslSocket *>();
    QVERIFY(socket);
    socket->write(encodeFrame(huge));
    QVERIFY(ended.wait());
    QCOMPARE(in->endReason(), ChatSession::EndReason::ProtocolError);
}

void TestClientCore::oneChatPerPerson()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    const UserInfo entry = *alice.client->users()->find(u"bob"_s);
    QSignalSpy started(alice.client.get(), &Client::chatStarted);
    ChatSession *first = alice.client->chatWith(entry);
    ChatSession *second = alice.client->chatWith(entry);
    QCOMPARE(second, first); // the open chat, not a second one
    QCOMPARE(started.count(), 1);
    QCOMPARE(alice.client->openChatWith(u"BOB"_s), first); // names are case-insensitive
    first->endChat();
    ChatSession *third = alice.client->chatWith(entry); // an ended chat does not count
    QVERIFY(third != first);
    QCOMPARE(started.count(), 2);
}

void TestClientCore::chatAgainReplacesEndedChat()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in);
    QSignalSpy ended(out, &ChatSession::ended);
    in->endChat();
    QVERIFY(ended.wait());

    QSignalSpy restarted(alice.client.get(), &Client::chatRestarted);
    QSignalSpy started(alice.client.get(), &Client::chatStarted);
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    QPointer<ChatSession> old = out;
    const auto again = alice.client->chatAgain(out);
    QVERIFY(again.ok());
    QCOMPARE(restarted.count(), 1);
    QCOMPARE(restarted.first().at(0).value<ChatSession *>(), old.data());
    QCOMPARE(restarted.first().at(1).value<ChatSession *>(), *again);
    QCOMPARE(started.count(), 0); // a restart, not another chat
    QVERIFY(requested.wait());    // Bob is asked again
    QTRY_VERIFY(old.isNull());    // the old chat is forgotten

    // Nobody to chat with: Bob logged out. Nothing starts, and the reason is given.
    ChatSession *fresh = *again;
    fresh->endChat();
    bob.client->hub()->disconnectFromHub();
    QTRY_VERIFY(!alice.client->users()->find(u"bob"_s).has_value());
    const auto none = alice.client->chatAgain(fresh);
    QVERIFY(!none.ok());
    QCOMPARE(none.error(),
             u"bob is not online right now. You can chat again when they are back."_s);
}

void TestClientCore::endAllChatsSaysGoodbye()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QVERIFY(carol.logIn(hub.port(), u"carol"_s));
    auto [toBob, atBob] = openChat(alice, bob, u"bob"_s);
    auto [toCarol, atCarol] = openChat(alice, carol, u"carol"_s);
    QVERIFY(atBob && atCarol);
    QSignalSpy bobEnded(atBob, &ChatSession::ended);
    QSignalSpy carolEnded(atCarol, &ChatSession::ended);
    QVERIFY(alice.client->endAllChats());
    QVERIFY(bobEnded.count() == 1 || bobEnded.wait());
    QVERIFY(carolEnded.count() == 1 || carolEnded.wait());
    QCOMPARE(atBob->endReason(), ChatSession::EndReason::EndedByPeer); // eom, not a lost link
    QCOMPARE(atCarol->endReason(), ChatSession::EndReason::EndedByPeer);
    QVERIFY(!alice.client->endAllChats()); // nothing open any more
}

void TestClientCore::unreadCountsChatsNotInView()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QVERIFY(carol.logIn(hub.port(), u"carol"_s));
    auto [toBob, atBob] = openChat(alice, bob, u"bob"_s);
    auto [toCarol, atCarol] = openChat(alice, carol, u"carol"_s);
    QVERIFY(atBob && atCarol);
    Client *client = alice.client.get();
    client->setChatInView(toBob);
    QSignalSpy unread(client, &Client::unreadMessage);
    QSignalSpy bobGot(toBob, &ChatSession::messageReceived);
    QSignalSpy carolGot(toCarol, &ChatSession::messageReceived);
    QVERIFY(atBob->sendMessage(u"seen at once"_s).ok());
    QVERIFY(atCarol->sendMessage(u"waits"_s).ok());
    QVERIFY(bobGot.count() == 1 || bobGot.wait());
    QVERIFY(carolGot.count() == 1 || carolGot.wait());
    QCOMPARE(client->unreadCount(toBob), 0);
    QCOMPARE(client->unreadCount(toCarol), 1);
    QCOMPARE(client->unreadTotal(), 1);
    QCOMPARE(unread.count(), 1);
    QCOMPARE(unread.first().first().value<ChatSession *>(), toCarol);

    client->setChatInView(toCarol); // read
    QCOMPARE(client->unreadCount(toCarol), 0);
    QCOMPARE(client->unreadTotal(), 0);
    client->setChatInView(nullptr); // the window went to the background
    QVERIFY(atBob->sendMessage(u"still there?"_s).ok());
    QVERIFY(bobGot.wait());
    QCOMPARE(client->unreadCount(toBob), 1);
    QCOMPARE(client->unreadTotal(), 1);
    client->closeChat(toBob); // a closed chat takes its unread messages with it
    QTRY_COMPARE(client->unreadTotal(), 0);
}

void TestClientCore::hubShutdownNoticeStays()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QSignalSpy errors(alice.hub(), &HubConnection::errorOccurred);
    hub.stop();
    // The notice, then the failing retries: each still says the hub was shut down, never
    // just "cannot reach the hub".
    QTRY_VERIFY(errors.count() >= 3);
    QCOMPARE(errors.first().at(1).toString(), u"The hub is shutting down."_s);
    for (const QList<QVariant> &error : std::as_const(errors)) {
        QCOMPARE(error.first().value<HubConnection::Error>(), HubConnection::Error::HubShutdown);
        QVERIFY2(!error.at(1).toString().contains(u"Cannot reach"_s),
                 qPrintable(error.at(1).toString()));
    }
    QCOMPARE(errors.last().at(1).toString(),
             u"The hub was shut down. ChatBuddy reconnects when it is back."_s);
    QCOMPARE(alice.hub()->state(), HubConnection::State::WaitingToReconnect);
}

void TestClientCore::unknownNameAndUnreachableHubTold()
{
    // The hub binds the caller's name to its key, does not know the name, or cannot be asked:
    // the last two leave the key unconfirmed, and the user is told which it was.
    HubFixture hub;
    QVERIFY(hub.start());
    Person bob(u"bob"_s), carol(u"carol"_s), dave(u"dave"_s), erin(u"erin"_s);
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    QVERIFY(carol.logIn(hub.port(), u"carol"_s));
    quint16 deadPort = 0; // dave tries a hub that is not there, so he has a name but no hub
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    dave.client->logIn(u"127.0.0.1"_s, deadPort, u"dave"_s);
    QTRY_COMPARE(dave.hub()->state(), HubConnection::State::Offline);

    auto call = [](Person &caller, Person &callee) -> ChatSession * {
        QSignalSpy requested(callee.client.get(), &Client::chatRequested);
        caller.client->chatWithAddress(u"127.0.0.1"_s, callee.client->listener()->port());
        if (!requested.wait())
            return nullptr;
        return requested.first().first().value<ChatSession *>();
    };
    ChatSession *carolAtBob = call(carol, bob);
    QVERIFY(carolAtBob);
    QCOMPARE(carolAtBob->hubCheck(), trust::HubCheck::Confirmed);
    QVERIFY(carolAtBob->isKeyConfirmedByHub());

    ChatSession *daveAtBob = call(dave, bob);
    QVERIFY(daveAtBob);
    QCOMPARE(daveAtBob->hubCheck(), trust::HubCheck::NotRegistered);
    QVERIFY(!daveAtBob->isKeyConfirmedByHub());
    QVERIFY(daveAtBob->messages()->lines().last().text.contains(u"not registered with your hub"_s));

    ChatSession *carolAtErin = call(carol, erin); // Erin is not logged in to any hub
    QVERIFY(carolAtErin);
    QCOMPARE(carolAtErin->hubCheck(), trust::HubCheck::Unreachable);
    QVERIFY(carolAtErin->messages()->lines().last().text.contains(u"could not be asked"_s));
}

void TestClientCore::typingNoticeShownAndExpiring()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    ChatSession::Timing aliceTiming;
    aliceTiming.typingResend = 1h; // one notice for all her keystrokes
    aliceTiming.typingIdle = 1h;
    alice.client->setChatTiming(aliceTiming);
    ChatSession::Timing bobTiming;
    bobTiming.typingShown = 200ms; // then he stops believing it
    bob.client->setChatTiming(bobTiming);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    const QStringList both{QString(feature::Delivery), QString(feature::Typing),
                           QString(feature::Read), QString(feature::Files)};
    QCOMPARE(in->peerFeatures(), both);
    QCOMPARE(out->peerFeatures(), both);
    QVERIFY(out->usesTypingNotices() && in->usesTypingNotices());

    Extras atBob(in);
    QSignalSpy bobSees(in, &ChatSession::peerTypingChanged);
    for (const QString &draft : {u"H"_s, u"Hi"_s, u"Hi B"_s})
        out->setDraft(draft);
    QVERIFY(bobSees.wait());
    QCOMPARE(bobSees.first().first().toBool(), true);
    // Nothing more from Alice: after typingShown it is old news.
    QVERIFY(bobSees.count() == 2 || bobSees.wait());
    QCOMPARE(bobSees.at(1).first().toBool(), false);
    QVERIFY(!in->isPeerTyping());

    // Sending takes it back; three keystrokes made one notice.
    QVERIFY(barrier(out, in));
    QCOMPARE(atBob.frames, (QStringList{u"typing:true"_s, u"typing:false"_s}));
}

void TestClientCore::typingStopsWhenIdleOrEmpty()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    ChatSession::Timing aliceTiming;
    aliceTiming.typingResend = 1h;
    aliceTiming.typingIdle = 150ms; // she pauses longer than this
    alice.client->setChatTiming(aliceTiming);
    ChatSession::Timing bobTiming;
    bobTiming.typingShown = 1h; // only Alice's `false` can clear it
    bob.client->setChatTiming(bobTiming);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());

    Extras atBob(in);
    auto *notices = out->findChild<TypingNotices *>();
    QVERIFY(notices);
    QSignalSpy due(notices, &TypingNotices::noticeDue); // what Alice's side sends, at once
    out->setDraft(u"Lunch"_s);
    QCOMPARE(due.count(), 1);
    QVERIFY(due.wait()); // she stopped typing
    QCOMPARE(due.at(1).first().toBool(), false);
    QTRY_COMPARE(atBob.frames, (QStringList{u"typing:true"_s, u"typing:false"_s}));
    QVERIFY(!in->isPeerTyping());

    // She deletes what she typed (before the idle timer could run): not typing either.
    out->setDraft(u"Dinner"_s);
    out->setDraft(u"  "_s);
    QCOMPARE(due.count(), 4);
    QCOMPARE(due.at(2).first().toBool(), true);
    QCOMPARE(due.at(3).first().toBool(), false);
    QTRY_COMPARE(atBob.frames.size(), 4);
    QCOMPARE(atBob.frames.last(), u"typing:false"_s);
    QVERIFY(!in->isPeerTyping());
}

void TestClientCore::readReceiptOnlyWhenViewedInFocus()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    QVERIFY(out->usesReadReceipts() && in->usesReadReceipts());
    QSignalSpy read(out, &ChatSession::messageRead);
    QSignalSpy delivered(out, &ChatSession::messageDelivered);

    // Bob's window is not in front: delivered, not read.
    const QString first = *out->sendMessage(u"are you there?"_s);
    QVERIFY(delivered.wait());
    QVERIFY(barrier(in, out));
    QCOMPARE(read.count(), 0);
    QCOMPARE(deliveryOf(out, first), ChatLine::Delivery::Delivered);

    // He comes back to the chat: read.
    bob.client->setChatInView(in);
    QVERIFY(read.wait());
    QCOMPARE(read.first().first().toString(), first);
    QCOMPARE(deliveryOf(out, first), ChatLine::Delivery::Read);

    // While he looks at it, a new message is read as it arrives.
    const QString second = *out->sendMessage(u"good"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.last().first().toString(), second);

    // Window in the background again: not read until he is back.
    bob.client->setChatInView(nullptr);
    const QString third = *out->sendMessage(u"see you at noon"_s);
    QTRY_VERIFY(deliveryOf(out, third) != ChatLine::Delivery::Sending); // Bob has it
    QVERIFY(barrier(in, out));
    QCOMPARE(deliveryOf(out, third), ChatLine::Delivery::Delivered);
    QCOMPARE(read.count(), 2);
    bob.client->setChatInView(in);
    QVERIFY(read.wait());
    QCOMPARE(read.last().first().toString(), third);

    // Turned off: nothing is reported any more, even in this chat.
    bob.profile->settings().setSendReadReceipts(false);
    QVERIFY(!in->usesReadReceipts());
    const QString fourth = *out->sendMessage(u"bye"_s);
    QTRY_VERIFY(deliveryOf(out, fourth) != ChatLine::Delivery::Sending);
    QVERIFY(barrier(in, out));
    QCOMPARE(read.count(), 3);
    QCOMPARE(deliveryOf(out, fourth), ChatLine::Delivery::Delivered);

    // The history has Read too, through the model and the recorder, on disk.
    const qint64 bobId = alice.client->contactOf(out);
    const QString file = alice.profile->directory() + u"/history.sqlite"_s;
    out->endChat();
    alice.client.reset();
    History history;
    QCOMPARE(history.open(file), History::OpenState::Ready);
    QHash<QString, ChatLine::Delivery> stored;
    for (const HistoryEntry &entry : history.before(bobId, 0, 50))
        stored.insert(entry.line.text, entry.line.delivery);
    QCOMPARE(stored.value(u"are you there?"_s), ChatLine::Delivery::Read);
    QCOMPARE(stored.value(u"see you at noon"_s), ChatLine::Delivery::Read);
    QCOMPARE(stored.value(u"bye"_s), ChatLine::Delivery::Delivered);
}

void TestClientCore::featuresOffOnEitherSide_data()
{
    QTest::addColumn<bool>("aliceOff"); // else Bob turned them off
    QTest::newRow("off at the typist and reader's peer") << true;
    QTest::newRow("off at the one who watches and reads") << false;
}

void TestClientCore::featuresOffOnEitherSide()
{
    QFETCH(bool, aliceOff);
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    Person &off = aliceOff ? alice : bob;
    off.profile->settings().setSendTypingNotices(false);
    off.profile->settings().setSendReadReceipts(false);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    auto [out, in] = openChat(alice, bob, u"bob"_s);
    QVERIFY(out && in && out->isActive());
    // The side with the settings off lists neither (only delivery and files); the other lists
    // both.
    const QStringList none{QString(feature::Delivery), QString(feature::Files)};
    const QStringList both{QString(feature::Delivery), QString(feature::Typing),
                           QString(feature::Read), QString(feature::Files)};
    QCOMPARE(in->peerFeatures(), aliceOff ? none : both);
    QCOMPARE(out->peerFeatures(), aliceOff ? both : none);
    for (ChatSession *session : {out, in})
        QVERIFY(!session->usesTypingNotices() && !session->usesReadReceipts());

    Extras atAlice(out), atBob(in);
    QSignalSpy bobSees(in, &ChatSession::peerTypingChanged);
    QSignalSpy aliceSees(out, &ChatSession::peerTypingChanged);
    QSignalSpy read(out, &ChatSession::messageRead);
    bob.client->setChatInView(in);
    alice.client->setChatInView(out);
    out->setDraft(u"Hi Bob"_s);
    in->setDraft(u"Hi Alice"_s);
    const QString id = *out->sendMessage(u"Hi Bob"_s);
    QTRY_VERIFY(deliveryOf(out, id) != ChatLine::Delivery::Sending); // Bob has it (and a read?)
    QVERIFY(barrier(in, out)); // Alice has all Bob sent before; she reads his barrier at once
    QVERIFY(barrier(out, in)); // and Bob all she sent
    QCOMPARE(atAlice.frames, QStringList());
    QCOMPARE(atBob.frames, QStringList());
    QCOMPARE(bobSees.count(), 0);
    QCOMPARE(aliceSees.count(), 0);
    QCOMPARE(read.count(), 0);
    QCOMPARE(deliveryOf(out, id), ChatLine::Delivery::Delivered);
}

void TestClientCore::oldPeerGetsNoTypingOrRead()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person bob(u"bob"_s);
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    TestClient oldie;
    ChatSession *in = rawPeerCalls(oldie, bob, {});
    QVERIFY(in && in->isActive());
    // Bob offers both, as always; the old peer ignores the field.
    const auto hello = oldie.waitForMessage<Hello>();
    QVERIFY(hello);
    QCOMPARE(hello->features, (QStringList{QString(feature::Delivery), QString(feature::Typing),
                                           QString(feature::Read), QString(feature::Files)}));
    QVERIFY(in->peerFeatures().isEmpty());
    QVERIFY(!in->usesTypingNotices() && !in->usesReadReceipts());

    // It chats as before: its message is acknowledged, Bob reads it and types an answer.
    bob.client->setChatInView(in);
    QSignalSpy received(in, &ChatSession::messageReceived);
    oldie.send(ChatMessage{u"1"_s, u"hello from the past"_s, QDateTime::currentDateTimeUtc()});
    QVERIFY(received.wait());
    in->setDraft(u"Hello!"_s);
    QVERIFY(in->sendMessage(u"Hello!"_s).ok());
    // Everything Bob sent before the pong: an ack and a message, nothing it does not know.
    const auto frames = oldie.sync();
    QVERIFY(frames);
    QStringList types;
    for (const QJsonObject &frame : *frames)
        types.append(frame.value("type"_L1).toString());
    QCOMPARE(types, (QStringList{u"ack"_s, u"msg"_s}));
    QVERIFY(in->isActive());
}

void TestClientCore::rawPeerWithFeatures()
{
    // The wire format as docs/protocol.md §6 gives it, against a peer that is not ChatBuddy.
    HubFixture hub;
    QVERIFY(hub.start());
    Person bob(u"bob"_s);
    ChatSession::Timing slow;
    slow.typingShown = 1h; // only the peer's frames change what Bob sees
    bob.client->setChatTiming(slow);
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    TestClient peer;
    ChatSession *in = rawPeerCalls(peer, bob, {u"typing"_s, u"read"_s, u"future-thing"_s});
    QVERIFY(in && in->isActive());
    QVERIFY(peer.waitForMessage<Hello>());
    QVERIFY(in->usesTypingNotices() && in->usesReadReceipts());

    QSignalSpy bobSees(in, &ChatSession::peerTypingChanged);
    peer.send(parseJson(R"({"type":"typing","active":true})"));
    QVERIFY(bobSees.wait());
    QVERIFY(in->isPeerTyping());
    // The message arrives: whatever was being typed is here, and Bob (looking) reads it.
    bob.client->setChatInView(in);
    peer.send(ChatMessage{u"7"_s, u"here it is"_s, QDateTime::currentDateTimeUtc()});
    QVERIFY(bobSees.wait());
    QVERIFY(!in->isPeerTyping());
    const auto receipt = peer.waitForMessage<ReadReceipt>();
    QVERIFY(receipt);
    QCOMPARE(receipt->ids, QStringList{u"7"_s});

    in->setDraft(u"t"_s);
    const auto typing = peer.waitFor(Typing::type);
    QVERIFY(typing);
    QCOMPARE(*typing, parseJson(R"({"type":"typing","active":true})"));

    // Bob's message read, an unknown id ignored, and a message read twice stays read.
    QSignalSpy read(in, &ChatSession::messageRead);
    const QString id = *in->sendMessage(u"thanks"_s);
    peer.send(parseJson(R"({"type":"read","ids":["99"]})"));
    peer.send(ReadReceipt{{id}});
    QVERIFY(read.wait());
    QCOMPARE(deliveryOf(in, id), ChatLine::Delivery::Read);
    peer.send(Ack{id}); // late: Read already says more
    peer.send(ReadReceipt{{id}});
    QVERIFY(peer.sync()); // Bob handled both before he answered the ping
    QCOMPARE(read.count(), 1);
    QCOMPARE(deliveryOf(in, id), ChatLine::Delivery::Read);
    QVERIFY(in->isActive());

    // The peer was typing when it ended the chat: that ends with it.
    peer.send(Typing{true});
    QVERIFY(bobSees.wait());
    QVERIFY(in->isPeerTyping());
    QSignalSpy bobEnded(in, &ChatSession::ended);
    peer.send(Eom{});
    QVERIFY(bobEnded.wait());
    QVERIFY(!in->isPeerTyping());
    QCOMPARE(bobSees.last().first().toBool(), false);

    // A typing notice before the chat is accepted is out of place.
    TestClient early;
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    QVERIFY(early.connectTo(bob.client->listener()->port()));
    early.send(Hello::forThisProgram(u"early"_s));
    QVERIFY(requested.wait());
    auto *waiting = requested.first().first().value<ChatSession *>();
    QSignalSpy ended(waiting, &ChatSession::ended);
    early.send(Typing{true});
    QVERIFY(ended.wait());
    QCOMPARE(waiting->endReason(), ChatSession::EndReason::ProtocolError);
    const auto refusal = early.waitForMessage<ErrorReply>();
    QVERIFY(refusal);
    QCOMPARE(refusal->code, ErrorCode::UnexpectedMessage);
}

QTEST_GUILESS_MAIN(TestClientCore)
#include "tst_clientcore.moc"
