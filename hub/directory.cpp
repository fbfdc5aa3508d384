// SPDX-License-Identifier: GPL-3.0-or-later
// The directory's requests: connections opening, hello and name claims, lists, lookups,
// deadlines, idle users and shutdown. Sending and closing are in directorysessions.cpp.
#include "directory.h"

#include "cluster.h"
#include "endpoint.h"
#include "framecodec.h"
#include "hublog.h"
#include "identity.h"
#include "registry.h"
#include "safetext.h"
#include "username.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

Directory::Directory(const HubConfig &config, Registry *registry, const QString &hubFingerprint,
                     MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_registry(registry)
    , m_hubFingerprint(hubFingerprint)
    , m_clock(clock ? std::move(clock) : steadyClock())
    , m_admission(Admission::Limits{config.maxConnectionsPerAddress, config.maxPendingConnections,
                                    config.maxPendingPerAddress,
                                    qint64(config.handshakeTimeout.count()),
                                    qint64(config.helloTimeout.count())})
{
    m_presenceTimer.setSingleShot(true);
    connect(&m_presenceTimer, &QTimer::timeout, this, &Directory::flushAllPresence);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Directory::expireDeadlines);
    // Sweeping a few times per idle timeout keeps the drop within a third of it.
    m_idleTimer.setInterval(std::max<std::chrono::milliseconds>(m_config.idleTimeout / 3,
                                                                std::chrono::milliseconds(50)));
    m_idleTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &Directory::sweepIdle);
    m_idleTimer.start();
    if (m_config.mailbox.enabled && m_registry) {
        m_mailbox = std::make_unique<Mailbox>(*m_registry, m_config.mailbox);
        m_mailboxTimer.setInterval(m_config.mailboxSweep);
        m_mailboxTimer.setTimerType(Qt::VeryCoarseTimer);
        connect(&m_mailboxTimer, &QTimer::timeout, this, &Directory::sweepMailbox);
        m_mailboxTimer.start();
        // Also right after start: a hub restarted more often than the interval still bounces.
        QTimer::singleShot(0, this, &Directory::sweepMailbox);
    }
}

Directory::~Directory() = default;

QString Directory::describe(const Session &session) const
{
    const QString where = session.address + u':' + QString::number(session.port);
    return session.user.name.isEmpty() ? where : u"%1 (%2)"_s.arg(quoted(session.user.name), where);
}

void Directory::connectionOpened(Connection *connection)
{
    const CallGuard guard(*this);
    const quint64 id = connection->id();
    // IPv4-mapped IPv6 peers (dual-stack listener) as plain IPv4.
    const QString address = hostText(connection->peerAddress());
    const RateLimiter rate(m_config.requestsPerSecond, m_config.requestBurst, nowMs());
    Session &session = m_sessions.try_emplace(id, connection, address, rate, nowMs()).first->second;
    qCInfo(lcHub, "New connection from %s:%u", qUtf8Printable(session.address),
           connection->peerPort());

    const Admission::Decision decision = m_admission.opened(id, address, nowMs());
    if (m_shuttingDown) {
        refuse(session, ErrorCode::ShuttingDown, {});
        return;
    }
    switch (decision.verdict) {
    case Admission::Verdict::TooManyFromAddress:
        refuse(session, ErrorCode::TooManyConnections,
               u"too many connections from %1 (at most %2)"_s.arg(address).arg(
                   m_config.maxConnectionsPerAddress));
        return;
    case Admission::Verdict::TooManyPendingFromAddress:
        refuse(
            session, ErrorCode::TooManyConnections,
            u"too many connections from %1 are waiting to register (at most %2)"_s.arg(address).arg(
                m_config.maxPendingPerAddress));
        return;
    case Admission::Verdict::Admitted:
        break;
    }
    if (decision.evicted) {
        // Make room by the oldest waiting connection of the busiest address, so idle sockets
        // from a few addresses cannot keep newcomers out.
        if (auto it = m_sessions.find(*decision.evicted); it != m_sessions.end())
            refuse(it->second, ErrorCode::TooManyConnections,
                   u"too many connections are waiting to register; yours waited longest"_s);
    }
    scheduleDeadlines();
}

void Directory::connectionSecured(Connection *connection)
{
    m_admission.secured(connection->id());
}

