// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconnection.h"

#include "directory.h"
#include "identity.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
constexpr qint64 ReadChunk = 16 * 1024;
}

TlsConnection::TlsConnection(quint64 id, qintptr socketDescriptor, const QSslConfiguration &tls,
                             Directory *directory, std::chrono::milliseconds closeGrace,
                             QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(new QSslSocket(this))
    , m_directory(directory)
{
    m_graceTimer.setSingleShot(true);
    m_graceTimer.setInterval(closeGrace);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        finish(u"closed after the grace period"_s);
    });

    // Qt buffers at most this much decrypted input; FrameDecoder bounds the rest.
    m_socket->setReadBufferSize(MaxFrameSize);
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_fingerprint = fingerprintOf(m_socket->peerCertificate());
        if (m_closing)
            m_socket->disconnectFromHost();  // close() came during the handshake: flush now
        else
            readFrames();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &TlsConnection::readFrames);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        finish(m_closing ? m_closeReason : u"the client closed the connection"_s);
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && !m_socket->isEncrypted())
            finish(u"closed before the TLS handshake completed"_s);
        else if (e == QAbstractSocket::RemoteHostClosedError)
            finish(u"the client closed the connection"_s);
        else if (!m_socket->isEncrypted())
            finish(u"TLS handshake failed: %1"_s.arg(m_socket->errorString()));
        else
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
    // Encryption starts first so that even a refusal (limits) goes out inside TLS.
    m_socket->startServerEncryption();
    m_directory->connectionOpened(this);
}

TlsConnection::~TlsConnection()
{
    if (!m_finished) {
        m_finished = true;
        m_directory->connectionClosed(this, u"hub stopped"_s);
    }
}

void TlsConnection::readFrames()
{
    // Frames are handled one by one, reading no more than the decoder has room for, so a
    // client can never make the hub buffer more than one frame.
    while (!m_closing && !m_finished && m_socket->isEncrypted()) {
        while (auto frame = m_decoder.next()) {
            m_directory->frameReceived(this, *frame);
            if (m_closing || m_finished)
                return;
        }
        if (m_decoder.hasError()) {
            m_directory->framingFailed(this, m_decoder.errorCode(), m_decoder.errorString());
            return;
        }
        const qint64 room = std::min<qint64>(m_decoder.room(), ReadChunk);
        const QByteArray chunk = m_socket->read(room);
        if (chunk.isEmpty())
            return;
        m_decoder.feed(chunk);
    }
}

void TlsConnection::sendFrame(const QJsonObject &frame)
{
    if (m_closing || m_finished)
        return;
    m_socket->write(encodeFrame(frame));
}

qint64 TlsConnection::pendingOutputBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void TlsConnection::close()
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_closeReason = u"closed by the hub"_s;
    m_graceTimer.start();
    // Queued frames are flushed first; the grace timer bounds how long a client that does not
    // read can keep the connection. During the handshake, closing would stall it, so the
    // refusal waits for `encrypted`.
    if (m_socket->isEncrypted())
        m_socket->disconnectFromHost();
}

void TlsConnection::abort()
{
    if (m_finished)
        return;
    m_closing = true;
    finish(u"aborted by the hub"_s);
}

void TlsConnection::finish(const QString &reason)
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
