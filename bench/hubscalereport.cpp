// SPDX-License-Identifier: GPL-3.0-or-later
// What chatbuddy-bench-hubscale prints about the joins, and the summary at the end.

#include "hubscalecontrol.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::hubscale {

namespace {

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value); // 19,000
}

QString fanoutRate(qint64 frames, const std::vector<qint64> &fanoutNs)
{
    qint64 totalNs = 0;
    for (const qint64 ns : fanoutNs)
        totalNs += ns;
    return totalNs > 0 ? count(qint64(double(frames) / (double(totalNs) / 1e9))) : u"-"_s;
}

} // namespace

// Every (joiner, watcher) pair is a sample; the watchers per join are those whose contacts name
// the joiner, and every watcher while the hub serves the whole directory.
void Controller::printJoins() const
{
    std::vector<int> watchers = m_joinWatchers;
    std::sort(watchers.begin(), watchers.end());
    const int joins = int(watchers.size());
    say(u"join seen by its watchers (%1 joins; watchers per join: min %2, median %3, max %4; "
        "hello written → presence read, every (joiner, watcher) pair): p50 %5 ms, p99 %6 ms "
        "(%7 samples); the last watcher: p50 %8 ms, p99 %9 ms"_s.arg(joins)
            .arg(watchers.front())
            .arg(watchers[size_t(joins / 2)])
            .arg(watchers.back())
            .arg(fixed(percentileMs(m_joinNs, 0.50), 3), fixed(percentileMs(m_joinNs, 0.99), 3))
            .arg(m_joinNs.size())
            .arg(fixed(percentileMs(m_fanoutNs, 0.50), 3),
                 fixed(percentileMs(m_fanoutNs, 0.99), 3)));
    say(u"fan-out: %1 presence frames/s (the frames of the joins over the times until each "
        "join's last watcher)"_s.arg(fanoutRate(m_joinFrames, m_fanoutNs)));
}

void Controller::printPercentiles(const QString &label, std::vector<qint64> samples) const
{
    std::sort(samples.begin(), samples.end());
    say(u"%1: p50 %2 ms, p99 %3 ms (%4 samples)"_s
            .arg(label, fixed(percentileMs(samples, 0.50), 3),
                 fixed(percentileMs(samples, 0.99), 3))
            .arg(samples.size()));
}

void Controller::printReasons(const QString &label, const QHash<QString, int> &reasons) const
{
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        say(u"%1: %2 x %3"_s.arg(label).arg(it.value()).arg(it.key()));
}

// Every figure again, one line each, for copying into docs/performance.md (over 50 lines: one
// say() per figure).
void Controller::printSummary() const
{
    const auto pair = [](const std::vector<qint64> &ns) {
        return ns.empty() ? u"-"_s
                          : u"%1 / %2 ms"_s.arg(fixed(percentileMs(ns, 0.50), 3),
                                                fixed(percentileMs(ns, 0.99), 3));
    };
    const double perSession = double(m_hubLoadedKiB - m_hubBaselineKiB) / m_held;
    const int ok = m_options.sessions - m_setupFailed;
    say(u""_s);
    say(u"== chatbuddy-bench-hubscale summary =="_s);
    const QString watching = m_options.contacts > 0
                                 ? u"%1 contacts each, presence-scope"_s.arg(m_options.contacts)
                                 : u"the whole directory, as older clients"_s;
    say(u"sessions held              %1 of %2 (%3 failed at set-up, %4 ended later), %5 "
        "watching (%6)"_s.arg(count(m_held), count(m_options.sessions))
            .arg(m_setupFailed)
            .arg(m_held < ok ? ok - m_held : 0)
            .arg(count(m_watching), watching));
    if (m_scope) {
        say(u"presence scope             limit %1, %2 online: whole directory %3; %4 `watching` "
            "frames at the crowd"_s.arg(count(m_scope->limit), count(m_scope->online),
                                        m_scope->whole ? u"served"_s : u"not served"_s,
                                        count(m_watchingAnswers)));
    }
    say(u"hub RSS per idle session   %1 KiB (%2 KB); %3 → %4 MiB"_s.arg(
        fixed(perSession, 1), fixed(perSession * 1.024, 1), fixed(m_hubBaselineKiB / 1024.0),
        fixed(m_hubLoadedKiB / 1024.0)));
    say(u"generator RSS per session  %1 KiB"_s.arg(
        fixed(double(m_workersLoadedKiB - m_workersBaselineKiB) / m_held, 1)));
    say(u"list p50 / p99             %1 with no crowd, %2 with the sessions held"_s.arg(
        pair(m_listIdle), pair(m_listLoaded)));
    say(u"list of the probes p50/p99 %1 with no crowd, %2 with the sessions held"_s.arg(
        pair(m_probeListIdle), pair(m_probeListLoaded)));
    say(u"lookup p50 / p99           %1 with no crowd, %2 with the sessions held"_s.arg(
        pair(m_lookupIdle), pair(m_lookupLoaded)));
    say(u"set-up rate                %1 sessions/s (%2 in %3 s; %4 workers x %5 in flight)"_s
            .arg(fixed(ok / m_setupSeconds, 1), count(ok), fixed(m_setupSeconds, 2))
            .arg(m_options.workers)
            .arg(m_options.concurrency));
    say(u"CPU per 1,000 set-ups      hub %1 s, generator %2 s"_s.arg(
        fixed(m_hubSetupCpu * 1000.0 / std::max(ok, 1), 3),
        fixed(m_workersSetupCpu * 1000.0 / std::max(ok, 1), 3)));
    printReasons(u"watch refused             "_s, m_refused);
    printReasons(u"ended after welcome       "_s, m_lost);
    if (!m_joinWatchers.empty()) {
        say(u"join seen by its watchers  %1 (%2 samples, %3 watchers per join on average); "
            "fan-out %4 presence frames/s"_s.arg(pair(m_joinNs))
                .arg(m_joinNs.size())
                .arg(fixed(double(m_joinNs.size()) / double(m_joinWatchers.size()), 1),
                     fanoutRate(m_joinFrames, m_fanoutNs)));
    }
    printPeopleList();
    if (m_options.churnSeconds > 0) {
        say(u"churn                      %1 joins/s + %2 leaves/s of %3 + %3; list p50 / p99 "
            "%4; %5 presence frames/s delivered"_s
                .arg(fixed(m_churnJoinsPerSecond, 1), fixed(m_churnLeavesPerSecond, 1))
                .arg(m_options.churnRate)
                .arg(pair(m_churnListNs), count(qint64(m_churnPresencePerSecond))));
    }
}

} // namespace chatbuddy::bench::hubscale
