// SPDX-License-Identifier: GPL-3.0-or-later
// The controller's processes: the hub, the workers and the line protocol between them.

#include "hubscalecontrol.h"

#include "identity.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::hubscale {

int runController(const Options &options)
{
    Controller controller(options);
    return controller.run();
}

Controller::Controller(const Options &options)
    : m_options(options)
{
    connect(&m_hub, &HubProcess::exitedUnexpectedly, this,
            [this](const QString &description) { fail(description); });
}

Controller::~Controller()
{
    stopAll();
}

int Controller::run()
{
    const bool ok = checkLimits() && makeIdentity() && startHub() && startWorkers() &&
                    openProbes() &&
                    measureRequests(u"no crowd"_s, &m_listIdle, &m_probeListIdle, &m_lookupIdle,
                                    'w' + QByteArray::number(probeWorker()) + "p0") &&
                    setUpCrowd() && syncCrowd() && queryScope() && measureMemory() &&
                    measureRequests(u"%1 sessions held"_s.arg(m_held), &m_listLoaded,
                                    &m_probeListLoaded, &m_lookupLoaded, "w0n0") &&
                    measureJoins() && measurePeopleList() && churn();
    if (!ok)
        complain(m_events.failure());
    stopAll();
    if (ok)
        printSummary();
    if (m_peopleListFailed)
        complain(m_peopleListNote);
    return ok && m_setupFailed == 0 && !m_peopleListFailed ? 0 : 1;
}

bool Controller::checkLimits()
{
    const int perWorker = (m_options.sessions + m_options.workers - 1) / m_options.workers;
    if (perWorker > MaxSessionsPerWorker)
        return fail(
            u"%1 sessions over %2 workers is %3 each, more than %4; use --workers %5"_s
                .arg(m_options.sessions)
                .arg(m_options.workers)
                .arg(perWorker)
                .arg(MaxSessionsPerWorker)
                .arg((m_options.sessions + MaxSessionsPerWorker - 1) / MaxSessionsPerWorker));
    if (m_options.workers + 3 > 254)
        return fail(u"at most 251 workers (one loopback source address each)"_s);
    QString error;
    if (!ensureFileLimit(MaxSessionsPerWorker + 100, u"the workers"_s, &error))
        return fail(error);
    if (const auto range = ephemeralPortRange()) {
        say(u"ephemeral ports: %1-%2 per source address; %3 workers, up to %4 sessions each"_s
                .arg(range->first)
                .arg(range->second)
                .arg(m_options.workers)
                .arg(perWorker));
    }
    return true;
}

bool Controller::makeIdentity()
{
    // One key for every session: a key may own many names, and it keeps set-up cheap.
    const auto identity = Identity::generate(u"bench"_s);
    if (!identity)
        return fail(u"cannot generate the client identity: %1"_s.arg(identity.error()));
    if (!m_identityDir.isValid())
        return fail(u"cannot create a temporary folder: %1"_s.arg(m_identityDir.errorString()));
    if (const Status saved = identity->save(m_identityDir.path()); !saved)
        return fail(u"cannot save the client identity: %1"_s.arg(saved.error()));
    return true;
}

bool Controller::startHub()
{
    const int p = m_options.workers;
    // The crowd, the joiners (they stay), the probes, the churn's set-ups in flight, and the
    // people-list client (from 127.0.0.1, a fresh name and key: the limits below let it in).
    const int users = m_options.sessions + m_options.joins + m_options.probes +
                      p * m_options.concurrency + 1 + 100;
    const int pending = std::max(256, (p + 1) * m_options.concurrency + 100);
    QStringList arguments{u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s};
    // Every session has one key, and a few addresses: lift the limits on both where this
    // hub has them.
    arguments += HubProcess::argumentsIfKnown(HubProcess::knownOptions(m_options.hubPath),
                                              {{u"max-users"_s, QString::number(users)},
                                               {u"max-per-address"_s, u"0"_s},
                                               {u"max-pending-per-address"_s, u"0"_s},
                                               {u"max-pending"_s, QString::number(pending)},
                                               {u"max-names-per-key"_s, u"0"_s},
                                               {u"max-new-names-per-hour"_s, u"0"_s}});
    QString error;
    if (!m_hub.start(m_options.hubPath, arguments + m_options.hubArguments, 20s, &error))
        return fail(error);
    const auto rss = residentKiB(m_hub.pid());
    if (!rss)
        return fail(u"cannot read the hub's memory from /proc/%1/status"_s.arg(m_hub.pid()));
    say(u"hub running: pid %1, port %2, RSS %3 MiB"_s.arg(m_hub.pid())
            .arg(m_hub.port())
            .arg(fixed(double(*rss) / 1024.0)));
    return true;
}

