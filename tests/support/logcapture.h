// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records log messages while alive (and still prints them), so tests can assert on log lines.

#include <QStringList>

namespace chatbuddy::test {

class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const;
    // True if some line contains every one of the fragments.
    bool contains(const QStringList &fragments) const;
};

} // namespace chatbuddy::test
