// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-cluster: the timed phases, with the crowd held. Claims: fresh names, each with
// a key of its own, registered all at once over sessions already encrypted, so that the rate is
// the hubs' and the database's, not TLS's. Presence: watchers on every hub watch the joiners'
// names; a joiner comes and goes on each hub in turn, and every watcher's `presence` is timed
// from the joiner's `hello` (joined) or its close (left): on the joiner's hub that is the hub's
// own broadcast, on the other the way through PostgreSQL's NOTIFY. Lookups: names bound and
// offline (a registry read) and names online on the other hub, several in flight per session.
#include "clusterrun.h"

#include "messages.h"

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::cluster {

namespace {
// Source addresses (127.0.0.n) of the in-process sessions; the crowd's workers use .2 and .3.
constexpr int ClaimSource = 4;
constexpr int WatchSource = 5;
constexpr int JoinSource = 6;
constexpr int FirstSpreadSource = 10; // 127.0.0.10 …
constexpr int SpreadSources = 200;    // … 127.0.0.209
} // namespace

Client *Run::newClient(const QString &name, const Key &key, int hub, int source)
{
    auto *client = new Client(name, key, this);
    client->hub = hub;
    client->onFailure = [this](const QString &reason) {
        m_events.fail(reason);
    };
    QString error;
    if (!client->open(m_hubs[size_t(hub)]->port(), loopbackAddress(source), &error))
        m_events.fail(error);
    return client;
}

bool Run::connectAll(const std::vector<Client *> &clients, const QString &what)
{
    for (Client *client : clients)
        connect(client, &Client::encrypted, &m_events, &EventWait::notify);
    return m_events.waitUntil(
        [&clients] {
            return std::all_of(clients.begin(), clients.end(),
                               [](const Client *c) { return c->isEncrypted(); });
        },
        120s, what);
}

void Run::reportLatency(const QString &what, std::vector<qint64> samples)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    const double p50 = percentileMs(samples, 0.50), p99 = percentileMs(samples, 0.99);
    const double max = double(samples.back()) / 1e6;
    say(u"  %1: p50 %2 ms, p99 %3 ms, max %4 ms (%5 samples)"_s
            .arg(what, fixed(p50, 2), fixed(p99, 2), fixed(max, 2))
            .arg(samples.size()));
    figure(what + u" p50"_s, p50, u"ms"_s);
    figure(what + u" p99"_s, p99, u"ms"_s);
    figure(what + u" max"_s, max, u"ms"_s);
}

