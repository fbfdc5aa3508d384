// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-cluster: one setup's hubs and crowd. The hubs of the pair share the database
// and one identity (as a cluster is deployed: clients pin one key, docs/deployment.md); the crowd
// is held by two chatbuddy-bench-hubscale workers, one per hub of the pair (both on the one
// SQLite hub), so the generator's TLS runs in processes of its own.
#include "clusterrun.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::cluster {

namespace {
// The crowd's workers (hubscale's --worker k binds to 127.0.0.(2+k)): 127.0.0.2 and .3.
constexpr int CrowdWorkers = 2;
} // namespace

// CPU time of the PostgreSQL server: the postmaster and its processes (a backend per hub
// connection, which lives as long as the hub, and the server's own workers), from /proc.
double Run::postgresCpuSeconds() const
{
    const qint64 postmaster = m_setup.postgresPid;
    if (postmaster == 0)
        return 0;
    double total = cpuSeconds(postmaster).value_or(0);
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!pid.front().isDigit() || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After the command name (in parentheses): the state, then the parent's PID.
        if (line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong() == postmaster)
            total += cpuSeconds(pid.toLongLong()).value_or(0);
    }
    return total;
}

Run::Run(const Setup &setup, const Options &options, const Keys &keys, Figures *figures)
    : m_setup(setup)
    , m_options(options)
    , m_keys(keys)
    , m_figures(figures)
{
}

Run::~Run()
{
    stopAll();
}

bool Run::run()
{
    const bool ok = startHubs() && startWorkers() && holdCrowd() && claimNames(false) &&
                    claimNames(true) && watchJoiners() && timeJoins() && timeLookups();
    stopAll();
    say(u"%1: %2 warning line(s) in the hubs' logs"_s.arg(m_setup.label).arg(m_hubWarnings));
    figure(u"warnings in the hubs' logs"_s, m_hubWarnings, QString(), 0);
    return ok;
}

void Run::figure(const QString &label, double value, const QString &unit, int decimals)
{
    m_figures->add(u"%1: %2"_s.arg(m_setup.label, label), value, unit, decimals);
}

double Run::hubRssKiB(int hub) const
{
    return double(residentKiB(m_hubs[size_t(hub)]->pid()).value_or(0));
}

double Run::hubsCpuSeconds() const
{
    double total = 0;
    for (const auto &hub : m_hubs)
        total += cpuSeconds(hub->pid()).value_or(0);
    return total;
}

bool Run::startHubs()
{
    // Every hub of the setup holds the whole load's users (the crowd, the claims, the
    // watchers and joiners): sized for all of them, limits that one source address would
    // hit turned off, time enough for the claims' handshakes made all at once, and requests
    // unlimited so that the lookups measure the hub.
    const int users = CrowdWorkers * m_options.sessions + 2 * m_options.claims +
                      2 * m_options.watchers + m_options.joinNames + 100;
    const int pending = m_options.claims + CrowdWorkers * m_options.concurrency + 100;
    QStringList arguments{u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s};
    for (const auto &[option, value] : {std::pair{"max-users", users},
                                        {"max-per-address", 0},
                                        {"max-pending", pending},
                                        {"max-pending-per-address", 0},
                                        {"max-names-per-key", 0},
                                        {"max-new-names-per-hour", 0},
                                        {"handshake-timeout", 120},
                                        {"hello-timeout", 120},
                                        {"rate", 1'000'000},
                                        {"burst", 1'000'000}})
        arguments << u"--%1"_s.arg(QLatin1StringView(option)) << QString::number(value);
    if (!m_setup.databaseUrl.isEmpty())
        arguments << u"--database"_s << m_setup.databaseUrl;
    const auto identity = Identity::generate(u"ChatBuddy hub"_s);
    if (!identity)
        return m_events.fail(u"cannot generate the hubs' identity: %1"_s.arg(identity.error()));
    for (int i = 0; i < m_setup.hubs; ++i) {
        auto hub = std::make_unique<HubProcess>();
        if (const Status saved = identity->save(QDir(hub->dataDir()).filePath(u"identity"_s));
            !saved)
            return m_events.fail(u"cannot save the hubs' identity: %1"_s.arg(saved.error()));
        // A cluster that loses its database or a NOTIFY says so in the log: counted and
        // shown, since the figures of such a run would not be the cluster's normal work.
        hub->setLineHandler([this, i](const QString &line) {
            if (isHubWarning(line) && ++m_hubWarnings <= 5)
                say(u"  hub %1 warned: %2"_s.arg(i).arg(line));
        });
        connect(hub.get(), &HubProcess::exitedUnexpectedly, this,
                [this](const QString &why) { m_events.fail(why); });
        QString error;
        if (!hub->start(m_options.hubPath, arguments, 30s, &error))
            return m_events.fail(error);
        m_hubs.push_back(std::move(hub));
        m_idleRssKiB.push_back(hubRssKiB(i));
    }
    return true;
}

