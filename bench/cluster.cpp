// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-cluster: two hubs sharing one PostgreSQL database (a cluster) with the load
// generator spread over both, and one hub on SQLite under the same load, in the same run:
// sessions held per hub and their memory, new-name claims per second, presence p50/p99 on the
// joiner's own hub and on the other (the goal: within 100 ms at p99 through LISTEN/NOTIFY),
// lookups per second. PostgreSQL is a private server of the run's own (tests/support's
// PostgresServer: a Unix socket, no TCP); the hubs listen on 127.0.0.1. --repeat runs both setups
// again, each time with a fresh database and fresh hubs, and prints the ranges.
#include "cluster.h"

#include "clusterrun.h"
#include "pgserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::cluster {

namespace {

constexpr double PresenceGoalMs = 100.0;

// Over 50 lines: one line of --help per option, and its check.
std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark of hubs sharing one PostgreSQL database (a cluster), next to one hub on "
        "SQLite under the same load: sessions held, new-name claims, presence across hubs, "
        "lookups."_s);
    parser.addHelpOption();
    const Options d;
    const auto number = [](int value) {
        return QString::number(value);
    };
    parser.addOptions({
        {u"sessions"_s, u"Crowd sessions per hub of the pair (the SQLite hub holds both)."_s,
         u"N"_s, number(d.sessions)},
        {u"claims"_s, u"Fresh names claimed at once, a key each, spread over the hubs."_s, u"C"_s,
         number(d.claims)},
        {u"watchers"_s, u"Sessions per hub of the pair that watch the joiners' names."_s, u"W"_s,
         number(d.watchers)},
        {u"joins"_s, u"Timed join-and-leave cycles."_s, u"J"_s, number(d.joins)},
        {u"lookups"_s, u"Lookups of each kind."_s, u"L"_s, number(d.lookups)},
        {u"lookup-sessions"_s, u"Sessions per hub of the pair that send the lookups."_s, u"S"_s,
         number(d.lookupClients)},
        {u"window"_s, u"Lookups in flight per session."_s, u"K"_s, number(d.window)},
        {u"concurrency"_s, u"Crowd set-ups in flight per worker."_s, u"K"_s, number(d.concurrency)},
        {u"repeat"_s, u"Runs of both setups."_s, u"R"_s, number(d.repeat)},
        {u"no-sqlite"_s, u"Only the pair on PostgreSQL."_s},
        {u"hub"_s, u"The hub executable to start."_s, u"path"_s, defaultHubPath()},
        {u"worker"_s, u"chatbuddy-bench-hubscale, whose workers hold the crowd."_s, u"path"_s,
         QDir(QCoreApplication::applicationDirPath()).filePath(u"chatbuddy-bench-hubscale"_s)},
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    Options o;
    o.sessions = int(integerOption(parser, u"sessions"_s, 1, 9'000, &ok));
    o.claims = int(integerOption(parser, u"claims"_s, 2 * d.lookupClients, 5'000, &ok));
    o.watchers = int(integerOption(parser, u"watchers"_s, 1, 100, &ok));
    o.joins = int(integerOption(parser, u"joins"_s, 1, 100'000, &ok));
    o.lookups = int(integerOption(parser, u"lookups"_s, 1, 10'000'000, &ok));
    o.lookupClients = int(integerOption(parser, u"lookup-sessions"_s, 1, o.claims / 2, &ok));
    o.window = int(integerOption(parser, u"window"_s, 1, 1'000, &ok));
    o.concurrency = int(integerOption(parser, u"concurrency"_s, 1, 1'000, &ok));
    o.repeat = int(integerOption(parser, u"repeat"_s, 1, 100, &ok));
    o.sqlite = !parser.isSet(u"no-sqlite"_s);
    o.hubPath = parser.value(u"hub"_s);
    o.workerPath = parser.value(u"worker"_s);
    if (ok && !QFileInfo(o.workerPath).isExecutable()) {
        complain(
            u"no chatbuddy-bench-hubscale at %1; build it or pass --worker"_s.arg(o.workerPath));
        ok = false;
    }
    return ok ? std::optional(o) : std::nullopt;
}

std::optional<Key> makeKey(const QString &name)
{
    auto identity = Identity::generate(name);
    if (!identity) {
        complain(u"cannot generate a key: %1"_s.arg(identity.error()));
        return std::nullopt;
    }
    return Key{*identity, clientTlsConfiguration(*identity)};
}

std::optional<Keys> makeKeys(const Options &o)
{
    Keys keys;
    for (int i = 0; i < o.claims; ++i) {
        auto key = makeKey(u"claim%1"_s.arg(i));
        if (!key)
            return std::nullopt;
        keys.claims.push_back(std::move(*key));
    }
    auto crowd = makeKey(u"crowd"_s), watcher = makeKey(u"watcher"_s),
         joiner = makeKey(u"joiner"_s);
    if (!crowd || !watcher || !joiner)
        return std::nullopt;
    keys.crowd = std::move(*crowd);
    keys.watcher = std::move(*watcher);
    keys.joiner = std::move(*joiner);
    return keys;
}

// The server's PID, from the first line of its socket's lock file (as libpq's peers find it).
qint64 postmasterPid(const test::PostgresServer &server)
{
    QFile lock(QDir(server.socketDir()).filePath(u".s.PGSQL.%1.lock"_s.arg(server.port())));
    return lock.open(QIODevice::ReadOnly) ? lock.readLine().trimmed().toLongLong() : 0;
}

// "met" or "missed", for the goal of presence across hubs within 100 ms at p99.
void verdict(const Figures &figures)
{
    const std::optional<double> worst = figures.maximum(u"pair: presence joined, other hub p99"_s);
    const std::optional<double> worstLeft =
        figures.maximum(u"pair: presence left, other hub p99"_s);
    if (!worst || !worstLeft)
        return;
    const double p99 = std::max(*worst, *worstLeft);
    say(u"goal: presence on the other hub within %1 ms at p99 (joins and leaves): worst run "
        "%2 ms: %3"_s.arg(fixed(PresenceGoalMs, 0), fixed(p99, 2),
                          p99 <= PresenceGoalMs ? u"met"_s : u"missed"_s));
}

int run(const Options &o)
{
    QString error;
    if (!ensureFileLimit(2 * o.claims + 4 * o.watchers + 200, u"the claims"_s, &error)) {
        complain(error);
        return 1;
    }
    test::PostgresServer postgres;
    if (!postgres.start()) {
        complain(u"cannot start PostgreSQL: %1"_s.arg(postgres.skipReason()));
        return 1;
    }
    say(u"PostgreSQL: a private server on the Unix socket %1 (the test server's settings: "
        "fsync, synchronous_commit and full_page_writes off)"_s.arg(postgres.socketDir()));
    const auto keys = makeKeys(o);
    if (!keys)
        return 1;
    Figures figures;
    for (int r = 1; r <= o.repeat; ++r) {
        say(u"run %1 of %2 (load average %3)"_s.arg(r).arg(o.repeat).arg(loadAverageText()));
        const QString database = u"cluster%1"_s.arg(r);
        if (!postgres.createDatabase(database)) {
            complain(postgres.errorString());
            return 1;
        }
        for (const bool pair : {true, false}) {
            if (!pair && !o.sqlite)
                continue;
            Setup setup;
            setup.label = pair ? u"pair"_s : u"sqlite"_s;
            setup.databaseUrl = pair ? postgres.url(database) : QString();
            setup.hubs = pair ? 2 : 1;
            setup.postgresPid = pair ? postmasterPid(postgres) : 0;
            Run one(setup, o, *keys, &figures);
            if (!one.run()) {
                complain(u"%1: %2"_s.arg(setup.label, one.failure()));
                return 1;
            }
        }
        postgres.dropDatabase(database);
    }
    say(QString());
    say(u"== chatbuddy-bench-cluster summary: %1 crowd sessions per hub of the pair, ranges over "
        "%2 runs =="_s.arg(o.sessions)
            .arg(o.repeat));
    figures.print();
    verdict(figures);
    return 0;
}

} // namespace

} // namespace chatbuddy::bench::cluster

int main(int argc, char *argv[])
{
    using namespace chatbuddy::bench;
    preferUnixEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-cluster"_s);
    const auto options = cluster::parseOptions(app);
    return options ? cluster::run(*options) : 2;
}