// Over 50 lines: a round of claims is set up, fired, waited for and reported in one place.
bool Run::claimNames(bool spread)
{
    // Hubs sharing the database serialize claims from one address (an advisory lock per
    // address, hub/registry.cpp): one round comes from one address, as from behind one NAT,
    // the other from ClaimSources addresses, as from people's own.
    std::vector<Client *> round;
    for (int i = 0; i < m_options.claims; ++i)
        round.push_back(newClient(u"%1%2"_s.arg(spread ? u"spread"_s : u"claim"_s).arg(i),
                                  m_keys.claims[size_t(i)], i % m_setup.hubs,
                                  spread ? FirstSpreadSource + i % SpreadSources : ClaimSource));
    m_claimers.insert(m_claimers.end(), round.begin(), round.end());
    if (!connectAll(round, u"the claims' TLS handshakes"_s))
        return false;
    const double hubsBefore = hubsCpuSeconds(), postgresBefore = postgresCpuSeconds();
    std::vector<qint64> helloNs;
    for (Client *client : round) {
        client->onFrame = [this](const QJsonObject &, qint64) {
            m_events.notify();
        };
        helloNs.push_back(client->sendHello());
    }
    if (!m_events.waitUntil(
            [&round] {
                return std::all_of(round.begin(), round.end(),
                                   [](const Client *c) { return c->isWelcomed(); });
            },
            120s, u"the claims' welcomes"_s))
        return false;
    const double hubsCpu = hubsCpuSeconds() - hubsBefore;
    const double postgresCpu = postgresCpuSeconds() - postgresBefore;
    std::vector<qint64> samples;
    qint64 last = 0;
    for (size_t i = 0; i < round.size(); ++i) {
        round[i]->onFrame = nullptr;
        samples.push_back(round[i]->welcomeNs() - helloNs[i]);
        last = std::max(last, round[i]->welcomeNs());
    }
    const int count = m_options.claims;
    const double seconds = double(last - helloNs.front()) / 1e9;
    const QString from = spread ? u"from %1 addresses"_s.arg(SpreadSources) : u"from one address"_s;
    say(u"%1: %2 new names claimed at once (a key each, %3) in %4 s: %5 claims/s; CPU per "
        "claim: hubs %6 ms%7"_s.arg(m_setup.label)
            .arg(count)
            .arg(from, fixed(seconds, 3), fixed(double(count) / seconds, 0),
                 fixed(hubsCpu * 1e3 / count, 2),
                 m_setup.postgresPid == 0
                     ? QString()
                     : u", PostgreSQL %1 ms"_s.arg(fixed(postgresCpu * 1e3 / count, 2))));
    figure(u"new-name claims, all at once %1"_s.arg(from), double(count) / seconds, u"claims/s"_s,
           0);
    figure(u"hubs' CPU per claim (%1)"_s.arg(from), hubsCpu * 1e3 / count, u"ms"_s);
    if (m_setup.postgresPid != 0)
        figure(u"PostgreSQL CPU per claim (%1)"_s.arg(from), postgresCpu * 1e3 / count, u"ms"_s);
    reportLatency(u"claim hello → welcome (%1)"_s.arg(from), std::move(samples));
    return true;
}

// Over 50 lines: the watchers' set-up and the check of what their hubs count, together.
// Every hub of the pair gets `watchers` sessions (the SQLite hub all of them), each watching
// all the joiners' names by name (presence scope), as a client watches its contacts.
bool Run::watchJoiners()
{
    for (int i = 0; i < m_options.joinNames; ++i)
        m_joinNames.append(u"joiner%1"_s.arg(i));
    const int count = 2 * m_options.watchers;
    for (int i = 0; i < count; ++i)
        m_watchers.push_back(
            newClient(u"watcher%1"_s.arg(i), m_keys.watcher, i % m_setup.hubs, WatchSource));
    if (!connectAll(m_watchers, u"the watchers' TLS handshakes"_s))
        return false;
    m_heardNs.assign(m_watchers.size(), 0);
    m_onlineSeen.assign(m_watchers.size(), 0);
    for (size_t i = 0; i < m_watchers.size(); ++i) {
        m_watchers[i]->onFrame = [this, i](const QJsonObject &frame, qint64 atNs) {
            const QString type = frame.value("type"_L1).toString();
            if (type == Watching::type) {
                m_onlineSeen[i] = frame.value("online"_L1).toInteger();
                ++m_answered;
                m_events.notify();
            } else if (type == Presence::type && m_heardNs[i] == 0 &&
                       frame.value("event"_L1).toString() == m_expectEvent &&
                       frame.value("user"_L1).toObject().value("name"_L1).toString() ==
                           m_expectName) {
                m_heardNs[i] = atNs;
                m_events.notify();
            }
        };
        m_watchers[i]->sendHello();
        m_watchers[i]->sendFrame(Watch{false, m_joinNames}.toJson());
    }
    if (!m_events.waitUntil([this, count] { return m_answered >= count; }, 60s,
                            u"the watchers' `watching` answers"_s))
        return false;
    // Every hub counts everyone online in the cluster (`watching.online`): at least the crowd
    // and the claims, plus the watchers registered by then. Fewer: a hub missed joins.
    const qint64 atLeast = 2 * qint64(m_options.sessions) + 2 * qint64(m_options.claims);
    for (size_t i = 0; i < m_watchers.size(); ++i) {
        if (m_onlineSeen[i] < atLeast)
            return m_events.fail(u"hub %1 counts %2 users online; the cluster holds at least %3"_s
                                     .arg(m_watchers[i]->hub)
                                     .arg(m_onlineSeen[i])
                                     .arg(atLeast));
    }
    say(u"%1: every hub counts %2-%3 users online (the crowd and the claims: %4)"_s
            .arg(m_setup.label)
            .arg(*std::min_element(m_onlineSeen.begin(), m_onlineSeen.end()))
            .arg(*std::max_element(m_onlineSeen.begin(), m_onlineSeen.end()))
            .arg(atLeast));
    return true;
}

