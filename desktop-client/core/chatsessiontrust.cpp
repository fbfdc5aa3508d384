// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession's trust: acting on TrustPolicy's answers with the user's own pins (first contact,
// known, verified, changed); the state machine is in chatsession.cpp.
#include "chatsession.h"

#include "identity.h"
#include "profile.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

using trust::HubCheck;

void ChatSession::setDirectoryAnswer(const DirectoryAnswer &answer)
{
    if (m_state != State::Verifying)
        return;
    m_hubCheck = trust::checkIncoming(answer, m_peerFingerprint);
    switch (m_hubCheck) {
    case HubCheck::Mismatch: {
        m_link->send(ErrorReply::make(ErrorCode::KeyMismatch));
        const QString warning =
            tr("Someone at %1:%2 claimed to be %3 but presented a different key than the one "
               "registered for that name. This may be an attack, so the chat was refused.\n"
               "Registered key: %4\nKey presented: %5")
                .arg(m_peerHost)
                .arg(m_peerPort)
                .arg(m_peerName, formatFingerprint(answer.fingerprint),
                     formatFingerprint(m_peerFingerprint));
        Q_EMIT securityWarning(warning);
        finish(EndReason::KeyMismatch, warning, PeerLink::Close::Graceful);
        return;
    }
    case HubCheck::NotRegistered:
        addNotice(tr("%1 is not registered with your hub, so nobody vouches for this key.")
                      .arg(m_peerName));
        break;
    case HubCheck::Unreachable:
        addNotice(tr("Your hub could not be asked about %1's key (you are not connected to "
                     "it), so this key is not checked.")
                      .arg(m_peerName));
        break;
    case HubCheck::Confirmed:
    case HubCheck::NotAsked:
        break;
    }
    evaluateTrust();
    m_handshakeTimer.stop(); // now our user decides, at their own pace
    setState(State::AwaitingDecision);
    Q_EMIT requestReceived();
}

void ChatSession::evaluateTrust()
{
    if (m_peerName.isEmpty() || m_peerFingerprint.isEmpty())
        return;
    Settings &pins = m_profile->settings();
    const QString pinned = pins.pinnedContactFingerprint(m_peerName);
    const bool verified = pins.isContactVerified(m_peerName, pinned);
    switch (trust::evaluatePin(pinned, verified, m_peerFingerprint, m_hubCheck)) {
    case trust::PinDecision::PinNow:
        pins.pinContact(m_peerName, m_peerFingerprint);
        m_keyAccepted = true;
        setTrust(Trust::Unverified);
        break;
    case trust::PinDecision::AskUser:
        m_keyAccepted = false;
        setTrust(Trust::Unverified);
        break;
    case trust::PinDecision::Known:
    case trust::PinDecision::KnownVerified:
        m_keyAccepted = true;
        setTrust(verified ? Trust::Verified : Trust::Unverified);
        break;
    case trust::PinDecision::KeyChanged:
        m_keyAccepted = false;
        m_previousFingerprint = pinned;
        addNotice(
            tr("%1's key changed — this may be an attack. Nothing is sent until you check "
               "the new key with %1 and accept it.\nKey before: %2\nKey now: %3")
                .arg(m_peerName, formatFingerprint(pinned), formatFingerprint(m_peerFingerprint)),
            ChatLine::Kind::Warning, ChatLine::Event::KeyChanged);
        setTrust(Trust::KeyChanged);
        break;
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
    Settings &pins = m_profile->settings();
    pins.pinContact(m_peerName, m_peerFingerprint);
    m_keyAccepted = true;
    m_previousFingerprint.clear();
    addNotice(tr("You accepted %1's key %2.").arg(m_peerName, shortFingerprint(m_peerFingerprint)),
              ChatLine::Kind::Notice, ChatLine::Event::KeyAccepted);
    setTrust(pins.isContactVerified(m_peerName, m_peerFingerprint) ? Trust::Verified
                                                                   : Trust::Unverified);
}

void ChatSession::setVerified(bool verified)
{
    if (m_peerName.isEmpty() || m_peerFingerprint.isEmpty() || m_trust == Trust::KeyChanged)
        return;
    const bool was = m_trust == Trust::Verified;
    m_profile->settings().setContactVerified(m_peerName, m_peerFingerprint, verified);
    m_keyAccepted = true;
    if (verified && !was) {
        addNotice(tr("You marked %1 as verified: your safety numbers match.").arg(m_peerName),
                  ChatLine::Kind::Notice, ChatLine::Event::Verified);
    } else if (!verified && was) {
        addNotice(tr("You took the verified mark off %1.").arg(m_peerName), ChatLine::Kind::Notice,
                  ChatLine::Event::Unverified);
    }
    setTrust(verified ? Trust::Verified : Trust::Unverified);
}

} // namespace chatbuddy::client
