// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One hub client connection over QSslSocket. The first byte decides what it is: 0x16 starts a
// TLS 1.3 handshake (client certificate requested, newline-delimited JSON frames through a
// bounded FrameDecoder); anything else is the original plain-text CLI, served only when legacy
// mode is on, with its text commands translated to and from messages.

#include "connection.h"
#include "framecodec.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QSslSocket;

namespace chatbuddy::hub {

class Directory;

class SocketConnection : public QObject, public Connection {
    Q_OBJECT
public:
    // Takes over the accepted socket descriptor. The directory is told about the connection
    // at once, so limits count it before TLS (or legacy text) has been seen.
    SocketConnection(quint64 id, qintptr socketDescriptor, const QSslConfiguration &tls,
                     bool allowLegacy, Directory *directory, std::chrono::milliseconds closeGrace,
                     std::chrono::milliseconds handshakeTimeout, QObject *parent = nullptr);
    ~SocketConnection() override;

    quint64 id() const override { return m_id; }
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }
    QString peerFingerprint() const override { return m_fingerprint; }
    QString peerKeyProblem() const override { return m_keyProblem; }
    bool isLegacy() const override { return m_mode == Mode::Legacy; }
    void send(const Message &message) override;
    void sendEncoded(const QList<Message> &messages, const QByteArray &encoded) override;
    qint64 pendingOutputBytes() const override;
    void close() override;
    void abort() override;

    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // The socket is closed and the directory has been told; safe to delete.
    void finished();

private:
    enum class Mode { Undecided, Tls, Legacy };

    void onReadyRead();
    void decideMode();
    void readFrames();
    void readLegacyText();
    void writeLegacy(const Message &message);
    void becomeLegacy();
    void continueClosing();
    void finish(const QString &reason);

    quint64 m_id;
    QSslSocket *m_socket; // child
    Directory *m_directory;
    bool m_allowLegacy;
    Mode m_mode = Mode::Undecided;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_fingerprint;
    QString m_keyProblem;
    FrameDecoder m_decoder;
    QList<Message> m_held;       // messages sent before the mode was known
    bool m_legacyNamed = false;  // legacy: the first chunk (the name) was seen
    int m_legacyListOffset = -1; // legacy: paging a LIST answer; -1 when idle
    // Bounds how long a closing connection may take to flush: closeGrace once TLS is up; one
    // closed before its handshake first gets handshakeTimeout to finish it, or the refusal
    // would be cut off whenever handshakes are slow (a busy hub).
    QTimer m_graceTimer;
    std::chrono::milliseconds m_closeGrace;
    std::chrono::milliseconds m_handshakeTimeout;
    void startGraceTimer();
    bool m_closing = false;
    bool m_halfClosed = false; // our side sent FIN; reading and discarding until the client's
    bool m_finished = false;
    QString m_closeReason;
};

} // namespace chatbuddy::hub
