// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client as a user meets it, offscreen, with a real hub in the process: log in,
// see each other, start, accept, decline and end chats, connect by address, tabs, and the trust
// you can see: safety numbers, verified tags, a changed key, hub keys, unencrypted legacy chats;
// typing notices and read receipts.

#include "chatwidget.h"
#include "connectaddressdialog.h"
#include "hubkeydialog.h"
#include "identitydialog.h"
#include "incomingchatprompt.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "userdelegate.h"
#include "verifydialog.h"

#include "chatsession.h"
#include "client.h"
#include "guiperson.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "identity.h"
#include "legacyclient.h"
#include "messagemodel.h"
#include "peerlistener.h"
#include "profile.h"
#include "usersmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;
using namespace chatbuddy::ui;

namespace {

using Person = GuiPerson;

// A fingerprint as the trust widgets show it: groups of four, two lines.
QString shownKey(const QString &fingerprint)
{
    return twoLineFingerprint(fingerprint);
}

// Opens the chat's Verify dialog with its button.
void openVerify(ChatWidget *chat, QPointer<VerifyDialog> *dialog)
{
    STEP(click(child<QPushButton>(chat, u"verifyButton"_s)));
    *dialog = child<VerifyDialog>(chat, u"verifyDialog"_s);
    QVERIFY(!dialog->isNull());
    QVERIFY(QTest::qWaitForWindowExposed(dialog->data()));
}

QString verifiedText(const ChatWidget *chat)
{
    const auto *label = child<QLabel>(chat, u"peerVerifiedLabel"_s);
    return label ? label->text() : u"<no chat>"_s;
}

// The tag the users list paints next to name (what the delegate reads for that row).
UserDelegate::Badge badgeOf(const Person &person, const QString &name)
{
    QListView *view = person.usersView();
    const auto *delegate = view ? qobject_cast<UserDelegate *>(view->itemDelegate()) : nullptr;
    const QModelIndex index = view ? rowShowing(view, name) : QModelIndex();
    if (!delegate || !index.isValid())
        return UserDelegate::Badge::None;
    return delegate->badgeFor(index);
}

// Opens the connect-by-address dialog with its button.
void openConnectDialog(Person &person, QPointer<ConnectAddressDialog> *dialog)
{
    STEP(click(child<QPushButton>(person.window.get(), u"connectByAddressButton"_s)));
    *dialog = child<ConnectAddressDialog>(person.window.get(), u"connectAddressDialog"_s);
    QVERIFY(!dialog->isNull());
    QVERIFY(QTest::qWaitForWindowExposed(dialog->data()));
}

} // namespace

class TestGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginShowsOnline();
    void usersListShowsEachOther();
    void doubleClickStartsChat();
    void sendAndReceive();
    void typingAndReadShown();
    void declineIsShown();
    void eomEndsBothSides();
    void connectByAddressRefuses_data();
    void connectByAddressRefuses();
    void connectByAddressStartsChat();
    void hubDownShownInLogin();
    void severalHubsInLogin();
    void nameTakenShownInLogin();
    void invalidNameShownInLogin_data();
    void invalidNameShownInLogin();
    void ctrlWClosesChatTab();
    void unreadCountOnBackgroundTab();
    void verifyShowsSameSafetyNumber();
    void keyChangeBlocksUntilAccepted();
    void hubKeyDialogForgetsKey();
    void hubKeyChangeShowsBothKeys();
    void allowLegacyAction();
    void legacyUserTaggedNotEncrypted();
    void legacyChatByAddress();
};

void TestGui::initTestCase()
{
    // Profiles live in temporary folders; nothing may touch the real user's settings.
    QStandardPaths::setTestModeEnabled(true);
}

void TestGui::loginShowsOnline()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));

    QCOMPARE(alice.label(u"hubStateLabel"_s), u"Online · hub 127.0.0.1:%1"_s.arg(hub.port()));
    QCOMPARE(alice.window->statusBar()->currentMessage(),
             u"Successfully connected to main server!"_s);
    QCOMPARE(alice.window->windowTitle(), u"ChatBuddy — alice"_s);
    QCOMPARE(alice.label(u"chatPortLabel"_s),
             u"Chat port %1"_s.arg(alice.client->listener()->port()));
    // Alone on the hub: the list says so (once its first page, which follows welcome, is in).
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"1 online"_s);
    const auto *hint = child<QLabel>(alice.window.get(), u"usersHintLabel"_s);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(u"Nobody else is here yet."_s));
}

void TestGui::usersListShowsEachOther()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    auto bob = std::make_unique<Person>(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob->logIn(hub.port()));

    QTRY_COMPARE(lines(alice.usersView()), (QStringList{u"alice"_s, u"bob"_s}));
    QTRY_COMPARE(lines(bob->usersView()), (QStringList{u"alice"_s, u"bob"_s}));
    QCOMPARE(alice.label(u"userCountLabel"_s), u"2 online"_s);
    QCOMPARE(bob->label(u"userCountLabel"_s), u"2 online"_s);
    QVERIFY(!child<QLabel>(alice.window.get(), u"usersHintLabel"_s)->isVisible());

    // The filter narrows the list and the count says so.
    STEP(typeInto(child<QLineEdit>(alice.window.get(), u"filterEdit"_s), u"BO"_s));
    QCOMPARE(lines(alice.usersView()), QStringList{u"bob"_s});
    QCOMPARE(alice.label(u"userCountLabel"_s), u"1 of 2 online"_s);
    QTest::keyClick(child<QLineEdit>(alice.window.get(), u"filterEdit"_s), Qt::Key_Escape);
    QCOMPARE(lines(alice.usersView()).size(), 2);

    // Bob quits: he leaves Alice's list.
    bob.reset();
    QTRY_COMPARE(lines(alice.usersView()), QStringList{u"alice"_s});
    QCOMPARE(alice.label(u"userCountLabel"_s), u"1 online"_s);
}

