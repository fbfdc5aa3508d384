// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text chats with the original ChatBuddy CLI (legacy mode, off by default): both
// directions, EOM, and what happens while the option is off.

#include "chatsession.h"
#include "client.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "legacyclient.h"
#include "peerlistener.h"
#include "profile.h"
#include "protocol.h"
#include "settings.h"
#include "testperson.h"
#include "usersmodel.h"

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

QStringList incomingTexts(const ChatSession *session)
{
    QStringList out;
    for (const ChatLine &line : session->messages()->lines()) {
        if (line.kind == ChatLine::Kind::Incoming)
            out.append(line.text);
    }
    return out;
}
} // namespace

class TestLegacyChat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChatSession *>(); }
    void offByDefault();
    void outgoingToLegacyPeer();
    void incomingFromLegacyPeerBySilence();
    void incomingFromLegacyPeerByText();
    void legacyPeerRefusedWhenOff();
    void legacyUserFromDirectory();
    void incomingLegacyNamedFromDirectory();
    void automaticPortLeaves9090ToTheCli();
    void plainTextPeerRecognised();
};

void TestLegacyChat::offByDefault()
{
    Person alice(u"alice"_s);
    QVERIFY(!alice.client->legacyChatsAllowed());
    alice.client->setLegacyChatsAllowed(true);
    QVERIFY(alice.client->legacyChatsAllowed());
    QCOMPARE(alice.profile->settings().legacyChatsAllowed(), true);
}

void TestLegacyChat::outgoingToLegacyPeer()
{
    Person alice(u"alice"_s);
    alice.client->setLegacyChatsAllowed(true);
    QTcpServer cliListener; // the CLI's "Wait for someone to chat"
    QVERIFY(cliListener.listen(QHostAddress::LocalHost, 0));
    LegacyClient cli;
    ChatSession *chat = alice.client->chatWithAddress(u"127.0.0.1"_s, cliListener.serverPort(),
                                                      Client::Transport::PlainText);
    QVERIFY(chat->isLegacy());
    QVERIFY(cliListener.waitForNewConnection(5000)); // test-only blocking wait
    cli.adopt(cliListener.nextPendingConnection());
    QTRY_VERIFY(chat->isActive());
    QCOMPARE(chat->messages()->lineAt(1).kind, ChatLine::Kind::Warning); // "Not encrypted"

    QVERIFY(chat->sendMessage(u"Hello!"_s).ok());
    QVERIFY(cli.waitForText("Hello!"));
    QCOMPARE(chat->messages()->lineAt(chat->messages()->rowCount() - 1).delivery,
             ChatLine::Delivery::Sent); // no receipts in plain text
    QSignalSpy got(chat, &ChatSession::messageReceived);
    cli.sendText("Hi Alice! How are you?"); // one send(), no newline, as the CLI does
    QVERIFY(got.wait());
    QCOMPARE(incomingTexts(chat), QStringList{u"Hi Alice! How are you?"_s});

    QSignalSpy ended(chat, &ChatSession::ended);
    cli.sendText("EOM");
    QVERIFY(ended.wait());
    QCOMPARE(chat->endReason(), ChatSession::EndReason::EndedByPeer);
}

void TestLegacyChat::incomingFromLegacyPeerBySilence()
{
    Person bob(u"bob"_s);
    bob.client->setLegacyChatsAllowed(true);
    ChatSession::Timing timing;
    timing.plainTextSniff = std::chrono::milliseconds(100); // the real 2 s would only be slow
    bob.client->setChatTiming(timing);
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    LegacyClient cli;
    QVERIFY(cli.connectTo(bob.client->listener()->port()));
    // The CLI says nothing until its user types: after the sniff timeout it is legacy.
    QVERIFY(requested.wait());
    auto *chat = requested.first().first().value<ChatSession *>();
    QVERIFY(chat->isLegacy());
    QVERIFY(chat->peerFingerprint().isEmpty());
    // Not named after its random source port: nobody knows that number.
    QVERIFY(!chat->peerName().contains(QString::number(cli.socket()->localPort())));
    chat->accept(u"bob"_s);
    QVERIFY(chat->isActive());
    cli.sendText("Hii Bob");
    QTRY_COMPARE(incomingTexts(chat), QStringList{u"Hii Bob"_s});
    QVERIFY(chat->sendMessage(u"Hii!"_s).ok());
    QVERIFY(cli.waitForText("Hii!"));
    chat->endChat();
    QVERIFY(cli.waitForText("EOM"));
    QVERIFY(cli.received().endsWith("EOM"));
    QVERIFY(cli.waitForDisconnected());
}

void TestLegacyChat::incomingFromLegacyPeerByText()
{
    Person bob(u"bob"_s);
    bob.client->setLegacyChatsAllowed(true);
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    LegacyClient cli;
    QVERIFY(cli.connectTo(bob.client->listener()->port()));
    cli.sendText("Hello before you accepted");
    QVERIFY(requested.wait()); // the first byte is not 0x16: no need to wait for the timeout
    auto *chat = requested.first().first().value<ChatSession *>();
    QVERIFY(chat->isLegacy());
    chat->accept(u"bob"_s);
    // What the CLI typed before the user accepted is shown, not lost.
    QTRY_COMPARE(incomingTexts(chat), QStringList{u"Hello before you accepted"_s});
}