void Directory::messageReceived(Connection *connection, const Message &message)
{
    const CallGuard guard(*this);
    auto it = m_sessions.find(connection->id());
    if (it == m_sessions.end() || it->second.closing)
        return;
    Session &session = it->second;
    session.lastActivityMs = nowMs();
    if (!session.limiter.take(nowMs())) {
        refuse(session, ErrorCode::RateLimited,
               u"more than %1 requests per second"_s.arg(m_config.requestsPerSecond));
        return;
    }
    const bool registered = !session.key.isEmpty();
    if (const auto *hello = std::get_if<Hello>(&message)) {
        if (registered)
            refuse(session, ErrorCode::AlreadyRegistered, {});
        else
            handleHello(session, *hello);
        return;
    }
    if (std::holds_alternative<Ping>(message)) {
        send(session, Pong{});
        return;
    }
    if (!registered) {
        refuse(session, ErrorCode::NotRegistered,
               u"send hello before %1"_s.arg(quoted(QString(messageType(message)))));
        return;
    }
    if (const auto *list = std::get_if<ListRequest>(&message)) {
        handleList(session, *list);
    } else if (const auto *watch = std::get_if<Watch>(&message)) {
        handleWatch(session, *watch);
    } else if (const auto *lookup = std::get_if<Lookup>(&message)) {
        handleLookup(session, *lookup);
    } else if (std::holds_alternative<CheckReachability>(message) && session.wantsReachability) {
        handleCheckReachability(session);
    } else if (std::holds_alternative<Pong>(message)) {
        // A reply to nothing we sent is harmless; it still counts as activity.
    } else if (!handleMailbox(session, message)) {
        refuse(session, ErrorCode::UnexpectedMessage,
               u"%1 is not a request the hub serves"_s.arg(quoted(QString(messageType(message)))));
    }
}

// Over 60 lines: the registration checks, in the order docs/protocol.md gives them.
void Directory::handleHello(Session &session, const Hello &hello)
{
    if (!hello.port) {
        refuse(session, ErrorCode::MissingField, u"hello to the hub needs \"port\""_s);
        return;
    }
    const QString problem = usernameProblem(hello.name);
    if (!problem.isEmpty()) {
        refuse(session, ErrorCode::InvalidName, problem);
        return;
    }
    const bool legacy = session.connection->isLegacy();
    const QString fingerprint = session.connection->peerFingerprint();
    if (fingerprint.isEmpty() && !legacy) {
        refuse(session, ErrorCode::CertificateRequired, {});
        return;
    }
    if (!legacy) {
        if (const QString keyIssue = session.connection->peerKeyProblem(); !keyIssue.isEmpty()) {
            refuse(session, ErrorCode::UnsupportedKey,
                   u"%1 is not accepted; ChatBuddy keys are ECDSA P-256"_s.arg(keyIssue));
            return;
        }
    }
    const QString key = usernameKey(hello.name);
    if (const auto online = m_users.find(key); online != m_users.end()) {
        Session &old = *online->second;
        if (legacy || old.user.fingerprint != fingerprint || old.user.legacy) {
            refuse(session, ErrorCode::NameTaken,
                   u"the name %1 is already online; pick another"_s.arg(quoted(hello.name)));
            return;
        }
        // The same key again: the old session is most likely a dead link (network change,
        // crash) not yet timed out; the owner's new login wins. On another hub, that hub
        // lets it go once the cluster records the name here.
        if (!old.remote)
            refuse(old, ErrorCode::Replaced,
                   u"%1 logged in again from %2"_s.arg(quoted(hello.name), session.address));
    }
    if (localUserCount() >= m_config.maxUsers) {
        refuse(session, ErrorCode::HubFull,
               u"the hub is full (%1 users); try again later"_s.arg(m_config.maxUsers));
        return;
    }
    // A legacy client has no key: it may use a name nobody owns, but never claims one.
    const Registry::ClaimResult claim =
        legacy ? m_registry->checkUnowned(hello.name)
               : m_registry->claim(hello.name, fingerprint, session.address);
    if (refuseClaim(session, hello, claim))
        return;

    session.user = UserInfo{hello.name, session.address, *hello.port, fingerprint, legacy};
    Welcome welcome;
    welcome.self = session.user;
    welcome.hubFingerprint = m_hubFingerprint;
    if (m_mailbox && !legacy)
        welcome.features.append(QString(feature::Mailbox));
    session.wantsReachability =
        m_reachabilityCheck && !legacy && hello.features.contains(feature::Reachability);
    if (session.wantsReachability)
        welcome.features.append(QString(feature::Reachability));
    session.scopeAware = !legacy && hello.features.contains(feature::PresenceScope);
    if (session.scopeAware)
        welcome.features.append(QString(feature::PresenceScope));
    // Clients ping at the advertised heartbeat: three of them always fit in the idle timeout.
    const auto heartbeat = std::min(m_config.heartbeatInterval, m_config.idleTimeout / 3);
    welcome.heartbeatSeconds = int(
        std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(heartbeat).count()));
    if (!recordInCluster(session, session.user))
        return;
    // Welcome before joining: a client dropped for not reading it never joins, so no watcher
    // hears of it.
    if (!send(session, welcome)) {
        if (m_cluster)
            m_cluster->recordLeave(key);
        return;
    }
    session.key = key;
    if (const auto remote = m_remote.find(key); remote != m_remote.end()) {
        m_users.erase(key); // moved here from another hub
        m_remote.erase(remote);
    }
    m_users.emplace(key, &session);
    m_search.invalidate();
    m_admission.settled(session.connection->id());
    qCInfo(lcHub, "New user %s has joined from %s, chat port %u, %s",
           qUtf8Printable(quoted(hello.name)), qUtf8Printable(session.address), *hello.port,
           legacy ? "legacy plain-text client, NOT encrypted"
                  : qUtf8Printable(u"key "_s + shortFingerprint(fingerprint)));
    broadcastPresence(Presence::Event::Joined, session.user, &session);
    Q_EMIT userJoined(session.user);
    updatePresenceScope();
    if (session.wantsReachability)
        checkReachability(session);
}

