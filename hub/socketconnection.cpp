// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketconnection.h"

#include "directory.h"
#include "identity.h"
#include "legacytext.h"
#include "messages.h"

#include <QSslSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
constexpr qint64 LegacyChunk = 1024; // the CLI sends a name or a short command at a time
constexpr char TlsHandshakeRecord = 0x16;
// The original CLI never talks to the hub while it waits for or holds a chat, so no idle
// timer can tell it from a dead peer; TCP keep-alive can: probes after 60 s of silence, every
// 10 s, 6 unanswered ones mean gone (about 2 minutes).
constexpr int KeepAliveIdleSeconds = 60;
constexpr int KeepAliveIntervalSeconds = 10;
constexpr int KeepAliveProbes = 6;

void enableKeepAlive(qintptr descriptor)
{
    const int on = 1;
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_KEEPIDLE, &KeepAliveIdleSeconds,
                 sizeof KeepAliveIdleSeconds);
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_KEEPINTVL, &KeepAliveIntervalSeconds,
                 sizeof KeepAliveIntervalSeconds);
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_KEEPCNT, &KeepAliveProbes,
                 sizeof KeepAliveProbes);
}
} // namespace

// Over 60 lines: every socket signal is wired here, so the ways a connection ends can be
// read together.
SocketConnection::SocketConnection(quint64 id, qintptr socketDescriptor,
                                   const QSslConfiguration &tls, bool allowLegacy,
                                   Directory *directory, std::chrono::milliseconds closeGrace,
                                   std::chrono::milliseconds handshakeTimeout, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(new QSslSocket(this))
    , m_directory(directory)
    , m_allowLegacy(allowLegacy)
{
    m_graceTimer.setSingleShot(true);
    m_closeGrace = closeGrace;
    m_handshakeTimeout = handshakeTimeout;
    connect(&m_graceTimer, &QTimer::timeout, this,
            [this] { finish(u"closed after the grace period"_s); });

    // Qt buffers at most this much input; FrameDecoder bounds the rest.
    m_socket->setReadBufferSize(MaxFrameSize);
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_fingerprint = fingerprintOf(m_socket->peerCertificate());
        if (!m_fingerprint.isEmpty())
            m_keyProblem = keyProblem(m_socket->peerCertificate());
        m_directory->connectionSecured(this);
        if (m_closing) {
            m_graceTimer.start(m_closeGrace); // the handshake is done: the usual grace to flush
            continueClosing();                // close() came during the handshake: flush now
        } else
            readFrames();
    });
    // While closing, each write that completes may let the close go on. Queued: QSslSocket
    // announces bytesWritten before it moves the ciphertext on, so only after the signal do
    // the byte counts tell whether anything is still on its way.
    const auto wroteWhileClosing = [this] {
        if (m_closing && !m_halfClosed && !m_finished)
            QMetaObject::invokeMethod(this, &SocketConnection::continueClosing,
                                      Qt::QueuedConnection);
    };
    connect(m_socket, &QSslSocket::bytesWritten, this, wroteWhileClosing);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, wroteWhileClosing);
    connect(m_socket, &QSslSocket::readyRead, this, &SocketConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this,
            [this] { finish(m_closing ? m_closeReason : u"the client closed the connection"_s); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_closing && e == QAbstractSocket::RemoteHostClosedError)
            finish(m_closeReason);
        else if (e == QAbstractSocket::RemoteHostClosedError && m_mode == Mode::Tls &&
                 !m_socket->isEncrypted())
            finish(u"closed before the TLS handshake completed"_s);
        else if (e == QAbstractSocket::RemoteHostClosedError)
            finish(u"the client closed the connection"_s);
        else if (m_mode == Mode::Tls && !m_socket->isEncrypted()) {
            // Not from inside the signal: Qt still has to send OpenSSL's alert (e.g.
            // protocol_version to a TLS 1.2 client), which an abort here would drop.
            m_closing = true;
            m_closeReason = u"TLS handshake failed: %1"_s.arg(m_socket->errorString());
            QMetaObject::invokeMethod(
                this, [this] { finish(m_closeReason); }, Qt::QueuedConnection);
        } else
            finish(m_socket->errorString());
    });
    // sslErrors is only informational under QueryPeer (self-signed client certificates are
    // expected); the key is checked by fingerprint when the client registers.

    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        m_directory->connectionOpened(this);
        finish(u"cannot adopt socket: %1"_s.arg(m_socket->errorString()));
        return;
    }
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    // Small frames (presence right after a reply) must not wait for the client's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_directory->connectionOpened(this);
}

