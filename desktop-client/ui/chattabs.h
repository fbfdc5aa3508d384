// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;
class QTabWidget;

namespace chatbuddy::client {
class ChatSession;
class Client;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

class ChatWidget;

// The right side of the main window: one tab per chat (titled with the unread count, marked
// when not encrypted or blocked by a changed key, faded when ended), or a page that says how
// to start one when there is none.
class ChatTabs : public QStackedWidget {
    Q_OBJECT
public:
    // client is not owned and must outlive the tabs.
    explicit ChatTabs(client::Client *client, QWidget *parent = nullptr);

    // The tab of session (or of its contact's conversation, which then shows the chat), made
    // if there is none yet and left where it is; showChat() also brings it to the front.
    ChatWidget *addChat(client::ChatSession *session);
    ChatWidget *showChat(client::ChatSession *session);
    // The tab of a contact's conversation, made (without a chat) if there is none yet.
    ChatWidget *showConversation(qint64 contact);
    // Chat again: fresh goes on in old's tab, under the same conversation.
    void replaceChat(client::ChatSession *old, client::ChatSession *fresh);
    // Removes the tab at index; the chat is closed by the Client (closeRequested()).
    void closeTab(int index);
    void closeCurrent();
    void nextChat();
    void previousChat();

    ChatWidget *chatWidgetFor(const client::ChatSession *session) const;
    ChatWidget *conversationWidgetFor(qint64 contact) const;
    ChatWidget *currentChat() const;
    int count() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    // The placeholder page mentions the port friends can reach us at (0: none).
    void setChatPort(quint16 port);

Q_SIGNALS:
    // The chat in front changed (another tab, or none).
    void currentChatChanged();
    // A tab was closed; the chat should be ended and forgotten.
    void closeRequested(chatbuddy::client::ChatSession *session);
    void chatAgainRequested(chatbuddy::ui::ChatWidget *widget);
    // A message arrived in some chat.
    void messageArrived();
    // A tab's title or state changed (the window's actions follow the current one).
    void chatUpdated(chatbuddy::ui::ChatWidget *widget);

private:
    ChatWidget *makeChatWidget(client::ChatSession *session, qint64 contact);
    ChatWidget *addChatWidget(ChatWidget *widget);
    void updateTab(ChatWidget *widget);
    void updatePage();

    client::Client *m_client;
    QWidget *m_placeholder;
    QLabel *m_placeholderLabel;
    QTabWidget *m_tabs;
};

} // namespace chatbuddy::ui