bool Directory::refuseClaim(Session &session, const Hello &hello,
                            const Registry::ClaimResult &result)
{
    switch (result.claim) {
    case Registry::Claim::Bound:
    case Registry::Claim::Confirmed:
        return false;
    case Registry::Claim::BoundToOther:
        refuse(session, ErrorCode::NameBound,
               u"the name %1 belongs to another key; pick another name"_s.arg(quoted(hello.name)));
        return true;
    case Registry::Claim::LooksLikeOther:
        refuse(session, ErrorCode::NameBound,
               u"the name %1 looks like %2, which belongs to another key; pick another name"_s.arg(
                   quoted(hello.name), quoted(result.similarName)));
        return true;
    case Registry::Claim::TooManyForKey:
        refuse(session, ErrorCode::TooManyNames,
               u"this key already owns %1 names; log in with one of them"_s.arg(
                   m_config.names.maxNamesPerKey));
        return true;
    case Registry::Claim::TooManyFromAddress:
        refuse(session, ErrorCode::TooManyNames,
               u"%1 new names came from %2 within the hour; try again later"_s
                   .arg(m_config.names.maxNewNamesPerAddressPerHour)
                   .arg(session.address));
        return true;
    case Registry::Claim::Failed:
        qCWarning(lcHub, "registry failure: %s", qUtf8Printable(m_registry->errorString()));
        refuse(session, ErrorCode::Internal, u"the hub could not record the name"_s);
        return true;
    }
    return true;
}

void Directory::handleList(Session &session, const ListRequest &request)
{
    UserList reply;
    reply.offset = request.offset;
    const QString filter = request.filter.toLower();
    if (filter.isEmpty()) {
        reply.total = int(m_users.size());
        if (request.offset < reply.total) {
            auto it = m_users.begin();
            std::advance(it, request.offset);
            for (; it != m_users.end() && reply.users.size() < request.limit; ++it)
                reply.users.append(it->second->user);
        }
    } else {
        // Keys are lower case, so a substring test on them is case-insensitive. One pass over
        // all names (namesearch.h); the per-connection rate limit bounds how often one client
        // can ask.
        if (!m_search.isCurrent()) {
            m_search.reset(m_users.size());
            for (const auto &[key, user] : m_users)
                m_search.add(key, user);
        }
        reply.total =
            m_search.search(filter, request.offset, request.limit,
                            [&reply](const Session *user) { reply.users.append(user->user); });
    }
    send(session, reply);
}

