// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-slowloris: can idle sockets lock real users out of the hub? Opens many plain
// TCP connections that never send a byte and many TLS connections that finish the handshake
// but never say `hello`, from 127.0.0.2 ... 127.0.0.41, then times legitimate logins from
// 127.0.0.1 and reports what the hub held, what it closed (and why), and who got in.
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
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

namespace {

constexpr int FirstAttackAddress = 2; // 127.0.0.2
constexpr int AttackAddresses = 40;   // ... 127.0.0.41
constexpr auto HubStartTimeout = 20s;
// After the last attempt settled: no attacker changed state for this long (the hub's refusals
// at accept arrive right after the handshake), or at most QuietMax.
constexpr auto QuietPeriod = 500ms;
constexpr auto QuietMax = 5s;

QString seconds(qint64 ns, int decimals = 2)
{
    return fixed(double(ns) / 1e9, decimals);
}

} // namespace

struct Options {
    int idle = 1000;
    int tlsSilent = 1000;
    int logins = 50;
    int concurrency = 5;
    int openConcurrency = 200; // attack connections being set up at once
    int settleTimeout = 60;    // s
    int loginTimeout = 10;     // s per login
    int observe = 0;           // s after the logins to watch the remaining attackers
    QString hubPath;
    QStringList hubArgs;
    int hubPort = 0; // 0: start a hub
    qint64 hubPid = 0;
};

// One attacking connection. Idle ones are plain TCP and never send; silent ones are TLS with
// a client certificate, complete the handshake and never send a frame. Both read whatever
// the hub sends, so its refusals can be counted.
struct Attacker {
    enum class Kind { Idle, TlsSilent };
    enum class State { Connecting, Open, Closed };

    Kind kind = Kind::Idle;
    State state = State::Connecting;
    QTcpSocket *socket = nullptr; // a QSslSocket for TlsSilent; child of the benchmark
    FrameDecoder decoder;
    qint64 bytesReceived = 0;
    QString errorCode; // from an `error` frame
    QString otherFrames;
    qint64 startedNs = 0;
    qint64 closedNs = -1;
    QString closeReason;
};

// One legitimate login: fresh key, TLS, `hello`, then `welcome` (success) or anything else.
struct Login {
    int index = 0;
    QSslSocket *socket = nullptr;
    QTimer *timer = nullptr;
    FrameDecoder decoder;
    qint64 connectNs = 0;
    qint64 helloNs = -1;
    bool done = false;
};

class Slowloris : public QObject {
    Q_OBJECT
public:
    explicit Slowloris(const Options &options)
        : m_options(options)
    {
        m_clock.start();
        m_runTag = QString::number(QRandomGenerator::global()->bounded(0x100000, 0xffffff), 16);
        connect(&m_hub, &HubProcess::exitedUnexpectedly, this, [this](const QString &why) {
            m_hubDied = why;
            m_events.notify();
        });
        connect(&m_hub, &HubProcess::changed, &m_events, &EventWait::notify);
        m_hub.setLineHandler([this](const QString &line) { countHubLogLine(line); });
    }

    ~Slowloris() override { dropSockets(); }

    int run()
    {
        if (!setUp()) {
            complain(m_setupError);
            m_hub.stop();
            return 1;
        }
        attack();
        loginPhase();
        observe();
        printSummary();
        dropSockets();
        m_hub.stop();
        return 0;
    }

private:
    // Closes every client socket without reporting anything more.
    void dropSockets()
    {
        const auto sockets = findChildren<QAbstractSocket *>(Qt::FindDirectChildrenOnly);
        for (QAbstractSocket *socket : sockets) {
            socket->disconnect(this);
            delete socket;
        }
    }

    // ---- set-up ---------------------------------------------------------------------------

