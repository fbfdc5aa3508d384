// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubconnection.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class QFrame;
class QLabel;
class QStatusBar;

namespace chatbuddy::client {
class Client;
}

namespace chatbuddy::ui {

// What the main window says about the hub and about us: in the status bar, the hub's state
// (with a countdown while reconnecting), our chat port and our key; above the chats, an amber
// banner with Reconnect when the hub is lost for good. A changed hub key is not shown here but
// handed on (hubKeyChanged()) to the one red security warning.
class HubStatusBar : public QObject {
    Q_OBJECT
public:
    // client is not owned and must outlive this; the labels go into statusBar, the banner is
    // made with bannerParent and placed by the window.
    HubStatusBar(client::Client *client, QStatusBar *statusBar, QWidget *bannerParent);

    QFrame *banner() const { return m_banner; }
    // "Others cannot start chats with you": shown while the hub says our chat port cannot be
    // reached from it.
    QFrame *reachabilityBanner() const { return m_reachBanner; }
    // What to tell the user about a port the hub could not reach (banner, connection check).
    static QString unreachableAdvice(quint16 port, const QString &detail);
    // Rereads the chat port (after the settings or the legacy choice moved it).
    void updateChatPort();
    // The passing "connected" message, once the window is on screen.
    void greet();
    // Hides the banner and forgets the last error (Reconnect was chosen).
    void clearError();

Q_SIGNALS:
    void reconnectRequested();
    void connectionCheckRequested(); // "Details…" on the reachability banner
    // The hub showed another key than the pinned one; message says what and how to resolve it.
    void hubKeyChanged(const QString &message);

private:
    void updateState();
    void onStateChanged(client::HubConnection::State state);
    void onError(client::HubConnection::Error error, const QString &message);
    void onReachability(const chatbuddy::Reachability &reach);

    client::Client *m_client;
    QStatusBar *m_statusBar;
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QFrame *m_reachBanner;
    QLabel *m_reachLabel;
    QLabel *m_stateLabel;
    QLabel *m_chatPortLabel;
    QLabel *m_fingerprintLabel;
    QTimer m_countdownTimer;
    QDeadlineTimer m_reconnectDeadline;
    QString m_lastError;
    bool m_keyChanged = false; // the last failure was a changed hub key
    bool m_wasOnline = false;
    bool m_greeted = false;
};

} // namespace chatbuddy::ui