void TestGui::doubleClickStartsChat()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"2 online"_s);

    STEP(doubleClickUser(alice, u"bob"_s));
    QTRY_COMPARE(alice.tabs()->count(), 1);
    ChatWidget *outgoing = alice.currentChat();
    QVERIFY(outgoing);
    QCOMPARE(child<QLabel>(outgoing, u"peerNameLabel"_s)->text(), u"bob"_s);
    QTRY_COMPARE(stateOf(outgoing), u"Waiting for bob to accept…"_s);
    QVERIFY(!canType(outgoing));

    QPointer<IncomingChatPrompt> prompt;
    QTRY_VERIFY((prompt = bob.visiblePrompt()));
    QCOMPARE(child<QLabel>(prompt.data(), u"incomingTitleLabel"_s)->text(),
             u"alice wants to chat"_s);
    QCOMPARE(child<QLabel>(prompt.data(), u"incomingAddressLabel"_s)->text(),
             u"Calling from 127.0.0.1"_s);
    QVERIFY(child<QLabel>(prompt.data(), u"incomingVerifiedLabel"_s)->text().startsWith(u"✓"_s));
    STEP(click(child<QPushButton>(prompt.data(), u"acceptButton"_s)));
    QTRY_VERIFY(prompt.isNull());

    QCOMPARE(bob.tabs()->count(), 1);
    ChatWidget *incoming = bob.currentChat();
    QVERIFY(incoming);
    QCOMPARE(bob.tabs()->tabText(0), u"alice"_s);
    QTRY_COMPARE(stateOf(outgoing), Chatting);
    QCOMPARE(stateOf(incoming), Chatting);
    QVERIFY(canType(outgoing));
    QVERIFY(canType(incoming));
    // The hub vouched for both keys; nobody compared a safety number yet.
    QCOMPARE(child<QLabel>(outgoing, u"peerVerifiedLabel"_s)->text(),
             u"Key confirmed by the hub"_s);
    QCOMPARE(child<QLabel>(incoming, u"peerVerifiedLabel"_s)->text(),
             u"Key confirmed by the hub"_s);
    QCOMPARE(child<QLabel>(outgoing, u"encryptionLabel"_s)->text(), u"Encrypted"_s);
    QCOMPARE(child<QLabel>(incoming, u"encryptionLabel"_s)->text(), u"Encrypted"_s);
    QVERIFY(!child<QWidget>(outgoing, u"keyChangedBanner"_s)->isVisible());
    QVERIFY(!child<QWidget>(outgoing, u"acceptKeyButton"_s)->isVisible());

    // Double-clicking Bob again focuses the open chat instead of starting a second one.
    STEP(doubleClickUser(alice, u"bob"_s));
    QCOMPARE(alice.tabs()->count(), 1);
    QCOMPARE(alice.client->sessions().size(), 1);
}

void TestGui::sendAndReceive()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    ChatWidget *outgoing = nullptr;
    ChatWidget *incoming = nullptr;
    STEP(openChatWithClicks(alice, bob, &outgoing, &incoming));

    const QString hello = u"Hello Bob! नमस्ते"_s;
    STEP(activate(alice.window.get())); // she types at her window; Bob's is behind it
    STEP(say(outgoing, hello));
    QTRY_VERIFY2(linesOf(incoming).contains(hello), qPrintable(linesOf(incoming).join(u'|')));

    // Alice's own line turns Delivered once Bob's ack is back (not Read: he is not looking).
    auto *view = child<QListView>(outgoing, u"messageView"_s);
    const QModelIndex own = rowShowing(view, hello);
    QVERIFY(own.isValid());
    QCOMPARE(ChatLine::Kind(own.data(MessageModel::KindRole).toInt()), ChatLine::Kind::Outgoing);
    QTRY_COMPARE(ChatLine::Delivery(own.data(MessageModel::DeliveryRole).toInt()),
                 ChatLine::Delivery::Delivered);
    QCOMPARE(MessageDelegate::deliveryText(own.data(MessageModel::DeliveryRole).toInt()),
             u"Delivered ✓"_s);

    // EOM inside a sentence is just text; the chat goes on. And Bob can answer.
    const QString notTheEnd = u"I will type EOM when done"_s;
    STEP(say(outgoing, notTheEnd));
    QTRY_VERIFY(linesOf(incoming).contains(notTheEnd));
    const QString reply = u"Hi Alice!"_s;
    STEP(say(incoming, reply));
    QTRY_VERIFY(linesOf(outgoing).contains(reply));
    QCOMPARE(stateOf(outgoing), Chatting);
    QCOMPARE(stateOf(incoming), Chatting);
}

void TestGui::typingAndReadShown()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    ChatWidget *outgoing = nullptr;
    ChatWidget *incoming = nullptr;
    STEP(openChatWithClicks(alice, bob, &outgoing, &incoming));

    // Alice types at her window (Bob's goes to the background): his tab says so.
    STEP(activate(alice.window.get()));
    auto *edit = child<QLineEdit>(outgoing, u"messageEdit"_s);
    const QString question = u"Lunch at noon?"_s;
    STEP(typeInto(edit, question));
    QTRY_COMPARE(stateOf(incoming), u"alice is typing…"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(linesOf(incoming).contains(question));
    QCOMPARE(stateOf(incoming), Chatting); // sent: no longer typing

    // Bob has not looked yet: delivered, not read. (His answer is the barrier: whatever his
    // side sent before it has arrived.)
    auto *view = child<QListView>(outgoing, u"messageView"_s);
    const QModelIndex own = rowShowing(view, question);
    QVERIFY(own.isValid());
    const auto delivery = [&own] {
        return ChatLine::Delivery(own.data(MessageModel::DeliveryRole).toInt());
    };
    QTRY_COMPARE(delivery(), ChatLine::Delivery::Delivered);
    STEP(say(incoming, u"one moment"_s));
    QTRY_VERIFY(linesOf(outgoing).contains(u"one moment"_s));
    QCOMPARE(delivery(), ChatLine::Delivery::Delivered);

    // Bob comes back to his window, where the chat is in front: read.
    STEP(activate(bob.window.get()));
    QTRY_COMPARE(delivery(), ChatLine::Delivery::Read);
    QCOMPARE(MessageDelegate::deliveryText(int(delivery())), u"Read ✓✓"_s);
}

