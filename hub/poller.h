// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readiness for many sockets at the cost of the active ones: the sockets sit in one epoll
// instance, and Qt's event loop watches only its descriptor (one QSocketNotifier). Qt's own
// dispatchers poll every registered notifier on every loop turn, so ten thousand idle clients
// would slow each request; here an idle socket costs nothing until it speaks.
//
// Level-triggered: a handler that leaves bytes unread is called again on the next turn, so a
// busy client cannot starve the others (handlers read a bounded amount per call). One poller
// per thread; not thread-safe.

#include <QObject>

#include <cstdint>
#include <functional>

class QSocketNotifier;

namespace chatbuddy::hub {

class Poller : public QObject {
    Q_OBJECT
public:
    class Handler {
    public:
        // events: EPOLLIN, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDHUP bits. A handler may remove
        // itself (and others) from inside this call but must stay alive until the batch is
        // done: deleteLater-style, see afterBatch.
        virtual void onEvents(std::uint32_t events) = 0;

    protected:
        ~Handler() = default;
    };

    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;

    bool isValid() const { return m_epoll >= 0; }
    // EPOLLIN / EPOLLOUT (EPOLLERR and EPOLLHUP are always reported).
    bool add(int fd, std::uint32_t events, Handler *handler);
    bool modify(int fd, std::uint32_t events, Handler *handler);
    void remove(int fd);
    int watchedCount() const { return m_watched; }

    // Runs after each batch of events: where writes queued during it are flushed and
    // finished handlers freed.
    void setAfterBatch(std::function<void()> afterBatch) { m_afterBatch = std::move(afterBatch); }

private:
    void dispatch();

    int m_epoll = -1;
    int m_watched = 0;
    QSocketNotifier *m_notifier = nullptr;
    std::function<void()> m_afterBatch;
};

} // namespace chatbuddy::hub
