// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hybrid Public Key Encryption (RFC 9180), base mode, for exactly one suite: DHKEM(P-256,
// HKDF-SHA256), HKDF-SHA256, AES-128-GCM (the suite of RFC 9180 appendix A.3). OpenSSL 3.0 has
// neither DHKEM nor HPKE (both arrived in 3.2), so the KEM and the key schedule here are
// written from the RFC on top of OpenSSL's P-256, HMAC-SHA256 and AES-128-GCM.
//
// Keys and messages are QByteArrays: a private key is the 32-byte big-endian scalar, a public
// key (and enc) the 65-byte uncompressed point 04 || x || y.

#include <QByteArray>

#include "result.h"

#include <memory>
#include <utility>

namespace chatbuddy::hpke {

inline constexpr int PrivateKeySize = 32; // Nsk
inline constexpr int PublicKeySize = 65;  // Npk, and Nenc: enc is the ephemeral public key
inline constexpr int TagSize = 16;        // Nt: a ciphertext is this much longer than its plaintext
inline constexpr int MaxExportLength = 255 * 32; // 255 * Nh, the limit of HKDF-Expand

struct KeyPair {
    QByteArray privateKey;
    QByteArray publicKey;
};

// What the one-shot seal() produces; the recipient needs both.
struct Sealed {
    QByteArray enc;
    QByteArray ciphertext;
};

// The secrets a context derived, for the known-answer tests only.
struct ContextSecrets {
    QByteArray key;
    QByteArray baseNonce;
    QByteArray exporterSecret;
};

namespace detail {
struct ContextState;

// What both contexts share (RFC 9180 sections 5.2 and 5.3): the keys, the sequence number and
// secret export. Move-only: a copy would repeat sequence numbers and so reuse AES-GCM nonces.
// A moved-from context refuses to do anything.
class Context {
public:
    Context(Context &&) noexcept;
    Context &operator=(Context &&) noexcept;
    ~Context();

    // A secret of length bytes (1 to MaxExportLength) that both sides derive alike.
    Result<QByteArray> exportSecret(const QByteArray &context, int length) const;

    // Test-only: jumps forward to sequence number seq (never back, which would reuse nonces).
    Status skipToSequenceNumberForTesting(quint64 seq);
    // Test-only: the derived key, base nonce and exporter secret.
    ContextSecrets secretsForTesting() const;

protected:
    enum class Operation { Seal, Open };
    explicit Context(std::unique_ptr<ContextState> &&state);
    // AES-128-GCM Seal or Open with the next nonce; only success advances the sequence number.
    Result<QByteArray> crypt(Operation operation, const QByteArray &aad, const QByteArray &input);

    std::unique_ptr<ContextState> m_state;
};
} // namespace detail

// Encrypts a sequence of messages to one recipient.
class SenderContext : public detail::Context {
public:
    // Encrypts the next message; the recipient must open messages in the same order.
    Result<QByteArray> seal(const QByteArray &aad, const QByteArray &plaintext)
    {
        return crypt(Operation::Seal, aad, plaintext);
    }

private:
    explicit SenderContext(std::unique_ptr<detail::ContextState> &&state)
        : Context(std::move(state))
    {
    }
    friend Result<std::pair<QByteArray, SenderContext>>
    setupBaseSenderWithEphemeral(const QByteArray &recipientPublicKey, const QByteArray &info,
                                 const KeyPair &ephemeral);
};

// Decrypts the messages of one SenderContext, in order.
class ReceiverContext : public detail::Context {
public:
    // Decrypts the next message. A failure (modified ciphertext, wrong aad) does not advance
    // the sequence number, so the genuine message can still be opened afterwards.
    Result<QByteArray> open(const QByteArray &aad, const QByteArray &ciphertext)
    {
        return crypt(Operation::Open, aad, ciphertext);
    }

private:
    explicit ReceiverContext(std::unique_ptr<detail::ContextState> &&state)
        : Context(std::move(state))
    {
    }
    friend Result<ReceiverContext>
    setupBaseReceiver(const QByteArray &enc, const KeyPair &recipient, const QByteArray &info);
};

// A fresh random key pair.
Result<KeyPair> generateKeyPair();
// The key pair RFC 9180 section 7.1.3 derives from ikm (which should hold 32 bytes of entropy).
Result<KeyPair> deriveKeyPair(const QByteArray &ikm);

// SetupBaseS: a context for encrypting to recipientPublicKey, and enc, which the recipient
// needs to set up its side.
Result<std::pair<QByteArray, SenderContext>> setupBaseSender(const QByteArray &recipientPublicKey,
                                                             const QByteArray &info);
// Test-only: setupBaseSender() with a given ephemeral key pair instead of a random one. Never
// reuse an ephemeral key outside tests: it would give two senders the same keys and nonces.
Result<std::pair<QByteArray, SenderContext>>
setupBaseSenderWithEphemeral(const QByteArray &recipientPublicKey, const QByteArray &info,
                             const KeyPair &ephemeral);
// SetupBaseR. The recipient's public key may be left empty (it is recomputed from the private
// key); if given it must belong to the private key.
Result<ReceiverContext> setupBaseReceiver(const QByteArray &enc, const KeyPair &recipient,
                                          const QByteArray &info);
// Test-only: the KEM shared secret that Decap(enc, skR) yields.
Result<QByteArray> decapsulateForTesting(const QByteArray &enc, const KeyPair &recipient);

// SealBase and OpenBase (RFC 9180 section 6.1): one message to one recipient.
inline Result<Sealed> seal(const QByteArray &recipientPublicKey, const QByteArray &info,
                           const QByteArray &aad, const QByteArray &plaintext)
{
    auto setup = setupBaseSender(recipientPublicKey, info);
    if (!setup)
        return fail(setup.error());
    Result<QByteArray> ciphertext = setup->second.seal(aad, plaintext);
    if (!ciphertext)
        return fail(ciphertext.error());
    return Sealed{setup->first, std::move(ciphertext).value()};
}

inline Result<QByteArray> open(const QByteArray &enc, const QByteArray &ciphertext,
                               const KeyPair &recipient, const QByteArray &info,
                               const QByteArray &aad)
{
    Result<ReceiverContext> context = setupBaseReceiver(enc, recipient, info);
    if (!context)
        return fail(context.error());
    return context->open(aad, ciphertext);
}

} // namespace chatbuddy::hpke
