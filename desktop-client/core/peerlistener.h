// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Listens for incoming chats: on the preferred port (9090) if free, otherwise any free port.
// It only hands over accepted connections; Client turns each into a ChatSession.

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace chatbuddy::client {

class PeerListener : public QObject {
    Q_OBJECT
public:
    explicit PeerListener(QObject *parent = nullptr);

    // Listens on preferredPort, or on any free port when that one is taken (preferredPort 0
    // means any port). Returns false only if no port at all could be opened.
    bool listen(quint16 preferredPort, const QHostAddress &address = QHostAddress::Any);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // True if the preferred port was taken and another one was used.
    bool usedFallbackPort() const { return m_fallback; }
    QString errorString() const { return m_server.errorString(); }

Q_SIGNALS:
    // A connection was accepted; the receiver owns the descriptor (and must close it).
    void connectionAccepted(qintptr socketDescriptor);

private:
    class Server : public QTcpServer {
    public:
        explicit Server(PeerListener *owner)
            : m_owner(owner)
        {
        }

    protected:
        void incomingConnection(qintptr socketDescriptor) override;

    private:
        PeerListener *m_owner;
    };

    Server m_server{this};
    bool m_fallback = false;
};

} // namespace chatbuddy::client
