// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client core in one object, and the only door into it: the profile's settings, the hub
// connection, the chat listener and its port policy, the open chats (one per person), and
// the unread count. The widgets and the tests drive ChatBuddy through this class only.

#include "chatsession.h"
#include "messages.h"
#include "result.h"
#include "settings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace chatbuddy::client {

class ChatRecorder;
class Courier;
class Transfers;
class History;
class HubConnection;
class HubFinder;
class HostedHub;
class PeerListener;
class PeopleModel;
class Profile;
class Settings;
class UsersModel;

class Client : public QObject {
    Q_OBJECT
public:
    enum class Transport { Encrypted, PlainText };

    // profile is not owned and must outlive the client.
    explicit Client(Profile *profile, QObject *parent = nullptr);
    ~Client() override;

    Settings &settings() const;
    QString profileName() const;
    QString fingerprint() const; // our own key's
    HubConnection *hub() const { return m_hub; }
    // The hubs found on the local network; not started by the client (the app starts it when
    // it shows the login dialog: tests decide for themselves).
    HubFinder *hubFinder() const { return m_hubFinder; }
    // The hub this app can run itself ("Host a hub on this computer"); not running until
    // started.
    HostedHub *hostedHub() const { return m_hostedHub; }
    // Whether this app may look for hubs on the network (off: --no-discovery, and in tests
    // unless they say so); the connection check asks again only if so.
    void setDiscoveryAllowed(bool allowed) { m_discoveryAllowed = allowed; }
    bool discoveryAllowed() const { return m_discoveryAllowed; }
    PeerListener *listener() const { return m_listener; }
    UsersModel *users() const;
    // The contacts and conversations of this profile (history.sqlite in its folder).
    History *history() const { return m_history; }
    // The contact whose conversation session writes to; 0 until its peer is known.
    qint64 contactOf(const ChatSession *session) const;
    // The people list: who is online, then the contacts who are not.
    PeopleModel *people() const { return m_people; }
    // True when the contact is in the directory now.
    bool isOnline(qint64 contact) const;
    // A chat with a contact who is online (chatWith() its directory entry); a sentence when
    // they are not.
    Result<ChatSession *> chatWithContact(qint64 contact);
    // Sends text to a contact: on the active chat with them if there is one, else kept as
    // Queued and delivered later (directly once they are online, or through the hub's sealed
    // mailbox). Returns the history entry of a queued message, 0 when it went on a chat.
    Result<qint64> sendToContact(qint64 contact, const QString &text);
    // The delivery of queued messages and the mailbox (docs/delivery.md).
    Courier *courier() const { return m_courier; }
    // File transfers (docs/files.md, docs/protocol.md §10). Kept in delivery.sqlite: one cut
    // by a lost link, a quit or a crash goes on when both are back.
    Transfers *transfers() const { return m_transfers; }
    // Off: chats do not offer "files" (tests of the chat without them).
    void setFilesEnabled(bool enabled) { m_filesEnabled = enabled; }
    // Offers a file on session; its line is added to the conversation. The transfer id.
    Result<QString> sendFile(ChatSession *session, const QString &path);
    // Sends a file to a contact: on the active chat with them, else it waits in our queue and
    // is offered when both are online (a chat is opened for it).
    Result<QString> sendFileToContact(qint64 contact, const QString &path);
    // The chat a transfer was last offered on (null if none is open).
    ChatSession *chatOfTransfer(const QString &id) const;
    // "Keep history" and for how long: stored in the settings and applied.
    void setKeepHistory(bool keep);
    void setHistoryKeepFor(Settings::KeepFor keepFor);
    // Our name as the hub registered it, else the one we log in with.
    QString myName() const;

    // Opens the chat listener on the port the settings ask for (the fixed one, else the
    // automatic choice; any free port if that is taken) and keeps following that policy.
    Status startListening();
    // Opens the chat listener on exactly this port (0: any); tests use it.
    Status startListening(quint16 port);
    // The automatic choice: 9090, or 9091 while legacy chats are allowed, because the
    // original CLI on this computer can only wait for chats on 9090.
    quint16 automaticChatPort() const;
    // The port to try first: the fixed one from the settings, else automaticChatPort().
    quint16 preferredChatPort() const;
    // Stores the chat port (0: automatic) and applies it: listens there if it differs from
    // the one in use and tells the hub (by logging in again). True if the port moved.
    bool setChatPort(quint16 fixedPort);
    // Logs in: hub connection with the listener's port.
    void logIn(const QString &host, quint16 port, const QString &name);

    // The open chat with the person called name, if any.
    ChatSession *openChatWith(const QString &name) const;
    // A chat with a user from the directory (key checked against it): the open chat with them
    // if there is one, else a new one. A legacy user gets a plain-text chat if legacy chats
    // are allowed, else an ended LegacyNotAllowed one.
    ChatSession *chatWith(const UserInfo &user);
    // A chat with a bare address (unverified until the user accepts the key). PlainText is
    // for the original CLI, only if legacy chats are allowed; TLS never falls back to it.
    ChatSession *chatWithAddress(const QString &host, quint16 port,
                                 Transport transport = Transport::Encrypted);
    // Starts a new chat in place of an ended one (chatRestarted()): the same address for a
    // chat by address (as plain text when the peer turned out to be a plain-text one), else
    // whoever has the name in the directory now. Fails with a sentence when they are not online.
    Result<ChatSession *> chatAgain(ChatSession *ended);
    // Says goodbye (eom) to every open chat; true if any was open.
    bool endAllChats();
    // Forgets a chat (ends it first if still open) and deletes it later.
    void closeChat(ChatSession *session);
    QList<ChatSession *> sessions() const;

