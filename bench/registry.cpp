// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-registry: the hub's name registry with 1,000,000 bound names (by default).
// Fills a registry database in a temporary folder (registryfill.cpp), then, --repeat times:
// Registry::open on it with the file dropped from the page cache and again with it cached, the
// start of a real chatbuddy-hub on that folder (to its "Server is now running" line), and
// --samples claims of each kind (new name, own name, another key's name, a look-alike of one)
// and lookups, each timed alone: p50, p99 and max. Goals: open and hub start <= 1 s, claims and
// lookups p99 <= 1 ms.

#include "registry.h"
#include "benchsupport.h"
#include "registrybench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

namespace {

using hub::Registry;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString databaseSize(const QString &path, qint64 names)
{
    const qint64 main = QFileInfo(path).size(), wal = QFileInfo(path + u"-wal"_s).size();
    return u"%1 MiB (%2 bytes, -wal %3 bytes): %4 bytes a name"_s.arg(
        fixed(double(main + wal) / 1048576.0, 1), QString::number(main), QString::number(wal),
        fixed(double(main + wal) / double(std::max<qint64>(names, 1)), 0));
}

bool measureOpen(const QString &path, const QString &label, const QString &probe, Runs &runs)
{
    const std::optional<double> before = residentShare(path);
    Registry registry;
    QElapsedTimer timer;
    timer.start();
    if (const auto opened = registry.open(path); !opened) {
        complain(opened.error());
        return false;
    }
    const double openMs = msSince(timer);
    timer.restart();
    const bool found = registry.boundFingerprint(probe).has_value();
    const double lookupMs = msSince(timer);
    say(u"  Registry::open, %1 (%2 of the file cached before): %3 ms, then the first lookup "
        "%4 ms (%5 cached after)"_s.arg(label, shareText(before), fixed(openMs, 3),
                                        fixed(lookupMs, 3), shareText(residentShare(path))));
    runs.add(u"Registry::open, "_s + label, openMs);
    runs.add(u"first lookup after the open, "_s + label, lookupMs);
    return found;
}

bool measureHubStart(const RegistryOptions &o, const QString &dataDir, const QString &label,
                     Runs &runs)
{
    const QString path = QDir(dataDir).filePath(u"registry.sqlite"_s);
    const std::optional<double> before = residentShare(path);
    QString error;
    const auto ms = timeHubStart(o.hub, dataDir, &error);
    if (!ms) {
        complain(error);
        return false;
    }
    say(u"  hub start, %1 (%2 of the registry cached before): %3 ms"_s.arg(label, shareText(before),
                                                                           fixed(*ms, 1)));
    runs.add(u"hub start, "_s + label, *ms);
    return true;
}

void verdict(const Runs &runs, const QString &label, double goal, const QString &what)
{
    const double worst = runs.range(label).second;
    say(u"  %1: worst %2 ms, goal <= %3 ms: %4"_s.arg(what, fixed(worst, 3), fixed(goal, 0),
                                                      worst <= goal ? u"met"_s : u"MISSED"_s));
}

// Over 50 lines: the benchmark's sequence, each step printing as it goes.
int run(const RegistryOptions &o)
{
    say(u"chatbuddy-bench-registry: %1 names, %2 samples of each kind, %3 runs, seed %4; hub %5"_s
            .arg(o.names)
            .arg(o.samples)
            .arg(o.repeat)
            .arg(o.seed)
            .arg(o.hub));
    say(u"machine: %1 cores, Qt %2"_s.arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));
    QTemporaryDir temp;
    const QString hubDir = o.keep.isEmpty() ? temp.filePath(u"hub"_s) : o.keep;
    const QString emptyDir = temp.filePath(u"empty"_s);
    const QString path = QDir(hubDir).filePath(u"registry.sqlite"_s);
    if (!temp.isValid() || !QDir().mkpath(hubDir) || !QDir().mkpath(emptyDir)) {
        complain(u"cannot make a temporary folder"_s);
        return 1;
    }
    if (!QDir(hubDir).isEmpty()) {
        complain(u"%1 is not empty"_s.arg(hubDir));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    { // Loads the Qt SQLite plugin, as the hub's first open does; not part of the figures.
        Registry warmUp;
        if (!warmUp.open(u":memory:"_s))
            return 1;
    }
    say(u"first Registry::open in this process (:memory:, loads the Qt SQLite plugin): %1 ms"_s.arg(
        fixed(msSince(timer), 1)));
    BoundNames bound;
    bound.seed = o.seed;
    say(u"filling %1..."_s.arg(path));
    if (QString error; !fillRegistry(path, o.names, bound, &error)) {
        complain(error);
        return 1;
    }
    say(u"filled in %1 s (insert and commit %2 s): %3 names of %4 keys, %5 with a published "
        "mailbox key, %6 unused for over a year, from %7 addresses"_s.arg(
            fixed(bound.totalSeconds, 1), fixed(bound.fillSeconds, 1),
            QString::number(bound.names.size()), QString::number(bound.keys),
            QString::number(bound.published), QString::number(bound.expired),
            QString::number(bound.addresses.size())));
    say(u"database: "_s + databaseSize(path, bound.names.size()));
    Runs runs;
    // The first start of each folder makes the hub's identity (a key pair); not counted.
    if (!measureHubStart(o, hubDir, u"first (makes the identity)"_s, runs) ||
        !measureHubStart(o, emptyDir, u"first, empty folder"_s, runs))
        return 1;
    qsizetype addressCursor = 0;
    for (int r = 1; r <= o.repeat; ++r) {
        say(u"run %1 of %2 (load average %3):"_s.arg(r).arg(o.repeat).arg(loadAverageText()));
        evictFromPageCache(path);
        if (!measureOpen(path, u"file evicted"_s, bound.names.constFirst(), runs) ||
            !measureOpen(path, u"file cached"_s, bound.names.constLast(), runs))
            return 1;
        evictFromPageCache(path);
        if (!measureHubStart(o, hubDir, u"registry evicted"_s, runs) ||
            !measureHubStart(o, hubDir, u"again (what it read is cached)"_s, runs) ||
            !measureHubStart(o, emptyDir, u"empty registry"_s, runs) ||
            !measureCalls(path, bound, o, r, addressCursor, runs))
            return 1;
        say(u"  database now: "_s + databaseSize(path, bound.names.size() + r * o.samples));
    }
    say(QString());
    say(u"== chatbuddy-bench-registry summary: %1 names, ranges over %2 runs =="_s.arg(o.names).arg(
        o.repeat));
    runs.print();
    say(u"goals:"_s);
    verdict(runs, u"Registry::open, file evicted"_s, StartGoalMs, u"Registry::open, evicted"_s);
    verdict(runs, u"hub start, registry evicted"_s, StartGoalMs, u"hub start, evicted"_s);
    for (const QString &label : callLabels(bound))
        verdict(runs, label + u" p99"_s, OperationGoalMs, label + u", p99"_s);
    return 0;
}

std::optional<RegistryOptions> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark of the hub's name registry with many bound names: Registry::open, the "
        "start of a real hub, claims and lookups."_s);
    parser.addHelpOption();
    const RegistryOptions defaults;
    parser.addOptions({
        {u"names"_s, u"Bound names in the registry."_s, u"M"_s, QString::number(defaults.names)},
        {u"samples"_s, u"Timed calls of each kind, each run."_s, u"S"_s,
         QString::number(defaults.samples)},
        {u"repeat"_s, u"Runs of every measurement."_s, u"R"_s, QString::number(defaults.repeat)},
        {u"seed"_s, u"Seed of the generated names."_s, u"N"_s, QString::number(defaults.seed)},
        {u"hub"_s, u"The hub executable to start."_s, u"path"_s, defaultHubPath()},
        {u"keep"_s,
         u"Make the hub's data folder (the registry) in this empty folder and keep it."_s,
         u"dir"_s},
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    RegistryOptions o;
    o.names = integerOption(parser, u"names"_s, 1, 50'000'000, &ok);
    o.samples = int(integerOption(parser, u"samples"_s, 1, 1'000'000, &ok));
    o.repeat = int(integerOption(parser, u"repeat"_s, 1, 1000, &ok));
    o.seed = quint64(integerOption(parser, u"seed"_s, 0, 1LL << 40, &ok));
    o.hub = parser.value(u"hub"_s);
    o.keep = parser.value(u"keep"_s);
    return ok ? std::optional(o) : std::nullopt;
}

} // namespace

} // namespace chatbuddy::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-registry"_s);
    const auto options = chatbuddy::bench::parseOptions(app);
    return options ? chatbuddy::bench::run(*options) : 2;
}