    bool setUp()
    {
        const qint64 needed = qint64(m_options.idle) + m_options.tlsSilent + m_options.logins + 64;
        if (!ensureFileLimit(
                needed,
                u"%1 attack connections and %2 logins"_s.arg(m_options.idle + m_options.tlsSilent)
                    .arg(m_options.logins),
                &m_setupError))
            return false;

        // Attackers present a certificate like a real client; one key serves them all.
        const auto attackerTls = freshClientTls(u"slowloris"_s, &m_setupError);
        if (!attackerTls)
            return false;
        m_attackerTls = *attackerTls;
        // Every login has its own fresh key, made before the clock of the attack starts.
        m_loginTls.reserve(size_t(m_options.logins));
        for (int i = 0; i < m_options.logins; ++i) {
            const auto tls = freshClientTls(loginName(i), &m_setupError);
            if (!tls)
                return false;
            m_loginTls.push_back(*tls);
        }

        if (m_options.hubPort != 0) {
            m_port = quint16(m_options.hubPort);
            m_hubPid = m_options.hubPid;
            say(u"using the hub at 127.0.0.1 port %1%2"_s.arg(m_port).arg(
                m_hubPid ? u", pid %1"_s.arg(m_hubPid) : u" (no --hub-pid: no fd counts)"_s));
        } else {
            QStringList arguments{u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s};
            // Every login is a new name from 127.0.0.1: lift the new-names-per-address limit
            // of newer hubs, which is not what this benchmark measures. Admission limits stay
            // at the hub's defaults. The user's --hub-arg come last and win.
            arguments += HubProcess::argumentsIfKnown(HubProcess::knownOptions(m_options.hubPath),
                                                      {{u"max-new-names-per-hour"_s, u"0"_s}});
            arguments += m_options.hubArgs;
            if (!m_hub.start(m_options.hubPath, arguments, HubStartTimeout, &m_setupError))
                return false;
            m_port = m_hub.port();
            m_hubPid = m_hub.pid();
            say(u"hub running: pid %1, port %2"_s.arg(m_hubPid).arg(m_port));
        }
        m_hubFdsBaseline = hubFds();
        say(u"hub open fds before the attack: %1"_s.arg(fdText(m_hubFdsBaseline)));
        return true;
    }

    QString loginName(int index) const
    {
        return u"sl%1-%2"_s.arg(m_runTag).arg(index + 1, 4, 10, QChar(u'0'));
    }

    // ---- attack ---------------------------------------------------------------------------

    void attack()
    {
        const int total = m_options.idle + m_options.tlsSilent;
        say(u"attack: %1 idle TCP + %2 silent TLS connections from 127.0.0.%3-127.0.0.%4, "
            "%5 being set up at once..."_s.arg(m_options.idle)
                .arg(m_options.tlsSilent)
                .arg(FirstAttackAddress)
                .arg(FirstAttackAddress + AttackAddresses - 1)
                .arg(m_options.openConcurrency));
        m_attackers.reserve(size_t(total));
        // The two kinds interleaved in proportion, so both meet the hub's limits alike.
        for (int k = 0; k < total; ++k) {
            const bool idle =
                qint64(k + 1) * m_options.idle / total > qint64(k) * m_options.idle / total;
            auto attacker = std::make_unique<Attacker>();
            attacker->kind = idle ? Attacker::Kind::Idle : Attacker::Kind::TlsSilent;
            m_attackers.push_back(std::move(attacker));
        }
        m_attackStartNs = m_clock.nsecsElapsed();
        launchAttackers();
        const bool settled = m_events.spin([this, total] { return m_settled == total; },
                                           std::chrono::seconds(m_options.settleTimeout));
        m_attackSettledNs = m_clock.nsecsElapsed();
        if (!settled) {
            say(u"  %1 of %2 attempts had not settled after %3 s; going on"_s.arg(total - m_settled)
                    .arg(total)
                    .arg(m_options.settleTimeout));
        }
        // The hub's refusals at accept come right after the handshake: let them land.
        const qint64 quietDeadline = m_clock.elapsed() + QuietMax.count();
        while (m_clock.elapsed() < quietDeadline) {
            const qint64 changes = m_stateChanges;
            const auto window =
                std::min<qint64>(QuietPeriod.count(), quietDeadline - m_clock.elapsed());
            m_events.spin([this, changes] { return m_stateChanges != changes; },
                          std::chrono::milliseconds(std::max<qint64>(window, 1)));
            if (m_stateChanges == changes)
                break;
        }
        say(u"  attempts settled after %1 s: %2 idle connected, %3 TLS encrypted, %4 closed "
            "already, %5 unsettled"_s.arg(seconds(m_attackSettledNs - m_attackStartNs))
                .arg(m_idleConnected)
                .arg(m_tlsEncrypted)
                .arg(countAttackers(Attacker::State::Closed))
                .arg(countAttackers(Attacker::State::Connecting)));
    }

