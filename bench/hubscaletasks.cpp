// SPDX-License-Identifier: GPL-3.0-or-later
// What a worker does for its controller (hubscale.h lists the commands): open sessions, sync
// them, time requests, watch for a join, make one, churn, keep probes busy.

#include "hubscaleworker.h"

#include "messages.h"

#include <QList>
#include <QRandomGenerator>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <limits>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::hubscale {

namespace {

QByteArray failureLines(const Reasons &reasons)
{
    QByteArray lines;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        lines += "failure " + QByteArray::number(it.value()) + ' ' + it.key().toUtf8() + '\n';
    return lines;
}

} // namespace

void Worker::readCommands()
{
    char buffer[4096];
    while (true) {
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR)) {
            m_quit = true; // the controller is gone
            return;
        }
        if (count < 0)
            break;
        m_commandInput.append(buffer, count);
    }
    for (qsizetype nl = m_commandInput.indexOf('\n'); nl >= 0 && !m_quit;
         nl = m_commandInput.indexOf('\n')) {
        const QByteArray line = m_commandInput.left(nl);
        m_commandInput.remove(0, nl + 1);
        command(line);
    }
}

void Worker::command(const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    const QByteArray &verb = words.constFirst();
    const auto number = [&words](qsizetype i) {
        return i < words.size() ? words[i].toInt() : 0;
    };
    const QByteArray argument = words.value(1);
    if (verb == "plan") {
        m_plan = ContactPlan(number(1), number(2), number(3), number(4));
    } else if (verb == "open") {
        startOpen(Role::Crowd, number(1), number(2));
    } else if (verb == "probes") {
        startOpen(Role::Probe, number(1), 0);
    } else if (verb == "sync") {
        startSync();
    } else if (verb == "rtt") {
        startRtt(argument, number(2), words.value(3));
    } else if (verb == "track") {
        startTrack(number(1), number(2) != 0);
    } else if (verb == "scope") {
        startScope();
    } else if (verb == "join") {
        QString error;
        m_joinName = argument;
        if (!open(Role::Joiner, argument, false, &error))
            reply("fail join " + argument + ": " + error.toUtf8());
    } else if (verb == "churn") {
        startChurn(number(1), words.value(2).toDouble(), number(3));
    } else if (verb == "load") {
        startLoad(number(1), words.value(2).toDouble());
    } else if (verb == "quiet") {
        m_quiet = true;
    } else if (verb == "quit") {
        m_quit = true;
    } else {
        reply("fail unknown command: " + line);
    }
}

void Worker::startOpen(Role role, int count, int watchers)
{
    m_opening = Opening{};
    m_opening.role = role;
    m_opening.total = count;
    m_opening.watchers = watchers;
    m_opening.active = true;
    m_opening.nextProgressNs = monotonicNs() + 2'000'000'000;
    launch();
}

// Starts the set-ups of an `open` or `probes` while fewer than --concurrency are in flight.
void Worker::launch()
{
    Opening &o = m_opening;
    if (!o.active)
        return;
    while (o.launched < o.total && o.inFlight < m_options.concurrency) {
        const qint64 i = o.launched++;
        // Watchers spread evenly over the sessions, as over the set-up's time; with contacts
        // every crowd session watches (ContactPlan::crowdName() gives the same names).
        const bool scoped = o.role == Role::Crowd && m_plan.contacts() > 0;
        const bool watch = scoped || (i + 1) * o.watchers / o.total > i * o.watchers / o.total;
        const char kind = o.role == Role::Probe ? 'p' : 'n';
        const QByteArray name =
            'w' + QByteArray::number(m_options.index) + kind + QByteArray::number(i);
        QString error;
        if (Session *session = open(o.role, name, watch, &error)) {
            session->scoped = scoped;
            session->contactId = m_plan.firstOf(m_options.index) + i;
            ++o.inFlight;
            if (o.firstNs == 0)
                o.firstNs = session->startNs;
        } else {
            ++o.failed;
            ++o.reasons[error];
        }
    }
    if (o.launched == o.total && o.inFlight == 0) {
        o.active = false;
        reply(failureLines(o.reasons) + "opened " + QByteArray::number(o.ok) + ' ' +
              QByteArray::number(o.failed) + ' ' + QByteArray::number(o.firstNs) + ' ' +
              QByteArray::number(o.lastNs));
    }
}

