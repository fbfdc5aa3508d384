// SPDX-License-Identifier: GPL-3.0-or-later
#include "heartbeat.h"

namespace chatbuddy::client {

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_deadline.hasExpired()) {
            stop();
            Q_EMIT silent();
            return;
        }
        Q_EMIT pingDue();
    });
}

void Heartbeat::start(std::chrono::milliseconds interval, std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    m_deadline.setRemainingTime(timeout);
    m_timer.start(interval);
}

void Heartbeat::stop()
{
    m_timer.stop();
}

void Heartbeat::heard()
{
    m_deadline.setRemainingTime(m_timeout);
}

} // namespace chatbuddy::client
