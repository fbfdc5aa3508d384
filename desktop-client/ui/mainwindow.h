// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubconnection.h"
#include "messages.h"

#include <QDeadlineTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;

namespace chatbuddy::client {
class ChatSession;
class Client;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

class ChatWidget;
class IncomingChatPrompt;
class Notifier;
class SettingsDialog;

// The main window: who is online (filterable, verified and unencrypted people tagged), the chats
// in tabs, prompts for incoming chats, security warnings and settings (hub key, legacy chats)
// and, in the status bar, the hub's state and our own port and key.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // client is not owned and must outlive the window.
    explicit MainWindow(client::Client *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The tab showing session, if any.
    ChatWidget *chatWidgetFor(client::ChatSession *session) const;
    ChatWidget *currentChat() const;
    // Tray, desktop notifications and unread counts.
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

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    QWidget *createUsersPanel();
    QWidget *createChatArea();
    void createStatusBar();

    void chatWith(const UserInfo &user);
    ChatWidget *addChatTab(client::ChatSession *session);
    void onChatStarted(client::ChatSession *session);
    void onChatRequested(client::ChatSession *session);
    void acceptChat(client::ChatSession *session);
    void declineChat(client::ChatSession *session);
    void closeChatTab(int index);
    void chatAgain(ChatWidget *widget);
    void updateTabTitle(ChatWidget *widget);
    void updateChatArea();
    void updateUsersInfo();
    void updateChatButton();
    void updateHubState();
    void updateWindowTitle();
    void updateChatPortLabel();
    void onSettingsApplied();
    void showSecurityWarning(const QString &message);
    void onHubError(client::HubConnection::Error error, const QString &message);
    void onHubStateChanged(client::HubConnection::State state);
    std::optional<UserInfo> selectedUser(bool *isSelf = nullptr) const;
    QString myName() const;

    client::Client *m_client;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit = nullptr;
    QListView *m_usersView = nullptr;
    QLabel *m_userCountLabel = nullptr;
    QLabel *m_usersHintLabel = nullptr;
    QPushButton *m_chatButton = nullptr;
    QPushButton *m_connectByAddressButton = nullptr;
    QStackedWidget *m_chatArea = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QFrame *m_securityBanner = nullptr;
    QLabel *m_securityLabel = nullptr;
    QFrame *m_hubBanner = nullptr;
    QLabel *m_hubBannerLabel = nullptr;
    QLabel *m_hubStateLabel = nullptr;
    QLabel *m_chatPortLabel = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_closeChatAction = nullptr;
    QAction *m_endChatAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_allowLegacyAction = nullptr;
    Notifier *m_notifier = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    quint16 m_shownChatPort = 0;
    QTimer m_countdownTimer;
    QDeadlineTimer m_reconnectDeadline;
    QString m_lastHubError;
    int m_warningCount = 0;
    bool m_wasOnline = false;
    bool m_quitting = false;
    bool m_quitRequested = false; // quit(): do not stay in the tray
    bool m_toldAboutTray = false;
    bool m_greeted = false;
    ChatWidget *m_replacing = nullptr; // set while Chat again starts the replacement chat
};

} // namespace chatbuddy::ui
