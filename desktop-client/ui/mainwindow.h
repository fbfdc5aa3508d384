// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages.h"
#include "result.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QSplitter;

namespace chatbuddy::client {
class ChatSession;
class Client;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

class ChatTabs;
class ChatWidget;
class HistorySearchDialog;
class HubStatusBar;
class TransferStatus;
class Notifier;
class SecurityBanner;
class SettingsDialog;
class UsersPanel;

// The main window, put together from its parts: the security banner and the hub banner on
// top, the users panel and the chat tabs side by side, the hub status bar below; plus the
// menus, the prompts for incoming chats, the dialogs, and closing to the tray or quitting.
// What a chat is and who to chat with is Client's business; this window shows and asks.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // client is not owned and must outlive the window.
    explicit MainWindow(client::Client *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The tab showing session, if any.
    ChatWidget *chatWidgetFor(client::ChatSession *session) const;
    ChatWidget *currentChat() const;
    // Tray and desktop notifications.
    Notifier *notifier() const { return m_notifier; }
    // True when the user can see session: its tab is current in the active, visible window.
    bool isChatInFront(client::ChatSession *session) const;

public Q_SLOTS:
    // Opens a chat with the selected user (or focuses the open one).
    void chatWithSelected();
    void connectByAddress();
    void showIdentity();
    // The key pinned for the current hub, with Forget.
    void showHubKey();
    // The safety number of the current chat.
    void verifyCurrentChat();
    void showAbout();
    // Help ▸ Check My Connection…: hub link, key, chat port, discovery in one place.
    void checkConnection();
    // File ▸ Host a Hub on This Computer; stopping asks first when others use it.
    void toggleHostedHub(bool start);
    int othersOnHostedHub() const;
    bool confirmStopHostedHub();
    // Closes the current tab, ending its chat if it is still open.
    void closeCurrentChat();
    void focusFilter();
    void reconnect();
    // File → Settings… (or raises the open one).
    SettingsDialog *showSettings();
    // Shows (from the tray, minimized) and activates the window.
    void showAndRaise();
    // Brings session's chat to the front, or its waiting request (a clicked notification).
    void showChat(client::ChatSession *session);
    void nextChat();
    void previousChat();
    // Quits even when the window would stay in the tray (File → Quit, tray → Quit).
    void quit();
    // Edit ▸ Find in History… (or raises the open one).
    HistorySearchDialog *showHistorySearch();
    // Edit ▸ Find in Conversation: the find bar of the chat in front.
    void findInConversation();
    // The conversation with a contact in a tab (a chat if there is one); it comes to the front.
    ChatWidget *openConversation(qint64 contact);
    // Opens a contact's conversation at a line of it (a search result).
    ChatWidget *openEntry(qint64 contact, qint64 entry);
    // Chat ▸ Save Conversation As…: asks where (text or web page); saveConversation() writes.
    void saveConversationAs();
    Status saveConversation(const QString &path);
    // Chat ▸ Clear Conversation…, and the people list's Remove from Contacts…: both ask first.
    void clearCurrentConversation();
    void removeContact(qint64 contact);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createChatMenu();
    void createSecurityMenu();
    void createHelpMenu();
    void connectClient();
    void chatWith(const UserInfo &user);
    void onChatRequested(client::ChatSession *session);
    void acceptChat(client::ChatSession *session);
    void declineChat(client::ChatSession *session);
    void chatAgain(ChatWidget *widget);
    void updateActions();
    void updateWindowTitle();
    void updateChatInView();
    void onSettingsApplied();
    void onChatPortChanged(quint16 port);
    void showSecurityWarning(const QString &message);
    void showStatus(const QString &text, int milliseconds = 8000);
    void watchHistory();
    // The tab in front if it shows a contact's conversation; else says so and gives null.
    ChatWidget *currentConversation();
    void quitAfterGoodbyes();
    bool keepsRunningInTray() const;

    client::Client *m_client;
    SecurityBanner *m_securityBanner;
    UsersPanel *m_usersPanel;
    ChatTabs *m_tabs;
    QSplitter *m_splitter;
    HubStatusBar *m_hubStatus;
    TransferStatus *m_transferStatus;
    Notifier *m_notifier;
    QAction *m_reconnectAction = nullptr;
    QAction *m_closeChatAction = nullptr;
    QAction *m_endChatAction = nullptr;
    QAction *m_sendFileAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_allowLegacyAction = nullptr;
    QAction *m_findInConversationAction = nullptr;
    QAction *m_saveConversationAction = nullptr;
    QAction *m_clearConversationAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HistorySearchDialog> m_historySearch;
    bool m_quitting = false;
    bool m_quitRequested = false; // quit(): do not stay in the tray
    bool m_toldAboutTray = false;
};

} // namespace chatbuddy::ui
