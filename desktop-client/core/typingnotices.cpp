// SPDX-License-Identifier: GPL-3.0-or-later
#include "typingnotices.h"

#include "chatsession.h"

namespace chatbuddy::client {

TypingNotices::TypingNotices(const ChatTiming &timing, QObject *parent)
    : QObject(parent)
{
    for (QTimer *timer : {&m_resend, &m_idle, &m_peerShown})
        timer->setSingleShot(true);
    m_resend.setInterval(timing.typingResend);
    m_idle.setInterval(timing.typingIdle);
    m_peerShown.setInterval(timing.typingShown);
    connect(&m_idle, &QTimer::timeout, this, &TypingNotices::stop);
    connect(&m_peerShown, &QTimer::timeout, this, [this] { setPeerTyping(false); });
}

void TypingNotices::inputEdited(bool empty)
{
    if (empty) {
        stop();
        return;
    }
    m_idle.start();
    // Once per resend interval is enough: the peer's notice holds a little longer than that.
    if (m_resend.isActive())
        return;
    m_resend.start();
    m_told = true;
    Q_EMIT noticeDue(true);
}

void TypingNotices::stop()
{
    m_idle.stop();
    m_resend.stop(); // typing again after this is news at once
    if (std::exchange(m_told, false))
        Q_EMIT noticeDue(false);
}

void TypingNotices::peerNotice(bool active)
{
    if (active)
        m_peerShown.start();
    else
        m_peerShown.stop();
    setPeerTyping(active);
}

void TypingNotices::clearPeer()
{
    m_peerShown.stop();
    setPeerTyping(false);
}

void TypingNotices::reset()
{
    m_idle.stop();
    m_resend.stop();
    m_told = false;
    clearPeer();
}

void TypingNotices::setPeerTyping(bool typing)
{
    if (m_peerTyping == typing)
        return;
    m_peerTyping = typing;
    Q_EMIT peerTypingChanged(typing);
}

} // namespace chatbuddy::client
