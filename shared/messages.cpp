// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: one toJson/fromJson pair per message of docs/protocol.md, read as a table.
#include "messages.h"

#include "messagereader.h"
#include "safetext.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace chatbuddy {

using namespace wire;

QJsonObject UserInfo::toJson() const
{
    QJsonObject o{{"name"_L1, name},
                  {"address"_L1, address},
                  {"port"_L1, int(port)},
                  {"fingerprint"_L1, fingerprint}};
    if (legacy)
        o.insert("legacy"_L1, true);
    return o;
}

std::optional<UserInfo> UserInfo::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    UserInfo u;
    u.name = r.string("name"_L1, true, MaxNameLength);
    u.address = r.string("address"_L1, true, MaxAddressLength);
    u.port = r.port("port"_L1, true, true).value_or(0);
    u.fingerprint = r.string("fingerprint"_L1, true, MaxFingerprintLength);
    u.legacy = r.boolean("legacy"_L1, false);
    if (r.ok() && !u.fingerprint.isEmpty() && !isFingerprint(u.fingerprint))
        r.fail(ErrorCode::InvalidField, u"field \"fingerprint\" must be 64 hex digits"_s);
    return finish(r, u);
}

Hello Hello::forThisProgram(const QString &name, std::optional<quint16> port)
{
    Hello hello;
    hello.name = name;
    hello.port = port;
    hello.software = u"ChatBuddy "_s + QLatin1StringView(CHATBUDDY_VERSION);
    return hello;
}

QJsonObject Hello::toJson() const
{
    QJsonObject o = typed<Hello>();
    o.insert("protocol"_L1, protocol);
    o.insert("name"_L1, name);
    if (port)
        o.insert("port"_L1, int(*port));
    if (!software.isEmpty())
        o.insert("software"_L1, software);
    if (!features.isEmpty())
        o.insert("features"_L1, QJsonArray::fromStringList(features));
    return o;
}

std::optional<Hello> Hello::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Hello h;
    h.protocol =
        int(r.integer("protocol"_L1, true, 0, std::numeric_limits<int>::max()).value_or(0));
    if (r.ok() && h.protocol != ProtocolVersion) {
        r.fail(
            ErrorCode::ProtocolMismatch,
            u"protocol version %1 is not supported; this side speaks version %2"_s.arg(h.protocol)
                .arg(ProtocolVersion));
    }
    h.name = r.string("name"_L1, true, MaxNameLength);
    h.port = r.port("port"_L1, false);
    h.software = r.string("software"_L1, false, 128);
    h.features = r.features("features"_L1);
    return finish(r, h);
}

QJsonObject Welcome::toJson() const
{
    QJsonObject o = typed<Welcome>();
    o.insert("protocol"_L1, protocol);
    o.insert("user"_L1, self.toJson());
    o.insert("hubFingerprint"_L1, hubFingerprint);
    o.insert("heartbeat"_L1, heartbeatSeconds);
    if (!features.isEmpty())
        o.insert("features"_L1, QJsonArray::fromStringList(features));
    return o;
}

std::optional<Welcome> Welcome::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Welcome w;
    w.protocol = int(r.integer("protocol"_L1, true, ProtocolVersion, ProtocolVersion).value_or(0));
    const QJsonObject user = r.object("user"_L1);
    if (r.ok()) {
        ProtocolError nested;
        if (auto u = UserInfo::fromJson(user, &nested))
            w.self = *u;
        else
            r.failWith(nested);
    }
    w.hubFingerprint = r.string("hubFingerprint"_L1, true, MaxFingerprintLength);
    w.heartbeatSeconds = int(r.integer("heartbeat"_L1, true, 1, 3600).value_or(30));
    w.features = r.features("features"_L1);
    return finish(r, w);
}

ErrorReply ErrorReply::make(ErrorCode code, const QString &message)
{
    return ErrorReply{code, QString(errorCodeName(code)),
                      message.isEmpty() ? errorCodeDescription(code) : message};
}

QJsonObject ErrorReply::toJson() const
{
    QJsonObject o = typed<ErrorReply>();
    o.insert("code"_L1, codeName.isEmpty() ? QString(errorCodeName(code)) : codeName);
    o.insert("message"_L1, message);
    return o;
}

