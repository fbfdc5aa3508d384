// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's sense of time, injectable so tests of deadlines and rates are exact.

#include <QDateTime>
#include <QElapsedTimer>

#include <functional>

namespace chatbuddy::hub {

// Milliseconds on a monotonic clock with an arbitrary start.
using MonotonicClock = std::function<qint64()>;
// Wall-clock time in UTC, for what must survive a restart (name bindings).
using WallClock = std::function<QDateTime()>;

inline MonotonicClock steadyClock()
{
    QElapsedTimer started;
    started.start();
    return [started] {
        return started.elapsed();
    };
}

inline WallClock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

} // namespace chatbuddy::hub
