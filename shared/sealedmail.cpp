// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedmail.h"

#include "identity.h"
#include "opensslerrors.h"
#include "username.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace chatbuddy::sealed {

namespace {

template<auto fn> struct Deleter {
    template<typename T> void operator()(T *p) const { fn(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

const QByteArray HpkeInfo = "ChatBuddy mailbox v1"_ba;
const QByteArray EnvelopeLabel = "ChatBuddy envelope v1"_ba;
const QByteArray KeyLabel = "ChatBuddy mailbox key v1"_ba;

// Fields joined without ambiguity: each is a 4-byte big-endian length and its bytes.
class Fields {
public:
    explicit Fields(const QByteArray &label) { add(label); }
    Fields &add(const QByteArray &field)
    {
        char length[4];
        qToBigEndian(quint32(field.size()), length);
        m_bytes.append(length, 4).append(field);
        return *this;
    }
    Fields &add(const QString &field) { return add(field.toUtf8()); }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

Fields header(const Envelope &e)
{
    Fields fields(EnvelopeLabel);
    fields.add(e.to)
        .add(e.toKey)
        .add(e.from)
        .add(e.fromKey)
        .add(e.fromIdentity)
        .add(e.id)
        .add(e.sentAt);
    return fields;
}

bool isP256(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    return EVP_PKEY_get_base_id(key) == EVP_PKEY_EC &&
           EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 &&
           QByteArrayView(group, qsizetype(length)) == "prime256v1";
}

// CBOR map {"k": kind, "t": text | "i": [ids], "p": padding}, padded to LetterPadding.
QByteArray encodeLetter(const Letter &letter)
{
    QCborMap map;
    if (letter.kind == Letter::Kind::Message) {
        map.insert(u"k"_s, u"msg"_s);
        map.insert(u"t"_s, letter.text);
    } else {
        map.insert(u"k"_s, u"receipt"_s);
        map.insert(u"i"_s, QCborArray::fromStringList(letter.ids));
    }
    // The padding entry ("p" and a byte string header) adds 3 to 5 bytes besides its content,
    // so some sizes cannot be hit exactly: then the next multiple is.
    const qsizetype bare = map.toCborValue().toCbor().size();
    QByteArray encoded;
    for (qsizetype target = (bare / LetterPadding + 1) * LetterPadding;; target += LetterPadding) {
        for (qsizetype pad = std::max<qsizetype>(0, target - bare - 3); pad >= 0; --pad) {
            QCborMap padded = map;
            padded.insert(u"p"_s, QByteArray(pad, '\0'));
            encoded = padded.toCborValue().toCbor();
            if (encoded.size() == target)
                return encoded;
            if (encoded.size() < target)
                break; // the header shrank past it: try the next multiple
        }
    }
}

std::optional<Letter> decodeLetter(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    Letter letter;
    const QString kind = map.value(u"k"_s).toString();
    if (kind == u"msg"_s) {
        const QCborValue text = map.value(u"t"_s);
        if (!text.isString() || text.toString().toUtf8().size() > MaxTextSize)
            return std::nullopt;
        letter.text = text.toString();
        return letter;
    }
    if (kind == u"receipt"_s) {
        letter.kind = Letter::Kind::Receipt;
        const QCborValue ids = map.value(u"i"_s);
        if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > MaxFetchLimit)
            return std::nullopt;
        for (const QCborValue &id : ids.toArray()) {
            if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
                return std::nullopt;
            letter.ids.append(id.toString());
        }
        return letter;
    }
    return std::nullopt;
}

} // namespace

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

Result<QByteArray> sign(const QSslKey &privateKey, const QByteArray &data)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    const QByteArray pem = privateKey.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PKeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || !isP256(key.get()))
        return fail(u"the identity key is not an ECDSA P-256 key"_s);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1)
        return fail(u"signing failed"_s);
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1)
        return fail(u"signing failed"_s);
    signature.truncate(qsizetype(length));
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &data, const QByteArray &signature)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    const unsigned char *p = reinterpret_cast<const unsigned char *>(publicKey.constData());
    PKeyPtr key(d2i_PUBKEY(nullptr, &p, long(publicKey.size())));
    if (!key || !isP256(key.get()) ||
        p != reinterpret_cast<const unsigned char *>(publicKey.constData()) + publicKey.size())
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            size_t(data.size())) == 1;
}

