// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxmessages.h"

#include "messagereader.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace chatbuddy {

using namespace wire;

namespace {
std::optional<Envelope> nestedEnvelope(Reader &r, QLatin1StringView key)
{
    const QJsonObject object = r.object(key);
    if (!r.ok())
        return std::nullopt;
    ProtocolError nested;
    std::optional<Envelope> envelope = Envelope::fromJson(object, &nested);
    if (!envelope)
        r.failWith(nested);
    return envelope;
}
} // namespace

QJsonObject Envelope::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"from"_L1, from},
                       {"fromKey"_L1, fromKey},
                       {"fromIdentity"_L1, base64(fromIdentity)},
                       {"to"_L1, to},
                       {"toKey"_L1, toKey},
                       {"sentAt"_L1, sentAt},
                       {"enc"_L1, base64(enc)},
                       {"ct"_L1, base64(ciphertext)},
                       {"sig"_L1, base64(signature)}};
}

std::optional<Envelope> Envelope::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Envelope e;
    e.id = r.nonEmpty("id"_L1, 64);
    e.from = r.string("from"_L1, true, MaxNameLength);
    e.fromKey = r.fingerprint("fromKey"_L1, true);
    e.fromIdentity = r.bytes("fromIdentity"_L1, true, 1, MaxIdentitySize);
    e.to = r.string("to"_L1, true, MaxNameLength);
    e.toKey = r.fingerprint("toKey"_L1, true);
    e.sentAt = r.string("sentAt"_L1, true, 64);
    if (r.ok() && !QDateTime::fromString(e.sentAt, Qt::ISODateWithMs).isValid())
        r.fail(ErrorCode::InvalidField, u"field \"sentAt\" must be an ISO 8601 time"_s);
    e.enc = r.bytes("enc"_L1, true, MailboxKeySize, MailboxKeySize);
    e.ciphertext = r.bytes("ct"_L1, true, 16, MaxSealedSize);
    e.signature = r.bytes("sig"_L1, true, 8, MaxSignatureSize);
    if (r.ok() && (e.from.isEmpty() || e.to.isEmpty()))
        r.fail(ErrorCode::InvalidField, u"an envelope needs a sender and a recipient"_s);
    return finish(r, e);
}

QJsonObject PublishKey::toJson() const
{
    QJsonObject o = typed<PublishKey>();
    o.insert("identity"_L1, base64(identity));
    o.insert("key"_L1, base64(key));
    o.insert("signature"_L1, base64(signature));
    return o;
}

std::optional<PublishKey> PublishKey::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    PublishKey p;
    p.identity = r.bytes("identity"_L1, true, 1, MaxIdentitySize);
    p.key = r.bytes("key"_L1, true, MailboxKeySize, MailboxKeySize);
    p.signature = r.bytes("signature"_L1, true, 8, MaxSignatureSize);
    return finish(r, p);
}

QJsonObject Deposit::toJson() const
{
    QJsonObject o = typed<Deposit>();
    o.insert("envelope"_L1, envelope.toJson());
    return o;
}

std::optional<Deposit> Deposit::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Deposit d;
    if (auto envelope = nestedEnvelope(r, "envelope"_L1))
        d.envelope = std::move(*envelope);
    return finish(r, d);
}

QJsonObject Deposited::toJson() const
{
    QJsonObject o = typed<Deposited>();
    o.insert("id"_L1, id);
    return o;
}

std::optional<Deposited> Deposited::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Deposited d;
    d.id = r.nonEmpty("id"_L1, 64);
    return finish(r, d);
}

QJsonObject DepositRefused::toJson() const
{
    QJsonObject o = typed<DepositRefused>();
    o.insert("id"_L1, id);
    o.insert("reason"_L1, reason);
    o.insert("message"_L1, message);
    return o;
}

