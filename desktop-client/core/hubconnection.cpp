// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubconnection.h"

#include "endpoint.h"
#include "identity.h"
#include "profile.h"
#include "safetext.h"
#include "tlsconfig.h"
#include "usersmodel.h"

#include <QLoggingCategory>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
Q_LOGGING_CATEGORY(lcHubLink, "chatbuddy.client.hub")
} // namespace

namespace {
// Three missed heartbeats: the hub (or the network) is gone even if TCP has not noticed.
constexpr int MissedHeartbeats = 3;
} // namespace

HubConnection::HubConnection(Profile *profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_users(new UsersModel(&profile->settings(), this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &HubConnection::openSocket);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Error::Unreachable,
             tr("The hub at %1 did not answer in time.").arg(currentHubAddress()),
             retryIfOnceOnline());
    });
    m_listTimer.setSingleShot(true);
    connect(&m_listTimer, &QTimer::timeout, this, &HubConnection::sendLists);
    m_watchTimer.setSingleShot(true);
    connect(&m_watchTimer, &QTimer::timeout, this, &HubConnection::sendWatch);
    connect(&m_heartbeat, &Heartbeat::pingDue, this, [this] { send(Ping{}.toJson()); });
    connect(&m_heartbeat, &Heartbeat::silent, this,
            [this] { fail(Error::ConnectionLost, tr("The hub stopped answering."), Then::Retry); });
}

HubConnection::~HubConnection()
{
    closeSocket();
}

QString HubConnection::hubAddress() const
{
    return m_hubs.isEmpty() ? endpointText(m_host, m_port)
                            : endpointText(m_hubs.first().host, m_hubs.first().port);
}

QString HubConnection::stateText(State state)
{
    switch (state) {
    case State::Offline:
        return tr("Offline");
    case State::Connecting:
        return tr("Connecting…");
    case State::Registering:
        return tr("Logging in…");
    case State::Online:
        return tr("Online");
    case State::WaitingToReconnect:
        return tr("Hub lost, reconnecting…");
    }
    return {};
}

void HubConnection::setReconnectDelays(std::chrono::milliseconds first,
                                       std::chrono::milliseconds max)
{
    m_firstReconnectDelay = first;
    m_maxReconnectDelay = max;
    m_reconnectDelay = first;
}

void HubConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void HubConnection::connectToHub(const QString &hosts, quint16 port, const QString &name)
{
    m_reconnectTimer.stop();
    m_hostText = hosts.trimmed();
    m_givenPort = port;
    // The login dialog checked the addresses; anything else is one host, as typed.
    auto parsed = parseEndpointList(m_hostText);
    m_hubs = parsed ? *parsed : QList<Endpoint>{Endpoint{m_hostText, port}};
    for (Endpoint &hub : m_hubs) {
        if (hub.port == 0)
            hub.port = port;
    }
    m_hubIndex = 0;
    m_untried = int(m_hubs.size()) - 1;
    m_host = m_hubs.first().host;
    m_port = m_hubs.first().port;
    m_name = name;
    m_everOnline = false;
    m_hubShutDown = false;
    m_reconnectDelay = m_firstReconnectDelay;
    m_users->clear();
    openSocket();
}

void HubConnection::disconnectFromHub()
{
    m_reconnectTimer.stop();
    closeSocket();
    m_users->clear();
    setState(State::Offline);
}

void HubConnection::forgetHubKey(const QString &hubAddress)
{
    m_profile->settings().forgetHub(hubAddress);
}

QString HubConnection::pinnedHubKey(const QString &hubAddress) const
{
    return m_profile->settings().pinnedHubFingerprint(hubAddress);
}

void HubConnection::closeSocket()
{
    m_heartbeat.stop();
    m_connectTimer.stop();
    stopFollowing();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_decoder = FrameDecoder();
    // Nobody will answer the lookups in flight: say so rather than leave callers waiting.
    while (!m_pendingLookups.empty()) {
        const PendingLookup pending = m_pendingLookups.front();
        m_pendingLookups.pop_front();
        if (!pending.forKey)
            Q_EMIT lookupFinished(pending.name, DirectoryAnswer::unreachable());
    }
    m_features.clear();
    m_reachability.reset();
}

