// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The messages of protocol version 1 as small value types (docs/protocol.md is the contract).
// Each has toJson() and a static fromJson() that validates every field it needs and ignores
// unknown fields; parseMessage() dispatches on "type".

#include "filemessages.h"
#include "mailboxmessages.h"
#include "protocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace chatbuddy {

// Why an incoming object was refused; code goes on the wire in an `error` reply.
struct ProtocolError {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// One directory entry as the hub hands it out.
struct UserInfo {
    QString name;
    QString address;     // as the hub saw it, without port
    quint16 port = 0;    // the user's chat port
    QString fingerprint; // hex SHA-256 of the user's public key (SPKI); empty for legacy
    bool legacy = false; // a plain-text client of the original CLI: not encrypted, no key

    QJsonObject toJson() const;
    static std::optional<UserInfo> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

// First frame each way. To the hub it carries the chat port; between peers it does not.
struct Hello {
    static constexpr QLatin1StringView type{"hello"};
    int protocol = ProtocolVersion;
    QString name;
    std::optional<quint16> port;
    QString software;     // informational, e.g. "ChatBuddy 0.1.0"
    QStringList features; // optional parts of the protocol this side speaks (feature::...)

    bool has(QLatin1StringView feature) const { return features.contains(feature); }
    // Our own hello, naming this program and version; port only towards the hub.
    static Hello forThisProgram(const QString &name, std::optional<quint16> port = std::nullopt);

    QJsonObject toJson() const;
    static std::optional<Hello> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Hello &, const Hello &) = default;
};

// Hub's answer to a good `hello`: what it recorded, and how often to ping.
struct Welcome {
    static constexpr QLatin1StringView type{"welcome"};
    int protocol = ProtocolVersion;
    UserInfo self;
    QString hubFingerprint;
    int heartbeatSeconds = 30;
    QStringList features; // what this hub offers beyond the basics (feature::Mailbox)

    bool has(QLatin1StringView feature) const { return features.contains(feature); }

    QJsonObject toJson() const;
    static std::optional<Welcome> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Welcome &, const Welcome &) = default;
};

// An `error` frame: a refusal with a code, sent before closing (or, between peers, a decline).
struct ErrorReply {
    static constexpr QLatin1StringView type{"error"};
    ErrorCode code = ErrorCode::Internal;
    QString codeName; // as received; keeps codes from a newer peer readable
    QString message;

    static ErrorReply make(ErrorCode code, const QString &message = {});
    QJsonObject toJson() const;
    static std::optional<ErrorReply> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const ErrorReply &, const ErrorReply &) = default;
};

// A page of the directory, optionally filtered by a case-insensitive substring of the name.
struct ListRequest {
    static constexpr QLatin1StringView type{"list"};
    QString filter;
    int offset = 0;
    int limit = DefaultListLimit;

    QJsonObject toJson() const;
    static std::optional<ListRequest> fromJson(const QJsonObject &o,
                                               ProtocolError *error = nullptr);
    friend bool operator==(const ListRequest &, const ListRequest &) = default;
};

struct UserList {
    static constexpr QLatin1StringView type{"users"};
    int total = 0; // matching users in all pages
    int offset = 0;
    QList<UserInfo> users;

    QJsonObject toJson() const;
    static std::optional<UserList> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const UserList &, const UserList &) = default;
};

// Ask the hub to push `presence` deltas from now on.
// Client to hub: send me `presence` deltas. Without fields (version 1), for the whole
// directory. With feature::PresenceScope: `names` (replacing any earlier list) are the people
// watched one by one, and `all` asks for the whole directory too, which the hub grants while
// few are online; `watching` answers.
struct Watch {
    static constexpr QLatin1StringView type{"watch"};
    std::optional<bool> all;             // absent: true unless names are given
    std::optional<QList<QString>> names; // absent: the earlier list stays
    bool wantsAll() const { return all.value_or(!names.has_value()); }
    QJsonObject toJson() const;
    static std::optional<Watch> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Watch &, const Watch &) = default;
};

// Hub to client (feature::PresenceScope only): the answer to `watch`, and again whenever the
// whole directory is switched on or off as the number online crosses the hub's limit.
struct Watching {
    static constexpr QLatin1StringView type{"watching"};
    bool all = false; // deltas for the whole directory now (else only for the names)
    int names = 0;    // names watched one by one
    int online = 0;   // users online now
    int limit = 0;    // the whole directory is watched while at most this many are online
    QJsonObject toJson() const;
    static std::optional<Watching> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Watching &, const Watching &) = default;
};

struct Presence {
    static constexpr QLatin1StringView type{"presence"};
    enum class Event { Joined, Left, Changed };
    Event event = Event::Joined;
    UserInfo user;

    QJsonObject toJson() const;
    static std::optional<Presence> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Presence &, const Presence &) = default;
};

// Ask which key a name belongs to (online or not); the hub answers with `user`.
struct Lookup {
    static constexpr QLatin1StringView type{"lookup"};
    QString name;

    QJsonObject toJson() const;
    static std::optional<Lookup> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Lookup &, const Lookup &) = default;
};