void TestGui::declineIsShown()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));

    STEP(doubleClickUser(alice, u"bob"_s));
    QTRY_COMPARE(alice.tabs()->count(), 1);
    ChatWidget *outgoing = alice.currentChat();
    QPointer<IncomingChatPrompt> prompt;
    QTRY_VERIFY((prompt = bob.visiblePrompt()));
    STEP(click(child<QPushButton>(prompt.data(), u"declineButton"_s)));
    QTRY_VERIFY(prompt.isNull());
    QCOMPARE(bob.tabs()->count(), 0);

    QTRY_VERIFY2(linesOf(outgoing).contains(u"bob declined the chat."_s),
                 qPrintable(linesOf(outgoing).join(u'|')));
    QCOMPARE(stateOf(outgoing), u"Chat ended"_s);
    QVERIFY(canType(outgoing)); // what is typed now starts a new chat, as Chat again does
    QVERIFY(child<QPushButton>(outgoing, u"chatAgainButton"_s)->isVisible());
}

void TestGui::eomEndsBothSides()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    ChatWidget *outgoing = nullptr;
    ChatWidget *incoming = nullptr;
    STEP(openChatWithClicks(alice, bob, &outgoing, &incoming));

    STEP(say(outgoing, u"EOM"_s));
    QCOMPARE(stateOf(outgoing), u"Chat ended"_s);
    QVERIFY(canType(outgoing)); // to start a new chat
    QVERIFY(linesOf(outgoing).contains(u"You ended the chat."_s));
    QVERIFY(child<QPushButton>(outgoing, u"chatAgainButton"_s)->isVisible());

    QTRY_VERIFY2(linesOf(incoming).contains(u"alice ended the chat."_s),
                 qPrintable(linesOf(incoming).join(u'|')));
    QCOMPARE(stateOf(incoming), u"Chat ended"_s);
    QVERIFY(canType(incoming));
    QVERIFY(child<QPushButton>(incoming, u"chatAgainButton"_s)->isVisible());
    QVERIFY(!linesOf(incoming).contains(u"EOM"_s)); // the shortcut is never sent as text
}

void TestGui::connectByAddressRefuses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("port"); // "own": this client's chat port
    QTest::addColumn<QString>("message");

    const QString notAnAddress = u"\"%1\" is not an IP address. Please enter a numeric address "
                                 u"such as 192.168.1.20 (names are not looked up)."_s;
    const QString badPort = u"The port must be a number from 1 to 65535."_s;
    QTest::newRow("name") << u"example.com"_s << u"9090"_s << notAnAddress.arg(u"example.com"_s);
    QTest::newRow("octet > 255") << u"999.1.1.1"_s << u"9090"_s << notAnAddress.arg(u"999.1.1.1"_s);
    QTest::newRow("shorthand") << u"10.1"_s << u"9090"_s << notAnAddress.arg(u"10.1"_s);
    QTest::newRow("empty address")
        << QString() << u"9090"_s << u"Please enter your friend's IP address."_s;
    QTest::newRow("any address")
        << u"0.0.0.0"_s << u"9090"_s
        << u"0.0.0.0 is not the address of a single computer. Please enter your friend's "
           u"address."_s;
    QTest::newRow("port 0") << u"127.0.0.1"_s << u"0"_s << badPort;
    QTest::newRow("port 70000") << u"127.0.0.1"_s << u"70000"_s << badPort;
    QTest::newRow("empty port") << u"127.0.0.1"_s << QString() << badPort;
    QTest::newRow("own port")
        << u"127.0.0.1"_s << u"own"_s
        << u"That is your own chat port. Please enter your friend's address and port."_s;
}

void TestGui::connectByAddressRefuses()
{
    QFETCH(QString, address);
    QFETCH(QString, port);
    QFETCH(QString, message);
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));
    if (port == u"own"_s)
        port = QString::number(alice.client->listener()->port());

    STEP(click(child<QPushButton>(alice.window.get(), u"connectByAddressButton"_s)));
    QPointer<ConnectAddressDialog> dialog =
        child<ConnectAddressDialog>(alice.window.get(), u"connectAddressDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    auto *errorLabel = child<QLabel>(dialog.data(), u"addressErrorLabel"_s);
    QVERIFY(!errorLabel->isVisible());
    STEP(typeInto(child<QLineEdit>(dialog.data(), u"addressEdit"_s), address));
    STEP(typeInto(child<QLineEdit>(dialog.data(), u"addressPortEdit"_s), port));
    STEP(click(child<QPushButton>(dialog.data(), u"addressConnectButton"_s)));

    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), message);
    QVERIFY(dialog->isVisible()); // stays open to be corrected
    QCOMPARE(alice.tabs()->count(), 0);
    QVERIFY(alice.client->sessions().isEmpty());

    // Editing the field takes the complaint away.
    QTest::keyClick(child<QLineEdit>(dialog.data(), u"addressEdit"_s), Qt::Key_1);
    QVERIFY(!errorLabel->isVisible());
}