bool Run::startWorkers()
{
    QTemporaryDir identityDir;
    if (!identityDir.isValid() || !m_keys.crowd.identity.save(identityDir.path()))
        return m_events.fail(u"cannot save the crowd's identity"_s);
    for (int k = 0; k < CrowdWorkers; ++k) {
        Worker &worker = m_workers.emplace_back();
        worker.hub = k % m_setup.hubs;
        worker.process = std::make_unique<QProcess>();
        QProcess *process = worker.process.get();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(process, &QProcess::readyReadStandardOutput, this,
                [this, k] { readWorker(m_workers[size_t(k)]); });
        connect(process, &QProcess::finished, this, [this, k](int code, QProcess::ExitStatus) {
            m_events.fail(u"worker %1 exited unexpectedly (exit code %2)"_s.arg(k).arg(code));
        });
        process->start(m_options.workerPath,
                       {u"--worker"_s, u"--index"_s, QString::number(k), u"--port"_s,
                        QString::number(m_hubs[size_t(worker.hub)]->port()), u"--identity"_s,
                        identityDir.path(), u"--concurrency"_s,
                        QString::number(m_options.concurrency)});
    }
    // The workers read their key at start: the folder may go once they are ready.
    return await("ready", 30s, u"the workers to start"_s).has_value();
}

void Run::readWorker(Worker &worker)
{
    worker.input += worker.process->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype nl = worker.input.indexOf('\n'); nl >= 0;
         nl = worker.input.indexOf('\n', start)) {
        const QByteArray line = worker.input.mid(start, nl - start);
        start = nl + 1;
        if (line.startsWith("fail ") || line.startsWith("lost "))
            m_events.fail(u"crowd worker: %1"_s.arg(QString::fromUtf8(line)));
        else if (!line.startsWith("progress ") && !line.startsWith("failure "))
            worker.reports.append(line);
    }
    worker.input.remove(0, start);
    m_events.notify();
}

void Run::tell(Worker &worker, const QByteArray &command)
{
    worker.process->write(command + '\n');
}

std::optional<std::vector<QByteArray>>
Run::await(const QByteArray &verb, std::chrono::milliseconds timeout, const QString &what)
{
    const QByteArray prefix = verb + ' ';
    const auto matches = [&verb, &prefix](const QByteArray &line) {
        return line == verb || line.startsWith(prefix);
    };
    const auto has = [&matches](const Worker &w) {
        return std::any_of(w.reports.begin(), w.reports.end(), matches);
    };
    if (!m_events.waitUntil([&] { return std::all_of(m_workers.begin(), m_workers.end(), has); },
                            timeout, what))
        return std::nullopt;
    std::vector<QByteArray> lines;
    for (Worker &w : m_workers) {
        while (!matches(w.reports.constFirst()))
            w.reports.removeFirst();
        lines.push_back(w.reports.takeFirst());
    }
    return lines;
}

