// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-soak: churns sessions against a real hub for a long time and watches the
// hub's memory, open descriptors and CPU. Each session: TLS connect, `hello`, `welcome`,
// `watch`, `list`, `users`, hold, disconnect; R new sessions a second from 127.0.0.1 ... N.
// One thread, one event loop; every wait is event-driven and bounded (docs/performance.md).

#include "benchsupport.h"
#include "framecodec.h"
#include "messages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

namespace {

constexpr auto HubStartTimeout = 20s;
constexpr auto TickInterval = 5ms;          // the launcher catches up with the schedule
constexpr qint64 HeartbeatAfterMs = 20'000; // a real client pings every 30 s; the hub drops at 90
constexpr qint64 TimeWaitSeconds = 60;      // Linux keeps a closed client port this long
constexpr qint64 ReferenceAfterMs = 60'000; // RSS drift is measured against this moment
constexpr auto CloseTimeout = 5s;           // disconnectFromHost() to `disconnected`
constexpr auto SettleTimeout = 10s;         // end of load to "hub fds back to the start value"
constexpr auto SettlePoll = 100ms;

QString mib(qint64 kib)
{
    return fixed(double(kib) / 1024.0);
}

} // namespace

struct Options {
    double rate = 200;   // new sessions per second
    int holdMs = 1000;   // after `users`, before disconnecting
    int duration = 3600; // s of load
    int report = 60;     // s between reports
    int addresses = 0;   // source addresses 127.0.0.1 ... N; 0: enough for the rate
    int users = 1000;    // names (each with its own key); also the most sessions open at once
    int listLimit = MaxListLimit;
    int timeout = 10; // s for each step (welcome, users)
    QString hubPath;
    QStringList hubArgs;
    int hubPort = 0;
    qint64 hubPid = 0;
};

// One churned session. Reports its end once through finished(); an empty reason is success.
class SoakSession : public QObject {
    Q_OBJECT
public:
    enum class Step { Connecting, Registering, Listing, Holding, Closing, Done };

    SoakSession(int user, const QString &name, const QSslConfiguration &tls,
                const QElapsedTimer &clock, const Options &options, QObject *parent)
        : QObject(parent)
        , m_user(user)
        , m_name(name)
        , m_clock(clock)
        , m_options(options)
        , m_tls(tls)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &SoakSession::onTimer);
    }

    // Connects from `source` to 127.0.0.1:port; false (and *error) if the local bind failed.
    bool open(const QHostAddress &source, quint16 port, QString *error)
    {
        m_socket = newTlsSocket(m_tls, source, this, error);
        if (!m_socket)
            return false;
        connect(m_socket, &QSslSocket::encrypted, this, &SoakSession::sendHello);
        connect(m_socket, &QSslSocket::readyRead, this, &SoakSession::readFrames);
        connect(m_socket, &QSslSocket::disconnected, this, &SoakSession::onDisconnected);
        connect(m_socket, &QSslSocket::errorOccurred, this, &SoakSession::onError);
        m_startNs = m_clock.nsecsElapsed();
        m_step = Step::Connecting;
        m_timer.start(std::chrono::seconds(m_options.timeout));
        m_socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
        return true;
    }

    int user() const { return m_user; }
    Step step() const { return m_step; }
    qint64 startNs() const { return m_startNs; }

Q_SIGNALS:
    // connect → welcome and connect → users, in ns.
    void listed(qint64 welcomeNs, qint64 usersNs);
    void finished(const QString &failure);

