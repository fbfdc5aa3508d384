// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: the chat state machine, with a sentence for every way a chat can end; the
// link (peerlink.cpp), the trust (chatsessiontrust.cpp, trustpolicy.cpp) and the typing
// notices and read receipts (chatsessionextras.cpp) are elsewhere.
#include "chatsession.h"

#include "identity.h"
#include "legacytext.h"
#include "profile.h"
#include "safetext.h"
#include "typingnotices.h"
#include "username.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

using trust::HubCheck;

ChatSession::ChatSession(Profile *profile, Direction direction, QObject *parent,
                         const Timing &timing)
    : QObject(parent)
    , m_profile(profile)
    , m_direction(direction)
    , m_link(new PeerLink(profile->identity(), this))
    , m_messages(new MessageModel(this))
    , m_timing(timing)
    , m_typing(new TypingNotices(timing, this))
{
    m_handshakeTimer.setSingleShot(true);
    connect(m_typing, &TypingNotices::noticeDue, this, [this](bool active) {
        if (m_state == State::Active)
            m_link->send(Typing{active});
    });
    connect(m_typing, &TypingNotices::peerTypingChanged, this, &ChatSession::peerTypingChanged);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &ChatSession::onHandshakeTimeout);
    connect(m_link, &PeerLink::connected, this, [this] {
        if (m_legacy) {
            m_handshakeTimer.stop();
            startPlainTextChat();
        } else {
            m_handshakeTimer.start(m_timing.tlsAnswer); // a TLS peer answers in milliseconds
        }
    });
    connect(m_link, &PeerLink::encrypted, this, &ChatSession::onEncrypted);
    connect(m_link, &PeerLink::plainTextDetected, this, &ChatSession::onPlainTextDetected);
    connect(m_link, &PeerLink::textReceived, this, &ChatSession::onText);
    connect(m_link, &PeerLink::messageReceived, this, &ChatSession::onMessage);
    connect(m_link, &PeerLink::disconnected, this, &ChatSession::onLinkGone);
    connect(m_link, &PeerLink::silent, this, [this] {
        finish(EndReason::ConnectionLost,
               tr("Connection to %1 was lost (no answer for a while).").arg(displayPeer()),
               PeerLink::Close::Abort);
    });
    connect(m_link, &PeerLink::invalidInput, this, [this](const QString &detail) {
        finish(
            EndReason::ProtocolError,
            tr("%1 sent something invalid (%2); the chat was closed.").arg(displayPeer(), detail),
            PeerLink::Close::Graceful);
    });
}

ChatSession *ChatSession::connectTo(Profile *profile, const QString &myName, const QString &host,
                                    quint16 port, const std::optional<UserInfo> &expected,
                                    QObject *parent, const Timing &timing)
{
    auto *session = new ChatSession(profile, Direction::Outgoing, parent, timing);
    session->m_myName = myName;
    session->m_peerHost = host;
    session->m_peerPort = port;
    session->m_expected = expected;
    if (expected)
        session->m_peerName = expected->name;
    session->addTransient(tr("Trying to reach your friend at %1:%2...").arg(host).arg(port));
    session->m_handshakeTimer.start(timing.handshake);
    session->m_link->connectTls(host, port);
    return session;
}

ChatSession *ChatSession::fromIncoming(Profile *profile, qintptr socketDescriptor, bool allowLegacy,
                                       QObject *parent, const Timing &timing)
{
    auto *session = new ChatSession(profile, Direction::Incoming, parent, timing);
    session->m_allowLegacy = allowLegacy;
    session->m_handshakeTimer.start(timing.handshake);
    // Sniffed either way: a plain-text caller is served, or told no, never left hanging.
    const auto sniff = allowLegacy ? std::optional(timing.plainTextSniff) : std::nullopt;
    if (!session->m_link->accept(socketDescriptor, sniff)) {
        session->finish(EndReason::ConnectionLost, session->m_link->errorString(),
                        PeerLink::Close::Abort);
        return session;
    }
    session->m_peerHost = session->m_link->peerHost();
    session->m_peerPort = session->m_link->peerPort();
    return session;
}

