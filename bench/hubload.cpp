// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-hub: starts a real chatbuddy-hub, opens N TLS sessions to it over loopback
// and prints what they cost: set-up time, hub memory, `list` round trips and presence delay.
// One thread, one event loop; every wait is event-driven and bounded (docs/performance.md).

#include "benchsupport.h"
#include "framecodec.h"
#include "identity.h"
#include "messages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

namespace {

constexpr int ListLimit = 50;
constexpr int MaxListSessions = 50; // list samples rotate over this many sessions at most
constexpr auto HeartbeatCheck = 5s;
constexpr qint64 HeartbeatAfterMs = 20'000; // hub drops sessions silent for 90 s

} // namespace

struct Options {
    int sessions = 100;
    int concurrency = 200;
    int listSamples = 200;
    int listOffset = 0;
    int joins = 20;
    bool watch = true; // --no-watch: sessions only register (TLS and directory cost alone)
    QString hubPath;
};

// Mirrors the hub's per-connection token bucket (hub/hubconfig.h: 20 requests/s, burst 60)
// with a margin, so the benchmark never trips a limit it is not measuring.
class RequestBudget {
public:
    void take(qint64 nowMs)
    {
        refill(nowMs);
        m_tokens -= 1.0;
    }
    qint64 msUntilAvailable(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens >= 1.0 ? 0 : qint64(std::ceil((1.0 - m_tokens) / PerSecond * 1000.0));
    }

private:
    void refill(qint64 nowMs)
    {
        if (m_lastMs >= 0)
            m_tokens = std::min(Burst, m_tokens + double(nowMs - m_lastMs) * PerSecond / 1000.0);
        m_lastMs = nowMs;
    }

    static constexpr double PerSecond = 15.0;
    static constexpr double Burst = 40.0;
    double m_tokens = Burst;
    qint64 m_lastMs = -1;
};

// One benchmark client of the hub: TLS over loopback, `hello` as soon as the handshake is
// done, `watch` on `welcome` (watchers only). It reports what it receives as signals stamped
// with the time the bytes were handed to it (readyRead), on the benchmark's monotonic clock.
class BenchSession : public QObject {
    Q_OBJECT
public:
    // clock must outlive the session; the socket is a child.
    BenchSession(const QString &name, bool watch, const QSslConfiguration &tls,
                 const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_name(name)
        , m_watch(watch)
        , m_clock(clock)
        , m_socket(new QSslSocket(this))
    {
        m_socket->setSslConfiguration(tls);
        connect(m_socket, &QSslSocket::encrypted, this, &BenchSession::sendHello);
        connect(m_socket, &QSslSocket::readyRead, this, &BenchSession::readFrames);
        connect(m_socket, &QSslSocket::disconnected, this,
                [this] { reportFailure(u"the hub closed the connection"_s); });
        connect(m_socket, &QSslSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) { reportFailure(m_socket->errorString()); });
    }

    // Only ever to loopback: this is a local benchmark.
    void open(quint16 port) { m_socket->connectToHostEncrypted(u"127.0.0.1"_s, port); }

    template<typename M> void send(const M &message)
    {
        const qint64 now = m_clock.elapsed();
        m_budget.take(now);
        m_lastSentMs = now;
        m_socket->write(encodeFrame(message.toJson()));
    }

    // Sends `ping`; synced() follows once its `pong` is back, i.e. once the hub has handled
    // everything sent before it and everything it sent before is received.
    void sync()
    {
        send(Ping{});
        m_syncAtPong = ++m_pingsSent;
    }
    void heartbeat()
    {
        send(Ping{});
        ++m_pingsSent;
    }

    const QString &name() const { return m_name; }
    bool isWelcomed() const { return m_welcomed; }
    qint64 helloSentNs() const { return m_helloSentNs; }
    qint64 lastSentMs() const { return m_lastSentMs; }
    qint64 msUntilRequestAllowed() { return m_budget.msUntilAvailable(m_clock.elapsed()); }

Q_SIGNALS:
    void welcomed();
    void synced();
    void usersReceived(int total, int count, qint64 atNs);
    void presenceReceived(const QString &name, bool joined, qint64 atNs);
    // Anything unexpected: an `error` frame, a closed socket, a TLS or decoding failure.
    void failed(const QString &reason);

private:
    void sendHello()
    {
        Hello hello;
        hello.name = m_name;
        hello.port = DefaultChatPort;
        hello.software = u"chatbuddy-bench-hub"_s;
        m_helloSentNs = m_clock.nsecsElapsed();
        send(hello);
    }

