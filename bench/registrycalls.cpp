// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-registry: claims and lookups on the filled registry, each call timed alone
// (wall and CPU time; a slow call says whether it waited or was preempted).

#include "registry.h"
#include "registrybench.h"
#include "username.h"

#include <QElapsedTimer>

#include <sys/resource.h>
#include <time.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

namespace {

using hub::Registry;

// This thread's CPU time: a call's cost without the time others' work preempted it.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// This thread's context switches: it waited for something, or the scheduler preempted it.
struct Switches {
    long waited = 0, preempted = 0;
};
Switches switches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return {usage.ru_nvcsw, usage.ru_nivcsw};
}

// A name that differs from `name` only by look-alike letters (o/0, l/1/i): same skeleton.
std::optional<QString> lookalike(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].toLower().unicode();
        const char16_t other = c == u'o'   ? u'0'
                               : c == u'0' ? u'o'
                               : c == u'l' ? u'1'
                               : c == u'1' ? u'l'
                               : c == u'i' ? u'l'
                                           : 0;
        if (other) {
            QString variant = name;
            variant[i] = QChar(other);
            if (usernameSkeleton(variant) == usernameSkeleton(name))
                return variant;
        }
    }
    return std::nullopt;
}

struct Sample {
    QString name;
    QString fingerprint;
    QString address;
};

// One kind of call: how to draw a sample, and the call itself (true if it answered as expected).
struct Kind {
    QString label;
    std::function<Sample(std::mt19937_64 &)> draw;
    std::function<bool(Registry &, const Sample &)> call;
};

std::vector<Kind> kinds(BoundNames &bound, qsizetype &addressCursor)
{
    const auto anyName = [&bound](std::mt19937_64 &random) {
        return qsizetype(random() % bound.names.size());
    };
    const auto liveName = [&bound, anyName](std::mt19937_64 &random) {
        for (;;) {
            if (const qsizetype i = anyName(random); bound.live[size_t(i)])
                return i;
        }
    };
    const auto someAddress = [&bound](std::mt19937_64 &random) {
        return bound.addresses[qsizetype(random() % bound.addresses.size())];
    };
    // New names come from the addresses in turn, then from fresh ones: no address reaches
    // the limit of new names an hour.
    const auto nextAddress = [&bound, &addressCursor] {
        const qsizetype n = addressCursor++;
        return n < bound.addresses.size()
                   ? bound.addresses[n]
                   : u"10.%1.%2.%3"_s.arg(n >> 16 & 255).arg(n >> 8 & 255).arg(n & 255);
    };
    const auto claimIs = [](Registry::Claim expected) {
        return [expected](Registry &registry, const Sample &s) {
            return registry.claim(s.name, s.fingerprint, s.address).claim == expected;
        };
    };
    return {
        {u"claim, a new name (Bound)"_s,
         [&bound, nextAddress](std::mt19937_64 &random) {
             return Sample{bound.freshName(random), bound.freshFingerprint(), nextAddress()};
         },
         claimIs(Registry::Claim::Bound)},
        {u"claim, its own name again (Confirmed)"_s,
         [&bound, anyName, someAddress](std::mt19937_64 &random) {
             const qsizetype i = anyName(random);
             return Sample{bound.names[i], bound.fingerprint(bound.keyOf[size_t(i)]),
                           someAddress(random)};
         },
         claimIs(Registry::Claim::Confirmed)},
        {u"claim, another key's name (BoundToOther)"_s,
         [&bound, liveName, someAddress](std::mt19937_64 &random) {
             return Sample{bound.names[liveName(random)], bound.freshFingerprint(),
                           someAddress(random)};
         },
         claimIs(Registry::Claim::BoundToOther)},
        {u"claim, a look-alike of another key's name (LooksLikeOther)"_s,
         [&bound, liveName, someAddress](std::mt19937_64 &random) {
             for (;;) {
                 if (const auto variant = lookalike(bound.names[liveName(random)]))
                     return Sample{*variant, bound.freshFingerprint(), someAddress(random)};
             }
         },
         claimIs(Registry::Claim::LooksLikeOther)},
        {u"checkUnowned, a free name (legacy login)"_s,
         [&bound](std::mt19937_64 &random) {
             return Sample{bound.freshName(random), {}, {}};
         },
         [](Registry &registry, const Sample &s) {
             return registry.checkUnowned(s.name).claim == Registry::Claim::Confirmed;
         }},
        {u"boundFingerprint, a bound name"_s,
         [&bound, anyName](std::mt19937_64 &random) {
             const qsizetype i = anyName(random);
             return Sample{bound.names[i].toUpper(), bound.fingerprint(bound.keyOf[size_t(i)]), {}};
         },
         [](Registry &registry, const Sample &s) {
             return registry.boundFingerprint(s.name) == s.fingerprint;
         }},
        {u"boundFingerprint, a free name"_s,
         [&bound](std::mt19937_64 &random) {
             return Sample{bound.freshName(random), {}, {}};
         },
         [](Registry &registry, const Sample &s) {
             return !registry.boundFingerprint(s.name);
         }},
        {u"keyRecord, a bound name"_s,
         [&bound, anyName](std::mt19937_64 &random) {
             const qsizetype i = anyName(random);
             return Sample{bound.names[i], bound.fingerprint(bound.keyOf[size_t(i)]), {}};
         },
         [](Registry &registry, const Sample &s) {
             const auto record = registry.keyRecord(s.name);
             return record && record->fingerprint == s.fingerprint;
         }},
    };
}

} // namespace

