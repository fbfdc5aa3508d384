// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One hub client connection on a bare non-blocking socket, driven by the Transport's poller.
// The first byte decides what it is: 0x16 starts a TLS 1.3 handshake (run on a handshake
// thread, see Handshakes; then newline-delimited JSON frames through a bounded FrameDecoder);
// anything else is the original plain-text CLI, served only when legacy mode is on, with its
// text commands translated to and from messages.
//
// Not a QObject, and no buffers while idle: an idle session is its SSL state and this.

#include "connection.h"
#include "framecodec.h"
#include "poller.h"

#include <QList>

#include <memory>

using SSL = struct ssl_st;

namespace chatbuddy::hub {

class Directory;
class TlsSocket;
class Transport;
struct HandshakeOutcome;

class TlsConnection final : public Connection, public Poller::Handler {
public:
    // Takes over the accepted socket descriptor. The directory is told about the connection
    // at once, so limits count it before TLS (or legacy text) has been seen.
    TlsConnection(Transport *transport, quint64 id, int fd);
    ~TlsConnection();

    quint64 id() const override { return m_id; }
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }
    QString peerFingerprint() const override { return m_fingerprint; }
    QString peerKeyProblem() const override { return m_keyProblem; }
    bool isLegacy() const override { return m_mode == Mode::Legacy; }
    void send(const Message &message) override;
    void sendEncoded(const QList<Message> &messages, const QByteArray &encoded) override;
    qint64 pendingOutputBytes() const override { return m_out.size() - m_outPos; }
    void close() override;
    void abort() override;

    bool isFinished() const { return m_finished; }
    // Still in a handshake thread's hands: the object must live until it comes back.
    bool isAway() const { return m_away; }
    void onEvents(std::uint32_t events) override;
    void handshakeFinished(HandshakeOutcome &outcome);
    // Writes what is queued, as far as the socket takes it (the Transport calls this once per
    // event-loop turn for every connection that queued something).
    void flush();
    // The close grace period (see close()) is over.
    void graceExpired();

private:
    enum class Mode { Undecided, Handshake, Tls, Legacy };

    void decideMode();
    void readFrames();
    void readLegacyText();
    void drainInput();
    // Reads up to size bytes: > 0 read, 0 nothing for now; -1: the connection ended (finished).
    qsizetype receive(char *data, qsizetype size);
    void queue(QByteArrayView bytes);
    void writeLegacy(const Message &message);
    void becomeLegacy();
    void continueClosing();
    void startGrace();
    void watch(std::uint32_t events);
    void finish(const QString &reason);

    Transport *m_transport;
    Directory *m_directory;
    quint64 m_id;
    int m_fd;
    SSL *m_ssl = nullptr; // owned once the handshake came back
    Mode m_mode = Mode::Undecided;
    std::uint32_t m_events = 0; // what the poller watches for
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_fingerprint;
    QString m_keyProblem;
    FrameDecoder m_decoder;
    QByteArray m_out; // queued output (plain text or frames before encryption)
    qsizetype m_outPos = 0;
    QList<Message> m_held;       // messages sent before the mode was known
    int m_legacyListOffset = -1; // legacy: paging a LIST answer; -1 when idle
    bool m_legacyNamed = false;  // legacy: the first chunk (the name) was seen
    bool m_away = false;
    bool m_closing = false;
    bool m_halfClosed = false; // our side sent FIN; reading and discarding until the client's
    bool m_finished = false;
    bool m_flushQueued = false;
    bool m_writeWaitsForRead = false; // TLS: SSL_write wants input first
    QString m_closeReason;
};

} // namespace chatbuddy::hub
