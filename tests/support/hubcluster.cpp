// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcluster.h"

#include "identity.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

HubCluster::HubCluster(const QString &database)
    : m_database(database)
    , m_identityDir(m_dir.filePath(u"cluster-identity"_s))
{
    if (const auto made = Identity::loadOrCreate(m_identityDir, u"ChatBuddy hub"_s); !made)
        m_error = made.error();
}

HubCluster::~HubCluster() = default;

QStringList HubCluster::fastTimers()
{
    return {u"--cluster-heartbeat"_s, u"0.1"_s, u"--cluster-timeout"_s, u"1"_s};
}

HubProcess *HubCluster::start(const QStringList &extraArgs)
{
    const QString folder = m_dir.filePath(u"hub%1"_s.arg(m_hubs.size()));
    const QDir identity(QDir(folder).filePath(u"identity"_s));
    QDir().mkpath(identity.path());
    for (const QString &file : QDir(m_identityDir).entryList(QDir::Files))
        QFile::copy(QDir(m_identityDir).filePath(file), identity.filePath(file));
    // Many test clients come from 127.0.0.1 at once and claim names quickly.
    const QStringList args{u"--port"_s,
                           u"0"_s,
                           u"--bind"_s,
                           u"127.0.0.1"_s,
                           u"--database"_s,
                           m_database,
                           u"--max-new-names-per-hour"_s,
                           u"0"_s,
                           u"--max-pending-per-address"_s,
                           u"0"_s};
    auto hub = std::make_unique<HubProcess>(args + fastTimers() + extraArgs, 0, folder);
    const quint16 port = hub->waitListening();
    if (port == 0) {
        m_error = u"the hub did not start:\n"_s + hub->log();
        return nullptr;
    }
    HubProcess *raw = hub.get();
    m_ports[raw] = port;
    m_hubs.push_back(std::move(hub));
    return raw;
}

HubProcess *HubCluster::startOrFail(const QStringList &extraArgs)
{
    HubProcess *hub = start(extraArgs);
    if (!hub)
        QTest::qFail(qPrintable(m_error), __FILE__, __LINE__);
    return hub;
}

} // namespace chatbuddy::test
