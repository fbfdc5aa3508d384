// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A worker process of chatbuddy-bench-hubscale: up to MaxSessionsPerWorker TLS sessions to the
// hub, driven by one epoll loop without Qt's event loop. hubscaleworker.cpp has the loop and
// the sessions; hubscaletasks.cpp the controller's commands (hubscale.h lists them);
// hubscalecontacts.cpp the `watch` frames and their `watching` answers.

#include "hubscale.h"
#include "hubscalecontacts.h"
#include "hubscaletls.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace chatbuddy {
struct ErrorReply;
struct Watching;
} // namespace chatbuddy

namespace chatbuddy::bench::hubscale {

// Mirrors the hub's token bucket per connection (20 frames/s, burst 60) with a margin.
constexpr double RequestsPerSecond = 15.0;
constexpr double RequestBurst = 40.0;
constexpr qint64 HeartbeatAfterMs = 20'000; // the hub drops sessions silent for 90 s
constexpr qint64 SetupTimeoutNs = 60'000'000'000;
constexpr qint64 ReturnAfterNs = qint64(ReturnAfterSeconds) * 1'000'000'000;

enum class Role : quint8 { Crowd, Probe, Joiner, Churn };
enum class Stage : quint8 { Connecting, Handshaking, Registering, Registered };

struct Session {
    TlsLink link;
    QByteArray name;
    qint64 contactId = -1; // ContactPlan::contactsOf()'s id: g in the crowd, else ≥ N
    QByteArray input;      // an unterminated line
    qint64 startNs = 0;    // connect()
    qint64 helloNs = 0;    // hello written
    qint64 requestNs = 0;  // a probe's outstanding request, 0 if none
    qint64 lastSentMs = 0; // for heartbeats
    qint64 refillMs = 0;   // the token bucket's last refill
    double tokens = RequestBurst;
    quint32 generation = 0; // tells a reused slot's events from its predecessor's
    int slot = -1;          // index in Worker::m_slots
    int heldIndex = -1;     // position in Worker::m_held
    int pings = 0;
    int pongs = 0;
    int syncAt = -1; // the pong that ends the current `sync`
    Stage stage = Stage::Connecting;
    Role role = Role::Crowd;
    bool watch = false;         // sends `watch` after `welcome` (the whole directory)
    bool scoped = false;        // speaks presence-scope: that `watch` lists its contacts too
    bool wholeNow = false;      // the last `watching` said the whole directory is served
    bool tracked = false;       // the join being timed should reach this session
    bool watchPending = false;  // `watch` sent, no `pong` or `watching` seen after it yet
    bool writeInterest = false; // epoll waits for EPOLLOUT too
};

// Failure reasons and how often each happened.
using Reasons = QHash<QString, int>;

class Worker {
public:
    explicit Worker(const WorkerOptions &options);
    ~Worker();
    int run();

private:
    // ---- hubscaleworker.cpp: the loop and the sessions ----
    bool setUp(QString *error);
    void tick(qint64 nowNs);
    void housekeeping(qint64 nowNs);
    Session *open(Role role, const QByteArray &name, bool watch, QString *error);
    void onEvent(quint64 tag, quint32 events);
    void advance(Session &session);
    void readFrom(Session &session);
    void handleLine(Session &session, QByteArrayView line, qint64 atNs);
    void handleFrame(Session &session, const QJsonObject &frame, qint64 atNs);
    void handleError(Session &session, const ErrorReply &error);
    void welcomed(Session &session, qint64 atNs);
    bool send(Session &session, const QJsonObject &frame);
    bool hasToken(Session &session, qint64 nowMs);
    void watchWrites(Session &session, bool on);
    // The session is over: not by our choice (ended), or because we leave (graceful close).
    void ended(Session &session, const QString &reason);
    void leave(Session &session);
    void release(Session &session);
    void reply(const QByteArray &line);

