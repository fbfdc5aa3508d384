// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerlink.h"

#include "endpoint.h"
#include "tlsconfig.h"

#include <QPointer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
constexpr char TlsHandshakeRecord = 0x16;
constexpr qint64 PlainTextChunk = 16 * 1024;
} // namespace

PeerLink::PeerLink(const Identity &identity, QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
    // Self-signed on both sides: keys are checked by fingerprint against the directory.
    m_socket->setSslConfiguration(tlsConfiguration(identity));
    m_socket->setReadBufferSize(MaxFrameSize);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        lowDelay();
        Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        QPointer<PeerLink> alive(this);
        Q_EMIT encrypted();
        if (alive && !m_closed)
            readFramesNow(); // the peer's hello may have come with the handshake
    });
    connect(m_socket, &QSslSocket::readyRead, this, &PeerLink::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &PeerLink::disconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PeerLink::disconnected);
    connect(&m_heartbeat, &Heartbeat::pingDue, this, [this] { send(Ping{}); });
    connect(&m_heartbeat, &Heartbeat::silent, this, &PeerLink::silent);
    m_sniffTimer.setSingleShot(true);
    connect(&m_sniffTimer, &QTimer::timeout, this, [this] {
        stopSniffing();
        m_plainText = true;
        Q_EMIT plainTextDetected();
    });
}

PeerLink::~PeerLink()
{
    m_socket->disconnect(this);
}

void PeerLink::lowDelay()
{
    // A chat line is small and someone waits for it: no Nagle delay (which, with the peer's
    // delayed ACK, held a reply back by up to 40 ms).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void PeerLink::connectTls(const QString &host, quint16 port)
{
    m_socket->connectToHostEncrypted(host, port);
}

void PeerLink::connectPlainText(const QString &host, quint16 port)
{
    m_plainText = true;
    m_socket->connectToHost(host, port);
}

bool PeerLink::accept(qintptr socketDescriptor,
                      std::optional<std::chrono::milliseconds> plainTextAfter)
{
    if (!m_socket->setSocketDescriptor(socketDescriptor))
        return false;
    lowDelay();
    // Sniffed even when plain text is not served, so such a caller is told no, not left
    // failing a TLS handshake nobody hears of.
    m_sniffing = true;
    if (plainTextAfter)
        m_sniffTimer.start(*plainTextAfter);
    return true;
}

bool PeerLink::isEncrypted() const
{
    return m_socket->isEncrypted();
}

bool PeerLink::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QString PeerLink::peerHost() const
{
    return hostText(m_socket->peerAddress());
}

quint16 PeerLink::peerPort() const
{
    return m_socket->peerPort();
}

QSslCertificate PeerLink::peerCertificate() const
{
    return m_socket->peerCertificate();
}

QAbstractSocket::SocketError PeerLink::error() const
{
    return m_socket->error();
}

QString PeerLink::errorString() const
{
    return m_socket->errorString();
}

void PeerLink::send(const Message &message)
{
    if (isConnected() && !m_plainText)
        m_socket->write(encodeFrame(messageToJson(message)));
}

void PeerLink::sendText(const QByteArray &bytes)
{
    if (isConnected() && m_plainText)
        m_socket->write(bytes);
}

void PeerLink::startKeepAlive(std::chrono::milliseconds interval, std::chrono::milliseconds timeout)
{
    m_heartbeat.start(interval, timeout);
}

void PeerLink::close(Close how)
{
    m_closed = true;
    m_heartbeat.stop();
    stopSniffing();
    // Stop listening first so the close below cannot re-enter; queued bytes (eom, error) are
    // still flushed by disconnectFromHost().
    m_socket->disconnect(this);
    if (how == Close::Graceful && isConnected()) {
        m_socket->flush(); // hand eom to the kernel now, in case we are deleted right after
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
}

QSslSocket *PeerLink::takeSocket()
{
    if (m_closed || !m_socket->isEncrypted() || m_decoder.bufferedBytes() > 0)
        return nullptr;
    m_closed = true;
    m_heartbeat.stop();
    stopSniffing();
    m_socket->disconnect(this);
    m_socket->setParent(nullptr);
    QSslSocket *socket = m_socket;
    m_socket = new QSslSocket(this); // unconnected: what is asked of this link stays harmless
    return socket;
}

void PeerLink::stopSniffing()
{
    m_sniffing = false;
    m_sniffTimer.stop();
}

void PeerLink::onReadyRead()
{
    if (m_sniffing) {
        char first = 0;
        // Unencrypted QSslSocket peeks without consuming: TLS can still start on these bytes.
        if (m_socket->peek(&first, 1) != 1)
            return;
        stopSniffing();
        if (first == TlsHandshakeRecord) {
            m_socket->startServerEncryption();
            return;
        }
        m_plainText = true;
        QPointer<PeerLink> alive(this);
        Q_EMIT plainTextDetected();
        if (!alive || m_closed)
            return;
        // What the caller typed already is read below, as any later text.
    }
    if (m_plainText) {
        QPointer<PeerLink> alive(this);
        while (alive && !m_closed) {
            const QByteArray chunk = m_socket->read(PlainTextChunk);
            if (chunk.isEmpty())
                return;
            Q_EMIT textReceived(chunk); // the receiver may close or delete this link
        }
        return;
    }
    if (m_socket->isEncrypted())
        readFramesNow();
}

void PeerLink::readFramesNow()
{
    QPointer<PeerLink> alive(this);
    const bool decoded = readFrames(*m_socket, m_decoder, [this, &alive](const QJsonObject &frame) {
        m_heartbeat.heard();
        ProtocolError problem;
        const std::optional<Message> message = parseMessage(frame, &problem);
        if (!message) {
            send(ErrorReply::make(problem.code, problem.message));
            Q_EMIT invalidInput(problem.message);
            return false;
        }
        if (std::holds_alternative<Ping>(*message)) {
            send(Pong{}); // answered even before hello: it is the link's, not the chat's
            return true;
        }
        if (std::holds_alternative<Pong>(*message))
            return true; // being heard is all that counts
        Q_EMIT messageReceived(*message);
        return alive && !m_closed;
    });
    if (!decoded && alive && !m_closed) {
        send(ErrorReply::make(m_decoder.errorCode(), m_decoder.errorString()));
        Q_EMIT invalidInput(m_decoder.errorString());
    }
}

} // namespace chatbuddy::client
