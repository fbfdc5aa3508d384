// SPDX-License-Identifier: GPL-3.0-or-later
// The worker's epoll loop and its sessions: connect, TLS handshake, hello → welcome, then
// frames read and answered. What the controller asks for is in hubscaletasks.cpp.

#include "hubscaleworker.h"

#include "benchsupport.h"
#include "framecodec.h"
#include "identity.h"
#include "messages.h"

#include <QJsonDocument>

#include <fcntl.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::hubscale {

int runWorker(const WorkerOptions &options)
{
    Worker worker(options);
    return worker.run();
}

namespace {

constexpr quint64 CommandTag = ~quint64(0);
constexpr int ReadChunk = 16 * 1024;
// Presence frames are only counted unless a join is being timed: the generator's CPU should
// go to TLS, not to parsing a storm. The hub writes compact JSON with sorted keys; a frame
// that does not start like this is parsed in full anyway.
constexpr QByteArrayView PresencePrefix = "{\"event\":\"";

quint64 tagOf(int slot, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(slot);
}

} // namespace

Worker::Worker(const WorkerOptions &options)
    : m_options(options)
    , m_source((127u << 24) | quint32(2 + options.index))
{
}

Worker::~Worker()
{
    m_slots.clear(); // closes every connection
    if (m_epoll >= 0)
        ::close(m_epoll);
}

int Worker::run()
{
    QString error;
    if (!setUp(&error)) {
        reply("fail " + error.toUtf8());
        return 1;
    }
    reply("ready");
    epoll_event events[256];
    while (!m_quit) {
        const bool busy = m_churn.active || !m_requests.kind.isEmpty();
        const int count = ::epoll_wait(m_epoll, events, 256, busy ? 2 : 100);
        if (count < 0 && errno != EINTR) {
            reply("fail epoll_wait: " + QByteArray(std::strerror(errno)));
            return 1;
        }
        for (int i = 0; i < count; ++i)
            onEvent(events[i].data.u64, events[i].events);
        tick(monotonicNs());
    }
    return 0;
}

