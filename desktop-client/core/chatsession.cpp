// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "identity.h"
#include "legacytext.h"
#include "safetext.h"
#include "tlsconfig.h"
#include "profile.h"
#include "username.h"

#include <QCoreApplication>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
QString hostText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

ChatSession::ChatSession(Profile *profile, Direction direction, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_direction(direction)
    , m_socket(new QSslSocket(this))
    , m_messages(new MessageModel(this))
{
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        if (m_direction == Direction::Outgoing && !m_socket->isEncrypted())
            finish(EndReason::Unreachable,
                   tr("Could not reach your friend at %1: no answer.").arg(displayPeer()), false);
        else
            finish(EndReason::TimedOut, tr("The chat could not be set up in time."), false);
    });
    m_keepAliveTimer.setInterval(m_keepAlive.interval);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, [this] {
        if (m_lastHeard.elapsed() > m_keepAlive.timeout.count()) {
            finish(EndReason::ConnectionLost,
                   tr("Connection to %1 was lost (no answer for a while).").arg(displayPeer()),
                   false);
            return;
        }
        send(Ping{}.toJson());
    });
}

void ChatSession::setKeepAlive(const KeepAlive &keepAlive)
{
    m_keepAlive = keepAlive;
    m_keepAliveTimer.setInterval(keepAlive.interval);
}

ChatSession::~ChatSession()
{
    m_socket->disconnect(this);
}

ChatSession *ChatSession::connectTo(Profile *profile, const QString &myName, const QString &host,
                                    quint16 port, const std::optional<UserInfo> &expected,
                                    QObject *parent)
{
    auto *session = new ChatSession(profile, Direction::Outgoing, parent);
    session->m_myName = myName;
    session->m_peerHost = host;
    session->m_peerPort = port;
    session->m_expected = expected;
    if (expected)
        session->m_peerName = expected->name;
    session->setupSocket();
    session->notice(tr("Trying to reach your friend at %1:%2...").arg(host).arg(port));
    session->m_handshakeTimer.start(HandshakeTimeout);
    session->m_socket->connectToHostEncrypted(host, port);
    return session;
}

ChatSession *ChatSession::fromIncoming(Profile *profile, qintptr socketDescriptor,
                                       bool allowLegacy, QObject *parent)
{
    auto *session = new ChatSession(profile, Direction::Incoming, parent);
    session->setupSocket();
    session->m_handshakeTimer.start(HandshakeTimeout);
    if (!session->m_socket->setSocketDescriptor(socketDescriptor)) {
        session->finish(EndReason::ConnectionLost, session->m_socket->errorString(), false);
        return session;
    }
    session->m_peerHost = hostText(session->m_socket->peerAddress());
    session->m_peerPort = session->m_socket->peerPort();
    if (!allowLegacy) {
        session->m_socket->startServerEncryption();
        return session;
    }
    // The CLI says nothing until its user types, so silence also means legacy.
    session->m_sniffing = true;
    session->m_sniffTimer.setSingleShot(true);
    connect(&session->m_sniffTimer, &QTimer::timeout, session,
            [session] { session->becomeLegacyIncoming(); });
    session->m_sniffTimer.start(LegacySniffTimeout);
    return session;
}

ChatSession *ChatSession::connectToLegacy(Profile *profile, const QString &myName,
                                          const QString &host, quint16 port,
                                          const QString &peerName, QObject *parent)
{
    auto *session = new ChatSession(profile, Direction::Outgoing, parent);
    session->m_legacy = true;
    session->m_myName = myName;
    session->m_peerHost = host;
    session->m_peerPort = port;
    session->m_peerName = peerName;
    session->setupSocket();
    connect(session->m_socket, &QSslSocket::connected, session, [session] {
        session->m_handshakeTimer.stop();
        session->startLegacyChat();
    });
    session->notice(tr("Trying to reach your friend at %1:%2...").arg(host).arg(port));
    session->m_handshakeTimer.start(HandshakeTimeout);
    session->m_socket->connectToHost(host, port);  // plain TCP: this peer has no TLS
    return session;
}

