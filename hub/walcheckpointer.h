// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Moves SQLite's WAL checkpoints off the hub's thread. In WAL mode every commit appends its
// pages to the -wal file; a checkpoint copies them back into the database and syncs it. By
// default the connection that commits does that itself, every 1,000 pages: a name claim
// (5 pages: the row and 4 index entries) then paid, once in ~100 claims, for writing ~1,000
// random pages into a large file and an fdatasync: milliseconds, more on a busy disk. Here a
// thread with its own connection checkpoints (PASSIVE: it never blocks the hub's reads or
// commits) a few times a second, while the hub's connection keeps an autocheckpoint far above
// that only as a fallback.

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace chatbuddy::hub {

class WalCheckpointer {
public:
    static constexpr std::chrono::milliseconds DefaultInterval{250};

    // Starts checkpointing the database at path (already in WAL mode) every interval.
    explicit WalCheckpointer(const QString &path,
                             std::chrono::milliseconds interval = DefaultInterval);
    // Stops the thread (at most one checkpoint's time) and closes its connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    void run(const QString &path, std::chrono::milliseconds interval);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace chatbuddy::hub