    void readFrames()
    {
        const qint64 atNs = m_clock.nsecsElapsed();
        m_decoder.feed(m_socket->readAll());
        while (auto frame = m_decoder.next()) {
            handle(*frame, atNs);
            if (m_failed)
                return;
        }
        if (m_decoder.hasError())
            reportFailure(u"undecodable data from the hub: %1"_s.arg(m_decoder.errorString()));
    }

    void handle(const QJsonObject &frame, qint64 atNs)
    {
        ProtocolError problem;
        const std::optional<Message> message = parseMessage(frame, &problem);
        if (!message) {
            reportFailure(u"invalid frame from the hub: %1"_s.arg(problem.message));
        } else if (const auto *presence = std::get_if<Presence>(&*message)) {
            Q_EMIT presenceReceived(presence->user.name, presence->event == Presence::Event::Joined,
                                    atNs);
        } else if (std::holds_alternative<Pong>(*message)) {
            if (++m_pongs == m_syncAtPong)
                Q_EMIT synced();
        } else if (const auto *users = std::get_if<UserList>(&*message)) {
            Q_EMIT usersReceived(users->total, int(users->users.size()), atNs);
        } else if (std::holds_alternative<Welcome>(*message)) {
            m_welcomed = true;
            if (m_watch)
                send(Watch{});
            Q_EMIT welcomed();
        } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
            reportFailure(u"the hub sent error \"%1\": %2"_s.arg(error->codeName, error->message));
        } else if (std::holds_alternative<Shutdown>(*message)) {
            reportFailure(u"the hub announced its shutdown"_s);
        } else {
            reportFailure(u"unexpected \"%1\" frame from the hub"_s.arg(messageType(*message)));
        }
    }

    void reportFailure(const QString &reason)
    {
        if (m_failed)
            return;
        m_failed = true;
        Q_EMIT failed(u"session %1: %2"_s.arg(m_name, reason));
    }

    QString m_name;
    bool m_watch;
    const QElapsedTimer &m_clock;
    QSslSocket *m_socket; // child
    FrameDecoder m_decoder;
    RequestBudget m_budget;
    bool m_welcomed = false;
    bool m_failed = false;
    qint64 m_helloSentNs = -1;
    qint64 m_lastSentMs = 0;
    qint64 m_pingsSent = 0;
    qint64 m_pongs = 0;
    qint64 m_syncAtPong = -1;
};

// The benchmark itself: a script of phases run from run(), each waiting in a local event loop
// for its condition (signalled through m_events) or its timeout.
class HubLoad : public QObject {
    Q_OBJECT
public:
    explicit HubLoad(const Options &options)
        : m_options(options)
    {
        m_clock.start();
        connect(&m_hub, &HubProcess::exitedUnexpectedly, this,
                [this](const QString &description) { fail(description); });
        connect(&m_hub, &HubProcess::changed, &m_events, &EventWait::notify);
        m_heartbeat.setInterval(HeartbeatCheck);
        connect(&m_heartbeat, &QTimer::timeout, this, &HubLoad::sendHeartbeats);
    }

    int run()
    {
        const bool ok = checkFileLimit() && createIdentity() && startHub() && establishSessions() &&
                        awaitWatchers() && measureMemory() && measureList() && measurePresence();
        if (!ok)
            complain(m_failure);
        stopHub();
        if (ok)
            printSummary();
        return ok ? 0 : 1;
    }

private:
    bool checkFileLimit()
    {
        const qint64 needed = qint64(m_options.sessions) + m_options.joins + 64;
        QString error;
        if (!ensureFileLimit(needed, u"%1 sessions"_s.arg(m_options.sessions), &error))
            return fail(error);
        return true;
    }

    bool createIdentity()
    {
        // One key for every session: a key may own many names, and it keeps set-up cheap.
        const auto identity = Identity::generate(u"bench"_s);
        if (!identity)
            return fail(u"cannot generate the client identity: %1"_s.arg(identity.error()));
        m_tls = clientTlsConfiguration(*identity);
        return true;
    }

