// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustpolicy.h"

#include "username.h"

namespace chatbuddy::client::trust {

HubCheck checkOutgoingKey(const std::optional<UserInfo> &expected, const QString &presented)
{
    if (!expected || expected->fingerprint.isEmpty())
        return HubCheck::NotAsked;
    return expected->fingerprint == presented ? HubCheck::Confirmed : HubCheck::Mismatch;
}

HubCheck checkOutgoingName(const std::optional<UserInfo> &expected, const QString &helloName)
{
    if (!expected)
        return HubCheck::NotAsked;
    return usernameKey(helloName) == usernameKey(expected->name) ? HubCheck::Confirmed
                                                                 : HubCheck::Mismatch;
}

HubCheck checkIncoming(const DirectoryAnswer &answer, const QString &presented)
{
    switch (answer.kind) {
    case DirectoryAnswer::Kind::Bound:
        return answer.fingerprint == presented ? HubCheck::Confirmed : HubCheck::Mismatch;
    case DirectoryAnswer::Kind::Unknown:
        return HubCheck::NotRegistered;
    case DirectoryAnswer::Kind::Unreachable:
        break;
    }
    return HubCheck::Unreachable;
}

PinDecision evaluatePin(const QString &pinned, bool pinnedIsVerified, const QString &presented,
                        HubCheck hubCheck)
{
    if (pinned.isEmpty())
        return hubCheck == HubCheck::Confirmed ? PinDecision::PinNow : PinDecision::AskUser;
    if (pinned != presented)
        return PinDecision::KeyChanged;
    return pinnedIsVerified ? PinDecision::KnownVerified : PinDecision::Known;
}

} // namespace chatbuddy::client::trust