bool Worker::setUp(QString *error)
{
    ::signal(SIGPIPE, SIG_IGN); // a closed connection is an error from write(), not a signal
    const FileLimit limit = raiseFileLimit();
    if (limit.soft < MaxSessionsPerWorker + 100) {
        *error = u"the open-files limit is %1; a worker needs %2"_s.arg(limit.soft)
                     .arg(MaxSessionsPerWorker + 100);
        return false;
    }
    const auto identity = Identity::load(m_options.identityDir);
    if (!identity) {
        *error = u"cannot load the client identity: %1"_s.arg(identity.error().message);
        return false;
    }
    m_context = makeClientContext(*identity, error);
    if (!m_context)
        return false;
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    ::fcntl(STDIN_FILENO, F_SETFL, ::fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = CommandTag;
    if (m_epoll < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, STDIN_FILENO, &event) != 0) {
        *error = u"epoll: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void Worker::tick(qint64 nowNs)
{
    launch();
    if (m_churn.active)
        churnTick(nowNs);
    if (!m_requests.kind.isEmpty() && !m_requests.outstanding && nowNs >= m_requests.nextNs)
        sendProbeRequest(nowNs);
    if (nowNs >= m_nextHousekeepingNs) {
        m_nextHousekeepingNs = nowNs + 1'000'000'000;
        housekeeping(nowNs);
    }
}

// Once a second: heartbeats for quiet sessions, set-ups that take too long, progress.
void Worker::housekeeping(qint64 nowNs)
{
    const qint64 nowMs = nowNs / 1'000'000;
    for (const auto &slot : m_slots) {
        Session *session = slot.get();
        if (!session || session->link.fd() < 0)
            continue;
        if (session->stage != Stage::Registered) {
            if (nowNs - session->startNs > SetupTimeoutNs)
                ended(*session, u"no welcome within %1 s"_s.arg(SetupTimeoutNs / 1'000'000'000));
        } else if (nowMs - session->lastSentMs >= HeartbeatAfterMs && hasToken(*session, nowMs)) {
            send(*session, Ping{}.toJson());
            ++session->pings;
        }
    }
    if (m_opening.active && nowNs >= m_opening.nextProgressNs) {
        m_opening.nextProgressNs = nowNs + 2'000'000'000;
        reply("progress " + QByteArray::number(m_opening.ok) + ' ' +
              QByteArray::number(m_opening.failed));
    }
}

Session *Worker::open(Role role, const QByteArray &name, bool watch, QString *error)
{
    const int fd = connectLoopback(m_source, m_options.port, error);
    if (fd < 0)
        return nullptr;
    int slot = 0;
    if (m_freeSlots.empty()) {
        slot = int(m_slots.size());
        m_slots.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    m_slots[size_t(slot)] = std::make_unique<Session>();
    Session &session = *m_slots[size_t(slot)];
    session.generation = ++m_generation;
    session.slot = slot;
    session.role = role;
    session.name = name;
    session.watch = watch;
    session.startNs = monotonicNs();
    epoll_event event{};
    event.events = EPOLLOUT; // connected
    event.data.u64 = tagOf(slot, session.generation);
    session.writeInterest = true;
    if (!session.link.attach(m_context.get(), fd, error) ||
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        session.link.close(false);
        m_freeSlots.push_back(slot);
        return nullptr;
    }
    return &session;
}

void Worker::onEvent(quint64 tag, quint32 events)
{
    if (tag == CommandTag) {
        readCommands();
        return;
    }
    const quint32 slot = quint32(tag);
    if (slot >= m_slots.size())
        return;
    if (!m_slots[slot])
        return;
    Session &session = *m_slots[slot];
    if (session.generation != quint32(tag >> 32) || session.link.fd() < 0)
        return; // an event of a session that ended in this batch
    if (session.stage == Stage::Connecting) {
        QString error;
        if (!connectSucceeded(session.link.fd(), &error))
            return ended(session, error);
        session.stage = Stage::Handshaking;
    }
    if (session.stage == Stage::Handshaking)
        return advance(session);
    if ((events & EPOLLOUT) && session.link.hasQueuedOutput()) {
        const TlsLink::Status status = session.link.flush();
        if (status == TlsLink::Status::Closed || status == TlsLink::Status::Failed)
            return ended(session, session.link.error());
        watchWrites(session, status == TlsLink::Status::WantWrite);
    }
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
        readFrom(session);
}

// The TLS handshake, then `hello`.
void Worker::advance(Session &session)
{
    switch (session.link.handshake()) {
    case TlsLink::Status::WantRead:
        return watchWrites(session, false);
    case TlsLink::Status::WantWrite:
        return watchWrites(session, true);
    case TlsLink::Status::Closed:
    case TlsLink::Status::Failed:
        return ended(session, u"TLS handshake: "_s + session.link.error());
    case TlsLink::Status::Done:
        break;
    }
    watchWrites(session, false);
    session.stage = Stage::Registering;
    Hello hello;
    hello.name = QString::fromLatin1(session.name);
    hello.port = DefaultChatPort;
    hello.software = u"chatbuddy-bench-hubscale"_s;
    // Probes speak presence-scope for `scope`; the crowd when it has contacts (new clients).
    if (session.scoped || session.role == Role::Probe)
        hello.features.append(QString(feature::PresenceScope));
    session.helloNs = monotonicNs();
    if (send(session, hello.toJson()))
        readFrom(session); // the hub may have sent something along with its Finished
}

void Worker::readFrom(Session &session)
{
    static char buffer[ReadChunk];
    while (session.link.fd() >= 0) {
        int count = 0;
        const TlsLink::Status status = session.link.read(buffer, ReadChunk, &count);
        if (status == TlsLink::Status::WantRead || status == TlsLink::Status::WantWrite)
            return;
        if (status != TlsLink::Status::Done)
            return ended(session, session.link.error());
        const qint64 atNs = monotonicNs();
        QByteArrayView bytes(buffer, count);
        // Lines are handled straight from the buffer; only a tail is kept per session.
        while (session.link.fd() >= 0) {
            const qsizetype nl = bytes.indexOf('\n');
            if (nl < 0)
                break;
            if (session.input.isEmpty()) {
                handleLine(session, bytes.first(nl), atNs);
            } else {
                session.input.append(bytes.first(nl));
                const QByteArray line = std::exchange(session.input, QByteArray());
                handleLine(session, line, atNs);
            }
            bytes = bytes.sliced(nl + 1);
        }
        if (session.link.fd() >= 0 && !bytes.isEmpty())
            session.input.append(bytes);
        if (session.input.size() > MaxFrameSize)
            return ended(session, u"a frame over %1 bytes from the hub"_s.arg(MaxFrameSize));
    }
}

void Worker::handleLine(Session &session, QByteArrayView line, qint64 atNs)
{
    if (line.startsWith(PresencePrefix) && m_track.name.isEmpty()) {
        ++m_presenceFrames;
        return;
    }
    QJsonParseError problem{};
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &problem);
    if (!document.isObject())
        return ended(session, u"undecodable frame from the hub: %1"_s.arg(problem.errorString()));
    handleFrame(session, document.object(), atNs);
}

void Worker::handleFrame(Session &session, const QJsonObject &frame, qint64 atNs)
{
    ProtocolError problem;
    const std::optional<Message> message = parseMessage(frame, &problem);
    if (!message)
        return ended(session, u"invalid frame from the hub: %1"_s.arg(problem.message));
    if (const auto *presence = std::get_if<Presence>(&*message)) {
        ++m_presenceFrames;
        if (presence->event == Presence::Event::Joined)
            presenceSeen(session, presence->user.name.toLatin1(), atNs);
    } else if (const auto *watching = std::get_if<Watching>(&*message)) {
        watchingAnswered(session, *watching);
    } else if (std::holds_alternative<Pong>(*message)) {
        session.watchPending = false; // the hub handled `watch` without complaint
        if (++session.pongs == session.syncAt)
            synced(session);
    } else if (std::holds_alternative<UserList>(*message) ||
               std::holds_alternative<LookupResult>(*message)) {
        probeAnswered(session, atNs);
    } else if (const auto *welcome = std::get_if<Welcome>(&*message);
               welcome && session.stage == Stage::Registering) {
        m_hubScope = m_hubScope || welcome->has(feature::PresenceScope);
        welcomed(session, atNs);
    } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
        handleError(session, *error);
    } else if (std::holds_alternative<Shutdown>(*message)) {
        ended(session, u"the hub announced its shutdown"_s);
    } else {
        ended(session, u"unexpected \"%1\" frame from the hub"_s.arg(messageType(*message)));
    }
}

void Worker::handleError(Session &session, const ErrorReply &error)
{
    const QString what = u"%1: %2"_s.arg(error.codeName, error.message);
    if (!session.watchPending)
        return ended(session, u"error "_s + what);
    // A hub may refuse `watch` (presence scoping): reported apart, and the session is kept
    // unless the hub closes it.
    session.watch = false;
    session.watchPending = false;
    if (!m_quiet)
        reply("refused " + what.toUtf8());
}

void Worker::welcomed(Session &session, qint64 atNs)
{
    session.stage = Stage::Registered;
    if (session.role == Role::Crowd || session.role == Role::Churn) {
        session.heldIndex = int(m_held.size());
        m_held.push_back(&session);
    } else if (session.role == Role::Probe) {
        m_probes.push_back(&session);
    }
    setupEnded(session, nullptr, atNs);
    if (session.watch)
        sendWatch(session);
}

bool Worker::send(Session &session, const QJsonObject &frame)
{
    const qint64 nowMs = monotonicNs() / 1'000'000;
    hasToken(session, nowMs); // refills
    session.tokens -= 1.0;
    session.refillMs = nowMs;
    session.lastSentMs = nowMs;
    const TlsLink::Status status = session.link.write(encodeFrame(frame));
    if (status == TlsLink::Status::Closed || status == TlsLink::Status::Failed) {
        ended(session, session.link.error());
        return false;
    }
    watchWrites(session, status == TlsLink::Status::WantWrite);
    return true;
}

bool Worker::hasToken(Session &session, qint64 nowMs)
{
    if (session.refillMs > 0 && nowMs > session.refillMs) {
        const double refill = double(nowMs - session.refillMs) * RequestsPerSecond / 1000.0;
        session.tokens = std::min(RequestBurst, session.tokens + refill);
        session.refillMs = nowMs;
    }
    return session.tokens >= 1.0;
}

void Worker::watchWrites(Session &session, bool on)
{
    if (session.writeInterest == on)
        return;
    session.writeInterest = on;
    epoll_event event{};
    event.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    event.data.u64 = tagOf(session.slot, session.generation);
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, session.link.fd(), &event);
}

void Worker::ended(Session &session, const QString &reason)
{
    const Stage stage = session.stage;
    release(session);
    if (stage != Stage::Registered) {
        setupEnded(session, &reason, monotonicNs());
        return;
    }
    if (session.role == Role::Probe && session.requestNs != 0 && !m_quiet)
        reply("fail probe " + session.name + " ended: " + reason.toUtf8());
    if (m_syncWaiting > 0 && session.syncAt > session.pongs)
        synced(session); // nothing more to wait for
    if (session.tracked) {
        session.tracked = false; // the join being timed will not reach it
        --m_track.expected;
        finishTrackIfDone();
    }
    if (!m_quiet)
        reply("lost " + reason.toUtf8());
}

void Worker::leave(Session &session)
{
    session.link.close(true);
    release(session);
}

void Worker::release(Session &session)
{
    if (session.link.fd() >= 0)
        session.link.close(false);
    if (session.heldIndex >= 0) {
        Session *last = m_held.back();
        m_held[size_t(session.heldIndex)] = last;
        last->heldIndex = session.heldIndex;
        m_held.pop_back();
        session.heldIndex = -1;
    }
    std::erase(m_probes, &session);
    session.input = QByteArray();
    m_freeSlots.push_back(session.slot);
}

void Worker::reply(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t count =
            ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return; // the controller is gone; stdin's end will stop the loop
        written += count;
    }
}

} // namespace chatbuddy::bench::hubscale