bool Run::timeJoins()
{
    std::vector<qint64> local, cross, leftLocal, leftCross, welcomes;
    for (int cycle = 0; cycle < m_options.joins; ++cycle) {
        if (!joinOnce(cycle, &local, &cross, &leftLocal, &leftCross, &welcomes))
            return false;
    }
    say(u"%1: %2 joins and leaves, %3 watchers on each of %4 hub(s)"_s.arg(m_setup.label)
            .arg(m_options.joins)
            .arg(m_setup.hubs == 1 ? 2 * m_options.watchers : m_options.watchers)
            .arg(m_setup.hubs));
    reportLatency(u"joiner hello → welcome"_s, std::move(welcomes));
    reportLatency(u"presence joined, same hub"_s, std::move(local));
    reportLatency(u"presence joined, other hub"_s, std::move(cross));
    reportLatency(u"presence left, same hub"_s, std::move(leftLocal));
    reportLatency(u"presence left, other hub"_s, std::move(leftCross));
    return true;
}

// Over 50 lines: one join and one leave, each waited for at every watcher, read in one place.
bool Run::joinOnce(int cycle, std::vector<qint64> *local, std::vector<qint64> *cross,
                   std::vector<qint64> *leftLocal, std::vector<qint64> *leftCross,
                   std::vector<qint64> *welcomes)
{
    const int hub = cycle % m_setup.hubs;
    const QString name = m_joinNames.at(cycle % m_joinNames.size());
    Client *joiner = newClient(name, m_keys.joiner, hub, JoinSource);
    connect(joiner, &Client::encrypted, &m_events, &EventWait::notify);
    joiner->onFrame = [this](const QJsonObject &, qint64) {
        m_events.notify();
    };
    if (!m_events.waitUntil([joiner] { return joiner->isEncrypted(); }, 10s,
                            u"a joiner's TLS handshake"_s))
        return false;
    const auto heardByAll = [this] {
        return std::none_of(m_heardNs.begin(), m_heardNs.end(), [](qint64 t) { return t == 0; });
    };
    m_expectName = name;
    m_expectEvent = u"joined"_s;
    m_heardNs.assign(m_watchers.size(), 0);
    const qint64 helloNs = joiner->sendHello();
    if (!m_events.waitUntil([&] { return joiner->isWelcomed() && heardByAll(); }, 10s,
                            u"%1's join at every watcher"_s.arg(name)))
        return false;
    welcomes->push_back(joiner->welcomeNs() - helloNs);
    for (size_t i = 0; i < m_watchers.size(); ++i)
        (m_watchers[i]->hub == hub ? local : cross)->push_back(m_heardNs[i] - helloNs);

    m_expectEvent = u"left"_s;
    m_heardNs.assign(m_watchers.size(), 0);
    const qint64 closeNs = nowNs();
    joiner->close();
    if (!m_events.waitUntil(heardByAll, 10s, u"%1's leave at every watcher"_s.arg(name)))
        return false;
    for (size_t i = 0; i < m_watchers.size(); ++i)
        (m_watchers[i]->hub == hub ? leftLocal : leftCross)->push_back(m_heardNs[i] - closeNs);
    joiner->onFrame = nullptr;
    joiner->deleteLater();
    return true;
}

