// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub telling the local network that it is there (docs/protocol.md §11): a signed
// announcement to each broadcast address every few seconds, and one to each client that asks
// ("who is a hub?"), at a bounded rate. It listens on the discovery port shared with anything
// else on this computer that listens there (other hubs, clients), so that broadcasts reach all.

#include "clock.h"
#include "identity.h"
#include "ratelimiter.h"
#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <chrono>

namespace chatbuddy::hub {

class Announcer : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString name;              // the hub's name for people
        quint16 hubPort = 0;       // the TCP port clients connect to
        quint16 discoveryPort = 0; // UDP: where queries come and announcements go
        std::chrono::milliseconds interval{10'000};
        // Where announcements go; empty: discovery::broadcastAddresses().
        QList<QHostAddress> targets;
        double answersPerSecond = 20; // answers to queries, all askers together
        int answerBurst = 40;
    };

    Announcer(const Identity &identity, Settings settings, MonotonicClock clock,
              QObject *parent = nullptr);

    // Binds the discovery port and announces at once, then every interval.
    Status start();
    void stop();
    quint16 discoveryPort() const { return m_socket.localPort(); }
    int answered() const { return m_answered; } // queries answered
    int refused() const { return m_refused; }   // over the rate (or a flood): not answered
    int ignored() const { return m_ignored; }   // datagrams that were not a query

private:
    void announce();
    void onReadyRead();
    bool send(const QHostAddress &to, quint16 port, const QByteArray &nonce);

    Identity m_identity;
    Settings m_settings;
    MonotonicClock m_clock;
    RateLimiter m_answers;
    QUdpSocket m_socket;
    QTimer m_timer;
    int m_answered = 0;
    int m_refused = 0;
    int m_ignored = 0;
};

} // namespace chatbuddy::hub
