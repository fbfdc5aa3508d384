// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sealed letters for the hub's mailbox: what a sender puts in an Envelope so that only the
// recipient can read it and nobody (the hub included) can forge, alter or redirect it.
//
// - Each user has a key-agreement key (HPKE, DHKEM P-256) apart from its identity key, and
//   certifies it with an ECDSA P-256 signature by the identity key (certifyMailboxKey()).
// - A letter is HPKE base mode (RFC 9180, suite A.3) to that key; the envelope's header
//   (recipient, sender, id, time) is the AEAD's associated data, so it cannot be changed
//   without the recipient noticing.
// - The sender signs header + enc + ciphertext with its identity key (ECDSA P-256, SHA-256).
//
// docs/protocol.md §9 has the exact byte layouts; docs/security.md the threat model.

#include "hpke.h"
#include "mailboxmessages.h"
#include "result.h"

#include <QDateTime>
#include <QSslKey>
#include <QStringList>

namespace chatbuddy {
class Identity;
}

namespace chatbuddy::sealed {

inline constexpr int LetterPadding = 256; // plaintexts are padded to a multiple of this

// What an envelope holds once opened.
struct Letter {
    enum class Kind { Message, Receipt };
    Kind kind = Kind::Message;
    QString text;    // Message: at most MaxTextSize bytes of UTF-8
    QStringList ids; // Receipt: the ids of the messages that arrived (1 to MaxFetchLimit)

    friend bool operator==(const Letter &, const Letter &) = default;
};

// ECDSA P-256 with SHA-256, DER signatures. sign() takes an identity's private key;
// verify() a DER SubjectPublicKeyInfo, and is false for any key that is not P-256.
Result<QByteArray> sign(const QSslKey &privateKey, const QByteArray &data);
bool verify(const QByteArray &publicKey, const QByteArray &data, const QByteArray &signature);

// The bytes an identity signs to certify its mailbox key.
QByteArray mailboxKeyStatement(const QString &fingerprint, const QByteArray &mailboxKey);
// `publish-key` for identity's mailboxKey.
Result<PublishKey> certifyMailboxKey(const Identity &identity, const QByteArray &mailboxKey);
// True when identity (DER SPKI) has the fingerprint and signed mailboxKey.
bool checkMailboxKey(const QByteArray &identity, const QString &fingerprint,
                     const QByteArray &mailboxKey, const QByteArray &signature);

// Who a letter is for: the name, the key we trust for it and that key's certified mailbox key
// (which the caller checked with checkMailboxKey()).
struct Recipient {
    QString name;
    QString fingerprint;
    QByteArray mailboxKey;
};

// Seals letter from sender (our identity and name) to recipient.
Result<Envelope> seal(const Identity &sender, const QString &senderName, const Recipient &recipient,
                      const QString &id, const QDateTime &sentAt, const Letter &letter);

// Why open() refused an envelope. Each is a reason never to show it as a normal message.
enum class Refusal {
    NotForUs,      // addressed to another name or key (re-addressed)
    BadIdentity,   // fromIdentity is not the key fromKey names
    BadSignature,  // the signature does not verify: changed on the way, or forged
    Undecryptable, // the ciphertext or header was changed, or it is sealed to another key
    BadContent,    // decrypted, but not a letter this version understands
};
struct OpenFailure {
    Refusal refusal = Refusal::BadContent;
    QString message; // English, for logs
};

// Checks and opens an envelope addressed to us (our name, fingerprint and mailbox key pair).
// Whether fromKey is the key we trust for `from` is the caller's check.
Result<Letter, OpenFailure> open(const Envelope &envelope, const QString &ourName,
                                 const QString &ourFingerprint, const hpke::KeyPair &ourKey);

// The signed bytes and the associated data of an envelope (exposed for the tests).
QByteArray signedBytes(const Envelope &envelope);
QByteArray associatedData(const Envelope &envelope);

// The time as envelopes carry it: ISO 8601 UTC with milliseconds and "Z".
QString timeText(const QDateTime &time);

} // namespace chatbuddy::sealed
