// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubserver.h"

#include "directory.h"
#include "hublog.h"
#include "registry.h"
#include "socketconnection.h"

#include <QDir>
#include <QFile>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

HubServer::HubServer(const HubConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        // Whoever has not closed by now is cut off.
        const auto live = m_connections.findChildren<SocketConnection *>(Qt::FindDirectChildrenOnly);
        for (SocketConnection *connection : live)
            connection->abort();
        maybeStopped();
    });
}

HubServer::~HubServer()
{
    m_listener.close();
    // Connections tell the directory as they go, so delete them while it still exists.
    qDeleteAll(m_connections.children());
    m_directory.reset();
    m_registry.reset();
}

int HubServer::connectionCount() const
{
    return int(m_connections.children().size());
}

bool HubServer::start(QString *errorString)
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!QSslSocket::supportsSsl())
        return fail(u"TLS is not available: Qt found no usable OpenSSL library"_s);
    if (m_config.dataDir.isEmpty())
        return fail(u"no data folder given"_s);
    if (!QDir(m_config.dataDir).exists()) {
        if (!QDir().mkpath(m_config.dataDir))
            return fail(u"cannot create the data folder %1"_s.arg(m_config.dataDir));
        // The registry says who owns which name: nobody else needs to read it.
        QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ExeOwner);
    }

    QString error;
    bool created = false;
    auto identity = Identity::loadOrCreate(QDir(m_config.dataDir).filePath(u"identity"_s),
                                           u"ChatBuddy hub"_s, &error, &created);
    if (!identity)
        return fail(u"hub identity: %1"_s.arg(error));
    m_identity = *identity;
    if (created)
        qCInfo(lcHub, "Created a new hub identity in %s",
               qUtf8Printable(QDir(m_config.dataDir).filePath(u"identity"_s)));

    m_registry = std::make_unique<Registry>();
    if (!m_registry->open(QDir(m_config.dataDir).filePath(u"registry.sqlite"_s)))
        return fail(m_registry->errorString());

    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_3OrLater);
    m_tls.setLocalCertificate(m_identity.certificate());
    m_tls.setPrivateKey(m_identity.privateKey());
    // Clients use self-signed certificates: ask for one, check it by fingerprint, not by CA.
    m_tls.setPeerVerifyMode(QSslSocket::QueryPeer);

    m_directory = std::make_unique<Directory>(m_config, m_registry.get(),
                                              m_identity.fingerprint());
    // Qt's default backlog of 50 drops connection bursts (clients then retry after 1 s).
    m_listener.setListenBacklogSize(4096);
    if (!m_listener.listen(m_config.bindAddress, m_config.port)) {
        const QString where = m_config.bindAddress == QHostAddress::Any
            ? u"port %1"_s.arg(m_config.port)
            : u"%1 port %2"_s.arg(m_config.bindAddress.toString()).arg(m_config.port);
        return fail(u"cannot listen on %1: %2"_s.arg(where, m_listener.errorString()));
    }
    qCInfo(lcHub, "Hub key fingerprint: %s",
           qUtf8Printable(formatFingerprint(m_identity.fingerprint())));
    const QString address = m_config.bindAddress == QHostAddress::Any
        ? u"all addresses"_s
        : m_config.bindAddress.toString();
    qCInfo(lcHub, "Server is now running! Listening on port %u (%s), up to %d users",
           m_listener.serverPort(), qUtf8Printable(address), m_config.maxUsers);
    if (m_config.allowLegacy)
        qCWarning(lcHub, "Legacy mode is on: plain-text clients are accepted WITHOUT encryption "
                         "or keys; they are marked \"not encrypted\" in the directory.");
    return true;
}

void HubServer::Listener::incomingConnection(qintptr socketDescriptor)
{
    m_hub->accept(socketDescriptor);
}

void HubServer::accept(qintptr socketDescriptor)
{
    auto *connection = new SocketConnection(m_nextId++, socketDescriptor, m_tls,
                                            m_config.allowLegacy, m_directory.get(),
                                            m_config.closeGrace, &m_connections);
    if (connection->isFinished()) {
        connection->deleteLater();
        return;
    }
    connect(connection, &SocketConnection::finished, this, [this, connection] {
        connection->setParent(nullptr);
        connection->deleteLater();
        maybeStopped();
    });
}

void HubServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_listener.close();
    if (m_directory)
        m_directory->shutdown(u"The hub is shutting down. Goodbye!"_s);
    m_stopTimer.start(m_config.closeGrace + std::chrono::milliseconds(500));
    maybeStopped();
}

void HubServer::maybeStopped()
{
    if (!m_stopping || m_stopped || connectionCount() > 0)
        return;
    m_stopped = true;
    m_stopTimer.stop();
    if (m_registry)
        m_registry->close();
    qCInfo(lcHub, "Hub stopped.");
    Q_EMIT stopped();
}

} // namespace chatbuddy::hub
