// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The clock of "is typing" notices in one chat, both ways: when our user's edits call for
// telling the peer (`active` at most once per resend interval while they type, `false` once
// the input is empty, sent or idle), and how long the peer's last notice holds. It sends
// nothing itself: ChatSession sends what noticeDue() asks for.

#include <QObject>
#include <QTimer>

namespace chatbuddy::client {

struct ChatTiming;

class TypingNotices : public QObject {
    Q_OBJECT
public:
    explicit TypingNotices(const ChatTiming &timing, QObject *parent = nullptr);

    // Our user changed the input; empty: nothing (or only white space) is left in it.
    void inputEdited(bool empty);
    // The message was sent (or typing notices went off): `false` if the peer was told `true`.
    void stop();
    // The peer's `typing` frame.
    void peerNotice(bool active);
    // A `msg` from the peer: whatever they were typing has arrived.
    void clearPeer();
    // The chat ended: every timer stops, nothing more is due.
    void reset();

    bool isPeerTyping() const { return m_peerTyping; }

Q_SIGNALS:
    // Tell the peer whether our user is typing.
    void noticeDue(bool active);
    void peerTypingChanged(bool typing);

private:
    void setPeerTyping(bool typing);

    QTimer m_resend;     // running: an `active` went out less than a resend interval ago
    QTimer m_idle;       // fires when our user stopped typing without sending or clearing
    QTimer m_peerShown;  // fires when the peer's `active` is too old to believe
    bool m_told = false; // the peer's last notice from us said `active`
    bool m_peerTyping = false;
};

} // namespace chatbuddy::client
