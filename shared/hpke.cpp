// SPDX-License-Identifier: GPL-3.0-or-later
#include "hpke.h"

#include "opensslerrors.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <span>

using namespace Qt::StringLiterals;

namespace chatbuddy::hpke {

namespace {

template<auto fn> struct Deleter {
    template<typename T> void operator()(T *p) const { fn(p); }
};
// owned<EVP_MAC_free>(EVP_MAC_fetch(...)): frees the object with fn when it goes out of scope.
template<auto fn, typename T> std::unique_ptr<T, Deleter<fn>> owned(T *p)
{
    return std::unique_ptr<T, Deleter<fn>>(p);
}
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Bytes = QByteArrayView;

constexpr std::size_t Nh = 32, Nk = 16, Nn = 12; // HKDF-SHA256 (= Nsecret, Ndh); AES-128-GCM
constexpr std::size_t Nsk = PrivateKeySize, Npk = PublicKeySize, Nt = TagSize;

// suite_id in the KEM (RFC 9180 section 4.1) and in HPKE (5.1): kem 0x0010, kdf 1, aead 1.
constexpr unsigned char KemSuite[] = {'K', 'E', 'M', 0x00, 0x10};
constexpr unsigned char HpkeSuite[] = {'H', 'P', 'K', 'E', 0x00, 0x10, 0x00, 0x01, 0x00, 0x01};
const Bytes KemSuiteId(KemSuite, sizeof KemSuite);
const Bytes HpkeSuiteId(HpkeSuite, sizeof HpkeSuite);

// The order n of P-256 (RFC 9180 section 7.1.3); private keys are in [1, n-1].
constexpr unsigned char GroupOrder[Nsk] = {
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51};

const QString MovedFrom = u"this HPKE context was moved from and can no longer be used"_s;

// Secrets live in arrays that wipe themselves, not in QByteArrays, which leave copies in freed
// memory; internal functions therefore write into a caller's Secret through a span.
template<std::size_t N> class Secret {
public:
    Secret() = default;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret() { OPENSSL_cleanse(m_bytes.data(), N); }
    unsigned char *data() { return m_bytes.data(); }
    std::span<unsigned char, N> span() { return m_bytes; }
    Bytes view() const { return Bytes(m_bytes.data(), qsizetype(N)); }

private:
    std::array<unsigned char, N> m_bytes{};
};

const unsigned char *bytesOf(Bytes bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

// For unexpected OpenSSL failures; empties its error queue, which would confuse QSslSocket.
QString opensslError(const char *what)
{
    char reason[256] = {};
    if (const unsigned long code = ERR_peek_last_error())
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    const QString message = QString::fromLatin1(what);
    return reason[0] ? u"%1 (%2)"_s.arg(message, QString::fromLatin1(reason)) : message;
}

// HMAC-SHA256(key, concat(parts)), HKDF's building block: unlike OpenSSL's "HKDF" KDF, it takes
// secrets in parts, never copied together, and has no cap on info (3.0.19's is 32 KiB).
bool hmac(Bytes key, std::initializer_list<Bytes> parts, std::span<unsigned char, Nh> out)
{
    static const unsigned char emptyKey = 0; // EVP_MAC_init() needs a pointer even for ""
    const auto mac = owned<EVP_MAC_free>(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    const auto ctx = owned<EVP_MAC_CTX_free>(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>("SHA256"), 0),
        OSSL_PARAM_construct_end()};
    if (!ctx || EVP_MAC_init(ctx.get(), key.isEmpty() ? &emptyKey : bytesOf(key),
                             std::size_t(key.size()), params) != 1)
        return false;
    for (const Bytes part : parts) // an empty part updates nothing, and succeeds
        if (EVP_MAC_update(ctx.get(), bytesOf(part), std::size_t(part.size())) != 1)
            return false;
    std::size_t length = 0;
    return EVP_MAC_final(ctx.get(), out.data(), &length, out.size()) == 1 && length == Nh;
}

// LabeledExtract (RFC 9180 section 4), where HKDF-Extract(salt, ikm) = HMAC(salt, ikm).
bool labeledExtract(Bytes suiteId, Bytes salt, Bytes label, Bytes ikm,
                    std::span<unsigned char, Nh> out)
{
    return hmac(salt, {"HPKE-v1", suiteId, label, ikm}, out);
}

// LabeledExpand (RFC 9180 section 4) with L = out.size(), where HKDF-Expand (RFC 5869 2.3)
// concatenates the blocks T(i) = HMAC(prk, T(i-1) || info || i) for i = 1, 2, ...
bool labeledExpand(Bytes suiteId, Bytes prk, Bytes label, Bytes info, std::span<unsigned char> out)
{
    if (out.empty() || out.size() > std::size_t(MaxExportLength))
        return false;
    const uchar length[2] = {uchar(out.size() >> 8), uchar(out.size())}; // I2OSP(L, 2)
    Secret<Nh> block;
    for (unsigned char i = 1; std::size_t(i - 1) * Nh < out.size(); ++i) {
        const Bytes previous = i == 1 ? Bytes() : block.view(); // read before block is written
        if (!hmac(prk, {previous, Bytes(length, 2), "HPKE-v1", suiteId, label, info, Bytes(&i, 1)},
                  block.span()))
            return false;
        const std::size_t done = (i - 1) * Nh;
        std::memcpy(out.data() + done, block.data(), std::min(Nh, out.size() - done));
    }
    return true;
}

// 0 < sk < n for 32 big-endian bytes, without branching on them: sk < n when sk - n borrows.
bool isValidScalar(const unsigned char *sk)
{
    unsigned borrow = 0, any = 0;
    for (int i = int(Nsk) - 1; i >= 0; --i) {
        borrow = ((unsigned(sk[i]) - GroupOrder[i] - borrow) >> 8) & 1;
        any |= sk[i];
    }
    return (borrow & unsigned(any != 0)) != 0;
}

// An OpenSSL P-256 key from its encoded public point and, for a key pair, the private scalar.
PKeyPtr importKey(const QByteArray &publicKey, const QByteArray &privateKey = {})
{
    const auto scalar = owned<BN_clear_free>(privateKey.isEmpty() ? nullptr : BN_secure_new());
    const auto builder = owned<OSSL_PARAM_BLD_free>(OSSL_PARAM_BLD_new());
    if (!builder ||
        (!privateKey.isEmpty() &&
         (!scalar || !BN_bin2bn(bytesOf(privateKey), int(privateKey.size()), scalar.get()) ||
          !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar.get()))) ||
        !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0) ||
        !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                          publicKey.constData(), std::size_t(publicKey.size())))
        return nullptr;
    const auto params = owned<OSSL_PARAM_free>(OSSL_PARAM_BLD_to_param(builder.get()));
    const auto ctx = owned<EVP_PKEY_CTX_free>(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, scalar ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1)
        return nullptr;
    return PKeyPtr(key);
}