    bool startHub()
    {
        QStringList arguments{
            u"--port"_s,
            u"0"_s,
            u"--bind"_s,
            u"127.0.0.1"_s,
            u"--max-users"_s,
            QString::number(m_options.sessions + std::max(50, m_options.joins + 10)),
            u"--max-per-address"_s,
            u"0"_s,
        };
        // Every session comes from one address and one key: lift the hub's admission and
        // name limits where this hub has them (newer hubs), as the per-address limit above.
        arguments += HubProcess::argumentsIfKnown(
            HubProcess::knownOptions(m_options.hubPath),
            {{u"max-pending-per-address"_s, u"0"_s},
             {u"max-pending"_s, QString::number(std::max(256, m_options.concurrency + 10))},
             {u"max-names-per-key"_s, u"0"_s},
             {u"max-new-names-per-hour"_s, u"0"_s}});
        QString error;
        if (!m_hub.start(m_options.hubPath, arguments, 20s, &error))
            return fail(error);
        m_port = m_hub.port();
        m_hubPid = m_hub.pid();
        const auto rss = residentKiB(m_hubPid);
        if (!rss)
            return fail(u"cannot read the hub's memory from /proc/%1/status"_s.arg(m_hubPid));
        m_hubBaselineKiB = *rss;
        say(u"hub running: pid %1, port %2, RSS %3 MiB"_s.arg(m_hubPid).arg(m_port).arg(
            fixed(double(m_hubBaselineKiB) / 1024.0)));
        if (const auto self = residentKiB(QCoreApplication::applicationPid()))
            m_benchBaselineKiB = *self;
        return true;
    }

    bool establishSessions()
    {
        const int n = m_options.sessions;
        say(u"opening %1 sessions, %2 handshakes in flight at most..."_s.arg(n).arg(
            m_options.concurrency));
        m_sessions.reserve(size_t(n + m_options.joins));
        m_heartbeat.start();
        const double hubCpuBefore = cpuSeconds(m_hubPid).value_or(0);
        const double benchCpuBefore = cpuSeconds(QCoreApplication::applicationPid()).value_or(0);
        const qint64 overflowsBefore = listenOverflows().value_or(0);
        m_setupTimer.start();
        launchPending();
        const auto timeout = 120s + n * 60ms;
        if (!waitUntil([this] { return m_established == m_options.sessions; }, timeout,
                       u"%1 sessions to be welcomed"_s.arg(n)))
            return false;
        const double seconds = double(m_setupNs) / 1e9;
        m_setupRate = double(n) / seconds;
        say(u"sessions established: %1 in %2 s (%3 sessions/s)"_s.arg(n)
                .arg(fixed(seconds, 3))
                .arg(fixed(m_setupRate, 1)));
        m_hubSetupCpu = cpuSeconds(m_hubPid).value_or(0) - hubCpuBefore;
        m_benchSetupCpu =
            cpuSeconds(QCoreApplication::applicationPid()).value_or(0) - benchCpuBefore;
        m_listenOverflows = listenOverflows().value_or(0) - overflowsBefore;
        say(u"  first welcome after %1 ms; CPU during set-up: hub %2 s, benchmark %3 s; "
            "kernel listen-queue overflows: %4"_s.arg(fixed(double(m_firstWelcomeNs) / 1e6, 1))
                .arg(fixed(m_hubSetupCpu))
                .arg(fixed(m_benchSetupCpu))
                .arg(m_listenOverflows));
        return true;
    }

    // After every welcome, one `ping` per session: its `pong` proves the `watch` was handled
    // and that every presence delta of the set-up has been delivered.
    bool awaitWatchers()
    {
        for (BenchSession *session : m_sessions)
            session->sync();
        if (!waitUntil([this] { return m_synced == m_options.sessions; },
                       60s + m_options.sessions * 10ms, u"every session's pong"_s))
            return false;
        say(u"all %1 sessions %2; presence frames received during set-up: %3"_s
                .arg(m_options.sessions)
                .arg(m_options.watch ? u"watching"_s : u"registered (not watching)"_s)
                .arg(m_setupPresence));
        return true;
    }

