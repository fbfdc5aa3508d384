// SPDX-License-Identifier: GPL-3.0-or-later
#include "client.h"

#include "chatsession.h"
#include "hubconnection.h"
#include "peerlistener.h"
#include "profile.h"
#include "username.h"
#include "usersmodel.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
// Incoming connections that have not yet become a request: bounded so a flood of half-open
// chats cannot exhaust the client.
constexpr int MaxPendingIncoming = 16;
} // namespace

Client::Client(Profile *profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_hub(new HubConnection(profile, this))
    , m_listener(new PeerListener(profile, this))
{
    connect(m_listener, &PeerListener::incomingSession, this, &Client::onIncoming);
    m_listener->setLegacyAllowed(legacyChatsAllowed());
    connect(m_hub, &HubConnection::lookupFinished, this, [this](const LookupResult &result) {
        const QString key = usernameKey(result.name);
        const QList<ChatSession *> all = sessions();
        for (ChatSession *session : all) {
            if (session->state() == ChatSession::State::Verifying
                && usernameKey(session->peerName()) == key)
                session->setDirectoryAnswer(result.fingerprint);
        }
    });
}

Client::~Client()
{
    // Sessions first: they may still talk to the hub connection while closing.
    const QList<ChatSession *> all = sessions();
    for (ChatSession *session : all) {
        session->endChat();
        delete session;
    }
}

UsersModel *Client::users() const
{
    return m_hub->users();
}

bool Client::startListening(quint16 preferredPort, QString *errorString)
{
    if (!m_listener->listen(preferredPort)) {
        if (errorString)
            *errorString = m_listener->errorString();
        return false;
    }
    m_hub->setChatPort(m_listener->port());
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
    session->setKeepAlive(m_keepAlive);
    m_sessions.append(session);
    connect(session, &ChatSession::securityWarning, this, &Client::securityWarning);
    connect(session, &QObject::destroyed, this, [this] {
        m_sessions.removeIf([](const QPointer<ChatSession> &s) { return s.isNull(); });
    });
}

bool Client::legacyChatsAllowed() const
{
    return m_profile->settings().value(u"chat/allowLegacy"_s, false).toBool();
}

void Client::setLegacyChatsAllowed(bool allowed)
{
    m_profile->settings().setValue(u"chat/allowLegacy"_s, allowed);
    m_profile->settings().sync();
    m_listener->setLegacyAllowed(allowed);
}

ChatSession *Client::chatWith(const UserInfo &user)
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
        session = ChatSession::connectToLegacy(m_profile, m_hub->userName(), user.address,
                                               user.port, user.name, this);
    } else {
        session = ChatSession::connectTo(m_profile, m_hub->userName(), user.address, user.port,
                                         user, this);
    }
    adopt(session);
    Q_EMIT chatStarted(session);
    return session;
}

ChatSession *Client::chatWithAddress(const QString &host, quint16 port, bool legacy)
{
    ChatSession *session = nullptr;
    if (legacy && !legacyChatsAllowed()) {
        UserInfo peer;
        peer.address = host;
        peer.port = port;
        peer.legacy = true;
        session = ChatSession::refused(m_profile, peer, ChatSession::EndReason::LegacyNotAllowed,
                                       tr("Plain-text legacy chats are off. Turn on \"Allow "
                                          "unencrypted legacy chats\" first."),
                                       this);
    } else if (legacy) {
        session = ChatSession::connectToLegacy(m_profile, m_hub->userName(), host, port,
                                               QString(), this);
    } else {
        session = ChatSession::connectTo(m_profile, m_hub->userName(), host, port, std::nullopt,
                                         this);
    }
    adopt(session);
    Q_EMIT chatStarted(session);
    return session;
}

void Client::closeChat(ChatSession *session)
{
    if (!session)
        return;
    session->endChat();
    m_sessions.removeIf([session](const QPointer<ChatSession> &s) { return s == session; });
    session->deleteLater();
}

void Client::onIncoming(ChatSession *session)
{
    int pending = 0;
    for (ChatSession *s : sessions()) {
        if (s->direction() == ChatSession::Direction::Incoming
            && (s->state() == ChatSession::State::Connecting
                || s->state() == ChatSession::State::Verifying))
            ++pending;
    }
    if (pending >= MaxPendingIncoming || session->isEnded()) {
        delete session;
        return;
    }
    adopt(session);
    connect(session, &ChatSession::lookupNeeded, m_hub, &HubConnection::lookup);
    connect(session, &ChatSession::requestReceived, this,
            [this, session] { Q_EMIT chatRequested(session); });
    // Chats that end before anyone was asked are nobody's business: drop them quietly.
    connect(session, &ChatSession::ended, this, [this, session] {
        if (session->peerName().isEmpty() || session->state() == ChatSession::State::Ended) {
            const bool shown = session->property("chatbuddyShown").toBool();
            if (!shown)
                closeChat(session);
        }
    });
    connect(session, &ChatSession::requestReceived, session,
            [session] { session->setProperty("chatbuddyShown", true); });
}

} // namespace chatbuddy::client