QByteArray mailboxKeyStatement(const QString &fingerprint, const QByteArray &mailboxKey)
{
    return Fields(KeyLabel).add(fingerprint).add(mailboxKey).bytes();
}

Result<PublishKey> certifyMailboxKey(const Identity &identity, const QByteArray &mailboxKey)
{
    Result<QByteArray> signature =
        sign(identity.privateKey(), mailboxKeyStatement(identity.fingerprint(), mailboxKey));
    if (!signature)
        return fail(signature.error());
    return PublishKey{publicKeyOf(identity.certificate()), mailboxKey, *signature};
}

bool checkMailboxKey(const QByteArray &identity, const QString &fingerprint,
                     const QByteArray &mailboxKey, const QByteArray &signature)
{
    return !fingerprint.isEmpty() && fingerprintOfPublicKey(identity) == fingerprint &&
           mailboxKey.size() == MailboxKeySize &&
           verify(identity, mailboxKeyStatement(fingerprint, mailboxKey), signature);
}

QByteArray associatedData(const Envelope &envelope)
{
    return header(envelope).bytes();
}

QByteArray signedBytes(const Envelope &envelope)
{
    return header(envelope).add(envelope.enc).add(envelope.ciphertext).bytes();
}

Result<Envelope> seal(const Identity &sender, const QString &senderName, const Recipient &recipient,
                      const QString &id, const QDateTime &sentAt, const Letter &letter)
{
    Envelope e;
    e.id = id;
    e.from = senderName;
    e.fromKey = sender.fingerprint();
    e.fromIdentity = publicKeyOf(sender.certificate());
    e.to = recipient.name;
    e.toKey = recipient.fingerprint;
    e.sentAt = timeText(sentAt);
    auto sealedLetter =
        hpke::seal(recipient.mailboxKey, HpkeInfo, associatedData(e), encodeLetter(letter));
    if (!sealedLetter)
        return fail(sealedLetter.error());
    e.enc = sealedLetter->enc;
    e.ciphertext = sealedLetter->ciphertext;
    Result<QByteArray> signature = sign(sender.privateKey(), signedBytes(e));
    if (!signature)
        return fail(signature.error());
    e.signature = *signature;
    return e;
}

Result<Letter, OpenFailure> open(const Envelope &envelope, const QString &ourName,
                                 const QString &ourFingerprint, const hpke::KeyPair &ourKey)
{
    if (usernameKey(envelope.to) != usernameKey(ourName) || envelope.toKey != ourFingerprint)
        return Failure{OpenFailure{Refusal::NotForUs, u"addressed to %1 (key %2), not to us"_s.arg(
                                                          envelope.to, envelope.toKey.left(16))}};
    if (fingerprintOfPublicKey(envelope.fromIdentity) != envelope.fromKey)
        return Failure{OpenFailure{Refusal::BadIdentity,
                                   u"the sender's public key does not have its fingerprint"_s}};
    if (!verify(envelope.fromIdentity, signedBytes(envelope), envelope.signature))
        return Failure{
            OpenFailure{Refusal::BadSignature, u"the sender's signature does not verify"_s}};
    Result<QByteArray> plain =
        hpke::open(envelope.enc, envelope.ciphertext, ourKey, HpkeInfo, associatedData(envelope));
    if (!plain)
        return Failure{OpenFailure{Refusal::Undecryptable, plain.error()}};
    std::optional<Letter> letter = decodeLetter(*plain);
    if (!letter)
        return Failure{OpenFailure{Refusal::BadContent, u"not a letter this version reads"_s}};
    return *letter;
}

} // namespace chatbuddy::sealed