ChatSession *ChatSession::refused(Profile *profile, const UserInfo &peer, EndReason reason,
                                  const QString &message, QObject *parent)
{
    auto *session = new ChatSession(profile, Direction::Outgoing, parent);
    session->m_legacy = peer.legacy;
    session->m_peerName = peer.name;
    session->m_peerHost = peer.address;
    session->m_peerPort = peer.port;
    session->finish(reason, message, false);
    return session;
}

void ChatSession::becomeLegacyIncoming()
{
    if (!m_sniffing || m_state == State::Ended)
        return;
    m_sniffing = false;
    m_sniffTimer.stop();
    m_handshakeTimer.stop();
    m_legacy = true;
    setState(State::AwaitingDecision);
    Q_EMIT requestReceived();
    readLegacy();  // keep what the CLI already typed for after the user accepts
}

void ChatSession::startLegacyChat()
{
    setState(State::Active);
    notice(tr("Not encrypted: this is a plain-text chat with an old ChatBuddy program. Anyone "
              "on the network can read it, and nobody can prove who is on the other side."),
           ChatLine::Kind::Warning);
    notice(tr("Connection successful! Chat away! When you're done, just type 'EOM'."));
    if (!m_legacyPending.isEmpty())
        handleLegacyText(std::exchange(m_legacyPending, QByteArray()));
}

void ChatSession::readLegacy()
{
    while (m_state != State::Ended) {
        const QByteArray chunk = m_socket->read(16 * 1024);
        if (chunk.isEmpty())
            return;
        if (m_state == State::AwaitingDecision) {
            if (m_legacyPending.size() + chunk.size() > MaxFrameSize) {
                finish(EndReason::ProtocolError,
                       tr("%1 sent too much before the chat was accepted.").arg(displayPeer()),
                       false);
                return;
            }
            m_legacyPending += chunk;
            continue;
        }
        handleLegacyText(chunk);
    }
}

void ChatSession::handleLegacyText(const QByteArray &bytes)
{
    // The CLI sends each message in one send() without a newline; a newline also separates.
    const QList<QString> lines = legacy::splitLines(bytes);
    for (const QString &text : lines) {
        if (legacy::isEndOfMessages(text)) {
            finish(EndReason::EndedByPeer, tr("%1 ended the chat.").arg(displayPeer()), true);
            return;
        }
        ChatLine line;
        line.kind = ChatLine::Kind::Incoming;
        line.sender = displayPeer();
        line.text = text;
        line.time = QDateTime::currentDateTime();
        m_messages->append(line);
        ChatMessage message;
        message.text = text;
        message.sentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT messageReceived(message);
    }
}

void ChatSession::setupSocket()
{
    // Self-signed on both sides: keys are checked by fingerprint against the directory.
    m_socket->setSslConfiguration(tlsConfiguration(m_profile->identity()));
    m_socket->setReadBufferSize(MaxFrameSize);
    connect(m_socket, &QSslSocket::encrypted, this, &ChatSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ChatSession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ChatSession::onSocketGone);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ChatSession::onSocketGone);
}

QString ChatSession::displayPeer() const
{
    if (!m_peerName.isEmpty())
        return m_peerName;
    return u"%1:%2"_s.arg(m_peerHost).arg(m_peerPort);
}

void ChatSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChatSession::notice(const QString &text, ChatLine::Kind kind)
{
    ChatLine line;
    line.kind = kind;
    line.text = text;
    line.time = QDateTime::currentDateTime();
    m_messages->append(line);
}

void ChatSession::send(const QJsonObject &frame)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(encodeFrame(frame));
}

