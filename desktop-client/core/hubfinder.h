// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hubs on the local network, found by their announcements (docs/protocol.md §11): the
// login dialog lists them so that nobody has to type an address. It listens on the discovery
// port (shared, so that every program on this computer hears the broadcasts), asks "who is a
// hub?" now and then from a port of its own, and keeps the hubs whose signed announcement
// verified, each at the address it came from.
//
// What an announcement says is only where a hub is and which key it will show: the login
// still checks the TLS key against it and against the pin. A flood of datagrams cannot grow
// what is kept (at most Options::maxHubs hubs, forgotten when no longer heard) nor take the
// thread (signatures checked at a bounded rate, a bounded number of datagrams per turn).

#include "discovery.h"
#include "ratelimiter.h"
#include "result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTimer>
#include <QUdpSocket>

#include <chrono>
#include <functional>

namespace chatbuddy::client {

struct FoundHub {
    QString name;
    QHostAddress address; // where its announcement came from (IPv4)
    quint16 port = 0;     // its TCP port
    QString fingerprint;  // of the key it announced
    qint64 seenMs = 0;    // on the finder's clock, when last heard
    QByteArray answered;  // the nonce of our query it last answered at this address

    QString host() const { return address.toString(); }
};

class HubFinder : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        HostRole,
        PortRole,
        FingerprintRole,
        PinRole, // Pin: how the announced key compares with the key pinned for this address
    };
    enum class Pin { New, Known, Changed };
    Q_ENUM(Pin)

    struct Options {
        quint16 port = discovery::DefaultPort; // UDP
        // Where queries go; empty: every broadcast address of this computer's networks and
        // 127.255.255.255.
        QList<QHostAddress> targets;
        bool ask = true; // false: only listen for the hubs' own announcements
        std::chrono::milliseconds queryInterval{15'000};
        std::chrono::milliseconds lifetime{35'000}; // forgotten when not heard for this long
        int maxHubs = 32;
        double checksPerSecond = 50; // signature checks, all senders together
        int checkBurst = 50;
        double checksPerSenderPerSecond = 4; // from one address
        int senderBurst = 8;
    };
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit HubFinder(QObject *parent = nullptr);
    HubFinder(Options options, Clock clock, QObject *parent = nullptr);
    ~HubFinder() override;

    // Before start(): where to listen and ask (tests: a port of their own, 127.255.255.255).
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    // The pinned key's fingerprint for a hub address (endpointText(host, port)), for PinRole.
    void setPinLookup(std::function<QString(const QString &hubAddress)> lookup);

    // Listens and asks; false with a sentence when neither socket can be had (the list then
    // stays empty: people type the address).
    Status start();
    void stop();
    bool isRunning() const { return m_running; }
    // Asks again now (a "Refresh" click; also every queryInterval).
    void refresh();

    const QList<FoundHub> &hubs() const { return m_hubs; }
    Pin pinOf(const FoundHub &hub) const;
    // Datagrams not taken: broken or forged, and those over the rates (not even checked).
    int rejected() const { return m_rejected; }
    int overRate() const { return m_overRate; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void onReadyRead(QUdpSocket *socket);
    void take(const QByteArray &bytes, const QHostAddress &from);
    void add(const discovery::Announcement &announcement, const QHostAddress &from);
    void expire();
    bool allowCheck(const QHostAddress &from, qint64 now);

    Options m_options;
    Clock m_clock;
    std::function<QString(const QString &)> m_pinLookup;
    QUdpSocket m_listen; // the discovery port: periodic announcements
    QUdpSocket m_ask;    // a port of our own: queries out, answers in
    QTimer m_queryTimer;
    QTimer m_expiryTimer;
    QList<FoundHub> m_hubs;
    QByteArray m_nonce; // of the last query
    RateLimiter m_checks;
    QHash<quint32, RateLimiter> m_senders; // per IPv4 address; bounded, cleared when full
    bool m_running = false;
    int m_rejected = 0;
    int m_overRate = 0;
};

} // namespace chatbuddy::client