private:
    void sendHello()
    {
        Hello hello;
        hello.name = m_name;
        hello.port = DefaultChatPort;
        hello.software = u"chatbuddy-bench-soak"_s;
        m_step = Step::Registering;
        send(hello.toJson());
    }

    void send(const QJsonObject &frame)
    {
        m_lastSentMs = m_clock.elapsed();
        m_socket->write(encodeFrame(frame));
    }

    void readFrames()
    {
        if (m_step == Step::Done)
            return;
        m_decoder.feed(m_socket->readAll());
        while (auto frame = m_decoder.next()) {
            handle(*frame);
            if (m_step == Step::Done || m_step == Step::Closing)
                return;
        }
        if (m_decoder.hasError())
            fail(u"undecodable data from the hub"_s);
    }

    void handle(const QJsonObject &frame)
    {
        // Presence deltas are most of the traffic: only their type is looked at.
        if (frame.value(u"type"_s).toString() == Presence::type)
            return;
        const std::optional<Message> message = parseMessage(frame);
        if (!message) {
            fail(u"invalid frame from the hub"_s);
        } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
            fail(u"error %1 (%2)"_s.arg(error->codeName, stepName()));
        } else if (std::holds_alternative<Shutdown>(*message)) {
            fail(u"shutdown"_s);
        } else if (std::holds_alternative<Welcome>(*message) && m_step == Step::Registering) {
            m_welcomeNs = m_clock.nsecsElapsed() - m_startNs;
            m_step = Step::Listing;
            send(Watch{}.toJson());
            ListRequest request;
            request.limit = m_options.listLimit;
            send(request.toJson());
        } else if (std::holds_alternative<UserList>(*message) && m_step == Step::Listing) {
            Q_EMIT listed(m_welcomeNs, m_clock.nsecsElapsed() - m_startNs);
            m_step = Step::Holding;
            m_holdEndMs = m_clock.elapsed() + m_options.holdMs;
            armHoldTimer();
        } else if (std::holds_alternative<Pong>(*message) && m_step == Step::Holding) {
            // an answer to a heartbeat
        } else {
            fail(u"unexpected \"%1\" frame (%2)"_s.arg(messageType(*message), stepName()));
        }
    }

    // During the hold the timer wakes for the next heartbeat or the end of the hold.
    void armHoldTimer()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 next = std::min(m_holdEndMs, m_lastSentMs + HeartbeatAfterMs);
        m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, next - now)));
    }

    void onTimer()
    {
        switch (m_step) {
        case Step::Connecting:
            fail(u"timeout: no TLS session within %1 s"_s.arg(m_options.timeout));
            break;
        case Step::Registering:
            fail(u"timeout: no welcome within %1 s"_s.arg(m_options.timeout));
            break;
        case Step::Listing:
            fail(u"timeout: no users within %1 s"_s.arg(m_options.timeout));
            break;
        case Step::Holding:
            if (m_clock.elapsed() >= m_holdEndMs) {
                m_step = Step::Closing;
                m_timer.start(CloseTimeout);
                m_socket->disconnectFromHost();
            } else {
                send(Ping{}.toJson());
                armHoldTimer();
            }
            break;
        case Step::Closing:
            // Our own close did not complete: not the hub's fault, but say so.
            m_socket->abort();
            end(u"local close did not complete within 5 s"_s);
            break;
        case Step::Done:
            break;
        }
    }

    void onDisconnected()
    {
        if (m_step == Step::Closing) {
            end({});
            return;
        }
        if (m_socket->bytesAvailable() > 0)
            readFrames(); // the `error` frame that says why, if any
        fail(u"closed by the hub (%1)"_s.arg(stepName()));
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (m_step == Step::Closing || m_step == Step::Done)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            if (m_socket->bytesAvailable() > 0)
                readFrames(); // the `error` frame that says why, if any
            fail(u"closed by the hub (%1)"_s.arg(stepName()));
        } else if (m_step == Step::Connecting) {
            fail(u"TLS/connect failed: %1"_s.arg(m_socket->errorString()));
        } else {
            fail(u"socket error: %1 (%2)"_s.arg(m_socket->errorString(), stepName()));
        }
    }

    QString stepName() const
    {
        switch (m_step) {
        case Step::Connecting:
            return u"before the TLS session"_s;
        case Step::Registering:
            return u"before welcome"_s;
        case Step::Listing:
            return u"before users"_s;
        case Step::Holding:
            return u"during the hold"_s;
        case Step::Closing:
        case Step::Done:
            break;
        }
        return u"while closing"_s;
    }

    void fail(const QString &reason)
    {
        if (m_step == Step::Done)
            return;
        m_socket->abort();
        end(reason);
    }

    void end(const QString &failure)
    {
        if (m_step == Step::Done)
            return;
        m_step = Step::Done;
        m_timer.stop();
        Q_EMIT finished(failure);
    }

    int m_user;
    QString m_name;
    const QElapsedTimer &m_clock;
    const Options &m_options;
    const QSslConfiguration &m_tls;
    QSslSocket *m_socket = nullptr; // child
    QTimer m_timer;
    FrameDecoder m_decoder;
    Step m_step = Step::Connecting;
    qint64 m_startNs = 0;
    qint64 m_welcomeNs = 0;
    qint64 m_holdEndMs = 0;
    qint64 m_lastSentMs = 0;
};