// Over 50 lines: two kinds of lookup share the sessions, the window and the bookkeeping.
bool Run::timeLookups()
{
    // lookupClients sessions per hub of the pair, as many in all on the one hub.
    std::vector<Client *> clients;
    const int perHub = m_options.lookupClients * 2 / m_setup.hubs;
    for (int hub = 0; hub < m_setup.hubs; ++hub) {
        int taken = 0;
        for (Client *c : m_claimers) {
            if (c->hub == hub && taken < perHub) {
                clients.push_back(c);
                ++taken;
            }
        }
    }
    // Names online on the other hub of the pair: the crowd of the other worker (w1n… from
    // hub 0, w0n… from hub 1); on one hub both shares are its own.
    const auto onlineName = [this](const Client *asking, qint64 i) {
        const int worker = m_setup.hubs == 1 ? int(i % 2) : 1 - asking->hub;
        return u"w%1n%2"_s.arg(worker).arg(i % m_options.sessions);
    };
    for (const bool online : {false, true}) {
        const qint64 total = m_options.lookups;
        qint64 sent = 0, done = 0, lastNs = 0;
        std::vector<qint64> samples;
        std::vector<std::deque<qint64>> inFlight(clients.size());
        const auto sendOne = [&](size_t c) {
            if (sent == total)
                return;
            const QString name =
                online ? onlineName(clients[c], sent) : m_joinNames.at(sent % m_joinNames.size());
            ++sent;
            inFlight[c].push_back(nowNs());
            clients[c]->sendFrame(Lookup{name}.toJson());
        };
        for (size_t c = 0; c < clients.size(); ++c) {
            clients[c]->onFrame = [&, c](const QJsonObject &frame, qint64 atNs) {
                if (frame.value("type"_L1).toString() != LookupResult::type)
                    return;
                if (online != frame.value("online"_L1).toBool())
                    m_events.fail(u"lookup of %1: online is not %2"_s.arg(
                        frame.value("name"_L1).toString(), online ? u"true"_s : u"false"_s));
                samples.push_back(atNs - inFlight[c].front());
                inFlight[c].pop_front();
                lastNs = atNs;
                ++done;
                sendOne(c);
                m_events.notify();
            };
        }
        const double hubsBefore = hubsCpuSeconds(), postgresBefore = postgresCpuSeconds();
        const qint64 firstNs = nowNs();
        for (size_t c = 0; c < clients.size(); ++c) {
            for (int w = 0; w < m_options.window; ++w)
                sendOne(c);
        }
        const bool ok =
            m_events.waitUntil([&] { return done == total; }, 300s, u"the lookups' answers"_s);
        for (Client *c : clients)
            c->onFrame = nullptr;
        if (!ok)
            return false;
        const QString kind = online
                                 ? (m_setup.hubs == 1 ? u"online"_s : u"online on the other hub"_s)
                                 : u"bound, offline"_s;
        const double rate = double(total) / (double(lastNs - firstNs) / 1e9);
        say(u"%1: %2 lookups (%3) from %4 sessions, %5 in flight each: %6/s"_s.arg(m_setup.label)
                .arg(total)
                .arg(kind)
                .arg(clients.size())
                .arg(m_options.window)
                .arg(fixed(rate, 0)));
        figure(u"lookups/s (%1)"_s.arg(kind), rate, u"/s"_s, 0);
        // CPU per lookup: whether the hub works or waits for its database.
        figure(u"hubs' CPU per lookup (%1)"_s.arg(kind),
               (hubsCpuSeconds() - hubsBefore) * 1e6 / double(total), u"µs"_s, 0);
        if (m_setup.postgresPid != 0)
            figure(u"PostgreSQL CPU per lookup (%1)"_s.arg(kind),
                   (postgresCpuSeconds() - postgresBefore) * 1e6 / double(total), u"µs"_s, 0);
        reportLatency(u"lookup (%1)"_s.arg(kind), std::move(samples));
    }
    return true;
}

} // namespace chatbuddy::bench::cluster