std::optional<DepositRefused> DepositRefused::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    DepositRefused d;
    d.id = r.nonEmpty("id"_L1, 64);
    d.reason = r.string("reason"_L1, true, 64);
    d.message = r.string("message"_L1, false, MaxMessageLength);
    if (r.ok() && d.reason.isEmpty())
        r.fail(ErrorCode::InvalidField, u"field \"reason\" must not be empty"_s);
    return finish(r, d);
}

QJsonObject Fetch::toJson() const
{
    QJsonObject o = typed<Fetch>();
    o.insert("limit"_L1, limit);
    return o;
}

std::optional<Fetch> Fetch::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Fetch f;
    f.limit = int(r.integer("limit"_L1, false, 1, MaxFetchLimit).value_or(MaxFetchLimit));
    return finish(r, f);
}

QJsonObject Mail::toJson() const
{
    QJsonObject o = typed<Mail>();
    o.insert("ref"_L1, double(ref));
    o.insert("envelope"_L1, envelope.toJson());
    return o;
}

std::optional<Mail> Mail::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Mail m;
    m.ref = r.integer("ref"_L1, true, 1, MaxSafeInteger).value_or(0);
    if (auto envelope = nestedEnvelope(r, "envelope"_L1))
        m.envelope = std::move(*envelope);
    return finish(r, m);
}

QJsonObject Bounce::toJson() const
{
    QJsonObject o = typed<Bounce>();
    o.insert("ref"_L1, double(ref));
    o.insert("id"_L1, id);
    o.insert("to"_L1, to);
    o.insert("reason"_L1, reason);
    o.insert("message"_L1, message);
    return o;
}

std::optional<Bounce> Bounce::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Bounce b;
    b.ref = r.integer("ref"_L1, true, 1, MaxSafeInteger).value_or(0);
    b.id = r.nonEmpty("id"_L1, 64);
    b.to = r.string("to"_L1, true, MaxNameLength);
    b.reason = r.string("reason"_L1, true, 64);
    b.message = r.string("message"_L1, false, MaxMessageLength);
    if (r.ok() && b.reason.isEmpty())
        r.fail(ErrorCode::InvalidField, u"field \"reason\" must not be empty"_s);
    return finish(r, b);
}

QJsonObject Fetched::toJson() const
{
    QJsonObject o = typed<Fetched>();
    o.insert("remaining"_L1, remaining);
    return o;
}

std::optional<Fetched> Fetched::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Fetched f;
    f.remaining =
        int(r.integer("remaining"_L1, true, 0, std::numeric_limits<int>::max()).value_or(0));
    return finish(r, f);
}

QJsonObject MailAck::toJson() const
{
    QJsonObject o = typed<MailAck>();
    QJsonArray array;
    for (qint64 ref : refs)
        array.append(double(ref));
    o.insert("refs"_L1, array);
    return o;
}

std::optional<MailAck> MailAck::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    MailAck a;
    const QJsonArray array = r.array("refs"_L1);
    if (r.ok() && (array.isEmpty() || array.size() > MaxFetchLimit))
        r.fail(ErrorCode::InvalidField,
               u"field \"refs\" must hold 1 to %1 numbers"_s.arg(MaxFetchLimit));
    for (const QJsonValue &value : array) {
        if (!r.ok())
            break;
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d != std::floor(d) || d < 1 || d > double(MaxSafeInteger))
            r.fail(ErrorCode::InvalidField, u"field \"refs\" must hold whole numbers"_s);
        else
            a.refs.append(qint64(d));
    }
    return finish(r, a);
}

QJsonObject MailWaiting::toJson() const
{
    QJsonObject o = typed<MailWaiting>();
    o.insert("count"_L1, count);
    return o;
}

std::optional<MailWaiting> MailWaiting::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    MailWaiting w;
    w.count = int(r.integer("count"_L1, true, 0, std::numeric_limits<int>::max()).value_or(0));
    return finish(r, w);
}

} // namespace chatbuddy
