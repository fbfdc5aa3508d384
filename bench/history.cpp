// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-history: the client's history with a big profile (by default 1,000,000
// messages over 1,000 contacts, historyprofile.cpp): core start against an empty profile, the
// last page of a conversation and each older one, search, memory, database size, and how long
// writes hold the UI thread. Every measurement runs in a fresh child process of this
// executable (--measure), so that neither memory nor start carry anything of the generation.

#include "history.h"
#include "benchsupport.h"
#include "conversationmodel.h"
#include "historybench.h"
#include "profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

namespace {

using client::ConversationModel;
using client::History;
using client::Profile;

constexpr double FrameMs = 16; // no write may hold the UI thread longer than a frame
constexpr auto ChildTimeout = 30min;

struct Options {
    qint64 messages = 1'000'000;
    int contacts = 1000;
    int repeat = 5;
    quint64 seed = 1;
    QString profile;
    QString measure; // in a child: "start" or "writes"
};

// A child prints "key value" lines; the parent gathers the values of every run by key.
using Figures = QMap<QString, std::vector<double>>;

bool runChild(const QString &what, const QString &dir, const Options &o, const QString &prefix,
              Figures &figures)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--measure"_s, what, u"--profile"_s, dir, u"--seed"_s, QString::number(o.seed)});
    const bool done = child.waitForFinished(int(std::chrono::milliseconds(ChildTimeout).count()));
    if (!done || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        complain(u"the %1 measurement on %2 failed (%3)"_s.arg(
            what, dir, done ? u"exit code %1"_s.arg(child.exitCode()) : child.errorString()));
        child.kill();
        child.waitForFinished();
        return false;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            figures[prefix + QString::fromLatin1(parts[0])].push_back(parts[1].toDouble());
    }
    return true;
}

struct Spread {
    double median = 0, min = 0, max = 0;
};

Spread spread(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}

// Met when even the worst is; typical is the median, or the percentile named.
QString verdict(double typical, double worst, double goal, const QString &typicalName = u"median"_s)
{
    if (worst <= goal)
        return u"met"_s;
    return typical <= goal ? u"met by the %1, MISSED by the max"_s.arg(typicalName) : u"MISSED"_s;
}

// "label: median unit (min a, max b; goal <= g unit) met"; without a goal when goal < 0.
void figure(const QString &label, const std::vector<double> &values, double goal,
            const QString &unit = u"ms"_s, int decimals = 2)
{
    const Spread s = spread(values);
    QString line = u"%1: %2 %3 (min %4, max %5"_s.arg(
        label, fixed(s.median, decimals), unit, fixed(s.min, decimals), fixed(s.max, decimals));
    line += goal < 0 ? u")"_s
                     : u"; goal <= %1 %2) %3"_s.arg(fixed(goal, 0), unit,
                                                    verdict(s.median, s.max, goal));
    say(line);
}

// Per run: a[i] - b[i] (the runs alternate the two profiles).
std::vector<double> minus(const std::vector<double> &a, const std::vector<double> &b)
{
    std::vector<double> out;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        out.push_back(a[i] - b[i]);
    return out;
}

std::vector<double> toMiB(std::vector<double> kib)
{
    for (double &value : kib)
        value /= 1024.0;
    return kib;
}

