// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-hub processes that share one PostgreSQL database and one hub identity, set up the
// way docs/deployment.md tells an administrator: the cluster's identity folder copied into
// each hub's data folder, the same --database for all. Timers are short for tests: a hub
// beats every 100 ms and is taken for dead after 1 s.

#include "hubprocess.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <vector>

namespace chatbuddy::test {

class HubCluster {
public:
    // database: a postgresql:// location (freshPostgreSqlDatabase()).
    explicit HubCluster(const QString &database);
    ~HubCluster(); // kills the hubs still running

    // Starts one more hub on 127.0.0.1, an OS-picked port; nullptr when it did not come up
    // (lastError() holds its log).
    HubProcess *start(const QStringList &extraArgs = {});
    // start(), failing the current test with the hub's log when it did not come up.
    HubProcess *startOrFail(const QStringList &extraArgs = {});
    quint16 port(const HubProcess *hub) const { return m_ports.at(hub); }
    QString database() const { return m_database; }
    QString lastError() const { return m_error; }
    static QStringList fastTimers();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_identityDir;
    std::vector<std::unique_ptr<HubProcess>> m_hubs;
    std::map<const HubProcess *, quint16> m_ports;
    QString m_error;
};

} // namespace chatbuddy::test
