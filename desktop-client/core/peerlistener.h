// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Listens for incoming chats: on the preferred port (9090) if free, otherwise any free port.

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace chatbuddy::client {

class ChatSession;
class Profile;

class PeerListener : public QObject {
    Q_OBJECT
public:
    // profile is not owned and must outlive the listener.
    explicit PeerListener(Profile *profile, QObject *parent = nullptr);

    // Listens on preferredPort, or on any free port when that one is taken (preferredPort 0
    // means any port). Returns false only if no port at all could be opened.
    bool listen(quint16 preferredPort, const QHostAddress &address = QHostAddress::Any);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // True if the preferred port was taken and another one was used.
    bool usedFallbackPort() const { return m_fallback; }
    QString errorString() const { return m_server.errorString(); }
    // Serve connections that do not start TLS as plain-text legacy chats (off by default).
    void setLegacyAllowed(bool allowed) { m_allowLegacy = allowed; }

Q_SIGNALS:
    // A new incoming chat; the session has no parent yet: the receiver takes ownership.
    void incomingSession(chatbuddy::client::ChatSession *session);

private:
    class Server : public QTcpServer {
    public:
        explicit Server(PeerListener *owner) : m_owner(owner) {}
    protected:
        void incomingConnection(qintptr socketDescriptor) override;
    private:
        PeerListener *m_owner;
    };

    Profile *m_profile;
    Server m_server{this};
    bool m_fallback = false;
    bool m_allowLegacy = false;
};

} // namespace chatbuddy::client
