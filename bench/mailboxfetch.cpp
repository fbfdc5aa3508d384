// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-mailbox: the logins (mailboxrun.h): each sampled recipient logs in, fetches what
// waits (100 at most per fetch, the first fetch timed) and acknowledges it.

#include "mailboxrun.h"

#include "messages.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

bool MailboxRun::fetchAll()
{
    const int f = m_o.fetchUsers < 0 ? m_o.users : m_o.fetchUsers;
    if (f == 0)
        return true;
    say(u"logging in %1 of the %2 recipients one after the other: fetch (limit %3)%4..."_s.arg(f)
            .arg(m_o.users)
            .arg(MaxFetchLimit)
            .arg(m_o.ack ? u", then acknowledge until nothing waits"_s : QString()));
    const double cpuBefore = cpuSeconds(m_hub.pid()).value_or(0);
    for (int i = 0; i < f; ++i) {
        if (!fetchOne(m_recipients[size_t(qint64(i) * m_o.users / f)], i == 0))
            return false;
    }
    const double hubCpu = cpuSeconds(m_hub.pid()).value_or(0) - cpuBefore;
    percentiles(u"login (connect to welcome)"_s, m_loginNs);
    percentiles(u"fetch at login (fetch written to fetched read)"_s, m_fetchNs, true);
    percentiles(u"login + fetch"_s, m_loginFetchNs);
    if (!m_ackNs.empty())
        percentiles(u"mail-ack of one fetch (<= 100 refs, + ping to pong)"_s, m_ackNs, true);
    figure(u"fetch: envelopes in the first fetch, mean"_s, double(m_firstFetchEnvelopes) / f,
           u"envelopes"_s, 1);
    figure(u"fetch: hub CPU per login (with its acks)"_s, hubCpu * 1e3 / f, u"ms"_s, 2);
    if (!memory(u"hub RSS after the fetches"_s))
        return false;
    const DiskUse disk = diskUse(m_dataDir);
    figure(u"database after %1 acks: registry.sqlite"_s.arg(m_acked), mib(disk.database), u"MiB"_s);
    figure(u"database after %1 acks: -wal"_s.arg(m_acked), mib(disk.wal), u"MiB"_s);
    if (m_acked > 0 && disk.database >= m_filledDatabase)
        say(u"  note: SQLite does not shrink the file when rows are deleted (no VACUUM, no "
            "auto_vacuum): the freed pages are reused by later deposits"_s);
    return true;
}

bool MailboxRun::fetchOne(const BenchUser &user, bool check)
{
    MailClient *client = newClient(user);
    const auto cleanup = qScopeGuard([&] {
        QObject::disconnect(client, nullptr, this, nullptr);
        client->deleteLater();
    });
    qint64 welcomeNs = -1, fetchedNs = -1, pongNs = -1;
    int remaining = -1;
    bool closed = false;
    QList<qint64> refs;
    QList<QJsonObject> frames;
    connect(client, &MailClient::welcomed, this, [&](qint64 at) {
        welcomeNs = at;
        m_events.notify();
    });
    connect(client, &MailClient::mail, this, [&](qint64 ref, const QJsonObject &frame) {
        refs.append(ref);
        if (check)
            frames.append(frame);
    });
    connect(client, &MailClient::fetched, this, [&](int left, qint64 at) {
        remaining = left;
        fetchedNs = at;
        m_events.notify();
    });
    connect(client, &MailClient::pong, this, [&](qint64 at) {
        pongNs = at;
        m_events.notify();
    });
    connect(client, &MailClient::closed, this, [&] {
        closed = true;
        m_events.notify();
    });
    client->open(m_hub.port());
    if (!waitUntil([&] { return welcomeNs >= 0; }, 30s, u"welcome of %1"_s.arg(user.name)))
        return false;
    const qint64 fetchSentNs = m_clock.nsecsElapsed();
    client->send(Fetch{MaxFetchLimit});
    if (!waitUntil([&] { return fetchedNs >= 0; }, 60s, u"fetched for %1"_s.arg(user.name)))
        return false;
    m_loginNs.push_back(welcomeNs - client->openedNs());
    m_fetchNs.push_back(fetchedNs - fetchSentNs);
    m_loginFetchNs.push_back(fetchedNs - client->openedNs());
    m_firstFetchEnvelopes += refs.size();
    if (refs.size() + remaining != m_o.perUser)
        return fail(u"%1 got %2 envelopes and %3 remaining, expected %4 in all"_s.arg(user.name)
                        .arg(refs.size())
                        .arg(remaining)
                        .arg(m_o.perUser));
    if (check && !openFetched(user, frames))
        return false;
    while (m_o.ack && !refs.isEmpty()) {
        pongNs = -1;
        const qint64 ackSentNs = m_clock.nsecsElapsed();
        client->send(MailAck{refs});
        client->send(Ping{});
        if (!waitUntil([&] { return pongNs >= 0; }, 60s, u"pong after mail-ack"_s))
            return false;
        m_ackNs.push_back(pongNs - ackSentNs);
        m_acked += refs.size();
        refs.clear();
        if (remaining == 0)
            break;
        fetchedNs = -1; // more than one fetch waits: fetch again (not timed)
        client->send(Fetch{MaxFetchLimit});
        if (!waitUntil([&] { return fetchedNs >= 0; }, 60s, u"a further fetched"_s))
            return false;
    }
    client->close();
    return waitUntil([&] { return closed; }, 30s, u"%1 to close"_s.arg(user.name));
}

// The first recipient's envelopes, as the hub handed them out, must open.
bool MailboxRun::openFetched(const BenchUser &user, const QList<QJsonObject> &frames)
{
    for (const QJsonObject &frame : frames) {
        ProtocolError problem;
        const auto message = parseMessage(frame, &problem);
        const auto *mail = message ? std::get_if<Mail>(&*message) : nullptr;
        if (!mail)
            return fail(u"an invalid mail frame for %1: %2"_s.arg(user.name, problem.message));
        const auto letter =
            sealed::open(mail->envelope, user.name, user.identity.fingerprint(), user.mailboxKey);
        if (!letter)
            return fail(u"an envelope fetched by %1 does not open: %2"_s.arg(
                user.name, letter.error().message));
    }
    say(u"  checked: the %1 envelopes %2 fetched first all open"_s.arg(frames.size())
            .arg(user.name));
    return true;
}

} // namespace chatbuddy::bench
