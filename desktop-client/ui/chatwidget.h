// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatsession.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;

namespace chatbuddy::ui {

class MessageDelegate;
class VerifyDialog;

// One chat in a tab: who it is with, whether it is encrypted and how far their key is trusted
// (verify by safety number, accept a new key, a blocking warning if it changed), the messages,
// and the line to type in; "EOM" alone ends the chat, and afterwards it offers to chat again.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void send();
    void updateState();
    void updateHeader();
    void updateTrustBanners();
    void placeAcceptButton(QBoxLayout *row);
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
    QLabel *m_encryptionLabel;
    QPushButton *m_verifyButton;
    QScrollArea *m_bannerArea; // scrolls the two banners below when the window is short
    QFrame *m_keyChangedBanner;
    QLabel *m_keyChangedTitle;
    QLabel *m_previousKeyLabel;
    QLabel *m_currentKeyLabel;
    QBoxLayout *m_keyChangedButtons;
    QPushButton *m_keyChangedEndButton;
    QFrame *m_newKeyBanner;
    QLabel *m_newKeyText;
    QLabel *m_newKeyLabel;
    QBoxLayout *m_newKeyButtons;
    // One button for both banners, so tests and screen readers find exactly one.
    QPushButton *m_acceptKeyButton;
    QBoxLayout *m_acceptKeyRow = nullptr;
    QPointer<VerifyDialog> m_verifyDialog;
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