class Soak : public QObject {
    Q_OBJECT
public:
    explicit Soak(const Options &options)
        : m_options(options)
    {
        m_clock.start();
        m_runTag = QString::number(QRandomGenerator::global()->bounded(0x100000, 0xffffff), 16);
        connect(&m_hub, &HubProcess::exitedUnexpectedly, this, [this](const QString &why) {
            m_hubDied = why;
            m_launcher.stop();
            m_events.notify();
        });
        connect(&m_hub, &HubProcess::changed, &m_events, &EventWait::notify);
        m_hub.setLineHandler([this](const QString &line) {
            if (isHubWarning(line)) {
                ++m_hubWarningCount;
                if (m_hubWarnings.size() < 10)
                    m_hubWarnings.append(line);
            }
            if (const std::optional<HubClose> close = parseHubClose(line))
                ++m_hubCloses[close->reason];
        });
        m_launcher.setTimerType(Qt::PreciseTimer);
        m_launcher.setInterval(TickInterval);
        connect(&m_launcher, &QTimer::timeout, this, &Soak::launchDue);
        m_reporter.setTimerType(Qt::PreciseTimer);
        connect(&m_reporter, &QTimer::timeout, this, &Soak::report);
        m_reference.setSingleShot(true);
        m_reference.setTimerType(Qt::PreciseTimer);
        connect(&m_reference, &QTimer::timeout, this, [this] {
            m_referenceKiB = residentKiB(m_hubPid);
            if (m_referenceKiB)
                say(u"  reference RSS after the first minute: %1 MiB"_s.arg(mib(*m_referenceKiB)));
        });
    }

    ~Soak() override
    {
        const auto sessions = findChildren<SoakSession *>(Qt::FindDirectChildrenOnly);
        for (SoakSession *session : sessions) {
            session->disconnect(this);
            delete session;
        }
    }

    int run()
    {
        if (!setUp()) {
            complain(m_setupError);
            m_hub.stop();
            return 1;
        }
        load();
        drain();
        settle();
        printSummary();
        m_hub.stop();
        return m_hubDied.isEmpty() ? 0 : 1;
    }

private:
    // ---- set-up ---------------------------------------------------------------------------