void ChatSession::onEncrypted()
{
    m_lastHeard.start();
    m_peerFingerprint = fingerprintOf(m_socket->peerCertificate());
    if (m_peerFingerprint.isEmpty()) {
        finish(EndReason::ProtocolError, tr("The other side presented no key."), false);
        return;
    }
    if (const QString problem = keyProblem(m_socket->peerCertificate()); !problem.isEmpty()) {
        send(Error::make(ErrorCode::UnsupportedKey,
                         u"%1 is not accepted; ChatBuddy keys are ECDSA P-256"_s.arg(problem))
                 .toJson());
        finish(EndReason::ProtocolError,
               tr("The other side uses a kind of key ChatBuddy does not accept (%1), so the "
                  "chat was closed.")
                   .arg(problem),
               true);
        return;
    }
    if (m_direction == Direction::Incoming) {
        onReadyRead();  // the hello may already be here
        return;
    }
    if (m_expected && !m_expected->fingerprint.isEmpty()) {
        if (m_expected->fingerprint != m_peerFingerprint) {
            const QString warning =
                tr("The person at %1:%2 is not presenting %3's key. This may be an attack, so "
                   "the chat was not started.\nExpected key: %4\nKey presented: %5")
                    .arg(m_peerHost)
                    .arg(m_peerPort)
                    .arg(m_expected->name, formatFingerprint(m_expected->fingerprint),
                         formatFingerprint(m_peerFingerprint));
            Q_EMIT securityWarning(warning);
            finish(EndReason::KeyMismatch, warning, false);
            return;
        }
        m_verified = true;
        evaluateTrust();
    }
    Hello hello;
    hello.name = m_myName;
    hello.software = u"ChatBuddy "_s + QString::fromLatin1(CHATBUDDY_VERSION);
    send(hello.toJson());
    m_handshakeTimer.stop();  // the other person may take their time to answer
    setState(State::WaitingForAnswer);
    notice(tr("Connected. Waiting for %1 to accept...").arg(displayPeer()));
}

void ChatSession::onReadyRead()
{
    if (m_sniffing) {
        char first = 0;
        // Unencrypted QSslSocket peeks without consuming: TLS can still start on these bytes.
        if (m_socket->peek(&first, 1) != 1)
            return;
        if (first == 0x16) {
            m_sniffing = false;
            m_sniffTimer.stop();
            m_socket->startServerEncryption();
            return;
        }
        becomeLegacyIncoming();
        return;
    }
    if (m_legacy) {
        readLegacy();
        return;
    }
    if (m_state == State::Ended || !m_socket->isEncrypted())
        return;
    const bool decoded = readFrames(*m_socket, m_decoder, [this](const QJsonObject &frame) {
        m_lastHeard.start();
        handleFrame(frame);
        return m_state != State::Ended;
    });
    if (!decoded) {
        send(Error::make(m_decoder.errorCode(), m_decoder.errorString()).toJson());
        finish(EndReason::ProtocolError,
               tr("%1 sent something invalid (%2); the chat was closed.")
                   .arg(displayPeer(), m_decoder.errorString()),
               true);
    }
}

