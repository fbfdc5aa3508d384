// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatsession.h"

#include <QPointer>
#include <QWidget>

namespace chatbuddy::client {
class Client;
class ConversationModel;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

class ChatHeader;
class ChatInput;
class FindBar;
class MessageDelegate;
class MessageView;
class TrustBanners;
class VerifyDialog;

// One conversation in a tab, put together from its parts: the header (who, encryption, key,
// trust, Verify…; "Bob is typing…" while he is), the trust banners (accept a new or changed key),
// the find bar, the conversation (earlier chats above, loaded a page at a time as the user scrolls
// up), and the input row ("EOM" alone ends the chat; afterwards typing, or Chat again, starts a new
// one). It shows a chat (a session) and, once the peer is known, that contact's whole conversation;
// or only the conversation, with a contact who is offline.
class ChatWidget : public QWidget {
    Q_OBJECT
public:
    // session (may be null) is owned by the Client, which must outlive the widget; contact is
    // the conversation to show (0: the session's, once its peer is known).
    ChatWidget(client::Client *client, client::ChatSession *session, qint64 contact,
               QWidget *parent = nullptr);
    ~ChatWidget() override;

    client::ChatSession *session() const { return m_session; }
    // Chat again, or a new chat with this contact: the conversation stays, the chat is new.
    void setSession(client::ChatSession *session);
    qint64 contact() const { return m_contact; }
    // The conversation's rows (the chat's own lines until its contact is known).
    QAbstractItemModel *lines() const;
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
    // True when what the user types goes to the contact's queue (they are offline).
    bool writesToQueue() const;
    // For the tab: a red mark for chats that are not encrypted, a warning for a changed key.
    QIcon tabIcon() const;
    // Scrolls to a line of the history (a search result) and selects it.
    bool showEntry(qint64 entry);
    // Chat again could not start a chat (the contact is offline): says why, forgets the text.
    void chatAgainFailed(const QString &message);
    // Opens the find bar (Edit ▸ Find in Conversation).
    void showFindBar();
    // Sends files (Send file…, a drop, a paste): on the chat, or kept for a contact who is not
    // online and sent when both are (chatwidgetfiles.cpp). False (and a hint) if one could not.
    bool sendFiles(const QStringList &paths);
    // Send file…: asks which files.
    void chooseFiles();
    bool canSendFiles() const;
    // A picture from the clipboard, sent as a PNG file.
    bool sendPicture(const QImage &image);
    FindBar *findBar() const { return m_findBar; }

Q_SIGNALS:
    // tabTitle() or tabIcon() changed (name known, unread count, trust, encryption).
    void titleChanged();
    // A message from the peer arrived; the main window alerts if it is in the background.
    void messageArrived();
    // The user pressed Chat again (or typed in the ended chat: sent once the new one starts).
    void chatAgainRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makeFileWidget(const QModelIndex &index, int topMargin);
    void send(const QString &text);
    void sendWhenActive(const QString &text);
    void updateState();
    QString stateText() const;
    void updateInput();
    void setContact(qint64 contact);
    void setModel(QAbstractItemModel *model);
    void onRowsInserted(int first, int last);
    void onScrolled(int value);
    void scrollToBottomLater();

    client::Client *m_client;
    QPointer<client::ChatSession> m_session;
    qint64 m_contact = 0;
    client::ConversationModel *m_conversation = nullptr; // child, once the contact is known
    QPointer<QAbstractItemModel> m_model;                // what the view shows
    MessageDelegate *m_delegate;
    ChatHeader *m_header;
    TrustBanners *m_banners;
    FindBar *m_findBar;
    MessageView *m_view;
    ChatInput *m_input;
    QPointer<VerifyDialog> m_verifyDialog;
    QString m_pendingText; // typed into the ended chat: sent when the new one is active
    int m_unread = 0;
    bool m_stickToBottom = true;
    bool m_scrollPending = false;
    bool m_loading = false;
};

} // namespace chatbuddy::ui