    bool measureMemory()
    {
        const auto rss = residentKiB(m_hubPid);
        if (!rss)
            return fail(u"cannot read the hub's memory from /proc/%1/status"_s.arg(m_hubPid));
        m_hubLoadedKiB = *rss;
        const double perSession = double(m_hubLoadedKiB - m_hubBaselineKiB) / m_options.sessions;
        say(u"hub RSS: baseline %1 MiB, with %2 sessions %3 MiB, per session %4 KiB"_s
                .arg(fixed(double(m_hubBaselineKiB) / 1024.0))
                .arg(m_options.sessions)
                .arg(fixed(double(m_hubLoadedKiB) / 1024.0))
                .arg(fixed(perSession, 1)));
        if (const auto self = residentKiB(QCoreApplication::applicationPid()))
            m_benchLoadedKiB = *self;
        return true;
    }

    bool measureList()
    {
        const int samples = m_options.listSamples;
        if (samples <= 0)
            return true;
        const int pool = std::min(MaxListSessions, m_options.sessions);
        m_listNs.reserve(size_t(samples));
        for (int i = 0; i < samples; ++i) {
            BenchSession *session = m_sessions[size_t(i % pool)];
            if (!waitForBudget(session))
                return false;
            ListRequest request;
            request.offset = m_options.listOffset;
            request.limit = ListLimit;
            m_listWaiting = session;
            m_listReplyNs = -1;
            const qint64 sentNs = m_clock.nsecsElapsed();
            session->send(request);
            if (!waitUntil([this] { return m_listReplyNs >= 0; }, 10s, u"a `users` reply"_s))
                return false;
            m_listNs.push_back(m_listReplyNs - sentNs);
        }
        m_listWaiting = nullptr;
        std::sort(m_listNs.begin(), m_listNs.end());
        say(u"list (limit %1, offset %2, %3 samples over %4 sessions, %5 users per reply): "
            "p50 %6 ms, p99 %7 ms"_s.arg(ListLimit)
                .arg(m_options.listOffset)
                .arg(samples)
                .arg(pool)
                .arg(m_listCount)
                .arg(fixed(percentileMs(m_listNs, 0.50), 3))
                .arg(fixed(percentileMs(m_listNs, 0.99), 3)));
        return true;
    }

    bool measurePresence()
    {
        if (m_options.joins == 0)
            return true;
        if (!m_options.watch) {
            say(u"presence: skipped, the sessions do not watch (--no-watch)"_s);
            return true;
        }
        const int n = m_options.sessions;
        m_presenceNs.reserve(size_t(m_options.joins) * size_t(n));
        for (int j = 0; j < m_options.joins; ++j) {
            m_joiner = newSession(n + j, false);
            m_joinReceipts = 0;
            m_joiner->open(m_port);
            if (!waitUntil(
                    [this] {
                        return m_joiner->isWelcomed() && m_joinReceipts == m_options.sessions;
                    },
                    30s + n * 10ms, u"the presence of %1 at every watcher"_s.arg(m_joiner->name())))
                return false;
        }
        m_joiner = nullptr;
        std::sort(m_presenceNs.begin(), m_presenceNs.end());
        say(u"presence (%1 joins x %2 watchers, %3 samples, hello sent to `presence` received): "
            "p50 %4 ms, p99 %5 ms"_s.arg(m_options.joins)
                .arg(n)
                .arg(m_presenceNs.size())
                .arg(fixed(percentileMs(m_presenceNs, 0.50), 3))
                .arg(fixed(percentileMs(m_presenceNs, 0.99), 3)));
        return true;
    }

    void stopHub()
    {
        m_stopping = true;
        m_heartbeat.stop();
        m_hub.stop();
    }