void TestGui::connectByAddressStartsChat()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    // Bob reads his chat port off his status bar and tells Alice.
    const QString bobPort = bob.label(u"chatPortLabel"_s).section(u' ', -1);
    QCOMPARE(bobPort, QString::number(bob.client->listener()->port()));

    STEP(click(child<QPushButton>(alice.window.get(), u"connectByAddressButton"_s)));
    QPointer<ConnectAddressDialog> dialog =
        child<ConnectAddressDialog>(alice.window.get(), u"connectAddressDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    STEP(typeInto(child<QLineEdit>(dialog.data(), u"addressEdit"_s), u"127.0.0.1"_s));
    STEP(typeInto(child<QLineEdit>(dialog.data(), u"addressPortEdit"_s), bobPort));
    STEP(click(child<QPushButton>(dialog.data(), u"addressConnectButton"_s)));
    QTRY_VERIFY(dialog.isNull()); // accepted and closed (deletes itself)

    QCOMPARE(alice.tabs()->count(), 1);
    ChatWidget *outgoing = alice.currentChat();
    QPointer<IncomingChatPrompt> prompt;
    QTRY_VERIFY((prompt = bob.visiblePrompt()));
    STEP(click(child<QPushButton>(prompt.data(), u"acceptButton"_s)));
    QTRY_COMPARE(stateOf(outgoing), Chatting);
    ChatWidget *incoming = bob.currentChat();
    QVERIFY(incoming);
    QCOMPARE(stateOf(incoming), Chatting);
    // Once Bob has answered, Alice's tab carries his name; his key was not vouched for.
    QTRY_COMPARE(alice.tabs()->tabText(0), u"bob"_s);
    QCOMPARE(child<QLabel>(outgoing, u"peerVerifiedLabel"_s)->text(), u"⚠ Not verified"_s);

    // Nobody vouched for the key: Alice sees it in full and may accept it; chatting works.
    auto *acceptKey = child<QPushButton>(outgoing, u"acceptKeyButton"_s);
    QVERIFY(acceptKey->isVisible());
    const QString bobKey = bob.profile->fingerprint();
    QCOMPARE(child<QLabel>(outgoing, u"newKeyLabel"_s)->text(), shownKey(bobKey));
    QVERIFY(alice.profile->settings().pinnedContactFingerprint(u"bob"_s).isEmpty());
    STEP(say(outgoing, u"found you by address"_s));
    QTRY_VERIFY(linesOf(incoming).contains(u"found you by address"_s));
    STEP(click(acceptKey));
    QVERIFY(!acceptKey->isVisible());
    QVERIFY(!child<QWidget>(outgoing, u"newKeyBanner"_s)->isVisible());
    QCOMPARE(alice.profile->settings().pinnedContactFingerprint(u"bob"_s), bobKey);
}

void TestGui::hubDownShownInLogin()
{
    HubFixture hub; // running, but not where Alice looks
    QVERIFY(hub.start());
    const quint16 deadPort = closedTcpPort();
    Person alice(u"alice"_s);
    STEP(alice.submitLogin(u"alice"_s, u"127.0.0.1"_s, QString::number(deadPort)));

    auto *status = child<QLabel>(alice.login.get(), u"loginStatusLabel"_s);
    auto *connectButton = child<QPushButton>(alice.login.get(), u"connectButton"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Cannot reach the hub at 127.0.0.1:%1"_s.arg(deadPort)),
                 qPrintable(status->text()));
    QVERIFY(status->text().endsWith(
        u"Check that the hub is running and that its address and port are right."_s));
    QVERIFY(alice.login->isVisible());
    QCOMPARE(alice.login->result(), int(QDialog::Rejected));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(child<QLineEdit>(alice.login.get(), u"portEdit"_s)->isEnabled());

    // Fixing the port and pressing Connect again gets her in.
    QSignalSpy accepted(alice.login.get(), &QDialog::accepted);
    STEP(typeInto(child<QLineEdit>(alice.login.get(), u"portEdit"_s), QString::number(hub.port())));
    STEP(click(connectButton));
    QTRY_COMPARE(accepted.count(), 1);
}

void TestGui::severalHubsInLogin()
{
    // Hubs of one cluster typed as a list: the first is down, the next one logs Alice in.
    HubFixture hub;
    QVERIFY(hub.start());
    const quint16 deadPort = closedTcpPort();
    Person alice(u"alice"_s);
    auto *status = child<QLabel>(alice.login.get(), u"loginStatusLabel"_s);
    STEP(alice.submitLogin(u"alice"_s, u"127.0.0.1:1, hub/2"_s, u"8080"_s));
    QCOMPARE(status->text(),
             u"\"127.0.0.1:1, hub/2\" is not a hub address. Type a name or an IP address, or "
             "the addresses of several hubs of one cluster separated by commas."_s);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(alice.login.get(), u"hostEdit"_s));

    QSignalSpy accepted(alice.login.get(), &QDialog::accepted);
    STEP(alice.submitLogin(u"alice"_s, u"127.0.0.1:%1, 127.0.0.1"_s.arg(deadPort),
                           QString::number(hub.port())));
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(alice.client->hub()->isOnline());
    QCOMPARE(alice.client->hub()->currentHubAddress(), u"127.0.0.1:%1"_s.arg(hub.port()));
    // The key is pinned under the first address: the one every hub of the list must show.
    QCOMPARE(alice.client->hub()->pinnedHubKey(u"127.0.0.1:%1"_s.arg(deadPort)),
             hub.server()->fingerprint());
}