struct LookupResult {
    static constexpr QLatin1StringView type{"user"};
    QString name;
    bool online = false;
    QString fingerprint; // the key the name is bound to; empty if the name is unknown
    QString address;     // when online
    quint16 port = 0;    // when online
    // From a hub with the mailbox, when the name's key published one (docs/protocol.md §9):
    QByteArray identity;            // the key itself (DER SPKI); SHA-256 is the fingerprint
    QByteArray mailboxKey;          // its key for sealed letters
    QByteArray mailboxKeySignature; // identity's signature certifying mailboxKey

    QJsonObject toJson() const;
    static std::optional<LookupResult> fromJson(const QJsonObject &o,
                                                ProtocolError *error = nullptr);
    friend bool operator==(const LookupResult &, const LookupResult &) = default;
};

struct Ping {
    static constexpr QLatin1StringView type{"ping"};
    QJsonObject toJson() const;
    static std::optional<Ping> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Ping &, const Ping &) = default;
};

struct Pong {
    static constexpr QLatin1StringView type{"pong"};
    QJsonObject toJson() const;
    static std::optional<Pong> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Pong &, const Pong &) = default;
};

// Sent by the hub to everyone before it stops.
struct Shutdown {
    static constexpr QLatin1StringView type{"shutdown"};
    QString message;

    QJsonObject toJson() const;
    static std::optional<Shutdown> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Shutdown &, const Shutdown &) = default;
};

// A chat message between peers; answered with `ack` carrying the same id.
struct ChatMessage {
    static constexpr QLatin1StringView type{"msg"};
    QString id; // unique per sender within a chat, 1-64 characters
    QString text;
    QDateTime sentAt; // UTC

    QJsonObject toJson() const;
    static std::optional<ChatMessage> fromJson(const QJsonObject &o,
                                               ProtocolError *error = nullptr);
    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

struct Ack {
    static constexpr QLatin1StringView type{"ack"};
    QString id;

    QJsonObject toJson() const;
    static std::optional<Ack> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Ack &, const Ack &) = default;
};

// Ends a chat for both sides.
struct Eom {
    static constexpr QLatin1StringView type{"eom"};
    QJsonObject toJson() const;
    static std::optional<Eom> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Eom &, const Eom &) = default;
};

// Between peers that both listed feature::Typing: whether the sender's user is typing now.
struct Typing {
    static constexpr QLatin1StringView type{"typing"};
    bool active = false;

    QJsonObject toJson() const;
    static std::optional<Typing> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const Typing &, const Typing &) = default;
};

// Between peers that both listed feature::Read: these `msg`s were shown to the user.
struct ReadReceipt {
    static constexpr QLatin1StringView type{"read"};
    QStringList ids; // 1 to MaxReadIds ids of received `msg`s, each 1-64 characters

    QJsonObject toJson() const;
    static std::optional<ReadReceipt> fromJson(const QJsonObject &o,
                                               ProtocolError *error = nullptr);
    friend bool operator==(const ReadReceipt &, const ReadReceipt &) = default;
};

// Hub to client, when the hub listed feature::Reachability: whether the hub could open a TCP
// connection to the chat port the client registered (a plain connect and close, no data),
// after `welcome` and after each `check-reachability`.
struct Reachability {
    static constexpr QLatin1StringView type{"reachability"};
    QString address;  // where the hub tried: the client's address as the hub sees it
    quint16 port = 0; // the chat port
    bool reachable = false;
    QString detail; // why not, for people ("connection refused"); empty when reachable

    QJsonObject toJson() const;
    static std::optional<Reachability> fromJson(const QJsonObject &o,
                                                ProtocolError *error = nullptr);
    friend bool operator==(const Reachability &, const Reachability &) = default;
};

// Client to hub: check my chat port again (after a firewall change), answered with
// `reachability`; the hub answers at most once every few seconds per connection.
struct CheckReachability {
    static constexpr QLatin1StringView type{"check-reachability"};
    QJsonObject toJson() const;
    static std::optional<CheckReachability> fromJson(const QJsonObject &o,
                                                     ProtocolError *error = nullptr);
    friend bool operator==(const CheckReachability &, const CheckReachability &) = default;
};

using Message =
    std::variant<Hello, Welcome, ErrorReply, ListRequest, UserList, Watch, Presence, Lookup,
                 LookupResult, Ping, Pong, Shutdown, ChatMessage, Ack, Eom, Typing, ReadReceipt,
                 PublishKey, Deposit, Deposited, DepositRefused, Fetch, Mail, Bounce, Fetched,
                 MailAck, MailWaiting, FileOffer, FileAccept, FileDecline, FileCancel, FileDone,
                 FileLink, Reachability, CheckReachability, Watching>;

// Validates and converts one decoded frame; on failure fills *error (if given).
// A fingerprint as the wire carries it: 64 lowercase hex digits.
bool isFingerprint(QStringView text);
std::optional<Message> parseMessage(const QJsonObject &object, ProtocolError *error = nullptr);
QJsonObject messageToJson(const Message &message);
QLatin1StringView messageType(const Message &message);

} // namespace chatbuddy
