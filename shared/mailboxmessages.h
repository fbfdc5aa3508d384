// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The messages of the hub's sealed mailbox (docs/protocol.md §9), offered by a hub that lists
// feature::Mailbox in `welcome`. The hub stores and forwards envelopes it cannot open: what is
// inside is sealed to the recipient (shared/sealedmail.h).

#include "protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace chatbuddy {

struct ProtocolError;

inline constexpr qsizetype MaxIdentitySize = 256;     // bytes of a DER SubjectPublicKeyInfo
inline constexpr qsizetype MaxSignatureSize = 80;     // bytes of a DER ECDSA P-256 signature
inline constexpr qsizetype MailboxKeySize = 65;       // an uncompressed P-256 point
inline constexpr qsizetype MaxSealedSize = 20 * 1024; // bytes of an envelope's ciphertext
inline constexpr int MaxFetchLimit = 100;             // envelopes per fetch, and refs per ack

// A sealed letter (a message or a receipt) from one user to another. Everything but the
// ciphertext is readable by the hub, and everything is covered by the sender's signature.
struct Envelope {
    QString id;              // the message id, 1-64 characters, unique per sender
    QString from;            // the sender's name
    QString fromKey;         // the sender's fingerprint
    QByteArray fromIdentity; // the sender's public key (DER SubjectPublicKeyInfo)
    QString to;              // the recipient's name
    QString toKey;           // the fingerprint of the key it is sealed for
    QString sentAt;          // ISO 8601 UTC with milliseconds, as the sender signed it
    QByteArray enc;          // HPKE encapsulated key (65 bytes)
    QByteArray ciphertext;   // HPKE ciphertext
    QByteArray signature;    // ECDSA P-256 / SHA-256 by fromIdentity, DER

    QJsonObject toJson() const;
    static std::optional<Envelope> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Envelope &, const Envelope &) = default;
};

// C → H: our key for sealed letters, certified by our identity key.
struct PublishKey {
    static constexpr QLatin1StringView type{"publish-key"};
    QByteArray identity;  // our public key (DER SPKI); its SHA-256 must be our fingerprint
    QByteArray key;       // the key-agreement public key (65 bytes)
    QByteArray signature; // by identity over mailboxKeyStatement()

    QJsonObject toJson() const;
    static std::optional<PublishKey> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const PublishKey &, const PublishKey &) = default;
};

// C → H: keep this envelope for its recipient.
struct Deposit {
    static constexpr QLatin1StringView type{"deposit"};
    Envelope envelope;

    QJsonObject toJson() const;
    static std::optional<Deposit> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Deposit &, const Deposit &) = default;
};

// H → C: the envelope with this id is stored (or was already).
struct Deposited {
    static constexpr QLatin1StringView type{"deposited"};
    QString id;

    QJsonObject toJson() const;
    static std::optional<Deposited> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Deposited &, const Deposited &) = default;
};

// Why the hub did not store an envelope (`deposit-refused.reason`); the connection stays open.
namespace refusal {
inline constexpr QLatin1StringView RecipientFull{"recipient-full"}; // their mailbox is full
inline constexpr QLatin1StringView SenderFull{"sender-full"};       // we have too many waiting
inline constexpr QLatin1StringView UnknownRecipient{"unknown-recipient"}; // no such name
inline constexpr QLatin1StringView KeyChanged{"key-changed"};      // the name has another key now
inline constexpr QLatin1StringView NoMailboxKey{"no-mailbox-key"}; // never published a key
inline constexpr QLatin1StringView NotYours{"not-yours"}; // from/fromKey are not this session's
inline constexpr QLatin1StringView Failed{"failed"};      // the hub could not store it
inline constexpr QLatin1StringView Expired{"expired"};    // bounce: not fetched in time
} // namespace refusal

// H → C: the envelope with this id was not stored, and why (refusal::...).
struct DepositRefused {
    static constexpr QLatin1StringView type{"deposit-refused"};
    QString id;
    QString reason;
    QString message; // English, for logs

    QJsonObject toJson() const;
    static std::optional<DepositRefused> fromJson(const QJsonObject &o,
                                                  ProtocolError *error = nullptr);
    friend bool operator==(const DepositRefused &, const DepositRefused &) = default;
};

// C → H: hand me up to limit of what waits for me (`mail` and `bounce`, then `fetched`).
struct Fetch {
    static constexpr QLatin1StringView type{"fetch"};
    int limit = MaxFetchLimit;

    QJsonObject toJson() const;
    static std::optional<Fetch> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Fetch &, const Fetch &) = default;
};

// H → C: one stored envelope; ref names it in `mail-ack`.
struct Mail {
    static constexpr QLatin1StringView type{"mail"};
    qint64 ref = 0;
    Envelope envelope;

    QJsonObject toJson() const;
    static std::optional<Mail> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Mail &, const Mail &) = default;
};

// H → C: an envelope we deposited will not be delivered (expired unfetched).
struct Bounce {
    static constexpr QLatin1StringView type{"bounce"};
    qint64 ref = 0;
    QString id;     // the envelope's id
    QString to;     // its recipient's name
    QString reason; // refusal::Expired
    QString message;

    QJsonObject toJson() const;
    static std::optional<Bounce> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Bounce &, const Bounce &) = default;
};

// H → C: the end of one fetch; remaining are still waiting (fetch again).
struct Fetched {
    static constexpr QLatin1StringView type{"fetched"};
    int remaining = 0;

    QJsonObject toJson() const;
    static std::optional<Fetched> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Fetched &, const Fetched &) = default;
};

// C → H: these are safely stored on our side; the hub deletes them.
struct MailAck {
    static constexpr QLatin1StringView type{"mail-ack"};
    QList<qint64> refs; // 1 to MaxFetchLimit

    QJsonObject toJson() const;
    static std::optional<MailAck> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const MailAck &, const MailAck &) = default;
};

// H → C: something new waits for you (sent to the recipient when a deposit arrives while it is
// online); answer with `fetch`.
struct MailWaiting {
    static constexpr QLatin1StringView type{"mail-waiting"};
    int count = 0;

    QJsonObject toJson() const;
    static std::optional<MailWaiting> fromJson(const QJsonObject &o,
                                               ProtocolError *error = nullptr);
    friend bool operator==(const MailWaiting &, const MailWaiting &) = default;
};

} // namespace chatbuddy
