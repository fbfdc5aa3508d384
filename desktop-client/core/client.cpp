// SPDX-License-Identifier: GPL-3.0-or-later
#include "client.h"

#include "chatrecorder.h"
#include "chatsession.h"
#include "history.h"
#include "hostedhub.h"
#include "hubconnection.h"
#include "hubfinder.h"
#include "peerlistener.h"
#include "peoplemodel.h"
#include "profile.h"
#include "protocol.h"
#include "transfers.h"
#include "username.h"
#include "usersmodel.h"

#include <QDir>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
// Incoming connections that have not yet become a request: bounded so a flood of half-open
// chats cannot exhaust the client.
constexpr int MaxPendingIncoming = 16;

bool isPortFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::Any, port);
}
} // namespace

Client::Client(Profile *profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_history(new History)
    , m_recorder(new ChatRecorder(m_history))
    , m_courier(nullptr)
    , m_people(nullptr)
    , m_hub(new HubConnection(profile, this))
    , m_hubFinder(new HubFinder(this))
    , m_hostedHub(new HostedHub(QDir(profile->directory()).filePath(u"hub"_s), this))
    , m_listener(new PeerListener(this))
{
    m_hubFinder->setPinLookup(
        [this](const QString &hubAddress) { return settings().pinnedHubFingerprint(hubAddress); });
    connect(m_listener, &PeerListener::connectionAccepted, this, &Client::onConnectionAccepted);
    connect(m_hub, &HubConnection::lookupFinished, this, &Client::onLookupFinished);
    connect(m_recorder, &ChatRecorder::contactResolved, this, &Client::chatContactResolved);
    m_history->open(QDir(profile->directory()).filePath(u"history.sqlite"_s));
    m_history->setKeepHistory(settings().keepHistory());
    m_history->setRetention(Settings::days(settings().historyKeepFor()));
    watchPresence(); // first: "last seen" is set before the people list moves a contact
    m_people = new PeopleModel(users(), m_history, this);
    followContacts();
    connect(m_history, &History::contactChanged, this, &Client::followContactsSoon);
    connect(m_history, &History::contactRemoved, this, &Client::followContactsSoon);
    setUpDelivery();
    m_transfers = new Transfers(m_profile->identity(), this);
    setUpTransfers();
}

Client::~Client()
{
    // Sessions first: they may still talk to the hub connection while closing, and their
    // last lines go into the history.
    const QList<ChatSession *> all = sessions();
    for (ChatSession *session : all) {
        session->endChat();
        delete session;
    }
    // Whoever is online now was seen now.
    users()->disconnect(this);
    for (const UserInfo &user : users()->users())
        noteSeen(user, true);
    delete m_people;
    delete m_recorder;
    delete m_history; // writes what is pending
}

Status Client::startListening()
{
    m_portByPolicy = true;
    if (!m_listener->listen(preferredChatPort()))
        return fail(m_listener->errorString());
    m_hub->setChatPort(m_listener->port());
    return {};
}

Status Client::startListening(quint16 port)
{
    m_portByPolicy = false;
    if (!m_listener->listen(port))
        return fail(m_listener->errorString());
    m_hub->setChatPort(m_listener->port());
    return {};
}

quint16 Client::automaticChatPort() const
{
    return legacyChatsAllowed() ? DefaultChatPort + 1 : DefaultChatPort;
}

quint16 Client::preferredChatPort() const
{
    const quint16 fixed = settings().fixedChatPort();
    return fixed != 0 ? fixed : automaticChatPort();
}

bool Client::setChatPort(quint16 fixedPort)
{
    settings().setFixedChatPort(fixedPort);
    settings().sync();
    m_portByPolicy = true;
    return followPortPolicy();
}

bool Client::followPortPolicy()
{
    const quint16 current = m_listener->isListening() ? m_listener->port() : 0;
    const quint16 wanted = preferredChatPort();
    if (current == wanted)
        return false;
    const bool fixed = settings().fixedChatPort() != 0;
    // Automatic: move only when the usual port is free, else keep the one in use.
    if (!fixed && current != 0 && !isPortFree(wanted))
        return false;
    // Chats in progress keep their own connections; only new ones use the new port.
    if (!m_listener->listen(wanted) && current != 0)
        m_listener->listen(current);
    if (!m_listener->isListening() || m_listener->port() == current)
        return false;
    m_hub->setChatPort(m_listener->port());
    Q_EMIT chatPortChanged(m_listener->port());
    relogInToAdvertisePort();
    return true;
}

bool Client::relogInToAdvertisePort()
{
    // The hub learns our chat port only when we log in: a new port means logging in again.
    if (m_hub->state() == HubConnection::State::Offline || m_hub->userName().isEmpty())
        return false;
    m_hub->connectToHub(m_hub->host(), m_hub->port(), m_hub->userName());
    return true;
}

void Client::logIn(const QString &host, quint16 port, const QString &name)
{
    if (m_listener->isListening())
        m_hub->setChatPort(m_listener->port());
    m_hub->connectToHub(host, port, name);
}

QList<ChatSession *> Client::sessions() const
{
    QList<ChatSession *> out;
    for (const QPointer<ChatSession> &session : m_sessions) {
        if (session)
            out.append(session);
    }
    return out;
}

void Client::adopt(ChatSession *session)
{
    session->setParent(this);
    m_sessions.append(session);
    m_recorder->track(session);
    connect(session, &ChatSession::securityWarning, this, &Client::securityWarning);
    // A contact marked (not) verified gets (or loses) the tag in the users list.
    connect(session, &ChatSession::trustChanged, this,
            [this, session] { users()->refreshTrust(session->peerName()); });
    connect(session, &ChatSession::messageReceived, this,
            [this, session](const ChatMessage &message) { onMessageReceived(session, message); });
    deliverOn(session);
    setUpFiles(session);
    connect(session, &QObject::destroyed, this, [this, session] {
        m_sessions.removeIf([](const QPointer<ChatSession> &s) { return s.isNull(); });
        m_requested.remove(session);
        const int unread = m_unread.take(session);
        if (unread > 0) {
            m_unreadTotal -= unread;
            Q_EMIT unreadChanged(nullptr, 0);
        }
    });
}

bool Client::legacyChatsAllowed() const
{
    return settings().legacyChatsAllowed();
}

void Client::setLegacyChatsAllowed(bool allowed)
{
    settings().setLegacyChatsAllowed(allowed);
    settings().sync();
    if (m_portByPolicy)
        followPortPolicy();
}

ChatSession *Client::openChatWith(const QString &name) const
{
    const QString key = usernameKey(name);
    for (ChatSession *session : sessions()) {
        if (!session->isEnded() && !session->peerName().isEmpty() &&
            usernameKey(session->peerName()) == key)
            return session;
    }
    return nullptr;
}

ChatSession *Client::createChat(const UserInfo &user)
{
    ChatSession *session = nullptr;
    if (user.legacy && !legacyChatsAllowed()) {
        session = ChatSession::refused(
            m_profile, user, ChatSession::EndReason::LegacyNotAllowed,
            tr("%1 uses the old ChatBuddy program, which cannot encrypt. Turn on \"Allow "
               "unencrypted legacy chats\" to chat with %1 anyway.")
                .arg(user.name),
            this);
    } else if (user.legacy) {
        session = ChatSession::connectToLegacy(m_profile, myName(), user.address, user.port,
                                               user.name, this, m_timing);
    } else {
        session = ChatSession::connectTo(m_profile, myName(), user.address, user.port, user, this,
                                         m_timing);
    }
    adopt(session);
    return session;
}

ChatSession *Client::createChat(const QString &host, quint16 port, Transport transport)
{
    ChatSession *session = nullptr;
    if (transport == Transport::PlainText && !legacyChatsAllowed()) {
        UserInfo peer;
        peer.address = host;
        peer.port = port;
        peer.legacy = true;
        session = ChatSession::refused(m_profile, peer, ChatSession::EndReason::LegacyNotAllowed,
                                       tr("Plain-text legacy chats are off. Turn on \"Allow "
                                          "unencrypted legacy chats\" first."),
                                       this);
    } else if (transport == Transport::PlainText) {
        session = ChatSession::connectToLegacy(m_profile, myName(), host, port, QString(), this,
                                               m_timing);
    } else {
        session =
            ChatSession::connectTo(m_profile, myName(), host, port, std::nullopt, this, m_timing);
    }
    adopt(session);
    return session;
}

ChatSession *Client::chatWith(const UserInfo &user)
{
    if (ChatSession *open = openChatWith(user.name))
        return open; // one chat per person
    ChatSession *session = createChat(user);
    Q_EMIT chatStarted(session);
    return session;
}

ChatSession *Client::chatWithAddress(const QString &host, quint16 port, Transport transport)
{
    ChatSession *session = createChat(host, port, transport);
    Q_EMIT chatStarted(session);
    return session;
}

Result<ChatSession *> Client::chatAgain(ChatSession *ended)
{
    ChatSession *fresh = nullptr;
    const bool byAddress =
        ended->direction() == ChatSession::Direction::Outgoing && !ended->expectedPeer();
    if (byAddress) {
        // Opened by address: the same address again, not whoever has that name now.
        const bool plain =
            ended->isLegacy() || ended->endReason() == ChatSession::EndReason::PlainTextPeer;
        fresh = createChat(ended->peerHost(), ended->peerPort(),
                           plain ? Transport::PlainText : Transport::Encrypted);
    } else {
        const QString name = ended->peerName();
        std::optional<UserInfo> target;
        if (!name.isEmpty())
            target = users()->find(name); // fresh: they may have a new port
        if (!target && !m_hub->isOnline())
            target = ended->expectedPeer();
        if (!target) {
            return fail(
                tr("%1 is not online right now. You can chat again when they are back.").arg(name));
        }
        if (ChatSession *open = openChatWith(target->name))
            return open;
        fresh = createChat(*target);
    }
    Q_EMIT chatRestarted(ended, fresh);
    closeChat(ended);
    return fresh;
}

bool Client::endAllChats()
{
    bool open = false;
    for (ChatSession *session : sessions()) {
        if (!session->isEnded()) {
            session->endChat();
            open = true;
        }
    }
    return open;
}

void Client::closeChat(ChatSession *session)
{
    if (!session)
        return;
    session->endChat();
    m_sessions.removeIf([session](const QPointer<ChatSession> &s) { return s == session; });
    session->deleteLater();
}

void Client::setChatInView(ChatSession *session)
{
    m_inView = session;
    if (session) {
        setUnread(session, 0);
        session->reportRead(); // shown in a window in front: seen, so read
    }
}

void Client::onMessageReceived(ChatSession *session, const ChatMessage &message)
{
    if (session == m_inView) {
        session->reportRead();
        return;
    }
    setUnread(session, m_unread.value(session) + 1);
    Q_EMIT unreadMessage(session, message);
}

void Client::setUnread(ChatSession *session, int count)
{
    const int before = m_unread.value(session);
    if (before == count)
        return;
    m_unread.insert(session, count);
    m_unreadTotal += count - before;
    Q_EMIT unreadChanged(session, count);
}

void Client::onLookupFinished(const QString &name, const DirectoryAnswer &answer)
{
    const QString key = usernameKey(name);
    for (ChatSession *session : sessions()) {
        if (session->state() == ChatSession::State::Verifying &&
            usernameKey(session->peerName()) == key)
            session->setDirectoryAnswer(answer);
    }
}

QString Client::plainTextUserAt(const QString &host) const
{
    QString found;
    for (const UserInfo &user : users()->users()) {
        if (!user.legacy || user.address != host)
            continue;
        if (!found.isEmpty())
            return {}; // two CLIs on one computer: the address does not tell which
        found = user.name;
    }
    return found;
}

void Client::onConnectionAccepted(qintptr socketDescriptor)
{
    auto *session = ChatSession::fromIncoming(m_profile, socketDescriptor, legacyChatsAllowed(),
                                              this, m_timing);
    int pending = 0;
    for (ChatSession *s : sessions()) {
        if (s->direction() == ChatSession::Direction::Incoming &&
            (s->state() == ChatSession::State::Connecting ||
             s->state() == ChatSession::State::Verifying))
            ++pending;
    }
    if (pending >= MaxPendingIncoming || session->isEnded()) {
        delete session;
        return;
    }
    adopt(session);
    watchIncoming(session);
}

void Client::watchIncoming(ChatSession *session)
{
    connect(session, &ChatSession::lookupNeeded, m_hub, &HubConnection::lookup);
    connect(session, &ChatSession::requestReceived, this, [this, session] {
        m_requested.insert(session);
        if (session->isLegacy())
            session->setPlainTextPeerName(plainTextUserAt(session->peerHost()));
        acceptKnownContact(session);
        Q_EMIT chatRequested(session); // already active when taken at once
    });
    // Chats that end before anyone was asked are nobody's business: drop them quietly, unless
    // the user would wonder where a friend's attempt went.
    connect(session, &ChatSession::ended, this, [this, session](ChatSession::EndReason reason) {
        if (m_requested.contains(session))
            return;
        if (reason == ChatSession::EndReason::LegacyNotAllowed)
            Q_EMIT incomingRefused(session->endMessage());
        closeChat(session);
    });
}

} // namespace chatbuddy::client