// DeserializePublicKey, validated as RFC 9180 section 7.1.4 asks (the import checks x, y < p).
Result<PKeyPtr> publicKeyFrom(const QByteArray &key, const QString &what)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    if (key.size() != qsizetype(Npk) || quint8(key.at(0)) != 0x04)
        return fail(u"%1 is not an uncompressed P-256 point (04, x, y: 65 bytes)"_s.arg(what));
    PKeyPtr pkey = importKey(key);
    const auto ctx = owned<EVP_PKEY_CTX_free>(
        pkey ? EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr) : nullptr);
    if (!ctx || EVP_PKEY_public_check(ctx.get()) != 1) {
        ERR_clear_error();
        return fail(u"%1 is not a point on the P-256 curve"_s.arg(what));
    }
    return pkey;
}

using PrivateKey = std::pair<PKeyPtr, QByteArray>; // the key, and its serialized public key

// DeserializePrivateKey (RFC 9180 section 7.1.2 asks to refuse 0; a value >= n is no canonical
// encoding either), and pk(sk) = sk * G, which must match the pair's public key if given.
Result<PrivateKey> privateKeyFrom(const KeyPair &pair, const QString &what)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    if (pair.privateKey.size() != qsizetype(Nsk) || !isValidScalar(bytesOf(pair.privateKey)))
        return fail(u"the %1 private key is not 32 bytes holding 1 to P-256's n-1"_s.arg(what));
    const auto group = owned<EC_GROUP_free>(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    const auto bnCtx = owned<BN_CTX_free>(BN_CTX_secure_new());
    const auto scalar = owned<BN_clear_free>(BN_secure_new());
    const auto point = owned<EC_POINT_free>(group ? EC_POINT_new(group.get()) : nullptr);
    QByteArray publicKey(qsizetype(Npk), Qt::Uninitialized);
    // For the generator, EC_POINT_mul() is constant-time (a ladder, or nistz256 on x86-64).
    if (!bnCtx || !scalar || !point ||
        !BN_bin2bn(bytesOf(pair.privateKey), int(Nsk), scalar.get()) ||
        EC_POINT_mul(group.get(), point.get(), scalar.get(), nullptr, nullptr, bnCtx.get()) != 1 ||
        EC_POINT_point2oct(group.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(publicKey.data()), Npk,
                           bnCtx.get()) != Npk)
        return fail(opensslError("cannot compute a P-256 public key"));
    if (!pair.publicKey.isEmpty() && pair.publicKey != publicKey)
        return fail(u"the %1 public key does not belong to its private key"_s.arg(what));
    PKeyPtr key = importKey(publicKey, pair.privateKey);
    if (!key)
        return fail(opensslError("cannot load a P-256 private key"));
    return PrivateKey{std::move(key), publicKey};
}

