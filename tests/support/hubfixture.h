// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real hub in the test process: TLS on 127.0.0.1, an OS-picked port, a temporary data folder.

#include "hubconfig.h"
#include "hubserver.h"

#include <QTemporaryDir>

#include <memory>

namespace chatbuddy::test {

class HubFixture {
public:
    // Test-friendly defaults: loopback, port 0, short close grace; adjust config() before start().
    HubFixture();
    ~HubFixture();

    hub::HubConfig &config() { return m_config; }
    bool start(); // fails the current test with the reason on error
    // Stops the hub and starts a new one on the same data folder (and the same port if free).
    bool restart();
    void stop(); // clean shutdown, waits until stopped
    hub::HubServer *server() const { return m_server.get(); }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    QString dataDir() const { return m_dir.path(); }
    QString lastError() const { return m_error; }

private:
    QTemporaryDir m_dir;
    hub::HubConfig m_config;
    std::unique_ptr<hub::HubServer> m_server;
    QString m_error;
};

// A UDP port nobody uses now, for a hub's announcements (HubConfig::discoveryPort) and the
// finders that listen for them, so that tests never share the real discovery port.
quint16 freeUdpPort();
// A TCP port on 127.0.0.1 where nothing listens now: where a hub that is down would be.
quint16 closedTcpPort();

} // namespace chatbuddy::test