ChatSession *ChatSession::connectToLegacy(Profile *profile, const QString &myName,
                                          const QString &host, quint16 port,
                                          const QString &peerName, QObject *parent,
                                          const Timing &timing)
{
    auto *session = new ChatSession(profile, Direction::Outgoing, parent, timing);
    session->m_legacy = true;
    session->m_myName = myName;
    session->m_peerHost = host;
    session->m_peerPort = port;
    session->m_peerName = peerName;
    session->addTransient(tr("Trying to reach your friend at %1:%2...").arg(host).arg(port));
    session->m_handshakeTimer.start(timing.handshake);
    session->m_link->connectPlainText(host, port); // this peer has no TLS
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
    session->finish(reason, message, PeerLink::Close::Abort);
    return session;
}

QString ChatSession::displayPeer() const
{
    if (!m_peerName.isEmpty())
        return m_peerName;
    // An incoming caller's source port is random: only the address means something.
    if (m_direction == Direction::Incoming)
        return tr("someone at %1").arg(m_peerHost);
    return u"%1:%2"_s.arg(m_peerHost).arg(m_peerPort);
}

void ChatSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChatSession::addNotice(const QString &text, ChatLine::Kind kind, ChatLine::Event event)
{
    m_messages->appendNotice(text, kind, event);
}

void ChatSession::addTransient(const QString &text)
{
    m_messages->appendNotice(text, ChatLine::Kind::Notice, ChatLine::Event::Transient);
}

void ChatSession::onHandshakeTimeout()
{
    if (m_direction == Direction::Incoming) {
        finish(EndReason::TimedOut, tr("The chat could not be set up in time."),
               PeerLink::Close::Abort);
        return;
    }
    if (!m_legacy && m_link->isConnected()) {
        const QString advice =
            m_profile->settings().legacyChatsAllowed()
                ? tr("To chat with it anyway, press Chat again as plain text (NOT encrypted).")
                : tr("To chat with it anyway, turn on Security ▸ Allow Unencrypted Legacy Chats "
                     "first (such chats are NOT encrypted).");
        finish(EndReason::PlainTextPeer,
               tr("%1:%2 answered but does not speak encrypted ChatBuddy: it looks like the "
                  "original plain-text ChatBuddy.")
                       .arg(m_peerHost)
                       .arg(m_peerPort) +
                   u' ' + advice,
               PeerLink::Close::Abort);
        return;
    }
    finish(EndReason::Unreachable,
           tr("Could not reach your friend at %1: no answer.").arg(displayPeer()),
           PeerLink::Close::Abort);
}

void ChatSession::onEncrypted()
{
    m_peerFingerprint = fingerprintOf(m_link->peerCertificate());
    if (m_peerFingerprint.isEmpty()) {
        finish(EndReason::ProtocolError, tr("The other side presented no key."),
               PeerLink::Close::Abort);
        return;
    }
    if (const QString problem = keyProblem(m_link->peerCertificate()); !problem.isEmpty()) {
        m_link->send(
            ErrorReply::make(ErrorCode::UnsupportedKey,
                             u"%1 is not accepted; ChatBuddy keys are ECDSA P-256"_s.arg(problem)));
        finish(EndReason::ProtocolError,
               tr("The other side uses a kind of key ChatBuddy does not accept (%1), so the "
                  "chat was closed.")
                   .arg(problem),
               PeerLink::Close::Graceful);
        return;
    }
    if (m_direction == Direction::Incoming)
        return; // the peer's hello comes next
    m_hubCheck = trust::checkOutgoingKey(m_expected, m_peerFingerprint);
    if (m_hubCheck == HubCheck::Mismatch) {
        const QString warning =
            tr("The person at %1:%2 is not presenting %3's key. This may be an attack, so "
               "the chat was not started.\nExpected key: %4\nKey presented: %5")
                .arg(m_peerHost)
                .arg(m_peerPort)
                .arg(m_expected->name, formatFingerprint(m_expected->fingerprint),
                     formatFingerprint(m_peerFingerprint));
        Q_EMIT securityWarning(warning);
        finish(EndReason::KeyMismatch, warning, PeerLink::Close::Abort);
        return;
    }
    if (m_hubCheck == HubCheck::Confirmed)
        evaluateTrust();
    m_link->send(ourHello());
    m_handshakeTimer.stop(); // the other person may take their time to answer
    setState(State::WaitingForAnswer);
    addTransient(tr("Connected. Waiting for %1 to accept...").arg(displayPeer()));
}

