// SPDX-License-Identifier: GPL-3.0-or-later
// The client core over real TLS on 127.0.0.1: login, live users, direct chats, acks, EOM,
// lost peers, hub restarts, busy chat ports and peers with the wrong key.

#include "chatsession.h"
#include "client.h"
#include "directory.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "peerlistener.h"
#include "profile.h"
#include "testperson.h"
#include "usersmodel.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;

namespace {

using Person = TestPerson;

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

QTEST_GUILESS_MAIN(TestClientCore)
#include "tst_clientcore.moc"
