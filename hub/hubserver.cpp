// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubserver.h"

#include "announcer.h"
#include "reachability.h"

#include "cluster.h"
#include "database.h"
#include "directory.h"
#include "hublog.h"
#include "registry.h"
#include "safetext.h"
#include "tlscontext.h"
#include "transport.h"

#include <QDir>
#include <QFile>
#include <QNetworkInterface>
#include <QSslSocket>
#include <QSysInfo>
#include <QThread>

#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
// Descriptors kept free beyond the connections: the registry's journal, Qt's internals.
constexpr int DescriptorMargin = 16;
constexpr std::chrono::milliseconds DescriptorRetry{250};

int openDescriptorCount()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size());
}

long openFilesLimit()
{
    rlimit limit{};
    return ::getrlimit(RLIMIT_NOFILE, &limit) == 0 ? long(limit.rlim_cur) : -1;
}
} // namespace

HubServer::HubServer(const HubConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        // Whoever has not closed by now is cut off.
        if (m_transport)
            m_transport->abortAll();
        maybeStopped();
    });
    m_memoryTimer.setInterval(std::chrono::seconds(5));
    m_memoryTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_memoryTimer, &QTimer::timeout, this, &HubServer::maybeReturnMemory);
    m_sinceTrim.start();
    m_memoryTimer.start();
    m_descriptorRetry.setInterval(DescriptorRetry);
    connect(&m_descriptorRetry, &QTimer::timeout, this, &HubServer::maybeLeaveOutOfDescriptors);
    connect(&m_listener, &QTcpServer::acceptError, this, &HubServer::onAcceptError);
}

HubServer::~HubServer()
{
    delete m_pendingNotifier;
    m_listener.close();
    if (m_reserveDescriptor >= 0)
        ::close(m_reserveDescriptor);
    // Connections tell the directory as they go, so delete them while it still exists.
    m_transport.reset();
    m_directory.reset();
    m_cluster.reset();
    m_registry.reset();
}

int HubServer::connectionCount() const
{
    return m_transport ? m_transport->connectionCount() : 0;
}

int HubServer::handshakeThreads() const
{
    return m_transport ? m_transport->handshakeThreads() : 0;
}