void ChatSession::onPlainTextDetected()
{
    if (m_state == State::Ended)
        return;
    if (!m_allowLegacy) {
        finish(EndReason::LegacyNotAllowed,
               tr("Someone at %1 tried to chat using the original plain-text ChatBuddy, which "
                  "cannot encrypt. Legacy chats are off, so the chat was refused.")
                   .arg(m_peerHost),
               PeerLink::Close::Abort);
        return;
    }
    m_handshakeTimer.stop();
    m_legacy = true;
    setState(State::AwaitingDecision);
    Q_EMIT requestReceived();
}

void ChatSession::setPlainTextPeerName(const QString &name)
{
    if (!m_legacy || !m_peerName.isEmpty() || name.isEmpty())
        return;
    m_peerName = name;
    Q_EMIT peerNameChanged(name);
}

void ChatSession::startPlainTextChat()
{
    setState(State::Active);
    addNotice(tr("Not encrypted: this is a plain-text chat with an old ChatBuddy program. Anyone "
                 "on the network can read it, and nobody can prove who is on the other side."),
              ChatLine::Kind::Warning);
    addNotice(tr("Connection successful! Chat away! When you're done, just type 'EOM'."),
              ChatLine::Kind::Notice, ChatLine::Event::Started);
    if (!m_legacyPending.isEmpty())
        onText(std::exchange(m_legacyPending, QByteArray()));
}

void ChatSession::onText(const QByteArray &bytes)
{
    if (m_state == State::AwaitingDecision) {
        // Kept for after our user accepts, within reason.
        if (m_legacyPending.size() + bytes.size() > MaxFrameSize) {
            finish(EndReason::ProtocolError,
                   tr("%1 sent too much before the chat was accepted.").arg(displayPeer()),
                   PeerLink::Close::Abort);
            return;
        }
        m_legacyPending += bytes;
        return;
    }
    if (m_state != State::Active)
        return;
    // The CLI sends each message in one send() without a newline; a newline also separates.
    const QList<QString> lines = legacy::splitLines(bytes);
    for (const QString &text : lines) {
        if (legacy::isEndOfMessages(text)) {
            finish(EndReason::EndedByPeer, tr("%1 ended the chat.").arg(displayPeer()),
                   PeerLink::Close::Graceful);
            return;
        }
        m_messages->appendIncoming({}, displayPeer(), text, QDateTime::currentDateTime());
        ChatMessage message;
        message.text = text;
        message.sentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT messageReceived(message);
    }
}

void ChatSession::onMessage(const Message &message)
{
    if (m_state == State::Ended)
        return;
    if (const auto *hello = std::get_if<Hello>(&message)) {
        handlePeerHello(*hello);
    } else if (const auto *chat = std::get_if<ChatMessage>(&message)) {
        handleChatMessage(*chat);
    } else if (const auto *ack = std::get_if<Ack>(&message)) {
        if (m_messages->markDelivered(ack->id) || m_queuedInFlight.remove(ack->id))
            Q_EMIT messageDelivered(ack->id);
    } else if (std::holds_alternative<Eom>(message)) {
        // An eom before the chat started is the peer saying no.
        if (m_state == State::WaitingForAnswer)
            finish(EndReason::DeclinedByPeer, tr("%1 declined the chat.").arg(displayPeer()),
                   PeerLink::Close::Graceful);
        else
            finish(EndReason::EndedByPeer, tr("%1 ended the chat.").arg(displayPeer()),
                   PeerLink::Close::Graceful);
    } else if (const auto *error = std::get_if<ErrorReply>(&message)) {
        handleErrorReply(*error);
    } else if (const auto *typing = std::get_if<Typing>(&message)) {
        handleTyping(*typing);
    } else if (const auto *receipt = std::get_if<ReadReceipt>(&message)) {
        handleReadReceipt(*receipt);
    } else if (const auto *link = std::get_if<FileLink>(&message)) {
        handleFileLink(*link);
    } else if (std::holds_alternative<FileOffer>(message) ||
               std::holds_alternative<FileAccept>(message) ||
               std::holds_alternative<FileDecline>(message) ||
               std::holds_alternative<FileCancel>(message) ||
               std::holds_alternative<FileDone>(message)) {
        handleFileFrame(message);
    } else {
        refuseUnexpected(messageType(message));
    }
}