enum class Role { Sender, Recipient };

// Encap(pkR) with a given ephemeral key pair (the sender: own = (skE, pkE), peer = pkR) or
// Decap(enc, skR) (the recipient: own = (skR, pkR), peer = enc) of RFC 9180 section 4.1: the
// shared secret ExtractAndExpand(DH(own, peer), enc || pkRm), and enc.
Result<QByteArray> kem(Role role, const KeyPair &own, const QByteArray &peer,
                       std::span<unsigned char, Nh> sharedSecret)
{
    const bool sender = role == Role::Sender;
    const Result<PrivateKey> sk = privateKeyFrom(own, sender ? u"ephemeral"_s : u"recipient's"_s);
    const Result<PKeyPtr> pk = publicKeyFrom(peer, sender ? u"the recipient's public key"_s
                                                          : u"the encapsulated key (enc)"_s);
    if (!sk || !pk)
        return fail(sk ? pk.error() : sk.error());
    const QByteArray enc = sender ? sk->second : peer;
    Secret<Nh> dh, eaePrk; // dh: the x-coordinate of sk * peer
    auto ctx =
        owned<EVP_PKEY_CTX_free>(EVP_PKEY_CTX_new_from_pkey(nullptr, sk->first.get(), nullptr));
    std::size_t length = Nh;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), pk->get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), dh.data(), &length) != 1 || length != Nh ||
        !labeledExtract(KemSuiteId, {}, "eae_prk", dh.view(), eaePrk.span()) ||
        !labeledExpand(KemSuiteId, eaePrk.view(), "shared_secret",
                       QByteArray(enc + (sender ? peer : sk->second)), sharedSecret))
        return fail(opensslError("cannot compute the HPKE shared secret"));
    return enc;
}

} // namespace

