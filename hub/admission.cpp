// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission.h"

#include <algorithm>

namespace chatbuddy::hub {

namespace {
void decrement(QHash<QString, int> &counts, const QString &key)
{
    auto it = counts.find(key);
    if (it != counts.end() && --*it <= 0)
        counts.erase(it);
}
} // namespace

Admission::Decision Admission::opened(quint64 id, const QString &address, qint64 nowMs)
{
    m_addressOf.emplace(id, address);
    const int open = ++m_openByAddress[address];
    m_pending.emplace(id, Waiting{address, nowMs, false});
    const int waiting = ++m_pendingByAddress[address];

    Decision decision;
    if (m_limits.maxPerAddress > 0 && open > m_limits.maxPerAddress)
        decision.verdict = Verdict::TooManyFromAddress;
    else if (m_limits.maxPendingPerAddress > 0 && waiting > m_limits.maxPendingPerAddress)
        decision.verdict = Verdict::TooManyPendingFromAddress;
    else if (pendingCount() > m_limits.maxPending)
        decision.evicted = oldestFromBusiestAddress();
    return decision;
}

std::optional<quint64> Admission::oldestFromBusiestAddress() const
{
    // At most maxPending + 1 entries: linear scans are cheaper than keeping an index. Among
    // equally busy addresses the one waiting longest gives way.
    int most = 0;
    for (const int count : m_pendingByAddress)
        most = std::max(most, count);
    for (const auto &[id, waiting] : m_pending) {
        if (m_pendingByAddress.value(waiting.address) == most)
            return id;
    }
    return std::nullopt;
}

void Admission::secured(quint64 id)
{
    if (auto it = m_pending.find(id); it != m_pending.end())
        it->second.secured = true;
}

void Admission::settled(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    decrement(m_pendingByAddress, it->second.address);
    m_pending.erase(it);
}

void Admission::closed(quint64 id)
{
    settled(id);
    auto it = m_addressOf.find(id);
    if (it == m_addressOf.end())
        return;
    decrement(m_openByAddress, it->second);
    m_addressOf.erase(it);
}

qint64 Admission::deadlineOf(const Waiting &waiting) const
{
    const qint64 limit = waiting.secured
                             ? m_limits.helloTimeoutMs
                             : std::min(m_limits.handshakeTimeoutMs, m_limits.helloTimeoutMs);
    return waiting.openedMs + limit;
}

QList<Admission::Expiry> Admission::expired(qint64 nowMs) const
{
    QList<Expiry> out;
    const qint64 shortest = std::min(m_limits.handshakeTimeoutMs, m_limits.helloTimeoutMs);
    for (const auto &[id, waiting] : m_pending) {
        if (waiting.openedMs + shortest > nowMs)
            break; // everyone after is younger
        if (deadlineOf(waiting) <= nowMs) {
            const bool handshake =
                !waiting.secured && m_limits.handshakeTimeoutMs < m_limits.helloTimeoutMs;
            out.append({id, handshake ? Deadline::Handshake : Deadline::Hello});
        }
    }
    return out;
}

std::optional<qint64> Admission::nextDeadlineMs() const
{
    std::optional<qint64> next;
    for (const auto &[id, waiting] : m_pending) {
        const qint64 deadline = deadlineOf(waiting);
        if (!next || deadline < *next)
            next = deadline;
    }
    return next;
}

} // namespace chatbuddy::hub