// A set-up ended: welcomed (failure null) or not. Never opens another session here (the
// caller may still hold a reference to this one); launch() and churnTick() do.
void Worker::setupEnded(Session &session, const QString *failure, qint64 atNs)
{
    switch (session.role) {
    case Role::Crowd:
    case Role::Probe:
        --m_opening.inFlight;
        if (failure) {
            ++m_opening.failed;
            ++m_opening.reasons[*failure];
        } else {
            ++m_opening.ok;
            m_opening.lastNs = atNs;
        }
        break;
    case Role::Joiner:
        m_joinName.clear();
        if (failure)
            reply("fail join " + session.name + ": " + failure->toUtf8());
        else
            reply("joined " + session.name + ' ' + QByteArray::number(session.helloNs) + ' ' +
                  QByteArray::number(atNs));
        break;
    case Role::Churn:
        --m_churn.inFlight;
        if (failure) {
            ++m_churn.failed;
            ++m_churn.reasons[*failure];
        } else if (atNs <= m_churn.endNs) {
            ++m_churn.joins;
        }
        break;
    }
}

void Worker::startSync()
{
    m_syncWaiting = 0;
    for (const auto &slot : m_slots) {
        Session *session = slot.get();
        if (!session || session->link.fd() < 0 || session->stage != Stage::Registered)
            continue;
        session->syncAt = ++session->pings;
        ++m_syncWaiting;
        send(*session, Ping{}.toJson()); // may end the session, which then counts as synced
    }
    if (m_syncWaiting == 0)
        finishSync();
}

void Worker::synced(Session &session)
{
    session.syncAt = -1;
    if (m_syncWaiting > 0 && --m_syncWaiting == 0)
        finishSync();
}

void Worker::finishSync()
{
    m_syncWaiting = -1;
    int whole = 0;
    for (const Session *session : m_held)
        whole += session->wholeNow ? 1 : 0;
    reply("synced " + QByteArray::number(qsizetype(m_held.size())) + ' ' +
          QByteArray::number(watchingCount()) + ' ' + QByteArray::number(m_watchingFrames) + ' ' +
          QByteArray::number(whole));
}

int Worker::watchingCount() const
{
    int watching = 0;
    for (const Session *session : m_held)
        watching += session->watch ? 1 : 0;
    return watching;
}

void Worker::startRtt(const QByteArray &kind, int count, const QByteArray &name)
{
    if (m_probes.empty()) {
        reply("fail no probe session for `" + kind + '`');
        return;
    }
    m_requests = Requests{};
    m_requests.kind = kind;
    m_requests.lookupName = name;
    m_requests.remaining = count;
    m_requests.samples.reserve(size_t(count));
    if (count == 0) {
        reply("rtt " + kind + ' ');
        m_requests.kind.clear();
    }
}

void Worker::startLoad(int seconds, double rate)
{
    startRtt("list", 1, {});
    m_requests.remaining = std::numeric_limits<int>::max();
    m_requests.ratePerSecond = rate;
    m_requests.endNs = monotonicNs() + qint64(seconds) * 1'000'000'000;
}

// The next request from the next probe with a token (each stays within the hub's rate).
void Worker::sendProbeRequest(qint64 nowNs)
{
    Requests &r = m_requests;
    if (r.ratePerSecond > 0 && nowNs >= r.endNs) {
        reply("rtt load " + joinNumbers(r.samples));
        r.kind.clear();
        return;
    }
    for (size_t tried = 0; tried < m_probes.size(); ++tried) {
        Session &probe = *m_probes[r.nextProbe++ % m_probes.size()];
        if (!hasToken(probe, nowNs / 1'000'000))
            continue;
        QJsonObject frame;
        if (r.kind == "lookup") {
            frame = Lookup{QString::fromLatin1(r.lookupName)}.toJson();
        } else {
            ListRequest list;
            list.limit = ListLimit;
            if (r.kind == "probelist") // the probes' names: w<this worker>p<i>
                list.filter = u"w%1p"_s.arg(m_options.index);
            frame = list.toJson();
        }
        r.outstanding = true;
        r.nextNs = r.ratePerSecond > 0 ? nowNs + qint64(1e9 / r.ratePerSecond) : 0;
        probe.requestNs = monotonicNs();
        send(probe, frame);
        return;
    }
    r.nextNs = nowNs + 5'000'000; // every probe is out of tokens: try again soon
}

void Worker::probeAnswered(Session &session, qint64 atNs)
{
    if (session.requestNs == 0)
        return; // not a timed request (none is sent otherwise)
    Requests &r = m_requests;
    r.samples.push_back(atNs - session.requestNs);
    session.requestNs = 0;
    r.outstanding = false;
    if (--r.remaining == 0) {
        reply("rtt " + r.kind + ' ' + joinNumbers(r.samples));
        r.kind.clear();
    }
}

