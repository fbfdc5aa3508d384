// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub service: loads its identity and registry from the data folder, listens, accepts
// TLS connections and hands them to the directory; shuts down cleanly.

#include "hubconfig.h"
#include "identity.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <memory>

namespace chatbuddy::hub {

class Announcer;
class Cluster;
class Directory;
class ReachabilityProbe;
class Registry;
class Transport;

class HubServer : public QObject {
    Q_OBJECT
public:
    explicit HubServer(const HubConfig &config, QObject *parent = nullptr);
    ~HubServer() override;

    // Loads or creates the identity, opens the registry and starts listening; on failure, one
    // readable sentence says why.
    Status start();
    // Sends `shutdown` to everyone, waits for the connections to close (bounded by the close
    // grace period), closes the registry and emits stopped().
    void shutdown();

    bool isListening() const { return m_listener.isListening(); }
    quint16 serverPort() const { return m_listener.serverPort(); }
    QString fingerprint() const { return m_identity.fingerprint(); }
    const HubConfig &config() const { return m_config; }
    Directory *directory() const { return m_directory.get(); }
    // Null unless the registry is PostgreSQL (HubConfig::database).
    Cluster *cluster() const { return m_cluster.get(); }
    // Null when announcing is off or its port could not be had.
    Announcer *announcer() const { return m_announcer.get(); }
    int connectionCount() const;
    // Threads running TLS handshakes (HubConfig::handshakeThreads resolved); 0 before start.
    int handshakeThreads() const;
    // True while the hub refuses new connections for want of file descriptors.
    bool isOutOfDescriptors() const { return m_outOfDescriptors; }

Q_SIGNALS:
    void stopped();

private:
    class Listener : public QTcpServer {
    public:
        explicit Listener(HubServer *hub)
            : m_hub(hub)
        {
        }

    protected:
        void incomingConnection(qintptr socketDescriptor) override;

    private:
        HubServer *m_hub;
    };

    void accept(qintptr socketDescriptor);
    void maybeStopped();
    void startAnnouncing();
    // Running out of file descriptors must neither stop the hub for good nor spin it: stop
    // accepting before the limit (keeping a margin and one reserve descriptor), turn away
    // what queues meanwhile, and accept again as soon as descriptors are free.
    void onAcceptError(QAbstractSocket::SocketError error);
    void enterOutOfDescriptors();
    void maybeLeaveOutOfDescriptors();
    void turnAwayPending();

    HubConfig m_config;
    Identity m_identity;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Cluster> m_cluster;     // with a PostgreSQL registry; after m_registry
    std::unique_ptr<Directory> m_directory; // declared after m_registry: destroyed first
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<ReachabilityProbe> m_reachability; // after m_directory: destroyed first
    Listener m_listener{this};
    std::unique_ptr<Transport> m_transport; // after m_directory: destroyed first
    bool m_stopping = false;
    bool m_stopped = false;
    QTimer m_stopTimer;

    int m_descriptorBudget = 0; // connections that fit under the open-files limit
    bool m_outOfDescriptors = false;
    int m_turnedAway = 0;         // while out of descriptors
    int m_reserveDescriptor = -1; // closed for a moment to accept-and-close when at the limit
    QSocketNotifier *m_pendingNotifier = nullptr; // the listener, while not accepting
    QTimer m_descriptorRetry; // backoff: descriptors may be freed outside our connections

    // After a burst of connections has gone, the C library keeps their freed memory for
    // reuse; give it back, so a hub that once held many sessions does not keep that memory
    // for good. Checked as connections end and every few seconds: once half of the peak
    // since the last trim is gone (so a burst costs a handful of trims, not one per close),
    // and, under steady churn, at most once a minute after a thousand closed connections.
    void maybeReturnMemory();
    QTimer m_memoryTimer;
    int m_connectionPeak = 0;
    int m_closedSinceTrim = 0;
    QElapsedTimer m_sinceTrim;
};

} // namespace chatbuddy::hub