bool measureCalls(const QString &path, BoundNames &bound, const RegistryOptions &o, int run,
                  qsizetype &addressCursor, Runs &runs)
{
    // A hub that has run a while has its registry in the page cache (the open and the start
    // above are measured with it dropped).
    readIntoPageCache(path);
    say(u"  calls, with %1 of the file in the page cache:"_s.arg(shareText(residentShare(path))));
    Registry registry;
    if (const auto opened = registry.open(path); !opened) {
        complain(opened.error());
        return false;
    }
    std::mt19937_64 random(o.seed * 1000 + quint64(run));
    for (const Kind &kind : kinds(bound, addressCursor)) {
        std::vector<Sample> samples;
        for (int i = 0; i < o.samples; ++i)
            samples.push_back(kind.draw(random));
        std::vector<qint64> ns, cpuNs; // wall time; this thread's CPU time (no waits)
        ns.reserve(samples.size());
        cpuNs.reserve(samples.size());
        int wrong = 0, slow = 0, blocked = 0, preempted = 0;
        for (const Sample &sample : samples) {
            const Switches before = switches();
            const qint64 cpu = threadCpuNs();
            QElapsedTimer timer;
            timer.start();
            wrong += kind.call(registry, sample) ? 0 : 1;
            ns.push_back(timer.nsecsElapsed());
            cpuNs.push_back(threadCpuNs() - cpu);
            if (ns.back() > qint64(OperationGoalMs * 1e6)) { // why: waiting, or preempted?
                const Switches after = switches();
                ++slow;
                blocked += after.waited > before.waited ? 1 : 0;
                preempted += after.preempted > before.preempted ? 1 : 0;
            }
        }
        std::sort(ns.begin(), ns.end());
        std::sort(cpuNs.begin(), cpuNs.end());
        const double p50 = percentileMs(ns, 0.5), p99 = percentileMs(ns, 0.99);
        const double max = percentileMs(ns, 1.0), cpu99 = percentileMs(cpuNs, 0.99);
        say(u"    %1: p50 %2 ms, p99 %3 ms, max %4 ms; CPU p50 %5 ms, p99 %6 ms"_s.arg(
            kind.label, fixed(p50, 3), fixed(p99, 3), fixed(max, 3),
            fixed(percentileMs(cpuNs, 0.5), 3), fixed(cpu99, 3)));
        say(u"      over %1 ms: %2 calls; %3 of them waited (I/O, a lock), %4 were preempted"_s.arg(
            fixed(OperationGoalMs, 0), QString::number(slow), QString::number(blocked),
            QString::number(preempted)));
        if (wrong) {
            complain(u"%1: %2 of %3 calls did not answer as expected (%4)"_s.arg(
                kind.label, QString::number(wrong), QString::number(o.samples),
                registry.errorString()));
            return false;
        }
        runs.add(kind.label + u" p50"_s, p50);
        runs.add(kind.label + u" p99"_s, p99);
        runs.add(kind.label + u" max"_s, max);
        runs.add(kind.label + u" CPU p99"_s, cpu99);
    }
    return true;
}

// Registry::open on a fresh object, then one lookup (which reads what open did not).

QStringList callLabels(BoundNames &bound)
{
    qsizetype cursor = 0;
    QStringList labels;
    for (const Kind &kind : kinds(bound, cursor))
        labels.append(kind.label);
    return labels;
}

} // namespace chatbuddy::bench
