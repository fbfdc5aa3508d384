// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who may hold a connection to the hub before registering, and for how long. Idle sockets
// must not lock real users out (slowloris): connections from one address are capped, and so
// are its connections still waiting to register; when all addresses together have too many
// waiting, the oldest from the busiest address makes room instead of the newest being
// refused; a connection must finish TLS sooner than it must send hello. Pure bookkeeping with
// times passed in: the directory acts on its verdicts.

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <unordered_map>

namespace chatbuddy::hub {

class Admission {
public:
    struct Limits {
        int maxPerAddress = 32;            // open connections from one address; 0: no limit
        int maxPending = 256;              // waiting to register, all addresses together
        int maxPendingPerAddress = 8;      // waiting to register, from one address; 0: no limit
        qint64 handshakeTimeoutMs = 3'000; // connect to the end of the TLS handshake
        qint64 helloTimeoutMs = 10'000;    // connect to hello
    };
    enum class Verdict { Admitted, TooManyFromAddress, TooManyPendingFromAddress };
    struct Decision {
        Verdict verdict = Verdict::Admitted;
        std::optional<quint64> evicted; // a waiting connection that must go to make room
    };
    enum class Deadline { Handshake, Hello };
    struct Expiry {
        quint64 id;
        Deadline deadline;
    };

    explicit Admission(const Limits &limits)
        : m_limits(limits)
    {
    }

    // A new connection; ids must grow with time. It counts against its address until closed(),
    // and waits (is pending) until settled(), also when refused here.
    Decision opened(quint64 id, const QString &address, qint64 nowMs);
    // The TLS handshake finished (or a legacy client spoke): only the hello deadline is left.
    void secured(quint64 id);
    // No longer waiting: registered, or refused and closing. Idempotent.
    void settled(quint64 id);
    // The socket is gone. Idempotent.
    void closed(quint64 id);

    // Waiting connections past a deadline at nowMs, oldest first. They stay pending until
    // settled(), so settle each one reported.
    QList<Expiry> expired(qint64 nowMs) const;
    // When the next deadline falls, if anyone is waiting.
    std::optional<qint64> nextDeadlineMs() const;

    int pendingCount() const { return int(m_pending.size()); }
    int pendingFrom(const QString &address) const { return m_pendingByAddress.value(address); }
    int connectionsFrom(const QString &address) const { return m_openByAddress.value(address); }
    const Limits &limits() const { return m_limits; }

private:
    struct Waiting {
        QString address;
        qint64 openedMs = 0;
        bool secured = false;
    };
    qint64 deadlineOf(const Waiting &waiting) const;
    std::optional<quint64> oldestFromBusiestAddress() const;

    Limits m_limits;
    std::map<quint64, Waiting> m_pending;             // by id, so oldest first
    std::unordered_map<quint64, QString> m_addressOf; // every open connection
    QHash<QString, int> m_openByAddress;
    QHash<QString, int> m_pendingByAddress;
};

} // namespace chatbuddy::hub