std::optional<ErrorReply> ErrorReply::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    ErrorReply e;
    e.codeName = r.string("code"_L1, true, 64);
    // No code at all is not a code from a newer peer; kept, it would come back from toJson()
    // as "internal" (caught by fuzz_frames' round-trip check).
    if (r.ok() && e.codeName.isEmpty())
        r.fail(ErrorCode::InvalidField, u"field \"code\" must not be empty"_s);
    e.message = r.string("message"_L1, false, MaxMessageLength);
    // An unknown code from a newer peer is still an error; keep its name for the user.
    e.code = errorCodeFromName(e.codeName).value_or(ErrorCode::Internal);
    return finish(r, e);
}

QJsonObject ListRequest::toJson() const
{
    QJsonObject o = typed<ListRequest>();
    if (!filter.isEmpty())
        o.insert("filter"_L1, filter);
    o.insert("offset"_L1, offset);
    o.insert("limit"_L1, limit);
    return o;
}

std::optional<ListRequest> ListRequest::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    ListRequest l;
    l.filter = r.string("filter"_L1, false, MaxNameLength);
    l.offset = int(r.integer("offset"_L1, false, 0, std::numeric_limits<int>::max()).value_or(0));
    l.limit = int(r.integer("limit"_L1, false, 1, MaxListLimit).value_or(DefaultListLimit));
    return finish(r, l);
}

QJsonObject UserList::toJson() const
{
    QJsonObject o = typed<UserList>();
    o.insert("total"_L1, total);
    o.insert("offset"_L1, offset);
    QJsonArray array;
    for (const UserInfo &u : users)
        array.append(u.toJson());
    o.insert("users"_L1, array);
    return o;
}

std::optional<UserList> UserList::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    UserList l;
    l.total = int(r.integer("total"_L1, true, 0, std::numeric_limits<int>::max()).value_or(0));
    l.offset = int(r.integer("offset"_L1, true, 0, std::numeric_limits<int>::max()).value_or(0));
    const QJsonArray array = r.array("users"_L1);
    for (const QJsonValue &v : array) {
        if (!r.ok())
            break;
        if (!v.isObject()) {
            r.fail(ErrorCode::InvalidField, u"\"users\" must hold objects"_s);
            break;
        }
        ProtocolError nested;
        if (auto u = UserInfo::fromJson(v.toObject(), &nested))
            l.users.append(*u);
        else
            r.failWith(nested);
    }
    return finish(r, l);
}

QJsonObject Watch::toJson() const
{
    QJsonObject o = typed<Watch>();
    if (all)
        o.insert("all"_L1, *all);
    if (names)
        o.insert("names"_L1, QJsonArray::fromStringList(*names));
    return o;
}

std::optional<Watch> Watch::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Watch watch;
    if (o.contains("all"_L1))
        watch.all = r.boolean("all"_L1, true);
    if (o.contains("names"_L1))
        watch.names = r.stringList("names"_L1, 0, MaxWatchNames, MaxNameLength, "names"_L1);
    return finish(r, watch);
}

QJsonObject Watching::toJson() const
{
    QJsonObject o = typed<Watching>();
    o.insert("all"_L1, all);
    o.insert("names"_L1, names);
    o.insert("online"_L1, online);
    o.insert("limit"_L1, limit);
    return o;
}

std::optional<Watching> Watching::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Watching watching;
    watching.all = r.boolean("all"_L1, true);
    watching.names = int(r.integer("names"_L1, true, 0, MaxWatchNames).value_or(0));
    watching.online = int(r.integer("online"_L1, true, 0, 100'000'000).value_or(0));
    watching.limit = int(r.integer("limit"_L1, true, 0, 100'000'000).value_or(0));
    return finish(r, watching);
}

namespace {
constexpr std::pair<Presence::Event, QLatin1StringView> presenceEvents[] = {
    {Presence::Event::Joined, "joined"_L1},
    {Presence::Event::Left, "left"_L1},
    {Presence::Event::Changed, "changed"_L1},
};
} // namespace

QJsonObject Presence::toJson() const
{
    QJsonObject o = typed<Presence>();
    for (const auto &[e, name] : presenceEvents) {
        if (e == event)
            o.insert("event"_L1, QString(name));
    }
    o.insert("user"_L1, user.toJson());
    return o;
}

