// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-transfer's two client cores, one per process: a receiver listening on
// 127.0.0.1 and a sender that opens a chat to it by address, each with its own profile and a
// Transfers attached to the chat as the Client attaches it (the receiver also hands incoming
// transfer links over, as clientfiles.cpp does). No hub: the receiver answers the directory
// lookup with "unreachable", as when its hub is offline. The sender offers the file, the
// receiver accepts it, and meanwhile the sender sends a chat message every --ping-interval;
// the receiver's core acknowledges each (`ack`), with --chat-echo the receiver also answers
// each with a message of its own, and the sender times both on its own clock.

#include "benchsupport.h"
#include "chatsession.h"
#include "peerlistener.h"
#include "profile.h"
#include "transferbench.h"
#include "transfers.h"
#include "trustpolicy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::transfer {

namespace {

using client::ChatSession;
using client::Profile;
using client::Transfer;
using client::Transfers;

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

QString joined(const std::vector<qint64> &values)
{
    QStringList parts;
    parts.reserve(qsizetype(values.size()));
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.isEmpty() ? u"-"_s : parts.join(u',');
}

std::unique_ptr<Profile> openProfile(const RoleOptions &o, const QString &name)
{
    auto opened = Profile::openAt(QDir(o.workDir).filePath(name + u"-profile"_s), name);
    if (!opened) {
        complain(u"cannot open a profile: %1"_s.arg(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

// The sender's chat messages ("ping N") and their round trips: to the ack (the peer's core
// has it) and to the receiver's echo ("echo N"), in nanoseconds on this process's clock. Also
// how late each tick of the timer came (the event loop's stalls). Phase 0 runs before the
// transfer, phase 1 during it.
class Pinger : public QObject {
public:
    enum Phase { Idle = 0, Busy = 1 };

    Pinger(ChatSession *chat, std::chrono::milliseconds interval, bool echo,
           std::function<void()> notify)
        : m_chat(chat)
        , m_interval(interval)
        , m_echo(echo)
        , m_notify(std::move(notify))
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Pinger::tick);
        connect(chat, &ChatSession::messageDelivered, this, [this](const QString &id) {
            const auto it = m_ids.constFind(id);
            if (it == m_ids.cend())
                return;
            arrived(*it, false);
            m_ids.erase(it);
        });
        connect(chat, &ChatSession::messageReceived, this, [this](const ChatMessage &message) {
            if (message.text.startsWith(u"echo "_s))
                arrived(message.text.mid(5).toInt(), true);
        });
    }

    // Sends count messages (0: until stop()), the first one interval from now.
    void start(Phase phase, int count)
    {
        m_phase = phase;
        m_left = count > 0 ? count : -1;
        m_lastTick = m_clock.nsecsElapsed();
        m_timer.start(m_interval);
    }
    void stop() { m_timer.stop(); }
    bool isSending() const { return m_timer.isActive(); }
    // Every message sent has had its ack (and its echo, when the receiver echoes).
    bool isDrained() const { return m_pending.empty(); }

    void report(Phase phase, const QString &prefix) const
    {
        const Samples &s = m_samples[phase];
        qint64 noAck = 0, noEcho = 0;
        for (const auto &[seq, pending] : m_pending) {
            if (pending.phase == phase) {
                noAck += pending.acked ? 0 : 1;
                noEcho += pending.echoed || !m_echo ? 0 : 1;
            }
        }
        transfer::report(prefix + u"sent"_s, double(s.sent));
        transfer::report(prefix + u"refused"_s, double(s.refused));
        transfer::report(prefix + u"no_ack"_s, double(noAck));
        transfer::report(prefix + u"no_echo"_s, double(noEcho));
        transfer::report(prefix + u"ack_ns"_s, joined(s.ack));
        transfer::report(prefix + u"echo_ns"_s, joined(s.echo));
        transfer::report(prefix + u"late_ns"_s, joined(s.late));
    }

private:
    struct Pending {
        Phase phase;
        qint64 sentNs;
        bool acked = false;
        bool echoed = false;
    };
    struct Samples {
        std::vector<qint64> ack, echo, late;
        int sent = 0;
        int refused = 0; // sendMessage() said no
    };

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        Samples &s = m_samples[m_phase];
        s.late.push_back(std::max<qint64>(0, now - m_lastTick - m_interval.count() * 1'000'000));
        m_lastTick = now;
        const int seq = m_next++;
        const auto sent = m_chat->sendMessage(u"ping %1"_s.arg(seq));
        if (sent) {
            m_ids.insert(*sent, seq);
            m_pending[seq] = Pending{m_phase, now};
            ++s.sent;
        } else {
            ++s.refused;
        }
        if (m_left > 0 && --m_left == 0)
            m_timer.stop();
        m_notify();
    }

    void arrived(int seq, bool echo)
    {
        const auto it = m_pending.find(seq);
        if (it == m_pending.end())
            return;
        Pending &p = it->second;
        Samples &s = m_samples[p.phase];
        (echo ? s.echo : s.ack).push_back(m_clock.nsecsElapsed() - p.sentNs);
        (echo ? p.echoed : p.acked) = true;
        if (p.acked && (p.echoed || !m_echo))
            m_pending.erase(it);
        m_notify();
    }

    ChatSession *m_chat;
    std::chrono::milliseconds m_interval;
    bool m_echo;
    std::function<void()> m_notify;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Phase m_phase = Idle;
    int m_left = -1;
    qint64 m_lastTick = 0;
    int m_next = 0;
    QHash<QString, int> m_ids; // message id -> seq, until its ack
    std::map<int, Pending> m_pending;
    Samples m_samples[2];
};

// What a transfer's changed() signals tell: when it started moving and when it finished.
struct Watch {
    QElapsedTimer clock;
    qint64 movingNs = -1;
    qint64 finishedNs = -1;
    std::optional<Transfer> last;
};

void watchTransfer(Transfers &transfers, const QString &id, Watch &watch,
                   const std::function<void()> &onMoving, const std::function<void()> &onFinished)
{
    QObject::connect(&transfers, &Transfers::changed, &transfers,
                     [&transfers, id, &watch, onMoving, onFinished](const QString &changed) {
                         if (changed != id || watch.finishedNs >= 0)
                             return;
                         watch.last = transfers.transfer(id);
                         if (!watch.last)
                             return;
                         if (watch.movingNs < 0 && watch.last->state >= Transfer::State::Moving) {
                             watch.movingNs = watch.clock.nsecsElapsed();
                             onMoving();
                         }
                         if (watch.last->isFinished()) {
                             watch.finishedNs = watch.clock.nsecsElapsed();
                             onFinished();
                         }
                     });
}

QString stateName(const std::optional<Transfer> &t)
{
    return t ? Transfers::stateName(t->state) : u"unknown"_s;
}

// The transfer's end for the parent; false (and a complaint) unless it is Done.
bool reportTransfer(const Watch &watch, qint64 size)
{
    report(u"state"_s, stateName(watch.last));
    if (watch.finishedNs < 0 || !watch.last || watch.last->state != Transfer::State::Done) {
        complain(
            watch.finishedNs < 0
                ? u"the transfer did not finish in time (%1)"_s.arg(stateName(watch.last))
                : u"the transfer ended %1: %2"_s.arg(stateName(watch.last), watch.last->message));
        return false;
    }
    report(u"bytes"_s, double(size));
    report(u"seconds"_s, seconds(watch.finishedNs - watch.movingNs));
    return true;
}

} // namespace

// Over 50 lines: the receiver's whole script, from listening to the chat's end, reads best in
// one piece.
int runChatReceiver(const RoleOptions &o)
{
    const auto profile = openProfile(o, u"receiver"_s);
    const QString folder = QDir(o.workDir).filePath(u"received"_s);
    if (!profile || !QDir().mkpath(folder))
        return 1;
    QObject root; // the sessions' parent
    Transfers transfers(profile->identity());
    client::PeerListener listener;
    if (!listener.listen(0, QHostAddress::LocalHost)) {
        complain(u"cannot listen on 127.0.0.1: %1"_s.arg(listener.errorString()));
        return 1;
    }
    EventWait wait;
    QPointer<ChatSession> chat;
    QString offered, linkCipher;
    int echoed = 0;
    QObject::connect(&listener, &client::PeerListener::connectionAccepted, &root, [&](qintptr fd) {
        auto *s = ChatSession::fromIncoming(profile.get(), fd, false, &root);
        // The directory's answer comes later in the app, too.
        QObject::connect(
            s, &ChatSession::lookupNeeded, s,
            [s] { s->setDirectoryAnswer(client::DirectoryAnswer::unreachable()); },
            Qt::QueuedConnection);
        QObject::connect(s, &ChatSession::requestReceived, s, [&, s] {
            if (chat) {
                s->decline();
                return;
            }
            chat = s;
            if (auto *socket = s->findChild<QSslSocket *>(); socket && o.chatNoDelay)
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            transfers.attach(s); // before our hello, which lists "files"
            s->accept(u"receiver"_s);
        });
        QObject::connect(s, &ChatSession::transferLinkOpened, s, [&, s](const QString &id) {
            // The very socket Transfers takes: its cipher is the transfer link's.
            if (const auto *socket = s->findChild<QSslSocket *>())
                linkCipher = cipherOf(*socket);
            if (transfers.takeLink(s, id))
                s->deleteLater();
        });
        QObject::connect(s, &ChatSession::messageReceived, s, [&, s](const ChatMessage &m) {
            if (o.chatEcho && m.text.startsWith(u"ping "_s) &&
                s->sendMessage(u"echo "_s + m.text.mid(5)))
                ++echoed;
        });
        QObject::connect(s, &ChatSession::ended, &wait, &EventWait::notify);
    });
    QObject::connect(&transfers, &Transfers::offered, &root, [&](const QString &id) {
        if (offered.isEmpty())
            offered = id;
        wait.notify();
    });
    report(u"port"_s, double(listener.port()));
    if (!wait.spin([&] { return !offered.isEmpty(); }, 60s)) {
        complain(u"no file was offered within 60 s"_s);
        return 1;
    }
    Footprint footprint;
    footprint.start();
    Watch watch;
    watch.clock.start();
    watchTransfer(
        transfers, offered, watch, [] {}, [&wait] { wait.notify(); });
    if (const auto accepted = transfers.accept(offered, folder); !accepted) {
        complain(u"cannot accept the file: %1"_s.arg(accepted.error()));
        return 1;
    }
    wait.spin([&] { return watch.finishedNs >= 0; }, transferTimeout(o.size));
    if (!reportTransfer(watch, o.size))
        return 1;
    report(u"cipher"_s, linkCipher.isEmpty() ? u"unknown"_s : linkCipher);
    report(u"path"_s, watch.last->path);
    footprint.finish();
    // The sender ends the chat once its last messages came back.
    if (!wait.spin([&] { return !chat || chat->isEnded(); }, 60s))
        complain(u"the chat did not end within 60 s of the transfer"_s);
    report(u"echoed"_s, double(echoed));
    return 0;
}

// Over 50 lines: the sender's whole script (chat, messages before the transfer, the offer,
// messages during it, the end) reads best in one piece.
int runChatSender(const RoleOptions &o)
{
    const auto profile = openProfile(o, u"sender"_s);
    if (!profile)
        return 1;
    QObject root;
    Transfers transfers(profile->identity());
    EventWait wait;
    ChatSession *chat = ChatSession::connectTo(profile.get(), u"sender"_s, u"127.0.0.1"_s, o.port,
                                               std::nullopt, &root);
    transfers.attach(chat); // before our hello, which goes once TLS is up
    QObject::connect(chat, &ChatSession::stateChanged, &wait, &EventWait::notify);
    if (!wait.spin([chat] { return chat->isActive() || chat->isEnded(); }, 30s) ||
        !chat->isActive()) {
        complain(u"the chat did not start: %1"_s.arg(chat->endMessage()));
        return 1;
    }
    if (!chat->canSendFiles()) {
        complain(u"the chat does not take files"_s);
        return 1;
    }
    if (auto *socket = chat->findChild<QSslSocket *>()) {
        report(u"chat_cipher"_s, cipherOf(*socket));
        if (o.chatNoDelay)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    Pinger pinger(chat, o.pingInterval, o.chatEcho, [&wait] { wait.notify(); });
    if (o.idlePings > 0) {
        pinger.start(Pinger::Idle, o.idlePings);
        if (!wait.spin([&] { return !pinger.isSending() && pinger.isDrained(); }, 60s))
            complain(u"not every message before the transfer came back"_s);
    }

    Footprint footprint;
    footprint.start();
    Watch watch;
    watch.clock.start();
    const auto id = transfers.offer(chat, o.file);
    if (!id) {
        complain(u"cannot offer %1: %2"_s.arg(o.file, id.error()));
        return 1;
    }
    watchTransfer(
        transfers, *id, watch, [&pinger] { pinger.start(Pinger::Busy, 0); },
        [&] {
            pinger.stop();
            wait.notify();
        });
    wait.spin([&] { return watch.finishedNs >= 0; }, transferTimeout(o.size));
    pinger.stop();
    wait.spin([&] { return pinger.isDrained(); }, 10s);
    const bool done = reportTransfer(watch, o.size);
    if (done)
        report(u"offer_to_done_s"_s, seconds(watch.finishedNs));
    footprint.finish();
    pinger.report(Pinger::Idle, u"idle_"_s);
    pinger.report(Pinger::Busy, u"busy_"_s);
    chat->endChat(); // eom, flushed before the close
    return done ? 0 : 1;
}

} // namespace chatbuddy::bench::transfer
