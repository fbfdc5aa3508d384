// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-hubscale: the command line, and the mode (controller or hidden worker).

#include "hubscale.h"

#include "benchsupport.h"
#include "protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <time.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::hubscale {

qint64 monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QByteArray joinNumbers(const std::vector<qint64> &values)
{
    QByteArray text;
    text.reserve(qsizetype(values.size()) * 10);
    for (const qint64 value : values) {
        if (!text.isEmpty())
            text += ',';
        text += QByteArray::number(value);
    }
    return text;
}

std::vector<qint64> splitNumbers(QByteArrayView text)
{
    std::vector<qint64> values;
    for (const QByteArray &part : text.toByteArray().split(',')) {
        if (!part.isEmpty())
            values.push_back(part.toLongLong());
    }
    return values;
}

namespace {

QString defaultClientPath()
{
    return QCoreApplication::applicationDirPath() + u"/chatbuddy-bench-peoplelist"_s;
}

void addOptions(QCommandLineParser &parser)
{
    const Options d;
    const auto n = [](int value) {
        return QString::number(value);
    };
    parser.addOptions({
        {u"sessions"_s, u"Idle registered sessions to hold (N)."_s, u"N"_s, n(d.sessions)},
        {u"workers"_s,
         u"Worker processes that open them (default: enough for %1 each, at least 2)."_s.arg(
             MaxSessionsPerWorker),
         u"P"_s, u"auto"_s},
        {u"contacts"_s,
         u"Names each session watches with presence-scope (its contacts, picked from the whole "
         "run; each timed joiner is in C lists); 0: none."_s,
         u"C"_s, n(d.contacts)},
        {u"watchers"_s,
         u"Sessions that send a plain `watch` (the whole directory, as older clients do) "
         "instead of contacts; \"all\" for N. Wins over --contacts."_s,
         u"W"_s, u"none"_s},
        {u"concurrency"_s, u"Set-ups (TCP, TLS, hello) in flight per worker."_s, u"K"_s,
         n(d.concurrency)},
        {u"probes"_s, u"Probe sessions that time `list` and `lookup` (in a worker of their own)."_s,
         u"count"_s, n(d.probes)},
        {u"list-samples"_s,
         u"`list` and `lookup` round trips to time, before and with the crowd."_s, u"count"_s,
         n(d.listSamples)},
        {u"joins"_s, u"Joins whose `presence` is timed at every watcher (0: skip)."_s, u"J"_s,
         n(d.joins)},
        {u"churn-seconds"_s, u"Length of the churn phase (0: skip)."_s, u"S"_s, n(d.churnSeconds)},
        {u"churn-rate"_s, u"Joins per second during the churn, and as many leaves."_s, u"R"_s,
         n(d.churnRate)},
        {u"probe-rate"_s, u"`list` requests per second from the probes during the churn."_s,
         u"count"_s, n(d.probeRate)},
        {u"hub"_s, u"The chatbuddy-hub executable (default: the one in this build tree)."_s,
         u"path"_s, defaultHubPath()},
        {u"hub-arg"_s,
         u"One more argument for the hub (repeatable), e.g. --hub-arg --threads "
         "--hub-arg 2."_s,
         u"argument"_s},
        {u"client"_s,
         u"chatbuddy-bench-peoplelist, run with the crowd held: the desktop client's people "
         "list typed into (default: the one next to this program; skipped if it is not "
         "there)."_s,
         u"path"_s, defaultClientPath()},
        {u"no-client"_s, u"Skip the people list of the desktop client."_s},
    });
    // The worker mode: started by the controller, not by people.
    for (const auto &[name, value] : {std::pair{u"worker"_s, QString()},
                                      {u"index"_s, u"k"_s},
                                      {u"port"_s, u"port"_s},
                                      {u"identity"_s, u"path"_s}}) {
        QCommandLineOption option(name, u"(internal)"_s, value);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

std::optional<WorkerOptions> workerOptions(const QCommandLineParser &parser)
{
    bool ok = true;
    WorkerOptions options;
    options.index = int(integerOption(parser, u"index"_s, 0, 200, &ok));
    options.port = quint16(integerOption(parser, u"port"_s, 1, 65535, &ok));
    options.concurrency = int(integerOption(parser, u"concurrency"_s, 1, 100'000, &ok));
    options.identityDir = parser.value(u"identity"_s);
    if (!ok)
        return std::nullopt;
    return options;
}

std::optional<Options> controllerOptions(const QCommandLineParser &parser)
{
    bool ok = true;
    auto number = [&parser, &ok](const QString &name, int min, int max) {
        return int(integerOption(parser, name, min, max, &ok));
    };
    Options options;
    options.sessions = number(u"sessions"_s, 1, 200 * MaxSessionsPerWorker);
    if (parser.value(u"workers"_s) != u"auto"_s)
        options.workers = number(u"workers"_s, 1, 200);
    options.contacts = number(u"contacts"_s, 0, MaxWatchNames);
    if (parser.isSet(u"watchers"_s)) {
        // Older clients: a plain `watch`, no contacts. --watchers wins over --contacts.
        options.watchers = parser.value(u"watchers"_s) == u"all"_s
                               ? options.sessions
                               : number(u"watchers"_s, 0, options.sessions);
        if (parser.isSet(u"contacts"_s))
            say(u"--watchers given: --contacts is ignored (sessions watch as older clients)"_s);
        options.contacts = 0;
    }
    options.concurrency = number(u"concurrency"_s, 1, 100'000);
    options.probes = number(u"probes"_s, 1, 1000);
    options.listSamples = number(u"list-samples"_s, 0, 1'000'000);
    options.joins = number(u"joins"_s, 0, 10'000);
    options.churnSeconds = number(u"churn-seconds"_s, 0, 86'400);
    options.churnRate = number(u"churn-rate"_s, 1, 100'000);
    options.probeRate = number(u"probe-rate"_s, 1, 1000);
    options.hubPath = parser.value(u"hub"_s);
    options.hubArguments = parser.values(u"hub-arg"_s);
    options.clientGiven = parser.isSet(u"client"_s);
    if (!parser.isSet(u"no-client"_s))
        options.clientPath = parser.value(u"client"_s);
    else if (options.clientGiven)
        say(u"--no-client given: --client is ignored"_s);
    if (!ok)
        return std::nullopt;
    if (options.workers == 0) {
        const int needed = (options.sessions + MaxSessionsPerWorker - 1) / MaxSessionsPerWorker;
        options.workers = std::max(2, needed);
    }
    if (options.watchers < 0)
        options.watchers = 0;
    return options;
}

} // namespace

} // namespace chatbuddy::bench::hubscale

int main(int argc, char *argv[])
{
    using namespace chatbuddy::bench;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-hubscale"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Scale benchmark of chatbuddy-hub: starts a hub on 127.0.0.1 and worker processes that "
        "hold N idle TLS sessions with OpenSSL and epoll; prints the hub's memory per session, "
        "set-up rate and CPU, request round trips, join fan-out, the desktop client's people list "
        "typed into with the crowd held (chatbuddy-bench-peoplelist), and churn."_s);
    parser.addHelpOption();
    hubscale::addOptions(parser);
    parser.process(app);
    if (!noPositionalArguments(parser))
        return 2;
    if (parser.isSet(u"worker"_s)) {
        const auto options = hubscale::workerOptions(parser);
        return options ? hubscale::runWorker(*options) : 2;
    }
    const auto options = hubscale::controllerOptions(parser);
    return options ? hubscale::runController(*options) : 2;
}