void summarize(const Figures &f, const Options &o, const Meta &meta, const DbSize &size)
{
    say(QString());
    say(u"== chatbuddy-bench-history summary =="_s);
    say(u"%1 messages over %2 contacts; %3 runs, each in fresh processes: every figure is the "
        "median (min, max) over the runs"_s.arg(count(meta.messages), count(meta.contacts))
            .arg(o.repeat));
    const auto get = [&f](const QString &key) {
        return f.value(key);
    };
    figure(u"core start, empty profile"_s, get(u"empty.start_ms"_s), -1);
    figure(u"core start, big profile"_s, get(u"big.start_ms"_s), -1);
    figure(u"core start, big minus empty"_s,
           minus(get(u"big.start_ms"_s), get(u"empty.start_ms"_s)), 50);
    say(u"at start: %1 contacts in the history, %2 rows in the people list"_s.arg(
        fixed(spread(get(u"big.contacts"_s)).median, 0),
        fixed(spread(get(u"big.people"_s)).median, 0)));
    figure(u"first page (%1 rows, contact %2 with %3 messages)"_s.arg(
               fixed(spread(get(u"big.first_page_rows"_s)).median, 0), QString::number(meta.top),
               count(meta.topCount)),
           get(u"big.first_page_ms"_s), 50);
    std::vector<qint64> pages;
    for (const double value : get(u"big.page_ms"_s))
        pages.push_back(qint64(value * 1e6));
    std::sort(pages.begin(), pages.end());
    const double p95 = percentileMs(pages, 0.95), worst = percentileMs(pages, 1.0);
    say(u"older page (%1 pages of %2 over the runs): p50 %3 ms, p95 %4 ms, max %5 ms (goal <= "
        "16 ms) %6"_s.arg(count(qint64(pages.size())), QString::number(ConversationModel::PageSize),
                          fixed(percentileMs(pages, 0.5)), fixed(p95), fixed(worst),
                          verdict(p95, worst, FrameMs, u"p95"_s)));
    for (size_t i = 0; i < std::size(Queries); ++i) {
        figure(u"search \"%1\", %2, %3 hits"_s.arg(
                   Queries[i].text.toString(), Queries[i].label.toString(),
                   fixed(spread(get(u"big.search%1_hits"_s.arg(i))).median, 0)),
               get(u"big.search%1_ms"_s.arg(i)), 100);
    }
    const std::pair<QString, QString> moments[] = {
        {u"rss_start_kib"_s, u"after start"_s},
        {u"rss_used_kib"_s, u"after the first page and the searches"_s},
        {u"rss_pages_kib"_s, u"after %1 older pages"_s.arg(OlderPages)}};
    for (const auto &[key, when] : moments) {
        const auto big = get(u"big."_s + key), empty = get(u"empty."_s + key);
        figure(u"resident memory %1, empty profile"_s.arg(when), toMiB(empty), -1, u"MiB"_s, 1);
        figure(u"resident memory %1, big profile"_s.arg(when), toMiB(big), -1, u"MiB"_s, 1);
        figure(u"resident memory %1, big minus empty"_s.arg(when), toMiB(minus(big, empty)), 20,
               u"MiB"_s, 1);
    }
    say(u"database size: %1 MiB (history.sqlite %2 bytes, of which %3 in free pages; -wal %4, "
        "-shm %5); %6 bytes a message"_s.arg(
            fixed(double(size.main + size.wal + size.shm) / 1048576.0, 1), count(size.main),
            count(size.free), count(size.wal), count(size.shm),
            fixed(double(size.main + size.wal) / double(std::max<qint64>(meta.messages, 1)), 0)));
    const std::pair<QString, QString> phases[] = {
        {u"w.steady."_s, u"writes, one message a loop turn"_s},
        {u"w.burst."_s,
         u"writes, bursts of %1 every %2 ms"_s.arg(BurstSize).arg(BurstEvery.count())}};
    for (const auto &[key, label] : phases) {
        figure(label + u": longest append()"_s, get(key + u"append_max_ms"_s), FrameMs);
        figure(label + u": append() p99"_s, get(key + u"append_p99_ms"_s), FrameMs);
        figure(label + u": longest setDelivery()"_s, get(key + u"delivery_max_ms"_s), FrameMs);
        figure(label + u": setDelivery() p99"_s, get(key + u"delivery_p99_ms"_s), FrameMs);
        figure(label + u": longest turn (receipts and appends)"_s, get(key + u"turn_max_ms"_s),
               FrameMs);
        figure(label + u": longest event loop stall (gap of a 1 ms timer)"_s,
               get(key + u"gap_max_ms"_s), FrameMs);
        figure(label + u": event loop stall p99"_s, get(key + u"gap_p99_ms"_s), FrameMs);
        figure(label + u": most writes queued"_s, get(key + u"queued_max"_s), -1, u"ops"_s, 0);
    }
    figure(u"writes: the flush() after them"_s, get(u"w.flush_ms"_s), -1);
}

// The load average and the runnable/all threads (/proc/loadavg): other work skews the figures.
QString loadAverage()
{
    QFile load(u"/proc/loadavg"_s);
    return load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll().trimmed())
                                          : u"n/a"_s;
}

void describeMachine()
{
    QString cpu = u"unknown CPU"_s;
    QFile info(u"/proc/cpuinfo"_s);
    if (info.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = info.readAll().split('\n');
        const auto model = std::find_if(lines.begin(), lines.end(), [](const QByteArray &line) {
            return line.startsWith("model name");
        });
        if (model != lines.end())
            cpu = QString::fromUtf8(model->mid(model->indexOf(':') + 1).trimmed());
    }
    say(u"machine: %1 cores, %2; %3 %4; Qt %5; load average now %6"_s.arg(
        QString::number(QThread::idealThreadCount()), cpu, QSysInfo::kernelType(),
        QSysInfo::kernelVersion(), QString::fromLatin1(qVersion()), loadAverage()));
}

