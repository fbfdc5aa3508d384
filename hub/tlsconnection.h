// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hub client connection over QSslSocket: TLS 1.3, client certificate requested, bounded
// reading through FrameDecoder.

#include "connection.h"
#include "framecodec.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QSslSocket;

namespace chatbuddy::hub {

class Directory;

class TlsConnection : public QObject, public Connection {
    Q_OBJECT
public:
    // Takes over the accepted socket descriptor and starts the server handshake. The
    // directory is told about the connection at once (limits count it before TLS is done).
    TlsConnection(quint64 id, qintptr socketDescriptor, const QSslConfiguration &tls,
                  Directory *directory, std::chrono::milliseconds closeGrace,
                  QObject *parent = nullptr);
    ~TlsConnection() override;

    quint64 id() const override { return m_id; }
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }
    QString peerFingerprint() const override { return m_fingerprint; }
    void sendFrame(const QJsonObject &frame) override;
    qint64 pendingOutputBytes() const override;
    void close() override;
    void abort() override;

    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // The socket is closed and the directory has been told; safe to delete.
    void finished();

private:
    void readFrames();
    void finish(const QString &reason);

    quint64 m_id;
    QSslSocket *m_socket;  // child
    Directory *m_directory;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_fingerprint;
    FrameDecoder m_decoder;
    QTimer m_graceTimer;  // bounds how long a closing connection may take to flush
    bool m_closing = false;
    bool m_finished = false;
    QString m_closeReason;
};

} // namespace chatbuddy::hub