// Every worker opens its share at once (fresh names w0n…, w1n…: each a new-name claim under
// the crowd's one key) and the hubs answer all; then a `sync` round proves every session is
// still held.
bool Run::holdCrowd()
{
    std::vector<double> cpuBefore;
    for (const auto &hub : m_hubs)
        cpuBefore.push_back(cpuSeconds(hub->pid()).value_or(0));
    const double postgresBefore = postgresCpuSeconds();
    for (Worker &w : m_workers)
        tell(w, "open " + QByteArray::number(m_options.sessions) + " 0");
    const auto opened = await("opened", 600s, u"the crowd to register"_s);
    if (!opened)
        return false;
    qint64 first = std::numeric_limits<qint64>::max(), last = 0, ok = 0, failed = 0;
    for (const QByteArray &line : *opened) {
        const QList<QByteArray> parts = line.split(' '); // opened OK FAILED FIRST_NS LAST_NS
        ok += parts.value(1).toLongLong();
        failed += parts.value(2).toLongLong();
        first = std::min(first, parts.value(3).toLongLong());
        last = std::max(last, parts.value(4).toLongLong());
    }
    if (failed > 0)
        return m_events.fail(u"%1 crowd sessions failed to register"_s.arg(failed));
    const double seconds = double(last - first) / 1e9;
    for (Worker &w : m_workers)
        tell(w, "sync");
    const auto synced = await("synced", 120s, u"the crowd's pings"_s);
    if (!synced)
        return false;
    std::vector<qint64> held(size_t(m_setup.hubs), 0);
    for (size_t k = 0; k < m_workers.size(); ++k)
        held[size_t(m_workers[k].hub)] += synced->at(k).split(' ').value(1).toLongLong();
    say(u"%1: crowd of %2 registered in %3 s (%4/s)"_s.arg(m_setup.label)
            .arg(ok)
            .arg(fixed(seconds, 2), fixed(double(ok) / seconds, 0)));
    figure(u"crowd set-up (TLS + new name)"_s, double(ok) / seconds, u"sessions/s"_s, 0);
    if (m_setup.postgresPid != 0) {
        const double cpu = postgresCpuSeconds() - postgresBefore;
        say(u"  PostgreSQL: CPU %1 s"_s.arg(fixed(cpu, 2)));
        figure(u"PostgreSQL CPU during the crowd's set-up"_s, cpu, u"s"_s, 1);
    }
    for (int i = 0; i < m_setup.hubs; ++i) {
        const double cpu = cpuSeconds(m_hubs[size_t(i)]->pid()).value_or(0) - cpuBefore[size_t(i)];
        const double rss = hubRssKiB(i) - m_idleRssKiB[size_t(i)];
        say(u"  hub %1: %2 sessions held, RSS +%3 MiB (%4 KiB a session held), CPU %5 s"_s.arg(i)
                .arg(held[size_t(i)])
                .arg(fixed(rss / 1024, 1), fixed(rss / double(held[size_t(i)]), 1), fixed(cpu, 2)));
        figure(u"hub %1 sessions held"_s.arg(i), double(held[size_t(i)]), QString(), 0);
        figure(u"hub %1 RSS per session held"_s.arg(i), rss / double(held[size_t(i)]), u"KiB"_s, 1);
        figure(u"hub %1 CPU during the crowd's set-up"_s.arg(i), cpu, u"s"_s, 1);
    }
    return true;
}

void Run::stopAll()
{
    m_events.stop();
    for (Worker &w : m_workers) {
        if (w.process->state() == QProcess::NotRunning)
            continue;
        w.process->disconnect(this);
        tell(w, "quit");
        if (!w.process->waitForFinished(10'000))
            w.process->kill();
        w.process->waitForFinished(5'000);
    }
    m_workers.clear();
    for (const auto &hub : m_hubs) {
        hub->disconnect(this);
        hub->stop();
    }
    m_hubs.clear();
}

} // namespace chatbuddy::bench::cluster
