// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-cluster: one setup's run (cluster.h). clusterrun.cpp starts the hubs and the
// crowd's workers and stops them; clusterphases.cpp has the timed phases.

#include "cluster.h"

#include <QHash>

#include <chrono>
#include <memory>
#include <vector>

namespace chatbuddy::bench::cluster {

// A chatbuddy-bench-hubscale --worker process holding one share of the crowd (hubscale.h
// lists its commands and reports).
struct Worker {
    std::unique_ptr<QProcess> process;
    QByteArray input;          // an unterminated line
    QList<QByteArray> reports; // lines not yet taken
    int hub = 0;
};

class Run : public QObject {
    Q_OBJECT
public:
    Run(const Setup &setup, const Options &options, const Keys &keys, Figures *figures);
    ~Run() override;

    bool run(); // false: failure() says why
    QString failure() const { return m_events.failure(); }

private:
    // ---- clusterrun.cpp ----
    bool startHubs();
    bool startWorkers();
    bool holdCrowd();
    void stopAll();
    void readWorker(Worker &worker);
    void tell(Worker &worker, const QByteArray &command);
    // Waits until every worker has reported a line starting with `verb`; those lines, in
    // the workers' order.
    std::optional<std::vector<QByteArray>>
    await(const QByteArray &verb, std::chrono::milliseconds timeout, const QString &what);
    void figure(const QString &label, double value, const QString &unit, int decimals = 2);
    double hubRssKiB(int hub) const;
    double hubsCpuSeconds() const;
    double postgresCpuSeconds() const;

    // ---- clusterphases.cpp ----
    Client *newClient(const QString &name, const Key &key, int hub, int source);
    bool connectAll(const std::vector<Client *> &clients, const QString &what);
    bool claimNames(bool spread);
    bool watchJoiners();
    bool timeJoins();
    bool joinOnce(int cycle, std::vector<qint64> *local, std::vector<qint64> *cross,
                  std::vector<qint64> *leftLocal, std::vector<qint64> *leftCross,
                  std::vector<qint64> *welcomes);
    bool timeLookups();
    void reportLatency(const QString &what, std::vector<qint64> samples);

    const Setup m_setup;
    const Options &m_options;
    const Keys &m_keys;
    Figures *m_figures;
    EventWait m_events;
    std::vector<std::unique_ptr<HubProcess>> m_hubs;
    std::vector<double> m_idleRssKiB; // each hub's before the crowd
    std::vector<Worker> m_workers;
    std::vector<Client *> m_claimers; // registered with fresh names; some send the lookups
    std::vector<Client *> m_watchers;
    int m_hubWarnings = 0;
    int m_answered = 0; // `watching` frames the watchers received
    QStringList m_joinNames;
    // The join or leave being timed: who, and when each watcher heard of it (0: not yet).
    QString m_expectName;
    QString m_expectEvent;
    std::vector<qint64> m_heardNs;
    std::vector<qint64> m_onlineSeen; // each watcher's last `watching.online`
};

} // namespace chatbuddy::bench::cluster
