// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ChatBuddy's trust decisions in one place, as pure functions: is the key a peer presents the
// one the hub binds to its name, and what do the user's own pins say about it. ChatSession
// acts on the answers; the unit tests cover every branch without a socket.

#include "messages.h"

#include <QString>

#include <optional>

namespace chatbuddy::client {

// What the hub said when asked whose key a name is.
struct DirectoryAnswer {
    enum class Kind {
        Bound,       // the name is registered to fingerprint
        Unknown,     // the hub does not know the name
        Unreachable, // the hub could not be asked (offline, or the connection dropped)
    };
    Kind kind = Kind::Unreachable;
    QString fingerprint; // Bound only

    static DirectoryAnswer bound(const QString &fingerprint) { return {Kind::Bound, fingerprint}; }
    static DirectoryAnswer unknown() { return {Kind::Unknown, {}}; }
    static DirectoryAnswer unreachable() { return {Kind::Unreachable, {}}; }
};

namespace trust {

// How the peer's key relates to the hub's word on its name.
enum class HubCheck {
    NotAsked,      // a chat by bare address, or not checked yet
    Confirmed,     // the hub binds the name to this very key
    NotRegistered, // incoming: the hub does not know the claimed name
    Unreachable,   // incoming: the hub could not be asked
    Mismatch,      // the name belongs to another key: possible attack, the chat must end
};

// Outgoing chat, once TLS is up: the key against the directory entry the chat was started
// from (none for a chat by bare address).
HubCheck checkOutgoingKey(const std::optional<UserInfo> &expected, const QString &presented);
// Outgoing chat, at the peer's hello: someone else answering at that address is a mismatch.
HubCheck checkOutgoingName(const std::optional<UserInfo> &expected, const QString &helloName);
// Incoming chat: the hub's answer for the name the caller claims, against the key it presents.
HubCheck checkIncoming(const DirectoryAnswer &answer, const QString &presented);

// What the user's own pin for the contact says about the key presented now.
enum class PinDecision {
    PinNow,        // first contact and the hub confirmed the key: remember it
    AskUser,       // first contact without the hub's word: the user accepts the key or not
    Known,         // the pinned key
    KnownVerified, // the pinned key, and the user compared safety numbers for it
    KeyChanged,    // another key than the pinned one: nothing is sent until the user accepts
};
PinDecision evaluatePin(const QString &pinned, bool pinnedIsVerified, const QString &presented,
                        HubCheck hubCheck);

} // namespace trust
} // namespace chatbuddy::client