void Directory::handleLookup(Session &session, const Lookup &lookup)
{
    LookupResult result;
    result.name = lookup.name;
    if (isValidUsername(lookup.name)) {
        const auto it = m_users.find(usernameKey(lookup.name));
        if (it != m_users.end()) {
            result.name = it->second->user.name;
            result.online = true;
            result.fingerprint = it->second->user.fingerprint;
            result.address = it->second->user.address;
            result.port = it->second->user.port;
        }
        if (auto record = m_registry->keyRecord(lookup.name)) {
            if (!result.online)
                result.fingerprint = record->fingerprint;
            // The mailbox key belongs to the binding; an online legacy user has none.
            if (m_mailbox && record->fingerprint == result.fingerprint) {
                result.identity = record->identity;
                result.mailboxKey = record->mailboxKey;
                result.mailboxKeySignature = record->mailboxKeySignature;
            }
        }
    }
    send(session, result);
}

void Directory::invalidInput(Connection *connection, const ProtocolError &problem)
{
    const CallGuard guard(*this);
    auto it = m_sessions.find(connection->id());
    if (it == m_sessions.end() || it->second.closing)
        return;
    refuse(it->second, problem.code, problem.message);
}

void Directory::expireDeadlines()
{
    const CallGuard guard(*this);
    const QList<Admission::Expiry> expired = m_admission.expired(nowMs());
    for (const Admission::Expiry &expiry : expired) {
        auto it = m_sessions.find(expiry.id);
        if (it == m_sessions.end() || it->second.closing) {
            m_admission.settled(expiry.id);
            continue;
        }
        if (expiry.deadline == Admission::Deadline::Handshake)
            refuse(it->second, ErrorCode::HelloTimeout,
                   u"no TLS handshake within %1 ms"_s.arg(m_config.handshakeTimeout.count()));
        else
            refuse(it->second, ErrorCode::HelloTimeout,
                   u"no hello within %1 ms"_s.arg(m_config.helloTimeout.count()));
        m_admission.settled(expiry.id); // also when refuse() could not send
    }
    scheduleDeadlines();
}

void Directory::scheduleDeadlines()
{
    if (m_shuttingDown)
        return;
    const std::optional<qint64> next = m_admission.nextDeadlineMs();
    if (!next) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, *next - nowMs());
    if (!m_deadlineTimer.isActive() || m_deadlineTimer.remainingTime() > wait)
        m_deadlineTimer.start(std::chrono::milliseconds(wait));
}

void Directory::sweepIdle()
{
    const CallGuard guard(*this);
    const qint64 limit = nowMs() - m_config.idleTimeout.count();
    QList<quint64> idle;
    for (const auto &[id, session] : m_sessions) {
        if (!session.closing && !session.key.isEmpty() && session.lastActivityMs < limit &&
            !session.connection->isLegacy())
            idle.append(id);
    }
    for (quint64 id : idle) {
        auto it = m_sessions.find(id);
        if (it != m_sessions.end())
            refuse(it->second, ErrorCode::IdleTimeout,
                   u"nothing heard for %1 s"_s.arg(m_config.idleTimeout.count() / 1000.0));
    }
}

void Directory::shutdown(const QString &message)
{
    const CallGuard guard(*this);
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_deadlineTimer.stop();
    m_idleTimer.stop();
    qCInfo(lcHub, "Server shutting down... telling %d connection(s)", connectionCount());
    const Message notice = Shutdown{message};
    QList<quint64> ids;
    for (const auto &[id, session] : m_sessions)
        ids.append(id);
    // Quietly: everyone is leaving, so no presence deltas go out, not even for a client
    // dropped below for not reading.
    m_allWatchers.clear();
    m_watchersOf.clear();
    for (quint64 id : ids) {
        auto it = m_sessions.find(id);
        if (it == m_sessions.end() || it->second.closing)
            continue;
        Session &session = it->second;
        if (!send(session, notice))
            continue; // dropped for not reading
        if (!session.key.isEmpty()) {
            m_users.erase(session.key);
            m_search.invalidate();
            session.key.clear();
        }
        m_admission.settled(id);
        session.closing = true;
        session.connection->close();
    }
}

} // namespace chatbuddy::hub