Status HubServer::start()
{
    if (!QSslSocket::supportsSsl())
        return fail(u"TLS is not available: Qt found no usable OpenSSL library"_s);
    if (m_config.dataDir.isEmpty())
        return fail(u"no data folder given"_s);
    if (!QDir(m_config.dataDir).exists()) {
        if (!QDir().mkpath(m_config.dataDir))
            return fail(u"cannot create the data folder %1"_s.arg(m_config.dataDir));
        // The registry says who owns which name: nobody else needs to read it.
        if (!QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner |
                                                         QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner))
            return fail(u"cannot make the data folder %1 private"_s.arg(m_config.dataDir));
    }

    const auto identity =
        Identity::loadOrCreate(QDir(m_config.dataDir).filePath(u"identity"_s), u"ChatBuddy hub"_s);
    if (!identity)
        return fail(u"hub identity: %1"_s.arg(identity.error()));
    m_identity = identity->identity;
    if (identity->created)
        qCInfo(lcHub, "Created a new hub identity in %s",
               qUtf8Printable(QDir(m_config.dataDir).filePath(u"identity"_s)));

    auto location = m_config.database.isEmpty()
                        ? Result<DatabaseLocation>(DatabaseLocation::sqliteFile(
                              QDir(m_config.dataDir).filePath(u"registry.sqlite"_s)))
                        : DatabaseLocation::parse(m_config.database);
    if (!location)
        return fail(u"--database: %1"_s.arg(location.error()));
    m_registry = std::make_unique<Registry>(m_config.names);
    if (const Status opened = m_registry->open(*location); !opened)
        return fail(opened.error());
    qCInfo(lcHub, "Registry: %s", qUtf8Printable(location->displayName()));

    // Clients use self-signed certificates: ask for one, check it by fingerprint, not by CA.
    auto tls = ServerTlsContext::create(m_identity);
    if (!tls)
        return fail(tls.error());

    m_directory = std::make_unique<Directory>(m_config, m_registry.get(), m_identity.fingerprint());
    Transport::Settings transport;
    transport.allowLegacy = m_config.allowLegacy;
    transport.closeGrace = m_config.closeGrace;
    transport.handshakeTimeout = m_config.handshakeTimeout;
    transport.handshakeThreads = m_config.handshakeThreads >= 0
                                     ? m_config.handshakeThreads
                                     : std::clamp(QThread::idealThreadCount(), 1, 16);
    m_transport = std::make_unique<Transport>(*tls, transport, m_directory.get());
    connect(m_transport.get(), &Transport::connectionFinished, this, [this] {
        maybeLeaveOutOfDescriptors();
        ++m_closedSinceTrim;
        maybeReturnMemory();
        maybeStopped();
    });
    // Tells each client whether its chat port can be reached from here (feature::Reachability).
    m_reachability = std::make_unique<ReachabilityProbe>();
    m_directory->setReachabilityCheck(
        [probe = m_reachability.get()](const QString &address, quint16 port, auto done) {
            probe->check(QHostAddress(address), port, std::move(done));
        });
    m_reserveDescriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    // Qt's default backlog of 50 drops connection bursts (clients then retry after 1 s).
    m_listener.setListenBacklogSize(4096);
    if (!m_listener.listen(m_config.bindAddress, m_config.port)) {
        const QString where =
            m_config.bindAddress == QHostAddress::Any
                ? u"port %1"_s.arg(m_config.port)
                : u"%1 port %2"_s.arg(m_config.bindAddress.toString()).arg(m_config.port);
        return fail(u"cannot listen on %1: %2"_s.arg(where, m_listener.errorString()));
    }
    // Hubs sharing a PostgreSQL registry: before the first connection is served (the event
    // loop accepts it), everyone online on the other hubs is in the directory.
    if (m_registry->isShared()) {
        Cluster::Settings cluster;
        cluster.heartbeat = m_config.clusterHeartbeat;
        cluster.timeout = m_config.clusterTimeout;
        cluster.description =
            u"%1 port %2"_s.arg(QSysInfo::machineHostName()).arg(m_listener.serverPort());
        m_cluster = std::make_unique<Cluster>(*m_registry, *location, cluster);
        if (const Status joined = m_cluster->start(); !joined)
            return fail(joined.error());
        m_directory->setCluster(m_cluster.get());
    }
    // Whatever is open now (log, registry, listener, Qt) stays open; connections get the rest.
    m_descriptorBudget =
        int(std::max<long>(1, openFilesLimit() - openDescriptorCount() - DescriptorMargin));
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
    startAnnouncing();
    return {};
}

namespace {

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
           address == QHostAddress::AnyIPv6;
}

// A hub that listens on one address is announced where that address can be reached: on its
// network's broadcast address, and to this computer (a hub on 127.0.0.1 only to this computer).
QList<QHostAddress> announceTargetsFor(const QHostAddress &bound)
{
    QList<QHostAddress> targets;
    if (!bound.isLoopback()) {
        const auto interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &interface : interfaces) {
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (entry.ip().isEqual(bound) && !entry.broadcast().isNull())
                    targets.append(entry.broadcast());
            }
        }
    }
    targets.append(QHostAddress(u"127.255.255.255"_s));
    return targets;
}

} // namespace

void HubServer::startAnnouncing()
{
    if (!m_config.announce)
        return;
    Announcer::Settings settings;
    settings.name = discovery::cleanName(m_config.name);
    if (settings.name.isEmpty())
        settings.name = discovery::cleanName(QSysInfo::machineHostName());
    if (settings.name.isEmpty())
        settings.name = u"ChatBuddy hub"_s;
    settings.hubPort = m_listener.serverPort();
    settings.discoveryPort = m_config.discoveryPort;
    settings.interval = m_config.announceInterval;
    settings.targets = m_config.announceTo;
    if (settings.targets.isEmpty() && !isAnyAddress(m_config.bindAddress))
        settings.targets = announceTargetsFor(m_config.bindAddress);
    m_announcer = std::make_unique<Announcer>(m_identity, settings, steadyClock());
    // Without discovery the hub still works (people type its address): a warning, not a stop.
    if (const Status started = m_announcer->start(); !started) {
        qCWarning(lcHub, "Not announced on the local network: %s", qUtf8Printable(started.error()));
        m_announcer.reset();
        return;
    }
    QStringList where;
    for (const QHostAddress &target :
         settings.targets.isEmpty() ? discovery::broadcastAddresses() : settings.targets)
        where.append(target.toString());
    qCInfo(lcHub, "Announcing the hub as %s on UDP port %u (to %s)",
           qUtf8Printable(quoted(settings.name)), m_config.discoveryPort,
           qUtf8Printable(where.join(u", "_s)));
}