void HubConnection::openSocket()
{
    closeSocket();
    m_socket = new QSslSocket(this);
    // The hub's certificate is self-signed: trust comes from the pinned fingerprint below.
    m_socket->setSslConfiguration(tlsConfiguration(m_profile->identity()));
    m_socket->setReadBufferSize(MaxFrameSize);

    QSslSocket *socket = m_socket;
    connect(socket, &QSslSocket::encrypted, this, &HubConnection::onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &HubConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &HubConnection::onDisconnected);
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError e) {
                if (socket != m_socket)
                    return;
                if (m_state != State::Connecting || socket->isEncrypted()) {
                    onDisconnected();
                    return;
                }
                const bool tlsProblem = e == QAbstractSocket::SslHandshakeFailedError ||
                                        e == QAbstractSocket::SslInternalError ||
                                        e == QAbstractSocket::SslInvalidUserDataError;
                if (tlsProblem)
                    fail(Error::TlsFailed,
                         tr("Could not set up a secure connection to the hub at %1: %2")
                             .arg(currentHubAddress(), socket->errorString()),
                         retryIfOnceOnline());
                else
                    fail(Error::Unreachable,
                         tr("Cannot reach the hub at %1: %2")
                             .arg(currentHubAddress(), socket->errorString()),
                         retryIfOnceOnline());
            });

    setState(State::Connecting);
    m_connectTimer.start(m_connectTimeout);
    m_socket->connectToHostEncrypted(m_host, m_port);
}

void HubConnection::onEncrypted()
{
    const QString fingerprint = fingerprintOf(m_socket->peerCertificate());
    Settings &pins = m_profile->settings();
    const QString pinned = pins.pinnedHubFingerprint(hubAddress());
    if (pinned.isEmpty() && !m_announced.isEmpty() && m_announced != fingerprint) {
        m_presentedHubFingerprint = fingerprint;
        fail(Error::NotAnnouncedKey,
             tr("The hub at %1 did not show the key it announced on the network. Someone else "
                "may be answering in its place, so ChatBuddy did not log in.\nAnnounced key: "
                "%2\nKey shown: %3")
                 .arg(currentHubAddress(), formatFingerprint(m_announced),
                      formatFingerprint(fingerprint)),
             Then::StayOffline);
        return;
    }
    if (pinned.isEmpty()) {
        pins.pinHub(hubAddress(), fingerprint);
        Q_EMIT hubPinned(fingerprint);
    } else if (pinned != fingerprint) {
        m_presentedHubFingerprint = fingerprint;
        fail(Error::HubKeyChanged,
             tr("The hub at %1 presented a different key than before. This may be an attack, "
                "so ChatBuddy did not log in.\nPinned key: %2\nKey now: %3")
                 .arg(currentHubAddress(), formatFingerprint(pinned),
                      formatFingerprint(fingerprint)),
             Then::StayOffline);
        return;
    }
    m_hubFingerprint = fingerprint;
    setState(State::Registering);
    Hello hello = Hello::forThisProgram(m_name, m_chatPort);
    hello.features.append(QString(feature::Reachability));  // "can others reach me?"
    hello.features.append(QString(feature::PresenceScope)); // contacts + search on a big hub
    send(hello.toJson());
}

void HubConnection::onReadyRead()
{
    QSslSocket *socket = m_socket;
    if (!socket)
        return;
    const bool decoded = readFrames(*socket, m_decoder, [this, socket](const QJsonObject &f) {
        m_heartbeat.heard();
        handleFrame(f);
        return socket == m_socket; // a frame may close or replace the connection
    });
    if (!decoded && socket == m_socket)
        fail(Error::ProtocolError,
             tr("The hub sent something ChatBuddy does not understand (%1).")
                 .arg(m_decoder.errorString()),
             Then::Retry);
}