void ChatSession::handleFrame(const QJsonObject &frame)
{
    ProtocolError problem;
    const std::optional<Message> message = parseMessage(frame, &problem);
    if (!message) {
        send(Error::make(problem.code, problem.message).toJson());
        finish(EndReason::ProtocolError,
               tr("%1 sent an invalid message (%2); the chat was closed.")
                   .arg(displayPeer(), problem.message),
               true);
        return;
    }
    auto unexpected = [this, &message] {
        const QString type = QString(messageType(*message));
        send(Error::make(ErrorCode::UnexpectedMessage, u"unexpected \"%1\""_s.arg(type)).toJson());
        finish(EndReason::ProtocolError,
               tr("%1 sent an unexpected \"%2\"; the chat was closed.").arg(displayPeer(), type),
               true);
    };

    if (const auto *hello = std::get_if<Hello>(&*message)) {
        handlePeerHello(*hello);
    } else if (const auto *chat = std::get_if<ChatMessage>(&*message)) {
        if (m_state != State::Active)
            return unexpected();
        ChatLine line;
        line.kind = ChatLine::Kind::Incoming;
        line.id = chat->id;
        line.sender = m_peerName;
        line.text = chat->text;
        line.time = chat->sentAt.toLocalTime();
        m_messages->append(line);
        send(Ack{chat->id}.toJson());
        Q_EMIT messageReceived(*chat);
    } else if (const auto *ack = std::get_if<Ack>(&*message)) {
        if (m_messages->markDelivered(ack->id))
            Q_EMIT messageDelivered(ack->id);
    } else if (std::holds_alternative<Eom>(*message)) {
        if (m_state == State::WaitingForAnswer)
            finish(EndReason::DeclinedByPeer, tr("%1 declined the chat.").arg(displayPeer()), true);
        else
            finish(EndReason::EndedByPeer, tr("%1 ended the chat.").arg(displayPeer()), true);
    } else if (const auto *error = std::get_if<Error>(&*message)) {
        if (error->code == ErrorCode::Declined) {
            finish(EndReason::DeclinedByPeer, tr("%1 declined the chat.").arg(displayPeer()), true);
        } else if (error->code == ErrorCode::KeyMismatch) {
            const QString warning = tr("%1 refused the chat: your key does not match the key "
                                       "registered for your name.")
                                        .arg(displayPeer());
            finish(EndReason::KeyMismatch, warning, true);
        } else {
            finish(EndReason::ProtocolError,
                   tr("%1 closed the chat: %2").arg(displayPeer(), escapeControls(error->message)),
                   true);
        }
    } else if (std::holds_alternative<Ping>(*message)) {
        send(Pong{}.toJson());
    } else if (std::holds_alternative<Pong>(*message)) {
        // being heard is all that counts
    } else {
        unexpected();
    }
}

void ChatSession::handlePeerHello(const Hello &hello)
{
    if (!isValidUsername(hello.name)) {
        send(Error::make(ErrorCode::InvalidName).toJson());
        finish(EndReason::ProtocolError,
               tr("Someone at %1 used an invalid name; the chat was refused.").arg(displayPeer()),
               true);
        return;
    }
    if (m_direction == Direction::Incoming && m_state == State::Connecting) {
        m_peerName = hello.name;
        setState(State::Verifying);
        Q_EMIT lookupNeeded(hello.name);
        return;
    }
    if (m_direction == Direction::Outgoing && m_state == State::WaitingForAnswer) {
        if (m_expected && usernameKey(hello.name) != usernameKey(m_expected->name)) {
            const QString warning =
                tr("The person at %1:%2 calls themselves \"%3\", not \"%4\". This may be an "
                   "attack, so the chat was closed.")
                    .arg(m_peerHost)
                    .arg(m_peerPort)
                    .arg(hello.name, m_expected->name);
            Q_EMIT securityWarning(warning);
            finish(EndReason::KeyMismatch, warning, false);
            return;
        }
        m_peerName = hello.name;
        if (m_trust == Trust::Unknown)
            evaluateTrust();  // a chat by bare address learns the name only now
        setState(State::Active);
        m_keepAliveTimer.start();
        notice(tr("Connection successful! Chat away! When you're done, just type 'EOM'."));
        return;
    }
    send(Error::make(ErrorCode::UnexpectedMessage, u"unexpected \"hello\""_s).toJson());
    finish(EndReason::ProtocolError,
           tr("%1 sent an unexpected greeting; the chat was closed.").arg(displayPeer()), true);
}

void ChatSession::setDirectoryAnswer(const QString &boundFingerprint)
{
    if (m_state != State::Verifying)
        return;
    if (!boundFingerprint.isEmpty() && boundFingerprint != m_peerFingerprint) {
        send(Error::make(ErrorCode::KeyMismatch).toJson());
        const QString warning =
            tr("Someone at %1:%2 claimed to be %3 but presented a different key than the one "
               "registered for that name. This may be an attack, so the chat was refused.\n"
               "Registered key: %4\nKey presented: %5")
                .arg(m_peerHost)
                .arg(m_peerPort)
                .arg(m_peerName, formatFingerprint(boundFingerprint),
                     formatFingerprint(m_peerFingerprint));
        Q_EMIT securityWarning(warning);
        finish(EndReason::KeyMismatch, warning, true);
        return;
    }
    m_verified = !boundFingerprint.isEmpty();
    evaluateTrust();
    m_handshakeTimer.stop();  // now our user decides, at their own pace
    setState(State::AwaitingDecision);
    Q_EMIT requestReceived();
}