    void launchAttackers()
    {
        while (m_attacksInFlight < m_options.openConcurrency &&
               m_attacksLaunched < int(m_attackers.size())) {
            const int index = m_attacksLaunched++;
            Attacker *attacker = m_attackers[size_t(index)].get();
            ++m_attacksInFlight;
            openAttacker(attacker, loopbackAddress(FirstAttackAddress + index % AttackAddresses));
        }
    }

    void openAttacker(Attacker *a, const QHostAddress &source)
    {
        a->startedNs = m_clock.nsecsElapsed();
        QString error;
        if (a->kind == Attacker::Kind::TlsSilent) {
            QSslSocket *socket = newTlsSocket(m_attackerTls, source, this, &error);
            if (!socket) {
                a->socket = new QTcpSocket(this);
                closeAttacker(a, u"local bind failed: %1"_s.arg(error));
                return;
            }
            a->socket = socket;
            connect(socket, &QSslSocket::encrypted, this, [this, a] {
                ++m_tlsEncrypted;
                openedAttacker(a);
            });
            connect(socket, &QSslSocket::readyRead, this, [this, a] { readAttacker(a); });
        } else {
            a->socket = new QTcpSocket(this);
            if (!bindSource(*a->socket, source, &error)) {
                closeAttacker(a, u"local bind failed: %1"_s.arg(error));
                return;
            }
            connect(a->socket, &QTcpSocket::connected, this, [this, a] {
                ++m_idleConnected;
                openedAttacker(a);
            });
            connect(a->socket, &QTcpSocket::readyRead, this,
                    [a] { a->bytesReceived += a->socket->readAll().size(); });
        }
        connect(a->socket, &QAbstractSocket::disconnected, this, [this, a] { closeAttacker(a); });
        connect(a->socket, &QAbstractSocket::errorOccurred, this,
                [this, a](QAbstractSocket::SocketError socketError) {
                    if (socketError == QAbstractSocket::RemoteHostClosedError) {
                        closeAttacker(a);
                        return;
                    }
                    const QString what = a->state == Attacker::State::Connecting
                                             ? u"failed to connect: %1"_s
                                             : u"socket error: %1"_s;
                    closeAttacker(a, what.arg(a->socket->errorString()));
                    a->socket->abort();
                });
        if (a->kind == Attacker::Kind::TlsSilent)
            static_cast<QSslSocket *>(a->socket)->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
        else
            a->socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void openedAttacker(Attacker *a)
    {
        if (a->state != Attacker::State::Connecting)
            return;
        a->state = Attacker::State::Open;
        attackerSettled();
    }

    void readAttacker(Attacker *a)
    {
        const QByteArray bytes = a->socket->readAll();
        a->bytesReceived += bytes.size();
        a->decoder.feed(bytes);
        while (auto frame = a->decoder.next()) {
            const std::optional<Message> message = parseMessage(*frame);
            if (!message) {
                a->otherFrames = u"invalid frame"_s;
            } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
                if (a->errorCode.isEmpty())
                    a->errorCode = error->codeName;
            } else if (std::holds_alternative<Shutdown>(*message)) {
                a->otherFrames = u"shutdown"_s;
            } else {
                a->otherFrames = QString(messageType(*message));
            }
        }
    }

