// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace chatbuddy::ui {

class MessageDelegate;

// One chat in a tab: who it is with and whether their key checked out, the messages, and the
// line to type in; "EOM" alone ends the chat, and afterwards it offers to chat again.
class ChatWidget : public QWidget {
    Q_OBJECT
public:
    // session is not owned (the Client owns it); myFingerprint is used for the safety number.
    explicit ChatWidget(client::ChatSession *session, const QString &myFingerprint,
                        QWidget *parent = nullptr);
    ~ChatWidget() override;

    client::ChatSession *session() const { return m_session; }
    // "Bob", or "192.168.1.5:9090" while the peer's name is not known yet.
    QString peerTitle() const;
    // peerTitle() with the unread count: "Bob (2)".
    QString tabTitle() const;
    int unreadCount() const { return m_unread; }
    void markRead();
    void focusInput();
    // Ends the chat if it is still open (same as the End chat button).
    void endChat();
    // A short line above the input, e.g. "Bob is not online right now."; empty hides it.
    void showHint(const QString &text, bool isError = false);

Q_SIGNALS:
    // tabTitle() changed (name known, unread count).
    void titleChanged();
    // A message from the peer arrived; the main window alerts if it is in the background.
    void messageArrived();
    // The user pressed Chat again after the end.
    void chatAgainRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void send();
    void updateState();
    void updateHeader();
    void updateSendEnabled();
    void onRowsInserted(int first, int last);
    void scrollToBottomLater();
    void copySelection();

    QPointer<client::ChatSession> m_session;
    QString m_myFingerprint;
    MessageDelegate *m_delegate;
    QLabel *m_peerNameLabel;
    QLabel *m_stateLabel;
    QLabel *m_endpointLabel;
    QLabel *m_keyLabel;
    QLabel *m_verifiedLabel;
    QListView *m_view;
    QLabel *m_hintLabel;
    QLineEdit *m_edit;
    QPushButton *m_sendButton;
    QPushButton *m_endButton;
    QPushButton *m_againButton;
    int m_unread = 0;
    bool m_tooLong = false;
    bool m_stickToBottom = true;
    bool m_scrollPending = false;
};

} // namespace chatbuddy::ui
