// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Can others reach me?", answered from the hub's side: a plain TCP connect to a client's
// chat port and a close, no byte sent, bounded in time and in how many run at once
// (docs/protocol.md §5, `reachability`). The Directory asks; the answer goes to the client.

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>

class QTcpSocket;

namespace chatbuddy::hub {

class ReachabilityProbe : public QObject {
    Q_OBJECT
public:
    // detail: why not, for people; empty when reachable.
    using Done = std::function<void(bool reachable, const QString &detail)>;

    struct Limits {
        std::chrono::milliseconds timeout{3'000};
        int running = 16; // connects at once
        int queued = 256; // waiting for a turn; beyond it a check is skipped (never answered)
    };

    explicit ReachabilityProbe(Limits limits, QObject *parent = nullptr);
    ReachabilityProbe()
        : ReachabilityProbe(Limits{})
    {
    }
    // Pending checks are dropped without calling their Done.
    ~ReachabilityProbe() override;

    // Connects to address:port and calls done once with the outcome; false if skipped.
    bool check(const QHostAddress &address, quint16 port, Done done);
    int runningCount() const { return m_running; }

private:
    struct Check {
        QHostAddress address;
        quint16 port = 0;
        Done done;
    };
    void start(Check check);
    void startQueued();

    Limits m_limits;
    int m_running = 0;
    std::deque<Check> m_queue;
};

} // namespace chatbuddy::hub