    QString attackerCloseReason(Attacker *a) const
    {
        if (a->kind == Attacker::Kind::Idle) {
            return a->bytesReceived == 0
                       ? u"closed by the hub, no data"_s
                       : u"closed by the hub after %1 bytes of data"_s.arg(a->bytesReceived);
        }
        if (!a->errorCode.isEmpty())
            return u"error %1"_s.arg(a->errorCode);
        if (!a->otherFrames.isEmpty())
            return u"closed after a \"%1\" frame"_s.arg(a->otherFrames);
        if (a->state == Attacker::State::Connecting)
            return u"closed during the TLS handshake"_s;
        if (a->bytesReceived > 0)
            return u"closed without an error frame (%1 bytes, no complete frame)"_s.arg(
                a->bytesReceived);
        return u"closed without an error frame"_s;
    }

    // Without a reason, the reason is what the hub did (attackerCloseReason()).
    void closeAttacker(Attacker *a, const QString &reason = {})
    {
        if (a->state == Attacker::State::Closed)
            return;
        const bool settling = a->state == Attacker::State::Connecting;
        if (a->kind == Attacker::Kind::TlsSilent && a->socket->bytesAvailable() > 0)
            readAttacker(a); // an error frame may still be in the buffer
        a->closeReason = (a->kind == Attacker::Kind::Idle ? u"idle TCP: "_s : u"silent TLS: "_s) +
                         (reason.isEmpty() ? attackerCloseReason(a) : reason);
        a->state = Attacker::State::Closed;
        a->closedNs = m_clock.nsecsElapsed();
        if (settling)
            attackerSettled();
        else
            ++m_stateChanges;
        m_events.notify();
    }

    void attackerSettled()
    {
        ++m_settled;
        ++m_stateChanges;
        --m_attacksInFlight;
        launchAttackers();
        m_events.notify();
    }

    int countAttackers(Attacker::State state,
                       std::optional<Attacker::Kind> kind = std::nullopt) const
    {
        return int(std::count_if(m_attackers.begin(), m_attackers.end(), [&](const auto &a) {
            return a->state == state && (!kind || a->kind == *kind);
        }));
    }

    struct Snapshot {
        int idleOpen = 0;
        int tlsOpen = 0;
        int connecting = 0;
        int closed = 0;
        std::optional<qint64> hubFds;
        qint64 atNs = 0;
    };

    Snapshot snapshot() const
    {
        Snapshot s;
        s.idleOpen = countAttackers(Attacker::State::Open, Attacker::Kind::Idle);
        s.tlsOpen = countAttackers(Attacker::State::Open, Attacker::Kind::TlsSilent);
        s.connecting = countAttackers(Attacker::State::Connecting);
        s.closed = countAttackers(Attacker::State::Closed);
        s.hubFds = hubFds();
        s.atNs = m_clock.nsecsElapsed();
        return s;
    }

    QString snapshotText(const Snapshot &s) const
    {
        QString text = u"%1 of %2 attack connections held open (%3 idle TCP, %4 silent TLS"_s
                           .arg(s.idleOpen + s.tlsOpen + s.connecting)
                           .arg(m_attackers.size())
                           .arg(s.idleOpen)
                           .arg(s.tlsOpen);
        if (s.connecting > 0)
            text += u", %1 still in the TLS handshake"_s.arg(s.connecting);
        text += u"), %1 closed; hub open fds %2"_s.arg(s.closed).arg(fdText(s.hubFds));
        return text;
    }

    // ---- logins ---------------------------------------------------------------------------

