// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession's optional features (docs/protocol.md §6): what our hello offers, typing notices
// and read receipts; the state machine is in chatsession.cpp.
#include "chatsession.h"

#include "profile.h"
#include "typingnotices.h"

namespace chatbuddy::client {

Hello ChatSession::ourHello()
{
    Hello hello = Hello::forThisProgram(m_myName);
    const Settings &settings = m_profile->settings();
    m_myFeatures = QStringList{feature::Delivery};
    if (settings.sendTypingNotices())
        m_myFeatures.append(feature::Typing);
    if (settings.sendReadReceipts())
        m_myFeatures.append(feature::Read);
    if (m_filesOffered)
        m_myFeatures.append(feature::Files);
    hello.features = m_myFeatures;
    return hello;
}

bool ChatSession::canSendFiles() const
{
    return m_state == State::Active && m_trust != Trust::KeyChanged && bothListed(feature::Files);
}

bool ChatSession::sendFileFrame(const Message &frame)
{
    if (!canSendFiles())
        return false;
    m_link->send(frame);
    return true;
}

void ChatSession::handleFileFrame(const Message &frame)
{
    // Files are for a chat both sides agreed on, with a key the user has not been warned about.
    if (m_state != State::Active || !bothListed(feature::Files))
        return refuseUnexpected(messageType(frame));
    if (m_trust == Trust::KeyChanged)
        return; // nothing moves until the user accepts the new key
    Q_EMIT fileFrameReceived(frame);
}

void ChatSession::handleFileLink(const FileLink &link)
{
    // Only as the first frame of an incoming connection: a transfer link, not a chat.
    if (m_direction != Direction::Incoming || m_state != State::Connecting ||
        m_peerFingerprint.isEmpty())
        return refuseUnexpected(FileLink::type);
    Q_EMIT transferLinkOpened(link.id);
    if (m_state == State::Connecting) // nobody took it
        finish(EndReason::ProtocolError, tr("A file transfer link nobody expected was closed."),
               PeerLink::Close::Abort);
}

QSslSocket *ChatSession::takeTransferSocket()
{
    if (m_direction != Direction::Incoming || m_state != State::Connecting)
        return nullptr;
    QSslSocket *socket = m_link->takeSocket();
    if (!socket)
        return nullptr;
    m_handshakeTimer.stop();
    m_state = State::Ended; // quietly: it never was a chat (no stateChanged, no notice)
    m_endReason = EndReason::None;
    return socket;
}

bool ChatSession::bothListed(QLatin1StringView feature) const
{
    return !m_legacy && m_myFeatures.contains(feature) && m_peerFeatures.contains(feature);
}

void ChatSession::setDuplicateFilter(DuplicateFilter filter)
{
    m_isDuplicate = std::move(filter);
}

bool ChatSession::isDuplicate(const ChatMessage &chat) const
{
    // Only ids the peer promises are unique across chats can be told apart from a new "1".
    return bothListed(feature::Delivery) && m_isDuplicate &&
           m_isDuplicate(m_peerFingerprint, chat.id);
}

bool ChatSession::sendQueued(const QString &id, const QString &text, const QDateTime &sentAt)
{
    if (m_state != State::Active || m_legacy || m_trust == Trust::KeyChanged ||
        !bothListed(feature::Delivery))
        return false;
    m_queuedInFlight.insert(id);
    m_link->send(ChatMessage{id, text, sentAt.toUTC()});
    return true;
}

bool ChatSession::usesTypingNotices() const
{
    return bothListed(feature::Typing) && m_profile->settings().sendTypingNotices();
}

bool ChatSession::usesReadReceipts() const
{
    return bothListed(feature::Read) && m_profile->settings().sendReadReceipts();
}

bool ChatSession::isPeerTyping() const
{
    return m_typing->isPeerTyping();
}

void ChatSession::setDraft(const QString &text)
{
    if (m_state != State::Active)
        return;
    // Nothing goes to an unaccepted new key, not even this.
    if (!usesTypingNotices() || m_trust == Trust::KeyChanged) {
        m_typing->stop(); // a `true` already told is taken back
        return;
    }
    m_typing->inputEdited(text.trimmed().isEmpty());
}

void ChatSession::reportRead()
{
    if (m_state != State::Active || !usesReadReceipts()) {
        m_unreported.clear();
        return;
    }
    if (m_trust == Trust::KeyChanged)
        return; // told once the key is accepted and the chat is seen again
    while (!m_unreported.isEmpty()) {
        const qsizetype count = std::min<qsizetype>(m_unreported.size(), MaxReadIds);
        m_link->send(ReadReceipt{m_unreported.first(count)});
        m_unreported.remove(0, count);
    }
}

void ChatSession::handleTyping(const Typing &typing)
{
    if (m_state != State::Active)
        return refuseUnexpected(Typing::type);
    if (usesTypingNotices()) // else we did not ask for it (or turned it off): not shown
        m_typing->peerNotice(typing.active);
}

void ChatSession::handleReadReceipt(const ReadReceipt &receipt)
{
    if (m_state != State::Active)
        return refuseUnexpected(ReadReceipt::type);
    if (!usesReadReceipts())
        return;
    for (const QString &id : receipt.ids) {
        if (m_messages->markRead(id))
            Q_EMIT messageRead(id);
    }
}

} // namespace chatbuddy::client