SocketConnection::~SocketConnection()
{
    if (!m_finished) {
        m_finished = true;
        m_directory->connectionClosed(this, u"hub stopped"_s);
    }
}

void SocketConnection::onReadyRead()
{
    if (m_closing && m_mode != Mode::Undecided) {
        // Closing: what the client still sends is read and dropped (see continueClosing()).
        if (m_mode == Mode::Legacy || m_socket->isEncrypted())
            m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_mode == Mode::Undecided)
        decideMode();
    if (m_mode == Mode::Tls)
        readFrames();
    else if (m_mode == Mode::Legacy)
        readLegacyText();
}

void SocketConnection::decideMode()
{
    if (m_finished)
        return; // a closing connection still decides: a held refusal must go out right
    char first = 0;
    // In unencrypted mode QSslSocket peeks at the raw socket without consuming, so a TLS
    // handshake can still start on the same bytes.
    if (m_socket->peek(&first, 1) != 1)
        return;
    if (first == TlsHandshakeRecord) {
        m_mode = Mode::Tls;
        m_socket->startServerEncryption();
        for (const Message &message : std::as_const(m_held))
            m_socket->write(encodeFrame(messageToJson(message))); // sent after the handshake
        m_held.clear();
        return;
    }
    if (!m_allowLegacy) {
        m_mode = Mode::Legacy; // plain text, to say why in words it can print
        m_socket->write("ChatBuddy hub: only encrypted ChatBuddy clients are accepted here.\n");
        m_held.clear();
        if (!m_closing) {
            m_closing = true;
            m_closeReason = u"not a TLS client (plain-text legacy clients are off; start the "
                            "hub with --allow-legacy to accept them)"_s;
            startGraceTimer();
        }
        continueClosing();
        return;
    }
    becomeLegacy();
}

void SocketConnection::becomeLegacy()
{
    m_mode = Mode::Legacy;
    enableKeepAlive(m_socket->socketDescriptor());
    m_directory->connectionSecured(this);
    for (const Message &message : std::as_const(m_held))
        writeLegacy(message);
    m_held.clear();
    if (m_closing)
        continueClosing();
}

void SocketConnection::readFrames()
{
    // One frame at a time, never reading more than the decoder has room for, so a client can
    // never make the hub buffer more than one frame.
    if (m_closing || m_finished || !m_socket->isEncrypted())
        return;
    const bool decoded = chatbuddy::readFrames(*m_socket, m_decoder, [this](const QJsonObject &f) {
        ProtocolError problem;
        if (const std::optional<Message> message = parseMessage(f, &problem))
            m_directory->messageReceived(this, *message);
        else
            m_directory->invalidInput(this, problem);
        return !m_closing && !m_finished;
    });
    if (!decoded)
        m_directory->invalidInput(this, {m_decoder.errorCode(), m_decoder.errorString()});
}

void SocketConnection::readLegacyText()
{
    // The CLI sends its name, then commands such as LIST, each in one send() and without a
    // newline: a command ends at a newline or at the end of what arrived together.
    while (!m_closing && !m_finished) {
        const QByteArray chunk = m_socket->read(LegacyChunk);
        if (chunk.isEmpty())
            return;
        const QList<QString> lines = legacy::splitLines(chunk);
        for (const QString &text : lines) {
            if (!m_legacyNamed) {
                m_legacyNamed = true;
                Hello hello;
                hello.name = text.left(64);
                hello.port = DefaultChatPort; // the CLI always waits for chats on 9090
                m_directory->messageReceived(this, hello);
            } else {
                switch (legacy::parseCommand(text)) {
                case legacy::Command::List: {
                    m_legacyListOffset = 0;
                    ListRequest request;
                    request.limit = MaxListLimit;
                    m_directory->messageReceived(this, request);
                    break;
                }
                case legacy::Command::Exit:
                    close();
                    break;
                case legacy::Command::Other:
                    // Unknown text still counts against the rate limit; the pong is not shown.
                    m_directory->messageReceived(this, Ping{});
                    break;
                }
            }
            if (m_closing || m_finished)
                return;
        }
    }
}