    void loginPhase()
    {
        m_loginStart = snapshot();
        say(u"login phase starts %1 s after the first attack connection: %2"_s
                .arg(seconds(m_loginStart.atNs - m_attackStartNs))
                .arg(snapshotText(m_loginStart)));
        say(u"logins: %1 from 127.0.0.1, %2 at a time, %3 s timeout each..."_s.arg(m_options.logins)
                .arg(m_options.concurrency)
                .arg(m_options.loginTimeout));
        m_logins.reserve(size_t(m_options.logins));
        launchLogins();
        // Every login ends by itself within its timeout; this bound is only a safety net.
        const auto bound = std::chrono::seconds(
            qint64(m_options.loginTimeout) *
                ((m_options.logins + m_options.concurrency - 1) / m_options.concurrency) +
            30);
        if (!m_events.spin([this] { return m_loginsDone == m_options.logins; }, bound)) {
            say(u"  %1 logins had not ended after %2 s"_s.arg(m_options.logins - m_loginsDone)
                    .arg(bound.count()));
        }
        m_loginEnd = snapshot();
        say(u"login phase ends after %1 s: %2"_s.arg(seconds(m_loginEnd.atNs - m_loginStart.atNs))
                .arg(snapshotText(m_loginEnd)));
    }

    void launchLogins()
    {
        while (m_loginsActive < m_options.concurrency && int(m_logins.size()) < m_options.logins) {
            auto login = std::make_unique<Login>();
            login->index = int(m_logins.size());
            Login *l = login.get();
            m_logins.push_back(std::move(login));
            ++m_loginsActive;
            startLogin(l);
        }
    }

    void startLogin(Login *l)
    {
        QString error;
        l->connectNs = m_clock.nsecsElapsed();
        l->socket = newTlsSocket(m_loginTls[size_t(l->index)], loopbackAddress(1), this, &error);
        if (!l->socket) {
            finishLogin(l, u"local bind failed: %1"_s.arg(error));
            return;
        }
        l->timer = new QTimer(l->socket);
        l->timer->setSingleShot(true);
        connect(l->timer, &QTimer::timeout, this, [this, l] {
            finishLogin(l,
                        l->helloNs < 0
                            ? u"timeout: no TLS session within %1 s"_s.arg(m_options.loginTimeout)
                            : u"timeout: no welcome within %1 s"_s.arg(m_options.loginTimeout));
        });
        l->timer->start(std::chrono::seconds(m_options.loginTimeout));
        connect(l->socket, &QSslSocket::encrypted, this, [this, l] {
            Hello hello;
            hello.name = loginName(l->index);
            hello.port = DefaultChatPort;
            hello.software = u"chatbuddy-bench-slowloris"_s;
            l->helloNs = m_clock.nsecsElapsed();
            l->socket->write(encodeFrame(hello.toJson()));
        });
        connect(l->socket, &QSslSocket::readyRead, this, [this, l] { readLogin(l); });
        connect(l->socket, &QSslSocket::disconnected, this, [this, l] {
            readLogin(l);
            finishLogin(l, l->helloNs < 0 ? u"closed during the TLS handshake"_s
                                          : u"closed without welcome or error"_s);
        });
        connect(l->socket, &QSslSocket::errorOccurred, this,
                [this, l](QAbstractSocket::SocketError socketError) {
                    if (socketError == QAbstractSocket::RemoteHostClosedError) {
                        readLogin(l);
                        finishLogin(l, l->helloNs < 0 ? u"closed during the TLS handshake"_s
                                                      : u"closed without welcome or error"_s);
                    } else {
                        finishLogin(l, u"socket error: %1"_s.arg(l->socket->errorString()));
                    }
                });
        l->socket->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
    }