std::optional<Presence> Presence::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Presence p;
    const QString event = r.string("event"_L1, true, 16);
    if (r.ok()) {
        bool known = false;
        for (const auto &[e, name] : presenceEvents) {
            if (event == name) {
                p.event = e;
                known = true;
            }
        }
        if (!known)
            r.fail(ErrorCode::InvalidField, u"unknown presence event %1"_s.arg(quoted(event)));
    }
    const QJsonObject user = r.object("user"_L1);
    if (r.ok()) {
        ProtocolError nested;
        if (auto u = UserInfo::fromJson(user, &nested))
            p.user = *u;
        else
            r.failWith(nested);
    }
    return finish(r, p);
}

QJsonObject Lookup::toJson() const
{
    QJsonObject o = typed<Lookup>();
    o.insert("name"_L1, name);
    return o;
}

std::optional<Lookup> Lookup::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Lookup l;
    l.name = r.string("name"_L1, true, MaxNameLength);
    return finish(r, l);
}

QJsonObject LookupResult::toJson() const
{
    QJsonObject o = typed<LookupResult>();
    o.insert("name"_L1, name);
    o.insert("online"_L1, online);
    o.insert("fingerprint"_L1, fingerprint);
    if (online) {
        o.insert("address"_L1, address);
        o.insert("port"_L1, int(port));
    }
    if (!identity.isEmpty())
        o.insert("identity"_L1, base64(identity));
    if (!mailboxKey.isEmpty()) {
        o.insert("mailboxKey"_L1, base64(mailboxKey));
        o.insert("mailboxKeySignature"_L1, base64(mailboxKeySignature));
    }
    return o;
}

std::optional<LookupResult> LookupResult::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    LookupResult l;
    l.name = r.string("name"_L1, true, MaxNameLength);
    l.online = r.boolean("online"_L1, true);
    l.fingerprint = r.string("fingerprint"_L1, true, MaxFingerprintLength);
    l.address = r.string("address"_L1, l.online, MaxAddressLength);
    l.port = r.port("port"_L1, l.online, true).value_or(0);
    if (!l.online) {
        // Where an offline user was means nothing, and toJson() leaves it out: without this,
        // a `user` reply would not survive a round trip (found by fuzz_frames).
        l.address.clear();
        l.port = 0;
    }
    l.identity = r.bytes("identity"_L1, false, 1, MaxIdentitySize);
    l.mailboxKey = r.bytes("mailboxKey"_L1, false, MailboxKeySize, MailboxKeySize);
    l.mailboxKeySignature =
        r.bytes("mailboxKeySignature"_L1, !l.mailboxKey.isEmpty(), 8, MaxSignatureSize);
    if (l.mailboxKey.isEmpty())
        l.mailboxKeySignature.clear(); // certifies nothing; toJson() leaves it out (fuzz_frames)
    return finish(r, l);
}

QJsonObject Ping::toJson() const
{
    return typed<Ping>();
}

std::optional<Ping> Ping::fromJson(const QJsonObject &, ProtocolError *)
{
    return Ping{};
}

QJsonObject Pong::toJson() const
{
    return typed<Pong>();
}

std::optional<Pong> Pong::fromJson(const QJsonObject &, ProtocolError *)
{
    return Pong{};
}

QJsonObject Shutdown::toJson() const
{
    QJsonObject o = typed<Shutdown>();
    o.insert("message"_L1, message);
    return o;
}

std::optional<Shutdown> Shutdown::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Shutdown s;
    s.message = r.string("message"_L1, false, MaxMessageLength);
    return finish(r, s);
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject o = typed<ChatMessage>();
    o.insert("id"_L1, id);
    o.insert("text"_L1, text);
    o.insert("sentAt"_L1, sentAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

std::optional<ChatMessage> ChatMessage::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    ChatMessage m;
    m.id = r.nonEmpty("id"_L1, 64);
    m.text = r.string("text"_L1, true, MaxTextSize);
    if (r.ok() && m.text.toUtf8().size() > MaxTextSize)
        r.fail(ErrorCode::InvalidField,
               u"field \"text\" is longer than %1 bytes"_s.arg(MaxTextSize));
    const QString sentAt = r.string("sentAt"_L1, true, 64);
    if (r.ok()) {
        m.sentAt = QDateTime::fromString(sentAt, Qt::ISODateWithMs).toUTC();
        // In UTC, within the years ISO 8601 writes with four digits: "0001-01-01T00:00+14:00"
        // is in year 0 in UTC, which toJson() cannot write back (caught by fuzz_frames).
        if (!m.sentAt.isValid() || m.sentAt.date().year() < 1 || m.sentAt.date().year() > 9999)
            r.fail(ErrorCode::InvalidField, u"field \"sentAt\" must be an ISO 8601 time"_s);
    }
    return finish(r, m);
}