    // "Allow unencrypted legacy chats" (off by default). Also moves an automatic chat port.
    bool legacyChatsAllowed() const;
    void setLegacyChatsAllowed(bool allowed);
    // The timeouts of every chat from now on (tests shorten them).
    void setChatTiming(const ChatSession::Timing &timing) { m_timing = timing; }

    // The chat the user is looking at now (null when the window is not in front): its new
    // messages are read at once; those of the others count as unread until it is viewed.
    // Read means the peer gets a read receipt, when the chat uses them.
    void setChatInView(ChatSession *session);
    ChatSession *chatInView() const { return m_inView; }
    int unreadCount(ChatSession *session) const { return m_unread.value(session); }
    int unreadTotal() const { return m_unreadTotal; }

Q_SIGNALS:
    // An outgoing chat was created.
    void chatStarted(chatbuddy::client::ChatSession *session);
    // chatAgain(): fresh replaces old, which is closed right after this signal.
    void chatRestarted(chatbuddy::client::ChatSession *old, chatbuddy::client::ChatSession *fresh);
    // An incoming chat passed the key checks and waits for accept()/decline().
    void chatRequested(chatbuddy::client::ChatSession *session);
    // Someone tried to chat and was turned away without asking (a plain-text caller while
    // legacy chats are off); message is for the user.
    void incomingRefused(const QString &message);
    // A possible attack was detected (a chat was refused); message is for the user.
    void securityWarning(const QString &message);
    // A message arrived in a chat that is not in view (it counts as unread).
    void unreadMessage(chatbuddy::client::ChatSession *session,
                       const chatbuddy::ChatMessage &message);
    void unreadChanged(chatbuddy::client::ChatSession *session, int count);
    // The listener moved to another port (settings, legacy chats).
    void chatPortChanged(quint16 port);
    // session's peer is known: it writes into contact's conversation.
    void chatContactResolved(chatbuddy::client::ChatSession *session, qint64 contact);
    // A message from the hub's mailbox went into contact's conversation.
    void mailReceived(qint64 contact, const chatbuddy::ChatMessage &message);

private:
    void adopt(ChatSession *session);
    void onConnectionAccepted(qintptr socketDescriptor);
    void watchIncoming(ChatSession *session);
    void setUpDelivery();
    void setUpTransfers();                 // clientfiles.cpp
    void setUpFiles(ChatSession *session); // clientfiles.cpp
    void onFileOffered(const QString &id);
    void openChatsForFiles();
    // Known contacts' chats are taken at once (the user chatted with this key before).
    bool acceptKnownContact(ChatSession *session);
    void deliverOn(ChatSession *session);
    void onMessageReceived(ChatSession *session, const ChatMessage &message);
    void setUnread(ChatSession *session, int count);
    void onLookupFinished(const QString &name, const DirectoryAnswer &answer);
    bool followPortPolicy();
    void watchPresence();
    // Tells the hub connection who the contacts are (followed live on a big hub).
    void followContacts();
    // followContacts() once the event loop turns: a burst of contact changes (a reset of the
    // users list sets every contact's "last seen") sorts the contacts once, not per change.
    void followContactsSoon();
    void noteSeen(const UserInfo &user, bool leaving);
    bool relogInToAdvertisePort();
    // The chats as chatWith() and chatWithAddress() make them, adopted but not announced.
    ChatSession *createChat(const UserInfo &user);
    ChatSession *createChat(const QString &host, quint16 port, Transport transport);
    QString plainTextUserAt(const QString &host) const;

    Profile *m_profile;
    History *m_history; // deleted last, after the chats wrote their end
    ChatRecorder *m_recorder;
    Courier *m_courier;     // child
    Transfers *m_transfers; // child
    bool m_filesEnabled = true;
    QSet<QString> m_fileChatsTried; // keys a chat was opened for, for waiting files
    PeopleModel *m_people;
    HubConnection *m_hub;   // child
    HubFinder *m_hubFinder; // child
    HostedHub *m_hostedHub; // child
    bool m_discoveryAllowed = false;
    PeerListener *m_listener;                // child
    QList<QPointer<ChatSession>> m_sessions; // children
    QSet<const ChatSession *> m_requested;   // incoming chats the user was asked about
    QHash<const ChatSession *, int> m_unread;
    int m_unreadTotal = 0;
    QPointer<ChatSession> m_inView;
    ChatSession::Timing m_timing;
    bool m_portByPolicy = false;  // startListening() without a port: follow the settings
    bool m_followPending = false; // followContactsSoon() queued
};

} // namespace chatbuddy::client