void TestGui::nameTakenShownInLogin()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), other(u"other"_s);
    STEP(alice.logIn(hub.port()));

    STEP(other.submitLogin(u"Alice"_s, u"127.0.0.1"_s, QString::number(hub.port())));
    auto *status = child<QLabel>(other.login.get(), u"loginStatusLabel"_s);
    QTRY_COMPARE(status->text(),
                 u"Someone named \"Alice\" is already online. Please pick another name."_s);
    QVERIFY(other.login->isVisible());
    QVERIFY(child<QPushButton>(other.login.get(), u"connectButton"_s)->isEnabled());
    auto *nameEdit = child<QLineEdit>(other.login.get(), u"nameEdit"_s);
    QVERIFY(nameEdit->isEnabled());
    QCOMPARE(QApplication::focusWidget(), nameEdit); // ready to type another name
    QCOMPARE(other.client->hub()->state(), HubConnection::State::Offline);
}

void TestGui::invalidNameShownInLogin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"Please enter a name."_s;
    QTest::newRow("space") << u"bob smith"_s
                           << u"A name may only use letters A-Z, digits, '.', '_' and '-'."_s;
    QTest::newRow("too long") << QString(33, u'a') << u"A name can be at most 32 characters."_s;
}

void TestGui::invalidNameShownInLogin()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.submitLogin(name, u"127.0.0.1"_s, QString::number(hub.port())));

    // Refused in place, before anything goes to the hub.
    QCOMPARE(child<QLabel>(alice.login.get(), u"loginStatusLabel"_s)->text(), message);
    QVERIFY(alice.login->isVisible());
    QVERIFY(child<QPushButton>(alice.login.get(), u"connectButton"_s)->isEnabled());
    QCOMPARE(alice.client->hub()->state(), HubConnection::State::Offline);
}

void TestGui::ctrlWClosesChatTab()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    ChatWidget *outgoing = nullptr;
    ChatWidget *incoming = nullptr;
    STEP(openChatWithClicks(alice, bob, &outgoing, &incoming));

    // Shortcuts go to the active window.
    alice.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.window.get()));
    QTest::keyClick(alice.window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(alice.tabs()->count(), 0);
    QVERIFY(child<QWidget>(alice.window.get(), u"noChatPage"_s)->isVisible());

    // Closing an open chat ends it for Bob, too.
    QTRY_VERIFY2(linesOf(incoming).contains(u"alice ended the chat."_s),
                 qPrintable(linesOf(incoming).join(u'|')));
    QCOMPARE(stateOf(incoming), u"Chat ended"_s);
    QCOMPARE(bob.tabs()->count(), 1); // Bob's ended chat stays until he closes it
}

void TestGui::unreadCountOnBackgroundTab()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    STEP(carol.logIn(hub.port()));
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"3 online"_s);
    ChatWidget *aliceBob = nullptr;
    ChatWidget *bobAlice = nullptr;
    ChatWidget *aliceCarol = nullptr;
    ChatWidget *carolAlice = nullptr;
    STEP(openChatWithClicks(alice, bob, &aliceBob, &bobAlice));
    STEP(openChatWithClicks(alice, carol, &aliceCarol, &carolAlice));
    QTabWidget *tabs = alice.tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentWidget(), aliceCarol); // Bob's chat is in the background
    const int bobTab = tabs->indexOf(aliceBob);

    STEP(say(bobAlice, u"psst"_s));
    STEP(say(bobAlice, u"Alice?"_s));
    QTRY_COMPARE(tabs->tabText(bobTab), u"bob (2)"_s);
    QCOMPARE(tabs->tabText(tabs->indexOf(aliceCarol)), u"carol"_s);

    // A message in the tab she is looking at (in the active window) is not unread.
    alice.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.window.get()));
    QCOMPARE(tabs->tabText(bobTab), u"bob (2)"_s); // still unread: not in front
    STEP(say(carolAlice, u"hello"_s));
    QTRY_VERIFY(linesOf(aliceCarol).contains(u"hello"_s));
    QCOMPARE(tabs->tabText(tabs->indexOf(aliceCarol)), u"carol"_s);

    // Selecting Bob's tab reads it.
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(bobTab).center());
    QCOMPARE(tabs->currentIndex(), bobTab);
    QCOMPARE(tabs->tabText(bobTab), u"bob"_s);
    QVERIFY(linesOf(aliceBob).contains(u"Alice?"_s));

    // Ctrl+W closes only the current tab.
    alice.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.window.get()));
    QTest::keyClick(alice.window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->currentWidget(), aliceCarol);
    QCOMPARE(stateOf(aliceCarol), Chatting);
}

