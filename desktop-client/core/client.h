// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client core in one object: profile, hub connection, chat listener and the open chats.
// The widgets and the tests drive ChatBuddy through this class and its members only.

#include "chatsession.h"
#include "messages.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace chatbuddy::client {

class HubConnection;
class PeerListener;
class Profile;
class UsersModel;

class Client : public QObject {
    Q_OBJECT
public:
    // profile is not owned and must outlive the client.
    explicit Client(Profile *profile, QObject *parent = nullptr);
    ~Client() override;

    Profile *profile() const { return m_profile; }
    HubConnection *hub() const { return m_hub; }
    PeerListener *listener() const { return m_listener; }
    UsersModel *users() const;

    // Opens the chat listener (preferred port, any free one if taken) and tells the hub
    // connection which port to advertise.
    bool startListening(quint16 preferredPort, QString *errorString = nullptr);
    // Logs in: hub connection with the listener's port.
    void logIn(const QString &host, quint16 port, const QString &name);

    // Starts a chat with a user from the directory (key checked against it). A legacy user
    // gets a plain-text chat if legacy chats are allowed, else an ended LegacyNotAllowed one.
    ChatSession *chatWith(const UserInfo &user);
    // "Allow unencrypted legacy chats" (off by default; kept in the profile's settings).
    bool legacyChatsAllowed() const;
    void setLegacyChatsAllowed(bool allowed);
    // Starts a chat with a bare address (unverified until the user accepts the key).
    // legacy=true opens a plain-text chat to the original CLI (only if legacy chats are
    // allowed); a TLS chat never falls back to plain text.
    ChatSession *chatWithAddress(const QString &host, quint16 port, bool legacy = false);
    // Forgets an ended chat (ends it first if still open) and deletes it later.
    void closeChat(ChatSession *session);
    QList<ChatSession *> sessions() const;
    // The keep-alive of every chat from now on (tests shorten it).
    void setChatKeepAlive(const ChatSession::KeepAlive &keepAlive) { m_keepAlive = keepAlive; }

Q_SIGNALS:
    // An outgoing chat was created.
    void chatStarted(chatbuddy::client::ChatSession *session);
    // An incoming chat passed the key checks and waits for accept()/decline().
    void chatRequested(chatbuddy::client::ChatSession *session);
    // A possible attack was detected (a chat was refused); message is for the user.
    void securityWarning(const QString &message);

private:
    void adopt(ChatSession *session);
    void onIncoming(ChatSession *session);

    Profile *m_profile;
    HubConnection *m_hub;       // child
    PeerListener *m_listener;   // child
    QList<QPointer<ChatSession>> m_sessions;  // children
    ChatSession::KeepAlive m_keepAlive;
};

} // namespace chatbuddy::client
