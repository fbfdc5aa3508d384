// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A token bucket: `rate` requests per second sustained, up to `burst` at once.

#include <QtGlobal>

#include <algorithm>

namespace chatbuddy {

class RateLimiter {
public:
    RateLimiter(double rate, int burst, qint64 nowMs)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst)
        , m_lastMs(nowMs)
    {
    }

    // Takes one token if there is one; false means the request is over the rate.
    bool take(qint64 nowMs)
    {
        if (nowMs > m_lastMs) {
            m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) / 1000.0 * m_rate);
            m_lastMs = nowMs;
        }
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs;
};

} // namespace chatbuddy
