// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiperson.h"

#include "usersmodel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

using ui::ChatWidget;
using ui::IncomingChatPrompt;

void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    edit->clear();
    for (const QChar c : text) {
        // keyClicks() only knows ASCII; other characters come as the text of a key event.
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QCOMPARE(edit->text(), text);
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void activate(QWidget *window)
{
    QVERIFY(window);
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

QStringList lines(const QAbstractItemView *view)
{
    QStringList out;
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    for (int row = 0; model && row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(Qt::DisplayRole).toString());
    return out;
}

QModelIndex rowShowing(const QAbstractItemView *view, const QString &text)
{
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return {};
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
    return found.isEmpty() ? QModelIndex() : found.first();
}

GuiPerson::GuiPerson(const QString &userName)
    : name(userName)
{
    auto opened = client::Profile::openAt(dir.filePath(userName), userName);
    if (!opened)
        qFatal("profile: %s", qUtf8Printable(opened.error()));
    profile = std::move(opened).value();
    client = std::make_unique<client::Client>(profile.get());
    if (const auto listening = client->startListening(0); !listening)
        qFatal("listen: %s", qUtf8Printable(listening.error()));
    login = std::make_unique<ui::LoginDialog>(client.get());
}

GuiPerson::~GuiPerson() = default;

void GuiPerson::restart(quint16 hubPort)
{
    window.reset();
    login.reset();
    client.reset();
    profile.reset();
    auto opened = client::Profile::openAt(dir.filePath(name), name);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    profile = std::move(opened).value();
    client = std::make_unique<client::Client>(profile.get());
    const auto listening = client->startListening(0);
    QVERIFY(listening.ok());
    login = std::make_unique<ui::LoginDialog>(client.get());
    if (hubPort != 0)
        STEP(logInQuickly(hubPort));
    else
        STEP(openWindow());
}

void GuiPerson::submitLogin(const QString &userName, const QString &host, const QString &port)
{
    login->show();
    QVERIFY(QTest::qWaitForWindowExposed(login.get()));
    STEP(typeInto(child<QLineEdit>(login.get(), u"nameEdit"_s), userName));
    STEP(typeInto(child<QLineEdit>(login.get(), u"hostEdit"_s), host));
    STEP(typeInto(child<QLineEdit>(login.get(), u"portEdit"_s), port));
    STEP(click(child<QPushButton>(login.get(), u"connectButton"_s)));
}

void GuiPerson::logIn(quint16 hubPort)
{
    QSignalSpy accepted(login.get(), &QDialog::accepted);
    STEP(submitLogin(name, u"127.0.0.1"_s, QString::number(hubPort)));
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(!login->isVisible());
    STEP(openWindow());
}

void GuiPerson::logInQuickly(quint16 hubPort)
{
    login->setHub(u"127.0.0.1"_s, hubPort);
    login->setUserName(name);
    login->show();
    QSignalSpy accepted(login.get(), &QDialog::accepted);
    login->logIn();
    QTRY_COMPARE(accepted.count(), 1);
    STEP(openWindow());
}

void GuiPerson::openWindow()
{
    window = std::make_unique<ui::MainWindow>(client.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

ChatWidget *GuiPerson::chatAt(int index) const
{
    return tabs() ? qobject_cast<ChatWidget *>(tabs()->widget(index)) : nullptr;
}

ChatWidget *GuiPerson::currentChat() const
{
    return tabs() ? qobject_cast<ChatWidget *>(tabs()->currentWidget()) : nullptr;
}

QString GuiPerson::label(const QString &objectName) const
{
    const auto *found = child<QLabel>(window.get(), objectName);
    return found ? found->text() : u"<no %1>"_s.arg(objectName);
}

IncomingChatPrompt *GuiPerson::visiblePrompt() const
{
    if (!window)
        return nullptr;
    const auto prompts = window->findChildren<IncomingChatPrompt *>(u"incomingPrompt"_s);
    for (IncomingChatPrompt *prompt : prompts) {
        if (prompt->isVisible())
            return prompt;
    }
    return nullptr;
}

QString stateOf(const ChatWidget *chat)
{
    const auto *label = child<QLabel>(chat, u"chatStateLabel"_s);
    return label ? label->text() : u"<no chat>"_s;
}

bool canType(const ChatWidget *chat)
{
    const auto *edit = child<QLineEdit>(chat, u"messageEdit"_s);
    return edit && edit->isEnabled();
}

QStringList linesOf(const ChatWidget *chat)
{
    return lines(child<QListView>(chat, u"messageView"_s));
}

void say(ChatWidget *chat, const QString &text)
{
    auto *edit = child<QLineEdit>(chat, u"messageEdit"_s);
    STEP(typeInto(edit, text));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->text(), QString()); // taken: sent, or EOM handled
}

void doubleClickUser(const GuiPerson &person, const QString &name)
{
    QListView *view = person.usersView();
    QVERIFY(view);
    QTRY_VERIFY(rowShowing(view, name).isValid());
    const QModelIndex index = rowShowing(view, name);
    view->scrollTo(index);
    const QPoint center = view->visualRect(index).center();
    // A real double-click: press and release, then the double-click on the same row.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, center);
}

namespace {
// `to` accepts the prompt that comes up; returns its new chat.
void acceptPrompt(GuiPerson &from, GuiPerson &to, int toCount, ChatWidget **toChat)
{
    QTabWidget *toTabs = to.tabs();
    QPointer<IncomingChatPrompt> prompt;
    QTRY_VERIFY((prompt = to.visiblePrompt()));
    QCOMPARE(child<QLabel>(prompt.data(), u"incomingTitleLabel"_s)->text(),
             u"%1 wants to chat"_s.arg(from.name));
    QCOMPARE(toTabs->count(), toCount); // nothing opens before the answer
    STEP(click(child<QPushButton>(prompt.data(), u"acceptButton"_s)));
    QTRY_VERIFY(prompt.isNull());
    QTRY_COMPARE(toTabs->count(), toCount + 1);
    *toChat = to.currentChat();
    QVERIFY(*toChat);
    QCOMPARE(toTabs->tabText(toTabs->currentIndex()), from.name);
}
} // namespace

void openChatWithClicks(GuiPerson &from, GuiPerson &to, ChatWidget **fromChat, ChatWidget **toChat)
{
    QTabWidget *fromTabs = from.tabs();
    QVERIFY(fromTabs && to.tabs());
    const int fromCount = fromTabs->count();
    const int toCount = to.tabs()->count();
    STEP(doubleClickUser(from, to.name));
    QTRY_COMPARE(fromTabs->count(), fromCount + 1);
    ChatWidget *outgoing = from.currentChat();
    QVERIFY(outgoing);
    QCOMPARE(fromTabs->tabText(fromTabs->currentIndex()), to.name);
    ChatWidget *incoming = nullptr;
    STEP(acceptPrompt(from, to, toCount, &incoming));
    QTRY_COMPARE(stateOf(outgoing), Chatting);
    QCOMPARE(stateOf(incoming), Chatting);
    QVERIFY(canType(outgoing));
    QVERIFY(canType(incoming));
    *fromChat = outgoing;
    *toChat = incoming;
}

void openChatDirectly(GuiPerson &from, GuiPerson &to, ChatWidget **fromChat, ChatWidget **toChat)
{
    QTRY_VERIFY(from.client->users()->find(to.name).has_value());
    QVERIFY(to.tabs());
    const int toCount = to.tabs()->count();
    client::ChatSession *session = from.client->chatWith(*from.client->users()->find(to.name));
    ChatWidget *incoming = nullptr;
    STEP(acceptPrompt(from, to, toCount, &incoming));
    *toChat = incoming;
    *fromChat = from.window->chatWidgetFor(session);
    QVERIFY(*toChat && *fromChat);
    QTRY_VERIFY((*fromChat)->session()->isActive());
    QTRY_VERIFY((*toChat)->session()->isActive());
}

} // namespace chatbuddy::test
