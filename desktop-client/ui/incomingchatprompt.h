// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatsession.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;

namespace chatbuddy::ui {

// Asks, without blocking anything else, whether to accept a chat someone started with us; it
// closes itself if the other side gives up first.
class IncomingChatPrompt : public QDialog {
    Q_OBJECT
public:
    // session is not owned; the prompt only reads it and watches for its end.
    explicit IncomingChatPrompt(client::ChatSession *session, QWidget *parent = nullptr);

    client::ChatSession *session() const { return m_session; }

Q_SIGNALS:
    // The user pressed Accept.
    void acceptRequested(chatbuddy::client::ChatSession *session);
    // The user pressed Decline, Escape or closed the prompt.
    void declineRequested(chatbuddy::client::ChatSession *session);
    // The chat ended before the user answered; the prompt is closing by itself.
    void withdrawn(chatbuddy::client::ChatSession *session);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    // Sets the verdict on the caller's key in verified and key; the two keys when it changed.
    QFormLayout *describeTrust(QLabel *verified, QLabel *key, const QString &name);

    QPointer<client::ChatSession> m_session;
    bool m_answered = false;
};

} // namespace chatbuddy::ui