    bool setUp()
    {
        if (!ensureFileLimit(qint64(m_options.users) + 64,
                             u"%1 sessions open at once"_s.arg(m_options.users), &m_setupError))
            return false;
        if (!chooseAddresses())
            return false;
        // One key per name, as for real users; names come back to a queue after each session
        // and are reused oldest first, so the registry stays at `users` names.
        QElapsedTimer keys;
        keys.start();
        m_tls.reserve(size_t(m_options.users));
        for (int i = 0; i < m_options.users; ++i) {
            const auto tls = freshClientTls(userName(i), &m_setupError);
            if (!tls)
                return false;
            m_tls.push_back(*tls);
            m_freeUsers.push_back(i);
        }
        say(u"made %1 client keys in %2 s"_s.arg(m_options.users)
                .arg(fixed(double(keys.nsecsElapsed()) / 1e9)));

        if (m_options.hubPort != 0) {
            m_port = quint16(m_options.hubPort);
            m_hubPid = m_options.hubPid;
            say(u"using the hub at 127.0.0.1 port %1, pid %2"_s.arg(m_port).arg(m_hubPid));
        } else {
            QStringList arguments{u"--bind"_s,
                                  u"127.0.0.1"_s,
                                  u"--port"_s,
                                  u"0"_s,
                                  u"--max-users"_s,
                                  QString::number(m_options.users + 100),
                                  u"--max-per-address"_s,
                                  u"0"_s};
            // Churn, not admission or name policy, is measured: lift those limits where this
            // hub has them. The user's --hub-arg come last and win.
            arguments += HubProcess::argumentsIfKnown(
                HubProcess::knownOptions(m_options.hubPath),
                {{u"max-pending-per-address"_s, u"0"_s},
                 {u"max-pending"_s, QString::number(m_options.users + 100)},
                 {u"max-new-names-per-hour"_s, u"0"_s}});
            arguments += m_options.hubArgs;
            if (!m_hub.start(m_options.hubPath, arguments, HubStartTimeout, &m_setupError))
                return false;
            m_port = m_hub.port();
            m_hubPid = m_hub.pid();
        }
        const auto rss = residentKiB(m_hubPid);
        const auto fds = openFdCount(m_hubPid);
        const auto cpu = cpuSeconds(m_hubPid);
        if (!rss || !fds || !cpu) {
            m_setupError = u"cannot read /proc/%1 (status, fd, stat) of the hub"_s.arg(m_hubPid);
            return false;
        }
        m_startKiB = *rss;
        m_startFds = *fds;
        say(u"hub running: pid %1, port %2; at start: RSS %3 MiB, open fds %4"_s.arg(m_hubPid)
                .arg(m_port)
                .arg(mib(m_startKiB))
                .arg(m_startFds));
        return true;
    }

    bool chooseAddresses()
    {
        const auto range = ephemeralPortRange();
        const qint64 ports = range ? range->second - range->first + 1 : 28'232;
        // Ports a second's sessions hold: open for the hold, then in TIME_WAIT for 60 s on our
        // side (we close first). Plan on half the range per address.
        const double needed =
            m_options.rate *
            (double(TimeWaitSeconds) + m_options.holdMs / 1000.0 + 2.0 * m_options.timeout);
        const int wanted = int(std::ceil(needed / (double(ports) / 2.0)));
        if (m_options.addresses == 0)
            m_addresses = std::clamp(wanted, 4, 254);
        else
            m_addresses = m_options.addresses;
        say(u"source addresses 127.0.0.1-127.0.0.%1 (%2 ephemeral ports each; about %3 ports "
            "in use or TIME_WAIT at once)"_s.arg(m_addresses)
                .arg(ports)
                .arg(qint64(needed)));
        if (m_addresses < wanted) {
            say(u"  warning: --addresses %1 may run out of ports; %2 would be safe"_s
                    .arg(m_addresses)
                    .arg(wanted));
        }
        return true;
    }

    QString userName(int index) const
    {
        return u"sk%1-%2"_s.arg(m_runTag).arg(index + 1, 5, 10, QChar(u'0'));
    }

    // ---- load -----------------------------------------------------------------------------

    void load()
    {
        say(u"load: %1 sessions/s for %2 s, hold %3 ms, list limit %4, at most %5 open; report "
            "every %6 s"_s.arg(fixed(m_options.rate, 1))
                .arg(m_options.duration)
                .arg(m_options.holdMs)
                .arg(m_options.listLimit)
                .arg(m_options.users)
                .arg(m_options.report));
        m_loadStartMs = m_clock.elapsed();
        m_lastReport = sample();
        m_loadStartSample = m_lastReport;
        m_launcher.start();
        m_reporter.start(std::chrono::seconds(m_options.report));
        if (m_options.duration * 1000LL >= ReferenceAfterMs)
            m_reference.start(std::chrono::milliseconds(ReferenceAfterMs));
        const auto duration = std::chrono::seconds(m_options.duration);
        m_events.spin([this] { return !m_hubDied.isEmpty(); }, duration);
        m_launcher.stop();
        m_loadEndMs = m_clock.elapsed();
    }