void ChatSession::refuseUnexpected(QLatin1StringView type)
{
    m_link->send(ErrorReply::make(ErrorCode::UnexpectedMessage, u"unexpected \"%1\""_s.arg(type)));
    finish(EndReason::ProtocolError,
           tr("%1 sent an unexpected \"%2\"; the chat was closed.").arg(displayPeer(), type),
           PeerLink::Close::Graceful);
}

void ChatSession::handleChatMessage(const ChatMessage &chat)
{
    if (m_state != State::Active)
        return refuseUnexpected(ChatMessage::type);
    m_typing->clearPeer(); // it was this message
    if (isDuplicate(chat)) {
        m_link->send(Ack{chat.id}); // we have it: shown once, but the sender must hear so
        return;
    }
    m_messages->appendIncoming(chat.id, m_peerName, chat.text, chat.sentAt.toLocalTime());
    m_link->send(Ack{chat.id});
    if (usesReadReceipts())
        m_unreported.append(chat.id);
    Q_EMIT messageReceived(chat);
}

void ChatSession::handleErrorReply(const ErrorReply &error)
{
    if (error.code == ErrorCode::Declined) {
        finish(EndReason::DeclinedByPeer, tr("%1 declined the chat.").arg(displayPeer()),
               PeerLink::Close::Graceful);
    } else if (error.code == ErrorCode::KeyMismatch) {
        finish(EndReason::KeyMismatch,
               tr("%1 refused the chat: your key does not match the key registered for your "
                  "name.")
                   .arg(displayPeer()),
               PeerLink::Close::Graceful);
    } else {
        finish(EndReason::ProtocolError,
               tr("%1 closed the chat: %2").arg(displayPeer(), escapeControls(error.message)),
               PeerLink::Close::Graceful);
    }
}

void ChatSession::handlePeerHello(const Hello &hello)
{
    if (!isValidUsername(hello.name)) {
        m_link->send(ErrorReply::make(ErrorCode::InvalidName));
        finish(EndReason::ProtocolError,
               tr("Someone at %1 used an invalid name; the chat was refused.").arg(m_peerHost),
               PeerLink::Close::Graceful);
        return;
    }
    if (m_direction == Direction::Incoming && m_state == State::Connecting) {
        m_peerName = hello.name;
        m_peerFeatures = hello.features;
        setState(State::Verifying);
        Q_EMIT lookupNeeded(hello.name);
        return;
    }
    if (m_direction != Direction::Outgoing || m_state != State::WaitingForAnswer)
        return refuseUnexpected(Hello::type);
    if (trust::checkOutgoingName(m_expected, hello.name) == HubCheck::Mismatch) {
        const QString warning =
            tr("The person at %1:%2 calls themselves \"%3\", not \"%4\". This may be an "
               "attack, so the chat was closed.")
                .arg(m_peerHost)
                .arg(m_peerPort)
                .arg(hello.name, m_expected->name);
        Q_EMIT securityWarning(warning);
        finish(EndReason::KeyMismatch, warning, PeerLink::Close::Abort);
        return;
    }
    m_peerName = hello.name;
    m_peerFeatures = hello.features;
    if (m_trust == Trust::Unknown)
        evaluateTrust(); // a chat by bare address learns the name only now
    becomeActive(tr("Connection successful! Chat away! When you're done, just type 'EOM'."));
}

void ChatSession::becomeActive(const QString &greeting)
{
    setState(State::Active);
    m_link->startKeepAlive(m_timing.keepAliveInterval, m_timing.keepAliveTimeout);
    addNotice(greeting, ChatLine::Kind::Notice, ChatLine::Event::Started);
}

void ChatSession::accept(const QString &myName)
{
    if (m_state != State::AwaitingDecision)
        return;
    m_myName = myName;
    if (m_legacy) {
        startPlainTextChat();
        return;
    }
    m_link->send(ourHello());
    becomeActive(tr("%1 joined! Start chatting! Remember to type 'EOM' when you're finished.")
                     .arg(displayPeer()));
}