void HubConnection::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_state == State::Online)
        fail(Error::ConnectionLost, tr("Connection to the hub was lost."), Then::Retry);
    else
        fail(Error::Unreachable,
             tr("The hub at %1 closed the connection.").arg(currentHubAddress()),
             retryIfOnceOnline());
}

void HubConnection::send(const QJsonObject &frame)
{
    if (m_socket)
        m_socket->write(encodeFrame(frame));
}

void HubConnection::handleFrame(const QJsonObject &frame)
{
    ProtocolError problem;
    const std::optional<Message> message = parseMessage(frame, &problem);
    if (!message) {
        fail(Error::ProtocolError, tr("The hub sent an invalid message (%1).").arg(problem.message),
             Then::Retry);
        return;
    }
    if (const auto *welcome = std::get_if<Welcome>(&*message)) {
        handleWelcome(*welcome);
    } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
        handleErrorReply(*error);
    } else if (const auto *page = std::get_if<UserList>(&*message)) {
        handleUserList(*page);
    } else if (const auto *presence = std::get_if<Presence>(&*message)) {
        handlePresence(*presence);
    } else if (const auto *watching = std::get_if<Watching>(&*message)) {
        if (m_state == State::Online && m_scopeAware)
            handleWatching(*watching);
    } else if (const auto *result = std::get_if<LookupResult>(&*message)) {
        bool forKey = false;
        if (!m_pendingLookups.empty()) {
            forKey = m_pendingLookups.front().forKey;
            m_pendingLookups.pop_front();
        }
        if (forKey)
            Q_EMIT keyLookupFinished(*result);
        else
            Q_EMIT lookupFinished(result->name, result->fingerprint.isEmpty()
                                                    ? DirectoryAnswer::unknown()
                                                    : DirectoryAnswer::bound(result->fingerprint));
    } else if (std::holds_alternative<Shutdown>(*message)) {
        m_hubShutDown = true;
        fail(Error::HubShutdown, tr("The hub is shutting down."), Then::Retry);
    } else if (std::holds_alternative<Ping>(*message)) {
        send(Pong{}.toJson());
    } else if (const auto *reach = std::get_if<Reachability>(&*message)) {
        m_reachability = *reach;
        Q_EMIT reachabilityChecked(*reach);
    } else if (m_state == State::Online && (std::holds_alternative<Mail>(*message) ||
                                            std::holds_alternative<Bounce>(*message) ||
                                            std::holds_alternative<Fetched>(*message) ||
                                            std::holds_alternative<Deposited>(*message) ||
                                            std::holds_alternative<DepositRefused>(*message) ||
                                            std::holds_alternative<MailWaiting>(*message))) {
        Q_EMIT mailboxMessage(*message);
    }
    // pong: being heard is all that counts
}

void HubConnection::handleWelcome(const Welcome &welcome)
{
    if (m_state != State::Registering)
        return;
    if (welcome.hubFingerprint != m_hubFingerprint) {
        // The key the hub names must be the key its TLS connection showed.
        fail(Error::ProtocolError,
             tr("The hub sent an invalid message (%1).")
                 .arg(u"welcome names another hub key than its connection"_s),
             Then::Retry);
        return;
    }
    m_connectTimer.stop();
    m_self = welcome.self;
    m_features = welcome.features;
    m_everOnline = true;
    m_hubShutDown = false;
    m_untried = int(m_hubs.size()) - 1;
    m_reconnectDelay = m_firstReconnectDelay;
    const std::chrono::seconds heartbeat(std::max(1, welcome.heartbeatSeconds));
    m_heartbeat.start(heartbeat, MissedHeartbeats * heartbeat);
    setState(State::Online);
    startFollowing(welcome);
    Q_EMIT registered(m_self);
}

