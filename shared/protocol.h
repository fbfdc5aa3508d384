// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Constants and error codes of ChatBuddy wire protocol version 1 (see docs/protocol.md).

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace chatbuddy {

inline constexpr int ProtocolVersion = 1;
inline constexpr qsizetype MaxFrameSize = 64 * 1024; // bytes, including the final '\n'
inline constexpr qsizetype MaxTextSize = 16 * 1024;  // bytes of UTF-8 in one chat message
inline constexpr quint16 DefaultHubPort = 8080;
inline constexpr quint16 DefaultChatPort = 9090;
inline constexpr int MaxListLimit = 200;     // users per page at most: keeps a page < 64 KiB
inline constexpr int DefaultListLimit = 100; // users per page when `limit` is absent

// Optional parts of the protocol a side speaks, listed in `hello.features` (and the hub's in
// `welcome.features`). Version negotiation within version 1: a side uses a feature only when
// the other side listed it too; an older side lists none and ignores the field, so live chats
// with it work as before.
namespace feature {
inline constexpr QLatin1StringView Mailbox{"mailbox"}; // hub: sealed envelopes for offline users
inline constexpr QLatin1StringView Typing{"typing"};   // peer: "is typing" notices
inline constexpr QLatin1StringView Read{"read"};       // peer: read receipts
// peer: message ids are unique across chats (UUIDs), so a message that comes twice (queued
// and sent again, or also through the mailbox) is shown once; queued messages may arrive late
inline constexpr QLatin1StringView Delivery{"delivery"};
// peer: files (file-offer and the rest on the chat, the bytes on a transfer link, §10)
inline constexpr QLatin1StringView Files{"files"};
// hub: tells each client whether its chat port can be reached from the hub (`reachability`)
inline constexpr QLatin1StringView Reachability{"reachability"};
// hub: presence scoped to the people a client names in `watch` (its contacts); the whole
// directory only while it is small; `watching` says which (docs/protocol.md, "Presence
// scope")
inline constexpr QLatin1StringView PresenceScope{"presence-scope"};
} // namespace feature
inline constexpr int MaxFeatures = 32;      // entries in a features list at most
inline constexpr int MaxFeatureLength = 32; // characters in one feature name at most
inline constexpr int MaxReadIds = 100;      // message ids in one `read` frame at most
inline constexpr int MaxWatchNames = 256;   // names one `watch` may list (a contact list)

// Every reason a frame, a request or a connection can be refused. On the wire these are the
// kebab-case strings of errorCodeName(); docs/protocol.md lists them all.
enum class ErrorCode {
    FrameTooLarge,       // a line over MaxFrameSize
    InvalidUtf8,         // a line that is not UTF-8
    InvalidJson,         // a line that is not JSON
    NotAnObject,         // JSON, but not an object
    MissingField,        // a required field is absent
    InvalidField,        // a field has the wrong type or an out-of-range value
    UnknownType,         // "type" names no message of this protocol
    UnexpectedMessage,   // a known message that makes no sense here (e.g. `welcome` to the hub)
    ProtocolMismatch,    // `hello` with another protocol version
    NotRegistered,       // a request before `hello`
    AlreadyRegistered,   // a second `hello`
    InvalidName,         // the name breaks the username rules
    NameTaken,           // the name is online right now
    NameBound,           // the name belongs to another key
    Replaced,            // the same key logged in again elsewhere; this session is closed
    HubFull,             // max users reached
    TooManyConnections,  // per-address connection limit reached
    RateLimited,         // too many requests
    HelloTimeout,        // no `hello` in time
    IdleTimeout,         // heartbeat missed
    CertificateRequired, // TLS without a client certificate
    ShuttingDown,        // the hub is stopping
    Declined,            // the peer declined the chat
    KeyMismatch,         // a peer's TLS key is not the key its name is bound to
    UnsupportedKey,      // a TLS key that is not ECDSA P-256
    TooManyNames,        // this key, or this address this hour, bound too many names
    Internal,            // a fault on the sending side
};

QLatin1StringView errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(QStringView name);
// A short English sentence for logs and as a default `message`.
QString errorCodeDescription(ErrorCode code);

} // namespace chatbuddy