bool Controller::startWorkers()
{
    // P crowd workers, and one more for the probes, so that their round trips are not
    // delayed by a worker's own load.
    for (int k = 0; k <= m_options.workers; ++k) {
        WorkerProcess &worker = m_workers.emplace_back();
        worker.index = k;
        worker.process = std::make_unique<QProcess>();
        QProcess *process = worker.process.get();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(process, &QProcess::readyReadStandardOutput, this,
                [this, k] { readWorker(m_workers[size_t(k)]); });
        connect(process, &QProcess::finished, this, [this, k](int code, QProcess::ExitStatus) {
            if (!m_events.stopping())
                fail(u"worker %1 exited unexpectedly (exit code %2)"_s.arg(k).arg(code));
            m_events.notify();
        });
        process->start(QCoreApplication::applicationFilePath(),
                       {u"--worker"_s, u"--index"_s, QString::number(k), u"--port"_s,
                        QString::number(m_hub.port()), u"--identity"_s, m_identityDir.path(),
                        u"--concurrency"_s, QString::number(m_options.concurrency)});
    }
    std::vector<int> all(m_workers.size());
    std::iota(all.begin(), all.end(), 0);
    if (!await(all, "ready", 30s, u"the workers to start"_s))
        return false;
    say(u"workers running: %1 for the sessions (127.0.0.2-%2), 1 for the probes (127.0.0.%3)"_s
            .arg(m_options.workers)
            .arg(m_options.workers + 1)
            .arg(m_options.workers + 2));
    return true;
}

void Controller::readWorker(WorkerProcess &worker)
{
    worker.output += worker.process->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype nl = worker.output.indexOf('\n', start); nl >= 0;
         nl = worker.output.indexOf('\n', start)) {
        workerLine(worker, worker.output.mid(start, nl - start));
        start = nl + 1;
    }
    worker.output.remove(0, start);
    m_events.notify();
}

// `fail`, `lost`, `refused` and `progress` are handled at once; the rest waits for a phase.
void Controller::workerLine(WorkerProcess &worker, const QByteArray &line)
{
    if (line.startsWith("fail ")) {
        fail(u"worker %1: %2"_s.arg(worker.index).arg(QString::fromUtf8(line.mid(5))));
    } else if (line.startsWith("lost ")) {
        if (!m_events.stopping())
            ++m_lost[QString::fromUtf8(line.mid(5))];
    } else if (line.startsWith("refused ")) {
        ++m_refused[QString::fromUtf8(line.mid(8))];
    } else if (line.startsWith("progress ")) {
        const QList<QByteArray> parts = line.split(' ');
        worker.welcomed = parts.value(1).toInt();
        worker.failed = parts.value(2).toInt();
    } else {
        worker.replies.push_back(line);
    }
}

void Controller::tell(int worker, const QByteArray &command)
{
    m_workers[size_t(worker)].process->write(command + '\n');
}

std::optional<std::vector<QList<QByteArray>>> Controller::await(const std::vector<int> &workers,
                                                                const QByteArray &verb,
                                                                std::chrono::milliseconds timeout,
                                                                const QString &what)
{
    const QByteArray prefix = verb + ' ';
    const auto matches = [&verb, &prefix](const QByteArray &line) {
        return line == verb || line.startsWith(prefix);
    };
    const auto has = [this, &matches](int k) {
        const auto &replies = m_workers[size_t(k)].replies;
        return std::any_of(replies.begin(), replies.end(), matches);
    };
    if (!waitUntil([&] { return std::all_of(workers.begin(), workers.end(), has); }, timeout, what))
        return std::nullopt;
    std::vector<QList<QByteArray>> result;
    for (const int k : workers) {
        QList<QByteArray> lines;
        auto &replies = m_workers[size_t(k)].replies;
        while (lines.isEmpty() || !matches(lines.constLast())) {
            lines.append(replies.front());
            replies.pop_front();
        }
        result.push_back(lines);
    }
    return result;
}

QList<QByteArray> Controller::words(const QList<QByteArray> &replies)
{
    return replies.constLast().split(' ');
}

// The hub first (SIGTERM: it closes everyone without a presence storm), then the workers.
void Controller::stopAll()
{
    if (m_events.stopping())
        return;
    m_events.stop();
    for (WorkerProcess &worker : m_workers) {
        if (worker.process->state() == QProcess::Running)
            tell(worker.index, "quiet");
    }
    // Closing 19,000 connections takes a QSslSocket hub longer than other benchmarks wait.
    const qint64 stopNs = monotonicNs();
    const bool wasRunning = m_hub.isRunning();
    m_hub.stop(120s);
    if (wasRunning)
        say(u"hub stopped %1 s after SIGTERM"_s.arg(
            fixed(double(monotonicNs() - stopNs) / 1e9, 1)));
    for (WorkerProcess &worker : m_workers) {
        if (worker.process->state() == QProcess::Running)
            tell(worker.index, "quit");
    }
    const auto allEnded = [this] {
        return std::all_of(m_workers.begin(), m_workers.end(), [](const WorkerProcess &w) {
            return w.process->state() == QProcess::NotRunning;
        });
    };
    if (!m_events.spin(allEnded, 30s)) {
        complain(u"a worker did not exit within 30 s; killing it"_s);
        for (WorkerProcess &worker : m_workers)
            worker.process->kill();
        m_events.spin(allEnded, 5s);
    }
}

double Controller::workersCpu() const
{
    double seconds = 0;
    for (const WorkerProcess &worker : m_workers)
        seconds += cpuSeconds(worker.process->processId()).value_or(0);
    return seconds;
}

qint64 Controller::workersResidentKiB() const
{
    qint64 kib = 0;
    for (const WorkerProcess &worker : m_workers)
        kib += residentKiB(worker.process->processId()).value_or(0);
    return kib;
}

std::vector<int> Controller::crowdWorkers() const
{
    std::vector<int> crowd(size_t(m_options.workers));
    std::iota(crowd.begin(), crowd.end(), 0);
    return crowd;
}

} // namespace chatbuddy::bench::hubscale