void HubConnection::handleErrorReply(const ErrorReply &reply)
{
    switch (reply.code) {
    case ErrorCode::NameTaken: // retried: after a reconnect it may be our own old session
        fail(Error::NameTaken,
             tr("Someone named \"%1\" is already online. Please pick another name.").arg(m_name),
             retryIfOnceOnline());
        return;
    case ErrorCode::NameBound:
        fail(Error::NameBound,
             tr("The name \"%1\" belongs to someone else (another key registered it first). "
                "Please pick another name.")
                 .arg(m_name),
             Then::StayOffline);
        return;
    case ErrorCode::InvalidName:
        fail(Error::InvalidName,
             tr("The hub did not accept the name \"%1\": %2")
                 .arg(m_name, escapeControls(reply.message)),
             Then::StayOffline);
        return;
    case ErrorCode::HubFull:
        fail(Error::HubFull, tr("The hub is full right now. Please try again later."),
             retryIfOnceOnline());
        return;
    case ErrorCode::Replaced: // two windows with one identity would otherwise take turns
        fail(Error::Replaced,
             tr("You logged in as \"%1\" from somewhere else, so this session was signed out.")
                 .arg(m_name),
             Then::StayOffline);
        return;
    default:
        fail(Error::Refused, tr("The hub refused: %1").arg(escapeControls(reply.message)),
             retryIfOnceOnline());
        return;
    }
}

void HubConnection::lookup(const QString &name)
{
    if (m_state != State::Online) {
        QMetaObject::invokeMethod(
            this, [this, name] { Q_EMIT lookupFinished(name, DirectoryAnswer::unreachable()); },
            Qt::QueuedConnection);
        return;
    }
    m_pendingLookups.push_back({name, false});
    send(Lookup{name}.toJson());
}

bool HubConnection::lookupKey(const QString &name)
{
    if (m_state != State::Online)
        return false;
    m_pendingLookups.push_back({name, true});
    send(Lookup{name}.toJson());
    return true;
}

bool HubConnection::checkReachability()
{
    if (!isOnline() || !hubOffers(feature::Reachability))
        return false;
    send(CheckReachability{}.toJson());
    return true;
}

bool HubConnection::sendRequest(const Message &message)
{
    if (m_state != State::Online)
        return false;
    send(messageToJson(message));
    return true;
}

bool HubConnection::failOver(Error error)
{
    // Only when the hub itself is away: a refusal would be the same on every hub.
    const bool hubAway = error == Error::Unreachable || error == Error::TlsFailed ||
                         error == Error::ConnectionLost || error == Error::HubShutdown;
    if (!hubAway || m_hubs.size() < 2)
        return false;
    const QString from = currentHubAddress();
    m_hubIndex = (m_hubIndex + 1) % int(m_hubs.size());
    m_host = m_hubs.at(m_hubIndex).host;
    m_port = m_hubs.at(m_hubIndex).port;
    if (m_untried <= 0)
        return false;
    --m_untried;
    qCInfo(lcHubLink, "The hub at %s is away; trying %s", qUtf8Printable(from),
           qUtf8Printable(currentHubAddress()));
    return true;
}

void HubConnection::fail(Error error, const QString &message, Then then)
{
    closeSocket();
    m_users->clear();
    if (failOver(error)) {
        // Another hub of the cluster may well be up: straight to it, quietly (what the user
        // sees is "reconnecting", not an error).
        setState(State::WaitingToReconnect);
        m_reconnectTimer.start(0);
        return;
    }
    // After a shutdown notice the retries fail until the hub is back: keep saying why.
    const bool stillDown = error == Error::Unreachable || error == Error::ConnectionLost;
    if (m_hubShutDown && stillDown)
        Q_EMIT errorOccurred(Error::HubShutdown,
                             tr("The hub was shut down. ChatBuddy reconnects when it is back."));
    else
        Q_EMIT errorOccurred(error, message);
    if (then == Then::Retry)
        scheduleReconnect();
    else
        setState(State::Offline);
}

void HubConnection::scheduleReconnect()
{
    setState(State::WaitingToReconnect);
    Q_EMIT reconnectScheduled(m_reconnectDelay);
    m_reconnectTimer.start(m_reconnectDelay);
    m_reconnectDelay = std::min(m_reconnectDelay * 2, m_maxReconnectDelay);
}

} // namespace chatbuddy::client