namespace detail {

// The context of RFC 9180 section 5.2; its Secrets wipe themselves when it is freed.
struct ContextState {
    Secret<Nk> key;
    Secret<Nn> baseNonce;
    Secret<Nh> exporterSecret;
    quint64 sequence = 0;
};

// KeySchedule (RFC 9180 section 5.1) for mode_base, whose psk and psk_id are both "".
static Result<std::unique_ptr<ContextState>> keySchedule(Bytes sharedSecret, const QByteArray &info)
{
    // key_schedule_context = mode (0x00) || psk_id_hash || info_hash; not secret.
    std::array<unsigned char, 1 + 2 * Nh> keyScheduleContext{0x00};
    const Bytes context(keyScheduleContext.data(), qsizetype(keyScheduleContext.size()));
    Secret<Nh> secret;
    auto state = std::make_unique<ContextState>();
    if (!labeledExtract(HpkeSuiteId, {}, "psk_id_hash", {},
                        std::span(keyScheduleContext).subspan<1, Nh>()) ||
        !labeledExtract(HpkeSuiteId, {}, "info_hash", info,
                        std::span(keyScheduleContext).subspan<1 + Nh, Nh>()) ||
        !labeledExtract(HpkeSuiteId, sharedSecret, "secret", {}, secret.span()) ||
        !labeledExpand(HpkeSuiteId, secret.view(), "key", context, state->key.span()) ||
        !labeledExpand(HpkeSuiteId, secret.view(), "base_nonce", context,
                       state->baseNonce.span()) ||
        !labeledExpand(HpkeSuiteId, secret.view(), "exp", context, state->exporterSecret.span()))
        return fail(opensslError("cannot derive the HPKE keys"));
    return state;
}

// Encap or Decap, then KeySchedule: enc and the context.
static Result<std::pair<QByteArray, std::unique_ptr<ContextState>>>
setUp(Role role, const KeyPair &own, const QByteArray &peer, const QByteArray &info)
{
    Secret<Nh> sharedSecret;
    const Result<QByteArray> enc = kem(role, own, peer, sharedSecret.span());
    if (!enc)
        return fail(enc.error());
    auto state = keySchedule(sharedSecret.view(), info);
    if (!state)
        return fail(state.error());
    return std::pair{*enc, std::move(state).value()};
}

Context::Context(std::unique_ptr<ContextState> &&state)
    : m_state(std::move(state))
{
}
Context::Context(Context &&) noexcept = default;
Context &Context::operator=(Context &&) noexcept = default;
Context::~Context() = default;

// Long, but one AEAD call whose checks, nonce and AES-GCM steps belong together.
Result<QByteArray> Context::crypt(Operation operation, const QByteArray &aad,
                                  const QByteArray &input)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    const bool seal = operation == Operation::Seal;
    if (!m_state)
        return fail(MovedFrom);
    // As with the RFC's IncrementSeq(), the last value is never used: seq cannot pass it.
    if (m_state->sequence == std::numeric_limits<quint64>::max())
        return fail(u"this HPKE context has used up its sequence numbers; set up a new one"_s);
    if (!seal && input.size() < qsizetype(Nt))
        return fail(u"the HPKE ciphertext has %1 bytes, fewer than its 16-byte authentication "
                    u"tag"_s.arg(input.size()));
    if (aad.size() > std::numeric_limits<int>::max() ||
        input.size() > std::numeric_limits<int>::max() - qsizetype(Nt))
        return fail(u"the message is too long for HPKE"_s);
    // nonce = base_nonce XOR I2OSP(seq, Nn) (RFC 9180 section 5.2), seq in 64 bits as allowed.
    Secret<Nn> nonce;
    std::memcpy(nonce.data(), m_state->baseNonce.data(), Nn);
    for (std::size_t i = 0; i < sizeof(quint64); ++i)
        nonce.data()[Nn - 1 - i] ^= static_cast<unsigned char>(m_state->sequence >> (8 * i));
    // Seal's output is the ciphertext followed by the tag; Open checks that tag.
    const qsizetype textSize = seal ? input.size() : input.size() - qsizetype(Nt);
    QByteArray out(seal ? textSize + qsizetype(Nt) : textSize, Qt::Uninitialized);
    auto *text = reinterpret_cast<unsigned char *>(out.data());
    unsigned char tag[Nt] = {}, finalBlock[16]; // tag: a copy, SET_TAG wants a mutable pointer
    if (!seal)
        std::memcpy(tag, input.constData() + textSize, Nt);
    int aadLength = 0, textLength = 0, finalLength = 0;
    const auto ctx = owned<EVP_CIPHER_CTX_free>(EVP_CIPHER_CTX_new());
    const bool ok =
        ctx &&
        EVP_CipherInit_ex(ctx.get(), EVP_aes_128_gcm(), nullptr, m_state->key.data(), nonce.data(),
                          seal ? 1 : 0) == 1 &&
        (aad.isEmpty() ||
         EVP_CipherUpdate(ctx.get(), nullptr, &aadLength, bytesOf(aad), int(aad.size())) == 1) &&
        (textSize == 0 ||
         EVP_CipherUpdate(ctx.get(), text, &textLength, bytesOf(input), int(textSize)) == 1) &&
        textLength == textSize &&
        (seal || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(Nt), tag) == 1);
    // Open checks the tag in EVP_CipherFinal_ex(); Seal gets it afterwards.
    const bool finished =
        ok && EVP_CipherFinal_ex(ctx.get(), finalBlock, &finalLength) == 1 && finalLength == 0 &&
        (!seal ||
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(Nt), text + textSize) == 1);
    if (!finished) {
        OPENSSL_cleanse(out.data(), std::size_t(out.size())); // leave no unauthenticated plaintext
        if (seal || !ok)
            return fail(opensslError("AES-128-GCM failed"));
        ERR_clear_error();
        return fail(u"cannot open the HPKE message (modified, or wrong key, info, aad or order)"_s);
    }
    ++m_state->sequence;
    return out;
}