void HubServer::Listener::incomingConnection(qintptr socketDescriptor)
{
    m_hub->accept(socketDescriptor);
}

void HubServer::accept(qintptr socketDescriptor)
{
    if (!m_transport) {
        ::close(int(socketDescriptor));
        return;
    }
    m_transport->adopt(socketDescriptor);
    m_connectionPeak = std::max(m_connectionPeak, connectionCount());
    if (connectionCount() >= m_descriptorBudget)
        enterOutOfDescriptors();
}

void HubServer::maybeReturnMemory()
{
    // Worth the walk over the heap: a burst (at least 64 connections, half of them gone), or
    // steady churn (a thousand sessions come and gone), so a long-running hub's memory follows
    // what it holds now. Under churn at most once a minute: trimming every few seconds cost
    // the soak's hub a tenth of a core in page faults, and the headroom with it.
    const int now = connectionCount();
    const bool burstGone = m_connectionPeak >= 64 && now <= m_connectionPeak / 2;
    const bool churned = m_closedSinceTrim >= 1000 && m_sinceTrim.hasExpired(60'000);
    if (!burstGone && !churned)
        return;
    m_connectionPeak = now;
    m_closedSinceTrim = 0;
    m_sinceTrim.start();
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

void HubServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Qt pauses the listener before it reports an accept error.
    if (error == QAbstractSocket::SocketResourceError) {
        enterOutOfDescriptors();
        return;
    }
    qCWarning(lcHub, "accepting a connection failed: %s; retrying shortly",
              qUtf8Printable(m_listener.errorString()));
    QTimer::singleShot(DescriptorRetry, this, [this] {
        if (!m_stopping && !m_outOfDescriptors)
            m_listener.resumeAccepting();
    });
}

void HubServer::enterOutOfDescriptors()
{
    if (m_outOfDescriptors || m_stopping)
        return;
    m_outOfDescriptors = true;
    m_turnedAway = 0;
    qCWarning(lcHub, "out of file descriptors: %d open, limit %ld; refusing new connections",
              openDescriptorCount(), openFilesLimit());
    m_listener.pauseAccepting();
    if (!m_pendingNotifier) {
        m_pendingNotifier =
            new QSocketNotifier(m_listener.socketDescriptor(), QSocketNotifier::Read, this);
        connect(m_pendingNotifier, &QSocketNotifier::activated, this, &HubServer::turnAwayPending);
    }
    m_pendingNotifier->setEnabled(true);
    m_descriptorRetry.start();
    turnAwayPending();
}

void HubServer::turnAwayPending()
{
    // Accept and close at once: the client learns it now instead of waiting in the backlog
    // until it times out. At the limit the reserve descriptor makes room for each one.
    const int listener = int(m_listener.socketDescriptor());
    for (int i = 0; i < 256; ++i) {
        int fd = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE) && m_reserveDescriptor >= 0) {
            ::close(m_reserveDescriptor);
            fd = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            m_reserveDescriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                break;
        } else if (fd >= 0) {
            ::close(fd);
        } else {
            break; // EAGAIN: nobody waiting
        }
        ++m_turnedAway;
    }
}

void HubServer::maybeLeaveOutOfDescriptors()
{
    if (!m_outOfDescriptors || m_stopping)
        return;
    if (m_reserveDescriptor < 0)
        m_reserveDescriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    // Both our own count and the process's: descriptors may be held outside the connections.
    const int open = openDescriptorCount();
    if (connectionCount() >= m_descriptorBudget || m_reserveDescriptor < 0 ||
        open + DescriptorMargin / 2 >= openFilesLimit())
        return;
    qCInfo(lcHub,
           "File descriptors are free again (%d open); accepting connections "
           "(turned away %d meanwhile)",
           open, m_turnedAway);
    m_outOfDescriptors = false;
    m_pendingNotifier->setEnabled(false);
    m_descriptorRetry.stop();
    m_listener.resumeAccepting();
}

void HubServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    delete m_pendingNotifier;
    m_pendingNotifier = nullptr;
    m_descriptorRetry.stop();
    m_listener.close();
    if (m_announcer)
        m_announcer->stop();
    if (m_directory)
        m_directory->shutdown(u"The hub is shutting down. Goodbye!"_s);
    if (m_cluster)
        m_cluster->leave(); // its users leave the other hubs' lists at once
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
