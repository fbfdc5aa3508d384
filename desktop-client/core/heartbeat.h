// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps a quiet link known to be alive: asks for a ping every interval, and reports the link
// silent when nothing was heard for the timeout. Used by the hub link and by every chat link.

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace chatbuddy::client {

class Heartbeat : public QObject {
    Q_OBJECT
public:
    explicit Heartbeat(QObject *parent = nullptr);

    // (Re)starts: pingDue() every interval; silent() once timeout passes without heard().
    void start(std::chrono::milliseconds interval, std::chrono::milliseconds timeout);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // Something arrived from the other side: the silence starts again from now.
    void heard();

Q_SIGNALS:
    void pingDue();
    // Nothing for the whole timeout; the heartbeat has stopped.
    void silent();

private:
    QTimer m_timer;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace chatbuddy::client