    void readLogin(Login *l)
    {
        if (l->done)
            return;
        const qint64 atNs = m_clock.nsecsElapsed();
        l->decoder.feed(l->socket->readAll());
        while (auto frame = l->decoder.next()) {
            const std::optional<Message> message = parseMessage(*frame);
            if (!message) {
                finishLogin(l, u"invalid frame from the hub"_s);
            } else if (std::holds_alternative<Welcome>(*message)) {
                m_helloToWelcomeNs.push_back(atNs - l->helloNs);
                m_connectToWelcomeNs.push_back(atNs - l->connectNs);
                finishLogin(l, {});
                l->socket->disconnectFromHost();
            } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
                finishLogin(l, u"error %1"_s.arg(error->codeName));
            } else if (std::holds_alternative<Shutdown>(*message)) {
                finishLogin(l, u"shutdown"_s);
            } else {
                finishLogin(l, u"unexpected \"%1\" frame"_s.arg(messageType(*message)));
            }
            if (l->done)
                return;
        }
        if (l->decoder.hasError())
            finishLogin(l, u"undecodable data from the hub"_s);
    }

    // An empty reason is a success.
    void finishLogin(Login *l, const QString &reason)
    {
        if (l->done)
            return;
        l->done = true;
        if (l->timer)
            l->timer->stop();
        if (reason.isEmpty()) {
            ++m_loginsOk;
        } else {
            ++m_loginFailures[reason];
            if (l->socket)
                l->socket->abort();
        }
        ++m_loginsDone;
        --m_loginsActive;
        // Start the next one from the event loop, not from inside this socket's signal.
        QTimer::singleShot(0, this, [this] { launchLogins(); });
        m_events.notify();
    }

    // ---- after the logins -----------------------------------------------------------------

    void observe()
    {
        if (m_options.observe <= 0)
            return;
        const int total = int(m_attackers.size());
        say(u"observing the remaining attack connections for up to %1 s..."_s.arg(
            m_options.observe));
        m_events.spin([this, total] { return countAttackers(Attacker::State::Closed) == total; },
                      std::chrono::seconds(m_options.observe));
        m_observeEnd = snapshot();
        qint64 lastCloseNs = -1;
        for (const auto &a : m_attackers)
            lastCloseNs = std::max(lastCloseNs, a->closedNs);
        say(u"  after observing: %1; last close %2 s after the first attack connection"_s
                .arg(snapshotText(*m_observeEnd))
                .arg(lastCloseNs < 0 ? u"-"_s : seconds(lastCloseNs - m_attackStartNs)));
    }

    void countHubLogLine(const QString &line)
    {
        if (isHubWarning(line) && m_hubWarnings.size() < 10)
            m_hubWarnings.append(line);
        const std::optional<HubClose> close = parseHubClose(line);
        if (!close)
            return;
        const bool login = close->address == u"127.0.0.1"_s;
        ++(login ? m_hubRefusalsLogin : m_hubRefusalsAttack)[close->reason];
    }

    void printSummary() const
    {
        say(u""_s);
        say(u"== chatbuddy-bench-slowloris summary =="_s);
        say(u"attack                %1 idle TCP + %2 silent TLS from 127.0.0.%3-127.0.0.%4; "
            "settled in %5 s"_s.arg(m_options.idle)
                .arg(m_options.tlsSilent)
                .arg(FirstAttackAddress)
                .arg(FirstAttackAddress + AttackAddresses - 1)
                .arg(seconds(m_attackSettledNs - m_attackStartNs)));
        say(u"hub open fds          %1 before the attack"_s.arg(fdText(m_hubFdsBaseline)));
        say(u"held at login start   %1"_s.arg(snapshotText(m_loginStart)));
        say(u"held at login end     %1"_s.arg(snapshotText(m_loginEnd)));
        if (m_observeEnd)
            say(u"held after observing  %1"_s.arg(snapshotText(*m_observeEnd)));

        // Closed attack connections by reason, with how long each had lived.
        QMap<QString, std::vector<qint64>> closed;
        for (const auto &a : m_attackers) {
            if (a->state == Attacker::State::Closed)
                closed[a->closeReason].push_back(a->closedNs - a->startedNs);
        }
        say(u"attack connections closed, by reason (lifetime from connect p50 / max):"_s);
        if (closed.isEmpty())
            say(u"  none"_s);
        for (auto it = closed.begin(); it != closed.end(); ++it) {
            std::vector<qint64> &lives = it.value();
            std::sort(lives.begin(), lives.end());
            say(u"  %1  %2  (%3 / %4 s)"_s.arg(lives.size(), 6)
                    .arg(it.key())
                    .arg(fixed(percentileMs(lives, 0.5) / 1e3))
                    .arg(fixed(double(lives.back()) / 1e9)));
        }
        if (!m_hubRefusalsAttack.isEmpty() || !m_hubRefusalsLogin.isEmpty()) {
            say(u"hub log, closes       attack: %1; logins: %2"_s.arg(
                countsText(m_hubRefusalsAttack), countsText(m_hubRefusalsLogin)));
        }
        for (const QString &warning : m_hubWarnings)
            say(u"hub warning           %1"_s.arg(warning));

        say(u"logins                %1: %2 succeeded, %3 failed"_s.arg(m_options.logins)
                .arg(m_loginsOk)
                .arg(m_options.logins - m_loginsOk));
        for (auto it = m_loginFailures.begin(); it != m_loginFailures.end(); ++it)
            say(u"  %1  %2"_s.arg(it.value(), 6).arg(it.key()));
        std::vector<qint64> hello = m_helloToWelcomeNs;
        std::vector<qint64> whole = m_connectToWelcomeNs;
        std::sort(hello.begin(), hello.end());
        std::sort(whole.begin(), whole.end());
        if (hello.empty()) {
            say(u"hello→welcome         no welcome received"_s);
        } else {
            say(u"hello→welcome         p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms (%5 samples)"_s
                    .arg(fixed(percentileMs(hello, 0.50), 3))
                    .arg(fixed(percentileMs(hello, 0.95), 3))
                    .arg(fixed(percentileMs(hello, 0.99), 3))
                    .arg(fixed(double(hello.back()) / 1e6, 3))
                    .arg(hello.size()));
            say(u"connect→welcome       p50 %1 ms, p99 %2 ms"_s
                    .arg(fixed(percentileMs(whole, 0.50), 3))
                    .arg(fixed(percentileMs(whole, 0.99), 3)));
        }
        if (!m_hubDied.isEmpty())
            say(u"HUB DIED DURING THE RUN: %1"_s.arg(m_hubDied));
    }

    static QString countsText(const QMap<QString, int> &counts)
    {
        if (counts.isEmpty())
            return u"none"_s;
        QStringList parts;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        return parts.join(u", "_s);
    }

    std::optional<qint64> hubFds() const
    {
        return m_hubPid > 0 ? openFdCount(m_hubPid) : std::nullopt;
    }

    static QString fdText(const std::optional<qint64> &fds)
    {
        return fds ? QString::number(*fds) : u"n/a"_s;
    }

    Options m_options;
    QElapsedTimer m_clock; // one monotonic clock for every timestamp
    EventWait m_events;
    HubProcess m_hub;
    QString m_runTag; // makes login names unique across runs against one hub
    QString m_setupError;
    QString m_hubDied;
    quint16 m_port = 0;
    qint64 m_hubPid = 0;
    std::optional<qint64> m_hubFdsBaseline;
    QSslConfiguration m_attackerTls;
    std::vector<QSslConfiguration> m_loginTls;

    std::vector<std::unique_ptr<Attacker>> m_attackers;
    int m_attacksLaunched = 0;
    int m_attacksInFlight = 0;
    int m_settled = 0;
    int m_idleConnected = 0;
    int m_tlsEncrypted = 0;
    qint64 m_stateChanges = 0;
    qint64 m_attackStartNs = 0;
    qint64 m_attackSettledNs = 0;

    std::vector<std::unique_ptr<Login>> m_logins;
    int m_loginsActive = 0;
    int m_loginsDone = 0;
    int m_loginsOk = 0;
    QMap<QString, int> m_loginFailures;
    std::vector<qint64> m_helloToWelcomeNs;
    std::vector<qint64> m_connectToWelcomeNs;
    Snapshot m_loginStart;
    Snapshot m_loginEnd;
    std::optional<Snapshot> m_observeEnd;
    QMap<QString, int> m_hubRefusalsAttack;
    QMap<QString, int> m_hubRefusalsLogin;
    QStringList m_hubWarnings; // the first few
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Slowloris benchmark of chatbuddy-hub: holds idle TCP and silent TLS connections open "
        "from 127.0.0.2-127.0.0.41, then times real logins from 127.0.0.1 and reports who got "
        "in. Loopback only."_s);
    parser.addHelpOption();
    const Options defaults;
    parser.addOptions({
        {u"idle"_s, u"Plain TCP connections that never send a byte."_s, u"N"_s,
         QString::number(defaults.idle)},
        {u"tls-silent"_s, u"TLS connections (with a client certificate) that never send hello."_s,
         u"N"_s, QString::number(defaults.tlsSilent)},
        {u"logins"_s, u"Legitimate logins to time after the attack has settled."_s, u"N"_s,
         QString::number(defaults.logins)},
        {u"concurrency"_s, u"Logins in flight at once."_s, u"C"_s,
         QString::number(defaults.concurrency)},
        {u"open-concurrency"_s, u"Attack connections being set up at once."_s, u"K"_s,
         QString::number(defaults.openConcurrency)},
        {u"settle-timeout"_s, u"Seconds to wait for every attack attempt to settle."_s, u"S"_s,
         QString::number(defaults.settleTimeout)},
        {u"login-timeout"_s, u"Seconds one login may take before it counts as failed."_s, u"S"_s,
         QString::number(defaults.loginTimeout)},
        {u"observe"_s,
         u"After the logins, seconds to keep watching until the hub has closed "
         "every attack connection (0: do not)."_s,
         u"S"_s, QString::number(defaults.observe)},
        {u"hub"_s, u"The chatbuddy-hub executable (default: the one in this build tree)."_s,
         u"path"_s, defaultHubPath()},
        {u"hub-arg"_s, u"One more argument for the hub (repeat for several)."_s, u"arg"_s},
        {u"hub-port"_s, u"Use the hub already listening on 127.0.0.1:PORT; start none."_s,
         u"port"_s, u"0"_s},
        {u"hub-pid"_s, u"With --hub-port: that hub's pid, to count its open fds."_s, u"pid"_s,
         u"0"_s},
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    auto number = [&parser, &ok](const QString &name, qint64 min, qint64 max) {
        return integerOption(parser, name, min, max, &ok);
    };
    Options options;
    options.idle = int(number(u"idle"_s, 0, 100'000));
    options.tlsSilent = int(number(u"tls-silent"_s, 0, 100'000));
    options.logins = int(number(u"logins"_s, 0, 100'000));
    options.concurrency = int(number(u"concurrency"_s, 1, 10'000));
    options.openConcurrency = int(number(u"open-concurrency"_s, 1, 100'000));
    options.settleTimeout = int(number(u"settle-timeout"_s, 1, 3600));
    options.loginTimeout = int(number(u"login-timeout"_s, 1, 600));
    options.observe = int(number(u"observe"_s, 0, 3600));
    options.hubPort = int(number(u"hub-port"_s, 0, 65535));
    options.hubPid = number(u"hub-pid"_s, 0, 1LL << 31);
    options.hubPath = parser.value(u"hub"_s);
    options.hubArgs = parser.values(u"hub-arg"_s);
    if (options.hubPid != 0 && options.hubPort == 0) {
        complain(u"--hub-pid needs --hub-port"_s);
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
    QCoreApplication::setApplicationName(u"chatbuddy-bench-slowloris"_s);
    const auto options = chatbuddy::bench::parseOptions(app);
    if (!options)
        return 2;
    chatbuddy::bench::Slowloris benchmark(*options);
    return benchmark.run();
}

#include "slowloris.moc"
