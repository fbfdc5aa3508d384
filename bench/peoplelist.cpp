// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-peoplelist: the command line and the report (peoplelist.h).

#include "peoplelist.h"

#include "allocator.h"

#include <QApplication>
#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::peoplelist {

namespace {

// Names of chatbuddy-bench-hubscale's crowd (w<worker>n<index>) and one nobody has: a name
// typed in full, one that stops early, and the search that finds nothing.
const QStringList DefaultQueries{u"w0n1234"_s, u"w1n42"_s, u"zq"_s};

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"hub-port"_s, u"The hub's port (required)."_s, u"port"_s},
        {u"hub-address"_s, u"The hub's address, in 127.0.0.0/8 (default 127.0.0.1)."_s,
         u"address"_s, u"127.0.0.1"_s},
        {u"queries"_s,
         u"Names to type into the people list's filter, one character at a time, the filter "
         "cleared before each (comma-separated; default %1)."_s.arg(DefaultQueries.join(u',')),
         u"a,b,c"_s},
        {u"gap-ms"_s, u"Milliseconds from one keystroke to the next (a brisk typist: 150)."_s,
         u"G"_s, u"150"_s},
        {u"contacts"_s,
         u"Saved contacts in the history before login (comma-separated), followed live on a "
         "big hub."_s,
         u"a,b"_s},
    });
}

QStringList listOption(const QCommandLineParser &parser, const QString &name)
{
    QStringList items;
    for (const QString &item : parser.value(name).split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

std::optional<Options> parseOptions(const QCommandLineParser &parser)
{
    Options options;
    bool ok = true;
    if (!parser.isSet(u"hub-port"_s)) {
        complain(u"--hub-port is required; see --help"_s);
        return std::nullopt;
    }
    options.hubPort = quint16(integerOption(parser, u"hub-port"_s, 1, 65535, &ok));
    options.gap = std::chrono::milliseconds(integerOption(parser, u"gap-ms"_s, 0, 60'000, &ok));
    if (!ok)
        return std::nullopt;
    // Benchmarks talk to this computer only.
    const QString address = parser.value(u"hub-address"_s);
    options.hubAddress = QHostAddress(address);
    if (options.hubAddress.protocol() != QAbstractSocket::IPv4Protocol ||
        !options.hubAddress.isInSubnet(QHostAddress(u"127.0.0.0"_s), 8)) {
        complain(u"--hub-address must be an address in 127.0.0.0/8, not \"%1\""_s.arg(address));
        return std::nullopt;
    }
    options.queries =
        parser.isSet(u"queries"_s) ? listOption(parser, u"queries"_s) : DefaultQueries;
    if (options.queries.isEmpty()) {
        complain(u"--queries names nothing to type"_s);
        return std::nullopt;
    }
    options.contacts = listOption(parser, u"contacts"_s);
    return options;
}

QString ms(const std::vector<qint64> &sortedNs, double p)
{
    return fixed(percentileMs(sortedNs, p));
}

QString mib(qint64 kib)
{
    return fixed(double(kib) / 1024.0);
}

void report(Figures figures)
{
    std::sort(figures.localNs.begin(), figures.localNs.end());
    std::sort(figures.shownNs.begin(), figures.shownNs.end());
    const auto &local = figures.localNs;
    const auto &shown = figures.shownNs;
    say(u"keystrokes: %1"_s.arg(shown.size()));
    say(u"keystroke handled (filtered here, hub asked): p50 %1 ms, p99 %2 ms, max %3 ms"_s.arg(
        ms(local, 0.50), ms(local, 0.99), ms(local, 1.0)));
    say(u"keystroke → list repainted with the hub's answer: p50 %1 ms, p99 %2 ms, max %3 ms%4"_s
            .arg(ms(shown, 0.50), ms(shown, 0.99), ms(shown, 1.0),
                 figures.whole ? u" (a small hub: no hub search, filtered here)"_s : QString()));
    for (auto *part : {&figures.waitNs, &figures.applyNs, &figures.paintNs, &figures.cpuNs})
        std::sort(part->begin(), part->end());
    const auto triple = [](const std::vector<qint64> &ns) {
        return u"%1 / %2 / %3 ms"_s.arg(ms(ns, 0.50), ms(ns, 0.99), ms(ns, 1.0));
    };
    say(u"  in parts (p50 / p99 / max): the hub's answer arriving %1; the client applying it "
        "to the list %2; the repaint %3"_s.arg(triple(figures.waitNs), triple(figures.applyNs),
                                               triple(figures.paintNs)));
    say(u"  this process's CPU time over the same span: %1 (the rest is waiting)"_s.arg(
        triple(figures.cpuNs)));
    say(u"most rows shown: %1"_s.arg(figures.rowsMax));
    say(u"memory: RSS %1 MiB after login, %2 MiB after typing; peak (VmHWM) %3 MiB"_s.arg(
        mib(figures.loginRssKiB), mib(figures.rssKiB), mib(figures.peakKiB)));
    say(u"result keystrokes=%1 local_p50=%2 local_p99=%3 local_max=%4 shown_p50=%5 "
        "shown_p99=%6 shown_max=%7 rows_max=%8 login_rss_kib=%9 rss_kib=%10 peak_kib=%11 "
        "online=%12 whole=%13 cpu_p50=%14 cpu_max=%15"_s.arg(shown.size())
            .arg(ms(local, 0.50), ms(local, 0.99), ms(local, 1.0), ms(shown, 0.50), ms(shown, 0.99),
                 ms(shown, 1.0))
            .arg(figures.rowsMax)
            .arg(figures.loginRssKiB)
            .arg(figures.rssKiB)
            .arg(figures.peakKiB)
            .arg(figures.online)
            .arg(figures.whole ? 1 : 0)
            .arg(ms(figures.cpuNs, 0.50), ms(figures.cpuNs, 1.0)));
}

} // namespace

} // namespace chatbuddy::bench::peoplelist

int main(int argc, char *argv[])
{
    using namespace chatbuddy::bench;
    chatbuddy::client::tuneAllocator(); // as the app does, before anything allocates much
    // A real window, drawn offscreen unless a platform is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"chatbuddy-bench-peoplelist"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The desktop client's people list on a hub at 127.0.0.x: the real client and main "
        "window (offscreen) log in, names are typed into the filter one character at a time, "
        "and each keystroke is timed until the list is repainted with the hub's answer; prints "
        "the latencies, the rows shown and the process's memory, and a last `result` line."_s);
    parser.addHelpOption();
    peoplelist::addOptions(parser);
    parser.process(app);
    if (!noPositionalArguments(parser))
        return 2;
    const auto options = peoplelist::parseOptions(parser);
    if (!options)
        return 2;
    peoplelist::Run run(*options);
    if (!run.exec()) {
        complain(run.failure());
        return 1;
    }
    peoplelist::report(run.figures());
    return 0;
}