int run(const Options &o)
{
    say(u"chatbuddy-bench-history: %1 messages over %2 contacts, profile %3, %4 runs, seed %5"_s
            .arg(count(o.messages), count(o.contacts), o.profile)
            .arg(o.repeat)
            .arg(o.seed));
    describeMachine();
    std::optional<Meta> meta = readMeta(o.profile);
    if (meta && meta->messages == o.messages && meta->contacts == o.contacts &&
        meta->seed == qint64(o.seed)) {
        say(u"reusing the profile in %1"_s.arg(o.profile));
    } else {
        QDir dir(o.profile);
        if (meta) {
            say(u"the profile in %1 was made with other options: making it again"_s.arg(o.profile));
            dir.removeRecursively();
        } else if (dir.exists() && !dir.isEmpty()) {
            complain(u"%1 is neither empty nor a profile of this benchmark"_s.arg(o.profile));
            return 1;
        }
        say(u"generating the profile in %1..."_s.arg(o.profile));
        QString error;
        if (!generate(o.profile, o.messages, o.contacts, o.seed, &error)) {
            complain(error);
            return 1;
        }
        meta = readMeta(o.profile);
    }
    if (!meta || !clean(o.profile, *meta))
        return 1;
    const DbSize size = describe(o.profile, *meta);
    const QString empty = o.profile + u"-empty"_s;
    { // its key and its history file are made now, not in a timed start
        const auto profile = Profile::openAt(empty, ProfileName);
        History history;
        if (!profile || history.open(historyPath(empty)) != History::OpenState::Ready) {
            complain(u"cannot make the empty profile %1: %2"_s.arg(
                empty, profile ? history.notice() : profile.error()));
            return 1;
        }
    }
    Figures figures;
    for (int r = 1; r <= o.repeat; ++r) {
        say(u"run %1 of %2..."_s.arg(r).arg(o.repeat));
        if (!runChild(u"start"_s, o.profile, o, u"big."_s, figures) ||
            !runChild(u"start"_s, empty, o, u"empty."_s, figures) ||
            !runChild(u"writes"_s, o.profile, o, u"w."_s, figures) || !clean(o.profile, *meta))
            return 1;
    }
    summarize(figures, o, *meta, size);
    say(u"load average at the end: %1"_s.arg(loadAverage()));
    return 0;
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark of the client's history with a big profile: core start, conversation "
        "pages, search, memory, database size and writes. The profile is generated once (that "
        "takes minutes) and reused by later runs."_s);
    parser.addHelpOption();
    const Options defaults;
    QCommandLineOption measure(u"measure"_s, u"Internal: one measurement."_s, u"what"_s);
    measure.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({
        {u"messages"_s, u"Messages in the profile."_s, u"N"_s, QString::number(defaults.messages)},
        {u"contacts"_s, u"Contacts they are spread over."_s, u"N"_s,
         QString::number(defaults.contacts)},
        {u"profile"_s,
         u"The profile folder, reused if it holds a profile made with the same options (default: "
         "chatbuddy-bench-history-MESSAGES-CONTACTS in the temporary folder)."_s,
         u"dir"_s},
        {u"repeat"_s, u"Runs of every measurement, each in fresh processes."_s, u"N"_s,
         QString::number(defaults.repeat)},
        {u"seed"_s, u"Seed of the generated profile."_s, u"N"_s, QString::number(defaults.seed)},
        measure,
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    Options o;
    o.messages = integerOption(parser, u"messages"_s, 1, 100'000'000, &ok);
    o.contacts = int(integerOption(parser, u"contacts"_s, 1, 100'000, &ok));
    o.repeat = int(integerOption(parser, u"repeat"_s, 1, 1000, &ok));
    o.seed = quint64(integerOption(parser, u"seed"_s, 0, 1LL << 62, &ok));
    o.measure = parser.value(measure);
    if (!o.measure.isEmpty() && o.measure != u"start"_s && o.measure != u"writes"_s) {
        complain(u"--measure is start or writes"_s);
        ok = false;
    }
    const QString dir =
        parser.isSet(u"profile"_s)
            ? parser.value(u"profile"_s)
            : QDir::temp().filePath(
                  u"chatbuddy-bench-history-%1-%2"_s.arg(o.messages).arg(o.contacts));
    o.profile = QFileInfo(dir).absoluteFilePath();
    return ok ? std::optional(o) : std::nullopt;
}

} // namespace

} // namespace chatbuddy::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-history"_s);
    const auto options = chatbuddy::bench::parseOptions(app);
    if (!options)
        return 2;
    if (options->measure == u"start"_s)
        return chatbuddy::bench::measureStart(options->profile);
    if (options->measure == u"writes"_s)
        return chatbuddy::bench::measureWrites(options->profile, options->seed);
    return chatbuddy::bench::run(*options);
}
