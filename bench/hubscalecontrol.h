// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The controller of chatbuddy-bench-hubscale: the hub and the worker processes, and the phases
// of one run. hubscalecontrol.cpp has the processes and the waits; hubscalephases.cpp the
// phases and what they print; hubscalereport.cpp the joins' figures and the summary. One
// thread, one Qt event loop; every wait is event-driven and bounded. hubscalepeople.cpp runs
// the desktop client's people-list benchmark against the hub with the crowd held.

#include "benchsupport.h"
#include "hubscale.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace chatbuddy::bench::hubscale {

// One worker child process; its replies wait in `replies` until a phase takes them.
struct WorkerProcess {
    int index = 0;
    std::unique_ptr<QProcess> process;
    QByteArray output; // unterminated tail of its stdout
    std::deque<QByteArray> replies;
    int welcomed = 0; // its last `progress`
    int failed = 0;
};

// chatbuddy-bench-peoplelist's `result` line (peoplelist.h).
struct PeopleListFigures {
    int keystrokes = 0;
    double localP50 = 0, localP99 = 0, localMax = 0; // ms
    double shownP50 = 0, shownP99 = 0, shownMax = 0; // ms
    double cpuP50 = 0, cpuMax = 0;                   // the client's CPU time per keystroke, ms
    int rowsMax = 0, online = 0;
    qint64 loginRssKiB = 0, rssKiB = 0, peakKiB = 0;
    bool whole = true;
};

class Controller : public QObject {
public:
    explicit Controller(const Options &options);
    ~Controller() override;
    int run();

private:
    // ---- hubscalecontrol.cpp ----
    bool checkLimits();
    bool makeIdentity();
    bool startHub();
    bool startWorkers();
    void readWorker(WorkerProcess &worker);
    void workerLine(WorkerProcess &worker, const QByteArray &line);
    void tell(int worker, const QByteArray &command);
    // Waits until each of `workers` has replied with a line starting with `verb`; returns, for
    // each, its replies up to and including that line (the `failure` lines before it).
    std::optional<std::vector<QList<QByteArray>>> await(const std::vector<int> &workers,
                                                        const QByteArray &verb,
                                                        std::chrono::milliseconds timeout,
                                                        const QString &what);
    // The words of the reply line that ended an await().
    static QList<QByteArray> words(const QList<QByteArray> &replies);
    // EventWait::waitUntil() and fail() on m_events.
    bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
                   const QString &what)
    {
        return m_events.waitUntil(done, timeout, what);
    }
    bool fail(const QString &reason) { return m_events.fail(reason); }
    void stopAll();
    double workersCpu() const;
    qint64 workersResidentKiB() const;
    std::vector<int> crowdWorkers() const;
    int probeWorker() const { return m_options.workers; }

    // ---- hubscalephases.cpp ----
    bool openProbes();
    bool measureRequests(const QString &when, std::vector<qint64> *list,
                         std::vector<qint64> *probeList, std::vector<qint64> *lookup,
                         const QByteArray &lookupName);
    bool setUpCrowd();
    bool awaitOpened(qint64 *firstNs, qint64 *lastNs);
    bool syncCrowd();
    bool queryScope();
    bool measureMemory();
    bool measureJoins();
    bool measureJoin(int j);
    // Whether the hub serves the whole directory when joiner j arrives (the joiners before it
    // stay online, and the join that crosses the limit is still heard by everyone).
    bool wholeDirectoryAt(int j) const;
    bool churn();
    void printChurn(const std::vector<QList<QByteArray>> &churned);
    // ---- hubscalepeople.cpp ----
    bool measurePeopleList();
    QStringList peopleListArguments() const;
    void readPeopleList(QProcess &client, QByteArray *output, QStringList *tail);
    void printPeopleList() const; // the summary's lines
    // ---- hubscalereport.cpp ----
    void printJoins() const;
    void printSummary() const;
    void printPercentiles(const QString &label, std::vector<qint64> samples) const;
    void printReasons(const QString &label, const QHash<QString, int> &reasons) const;

    Options m_options;
    EventWait m_events;
    HubProcess m_hub;
    QTemporaryDir m_identityDir;
    std::vector<WorkerProcess> m_workers; // 0..P-1: the crowd; P: the probes
    QHash<QString, int> m_lost;           // held sessions that ended, by reason
    QHash<QString, int> m_refused;        // `watch` answered with `error`, by reason

    qint64 m_hubBaselineKiB = 0, m_hubLoadedKiB = 0;
    qint64 m_workersBaselineKiB = 0, m_workersLoadedKiB = 0;
    int m_held = 0, m_watching = 0, m_setupFailed = 0;
    qint64 m_watchingAnswers = 0; // `watching` frames received by the crowd until the sync
    int m_wholeSessions = 0;      // crowd sessions whose last `watching` said all: true
    struct Scope {
        bool whole = true; // the hub serves the whole directory now
        int online = 0;
        int limit = 0; // --watch-all-limit; 0: none
    };
    std::optional<Scope> m_scope; // none: an older hub, whole directory always
    QHash<QString, int> m_setupFailures;
    double m_setupSeconds = 0, m_hubSetupCpu = 0, m_workersSetupCpu = 0;
    std::vector<qint64> m_listIdle, m_lookupIdle, m_listLoaded, m_lookupLoaded;
    // `list` filtered to the probes: the same reply with and without the crowd.
    std::vector<qint64> m_probeListIdle, m_probeListLoaded;
    std::vector<qint64> m_joinNs;    // hello written → presence received, every watcher
    std::vector<qint64> m_fanoutNs;  // hello written → the last watcher's receipt, per join
    std::vector<int> m_joinWatchers; // watchers that heard each join
    qint64 m_joinFrames = 0;
    std::vector<qint64> m_churnListNs;
    double m_churnJoinsPerSecond = 0, m_churnLeavesPerSecond = 0;
    double m_churnPresencePerSecond = 0;
    int m_churnReturned = 0;
    int m_churnFailed = 0, m_heldAfterChurn = 0;
    QHash<QString, int> m_churnFailures;
    std::optional<PeopleListFigures> m_peopleList; // once the client passed
    QString m_peopleListNote; // why it was skipped, or how it failed (the run then fails)
    bool m_peopleListFailed = false;
};

} // namespace chatbuddy::bench::hubscale
