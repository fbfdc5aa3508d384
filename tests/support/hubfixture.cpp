// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

HubFixture::HubFixture()
{
    m_config.bindAddress = QHostAddress::LocalHost;
    m_config.port = 0;
    m_config.dataDir = m_dir.path();
    m_config.closeGrace = std::chrono::milliseconds(500);
}

HubFixture::~HubFixture()
{
    m_server.reset();
}

bool HubFixture::start()
{
    m_server = std::make_unique<hub::HubServer>(m_config);
    if (const Status started = m_server->start(); !started) {
        m_error = started.error();
        qWarning("hub did not start: %s", qUtf8Printable(m_error));
        m_server.reset();
        return false;
    }
    return true;
}

void HubFixture::stop()
{
    if (!m_server)
        return;
    QSignalSpy stopped(m_server.get(), &hub::HubServer::stopped);
    m_server->shutdown();
    if (stopped.isEmpty())
        stopped.wait(5000);
    m_server.reset();
}

bool HubFixture::restart()
{
    const quint16 oldPort = port();
    stop();
    const quint16 configured = m_config.port;
    m_config.port = oldPort;
    bool ok = start();
    if (!ok) { // the old port was taken meanwhile: any port will do
        m_config.port = 0;
        ok = start();
    }
    m_config.port = configured;
    return ok;
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    if (!probe.bind(QHostAddress::AnyIPv4, 0))
        qFatal("no free UDP port");
    return probe.localPort();
}

quint16 closedTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free TCP port");
    return probe.serverPort(); // closed again as the probe goes
}

} // namespace chatbuddy::test
