// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;

namespace chatbuddy::client {
class ChatSession;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

// Decides what deserves the user's attention (a chat request; a message in a chat that is not
// in front), keeps the unread counts, and shows both through the system tray when there is one.
// Without a tray (offscreen, some desktops) it decides and counts all the same, so tests and the
// window title can rely on it.
class Notifier : public QObject {
    Q_OBJECT
public:
    // Tells whether the user can see this chat right now (its tab is current in the active window).
    using FrontCheck = std::function<bool(client::ChatSession *)>;

    // settings is the profile's and is not owned; it must outlive the notifier.
    Notifier(QSettings *settings, FrontCheck isInFront, QObject *parent = nullptr);
    ~Notifier() override;

    // Counts (and notifies) the messages session receives while it is not in front.
    void watch(client::ChatSession *session);
    // An incoming chat request; windowInFront: the user sees the window, the prompt is enough.
    void chatRequested(client::ChatSession *session, bool windowInFront);
    // Forgets the unread messages of the chats that are in front now.
    void updateFront();

    int unreadTotal() const { return m_total; }
    int unreadCount(client::ChatSession *session) const { return m_unread.value(session); }
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

    // Settings keys (the profile's QSettings).
    static QString enabledKey();
    static QString doNotDisturbKey();

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
    void setCount(client::ChatSession *session, int count);
    void updateTray();

    QSettings *m_settings;
    FrontCheck m_isInFront;
    QHash<client::ChatSession *, int> m_unread;
    int m_total = 0;
    QPointer<client::ChatSession> m_lastSession;
    QAction *m_doNotDisturbAction;     // child
    QSystemTrayIcon *m_tray = nullptr; // child
    std::unique_ptr<QMenu> m_trayMenu;
    QIcon m_baseIcon;
};

} // namespace chatbuddy::ui