Result<QByteArray> Context::exportSecret(const QByteArray &context, int length) const
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    if (!m_state)
        return fail(MovedFrom);
    if (length < 1 || length > MaxExportLength)
        return fail(u"an HPKE exported secret must be 1 to 8160 bytes long, not %1"_s.arg(length));
    QByteArray out(length, Qt::Uninitialized); // Export(exporter_context, L), RFC 9180 5.3
    if (!labeledExpand(HpkeSuiteId, m_state->exporterSecret.view(), "sec", context,
                       std::span(reinterpret_cast<unsigned char *>(out.data()), out.size())))
        return fail(opensslError("cannot export an HPKE secret"));
    return out;
}

Status Context::skipToSequenceNumberForTesting(quint64 seq)
{
    if (!m_state || seq < m_state->sequence) // going back would reuse nonces
        return fail(u"an HPKE sequence number can only move forward, in a live context"_s);
    m_state->sequence = seq;
    return {};
}

ContextSecrets Context::secretsForTesting() const
{
    if (!m_state)
        return {};
    return {m_state->key.view().toByteArray(), m_state->baseNonce.view().toByteArray(),
            m_state->exporterSecret.view().toByteArray()};
}

} // namespace detail

Result<KeyPair> generateKeyPair()
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    // DeriveKeyPair(random(Nsk)), as RFC 9180 section 4 allows: the code the known answers test.
    Secret<Nsk> ikm;
    if (RAND_priv_bytes(ikm.data(), int(Nsk)) != 1)
        return fail(opensslError("cannot get random bytes for an HPKE key"));
    return deriveKeyPair(QByteArray::fromRawData(ikm.view().data(), qsizetype(Nsk))); // no copy
}

Result<KeyPair> deriveKeyPair(const QByteArray &ikm)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    // DeriveKeyPair for P-256 (RFC 9180 section 7.1.3): rejection sampling of candidates.
    Secret<Nh> dkpPrk;
    Secret<Nsk> sk;
    if (!labeledExtract(KemSuiteId, {}, "dkp_prk", ikm, dkpPrk.span()))
        return fail(opensslError("cannot derive an HPKE key pair"));
    for (unsigned counter = 0; counter <= 255; ++counter) {
        const auto counterByte = static_cast<unsigned char>(counter);
        if (!labeledExpand(KemSuiteId, dkpPrk.view(), "candidate", Bytes(&counterByte, 1),
                           sk.span()))
            return fail(opensslError("cannot derive an HPKE key pair"));
        sk.data()[0] &= 0xff; // the P-256 bitmask keeps every bit (P-521's would not)
        if (isValidScalar(sk.data())) {
            const KeyPair pair{sk.view().toByteArray(), {}};
            const Result<PrivateKey> key = privateKeyFrom(pair, u"derived"_s);
            return key ? Result<KeyPair>({pair.privateKey, key->second}) : fail(key.error());
        }
    }
    return fail(u"cannot derive an HPKE key pair: no candidate was a valid P-256 scalar"_s);
}

Result<std::pair<QByteArray, SenderContext>> setupBaseSender(const QByteArray &recipientPublicKey,
                                                             const QByteArray &info)
{
    Result<KeyPair> ephemeral = generateKeyPair();
    if (!ephemeral)
        return fail(ephemeral.error());
    auto setup = setupBaseSenderWithEphemeral(recipientPublicKey, info, *ephemeral);
    OPENSSL_cleanse(ephemeral->privateKey.data(), std::size_t(ephemeral->privateKey.size()));
    return setup;
}

Result<std::pair<QByteArray, SenderContext>>
setupBaseSenderWithEphemeral(const QByteArray &recipientPublicKey, const QByteArray &info,
                             const KeyPair &ephemeral)
{
    auto setup = detail::setUp(Role::Sender, ephemeral, recipientPublicKey, info);
    if (!setup)
        return fail(setup.error());
    return std::pair{setup->first, SenderContext(std::move(setup->second))};
}

Result<ReceiverContext> setupBaseReceiver(const QByteArray &enc, const KeyPair &recipient,
                                          const QByteArray &info)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    auto setup = detail::setUp(Role::Recipient, recipient, enc, info);
    if (!setup)
        return fail(setup.error());
    return ReceiverContext(std::move(setup->second));
}

Result<QByteArray> decapsulateForTesting(const QByteArray &enc, const KeyPair &recipient)
{
    Secret<Nh> sharedSecret;
    const Result<QByteArray> ok = kem(Role::Recipient, recipient, enc, sharedSecret.span());
    return ok ? Result<QByteArray>(sharedSecret.view().toByteArray()) : fail(ok.error());
}

} // namespace chatbuddy::hpke