    void launchDue()
    {
        const qint64 elapsedMs = m_clock.elapsed() - m_loadStartMs;
        if (elapsedMs >= qint64(m_options.duration) * 1000)
            return;
        const auto due = qint64(std::floor(double(elapsedMs) * m_options.rate / 1000.0)) + 1;
        while (m_scheduled < due) {
            ++m_scheduled;
            if (m_freeUsers.empty()) {
                ++m_skipped; // every name is in use: the hub is not keeping up
                continue;
            }
            const int user = m_freeUsers.front();
            m_freeUsers.pop_front();
            auto *session = new SoakSession(user, userName(user), m_tls[size_t(user)], m_clock,
                                            m_options, this);
            connect(session, &SoakSession::listed, this, [this](qint64 welcomeNs, qint64 usersNs) {
                m_welcomeNs.push_back(welcomeNs);
                m_usersNs.push_back(usersNs);
            });
            connect(session, &SoakSession::finished, this,
                    [this, session](const QString &why) { sessionFinished(session, why); });
            const QHostAddress source = loopbackAddress(1 + int(m_launched % m_addresses));
            ++m_launched;
            ++m_open;
            QString error;
            if (!session->open(source, m_port, &error))
                sessionFinished(session, u"local bind failed: %1"_s.arg(error));
        }
    }

    void sessionFinished(SoakSession *session, const QString &failure)
    {
        --m_open;
        if (failure.isEmpty()) {
            ++m_done;
        } else {
            ++m_failed;
            ++m_failures[failure];
        }
        m_freeUsers.push_back(session->user());
        session->deleteLater();
        m_events.notify();
    }

    // ---- reports --------------------------------------------------------------------------

    struct Sample {
        qint64 atMs = 0;
        std::optional<qint64> rssKiB;
        std::optional<qint64> fds;
        std::optional<double> hubCpu;
        std::optional<double> benchCpu;
        qint64 launched = 0;
        qint64 done = 0;
        qint64 failed = 0;
        qint64 skipped = 0;
    };

    Sample sample() const
    {
        Sample s;
        s.atMs = m_clock.elapsed();
        s.rssKiB = residentKiB(m_hubPid);
        s.fds = openFdCount(m_hubPid);
        s.hubCpu = cpuSeconds(m_hubPid);
        s.benchCpu = cpuSeconds(QCoreApplication::applicationPid());
        s.launched = m_launched;
        s.done = m_done;
        s.failed = m_failed;
        s.skipped = m_skipped;
        return s;
    }

