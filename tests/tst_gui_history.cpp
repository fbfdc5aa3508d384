// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations that last, as a user sees them, offscreen with a real hub in the process: a
// finished chat is still there after a restart, an offline contact is listed and its
// conversation opens, Chat again keeps what was said, scrolling up loads older pages, and
// search finds a message and jumps to it; a message written to an offline contact reaches
// them when they log in, and turns Delivered.

#include "chatwidget.h"
#include "findbar.h"
#include "historysearchdialog.h"
#include "mainwindow.h"
#include "messagedelegate.h"

#include "client.h"
#include "conversationmodel.h"
#include "guiperson.h"
#include "history.h"
#include "hubfixture.h"
#include "messagemodel.h"
#include "peoplemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;
using namespace chatbuddy::ui;

namespace {
const QString CarolKey = u"ca401000000000000000000000000000000000000000000000000000000000000"_s;

QListView *messageView(const ChatWidget *chat)
{
    return child<QListView>(chat, u"messageView"_s);
}

// Both log in to a started hub and Alice opens a chat that Bob accepts.
void startChatting(HubFixture &hub, GuiPerson &alice, GuiPerson &bob, ChatWidget **aliceChat,
                   ChatWidget **bobChat)
{
    QVERIFY(hub.start());
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    STEP(openChatDirectly(alice, bob, aliceChat, bobChat));
}

// Carol, a contact from earlier chats (she is never online in these tests), with `count`
// messages over the last days; the one at `special` says `specialText`.
qint64 addCarol(History *history, int count, int special = -1,
                const QString &specialText = QString())
{
    const qint64 carol = history->contactFor(u"carol"_s, CarolKey).id;
    history->save(carol);
    const QDateTime start = QDateTime::currentDateTime().addDays(-3);
    for (int i = 0; i < count; ++i) {
        ChatLine line;
        line.kind = i % 2 ? ChatLine::Kind::Incoming : ChatLine::Kind::Outgoing;
        line.sender = i % 2 ? u"carol"_s : u"alice"_s;
        line.text = i == special ? specialText : u"line %1"_s.arg(i);
        line.time = start.addSecs(i * 600);
        line.delivery = i % 2 ? ChatLine::Delivery::None : ChatLine::Delivery::Delivered;
        history->append(carol, line);
    }
    history->flush();
    return carol;
}
} // namespace

class TestGuiHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finishedChatIsThereAfterARestart()
    {
        HubFixture hub;
        GuiPerson alice(u"alice"_s);
        GuiPerson bob(u"bob"_s);
        ChatWidget *aliceChat = nullptr;
        ChatWidget *bobChat = nullptr;
        STEP(startChatting(hub, alice, bob, &aliceChat, &bobChat));
        STEP(activate(bob.window.get())); // Bob looks at the chat: he reads what comes
        STEP(say(aliceChat, u"hello bob"_s));
        QTRY_VERIFY(linesOf(bobChat).contains(u"hello bob"_s));
        STEP(say(bobChat, u"hi alice, see you tomorrow"_s));
        QTRY_VERIFY(linesOf(aliceChat).contains(u"hi alice, see you tomorrow"_s));
        STEP(say(aliceChat, u"EOM"_s));
        QTRY_VERIFY(bobChat->session()->isEnded());

        // Bob goes away; Alice quits and starts again, not even logged in.
        bob.window.reset();
        bob.client.reset();
        STEP(alice.restart(0));
        QListView *people = alice.usersView();
        QTRY_VERIFY(rowShowing(people, u"bob"_s).isValid());
        const QModelIndex bobRow = rowShowing(people, u"bob"_s);
        QCOMPARE(bobRow.data(PeopleModel::OnlineRole).toBool(), false);
        QVERIFY(bobRow.data(PeopleModel::LastSeenRole).toDateTime().isValid());
        // Double-click the offline contact: the conversation opens.
        STEP(doubleClickUser(alice, u"bob"_s));
        QTRY_VERIFY(alice.currentChat());
        ChatWidget *conversation = alice.currentChat();
        QCOMPARE(conversation->contact(), bobRow.data(PeopleModel::ContactRole).toLongLong());
        const QStringList shown = linesOf(conversation);
        QVERIFY2(shown.contains(u"hello bob"_s), qPrintable(shown.join(u" | "_s)));
        QVERIFY(shown.contains(u"hi alice, see you tomorrow"_s));
        QVERIFY(shown.contains(u"You ended the chat."_s));
        // Its delivery state too (read receipts are on by default).
        const QAbstractItemModel *model = conversation->lines();
        const QModelIndex own =
            model->match(model->index(0, 0), Qt::DisplayRole, u"hello bob"_s, 1, Qt::MatchExactly)
                .value(0);
        QCOMPARE(MessageDelegate::deliveryText(own.data(MessageModel::DeliveryRole).toInt()),
                 MessageDelegate::deliveryText(int(ChatLine::Delivery::Read)));
        QVERIFY(stateOf(conversation).startsWith(u"Offline"_s));

        // Bob is offline, but Alice can write to him: the message waits for him.
        QVERIFY(canType(conversation));
        QVERIFY(child<QPushButton>(conversation, u"endChatButton"_s)->isHidden()); // no chat
        STEP(alice.client->logIn(u"127.0.0.1"_s, hub.port(), u"alice"_s));
        QTRY_VERIFY(alice.client->hub()->isOnline());
        STEP(say(conversation, u"are you there?"_s));
        QTRY_VERIFY(linesOf(conversation).contains(u"are you there?"_s));
        const auto stateOfQuestion = [model] {
            const QModelIndex row = model
                                        ->match(model->index(0, 0), Qt::DisplayRole,
                                                u"are you there?"_s, 1, Qt::MatchExactly)
                                        .value(0);
            return MessageDelegate::deliveryText(row.data(MessageModel::DeliveryRole).toInt());
        };
        // In Bob's mailbox on the hub (sealed): Sent.
        QTRY_COMPARE(stateOfQuestion(),
                     MessageDelegate::deliveryText(int(ChatLine::Delivery::Sent)));

        // Bob starts ChatBuddy and logs in: the message is in his conversation with Alice, and
        // Alice sees it Delivered.
        STEP(bob.restart(hub.port()));
        STEP(doubleClickUser(bob, u"alice"_s));
        QTRY_VERIFY(bob.currentChat());
        QTRY_VERIFY(linesOf(bob.currentChat()).contains(u"are you there?"_s));
        QTRY_COMPARE(stateOfQuestion(),
                     MessageDelegate::deliveryText(int(ChatLine::Delivery::Delivered)));
    }

    void chatAgainKeepsWhatWasSaid()
    {
        HubFixture hub;
        GuiPerson alice(u"alice"_s);
        GuiPerson bob(u"bob"_s);
        ChatWidget *aliceChat = nullptr;
        ChatWidget *bobChat = nullptr;
        STEP(startChatting(hub, alice, bob, &aliceChat, &bobChat));
        STEP(say(aliceChat, u"first chat"_s));
        QTRY_VERIFY(linesOf(bobChat).contains(u"first chat"_s));
        STEP(say(bobChat, u"EOM"_s));
        QTRY_VERIFY(aliceChat->session()->isEnded());
        const int bobTabs = bob.tabs()->count();

        // Alice types into the ended chat: a new chat starts and takes the message along.
        QVERIFY(canType(aliceChat));
        auto *edit = child<QLineEdit>(aliceChat, u"messageEdit"_s);
        STEP(typeInto(edit, u"second try"_s));
        QTest::keyClick(edit, Qt::Key_Return);
        // Bob knows Alice's key from the first chat: her new chat is taken without asking.
        QTRY_VERIFY(linesOf(bob.currentChat()).contains(u"second try"_s));
        QVERIFY(!bob.visiblePrompt());
        QCOMPARE(alice.tabs()->count(), 1); // the same tab
        QCOMPARE(alice.currentChat(), aliceChat);
        const QStringList shown = linesOf(aliceChat);
        QVERIFY2(shown.indexOf(u"first chat"_s) >= 0 &&
                     shown.indexOf(u"first chat"_s) < shown.indexOf(u"second try"_s),
                 qPrintable(shown.join(u" | "_s)));
        // Bob's side keeps the first chat above the second one in one tab too.
        QTRY_COMPARE(bob.tabs()->count(), bobTabs);
        QVERIFY(linesOf(bob.currentChat()).contains(u"first chat"_s));
    }

    void scrollingUpLoadsOlderPages()
    {
        GuiPerson alice(u"alice"_s);
        const qint64 carol = addCarol(alice.client->history(), 300);
        STEP(alice.restart(0));
        ChatWidget *chat = alice.window->openConversation(carol);
        QVERIFY(chat);
        QListView *view = messageView(chat);
        QTRY_COMPARE(view->model()->rowCount(), ConversationModel::PageSize);
        QCOMPARE(linesOf(chat).last(), u"line 299"_s);
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        const QString firstShown = view->model()->index(0, 0).data().toString();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
        QTRY_COMPARE(view->model()->rowCount(), 2 * ConversationModel::PageSize);
        // The line that was at the top is still in view: the page came in above it.
        const QModelIndex kept = rowShowing(view, firstShown);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(kept)));
        while (view->model()->rowCount() < 300) {
            const int before = view->model()->rowCount();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
            QTRY_VERIFY(view->model()->rowCount() > before);
        }
        QCOMPARE(linesOf(chat).first(), u"line 0"_s);
    }

    void searchFindsAMessageAndJumpsToIt()
    {
        GuiPerson alice(u"alice"_s);
        addCarol(alice.client->history(), 400, 17, u"the zebra crossing on Main Street"_s);
        STEP(alice.restart(0));
        auto *action = alice.window->findChild<QAction *>(u"findInHistoryAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
        activate(alice.window.get());
        QTest::keyClick(alice.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = alice.window->findChild<HistorySearchDialog *>(u"historySearchDialog"_s);
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto *edit = child<QLineEdit>(dialog, u"historySearchEdit"_s);
        STEP(typeInto(edit, u"zebr"_s));
        auto *results = child<QListWidget>(dialog, u"historySearchResults"_s);
        QTRY_COMPARE(results->count(), 1);
        QVERIFY(dialog->resultAt(0).contactName == u"carol"_s);
        QVERIFY(HistorySearchDialog::resultHtml(dialog->resultAt(0)).contains(u"<b>zebr"_s));
        QTest::keyClick(edit, Qt::Key_Return); // to the results
        QTRY_VERIFY(results->hasFocus());
        QTest::keyClick(results, Qt::Key_Return); // open it
        QTRY_VERIFY(alice.currentChat());
        ChatWidget *chat = alice.currentChat();
        QListView *view = messageView(chat);
        const QModelIndex current = view->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data().toString(), u"the zebra crossing on Main Street"_s);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(current)));

        // Find in the conversation: Ctrl+Alt+F, the words, Enter for the next match.
        activate(alice.window.get());
        QTest::keyClick(alice.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        auto *findBar = child<FindBar>(chat, u"findBar"_s);
        QTRY_VERIFY(findBar->isVisible());
        auto *findEdit = child<QLineEdit>(findBar, u"findInConversationEdit"_s);
        QTRY_VERIFY(findEdit->hasFocus());
        STEP(typeInto(findEdit, u"line 39"_s));
        QTest::keyClick(findEdit, Qt::Key_Return);
        QTRY_COMPARE(findBar->matchCount(), 11); // "line 39" and "line 390" to "line 399"
        QCOMPARE(child<QLabel>(findBar, u"findCountLabel"_s)->text(), u"1 of 11"_s);
        QCOMPARE(view->currentIndex().data().toString(), u"line 399"_s);
        QTest::keyClick(findEdit, Qt::Key_Return);
        QTRY_COMPARE(view->currentIndex().data().toString(), u"line 398"_s);
        QTest::keyClick(findEdit, Qt::Key_Escape);
        QTRY_VERIFY(!findBar->isVisible());
    }

    void removingAContactAsksAboutItsConversation()
    {
        GuiPerson alice(u"alice"_s);
        const qint64 carol = addCarol(alice.client->history(), 5);
        STEP(alice.restart(0));
        QTRY_VERIFY(rowShowing(alice.usersView(), u"carol"_s).isValid());
        alice.window->removeContact(carol);
        auto *question = alice.window->findChild<QMessageBox *>(u"removeContactQuestion"_s);
        QTRY_VERIFY(question && question->isVisible());
        QVERIFY(question->text().contains(u"carol"_s));
        question->checkBox()->setChecked(true);
        QPushButton *remove = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                remove = qobject_cast<QPushButton *>(button);
        }
        click(remove);
        QTRY_VERIFY(!rowShowing(alice.usersView(), u"carol"_s).isValid());
        QVERIFY(alice.client->history()->before(carol, 0, 10).isEmpty());
    }
};

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
