// SPDX-License-Identifier: GPL-3.0-or-later
// The phases of one chatbuddy-bench-hubscale run, in order, and what they print.

#include "hubscalecontacts.h"
#include "hubscalecontrol.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::hubscale {

namespace {

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value); // 19,000
}

// "failure COUNT REASON" lines into reasons.
void addFailures(const QList<QByteArray> &replies, QHash<QString, int> *reasons)
{
    for (const QByteArray &line : replies) {
        if (!line.startsWith("failure "))
            continue;
        const qsizetype space = line.indexOf(' ', 8);
        (*reasons)[QString::fromUtf8(line.mid(space + 1))] += line.mid(8, space - 8).toInt();
    }
}

} // namespace

bool Controller::openProbes()
{
    tell(probeWorker(), "probes " + QByteArray::number(m_options.probes));
    const auto replies = await({probeWorker()}, "opened", 60s, u"the probe sessions"_s);
    if (!replies)
        return false;
    const int ok = words(replies->front()).value(1).toInt();
    if (ok < m_options.probes) {
        QHash<QString, int> reasons;
        addFailures(replies->front(), &reasons);
        return fail(u"only %1 of %2 probe sessions came up: %3"_s.arg(ok)
                        .arg(m_options.probes)
                        .arg(reasons.keys().join(u"; "_s)));
    }
    return true;
}

bool Controller::measureRequests(const QString &when, std::vector<qint64> *list,
                                 std::vector<qint64> *probeList, std::vector<qint64> *lookup,
                                 const QByteArray &lookupName)
{
    const int samples = m_options.listSamples;
    if (samples == 0)
        return true;
    for (const auto &[kind, into] :
         {std::pair{QByteArray("list"), list}, {"probelist", probeList}, {"lookup", lookup}}) {
        tell(probeWorker(), "rtt " + kind + ' ' + QByteArray::number(samples) + ' ' + lookupName);
        const auto replies =
            await({probeWorker()}, "rtt", 60s + samples * 50ms,
                  u"%1 `%2` round trips"_s.arg(samples).arg(QLatin1StringView(kind)));
        if (!replies)
            return false;
        *into = splitNumbers(words(replies->front()).value(2));
        std::sort(into->begin(), into->end());
        say(u"%1 (%2): p50 %3 ms, p99 %4 ms (%5 sequential requests from %6 probes)"_s
                .arg(kind == "list"        ? u"list, limit %1"_s.arg(ListLimit)
                     : kind == "probelist" ? u"list of the probes only (the same reply at any N)"_s
                                           : u"lookup of %1"_s.arg(QString::fromLatin1(lookupName)),
                     when, fixed(percentileMs(*into, 0.50), 3), fixed(percentileMs(*into, 0.99), 3))
                .arg(into->size())
                .arg(m_options.probes));
    }
    return true;
}

