// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-hub as a separate process, the way a user or a service manager runs it: its
// arguments, its log (stdout and stderr together, all of it kept), signals, SIGKILL. Waits
// spin the event loop until what they wait for shows in the log; nothing sleeps.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace chatbuddy::test {

class HubProcess {
public:
    // --data-dir is a temporary folder of its own unless dataDir is given; --no-announce
    // unless extraArgs say --announce. fileLimit > 0: runs with that open-files limit.
    explicit HubProcess(const QStringList &extraArgs = {}, int fileLimit = 0,
                        const QString &dataDir = {});
    ~HubProcess(); // kills the hub if it still runs
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    // Waits for the start line; returns the port it reports, or 0 (the hub failed or left).
    quint16 waitListening(int timeoutMs = 10'000);
    // Waits until text appears in the log after position from (a length of log() taken
    // earlier); false if the hub ends or the time runs out first.
    bool waitForLog(const QString &text, qsizetype from = 0, int timeoutMs = 10'000);
    bool waitFinished(int timeoutMs = 10'000);
    void signal(int number);
    // SIGKILL: the hub ends without a word to anyone, as in a crash or a power cut.
    void kill();
    QString log() const { return m_log; }
    QString dataDir() const;
    QProcess &process() { return m_process; }

    static QString executable();

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    QProcess m_process;
    QString m_log;
};

} // namespace chatbuddy::test
