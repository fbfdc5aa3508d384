// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-mailbox: the fill (mailboxrun.h): senders deposit users x per-user sealed
// envelopes, sealed in batches on every core, a window of deposits in flight per sender.

#include "mailboxrun.h"

#include "messages.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

// Envelope k goes to recipient k % users; its sender moves on by one every round, so that
// every recipient hears from many senders and every sender has about the same waiting.
int MailboxRun::senderOf(qint64 k) const
{
    return int((k % m_o.users + k / m_o.users) % m_o.senders);
}

bool MailboxRun::fill()
{
    const int s = m_o.senders;
    for (int i = 0; i < s; ++i) {
        MailClient *client = newClient(m_senders[size_t(i)]);
        m_senderClients.push_back(client);
        connect(client, &MailClient::welcomed, this, [this] {
            ++m_sendersUp;
            m_events.notify();
        });
        connect(client, &MailClient::deposited, this, [this, i] { answered(i); });
        connect(client, &MailClient::refused, this,
                [this, i](const QString &, const QString &reason, const QString &why) {
                    if (m_refusals++ == 0)
                        m_firstRefusal = u"%1 (%2)"_s.arg(reason, why);
                    answered(i);
                });
        client->open(m_hub.port());
    }
    if (!waitUntil([&] { return m_sendersUp == s; }, 30s + s * 100ms, u"the senders to log in"_s))
        return false;
    m_queues.assign(size_t(s), {});
    m_inFlightPerSender.assign(size_t(s), 0);
    const qint64 total = qint64(m_o.users) * m_o.perUser;
    const qint64 batchSize = std::max<qint64>(4096, 2LL * s * m_o.window);
    const int threads = m_o.sealThreads;
    say(u"filling: %1 envelopes (%2 per recipient) from %3 senders (at most %4 each), "
        "sealed in batches of %5 on %6 threads, %7 deposits in flight per sender..."_s.arg(total)
            .arg(m_o.perUser)
            .arg(s)
            .arg(m_perSenderQuota)
            .arg(std::min(batchSize, total))
            .arg(threads)
            .arg(m_o.window));
    qint64 sealNs = 0, sealThreadNs = 0, depositNs = 0, bodyBytes = 0, nextReport = 1;
    double hubCpu = 0;
    std::vector<double> batchRates;
    const qint64 started = m_clock.nsecsElapsed();
    for (qint64 first = 0; first < total; first += batchSize) {
        std::vector<SealJob> jobs;
        for (qint64 k = first; k < std::min(total, first + batchSize); ++k)
            jobs.push_back({senderOf(k), int(k % m_o.users), k});
        const qint64 sealStart = m_clock.nsecsElapsed();
        SealedBatch batch = sealBatch(jobs, m_senders, m_recipients, threads, m_o.longShare, true);
        sealNs += m_clock.nsecsElapsed() - sealStart;
        if (!batch.error.isEmpty())
            return fail(batch.error);
        sealThreadNs += batch.threadNs;
        bodyBytes += batch.bodyBytes;
        for (size_t i = 0; i < jobs.size(); ++i)
            m_queues[size_t(jobs[i].sender)].push_back(std::move(batch.frames[i]));
        m_answered = 0;
        const qint64 expected = qint64(jobs.size());
        const double cpuBefore = cpuSeconds(m_hub.pid()).value_or(0);
        const qint64 depositStart = m_clock.nsecsElapsed();
        for (int i = 0; i < s; ++i)
            pump(i);
        if (!waitUntil([&] { return m_answered == expected; }, 60s + expected * 20ms,
                       u"the hub to answer %1 deposits"_s.arg(expected)))
            return false;
        const qint64 batchNs = m_clock.nsecsElapsed() - depositStart;
        depositNs += batchNs;
        hubCpu += cpuSeconds(m_hub.pid()).value_or(0) - cpuBefore;
        batchRates.push_back(double(expected) / (double(batchNs) / 1e9));
        if (m_refusals > 0)
            return fail(u"the hub refused %1 of the deposits; the first: %2"_s.arg(m_refusals)
                            .arg(m_firstRefusal));
        const qint64 done = first + expected;
        if (done * 10 >= nextReport * total) {
            say(u"  %1 of %2 deposited; this batch: %3 deposits/s"_s.arg(done).arg(total).arg(
                fixed(batchRates.back(), 0)));
            while (done * 10 >= nextReport * total)
                ++nextReport;
        }
    }
    const double wall = double(m_clock.nsecsElapsed() - started) / 1e9;
    m_stored = total;
    m_bodyBytes = bodyBytes;
    figure(u"fill: deposits (hub-bound, sealing excluded)"_s,
           double(total) / (double(depositNs) / 1e9), u"envelopes/s"_s, 0);
    figure(u"fill: deposits, first batch"_s, batchRates.front(), u"envelopes/s"_s, 0);
    figure(u"fill: deposits, last batch"_s, batchRates.back(), u"envelopes/s"_s, 0);
    figure(u"fill: hub CPU per deposit"_s, hubCpu * 1e6 / double(total), u"µs"_s, 1);
    figure(u"fill: sealing (all threads)"_s, double(total) / (double(sealNs) / 1e9),
           u"envelopes/s"_s, 0);
    figure(u"fill: sealing, per envelope and thread"_s, double(sealThreadNs) / 1e3 / double(total),
           u"µs"_s, 1);
    figure(u"fill: overall, sealing included"_s, double(total) / wall, u"envelopes/s"_s, 0);
    figure(u"envelope as stored (JSON), mean"_s, double(bodyBytes) / double(total), u"bytes"_s, 0);
    // The senders go offline too.
    const qint64 disconnects = m_disconnects;
    int closed = 0;
    for (MailClient *client : m_senderClients) {
        connect(client, &MailClient::closed, this, [&closed, this] {
            ++closed;
            m_events.notify();
        });
        client->close();
    }
    const bool offline = waitUntil([&] { return closed == s; }, 30s, u"the senders to close"_s) &&
                         waitUntil([&] { return m_disconnects >= disconnects + s; }, 30s,
                                   u"the hub to see every sender leave"_s);
    for (MailClient *client : m_senderClients) {
        QObject::disconnect(client, nullptr, this, nullptr); // `closed` is ours
        client->deleteLater();
    }
    m_senderClients.clear();
    return offline;
}

void MailboxRun::pump(int sender)
{
    std::deque<QByteArray> &queue = m_queues[size_t(sender)];
    int &inFlight = m_inFlightPerSender[size_t(sender)];
    while (inFlight < m_o.window && !queue.empty()) {
        m_senderClients[size_t(sender)]->sendFrame(queue.front());
        queue.pop_front();
        ++inFlight;
    }
}

void MailboxRun::answered(int sender)
{
    --m_inFlightPerSender[size_t(sender)];
    ++m_answered;
    pump(sender);
    m_events.notify();
}

} // namespace chatbuddy::bench
