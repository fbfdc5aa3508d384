// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One connection to a chat peer, below the chat's state machine: the socket, TLS with our
// identity, telling a plain-text (legacy) caller from TLS by its first byte, the keep-alive,
// and messages in and out (frames decoded and validated here; ping answered here).
//
//   outgoing TLS:    connectTls()       → encrypted()  → messageReceived()…
//   outgoing plain:  connectPlainText() → connected()  → textReceived()…
//   incoming:        accept(fd)         → encrypted() or plainTextDetected() → …
//   any time:        silent() (keep-alive), invalidInput(), disconnected()

#include "framecodec.h"
#include "heartbeat.h"
#include "messages.h"

#include <QAbstractSocket>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <optional>

class QSslSocket;

namespace chatbuddy {
class Identity;
}

namespace chatbuddy::client {

class PeerLink : public QObject {
    Q_OBJECT
public:
    enum class Close { Graceful, Abort };

    PeerLink(const Identity &identity, QObject *parent = nullptr);
    ~PeerLink() override;

    void connectTls(const QString &host, quint16 port);
    // To the original plain-text CLI: NOT encrypted.
    void connectPlainText(const QString &host, quint16 port);
    // An accepted connection. Its first byte tells TLS from a plain-text caller
    // (plainTextDetected()); with plainTextAfter, silence that long means plain text too (the
    // original CLI says nothing until its user types).
    bool accept(qintptr socketDescriptor, std::optional<std::chrono::milliseconds> plainTextAfter);

    bool isEncrypted() const;
    bool isPlainText() const { return m_plainText; }
    bool isConnected() const;
    QString peerHost() const;
    quint16 peerPort() const;
    QSslCertificate peerCertificate() const;
    QAbstractSocket::SocketError error() const;
    QString errorString() const;

    void send(const Message &message);
    // Plain-text mode: bytes exactly as the CLI expects them.
    void sendText(const QByteArray &bytes);
    // Pings every interval once started; silent() after timeout without a frame.
    void startKeepAlive(std::chrono::milliseconds interval, std::chrono::milliseconds timeout);
    // Stops all signals; Graceful flushes what was sent (eom, error) before closing.
    void close(Close how);
    // Hands the encrypted socket over (a transfer link, docs/protocol.md §10): this link lets
    // go of it and is closed. Null when it is not encrypted, or when bytes past the last frame
    // were read already (the peer did not wait for its turn).
    QSslSocket *takeSocket();

Q_SIGNALS:
    void connected(); // outgoing: TCP is up (TLS, if any, comes next)
    void encrypted();
    void plainTextDetected(); // incoming: the caller is a plain-text peer
    void messageReceived(const chatbuddy::Message &message);
    void textReceived(const QByteArray &bytes); // plain-text mode
    // The peer sent something that is not a valid frame or message; an error frame went back.
    void invalidInput(const QString &detail);
    void silent();
    // The connection failed or the peer closed it; see error() and errorString().
    void disconnected();

private:
    void lowDelay();
    void onReadyRead();
    void readFramesNow();
    void stopSniffing();

    QSslSocket *m_socket; // child
    FrameDecoder m_decoder;
    Heartbeat m_heartbeat;
    QTimer m_sniffTimer;
    bool m_sniffing = false;
    bool m_plainText = false;
    bool m_closed = false;
};

} // namespace chatbuddy::client