void TestGui::verifyShowsSameSafetyNumber()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    ChatWidget *outgoing = nullptr;
    ChatWidget *incoming = nullptr;
    STEP(openChatWithClicks(alice, bob, &outgoing, &incoming));
    const QString aliceKey = alice.profile->fingerprint();
    const QString bobKey = bob.profile->fingerprint();
    QCOMPARE(badgeOf(alice, u"bob"_s), UserDelegate::Badge::None);

    // Both open Verify: the same number on both screens, 12 groups of 5 digits.
    QPointer<VerifyDialog> aliceDialog;
    QPointer<VerifyDialog> bobDialog;
    STEP(openVerify(outgoing, &aliceDialog));
    STEP(openVerify(incoming, &bobDialog));
    auto *aliceNumber = child<QLabel>(aliceDialog.data(), u"safetyNumberLabel"_s);
    auto *bobNumber = child<QLabel>(bobDialog.data(), u"safetyNumberLabel"_s);
    QCOMPARE(aliceNumber->text(), bobNumber->text());
    QCOMPARE(aliceNumber->text(), VerifyDialog::safetyNumberLines(safetyNumber(aliceKey, bobKey)));
    const QStringList groups =
        aliceNumber->text().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    QCOMPARE(groups.size(), 12);
    for (const QString &group : groups)
        QVERIFY2(QRegularExpression(u"^[0-9]{5}$"_s).match(group).hasMatch(), qPrintable(group));
    QCOMPARE(aliceNumber->text().count(u'\n'), 2); // three lines, easy to read aloud
    QVERIFY(aliceNumber->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(aliceNumber->font().family(), // monospace
             QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(child<QLabel>(aliceDialog.data(), u"verifyExplanationLabel"_s)
                ->text()
                .startsWith(u"Compare this number with bob in person or on a call; if it matches "
                            u"on both screens, mark bob as verified."_s));
    QCOMPARE(child<QLabel>(aliceDialog.data(), u"verifyPeerFingerprintLabel"_s)->text(),
             shownKey(bobKey));
    QCOMPARE(child<QLabel>(aliceDialog.data(), u"verifyOwnFingerprintLabel"_s)->text(),
             shownKey(aliceKey));

    // They match: Alice marks Bob verified. Her header and users list say so; Bob's do not.
    auto *mark = child<QPushButton>(aliceDialog.data(), u"markVerifiedButton"_s);
    QCOMPARE(mark->text(), u"&Mark as verified"_s);
    STEP(click(mark));
    QCOMPARE(verifiedText(outgoing), u"✓ Verified"_s);
    QCOMPARE(mark->text(), u"Mark as &not verified"_s);
    QVERIFY(alice.profile->settings().isContactVerified(u"bob"_s, bobKey));
    QCOMPARE(badgeOf(alice, u"bob"_s), UserDelegate::Badge::Verified);
    QCOMPARE(UserDelegate::badgeText(UserDelegate::Badge::Verified), u"✓ Verified"_s);
    QCOMPARE(badgeOf(alice, u"alice"_s), UserDelegate::Badge::None);
    QCOMPARE(verifiedText(incoming), u"Key confirmed by the hub"_s);
    QCOMPARE(badgeOf(bob, u"alice"_s), UserDelegate::Badge::None);

    // Taken back, and given again.
    STEP(click(mark));
    QCOMPARE(verifiedText(outgoing), u"Key confirmed by the hub"_s);
    QCOMPARE(badgeOf(alice, u"bob"_s), UserDelegate::Badge::None);
    STEP(click(mark));
    QCOMPARE(badgeOf(alice, u"bob"_s), UserDelegate::Badge::Verified);
    STEP(click(child<QPushButton>(aliceDialog.data(), u"verifyCloseButton"_s)));
    QTRY_VERIFY(aliceDialog.isNull());
    STEP(click(child<QPushButton>(bobDialog.data(), u"verifyCloseButton"_s)));
    QTRY_VERIFY(bobDialog.isNull());

    // The mark is kept: the next chat with Bob opens verified.
    STEP(say(outgoing, u"EOM"_s));
    STEP(click(child<QPushButton>(outgoing, u"chatAgainButton"_s)));
    // Bob knows Alice's key by now: the new chat is taken without a prompt.
    ChatWidget *again = alice.currentChat();
    QCOMPARE(again, outgoing); // the same tab: the conversation goes on with a new chat
    QTRY_COMPARE(stateOf(again), Chatting);
    QCOMPARE(verifiedText(again), u"✓ Verified"_s);
    QVERIFY(!bob.visiblePrompt());
}

void TestGui::keyChangeBlocksUntilAccepted()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    // Each once chatted with someone of that name whose key was different.
    const QString oldBobKey(64, u'a');
    const QString oldAliceKey(64, u'b');
    alice.profile->settings().pinContact(u"bob"_s, oldBobKey);
    bob.profile->settings().pinContact(u"alice"_s, oldAliceKey);
    STEP(alice.logIn(hub.port()));
    STEP(bob.logIn(hub.port()));
    const QString aliceKey = alice.profile->fingerprint();
    const QString bobKey = bob.profile->fingerprint();

    STEP(doubleClickUser(alice, u"bob"_s));
    QTRY_COMPARE(alice.tabs()->count(), 1);
    ChatWidget *outgoing = alice.currentChat();
    QVERIFY(outgoing);
    auto *banner = child<QWidget>(outgoing, u"keyChangedBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(child<QLabel>(outgoing, u"keyChangedTitleLabel"_s)->text(),
             u"bob's key changed — this may be an attack."_s);
    QCOMPARE(child<QLabel>(outgoing, u"previousKeyLabel"_s)->text(), shownKey(oldBobKey));
    QCOMPARE(child<QLabel>(outgoing, u"currentKeyLabel"_s)->text(), shownKey(bobKey));
    QCOMPARE(verifiedText(outgoing), u"⚠ Key changed"_s);
    QVERIFY(!alice.tabs()->tabIcon(0).isNull());

    // Bob's prompt carries the same warning about Alice, and Enter would decline.
    QPointer<IncomingChatPrompt> prompt;
    QTRY_VERIFY((prompt = bob.visiblePrompt()));
    QVERIFY(child<QLabel>(prompt.data(), u"incomingVerifiedLabel"_s)
                ->text()
                .startsWith(u"⚠ alice's key changed — this may be an attack."_s));
    QCOMPARE(child<QLabel>(prompt.data(), u"incomingPreviousKeyLabel"_s)->text(),
             shownKey(oldAliceKey));
    QCOMPARE(child<QLabel>(prompt.data(), u"incomingCurrentKeyLabel"_s)->text(),
             shownKey(aliceKey));
    QVERIFY(child<QPushButton>(prompt.data(), u"declineButton"_s)->isDefault());
    STEP(click(child<QPushButton>(prompt.data(), u"acceptButton"_s)));
    QTRY_VERIFY(prompt.isNull());
    ChatWidget *incoming = bob.currentChat();
    QVERIFY(incoming);

    // Connected, but nothing can be typed or sent on either side.
    QTRY_COMPARE(stateOf(outgoing), u"Blocked: key changed"_s);
    QCOMPARE(stateOf(incoming), u"Blocked: key changed"_s);
    QVERIFY(outgoing->session()->isActive());
    QVERIFY(!canType(outgoing));
    QVERIFY(!canType(incoming));
    QVERIFY(!child<QPushButton>(outgoing, u"sendButton"_s)->isEnabled());
    QVERIFY(child<QWidget>(incoming, u"keyChangedBanner"_s)->isVisible());

    // Alice accepts Bob's new key: she can write again; Bob is still blocked.
    STEP(click(child<QPushButton>(outgoing, u"acceptKeyButton"_s)));
    QVERIFY(!banner->isVisible());
    QCOMPARE(stateOf(outgoing), Chatting);
    QVERIFY(canType(outgoing));
    QCOMPARE(verifiedText(outgoing), u"Key confirmed by the hub"_s);
    QCOMPARE(alice.profile->settings().pinnedContactFingerprint(u"bob"_s), bobKey);
    QVERIFY(alice.tabs()->tabIcon(0).isNull());
    QVERIFY(!canType(incoming));

    // Bob compares the safety number and accepts and verifies in one step.
    QPointer<VerifyDialog> dialog;
    STEP(openVerify(incoming, &dialog));
    auto *mark = child<QPushButton>(dialog.data(), u"markVerifiedButton"_s);
    QCOMPARE(mark->text(), u"Accept new key and mark as &verified"_s);
    STEP(click(mark));
    QVERIFY(!child<QWidget>(incoming, u"keyChangedBanner"_s)->isVisible());
    QVERIFY(canType(incoming));
    QCOMPARE(verifiedText(incoming), u"✓ Verified"_s);
    QVERIFY(bob.profile->settings().isContactVerified(u"alice"_s, aliceKey));
    STEP(click(child<QPushButton>(dialog.data(), u"verifyCloseButton"_s)));

    STEP(say(outgoing, u"It is really me, new laptop."_s));
    QTRY_VERIFY(linesOf(incoming).contains(u"It is really me, new laptop."_s));
}