bool Controller::setUpCrowd()
{
    m_hubBaselineKiB = residentKiB(m_hub.pid()).value_or(0);
    m_workersBaselineKiB = workersResidentKiB();
    const int n = m_options.sessions;
    QString watching = u"nobody watching"_s;
    if (m_options.contacts > 0)
        watching = u"each watching %1 contacts, presence-scope"_s.arg(m_options.contacts);
    else if (m_options.watchers > 0)
        watching =
            u"%1 watching the whole directory as older clients"_s.arg(count(m_options.watchers));
    say(u"opening %1 sessions (%2) from %3 workers, %4 set-ups in flight each..."_s
            .arg(count(n), watching)
            .arg(m_options.workers)
            .arg(m_options.concurrency));
    const double hubCpu = cpuSeconds(m_hub.pid()).value_or(0);
    const double workersCpuBefore = workersCpu();
    const QByteArray plan = "plan " + QByteArray::number(m_options.contacts) + ' ' +
                            QByteArray::number(n) + ' ' + QByteArray::number(m_options.workers) +
                            ' ' + QByteArray::number(m_options.joins);
    for (const int k : crowdWorkers()) {
        tell(k, plan);
        tell(k, "open " + QByteArray::number(shareOf(n, m_options.workers, k)) + ' ' +
                    QByteArray::number(shareOf(m_options.watchers, m_options.workers, k)));
    }
    qint64 firstNs = 0, lastNs = 0;
    if (!awaitOpened(&firstNs, &lastNs))
        return false;
    m_hubSetupCpu = cpuSeconds(m_hub.pid()).value_or(0) - hubCpu;
    m_workersSetupCpu = workersCpu() - workersCpuBefore;
    m_setupSeconds = double(lastNs - firstNs) / 1e9;
    const int ok = n - m_setupFailed;
    say(u"set-up: %1 sessions welcomed in %2 s, %3 sessions/s; %4 failed"_s.arg(count(ok))
            .arg(fixed(m_setupSeconds, 2))
            .arg(fixed(ok / m_setupSeconds, 1))
            .arg(m_setupFailed));
    printReasons(u"  set-up failures"_s, m_setupFailures);
    say(u"set-up CPU: hub %1 s, generator %2 s (all workers); per 1,000 set-ups: hub %3 s, "
        "generator %4 s"_s.arg(fixed(m_hubSetupCpu), fixed(m_workersSetupCpu))
            .arg(fixed(m_hubSetupCpu * 1000.0 / std::max(ok, 1), 3))
            .arg(fixed(m_workersSetupCpu * 1000.0 / std::max(ok, 1), 3)));
    return ok > 0 || fail(u"no session came up"_s);
}

