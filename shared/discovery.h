// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hubs finding and being found on the local network (docs/protocol.md §11): UDP datagrams of
// one compact JSON object each, at most MaxDatagram bytes.
//
//   {"type":"hub-query","v":1,"nonce":"<16 random bytes, base64>"}          a client asks
//   {"type":"hub-announce","v":1,"name":"Office","port":8080,"key":"<DER SPKI, base64>",
//    "time":<ms since the epoch>,"nonce":"<the query's, or empty>","sig":"<DER, base64>"}
//
// A hub sends an announcement now and then to the broadcast address, and one in answer to
// each query (to the asker, with its nonce). `sig` is the hub's ECDSA P-256 signature with its
// identity key over signedBytes(): an announcement says which key the hub at the datagram's
// source address will show. It is never trusted instead of that key: the client still checks
// the TLS key, against the announced one and against its pin.

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

class QSslKey;

namespace chatbuddy::discovery {

inline constexpr quint16 DefaultPort = 8080; // UDP; the hub's own default TCP port number
inline constexpr qsizetype MaxDatagram = 1024;
inline constexpr qsizetype MaxNameLength = 64; // characters of a hub's name
inline constexpr qsizetype NonceSize = 16;
inline constexpr int Version = 1;

struct Query {
    QByteArray nonce; // NonceSize bytes

    friend bool operator==(const Query &, const Query &) = default;
};

struct Announcement {
    QString name;         // for people: 1 to MaxNameLength characters, no control characters
    quint16 port = 0;     // the hub's TCP port, 1 to 65535
    QByteArray publicKey; // DER SubjectPublicKeyInfo, ECDSA P-256
    qint64 time = 0;      // when it was made, ms since the epoch on the hub's clock
    QByteArray nonce;     // the query this answers (NonceSize bytes), or empty

    // Hex SHA-256 of publicKey: what pins and the TLS check compare.
    QString fingerprint() const;

    friend bool operator==(const Announcement &, const Announcement &) = default;
};

// A fresh random nonce for a query.
QByteArray makeNonce();

QByteArray encode(const Query &query);
// The signed datagram; fails when the key cannot sign or the fields break the rules above.
Result<QByteArray> encode(const Announcement &announcement, const QSslKey &privateKey);
// The bytes the signature covers (exposed for the tests).
QByteArray signedBytes(const Announcement &announcement);

// A datagram as it came, as a query or as an announcement whose signature verified. Anything
// else (too long, not JSON, another type or version, a field missing or out of range, a bad key
// or signature) is an error sentence saying what, for a debug log; senders are never answered.
// decodeQuery() never does the work of a signature check, so a hub pays little for a flood.
Result<Query> decodeQuery(QByteArrayView bytes);
Result<Announcement> decodeAnnouncement(QByteArrayView bytes);

// Every broadcast address of this computer's IPv4 networks that are up, and 127.255.255.255
// (loopback: every program on this computer that listens on the port, unlike 127.0.0.1).
QList<QHostAddress> broadcastAddresses();

// A hub's name cut to the rules (control characters dropped, at most MaxNameLength
// characters, trimmed); empty stays empty.
QString cleanName(const QString &name);

} // namespace chatbuddy::discovery