void ChatSession::accept(const QString &myName)
{
    if (m_state != State::AwaitingDecision)
        return;
    m_myName = myName;
    if (m_legacy) {
        startLegacyChat();
        return;
    }
    Hello hello;
    hello.name = myName;
    hello.software = u"ChatBuddy "_s + QString::fromLatin1(CHATBUDDY_VERSION);
    send(hello.toJson());
    setState(State::Active);
    m_keepAliveTimer.start();
    notice(tr("%1 joined! Start chatting! Remember to type 'EOM' when you're finished.")
               .arg(displayPeer()));
}

void ChatSession::decline()
{
    if (m_state != State::AwaitingDecision)
        return;
    if (m_legacy) {  // the CLI has no words for it: it sees the connection close
        finish(EndReason::DeclinedByMe, tr("You declined the chat with %1.").arg(displayPeer()),
               false);
        return;
    }
    send(Error::make(ErrorCode::Declined, u"%1 declined the chat"_s.arg(m_myName)).toJson());
    finish(EndReason::DeclinedByMe, tr("You declined the chat with %1.").arg(displayPeer()), true);
}

void ChatSession::evaluateTrust()
{
    if (m_peerName.isEmpty() || m_peerFingerprint.isEmpty())
        return;
    const QString pinned = m_profile->pinnedContactFingerprint(m_peerName);
    if (pinned.isEmpty()) {
        // First contact: the directory's word is enough to remember the key; a bare address
        // is not, the user has to accept the key shown.
        m_keyAccepted = m_verified;
        if (m_verified)
            m_profile->pinContact(m_peerName, m_peerFingerprint);
        setTrust(Trust::Unverified);
    } else if (pinned == m_peerFingerprint) {
        m_keyAccepted = true;
        setTrust(m_profile->isContactVerified(m_peerName, m_peerFingerprint) ? Trust::Verified
                                                                              : Trust::Unverified);
    } else {
        m_keyAccepted = false;
        m_previousFingerprint = pinned;
        notice(tr("%1's key changed — this may be an attack. Nothing is sent until you check "
                  "the new key with %1 and accept it.\nKey before: %2\nKey now: %3")
                   .arg(m_peerName, formatFingerprint(pinned),
                        formatFingerprint(m_peerFingerprint)),
               ChatLine::Kind::Warning);
        setTrust(Trust::KeyChanged);
    }
}

void ChatSession::setTrust(Trust trust)
{
    m_trust = trust;
    Q_EMIT trustChanged(trust);
}

QString ChatSession::safetyNumber() const
{
    return chatbuddy::safetyNumber(m_profile->fingerprint(), m_peerFingerprint);
}

void ChatSession::acceptKey()
{
    if (m_peerName.isEmpty() || m_peerFingerprint.isEmpty())
        return;
    m_profile->pinContact(m_peerName, m_peerFingerprint);
    m_keyAccepted = true;
    m_previousFingerprint.clear();
    notice(tr("You accepted %1's key %2.").arg(m_peerName, shortFingerprint(m_peerFingerprint)));
    setTrust(m_profile->isContactVerified(m_peerName, m_peerFingerprint) ? Trust::Verified
                                                                          : Trust::Unverified);
}

void ChatSession::setVerified(bool verified)
{
    if (m_peerName.isEmpty() || m_peerFingerprint.isEmpty() || m_trust == Trust::KeyChanged)
        return;
    m_profile->setContactVerified(m_peerName, m_peerFingerprint, verified);
    m_keyAccepted = true;
    setTrust(verified ? Trust::Verified : Trust::Unverified);
}