    void printSummary() const
    {
        const int n = m_options.sessions;
        const double hubPerSession = double(m_hubLoadedKiB - m_hubBaselineKiB) / n;
        const double benchPerSession = double(m_benchLoadedKiB - m_benchBaselineKiB) / n;
        say(u""_s);
        say(u"== chatbuddy-bench-hub summary =="_s);
        say(u"sessions              %1 (concurrency %2)"_s.arg(n).arg(m_options.concurrency));
        say(u"setup                 %1 s, %2 sessions/s"_s.arg(fixed(double(m_setupNs) / 1e9, 3))
                .arg(fixed(m_setupRate, 1)));
        say(u"setup CPU             hub %1 s, benchmark %2 s"_s.arg(fixed(m_hubSetupCpu))
                .arg(fixed(m_benchSetupCpu)));
        say(u"setup listen drops    %1"_s.arg(m_listenOverflows));
        say(u"setup presence frames %1"_s.arg(m_setupPresence));
        say(u"hub RSS               %1 MiB idle, %2 MiB loaded, %3 KiB/session"_s
                .arg(fixed(double(m_hubBaselineKiB) / 1024.0))
                .arg(fixed(double(m_hubLoadedKiB) / 1024.0))
                .arg(fixed(hubPerSession, 1)));
        say(u"bench RSS             %1 KiB/session (client side)"_s.arg(fixed(benchPerSession, 1)));
        if (!m_listNs.empty()) {
            say(u"list p50 / p99        %1 / %2 ms (%3 samples, limit %4, offset %5)"_s
                    .arg(fixed(percentileMs(m_listNs, 0.50), 3))
                    .arg(fixed(percentileMs(m_listNs, 0.99), 3))
                    .arg(m_listNs.size())
                    .arg(ListLimit)
                    .arg(m_options.listOffset));
        }
        if (!m_presenceNs.empty()) {
            say(u"presence p50 / p99    %1 / %2 ms (%3 samples)"_s
                    .arg(fixed(percentileMs(m_presenceNs, 0.50), 3))
                    .arg(fixed(percentileMs(m_presenceNs, 0.99), 3))
                    .arg(m_presenceNs.size()));
        }
    }

    BenchSession *newSession(int index, bool watch)
    {
        auto *session = new BenchSession(u"bench%1"_s.arg(index + 1, 5, 10, QChar(u'0')), watch,
                                         m_tls, m_clock, this);
        m_sessions.push_back(session);
        connect(session, &BenchSession::failed, this,
                [this](const QString &reason) { fail(reason); });
        connect(session, &BenchSession::welcomed, this, [this, session] {
            if (session == m_joiner) {
                m_events.notify();
                return;
            }
            --m_inFlight;
            if (m_established == 0)
                m_firstWelcomeNs = m_setupTimer.nsecsElapsed();
            if (++m_established == m_options.sessions)
                m_setupNs = m_setupTimer.nsecsElapsed();
            launchPending();
            m_events.notify();
        });
        connect(session, &BenchSession::synced, this, [this] {
            ++m_synced;
            m_events.notify();
        });
        connect(
            session, &BenchSession::usersReceived, this,
            [this, session](int total, int count, qint64 atNs) {
                if (session != m_listWaiting)
                    return;
                m_listReplyNs = atNs;
                m_listCount = count;
                if (total < m_options.sessions)
                    fail(u"`users` says %1 users are online, expected at least %2"_s.arg(total).arg(
                        m_options.sessions));
                m_events.notify();
            });
        connect(session, &BenchSession::presenceReceived, this,
                [this](const QString &name, bool joined, qint64 atNs) {
                    if (!m_joiner) {
                        ++m_setupPresence;
                        return;
                    }
                    if (!joined || name != m_joiner->name())
                        return;
                    m_presenceNs.push_back(atNs - m_joiner->helloSentNs());
                    ++m_joinReceipts;
                    if (m_joinReceipts == m_options.sessions)
                        m_events.notify();
                });
        return session;
    }

    void launchPending()
    {
        while (m_inFlight < m_options.concurrency && m_launched < m_options.sessions) {
            BenchSession *session = newSession(m_launched++, m_options.watch);
            ++m_inFlight;
            session->open(m_port);
        }
    }

    // Keeps quiet sessions alive as a real client would (the hub drops them after 90 s).
    void sendHeartbeats()
    {
        const qint64 now = m_clock.elapsed();
        for (BenchSession *session : m_sessions) {
            if (session->isWelcomed() && now - session->lastSentMs() >= HeartbeatAfterMs &&
                session->msUntilRequestAllowed() == 0)
                session->heartbeat();
        }
    }

    bool waitForBudget(BenchSession *session)
    {
        const qint64 wait = session->msUntilRequestAllowed();
        if (wait == 0)
            return true;
        QTimer::singleShot(std::chrono::milliseconds(wait), this, [this] { m_events.notify(); });
        return waitUntil([session] { return session->msUntilRequestAllowed() == 0; },
                         std::chrono::milliseconds(wait) + 5s, u"the request budget"_s);
    }

