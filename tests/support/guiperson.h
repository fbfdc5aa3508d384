// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GUI suites' fixtures: one person at one computer (profile, client, login dialog, main
// window), and the things a user does with them (type, click, double-click someone, open a
// chat, say something), found by objectName, offscreen.

#include "chatwidget.h"
#include "incomingchatprompt.h"
#include "logindialog.h"
#include "mainwindow.h"

#include "client.h"
#include "profile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs a helper that uses QVERIFY/QCOMPARE and stops the calling test if the helper failed.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace chatbuddy::test {

inline const QString Chatting = QStringLiteral("Chatting");

template<typename T> T *child(const QObject *root, const QString &objectName)
{
    return root ? root->findChild<T *>(objectName) : nullptr;
}

// Replaces the text of a field by typing, as a user would after selecting it.
void typeInto(QLineEdit *edit, const QString &text);
// A real mouse click on a visible, enabled button.
void click(QAbstractButton *button);
// Raises and activates window, and waits until it is the active one.
void activate(QWidget *window);
// What a list view shows, one text per row (names in the users list, lines in a chat).
QStringList lines(const QAbstractItemView *view);
// The row showing text in a list view, if any.
QModelIndex rowShowing(const QAbstractItemView *view, const QString &text);

struct GuiPerson {
    explicit GuiPerson(const QString &userName);
    ~GuiPerson();

    // Types the name and the hub into the shown login dialog and presses Connect.
    void submitLogin(const QString &userName, const QString &host, const QString &port);
    // Logs in through the dialog (typing) and opens the main window, as main.cpp does.
    void logIn(quint16 hubPort);
    // The same without typing: the dialog's fields are set and Connect is pressed by code.
    void logInQuickly(quint16 hubPort);
    // Quits (window, client) and starts again with the same profile, as after a reboot; logs
    // in again if hubPort is not 0.
    void restart(quint16 hubPort);

    QTabWidget *tabs() const { return child<QTabWidget>(window.get(), QStringLiteral("chatTabs")); }
    ui::ChatWidget *chatAt(int index) const;
    ui::ChatWidget *currentChat() const;
    ui::Notifier *notifier() const { return window->notifier(); }
    QListView *usersView() const
    {
        return child<QListView>(window.get(), QStringLiteral("usersView"));
    }
    // The text of the main window's label objectName, or a marker when there is none.
    QString label(const QString &objectName) const;
    // The chat request waiting for an answer; answered prompts hide and delete themselves.
    ui::IncomingChatPrompt *visiblePrompt() const;

    // Declared in destruction order: the window goes before the client it shows.
    QString name;
    QTemporaryDir dir;
    std::unique_ptr<client::Profile> profile;
    std::unique_ptr<client::Client> client;
    std::unique_ptr<ui::LoginDialog> login;
    std::unique_ptr<ui::MainWindow> window;

private:
    void openWindow();
};

QString stateOf(const ui::ChatWidget *chat);
bool canType(const ui::ChatWidget *chat);
QStringList linesOf(const ui::ChatWidget *chat);
// Types text into the chat's input and presses Enter.
void say(ui::ChatWidget *chat, const QString &text);
// Double-clicks the user called name in the person's users list.
void doubleClickUser(const GuiPerson &person, const QString &name);
// from double-clicks `to` in the list; `to` accepts the prompt. Both chats end up active.
void openChatWithClicks(GuiPerson &from, GuiPerson &to, ui::ChatWidget **fromChat,
                        ui::ChatWidget **toChat);
// from starts the chat through its Client (no clicks on from's window, which keeps the
// windows' activation as it is); `to` accepts the prompt. Both chats end up active.
void openChatDirectly(GuiPerson &from, GuiPerson &to, ui::ChatWidget **fromChat,
                      ui::ChatWidget **toChat);

} // namespace chatbuddy::test
