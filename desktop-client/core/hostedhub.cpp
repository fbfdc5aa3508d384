// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostedhub.h"

#include "directory.h"
#include "hubserver.h"

#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

HostedHub::HostedHub(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    m_thread.setObjectName(u"hosted hub"_s);
}

HostedHub::~HostedHub()
{
    if (!m_thread.isRunning())
        return;
    // The users are told (shutdown), then the thread ends when the hub has stopped; the close
    // grace bounds how long that takes.
    hub::HubServer *server = m_server;
    QMetaObject::invokeMethod(m_context, [server, context = m_context] {
        if (!server) {
            QThread::currentThread()->quit();
            return;
        }
        QObject::connect(server, &hub::HubServer::stopped, context,
                         [] { QThread::currentThread()->quit(); });
        server->shutdown();
    });
    m_thread.wait();
    delete m_context; // and the server; their thread has ended
}

QString HostedHub::connectHost() const
{
    if (!m_options.connectAddress.isNull())
        return m_options.connectAddress.toString();
    // A network address, not 127.0.0.1: the hub tells others the address it sees us at.
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return u"127.0.0.1"_s;
}

void HostedHub::start()
{
    if (m_running || m_starting)
        return;
    m_starting = true;
    hub::HubConfig config;
    config.port = m_options.port;
    config.dataDir = m_dataDir;
    config.announce = true;
    config.name = m_options.name;
    config.discoveryPort = m_options.discoveryPort;
    config.announceTo = m_options.announceTo;
    if (!m_thread.isRunning()) {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }
    QMetaObject::invokeMethod(m_context, [this, config, context = m_context] {
        auto *server = new hub::HubServer(config, context);
        const Status status = server->start();
        if (!status) {
            delete server;
            QMetaObject::invokeMethod(this, [this, message = status.error()] {
                m_starting = false;
                Q_EMIT failed(message);
            });
            return;
        }
        // Counted in the hub's thread, shown in ours.
        const auto count = [this, server] {
            const int users = server->directory()->userCount();
            QMetaObject::invokeMethod(this, [this, users] {
                m_users = users;
                Q_EMIT userCountChanged(users);
            });
        };
        QObject::connect(server->directory(), &hub::Directory::userJoined, context, count);
        QObject::connect(server->directory(), &hub::Directory::userLeft, context, count);
        QMetaObject::invokeMethod(
            this, [this, server, port = server->serverPort(), key = server->fingerprint()] {
                m_server = server;
                m_starting = false;
                m_running = true;
                m_port = port;
                m_fingerprint = key;
                Q_EMIT started(port, key);
            });
    });
}

void HostedHub::stop()
{
    if (!m_running || !m_server)
        return;
    hub::HubServer *server = m_server;
    QMetaObject::invokeMethod(m_context, [this, server, context = m_context] {
        QObject::connect(server, &hub::HubServer::stopped, context, [this, server] {
            server->deleteLater();
            QMetaObject::invokeMethod(this, &HostedHub::finishStopping);
        });
        server->shutdown();
    });
}

void HostedHub::finishStopping()
{
    m_server = nullptr;
    m_running = false;
    m_port = 0;
    m_users = 0;
    Q_EMIT userCountChanged(0);
    Q_EMIT stopped();
}

} // namespace chatbuddy::client
