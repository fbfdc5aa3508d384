// SPDX-License-Identifier: GPL-3.0-or-later
// The contact lists of --contacts (hubscalecontacts.h): deterministic picks from a splitmix64
// stream per session, the same in every worker process. And the worker's side of presence
// scope: `watching` answers and the `scope` question.

#include "hubscalecontacts.h"

#include "hubscaleworker.h"
#include "messages.h"
#include "protocol.h"

#include <algorithm>

namespace chatbuddy::bench::hubscale {

namespace {

constexpr quint64 ContactSalt = 0x636f6e7461637473; // "contacts"
constexpr quint64 JoinerSalt = 0x6a6f696e65727321;  // "joiners!"

// splitmix64: a small generator whose streams for neighbouring seeds are unrelated.
class Draws {
public:
    Draws(quint64 salt, quint64 id)
        : m_state(salt ^ (id * 0x9e3779b97f4a7c15))
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

// `count` distinct values of 0 … n-1 other than `except` (-1: none); all of them if fewer.
std::vector<int> pickDistinct(Draws &draws, int n, int count, int except)
{
    std::vector<int> picks;
    const int available = n - (except >= 0 && except < n ? 1 : 0);
    if (count >= available) {
        for (int g = 0; g < n; ++g) {
            if (g != except)
                picks.push_back(g);
        }
        return picks;
    }
    picks.reserve(size_t(count));
    while (int(picks.size()) < count) {
        const int g = draws.below(n);
        if (g != except && std::find(picks.begin(), picks.end(), g) == picks.end())
            picks.push_back(g);
    }
    return picks;
}

} // namespace

int shareOf(int total, int parts, int part)
{
    return total / parts + (part < total % parts ? 1 : 0);
}

QByteArray joinerName(int j)
{
    return "join" + QByteArray::number(j);
}

ContactPlan::ContactPlan(int contacts, int sessions, int workers, int joins)
    : m_contacts(contacts)
    , m_sessions(sessions)
    , m_workers(std::max(1, workers))
{
    if (m_contacts == 0)
        return;
    for (int j = 0; j < joins; ++j) {
        for (const int g : watchersOfJoin(j))
            m_joinsOf[g].push_back(j);
    }
}

int ContactPlan::firstOf(int worker) const
{
    return worker * (m_sessions / m_workers) + std::min(worker, m_sessions % m_workers);
}

QByteArray ContactPlan::crowdName(int g) const
{
    const int q = m_sessions / m_workers;
    const int r = m_sessions % m_workers;
    int worker = 0, index = 0;
    if (g < r * (q + 1)) {
        worker = g / (q + 1);
        index = g % (q + 1);
    } else {
        worker = r + (g - r * (q + 1)) / q;
        index = (g - r * (q + 1)) % q;
    }
    return 'w' + QByteArray::number(worker) + 'n' + QByteArray::number(index);
}

QList<QString> ContactPlan::contactsOf(qint64 id) const
{
    Draws draws(ContactSalt, quint64(id));
    const int self = id < m_sessions ? int(id) : -1;
    QList<QString> names;
    for (const int g : pickDistinct(draws, m_sessions, m_contacts, self))
        names.append(QString::fromLatin1(crowdName(g)));
    const auto placed = m_joinsOf.find(self);
    if (placed == m_joinsOf.end())
        return names;
    // The joiners take the last places; a list with more joiners than K grows instead.
    qsizetype at = names.size();
    for (const int j : placed->second) {
        const QString joiner = QString::fromLatin1(joinerName(j));
        if (at > 0)
            names[--at] = joiner;
        else if (names.size() < MaxWatchNames)
            names.append(joiner);
    }
    return names;
}

std::vector<int> ContactPlan::watchersOfJoin(int j) const
{
    Draws draws(JoinerSalt, quint64(j));
    return pickDistinct(draws, m_sessions, m_contacts, -1);
}

// Plain `watch` (the whole directory, as older clients ask), or with presence-scope the whole
// directory while the hub serves it and the session's contacts always.
void Worker::sendWatch(Session &session)
{
    Watch watch;
    if (session.scoped) {
        watch.all = true;
        watch.names = m_plan.contactsOf(session.contactId);
    }
    if (send(session, watch.toJson()))
        session.watchPending = true;
}

// Two `watch` frames from a probe: the whole directory (the answer says whether the hub serves
// it now, how many are online and its limit), then nothing, so that the probe hears no deltas.
void Worker::startScope()
{
    if (m_probes.empty()) {
        reply("fail no probe session for `scope`");
        return;
    }
    if (!m_hubScope) {
        reply("scope none"); // an older hub: every watcher hears every change
        return;
    }
    Session &probe = *m_probes.front();
    m_scope = Scope{};
    m_scope.answers = 0;
    Watch whole;
    whole.all = true;
    whole.names = QList<QString>();
    Watch none = whole;
    none.all = false;
    send(probe, whole.toJson());
    send(probe, none.toJson());
}

void Worker::watchingAnswered(Session &session, const Watching &watching)
{
    ++m_watchingFrames;
    session.watchPending = false;
    session.wholeNow = watching.all;
    if (session.role != Role::Probe || m_scope.answers < 0)
        return;
    if (++m_scope.answers == 1) {
        m_scope.first = QByteArray(watching.all ? "1" : "0") + ' ' +
                        QByteArray::number(watching.online) + ' ' +
                        QByteArray::number(watching.limit);
    } else {
        reply("scope " + m_scope.first);
        m_scope = Scope{};
    }
}

} // namespace chatbuddy::bench::hubscale