void TestLegacyChat::legacyPeerRefusedWhenOff()
{
    Person bob(u"bob"_s); // legacy chats off
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    QSignalSpy refused(bob.client.get(), &Client::incomingRefused);
    LegacyClient cli;
    QVERIFY(cli.connectTo(bob.client->listener()->port()));
    cli.sendText("Hello?");
    QVERIFY(cli.waitForDisconnected()); // plain text is not TLS: refused
    QCOMPARE(requested.count(), 0);
    // Not silently: Bob hears that someone tried, and why it did not work.
    QVERIFY(refused.count() == 1 || refused.wait());
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(u"127.0.0.1"_s) && message.contains(u"Legacy chats are off"_s),
             qPrintable(message));
    QTRY_COMPARE(bob.client->sessions().size(), 0);
}

void TestLegacyChat::incomingLegacyNamedFromDirectory()
{
    HubFixture hub;
    hub.config().allowLegacy = true;
    QVERIFY(hub.start());
    Person bob(u"bob"_s);
    bob.client->setLegacyChatsAllowed(true);
    QVERIFY(bob.logIn(hub.port(), u"bob"_s));
    LegacyClient carolAtHub; // the CLI logs in to the hub, then calls Bob
    QVERIFY(carolAtHub.connectTo(hub.port()));
    carolAtHub.sendText("carol");
    QTRY_VERIFY(bob.client->users()->find(u"carol"_s).has_value());
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    LegacyClient carol;
    QVERIFY(carol.connectTo(bob.client->listener()->port()));
    carol.sendText("Hi Bob, it's Carol");
    QVERIFY(requested.wait());
    auto *chat = requested.first().first().value<ChatSession *>();
    QCOMPARE(chat->peerName(), u"carol"_s); // the hub's plain-text user at that address
    chat->accept(u"bob"_s);
    QTRY_COMPARE(incomingTexts(chat), QStringList{u"Hi Bob, it's Carol"_s});
    QCOMPARE(chat->messages()->lines().last().sender, u"carol"_s);
}

void TestLegacyChat::automaticPortLeaves9090ToTheCli()
{
    // The CLI can only wait for chats on 9090, so with legacy chats on, ChatBuddy prefers
    // another port for itself; an explicitly fixed port stays as it is.
    Person alice(u"alice"_s);
    QCOMPARE(alice.client->automaticChatPort(), DefaultChatPort);
    alice.client->setLegacyChatsAllowed(true);
    QCOMPARE(alice.client->automaticChatPort(), quint16(DefaultChatPort + 1));
    QCOMPARE(alice.client->preferredChatPort(), quint16(DefaultChatPort + 1));
    QTcpServer free; // a port nobody uses, as a fixed choice
    QVERIFY(free.listen(QHostAddress::LocalHost, 0));
    const quint16 fixed = free.serverPort();
    free.close();
    QVERIFY(alice.client->setChatPort(fixed));
    QCOMPARE(alice.client->preferredChatPort(), fixed);
    QCOMPARE(alice.client->listener()->port(), fixed);
    alice.client->setLegacyChatsAllowed(false);
    QCOMPARE(alice.client->listener()->port(), fixed); // fixed: not moved
}

void TestLegacyChat::plainTextPeerRecognised()
{
    // Chatting by address with the original CLI without ticking "plain-text legacy peer":
    // it answers TCP but never TLS. Say that, promptly, and offer plain text when allowed.
    Person alice(u"alice"_s);
    ChatSession::Timing timing;
    timing.tlsAnswer = std::chrono::milliseconds(200);
    alice.client->setChatTiming(timing);
    QTcpServer cliListener;
    QVERIFY(cliListener.listen(QHostAddress::LocalHost, 0));
    ChatSession *chat = alice.client->chatWithAddress(u"127.0.0.1"_s, cliListener.serverPort());
    QSignalSpy ended(chat, &ChatSession::ended);
    QVERIFY(ended.wait());
    QCOMPARE(chat->endReason(), ChatSession::EndReason::PlainTextPeer);
    QVERIFY2(chat->endMessage().contains(u"original plain-text ChatBuddy"_s),
             qPrintable(chat->endMessage()));
    QVERIFY(chat->endMessage().contains(u"Allow Unencrypted Legacy Chats"_s));

    // With legacy chats allowed, Chat again tries plain text at the same address.
    alice.client->setLegacyChatsAllowed(true);
    QSignalSpy restarted(alice.client.get(), &Client::chatRestarted);
    const auto again = alice.client->chatAgain(chat);
    QVERIFY(again.ok());
    QCOMPARE(restarted.count(), 1);
    ChatSession *plain = *again;
    QVERIFY(plain->isLegacy());
    QCOMPARE(plain->peerPort(), cliListener.serverPort());
    QTRY_VERIFY(plain->isActive());
}

void TestLegacyChat::legacyUserFromDirectory()
{
    HubFixture hub;
    hub.config().allowLegacy = true;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    alice.client->logIn(u"127.0.0.1"_s, hub.port(), u"alice"_s);
    QTRY_VERIFY(alice.client->hub()->isOnline());
    LegacyClient carol;
    QVERIFY(carol.connectTo(hub.port()));
    carol.sendText("carol");
    QTRY_VERIFY(alice.client->users()->find(u"carol"_s).has_value());
    const UserInfo entry = *alice.client->users()->find(u"carol"_s);
    QVERIFY(entry.legacy);

    // Off: the chat is refused with an explanation, nothing is sent in plain text.
    ChatSession *refused = alice.client->chatWith(entry);
    QVERIFY(refused->isEnded());
    QCOMPARE(refused->endReason(), ChatSession::EndReason::LegacyNotAllowed);
    QVERIFY(refused->endMessage().contains(u"Allow unencrypted legacy chats"_s));
}

QTEST_GUILESS_MAIN(TestLegacyChat)
#include "tst_legacychat.moc"