void ChatSession::decline()
{
    if (m_state != State::AwaitingDecision)
        return;
    const QString message = tr("You declined the chat with %1.").arg(displayPeer());
    if (m_legacy) { // the CLI has no words for it: it sees the connection close
        finish(EndReason::DeclinedByMe, message, PeerLink::Close::Abort);
        return;
    }
    m_link->send(ErrorReply::make(ErrorCode::Declined, u"%1 declined the chat"_s.arg(m_myName)));
    finish(EndReason::DeclinedByMe, message, PeerLink::Close::Graceful);
}

Result<QString, ChatSession::SendRefusal> ChatSession::sendMessage(const QString &text)
{
    if (m_trust == Trust::KeyChanged)
        return Failure{SendRefusal::KeyNotAccepted}; // never talk to an unaccepted new key
    if (m_state != State::Active)
        return Failure{SendRefusal::NotActive};
    if (text.trimmed().isEmpty())
        return Failure{SendRefusal::Empty};
    if (text.toUtf8().size() > MaxTextSize)
        return Failure{SendRefusal::TooLong};
    // Unique across chats, so a peer can recognise a message it has seen (feature::Delivery).
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_legacy) {
        // Raw text as the CLI expects; the newline keeps our own receiver's lines apart.
        m_link->sendText(text.toUtf8() + '\n');
        m_messages->appendOutgoing(id, m_myName, text, QDateTime::currentDateTime(),
                                   ChatLine::Delivery::Sent);
        return id;
    }
    m_typing->stop(); // done typing: this is it
    ChatMessage message;
    message.id = id;
    message.text = text;
    message.sentAt = QDateTime::currentDateTimeUtc();
    m_link->send(message);
    m_messages->appendOutgoing(id, m_myName, text, message.sentAt.toLocalTime(),
                               ChatLine::Delivery::Sending);
    return id;
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
        if (m_legacy) // exactly what the CLI compares with
            m_link->sendText(legacy::EndOfMessages.toByteArray());
        else
            m_link->send(Eom{});
        finish(EndReason::EndedByMe, tr("You ended the chat."), PeerLink::Close::Graceful);
        return;
    case State::Connecting:
    case State::Verifying:
        finish(EndReason::EndedByMe, tr("You cancelled the chat."), PeerLink::Close::Abort);
        return;
    }
}

void ChatSession::onLinkGone()
{
    if (m_state == State::Ended)
        return;
    const QString error = m_link->errorString();
    if (m_direction == Direction::Outgoing && m_state == State::Connecting) {
        const auto e = m_link->error();
        const bool tls =
            e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError;
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
               PeerLink::Close::Abort);
        return;
    }
    if (m_state == State::Active)
        finish(EndReason::ConnectionLost,
               tr("Connection to %1 was lost. Looks like your friend stepped away.")
                   .arg(displayPeer()),
               PeerLink::Close::Abort);
    else
        finish(EndReason::ConnectionLost,
               tr("Connection to %1 was lost before the chat started.").arg(displayPeer()),
               PeerLink::Close::Abort);
}

void ChatSession::finish(EndReason reason, const QString &message, PeerLink::Close close)
{
    if (m_state == State::Ended)
        return;
    m_endReason = reason;
    m_endMessage = message;
    m_handshakeTimer.stop();
    m_typing->reset();
    m_unreported.clear();
    m_messages->markUndelivered();
    const bool alarming = reason == EndReason::KeyMismatch || reason == EndReason::ProtocolError;
    const ChatLine::Event event =
        reason == EndReason::DeclinedByMe || reason == EndReason::DeclinedByPeer
            ? ChatLine::Event::Declined
        : reason == EndReason::ConnectionLost ? ChatLine::Event::ConnectionLost
                                              : ChatLine::Event::Ended;
    addNotice(message, alarming ? ChatLine::Kind::Warning : ChatLine::Kind::Notice, event);
    m_link->close(close);
    setState(State::Ended);
    Q_EMIT ended(reason, message);
}

} // namespace chatbuddy::client