void SocketConnection::writeLegacy(const Message &message)
{
    if (const auto *page = std::get_if<UserList>(&message)) {
        m_socket->write(legacy::userListText(*page));
        const qint64 next = qint64(page->offset) + page->users.size();
        if (m_legacyListOffset >= 0 && !page->users.isEmpty() && next < page->total) {
            // Ask for the next page from the event loop, not from inside this reply.
            m_legacyListOffset = int(next); // below page->total, an int
            QMetaObject::invokeMethod(
                this,
                [this, next = int(next)] {
                    if (m_closing || m_finished)
                        return;
                    ListRequest request;
                    request.offset = next;
                    request.limit = MaxListLimit;
                    m_directory->messageReceived(this, request);
                },
                Qt::QueuedConnection);
        } else {
            m_legacyListOffset = -1;
        }
    } else if (const auto *error = std::get_if<ErrorReply>(&message)) {
        m_socket->write(legacy::errorText(error->message));
    } else if (std::holds_alternative<Shutdown>(message)) {
        m_socket->write(legacy::shutdownText());
    }
    // welcome, presence, pong, user: the CLI has no words for them
}

void SocketConnection::send(const Message &message)
{
    if (m_closing || m_finished)
        return;
    switch (m_mode) {
    case Mode::Undecided:
        m_held.append(message); // e.g. a refusal at accept time: sent once the mode is known
        break;
    case Mode::Tls:
        m_socket->write(encodeFrame(messageToJson(message)));
        break;
    case Mode::Legacy:
        writeLegacy(message);
        break;
    }
}

void SocketConnection::sendEncoded(const QList<Message> &messages, const QByteArray &encoded)
{
    if (m_closing || m_finished)
        return;
    if (m_mode == Mode::Tls)
        m_socket->write(encoded);
    else
        Connection::sendEncoded(messages, encoded);
}

qint64 SocketConnection::pendingOutputBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void SocketConnection::close()
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_closeReason = u"closed by the hub"_s;
    startGraceTimer();
    continueClosing();
}

void SocketConnection::startGraceTimer()
{
    const bool handshakePending =
        m_mode == Mode::Undecided || (m_mode == Mode::Tls && !m_socket->isEncrypted());
    m_graceTimer.start(handshakePending ? m_handshakeTimeout + m_closeGrace : m_closeGrace);
}

void SocketConnection::continueClosing()
{
    // Send what is queued, then half-close and keep reading (and dropping) until the client
    // closes too: closing a socket with unread input makes the kernel reset the connection,
    // which throws away whatever has not left yet, often the `error` that says why.
    if (!m_closing || m_finished || m_halfClosed)
        return;
    switch (m_mode) {
    case Mode::Undecided:
        if (!m_held.isEmpty())
            return; // a held refusal waits for the first byte, which says how to send it
        break;
    case Mode::Tls:
        if (!m_socket->isEncrypted())
            return; // closing during the handshake would stall it; `encrypted` goes on
        m_socket->skip(m_socket->bytesAvailable());
        break;
    case Mode::Legacy:
        m_socket->skip(m_socket->bytesAvailable());
        break;
    }
    if (pendingOutputBytes() > 0)
        return; // bytesWritten comes back here
    m_halfClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void SocketConnection::abort()
{
    if (m_finished)
        return;
    m_closing = true;
    finish(u"aborted by the hub"_s);
}

void SocketConnection::finish(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_graceTimer.stop();
    m_socket->abort();
    m_directory->connectionClosed(this, reason);
    Q_EMIT finished();
}

} // namespace chatbuddy::hub
