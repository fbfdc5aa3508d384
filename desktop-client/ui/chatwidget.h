// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatsession.h"

#include <QPointer>
#include <QWidget>

namespace chatbuddy::ui {

class ChatHeader;
class ChatInput;
class MessageDelegate;
class MessageView;
class TrustBanners;
class VerifyDialog;

// One chat in a tab, put together from its parts: the header (who, encryption, key, trust,
// Verify…), the trust banners (accept a new or changed key), the messages, and the input row
// ("EOM" alone ends the chat; afterwards it offers to chat again).
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
    // Client::unreadCount() for this chat, as the tab shows it.
    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    void focusInput();
    // Ends the chat if it is still open (same as the End chat button).
    void endChat();
    // A short line above the input, e.g. "Bob is not online right now."; empty hides it.
    void showHint(const QString &text, bool isError = false);
    // Opens (or raises) the dialog that shows the safety number (the Verify… button).
    VerifyDialog *showVerifyDialog();
    // True while a changed key blocks the chat (nothing can be sent until it is accepted).
    bool isBlockedByKeyChange() const;
    // For the tab: a red mark for chats that are not encrypted, a warning for a changed key.
    QIcon tabIcon() const;

Q_SIGNALS:
    // tabTitle() or tabIcon() changed (name known, unread count, trust, encryption).
    void titleChanged();
    // A message from the peer arrived; the main window alerts if it is in the background.
    void messageArrived();
    // The user pressed Chat again after the end.
    void chatAgainRequested();

private:
    void send(const QString &text);
    void updateState();
    QString stateText() const;
    void updateInput();
    void onRowsInserted(int first, int last);
    void scrollToBottomLater();

    QPointer<client::ChatSession> m_session;
    QString m_myFingerprint;
    MessageDelegate *m_delegate;
    ChatHeader *m_header;
    TrustBanners *m_banners;
    MessageView *m_view;
    ChatInput *m_input;
    QPointer<VerifyDialog> m_verifyDialog;
    int m_unread = 0;
    bool m_stickToBottom = true;
    bool m_scrollPending = false;
};

} // namespace chatbuddy::ui
