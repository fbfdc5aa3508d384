// SPDX-License-Identifier: GPL-3.0-or-later
#include "poller.h"

#include <QSocketNotifier>

#include <sys/epoll.h>
#include <unistd.h>

#include <array>
#include <cerrno>

namespace chatbuddy::hub {

namespace {
// Events taken per epoll_wait, and batches per activation before the event loop gets a turn
// (timers, the listener, other threads' results).
constexpr int BatchSize = 256;
constexpr int BatchesPerTurn = 4;
} // namespace

Poller::Poller(QObject *parent)
    : QObject(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Poller::dispatch);
}

Poller::~Poller()
{
    delete m_notifier;
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool Poller::add(int fd, std::uint32_t events, Handler *handler)
{
    epoll_event event{};
    event.events = events;
    event.data.ptr = handler;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0)
        return false;
    ++m_watched;
    return true;
}

bool Poller::modify(int fd, std::uint32_t events, Handler *handler)
{
    epoll_event event{};
    event.events = events;
    event.data.ptr = handler;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0;
}

void Poller::remove(int fd)
{
    epoll_event unused{};
    if (::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &unused) == 0)
        --m_watched;
}

void Poller::dispatch()
{
    std::array<epoll_event, BatchSize> events{};
    for (int batch = 0; batch < BatchesPerTurn; ++batch) {
        int count = 0;
        do
            count = ::epoll_wait(m_epoll, events.data(), BatchSize, 0);
        while (count < 0 && errno == EINTR);
        for (int i = 0; i < count; ++i)
            static_cast<Handler *>(events[std::size_t(i)].data.ptr)
                ->onEvents(events[std::size_t(i)].events);
        if (m_afterBatch)
            m_afterBatch();
        if (count < BatchSize)
            break;
    }
}

} // namespace chatbuddy::hub
