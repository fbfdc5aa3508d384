// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns SIGINT and SIGTERM into a Qt signal delivered in the event loop (self-pipe trick), so
// shutdown runs as ordinary code instead of inside a signal handler.

#include <QObject>

class QSocketNotifier;

namespace chatbuddy::hub {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    // Only one watcher may exist per process; it installs handlers for SIGINT and SIGTERM.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace chatbuddy::hub