QJsonObject Ack::toJson() const
{
    QJsonObject o = typed<Ack>();
    o.insert("id"_L1, id);
    return o;
}

std::optional<Ack> Ack::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Ack a;
    a.id = r.nonEmpty("id"_L1, 64);
    return finish(r, a);
}

QJsonObject Eom::toJson() const
{
    return typed<Eom>();
}

std::optional<Eom> Eom::fromJson(const QJsonObject &, ProtocolError *)
{
    return Eom{};
}

QJsonObject Typing::toJson() const
{
    QJsonObject o = typed<Typing>();
    o.insert("active"_L1, active);
    return o;
}

std::optional<Typing> Typing::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Typing t;
    t.active = r.boolean("active"_L1, true);
    return finish(r, t);
}

QJsonObject ReadReceipt::toJson() const
{
    QJsonObject o = typed<ReadReceipt>();
    o.insert("ids"_L1, QJsonArray::fromStringList(ids));
    return o;
}

std::optional<ReadReceipt> ReadReceipt::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    ReadReceipt receipt;
    receipt.ids = r.stringList("ids"_L1, 1, MaxReadIds, 64, "ids"_L1);
    return finish(r, receipt);
}

QJsonObject Reachability::toJson() const
{
    QJsonObject o = typed<Reachability>();
    o.insert("address"_L1, address);
    o.insert("port"_L1, int(port));
    o.insert("reachable"_L1, reachable);
    if (!detail.isEmpty())
        o.insert("detail"_L1, detail);
    return o;
}

std::optional<Reachability> Reachability::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    Reachability reach;
    reach.address = r.nonEmpty("address"_L1, MaxAddressLength);
    reach.port = r.port("port"_L1, true).value_or(0);
    reach.reachable = r.boolean("reachable"_L1, true);
    reach.detail = r.string("detail"_L1, false, MaxMessageLength);
    return finish(r, reach);
}

QJsonObject CheckReachability::toJson() const
{
    return typed<CheckReachability>();
}

std::optional<CheckReachability> CheckReachability::fromJson(const QJsonObject &, ProtocolError *)
{
    return CheckReachability{};
}

namespace {

template<typename T>
bool tryParse(QStringView type, const QJsonObject &object, ProtocolError *error,
              std::optional<Message> &out)
{
    if (type != T::type)
        return false;
    if (auto value = T::fromJson(object, error))
        out = Message(std::move(*value));
    return true;
}

template<typename... Ts>
std::optional<Message> parseAny(QStringView type, const QJsonObject &object, ProtocolError *error,
                                std::variant<Ts...> *)
{
    std::optional<Message> out;
    const bool matched = (tryParse<Ts>(type, object, error, out) || ...);
    if (!matched && error) {
        *error =
            ProtocolError{ErrorCode::UnknownType, u"unknown message type %1"_s.arg(quoted(type))};
    }
    return out;
}

} // namespace

bool isFingerprint(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

std::optional<Message> parseMessage(const QJsonObject &object, ProtocolError *error)
{
    const QJsonValue type = object.value("type"_L1);
    if (type.isUndefined() || type.isNull()) {
        if (error)
            *error = ProtocolError{ErrorCode::MissingField, u"missing field \"type\""_s};
        return std::nullopt;
    }
    if (!type.isString()) {
        if (error)
            *error = ProtocolError{ErrorCode::InvalidField, u"field \"type\" must be a string"_s};
        return std::nullopt;
    }
    return parseAny(type.toString(), object, error, static_cast<Message *>(nullptr));
}

QJsonObject messageToJson(const Message &message)
{
    return std::visit([](const auto &m) { return m.toJson(); }, message);
}

QLatin1StringView messageType(const Message &message)
{
    return std::visit([](const auto &m) { return std::decay_t<decltype(m)>::type; }, message);
}

} // namespace chatbuddy
