// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted protocol client for tests: real TLS over loopback, waits that spin the event loop
// (never sleep), and access to every frame received.

#include "framecodec.h"
#include "identity.h"
#include "messages.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslSocket>

#include <memory>
#include <optional>

namespace chatbuddy::test {

// A fresh identity; aborts the test run if OpenSSL fails (nothing could work then).
Identity newIdentity(const QString &commonName = QStringLiteral("test"));

// A self-signed certificate with a key of another kind than ChatBuddy's ECDSA P-256, such as
// ("RSA", 1024), ("ED25519", 0) or ("EC", 384) for P-384: what the hub and peers must refuse.
struct Credentials {
    QSslCertificate certificate;
    QSslKey key;
};
Credentials foreignCredentials(const char *algorithm, int bits);

class TestClient : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit TestClient(QObject *parent = nullptr); // with a new identity
    explicit TestClient(const Identity &identity, QObject *parent = nullptr);

    // TLS connect to 127.0.0.1:port; true once encrypted. withCertificate=false connects
    // without presenting a client certificate.
    bool connectTo(quint16 port, bool withCertificate = true,
                   const QHostAddress &address = QHostAddress::LocalHost);
    // Plain TCP, no TLS: for garbage and legacy tests.
    bool connectPlain(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);

    // Presents these instead of the identity's (before connectTo).
    void useCredentials(const Credentials &credentials) { m_credentials = credentials; }
    // Connects from this local address, e.g. 127.0.0.2 (before connectTo/connectPlain).
    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }

    void send(const QJsonObject &frame);
    template<typename M> void send(const M &message) { send(message.toJson()); }
    void sendRaw(const QByteArray &bytes);

    // The next frame not yet taken, waiting up to timeoutMs for it.
    std::optional<QJsonObject> nextFrame(int timeoutMs = DefaultTimeoutMs);
    // The next frame of the given type, skipping (and keeping in skipped()) other types.
    std::optional<QJsonObject> waitFor(QLatin1StringView type, int timeoutMs = DefaultTimeoutMs);
    // waitFor(M::type) read as an M; nullopt when none came or it does not parse.
    template<typename M> std::optional<M> waitForMessage(int timeoutMs = DefaultTimeoutMs)
    {
        const std::optional<QJsonObject> frame = waitFor(M::type, timeoutMs);
        return frame ? M::fromJson(*frame) : std::nullopt;
    }
    // hello + welcome; nullopt (with the error frame in lastError()) if refused.
    std::optional<Welcome> registerAs(const QString &name, quint16 chatPort = 9090);
    // Waits until the peer has closed the connection.
    bool waitForDisconnected(int timeoutMs = DefaultTimeoutMs);
    // Sends `ping` and waits for its `pong`; returns the frames that came before it. The hub
    // answers in order, so this proves what it did NOT send without waiting on a clock.
    std::optional<QList<QJsonObject>> sync(int timeoutMs = DefaultTimeoutMs);

    bool isConnected() const;
    // Frames received but not yet taken.
    int pendingFrames() const { return int(m_frames.size()); }
    QList<QJsonObject> skipped() const { return m_skipped; }
    std::optional<ErrorReply> lastError() const { return m_lastError; }
    QString peerFingerprint() const; // the hub's key, from TLS
    const Identity &identity() const { return m_identity; }
    QSslSocket *socket() { return &m_socket; }
    bool decodeFailed() const { return m_decoder.hasError(); }

private:
    void onReadyRead();

    Identity m_identity;
    std::optional<Credentials> m_credentials;
    QHostAddress m_localAddress;
    QSslSocket m_socket;
    FrameDecoder m_decoder;
    QList<QJsonObject> m_frames;
    QList<QJsonObject> m_skipped;
    std::optional<ErrorReply> m_lastError;
    bool m_disconnected = false;
};

// A client with identity connected to 127.0.0.1:port and registered as name; null if it could
// not connect or was refused.
std::unique_ptr<TestClient> registeredClient(quint16 port, const QString &name,
                                             const Identity &identity = newIdentity());

} // namespace chatbuddy::test
