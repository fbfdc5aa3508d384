// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How ChatBuddy words and colours trust, in one place: the chat header, the Verify dialog and
// the users list all show what these functions return, so they never disagree.

#include "securityui.h"

#include "usersmodel.h"

#include <QCoreApplication>
#include <QString>

namespace chatbuddy::client {
class ChatSession;
}

namespace chatbuddy::ui::security {

struct TrustPresentation {
    Q_DECLARE_TR_FUNCTIONS(chatbuddy::ui::security::TrustPresentation)
public:
    QString label;       // short, for a tag or a header: "✓ Verified"; empty: nothing to show
    QString explanation; // a sentence or two for a tooltip or a dialog
    Tone tone = Tone::Neutral;

    static TrustPresentation of(const client::ChatSession &session);
    static TrustPresentation of(client::UsersModel::Trust trust, const QString &name);

private:
    static QString unconfirmedReason(const client::ChatSession &session, const QString &name);
};

// The peer's key in a chat: verified, confirmed by the hub, changed, or vouched for by nobody
// (and why). Nothing for a plain-text chat, which has no key.
TrustPresentation trustPresentation(const client::ChatSession &session);
// A person in the users list.
TrustPresentation trustPresentation(client::UsersModel::Trust trust, const QString &name);

} // namespace chatbuddy::ui::security
