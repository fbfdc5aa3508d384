// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the directory needs of one client connection, whatever the transport under it.

#include "messages.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace chatbuddy::hub {

class Connection {
public:
    virtual ~Connection() = default;

    // Unique for the lifetime of the hub process; never reused.
    virtual quint64 id() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    // Hex SHA-256 of the client's public key from TLS; empty before the handshake or without
    // a client certificate.
    virtual QString peerFingerprint() const = 0;
    // Why the client's TLS key is not accepted (see keyProblem() in identity.h); empty when it
    // is, and before the handshake.
    virtual QString peerKeyProblem() const = 0;
    // True for a plain-text client of the original ChatBuddy CLI (hub --allow-legacy): no
    // key, no encryption; the transport translates its text commands to and from frames.
    virtual bool isLegacy() const { return false; }
    // Queues one message; messages after close() are dropped.
    virtual void send(const Message &message) = 0;
    // Queues several messages at once, already encoded (encodeFrame() of each, in order)
    // because the same bytes go to many connections (presence). A transport that writes JSON
    // lines sends `encoded` as it is; the default sends each message.
    virtual void sendEncoded(const QList<Message> &messages, const QByteArray &encoded)
    {
        Q_UNUSED(encoded);
        for (const Message &message : messages)
            send(message);
    }
    // Bytes queued but not yet written to the network.
    virtual qint64 pendingOutputBytes() const = 0;
    // Sends what is queued, then closes; no more messages are delivered from this connection.
    virtual void close() = 0;
    // Closes at once, dropping what is queued. The transport may report the close
    // (Directory::connectionClosed) from inside this call.
    virtual void abort() = 0;
};

} // namespace chatbuddy::hub
