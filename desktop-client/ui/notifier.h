// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace chatbuddy::client {
class ChatSession;
class Client;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

// Tells the user about what deserves their attention (a chat request; a message in a chat that
// is not in view, by Client's one unread count) through the system tray when there is one, and
// keeps Do not disturb. Without a tray (offscreen, some desktops) it decides all the same.
class Notifier : public QObject {
    Q_OBJECT
public:
    // client is not owned and must outlive the notifier.
    explicit Notifier(client::Client *client, QObject *parent = nullptr);
    ~Notifier() override;

    // An incoming chat request; windowInFront: the user sees the window, the prompt is enough.
    void chatRequested(client::ChatSession *session, bool windowInFront);

    // Client's unread counts, as the tray shows them.
    int unreadTotal() const;
    int unreadCount(client::ChatSession *session) const;
    // Notifications are on in the settings and Do not disturb is off.
    bool notificationsAllowed() const;
    bool doNotDisturb() const;
    // Checkable, persisted; also in the tray menu. objectName "doNotDisturbAction".
    QAction *doNotDisturbAction() const { return m_doNotDisturbAction; }
    // Null when the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The chat of the latest notification (what clicking it opens); null if gone.
    client::ChatSession *lastNotified() const;
    // Rereads the settings (after the settings dialog changed them).
    void reloadSettings();

    // The tray's tooltip: the unread count and whether Do not disturb is on.
    QString toolTip() const;
    // base with count painted in a red badge at the top right (base itself for 0).
    static QIcon badgedIcon(const QIcon &base, int count);

public Q_SLOTS:
    void setDoNotDisturb(bool on);
    // The user clicked the latest notification (QSystemTrayIcon::messageClicked).
    void activateLastNotification();

Q_SIGNALS:
    // Something to show as a desktop notification (not emitted while silenced).
    void notificationRequested(const QString &title, const QString &body,
                               chatbuddy::client::ChatSession *session);
    void unreadTotalChanged(int total);
    // Bring this chat (or its request) to the front.
    void openChatRequested(chatbuddy::client::ChatSession *session);
    // The tray's Show ChatBuddy, or a click on the tray icon.
    void showWindowRequested();
    // The tray's Quit.
    void quitRequested();

private:
    void onMessage(client::ChatSession *session, const QString &text);
    void notify(const QString &title, const QString &body, client::ChatSession *session);
    void updateTray();

    client::Client *m_client;
    QPointer<client::ChatSession> m_lastSession;
    QAction *m_doNotDisturbAction;     // child
    QSystemTrayIcon *m_tray = nullptr; // child
    std::unique_ptr<QMenu> m_trayMenu;
    QIcon m_baseIcon;
};

} // namespace chatbuddy::ui