    // As EventWait::spin(), but any recorded failure ends the wait; a timeout becomes the
    // failure.
    bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
                   const QString &what)
    {
        const bool reached =
            m_events.spin([this, &done] { return !m_failure.isEmpty() || done(); }, timeout);
        if (!m_failure.isEmpty())
            return false;
        if (!reached)
            return fail(u"timed out after %1 s waiting for %2"_s.arg(
                fixed(timeout.count() / 1e3, 1), what));
        return true;
    }

    // Records the first failure (later ones are consequences); ignored while stopping.
    bool fail(const QString &reason)
    {
        if (!m_stopping && m_failure.isEmpty()) {
            m_failure = reason;
            m_events.notify();
        }
        return false;
    }

    Options m_options;
    QElapsedTimer m_clock; // one monotonic clock for every timestamp
    EventWait m_events;    // notified whenever a phase may be done (or a failure was recorded)
    HubProcess m_hub;
    qint64 m_hubPid = 0;
    quint16 m_port = 0;
    QSslConfiguration m_tls;
    QTimer m_heartbeat;
    std::vector<BenchSession *> m_sessions; // children; the first `sessions` are watchers
    QString m_failure;
    bool m_stopping = false;

    int m_launched = 0;
    int m_inFlight = 0;
    int m_established = 0;
    int m_synced = 0;
    QElapsedTimer m_setupTimer;
    qint64 m_setupNs = 0;
    qint64 m_firstWelcomeNs = 0;
    double m_hubSetupCpu = 0;
    double m_benchSetupCpu = 0;
    qint64 m_listenOverflows = 0;
    double m_setupRate = 0;
    qint64 m_setupPresence = 0;

    qint64 m_hubBaselineKiB = 0;
    qint64 m_hubLoadedKiB = 0;
    qint64 m_benchBaselineKiB = 0;
    qint64 m_benchLoadedKiB = 0;

    BenchSession *m_listWaiting = nullptr;
    qint64 m_listReplyNs = -1;
    int m_listCount = 0;
    std::vector<qint64> m_listNs;

    BenchSession *m_joiner = nullptr;
    int m_joinReceipts = 0;
    std::vector<qint64> m_presenceNs;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Load benchmark of chatbuddy-hub: starts a hub on 127.0.0.1, opens N TLS sessions "
        "and prints set-up time, hub memory, list latency and presence latency."_s);
    parser.addHelpOption();
    const Options defaults;
    const QString defaultHub = defaultHubPath();
    parser.addOptions({
        {u"sessions"_s, u"Concurrent watching sessions to open."_s, u"N"_s,
         QString::number(defaults.sessions)},
        {u"hub"_s, u"The chatbuddy-hub executable (default: the one in this build tree)."_s,
         u"path"_s, defaultHub},
        {u"concurrency"_s, u"TLS handshakes in flight at once."_s, u"K"_s,
         QString::number(defaults.concurrency)},
        {u"list-samples"_s, u"Sequential `list` round trips to time (0: skip)."_s, u"count"_s,
         QString::number(defaults.listSamples)},
        {u"list-offset"_s, u"Offset of the timed `list` requests."_s, u"offset"_s,
         QString::number(defaults.listOffset)},
        {u"joins"_s, u"Fresh sessions whose presence is timed at every watcher (0: skip)."_s,
         u"count"_s, QString::number(defaults.joins)},
        {u"no-watch"_s, u"Sessions register but never watch (no presence traffic); skips the "
                        "presence phase."_s},
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    auto number = [&parser, &ok](const QString &name, int min, int max) {
        return int(integerOption(parser, name, min, max, &ok));
    };
    Options options;
    options.sessions = number(u"sessions"_s, 1, 99'000);
    options.concurrency = number(u"concurrency"_s, 1, 100'000);
    options.listSamples = number(u"list-samples"_s, 0, 1'000'000);
    options.listOffset = number(u"list-offset"_s, 0, 1'000'000);
    options.joins = number(u"joins"_s, 0, 900);
    options.hubPath = parser.value(u"hub"_s);
    options.watch = !parser.isSet(u"no-watch"_s);
    if (!ok)
        return std::nullopt;
    return options;
}

} // namespace chatbuddy::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-hub"_s);
    const auto options = chatbuddy::bench::parseOptions(app);
    if (!options)
        return 2;
    chatbuddy::bench::HubLoad load(*options);
    return load.run();
}

#include "hubload.moc"