void TestGui::hubKeyDialogForgetsKey()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));
    const QString address = u"127.0.0.1:%1"_s.arg(hub.port());
    const QString pinned = alice.profile->settings().pinnedHubFingerprint(address);
    QVERIFY(!pinned.isEmpty());
    QCOMPARE(pinned, alice.client->hub()->hubFingerprint());

    auto *action = child<QAction>(alice.window.get(), u"hubKeyAction"_s);
    QVERIFY(action);
    action->trigger();
    QPointer<HubKeyDialog> dialog = child<HubKeyDialog>(alice.window.get(), u"hubKeyDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    auto *keyLabel = child<QLabel>(dialog.data(), u"hubPinnedFingerprintLabel"_s);
    QCOMPARE(keyLabel->text(), shownKey(pinned));
    QCOMPARE(child<QLabel>(dialog.data(), u"hubKeyAddressLabel"_s)->text(), address);
    QCOMPARE(child<QLabel>(dialog.data(), u"hubKeyStatusLabel"_s)->text(),
             u"✓ The hub is showing this key now."_s);

    // Forget asks first; Cancel keeps the key.
    auto *forget = child<QPushButton>(dialog.data(), u"forgetHubKeyButton"_s);
    STEP(click(forget));
    QPointer<QMessageBox> confirm = child<QMessageBox>(dialog.data(), u"forgetHubKeyConfirm"_s);
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowExposed(confirm.data()));
    STEP(click(child<QPushButton>(confirm.data(), u"cancelForgetButton"_s)));
    QTRY_VERIFY(confirm.isNull());
    QCOMPARE(alice.profile->settings().pinnedHubFingerprint(address), pinned);

    STEP(click(forget));
    confirm = child<QMessageBox>(dialog.data(), u"forgetHubKeyConfirm"_s);
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowExposed(confirm.data()));
    STEP(click(child<QPushButton>(confirm.data(), u"confirmForgetButton"_s)));
    QTRY_VERIFY(confirm.isNull());
    QVERIFY(alice.profile->settings().pinnedHubFingerprint(address).isEmpty());
    QCOMPARE(keyLabel->text(), u"(none)"_s);
    QVERIFY(!forget->isEnabled());
}

void TestGui::hubKeyChangeShowsBothKeys()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    const QString address = u"127.0.0.1:%1"_s.arg(hub.port());
    const QString wrong(64, u'c');
    alice.profile->settings().pinHub(address, wrong); // as if another hub had been here before
    STEP(alice.submitLogin(u"alice"_s, u"127.0.0.1"_s, QString::number(hub.port())));

    auto *box = child<QWidget>(alice.login.get(), u"hubKeyChangedBox"_s);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(child<QLabel>(alice.login.get(), u"loginStatusLabel"_s)
                ->text()
                .contains(u"This may be an attack"_s));
    const QString presented = alice.client->hub()->presentedHubFingerprint();
    QVERIFY(!presented.isEmpty());
    QVERIFY(presented != wrong);
    QCOMPARE(child<QLabel>(alice.login.get(), u"pinnedHubKeyLabel"_s)->text(), shownKey(wrong));
    QCOMPARE(child<QLabel>(alice.login.get(), u"presentedHubKeyLabel"_s)->text(),
             shownKey(presented));
    QCOMPARE(alice.client->hub()->state(), HubConnection::State::Offline);

    // Alice knows the hub was reinstalled: she forgets the old key and the new one is pinned.
    STEP(click(child<QPushButton>(alice.login.get(), u"forgetHubKeyButton"_s)));
    QVERIFY(!box->isVisible());
    QSignalSpy accepted(alice.login.get(), &QDialog::accepted);
    STEP(click(child<QPushButton>(alice.login.get(), u"connectButton"_s)));
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(alice.profile->settings().pinnedHubFingerprint(address), presented);
}