    static QString cpuPercent(const std::optional<double> &before,
                              const std::optional<double> &after, qint64 ms)
    {
        if (!before || !after || ms <= 0)
            return u"n/a"_s;
        return fixed((*after - *before) * 100'000.0 / double(ms), 0) + u" %"_s;
    }

    QString loadSeconds() const
    {
        return fixed(double(m_clock.elapsed() - m_loadStartMs) / 1000.0, 0);
    }

    void report() { reportAs(loadSeconds() + u" s"_s); }

    void reportAs(const QString &label)
    {
        const Sample now = sample();
        const qint64 ms = now.atMs - m_lastReport.atMs;
        std::sort(m_welcomeNs.begin(), m_welcomeNs.end());
        std::sort(m_usersNs.begin(), m_usersNs.end());
        const auto p50 = [](const std::vector<qint64> &ns) {
            return ns.empty() ? u"-"_s : fixed(percentileMs(ns, 0.50), 1);
        };
        say(u"[%1] sessions: %2 done, %3 failed, %4 skipped, %5 open; rate %6/s (target %7); "
            "hub RSS %8 MiB, fds %9, CPU %10; bench CPU %11; connect→welcome p50 %12 ms, "
            "connect→users p50 %13 / p99 %14 ms"_s.arg(label)
                .arg(now.done)
                .arg(now.failed)
                .arg(now.skipped)
                .arg(m_open)
                .arg(fixed(double(now.done - m_lastReport.done) * 1000.0 /
                               double(std::max<qint64>(ms, 1)),
                           1))
                .arg(fixed(m_options.rate, 1))
                .arg(now.rssKiB ? mib(*now.rssKiB) : u"n/a"_s)
                .arg(now.fds ? QString::number(*now.fds) : u"n/a"_s)
                .arg(cpuPercent(m_lastReport.hubCpu, now.hubCpu, ms))
                .arg(cpuPercent(m_lastReport.benchCpu, now.benchCpu, ms))
                .arg(p50(m_welcomeNs))
                .arg(p50(m_usersNs))
                .arg(m_usersNs.empty() ? u"-"_s : fixed(percentileMs(m_usersNs, 0.99), 1)));
        // Failures of this interval, by reason.
        for (auto it = m_failures.begin(); it != m_failures.end(); ++it) {
            const qint64 before = m_reportedFailures.value(it.key());
            if (it.value() > before)
                say(u"    failed: %1 × %2"_s.arg(it.value() - before).arg(it.key()));
        }
        m_reportedFailures = m_failures;
        // What the hub's log says it closed (only when this benchmark started the hub): a
        // session that ends normally is not in it.
        for (auto it = m_hubCloses.begin(); it != m_hubCloses.end(); ++it) {
            const qint64 before = m_reportedHubCloses.value(it.key());
            if (it.value() > before)
                say(u"    hub log: %1 × %2"_s.arg(it.value() - before).arg(it.key()));
        }
        m_reportedHubCloses = m_hubCloses;
        m_allWelcomeNs.insert(m_allWelcomeNs.end(), m_welcomeNs.begin(), m_welcomeNs.end());
        m_allUsersNs.insert(m_allUsersNs.end(), m_usersNs.begin(), m_usersNs.end());
        m_welcomeNs.clear();
        m_usersNs.clear();
        m_lastReport = now;
    }

    // ---- the end --------------------------------------------------------------------------

    void drain()
    {
        if (!m_hubDied.isEmpty())
            return;
        say(u"load stopped after %1 s; waiting for the %2 open sessions to end..."_s
                .arg(fixed(double(m_loadEndMs - m_loadStartMs) / 1000.0, 1))
                .arg(m_open));
        const auto bound = std::chrono::milliseconds(m_options.holdMs) +
                           std::chrono::seconds(3 * m_options.timeout) + CloseTimeout + 5s;
        if (!m_events.spin([this] { return m_open == 0 || !m_hubDied.isEmpty(); }, bound))
            say(u"  %1 sessions still open after %2 s"_s.arg(m_open).arg(
                fixed(double(bound.count()) / 1000.0, 1)));
        m_reporter.stop();
        m_reference.stop();
        reportAs(u"drained, %1 s"_s.arg(loadSeconds()));
    }

    void settle()
    {
        if (!m_hubDied.isEmpty())
            return;
        // Poll: the hub has no event to tell us its sockets are gone.
        QElapsedTimer waited;
        waited.start();
        QTimer poll;
        poll.setInterval(SettlePoll);
        connect(&poll, &QTimer::timeout, &m_events, &EventWait::notify);
        poll.start();
        m_events.spin([this] { return openFdCount(m_hubPid) == m_startFds; }, SettleTimeout);
        m_settleMs = waited.elapsed();
        m_final = sample();
    }

    void printSummary()
    {
        say(u""_s);
        say(u"== chatbuddy-bench-soak summary =="_s);
        if (!m_hubDied.isEmpty()) {
            say(u"HUB DIED DURING THE RUN: %1"_s.arg(m_hubDied));
            m_final = sample();
        }
        const double seconds = double(m_loadEndMs - m_loadStartMs) / 1000.0;
        say(u"load                  %1 s at %2 sessions/s target, hold %3 ms, %4 source "
            "addresses"_s.arg(fixed(seconds, 1))
                .arg(fixed(m_options.rate, 1))
                .arg(m_options.holdMs)
                .arg(m_addresses));
        say(u"sessions              %1 started, %2 done, %3 failed, %4 skipped (no free name), "
            "achieved %5/s"_s.arg(m_launched)
                .arg(m_done)
                .arg(m_failed)
                .arg(m_skipped)
                .arg(fixed(seconds > 0 ? double(m_done) / seconds : 0.0, 1)));
        for (auto it = m_failures.begin(); it != m_failures.end(); ++it)
            say(u"  failed %1 × %2"_s.arg(it.value()).arg(it.key()));
        for (auto it = m_hubCloses.begin(); it != m_hubCloses.end(); ++it)
            say(u"  hub log: closed %1 × %2"_s.arg(it.value()).arg(it.key()));
        if (m_hubWarningCount > 0) {
            say(u"hub warnings          %1; the first:"_s.arg(m_hubWarningCount));
            for (const QString &warning : m_hubWarnings)
                say(u"  %1"_s.arg(warning));
        }
        m_allWelcomeNs.insert(m_allWelcomeNs.end(), m_welcomeNs.begin(), m_welcomeNs.end());
        m_allUsersNs.insert(m_allUsersNs.end(), m_usersNs.begin(), m_usersNs.end());
        std::sort(m_allWelcomeNs.begin(), m_allWelcomeNs.end());
        std::sort(m_allUsersNs.begin(), m_allUsersNs.end());
        say(u"connect→welcome       p50 %1 ms, p99 %2 ms; connect→users p50 %3 ms, p99 %4 ms"_s
                .arg(fixed(percentileMs(m_allWelcomeNs, 0.50), 2))
                .arg(fixed(percentileMs(m_allWelcomeNs, 0.99), 2))
                .arg(fixed(percentileMs(m_allUsersNs, 0.50), 2))
                .arg(fixed(percentileMs(m_allUsersNs, 0.99), 2)));
        say(u"hub CPU               %1 average over the load"_s.arg(
            cpuPercent(m_loadStartSample.hubCpu, m_lastReport.hubCpu,
                       m_lastReport.atMs - m_loadStartSample.atMs)));
        say(u"hub RSS               start %1 MiB, after 1 min %2, final %3 MiB"_s
                .arg(mib(m_startKiB))
                .arg(m_referenceKiB ? mib(*m_referenceKiB) + u" MiB"_s : u"n/a (run < 60 s)"_s)
                .arg(m_final.rssKiB ? mib(*m_final.rssKiB) : u"n/a"_s));
        if (m_referenceKiB && m_final.rssKiB) {
            const double drift =
                double(*m_final.rssKiB - *m_referenceKiB) * 100.0 / double(*m_referenceKiB);
            say(u"RSS drift             %1 % (final vs after 1 min)"_s.arg(
                (drift >= 0 ? u"+"_s : QString()) + fixed(drift, 1)));
        }
        const bool back = m_final.fds && *m_final.fds == m_startFds;
        say(u"hub open fds          start %1, final %2 → %3 (settle wait %4 s)"_s.arg(m_startFds)
                .arg(m_final.fds ? QString::number(*m_final.fds) : u"n/a"_s)
                .arg(back ? u"returned to the start value"_s : u"NOT back to the start value"_s)
                .arg(fixed(double(m_settleMs) / 1000.0, 1)));
    }

    Options m_options;
    QElapsedTimer m_clock; // one monotonic clock for every timestamp
    EventWait m_events;
    HubProcess m_hub;
    QString m_runTag; // makes names unique across runs against one hub
    QString m_setupError;
    QString m_hubDied;
    quint16 m_port = 0;
    qint64 m_hubPid = 0;
    int m_addresses = 1;
    std::vector<QSslConfiguration> m_tls; // per user
    std::deque<int> m_freeUsers;          // oldest freed first

    QTimer m_launcher;
    QTimer m_reporter;
    QTimer m_reference;
    qint64 m_loadStartMs = 0;
    qint64 m_loadEndMs = 0;
    qint64 m_scheduled = 0;
    qint64 m_launched = 0;
    qint64 m_open = 0;
    qint64 m_done = 0;
    qint64 m_failed = 0;
    qint64 m_skipped = 0;
    QMap<QString, qint64> m_failures;
    QMap<QString, qint64> m_reportedFailures;
    QMap<QString, qint64> m_hubCloses; // from the hub's log, by reason
    QMap<QString, qint64> m_reportedHubCloses;
    qint64 m_hubWarningCount = 0;
    QStringList m_hubWarnings;       // the first few
    std::vector<qint64> m_welcomeNs; // this report interval
    std::vector<qint64> m_usersNs;
    std::vector<qint64> m_allWelcomeNs;
    std::vector<qint64> m_allUsersNs;

    qint64 m_startKiB = 0;
    qint64 m_startFds = 0;
    std::optional<qint64> m_referenceKiB;
    Sample m_loadStartSample;
    Sample m_lastReport;
    Sample m_final;
    qint64 m_settleMs = 0;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Soak benchmark of chatbuddy-hub: R new sessions a second (TLS, hello, watch, list, "
        "hold, disconnect) for a long time; prints the hub's memory, open fds and CPU. "
        "Loopback only."_s);
    parser.addHelpOption();
    const Options defaults;
    parser.addOptions({
        {u"rate"_s, u"New sessions per second."_s, u"R"_s, QString::number(defaults.rate)},
        {u"hold"_s, u"Milliseconds a session stays after its `users` reply."_s, u"MS"_s,
         QString::number(defaults.holdMs)},
        {u"duration"_s, u"Seconds of load."_s, u"S"_s, QString::number(defaults.duration)},
        {u"report"_s, u"Seconds between reports."_s, u"S"_s, QString::number(defaults.report)},
        {u"addresses"_s,
         u"Source addresses 127.0.0.1 ... 127.0.0.N, in turn (0: enough for the "
         "rate, at least 4)."_s,
         u"N"_s, QString::number(defaults.addresses)},
        {u"users"_s,
         u"Names, each with its own key, reused in turn; also the most sessions "
         "open at once."_s,
         u"N"_s, QString::number(defaults.users)},
        {u"list-limit"_s, u"`limit` of each session's `list`."_s, u"N"_s,
         QString::number(defaults.listLimit)},
        {u"timeout"_s, u"Seconds each step (TLS, welcome, users) may take."_s, u"S"_s,
         QString::number(defaults.timeout)},
        {u"hub"_s, u"The chatbuddy-hub executable (default: the one in this build tree)."_s,
         u"path"_s, defaultHubPath()},
        {u"hub-arg"_s, u"One more argument for the hub (repeat for several)."_s, u"arg"_s},
        {u"hub-port"_s, u"With --hub-pid: use the hub already listening on 127.0.0.1:PORT."_s,
         u"port"_s, u"0"_s},
        {u"hub-pid"_s,
         u"With --hub-port: measure that running hub (pid) instead of starting "
         "one."_s,
         u"pid"_s, u"0"_s},
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    auto number = [&parser, &ok](const QString &name, qint64 min, qint64 max) {
        return integerOption(parser, name, min, max, &ok);
    };
    Options options;
    bool rateOk = false;
    options.rate = parser.value(u"rate"_s).toDouble(&rateOk);
    if (!rateOk || !(options.rate > 0.0) || options.rate > 100'000.0) {
        complain(u"--rate must be a number above 0 and at most 100000, not \"%1\""_s.arg(
            parser.value(u"rate"_s)));
        ok = false;
    }
    options.holdMs = int(number(u"hold"_s, 0, 86'400'000));
    options.duration = int(number(u"duration"_s, 1, 7 * 86'400));
    options.report = int(number(u"report"_s, 1, 86'400));
    options.addresses = int(number(u"addresses"_s, 0, 254));
    options.users = int(number(u"users"_s, 1, 100'000));
    options.listLimit = int(number(u"list-limit"_s, 1, MaxListLimit));
    options.timeout = int(number(u"timeout"_s, 1, 600));
    options.hubPort = int(number(u"hub-port"_s, 0, 65535));
    options.hubPid = number(u"hub-pid"_s, 0, 1LL << 31);
    options.hubPath = parser.value(u"hub"_s);
    options.hubArgs = parser.values(u"hub-arg"_s);
    if ((options.hubPid != 0) != (options.hubPort != 0)) {
        complain(u"--hub-pid and --hub-port go together"_s);
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return options;
}

} // namespace chatbuddy::bench

int main(int argc, char *argv[])
{
    chatbuddy::bench::preferUnixEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-soak"_s);
    const auto options = chatbuddy::bench::parseOptions(app);
    if (!options)
        return 2;
    chatbuddy::bench::Soak benchmark(*options);
    return benchmark.run();
}

#include "soak.moc"