// Marks the sessions that should hear of joiner `join`: those whose contacts name it, and every
// watcher while the hub serves the whole directory (`whole`, which the controller works out).
void Worker::startTrack(int join, bool whole)
{
    m_track = Track{};
    m_track.name = joinerName(join);
    const std::vector<int> named = m_plan.watchersOfJoin(join);
    for (Session *session : m_held) {
        const bool contact = session->scoped && std::find(named.begin(), named.end(),
                                                          session->contactId) != named.end();
        session->tracked = session->watch && (whole || contact);
        m_track.expected += session->tracked ? 1 : 0;
    }
    m_track.receipts.reserve(size_t(m_track.expected));
    reply("tracking " + QByteArray::number(m_track.expected));
    finishTrackIfDone();
}

void Worker::presenceSeen(Session &session, const QByteArray &name, qint64 atNs)
{
    if (m_track.name.isEmpty() || name != m_track.name || !session.tracked)
        return; // a join heard where none was expected does not count
    session.tracked = false;
    --m_track.expected;
    m_track.receipts.push_back(atNs);
    finishTrackIfDone();
}

void Worker::finishTrackIfDone()
{
    if (m_track.name.isEmpty() || m_track.expected > 0)
        return;
    reply("seen " + m_track.name + ' ' + joinNumbers(m_track.receipts));
    m_track = Track{};
}

void Worker::startChurn(int seconds, double rate, int watchPermille)
{
    m_churn = Churn{};
    m_churn.active = true;
    m_churn.startNs = monotonicNs();
    m_churn.endNs = m_churn.startNs + qint64(seconds) * 1'000'000'000;
    m_churn.rate = rate;
    m_churn.watchPermille = watchPermille;
    m_churn.presenceAtStart = m_presenceFrames;
    m_away.clear();
}

// Leaves and joins, each at the rate, until the end; then waits for the joins in flight.
void Worker::churnTick(qint64 nowNs)
{
    Churn &c = m_churn;
    if (nowNs >= c.endNs) {
        if (c.presence < 0)
            c.presence = m_presenceFrames - c.presenceAtStart;
        if (c.inFlight > 0 && nowNs < c.endNs + SetupTimeoutNs)
            return;
        c.active = false;
        reply(failureLines(c.reasons) + "churned " + QByteArray::number(c.joins) + ' ' +
              QByteArray::number(c.leaves) + ' ' + QByteArray::number(c.failed) + ' ' +
              QByteArray::number(qsizetype(m_held.size())) + ' ' + QByteArray::number(c.presence) +
              ' ' + QByteArray::number(c.returned));
        return;
    }
    const auto due = int(double(nowNs - c.startNs) * c.rate / 1e9);
    while (c.joinsStarted < due && c.inFlight < m_options.concurrency)
        churnJoin(nowNs);
    // No more leaves than joins that have not failed: a hub that cannot keep up with the
    // joins slows the leaves too, instead of the crowd melting away.
    while (c.leaves < std::min(due, c.joinsStarted - c.failed) && !m_held.empty())
        churnLeave(nowNs);
}

// A user comes back (the name, and contacts, of one who left at least ReturnAfterNs ago), or
// a new name joins. With contacts it watches them; otherwise in the proportion of watchers.
void Worker::churnJoin(qint64 nowNs)
{
    Churn &c = m_churn;
    ++c.joinsStarted;
    QByteArray name;
    qint64 contactId = 0;
    const bool returns = !m_away.empty() && nowNs - m_away.front().leftNs >= ReturnAfterNs;
    if (returns) {
        name = m_away.front().name;
        contactId = m_away.front().contactId;
        m_away.pop_front();
    } else {
        const int n = m_nameCounter++;
        name = 'w' + QByteArray::number(m_options.index) + 'c' + QByteArray::number(n);
        contactId = m_plan.sessions() + (qint64(m_options.index) << 32) + n;
    }
    const bool scoped = m_plan.contacts() > 0;
    const bool watch =
        scoped || qint64(c.watchersAdded) * 1000 < qint64(c.joinsStarted) * c.watchPermille;
    QString error;
    if (Session *session = open(Role::Churn, name, watch, &error)) {
        session->scoped = scoped;
        session->contactId = contactId;
        ++c.inFlight;
        c.watchersAdded += watch ? 1 : 0;
        c.returned += returns ? 1 : 0;
    } else {
        ++c.failed;
        ++c.reasons[error];
    }
}

// A random held session quits (TLS close_notify, then close); it may come back later.
void Worker::churnLeave(qint64 nowNs)
{
    Session &session = *m_held[QRandomGenerator::global()->bounded(quint32(m_held.size()))];
    m_away.push_back({session.name, session.contactId, nowNs});
    leave(session);
    ++m_churn.leaves;
}

} // namespace chatbuddy::bench::hubscale
