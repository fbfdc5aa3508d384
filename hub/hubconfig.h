// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every tunable of the hub in one value type; the defaults are DESIGN.md's.

#include "discovery.h"
#include "mailbox.h"
#include "protocol.h"
#include "registry.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>

namespace chatbuddy::hub {

struct HubConfig {
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = DefaultHubPort;
    QString dataDir; // identity and registry; must be set before start
    // Where the registry lives (database.h): empty for sqlite:<dataDir>/registry.sqlite, or a
    // postgresql:// address shared with other hubs.
    QString database;
    // With a PostgreSQL registry, the hubs sharing it form a cluster (cluster.h): each beats
    // this often, and one silent for clusterTimeout is removed with its users.
    std::chrono::milliseconds clusterHeartbeat{2'000};
    std::chrono::milliseconds clusterTimeout{10'000};
    // Also serve the original plain-text CLI on the same port (no encryption, no keys).
    bool allowLegacy = false;

    int maxUsers = 100; // registered users at once
    // Admission (see Admission): connections from one address, and connections still waiting
    // to register from one address and from all together; TLS must finish sooner than hello.
    int maxConnectionsPerAddress = 32; // 0: no limit (benchmarks, NAT gateways)
    int maxPendingConnections = 256;
    int maxPendingPerAddress = 8; // 0: no limit
    std::chrono::milliseconds handshakeTimeout{3'000};
    std::chrono::milliseconds helloTimeout{10'000};
    std::chrono::milliseconds heartbeatInterval{
        30'000}; // advertised in `welcome` (at most idleTimeout / 3)
    std::chrono::milliseconds idleTimeout{90'000}; // no frame for this long: dropped
    double requestsPerSecond = 20.0;               // sustained frames per connection
    int requestBurst = 60;                         // frames a connection may send at once
    qsizetype maxOutputBytes = 4 * 1024 * 1024;    // unread replies before a client is dropped
    // Presence deltas to one watcher are gathered this long and written together: under churn
    // that is one write instead of dozens. 0: each delta at once.
    std::chrono::milliseconds presenceBatch{20};
    // Whole-directory `watch` is served while at most this many users are online (and again
    // once fewer than 90 % of it are); above it, deltas go only to those who watch a name
    // (feature::PresenceScope). 0: no limit, every watcher hears every change.
    int watchAllLimit = 500;
    std::chrono::milliseconds closeGrace{2'000}; // time to flush a last frame before abort
    // Threads that run TLS handshakes (the main thread keeps the directory and every
    // established session); 0: handshakes on the main thread too; -1: one per core.
    int handshakeThreads = -1;
    Registry::Limits names;  // names per key, new names per address an hour, expiry
    Mailbox::Limits mailbox; // on or off, quotas per recipient and per sender, expiry
    std::chrono::milliseconds mailboxSweep{3'600'000}; // how often expired envelopes bounce
    // A client may ask for its chat port to be checked again this often (sooner: the last
    // answer is repeated).
    std::chrono::milliseconds reachabilityInterval{10'000};
    // Discovery on the local network (Announcer, docs/protocol.md §11). Off unless asked for,
    // so that hubs made by tests stay quiet; chatbuddy-hub turns it on (--no-announce: off).
    bool announce = false;
    QString name;                                   // announced; empty: this computer's name
    quint16 discoveryPort = discovery::DefaultPort; // UDP
    std::chrono::milliseconds announceInterval{10'000};
    QList<QHostAddress> announceTo;        // empty: every broadcast address and 127.255.255.255
    qsizetype maxFetchBytes = 1024 * 1024; // envelopes handed out per `fetch`, about
};

} // namespace chatbuddy::hub
