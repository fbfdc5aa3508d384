// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

#include "identity.h"
#include "sealedmail.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QtEndian>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace chatbuddy::discovery {

namespace {

const QString QueryType = u"hub-query"_s;
const QString AnnounceType = u"hub-announce"_s;
const QByteArray SignatureLabel = "chatbuddy hub-announce v1";
constexpr qsizetype MaxKeySize = 128;        // a P-256 SPKI is 91 bytes
constexpr qsizetype MaxSignatureSize = 80;   // a DER P-256 signature is at most 72
constexpr double MaxTime = 9007199254740991; // 2^53 - 1: exact in JSON numbers

bool isUnwanted(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidirectional overrides, zero-width characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isCleanName(const QString &name)
{
    return !name.isEmpty() && name == cleanName(name);
}

void appendField(QByteArray *out, QByteArrayView field)
{
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out->append(length, 4);
    out->append(field);
}

// Base64 as QByteArray::fromBase64Encoding() reads it (no stray characters; the padding may be
// left out), or nothing.
std::optional<QByteArray> base64Field(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<double> integerField(const QJsonObject &object, const QString &key, double min,
                                   double max)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < min || number > max)
        return std::nullopt;
    return number;
}

// The datagram's object if it is one of this version and of the type.
Result<QJsonObject> objectOf(QByteArrayView bytes, const QString &type)
{
    if (bytes.size() > MaxDatagram)
        return fail(u"a datagram of %1 bytes (at most %2)"_s.arg(bytes.size()).arg(MaxDatagram));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(u"a datagram that is not a JSON object"_s);
    QJsonObject object = document.object();
    if (object.value(u"v"_s) != QJsonValue(Version))
        return fail(u"a datagram of another version"_s);
    if (object.value(u"type"_s) != type)
        return fail(u"a datagram that is not a %1"_s.arg(type));
    return object;
}

} // namespace

Result<Query> decodeQuery(QByteArrayView bytes)
{
    const auto object = objectOf(bytes, QueryType);
    if (!object)
        return fail(object.error());
    const auto nonce = base64Field(*object, u"nonce"_s);
    if (!nonce || nonce->size() != NonceSize)
        return fail(u"a query without a nonce of %1 bytes"_s.arg(NonceSize));
    return Query{*nonce};
}

Result<Announcement> decodeAnnouncement(QByteArrayView bytes)
{
    const auto found = objectOf(bytes, AnnounceType);
    if (!found)
        return fail(found.error());
    const QJsonObject &object = *found;
    Announcement a;
    const QJsonValue name = object.value(u"name"_s);
    if (!name.isString() || !isCleanName(name.toString()))
        return fail(u"an announcement without a clean name"_s);
    a.name = name.toString();
    const auto port = integerField(object, u"port"_s, 1, 65535);
    if (!port)
        return fail(u"an announcement without a port"_s);
    a.port = quint16(*port);
    const auto time = integerField(object, u"time"_s, 0, MaxTime);
    if (!time)
        return fail(u"an announcement without a time"_s);
    a.time = qint64(*time);
    const auto key = base64Field(object, u"key"_s);
    if (!key || key->isEmpty() || key->size() > MaxKeySize)
        return fail(u"an announcement without a key"_s);
    a.publicKey = *key;
    const auto nonce = base64Field(object, u"nonce"_s);
    if (!nonce || (!nonce->isEmpty() && nonce->size() != NonceSize))
        return fail(u"an announcement with a broken nonce"_s);
    a.nonce = *nonce;
    const auto signature = base64Field(object, u"sig"_s);
    if (!signature || signature->isEmpty() || signature->size() > MaxSignatureSize)
        return fail(u"an announcement without a signature"_s);
    if (!sealed::verify(a.publicKey, signedBytes(a), *signature))
        return fail(u"an announcement whose signature does not verify with its key"_s);
    return a;
}

QString Announcement::fingerprint() const
{
    return fingerprintOfPublicKey(publicKey);
}

QList<QHostAddress> broadcastAddresses()
{
    QList<QHostAddress> addresses;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            !flags.testFlag(QNetworkInterface::CanBroadcast) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress broadcast = entry.broadcast();
            if (!broadcast.isNull() && !addresses.contains(broadcast))
                addresses.append(broadcast);
        }
    }
    addresses.append(QHostAddress(u"127.255.255.255"_s));
    return addresses;
}

QByteArray makeNonce()
{
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());
    return nonce;
}

QString cleanName(const QString &name)
{
    QString clean;
    clean.reserve(name.size());
    // By code point: a format character outside the BMP (tags U+E0001, U+E0020-U+E007F...) is a
    // surrogate pair, and each half of it alone is only Other_Surrogate.
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            const QChar low = name.at(++i);
            if (isUnwanted(QChar::surrogateToUcs4(c, low)))
                clean.append(u' ');
            else
                clean.append(c).append(low);
        } else {
            // A lone half of a pair is no character at all.
            clean.append(c.isSurrogate() || isUnwanted(c.unicode()) ? QChar(u' ') : c);
        }
    }
    clean = clean.simplified();
    if (clean.size() > MaxNameLength) {
        clean.truncate(MaxNameLength);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
        clean = clean.trimmed();
    }
    return clean;
}

QByteArray encode(const Query &query)
{
    const QJsonObject object{{u"type"_s, QueryType},
                             {u"v"_s, Version},
                             {u"nonce"_s, QString::fromLatin1(query.nonce.toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray signedBytes(const Announcement &a)
{
    QByteArray bytes;
    appendField(&bytes, SignatureLabel);
    appendField(&bytes, a.name.toUtf8());
    appendField(&bytes, QByteArray::number(a.port));
    appendField(&bytes, a.publicKey);
    appendField(&bytes, QByteArray::number(a.time));
    appendField(&bytes, a.nonce);
    return bytes;
}

Result<QByteArray> encode(const Announcement &a, const QSslKey &privateKey)
{
    if (!isCleanName(a.name) || a.port == 0 || a.publicKey.isEmpty() ||
        a.publicKey.size() > MaxKeySize || a.time < 0 || double(a.time) > MaxTime ||
        (!a.nonce.isEmpty() && a.nonce.size() != NonceSize))
        return fail(u"the announcement's fields break the rules"_s);
    auto signature = sealed::sign(privateKey, signedBytes(a));
    if (!signature)
        return fail(signature.error());
    const QJsonObject object{{u"type"_s, AnnounceType},
                             {u"v"_s, Version},
                             {u"name"_s, a.name},
                             {u"port"_s, int(a.port)},
                             {u"key"_s, QString::fromLatin1(a.publicKey.toBase64())},
                             {u"time"_s, double(a.time)},
                             {u"nonce"_s, QString::fromLatin1(a.nonce.toBase64())},
                             {u"sig"_s, QString::fromLatin1(signature->toBase64())}};
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (bytes.size() > MaxDatagram)
        return fail(u"the announcement is longer than %1 bytes"_s.arg(MaxDatagram));
    return bytes;
}

} // namespace chatbuddy::discovery
