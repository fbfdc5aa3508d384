// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustpresentation.h"

#include "chatsession.h"

namespace chatbuddy::ui::security {

using client::ChatSession;
using client::trust::HubCheck;

QString TrustPresentation::unconfirmedReason(const ChatSession &session, const QString &name)
{
    switch (session.hubCheck()) {
    case HubCheck::NotRegistered:
        return tr("The hub does not know the name %1, so nobody vouches for this key.").arg(name);
    case HubCheck::Unreachable:
        return tr("Your hub could not be asked about %1's key, so nobody vouches for it.")
            .arg(name);
    case HubCheck::NotAsked:
    case HubCheck::Confirmed:
    case HubCheck::Mismatch:
        break;
    }
    return tr("You opened this chat by address, so nobody vouches for this key.");
}

TrustPresentation trustPresentation(const ChatSession &session)
{
    return TrustPresentation::of(session);
}

TrustPresentation trustPresentation(client::UsersModel::Trust trust, const QString &name)
{
    return TrustPresentation::of(trust, name);
}

TrustPresentation TrustPresentation::of(const ChatSession &session)
{
    const QString name = session.peerName().isEmpty() ? session.peerHost() : session.peerName();
    if (session.isLegacy())
        return {};
    if (session.peerFingerprint().isEmpty() || session.peerName().isEmpty())
        return {{}, tr("Waiting for the other side to say who they are…"), Tone::Neutral};
    switch (session.trust()) {
    case ChatSession::Trust::Verified:
        return {tr("✓ Verified"),
                tr("You compared the safety number with %1 for this key.").arg(name), Tone::Good};
    case ChatSession::Trust::KeyChanged:
        return {tr("⚠ Key changed"),
                tr("%1's key is not the one you chatted with before. Accept the new key only if "
                   "the safety number matches on both screens.")
                    .arg(name),
                Tone::Danger};
    case ChatSession::Trust::Unverified:
    case ChatSession::Trust::Unknown:
        break;
    }
    if (session.isKeyConfirmedByHub()) {
        return {tr("Key confirmed by the hub"),
                tr("The hub has this key on record for the name %1. To be sure it is really "
                   "them, compare the safety number (Verify…).")
                    .arg(name),
                Tone::Neutral};
    }
    return {tr("⚠ Not verified"),
            unconfirmedReason(session, name) + u' ' +
                tr("Compare the safety number with %1 to be sure.").arg(name),
            Tone::Caution};
}

TrustPresentation TrustPresentation::of(client::UsersModel::Trust trust, const QString &name)
{
    switch (trust) {
    case client::UsersModel::Trust::Verified:
        return {tr("✓ Verified"), tr("You verified %1 by comparing the safety number.").arg(name),
                Tone::Good};
    case client::UsersModel::Trust::NotEncrypted:
        return {tr("not encrypted"),
                tr("%1 uses the original plain-text ChatBuddy: chats with them are not "
                   "encrypted.")
                    .arg(name),
                Tone::Danger};
    case client::UsersModel::Trust::Unknown:
        break;
    }
    return {};
}

} // namespace chatbuddy::ui::security