// Waits for every crowd worker's `opened`, printing progress every 5 s meanwhile.
bool Controller::awaitOpened(qint64 *firstNs, qint64 *lastNs)
{
    QTimer progress;
    const qint64 startNs = monotonicNs();
    connect(&progress, &QTimer::timeout, this, [this, startNs] {
        int welcomed = 0, failed = 0;
        for (const WorkerProcess &worker : m_workers) {
            welcomed += worker.welcomed;
            failed += worker.failed;
        }
        say(u"  %1 s: %2 welcomed, %3 failed"_s.arg((monotonicNs() - startNs) / 1'000'000'000)
                .arg(count(welcomed))
                .arg(failed));
    });
    progress.start(5s);
    const auto replies = await(crowdWorkers(), "opened", 120s + m_options.sessions * 60ms,
                               u"the sessions to be welcomed"_s);
    if (!replies)
        return false;
    for (const QList<QByteArray> &lines : *replies) {
        const QList<QByteArray> parts = words(lines);
        m_setupFailed += parts.value(2).toInt();
        const qint64 first = parts.value(3).toLongLong();
        if (first != 0 && (*firstNs == 0 || first < *firstNs))
            *firstNs = first;
        *lastNs = std::max(*lastNs, parts.value(4).toLongLong());
        addFailures(lines, &m_setupFailures);
    }
    return true;
}

// A `ping` from every session: its `pong` proves that its `watch` was handled and that every
// presence delta of the set-up has been delivered.
bool Controller::syncCrowd()
{
    for (const int k : crowdWorkers())
        tell(k, "sync");
    const auto replies =
        await(crowdWorkers(), "synced", 60s + m_options.sessions * 10ms, u"every session's pong"_s);
    if (!replies)
        return false;
    for (const QList<QByteArray> &lines : *replies) {
        const QList<QByteArray> parts = words(lines);
        m_held += parts.value(1).toInt();
        m_watching += parts.value(2).toInt();
        m_watchingAnswers += parts.value(3).toLongLong();
        m_wholeSessions += parts.value(4).toInt();
    }
    say(u"sessions held: %1 of %2, watching: %3; `watching` frames received: %4 (%5 sessions "
        "were last told the whole directory is served)"_s
            .arg(count(m_held), count(m_options.sessions), count(m_watching))
            .arg(count(m_watchingAnswers), count(m_wholeSessions)));
    printReasons(u"  `watch` refused by the hub"_s, m_refused);
    printReasons(u"  sessions ended after welcome"_s, m_lost);
    return m_held > 0 || fail(u"no session is left"_s);
}

// Whether the hub serves the whole directory now (a probe asks, hubscalecontacts.cpp).
bool Controller::queryScope()
{
    tell(probeWorker(), "scope");
    const auto replies = await({probeWorker()}, "scope", 30s, u"the presence scope"_s);
    if (!replies)
        return false;
    const QList<QByteArray> parts = words(replies->front());
    if (parts.value(1) == "none") {
        say(u"presence scope: the hub does not offer presence-scope (every watcher hears every "
            "change)"_s);
        return true;
    }
    m_scope = Scope{parts.value(1) == "1", parts.value(2).toInt(), parts.value(3).toInt()};
    say(u"presence scope: %1 online, limit %2: the whole directory is %3"_s.arg(
        count(m_scope->online), m_scope->limit > 0 ? count(m_scope->limit) : u"none"_s,
        m_scope->whole ? u"served"_s : u"not served (only the names watched)"_s));
    return true;
}

bool Controller::measureMemory()
{
    const auto rss = residentKiB(m_hub.pid());
    if (!rss)
        return fail(u"cannot read the hub's memory from /proc/%1/status"_s.arg(m_hub.pid()));
    m_hubLoadedKiB = *rss;
    m_workersLoadedKiB = workersResidentKiB();
    const double perSession = double(m_hubLoadedKiB - m_hubBaselineKiB) / m_held;
    say(u"hub RSS: %1 MiB before the crowd, %2 MiB with %3 sessions: %4 KiB (%5 KB) per "
        "session"_s.arg(fixed(m_hubBaselineKiB / 1024.0), fixed(m_hubLoadedKiB / 1024.0))
            .arg(count(m_held))
            .arg(fixed(perSession, 1), fixed(perSession * 1.024, 1)));
    say(u"generator RSS (all workers): %1 KiB per session"_s.arg(
        fixed(double(m_workersLoadedKiB - m_workersBaselineKiB) / m_held, 1)));
    return true;
}

bool Controller::measureJoins()
{
    if (m_options.joins == 0)
        return true;
    if (m_watching == 0) {
        say(u"joins: skipped, nobody watches"_s);
        return true;
    }
    if (m_options.contacts == 0 && !wholeDirectoryAt(0)) {
        say(u"joins: skipped: the hub serves the whole directory only while at most %1 are "
            "online (%2 are), so plain watchers hear of no join (--hub-arg --watch-all-limit "
            "--hub-arg 0 lifts the limit)"_s.arg(count(m_scope->limit), count(m_scope->online)));
        return true;
    }
    for (int j = 0; j < m_options.joins; ++j) {
        if (!measureJoin(j))
            return false;
    }
    std::sort(m_joinNs.begin(), m_joinNs.end());
    std::sort(m_fanoutNs.begin(), m_fanoutNs.end());
    printJoins();
    return true;
}

bool Controller::wholeDirectoryAt(int j) const
{
    return !m_scope ||
           (m_scope->whole && (m_scope->limit <= 0 || m_scope->online + j <= m_scope->limit));
}

bool Controller::measureJoin(int j)
{
    const QByteArray name = joinerName(j);
    const QByteArray track = "track " + QByteArray::number(j) + (wholeDirectoryAt(j) ? " 1" : " 0");
    for (const int k : crowdWorkers())
        tell(k, track);
    const auto tracking =
        await(crowdWorkers(), "tracking", 30s, u"the workers to track %1"_s.arg(j));
    if (!tracking)
        return false;
    int expected = 0;
    for (const QList<QByteArray> &lines : *tracking)
        expected += words(lines).value(1).toInt();
    tell(probeWorker(), "join " + name);
    const auto joined = await({probeWorker()}, "joined", 60s,
                              u"the welcome of %1"_s.arg(QString::fromLatin1(name)));
    if (!joined)
        return false;
    const auto seen = await(
        crowdWorkers(), "seen", 30s + expected * 10ms,
        u"the presence of %1 at its %2 watchers"_s.arg(QString::fromLatin1(name)).arg(expected));
    if (!seen)
        return false;
    const qint64 helloNs = words(joined->front()).value(2).toLongLong();
    qint64 lastNs = helloNs;
    int watchers = 0;
    for (const QList<QByteArray> &lines : *seen) {
        for (const qint64 atNs : splitNumbers(words(lines).value(2))) {
            m_joinNs.push_back(atNs - helloNs);
            lastNs = std::max(lastNs, atNs);
            ++watchers;
        }
    }
    m_joinFrames += watchers;
    m_joinWatchers.push_back(watchers);
    if (watchers > 0)
        m_fanoutNs.push_back(lastNs - helloNs);
    return true;
}

bool Controller::churn()
{
    const int seconds = m_options.churnSeconds;
    if (seconds == 0)
        return true;
    const double rate = double(m_options.churnRate) / m_options.workers;
    const int permille = int(qint64(m_options.watchers) * 1000 / m_options.sessions);
    const QString watching = m_options.contacts > 0
                                 ? u"the joins watch %1 contacts each"_s.arg(m_options.contacts)
                                 : u"%1 ‰ of the joins watch the whole directory"_s.arg(permille);
    say(u"churn: %1 joins and %1 leaves per second for %2 s (%3; those who left come back "
        "after %4 s), probes send %5 `list`/s..."_s.arg(m_options.churnRate)
            .arg(seconds)
            .arg(watching)
            .arg(ReturnAfterSeconds)
            .arg(m_options.probeRate));
    for (const int k : crowdWorkers())
        tell(k, "churn " + QByteArray::number(seconds) + ' ' + QByteArray::number(rate, 'f', 3) +
                    ' ' + QByteArray::number(permille));
    tell(probeWorker(),
         "load " + QByteArray::number(seconds) + ' ' + QByteArray::number(m_options.probeRate));
    const auto churned = await(crowdWorkers(), "churned", std::chrono::seconds(seconds) + 120s,
                               u"the end of the churn"_s);
    const auto load =
        churned ? await({probeWorker()}, "rtt", 60s, u"the probes' samples"_s) : std::nullopt;
    if (!load)
        return false;
    m_churnListNs = splitNumbers(words(load->front()).value(2));
    std::sort(m_churnListNs.begin(), m_churnListNs.end());
    printChurn(*churned);
    return true;
}

void Controller::printChurn(const std::vector<QList<QByteArray>> &churned)
{
    const int seconds = m_options.churnSeconds;
    int joins = 0, leaves = 0;
    qint64 presence = 0;
    for (const QList<QByteArray> &lines : churned) {
        const QList<QByteArray> parts = words(lines);
        joins += parts.value(1).toInt();
        leaves += parts.value(2).toInt();
        m_churnFailed += parts.value(3).toInt();
        m_heldAfterChurn += parts.value(4).toInt();
        presence += parts.value(5).toLongLong();
        m_churnReturned += parts.value(6).toInt();
        addFailures(lines, &m_churnFailures);
    }
    m_churnJoinsPerSecond = double(joins) / seconds;
    m_churnLeavesPerSecond = double(leaves) / seconds;
    m_churnPresencePerSecond = double(presence) / seconds;
    say(u"churn achieved: %1 joins/s (%2 came back under their name), %3 leaves/s; %4 joins "
        "failed; %5 sessions held after"_s
            .arg(fixed(m_churnJoinsPerSecond, 1), count(m_churnReturned),
                 fixed(m_churnLeavesPerSecond, 1))
            .arg(m_churnFailed)
            .arg(count(m_heldAfterChurn)));
    say(u"presence frames delivered during the churn: %1/s (%2 per join or leave)"_s.arg(
        count(qint64(m_churnPresencePerSecond)),
        fixed(double(presence) / std::max(1, joins + leaves), 2)));
    printReasons(u"  churn failures"_s, m_churnFailures);
    printPercentiles(u"list during the churn"_s, m_churnListNs);
}

} // namespace chatbuddy::bench::hubscale