QString ChatSession::sendMessage(const QString &text)
{
    if (m_trust == Trust::KeyChanged)
        return {};  // never talk to a changed key before the user accepted it
    if (m_state != State::Active || text.trimmed().isEmpty()
        || text.toUtf8().size() > MaxTextSize)
        return {};
    if (m_legacy) {
        // Raw text as the CLI expects; the newline keeps our own receiver's lines apart.
        m_socket->write(text.toUtf8() + '\n');
        ChatLine line;
        line.kind = ChatLine::Kind::Outgoing;
        line.id = QString::number(m_nextId++);
        line.sender = m_myName;
        line.text = text;
        line.time = QDateTime::currentDateTime();
        line.delivery = ChatLine::Delivery::Sent;
        m_messages->append(line);
        return line.id;
    }
    ChatMessage message;
    message.id = QString::number(m_nextId++);
    message.text = text;
    message.sentAt = QDateTime::currentDateTimeUtc();
    send(message.toJson());
    ChatLine line;
    line.kind = ChatLine::Kind::Outgoing;
    line.id = message.id;
    line.sender = m_myName;
    line.text = text;
    line.time = message.sentAt.toLocalTime();
    line.delivery = ChatLine::Delivery::Sending;
    m_messages->append(line);
    return message.id;
}

void ChatSession::endChat()
{
    switch (m_state) {
    case State::Ended:
        return;
    case State::AwaitingDecision:
        decline();
        return;
    case State::Active:
    case State::WaitingForAnswer:
        if (m_legacy)
            m_socket->write(legacy::EndOfMessages.toByteArray());  // exactly what the CLI compares with
        else
            send(Eom{}.toJson());
        finish(EndReason::EndedByMe, tr("You ended the chat."), true);
        return;
    case State::Connecting:
    case State::Verifying:
        finish(EndReason::EndedByMe, tr("You cancelled the chat."), false);
        return;
    }
}

void ChatSession::onSocketGone()
{
    if (m_state == State::Ended)
        return;
    const QString error = m_socket->errorString();
    if (m_direction == Direction::Outgoing && !m_socket->isEncrypted()
        && m_state == State::Connecting) {
        const auto e = m_socket->error();
        const bool tls = e == QAbstractSocket::SslHandshakeFailedError
            || e == QAbstractSocket::SslInternalError;
        finish(EndReason::Unreachable,
               tls ? tr("Could not set up a secure chat with %1:%2 (%3). Is it a ChatBuddy "
                        "client?")
                         .arg(m_peerHost)
                         .arg(m_peerPort)
                         .arg(error)
                   : tr("Could not reach your friend at %1:%2: %3")
                         .arg(m_peerHost)
                         .arg(m_peerPort)
                         .arg(error),
               false);
        return;
    }
    if (m_state == State::Active)
        finish(EndReason::ConnectionLost,
               tr("Connection to %1 was lost. Looks like your friend stepped away.")
                   .arg(displayPeer()),
               false);
    else
        finish(EndReason::ConnectionLost,
               tr("Connection to %1 was lost before the chat started.").arg(displayPeer()),
               false);
}

void ChatSession::finish(EndReason reason, const QString &message, bool closeGracefully)
{
    if (m_state == State::Ended)
        return;
    m_endReason = reason;
    m_endMessage = message;
    m_handshakeTimer.stop();
    m_keepAliveTimer.stop();
    m_sniffTimer.stop();
    m_sniffing = false;
    m_messages->markUndelivered();
    const bool alarming = reason == EndReason::KeyMismatch || reason == EndReason::ProtocolError;
    notice(message, alarming ? ChatLine::Kind::Warning : ChatLine::Kind::Notice);
    // Stop listening first so the close below cannot re-enter; queued bytes (eom, error) are
    // still flushed by disconnectFromHost().
    m_socket->disconnect(this);
    if (closeGracefully && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->flush();  // hand eom to the kernel now, in case we are deleted right after
        m_socket->disconnectFromHost();
    }
    else
        m_socket->abort();
    setState(State::Ended);
    Q_EMIT ended(reason, message);
}

} // namespace chatbuddy::client
