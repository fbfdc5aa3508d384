// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-hubscale: a load generator that holds tens of thousands of TLS sessions
// against one chatbuddy-hub process and measures it (docs/performance.md). A controller
// (hubscalecontrol.cpp, hubscalephases.cpp) starts the hub and P worker processes, each the same
// executable in its hidden --worker mode (hubscaleworker*.cpp); with the crowd held it also runs
// the desktop client's people-list benchmark against the hub (hubscalepeople.cpp). A worker drives
// its sessions with OpenSSL over non-blocking sockets and epoll (hubscaletls.cpp), bound to its own
// source address 127.0.0.(2+k). Controller and workers talk over the workers' stdin and stdout, one
// command or report per line (the table below).
//
//   controller → worker                       worker → controller
//   plan CONTACTS N P J  (hubscalecontacts.h) (none)
//   open COUNT WATCHERS                       progress WELCOMED FAILED (every 2 s)
//   probes COUNT                              opened OK FAILED FIRST_NS LAST_NS
//                                             (after "failure COUNT REASON" lines)
//   sync                                      synced HELD WATCHING ANSWERS WHOLE
//   scope  (the probes' worker)               scope ALL ONLINE LIMIT, or scope none
//   rtt KIND COUNT NAME  (list|lookup)        rtt KIND NS,NS,...
//   track J WHOLE                             tracking EXPECTED; later: seen NAME NS,NS,...
//   join NAME                                 joined NAME HELLO_NS WELCOME_NS
//   churn SECONDS RATE WATCH_PERMILLE         churned JOINS LEAVES FAILED HELD PRESENCE RETURNED
//   load SECONDS RATE                         rtt list NS,NS,... (`list` while others churn)
//   quiet                                     (closes are no longer reported)
//   quit                                      (exits)
//                                             refused REASON (an `error` answered `watch`)
//                                             lost REASON (a held session ended); fail REASON
//
// Timestamps (NS) are CLOCK_MONOTONIC nanoseconds, the same clock in every process.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace chatbuddy::bench::hubscale {

// Each worker holds at most this many sessions: the open-files hard limit here is 20,000
// per process, and loopback offers about 28,000 ephemeral ports per source address.
constexpr int MaxSessionsPerWorker = 9'000;
constexpr int ListLimit = 50;
// A session that left during the churn comes back under its name (and with its contacts)
// after this long at the earliest; until then the churn's joins are new names.
constexpr int ReturnAfterSeconds = 1;

struct Options {
    int sessions = 19'000;
    int workers = 0;       // 0: max(2, ceil(sessions / MaxSessionsPerWorker))
    int contacts = 20;     // names each session watches (presence-scope); 0: none
    int watchers = -1;     // plain whole-directory watchers (older clients); -1: not asked
                           // for; when given, it wins over contacts (which become 0)
    int concurrency = 100; // set-ups in flight per worker
    int probes = 8;
    int listSamples = 200;
    int joins = 20;
    int churnSeconds = 60;
    int churnRate = 200; // joins per second, and as many leaves
    int probeRate = 20;  // `list` requests per second during the churn
    QString hubPath;
    QStringList hubArguments; // --hub-arg, passed on as they are
    // chatbuddy-bench-peoplelist, run after the joins (hubscalepeople.cpp); empty: skipped.
    QString clientPath;
    bool clientGiven = false; // --client: a missing one is an error, not a reason to skip
};

struct WorkerOptions {
    int index = 0;         // k: sources its connections from 127.0.0.(2+k)
    quint16 port = 0;      // the hub's, on 127.0.0.1
    QString identityDir;   // key.pem and cert.pem, made once by the controller
    int concurrency = 100; // set-ups in flight
};

// Both run until done and return the process's exit code.
int runController(const Options &options);
int runWorker(const WorkerOptions &options);

// Nanoseconds on CLOCK_MONOTONIC: comparable between the controller and its workers.
qint64 monotonicNs();

// "1,2,3" ↔ {1, 2, 3}: how sample lists travel between the processes.
QByteArray joinNumbers(const std::vector<qint64> &values);
std::vector<qint64> splitNumbers(QByteArrayView text);

} // namespace chatbuddy::bench::hubscale
