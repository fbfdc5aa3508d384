// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Host a hub on this computer": the hub library (HubServer) inside the app, on a thread of
// its own, with its key and registry in the profile folder and announced on the network like
// any hub. Good for two people with no server: one hosts, the other finds it in the login
// dialog's list. Stopping (or quitting) tells the users connected to it.

#include "discovery.h"
#include "protocol.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

namespace chatbuddy::hub {
class HubServer;
}

namespace chatbuddy::client {

class HostedHub : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint16 port = DefaultHubPort; // 0: any free port
        QString name;                  // announced; empty: this computer's name
        quint16 discoveryPort = discovery::DefaultPort;
        QList<QHostAddress> announceTo; // empty: every broadcast address (tests: loopback)
        // The address our own client logs in with; null: this computer's first network address
        // (so that the hub tells others where to reach us), else 127.0.0.1.
        QHostAddress connectAddress;
    };

    // The hub's key and registry go in dataDir.
    explicit HostedHub(const QString &dataDir, QObject *parent = nullptr);
    // Stops the hub if it runs (its users are told) and waits for its thread.
    ~HostedHub() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Starts it: started() or failed() follows.
    void start();
    // Tells its users, closes, then stopped().
    void stop();
    bool isRunning() const { return m_running; }
    bool isStarting() const { return m_starting; }
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; }
    // Where our own client logs in to it (Options::connectAddress).
    QString connectHost() const;
    // Users registered with it now (ourselves included, once logged in).
    int userCount() const { return m_users; }

Q_SIGNALS:
    void started(quint16 port, const QString &fingerprint);
    void failed(const QString &message);
    void stopped();
    void userCountChanged(int users);

private:
    void finishStopping();

    QString m_dataDir;
    Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr;       // lives in m_thread; parent of the server
    hub::HubServer *m_server = nullptr; // lives in m_thread
    bool m_running = false;
    bool m_starting = false;
    quint16 m_port = 0;
    QString m_fingerprint;
    int m_users = 0;
};

} // namespace chatbuddy::client