void TestGui::allowLegacyAction()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));
    auto *action = child<QAction>(alice.window.get(), u"allowLegacyAction"_s);
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked()); // off by default
    QVERIFY(!alice.client->legacyChatsAllowed());

    // While off, the address dialog does not offer plain text.
    QPointer<ConnectAddressDialog> dialog;
    STEP(openConnectDialog(alice, &dialog));
    QVERIFY(!child<QCheckBox>(dialog.data(), u"legacyCheckBox"_s)->isEnabled());
    STEP(click(child<QPushButton>(dialog.data(), u"addressCancelButton"_s)));
    QTRY_VERIFY(dialog.isNull());

    action->trigger();
    QVERIFY(action->isChecked());
    QVERIFY(alice.client->legacyChatsAllowed());
    STEP(openConnectDialog(alice, &dialog));
    auto *legacy = child<QCheckBox>(dialog.data(), u"legacyCheckBox"_s);
    QVERIFY(legacy->isEnabled());
    QVERIFY(!legacy->isChecked()); // still a choice per chat
    STEP(click(child<QPushButton>(dialog.data(), u"addressCancelButton"_s)));
    QTRY_VERIFY(dialog.isNull());

    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!alice.client->legacyChatsAllowed());
}

void TestGui::legacyUserTaggedNotEncrypted()
{
    HubFixture hub;
    hub.config().allowLegacy = true;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));
    LegacyClient carol; // the original CLI: plain text, no key
    QVERIFY(carol.connectTo(hub.port()));
    carol.sendText("carol");
    QTRY_VERIFY(rowShowing(alice.usersView(), u"carol"_s).isValid());
    QCOMPARE(badgeOf(alice, u"carol"_s), UserDelegate::Badge::NotEncrypted);
    QCOMPARE(UserDelegate::badgeText(UserDelegate::Badge::NotEncrypted), u"not encrypted"_s);
    QCOMPARE(badgeOf(alice, u"alice"_s), UserDelegate::Badge::None);

    // Legacy chats are off: the chat says why instead of connecting in plain text.
    STEP(doubleClickUser(alice, u"carol"_s));
    QTRY_COMPARE(alice.tabs()->count(), 1);
    ChatWidget *chat = alice.currentChat();
    QCOMPARE(chat->session()->endReason(), ChatSession::EndReason::LegacyNotAllowed);
    QCOMPARE(stateOf(chat), u"Chat ended"_s);
    QCOMPARE(child<QLabel>(chat, u"encryptionLabel"_s)->text(), u"Not encrypted"_s);
    auto *hint = child<QLabel>(chat, u"inputHintLabel"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Allow Unencrypted Legacy Chats"_s));
    QVERIFY(!alice.tabs()->tabIcon(0).isNull());
}

void TestGui::legacyChatByAddress()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));
    QTcpServer oldClient; // where the original CLI listens for chats
    QVERIFY(oldClient.listen(QHostAddress::LocalHost, 0));
    child<QAction>(alice.window.get(), u"allowLegacyAction"_s)->trigger();

    QPointer<ConnectAddressDialog> dialog;
    STEP(openConnectDialog(alice, &dialog));
    STEP(typeInto(child<QLineEdit>(dialog.data(), u"addressEdit"_s), u"127.0.0.1"_s));
    STEP(typeInto(child<QLineEdit>(dialog.data(), u"addressPortEdit"_s),
                  QString::number(oldClient.serverPort())));
    auto *legacy = child<QCheckBox>(dialog.data(), u"legacyCheckBox"_s);
    QTest::mouseClick(legacy, Qt::LeftButton, {}, QPoint(8, legacy->height() / 2));
    QVERIFY(legacy->isChecked());
    STEP(click(child<QPushButton>(dialog.data(), u"addressConnectButton"_s)));
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY(oldClient.hasPendingConnections());
    LegacyClient dave;
    dave.adopt(oldClient.nextPendingConnection());

    ChatWidget *chat = alice.currentChat();
    QVERIFY(chat);
    QTRY_COMPARE(stateOf(chat), Chatting);
    auto *encryption = child<QLabel>(chat, u"encryptionLabel"_s);
    QCOMPARE(encryption->text(), u"Not encrypted"_s);
    QVERIFY(encryption->isVisible());
    QVERIFY(!child<QWidget>(chat, u"verifyButton"_s)->isVisible());
    QVERIFY(!alice.tabs()->tabIcon(0).isNull());
    QVERIFY(alice.tabs()->tabToolTip(0).contains(u"Not encrypted"_s));

    // No receipts in plain text: Alice's line says Sent, never Delivered.
    STEP(say(chat, u"hello old friend"_s));
    QVERIFY(dave.waitForText("hello old friend"));
    const QModelIndex own =
        rowShowing(child<QListView>(chat, u"messageView"_s), u"hello old friend"_s);
    QVERIFY(own.isValid());
    QCOMPARE(ChatLine::Delivery(own.data(MessageModel::DeliveryRole).toInt()),
             ChatLine::Delivery::Sent);
    QCOMPARE(MessageDelegate::deliveryText(own.data(MessageModel::DeliveryRole).toInt()),
             u"Sent"_s);
    dave.sendText("hi alice");
    QTRY_VERIFY(linesOf(chat).contains(u"hi alice"_s));
    dave.sendText("EOM");
    QTRY_COMPARE(stateOf(chat), u"Chat ended"_s);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