    // ---- hubscaletasks.cpp: the controller's commands ----
    void readCommands();
    void command(const QByteArray &line);
    void startOpen(Role role, int count, int watchers);
    void launch();
    void setupEnded(Session &session, const QString *failure, qint64 atNs);
    void startSync();
    void synced(Session &session);
    void finishSync();
    void startRtt(const QByteArray &kind, int count, const QByteArray &name);
    void sendProbeRequest(qint64 nowNs);
    void probeAnswered(Session &session, qint64 atNs);
    void startTrack(int join, bool whole);
    void presenceSeen(Session &session, const QByteArray &name, qint64 atNs);
    void finishTrackIfDone();
    void startChurn(int seconds, double rate, int watchPermille);
    void churnTick(qint64 nowNs);
    void churnJoin(qint64 nowNs);
    void churnLeave(qint64 nowNs);
    void startLoad(int seconds, double rate);
    int watchingCount() const;
    // ---- hubscalecontacts.cpp: presence scope ----
    void sendWatch(Session &session);
    void startScope();
    void watchingAnswered(Session &session, const Watching &watching);

    WorkerOptions m_options;
    ClientContext m_context;
    int m_epoll = -1;
    quint32 m_source = 0; // 127.0.0.(2+k), host order
    bool m_quit = false;
    bool m_quiet = false; // stopping: ends are no longer reported
    QByteArray m_commandInput;
    // Sessions by slot; an ended one stays until its slot is reused (by open(), only ever
    // called when no session is being handled, so no reference to it is left).
    std::vector<std::unique_ptr<Session>> m_slots;
    std::vector<int> m_freeSlots;
    quint32 m_generation = 0;
    std::vector<Session *> m_held; // registered crowd and churn sessions, for leaves
    std::vector<Session *> m_probes;
    qint64 m_nextHousekeepingNs = 0;
    int m_nameCounter = 0; // of the churn's new names
    qint64 m_presenceFrames = 0;
    qint64 m_watchingFrames = 0;
    ContactPlan m_plan;      // `plan`: the contact lists (none until then)
    bool m_hubScope = false; // a `welcome` offered presence-scope

    // `scope`: a probe asks for the whole directory, then no longer (two `watching` answers)
    struct Scope {
        int answers = -1; // -1: not asking
        QByteArray first; // the first answer: ALL ONLINE LIMIT
    } m_scope;

    // open / probes / a churn's joins: set-ups waiting to start, in flight, done
    struct Opening {
        Role role = Role::Crowd;
        int toLaunch = 0;
        int launched = 0;
        int watchers = 0; // of the `open`; spread evenly over its sessions
        int total = 0;
        int inFlight = 0;
        int ok = 0;
        int failed = 0;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
        qint64 nextProgressNs = 0;
        bool active = false;
        Reasons reasons;
    } m_opening;

    int m_syncWaiting = -1; // sessions whose sync pong is still due; -1: no sync running

    struct Requests {
        QByteArray kind; // list or lookup; empty: none running
        QByteArray lookupName;
        int remaining = 0;
        size_t nextProbe = 0;
        double ratePerSecond = 0; // 0: back to back; otherwise paced (`load`)
        qint64 endNs = 0;         // `load`: until then
        qint64 nextNs = 0;
        bool outstanding = false;
        std::vector<qint64> samples;
    } m_requests;

    struct Track {
        QByteArray name;  // empty: not tracking
        int expected = 0; // sessions marked `tracked` that have not received it yet
        std::vector<qint64> receipts;
    } m_track;

    QByteArray m_joinName; // a `join` in progress

    struct Churn {
        bool active = false;
        qint64 startNs = 0;
        qint64 endNs = 0;
        double rate = 0;
        int watchPermille = 0;
        int joinsStarted = 0;
        int inFlight = 0;
        int joins = 0; // welcomed before the end
        int leaves = 0;
        int failed = 0;
        int watchersAdded = 0;
        int returned = 0;           // joins under the name of a session that had left
        qint64 presenceAtStart = 0; // m_presenceFrames
        qint64 presence = -1;       // presence frames received from start to end; -1: running
        Reasons reasons;
    } m_churn;

    struct Away {
        QByteArray name;
        qint64 contactId = -1;
        qint64 leftNs = 0;
    };
    std::deque<Away> m_away; // sessions that left during the churn, oldest first
};

} // namespace chatbuddy::bench::hubscale
