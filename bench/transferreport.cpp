// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-transfer's report: the machine, each run's lines (throughput, memory, the chat's
// round trip, the SHA-256 check) and the summary, with ranges over the runs and the goals.

#include "benchsupport.h"
#include "sha256.h"
#include "transferbench.h"

#include <QAbstractEventDispatcher>
#include <QFile>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <functional>

#ifndef CHATBUDDY_BUILD_TYPE
#define CHATBUDDY_BUILD_TYPE "unknown"
#endif

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::transfer {

namespace {

constexpr double RatioGoal = 70;       // percent of the plain stream's MB/s, at least
constexpr double GrowthGoalMiB = 32;   // RSS growth of either side for a 4 GiB file, under
constexpr double RoundTripGoalMs = 50; // the chat's p99 while a file moves, under
constexpr qint64 HashChunk = 8 * MiB;

std::optional<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    Sha256 hash;
    QByteArray chunk(HashChunk, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;)
        hash.add(QByteArrayView(chunk.constData(), n));
    return hash.result();
}

double number(const Values &values, const QString &key)
{
    return values.value(key).toDouble();
}

std::vector<qint64> samples(const Values &values, const QString &key)
{
    std::vector<qint64> out;
    const QString text = values.value(key);
    if (text.isEmpty() || text == u"-"_s)
        return out;
    const auto parts = QStringView(text).split(u',');
    for (const QStringView part : parts)
        out.push_back(part.toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

// "p50 a / p99 b / max c ms (n)" of sorted nanoseconds.
QString spread(const std::vector<qint64> &sorted)
{
    return u"p50 %1 / p99 %2 / max %3 ms (%4)"_s
        .arg(fixed(percentileMs(sorted, 0.5)), fixed(percentileMs(sorted, 0.99)),
             fixed(percentileMs(sorted, 1.0)))
        .arg(sorted.size());
}

struct Memory {
    double baseMiB, peakMiB, growthMiB;
    bool peakSinceStart; // the peak could not be reset: it counts the whole process
};

Memory memoryOf(const Values &values)
{
    const double base = number(values, u"rss_base_kib"_s) / 1024;
    const double peak = number(values, u"rss_peak_kib"_s) / 1024;
    return {base, peak, peak - base, number(values, u"peak_reset"_s) != 1};
}

QString memoryText(const Memory &m)
{
    return u"%1 → %2 MiB (+%3)%4"_s.arg(
        fixed(m.baseMiB, 1), fixed(m.peakMiB, 1), fixed(m.growthMiB, 1),
        m.peakSinceStart ? u" [peak since the process began]"_s : QString());
}

double cpuPercent(const Values &values)
{
    const double wall = number(values, u"seconds"_s);
    return wall > 0 ? 100 * number(values, u"cpu_s"_s) / wall : 0;
}

// "met" when every run meets the goal, else "MISSED" and in how many runs it was met.
QString verdict(const std::vector<double> &values, const std::function<bool(double)> &meets)
{
    const auto met = std::count_if(values.begin(), values.end(), meets);
    if (met == qsizetype(values.size()))
        return u"met"_s;
    return u"MISSED (met in %1 of %2 runs)"_s.arg(met).arg(values.size());
}

} // namespace

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
#ifdef NDEBUG
    say(u"build: %1 (assertions off)"_s.arg(QLatin1StringView(CHATBUDDY_BUILD_TYPE)));
#else
    say(u"build: %1 (assertions ON: not a build to measure)"_s.arg(
        QLatin1StringView(CHATBUDDY_BUILD_TYPE)));
#endif
    // What changes the figures a lot and is inherited by the children.
    for (const char *name : {"GLIBC_TUNABLES", "QT_NO_GLIB", "MALLOC_ARENA_MAX"}) {
        if (qEnvironmentVariableIsSet(name))
            say(u"environment: %1=%2"_s.arg(QLatin1StringView(name), qEnvironmentVariable(name)));
    }
    const auto *dispatcher = QAbstractEventDispatcher::instance();
    say(u"event dispatcher (the children inherit the environment): %1"_s.arg(
        dispatcher ? QString::fromLatin1(dispatcher->metaObject()->className()) : u"none"_s));
}

QString sizeText(qint64 bytes)
{
    const std::pair<QString, qint64> units[] = {{u"GiB"_s, GiB}, {u"MiB"_s, MiB}, {u"KiB"_s, KiB}};
    for (const auto &[unit, factor] : units) {
        if (bytes >= factor && bytes % factor == 0)
            return u"%1 %2"_s.arg(bytes / factor).arg(unit);
    }
    return u"%1 bytes"_s.arg(QLocale::c().toString(bytes));
}

void Figures::add(const QString &label, double value)
{
    auto &values = m_values[label];
    if (values.empty())
        m_order.append(label);
    values.push_back(value);
}

const std::vector<double> &Figures::values(const QString &label) const
{
    static const std::vector<double> none;
    const auto it = m_values.constFind(label);
    return it == m_values.cend() ? none : *it;
}

void Figures::print(int decimals) const
{
    for (const QString &label : m_order) {
        std::vector<double> v = m_values.value(label);
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        say(n > 1 ? u"  %1: %2 (%3–%4)"_s.arg(label, fixed(median, decimals),
                                              fixed(v.front(), decimals), fixed(v.back(), decimals))
                  : u"  %1: %2"_s.arg(label, fixed(median, decimals)));
    }
}

// Over 50 lines: one run's report, a line per aspect, and its figures for the summary.
bool reportRun(const RunOutcome &r, const Options &o, const QByteArray &sentSha, Figures &figures,
               Pooled &pooled)
{
    const double size = double(o.role.size);
    const double streamMBps = size / number(r.streamRx, u"seconds"_s) / 1e6;
    const double chatMBps = size / number(r.chatRx, u"seconds"_s) / 1e6;
    const double ratio = 100 * chatMBps / streamMBps;
    const QString streamCipher = r.streamRx.value(u"cipher"_s);
    const QString linkCipher = r.chatRx.value(u"cipher"_s);
    say(u"  plain TLS stream: %1 s, %2 MB/s (%3); CPU: sender %4 %, receiver %5 % of that time"_s
            .arg(fixed(number(r.streamRx, u"seconds"_s), 3), fixed(streamMBps, 1), streamCipher,
                 fixed(cpuPercent(r.streamTx), 0), fixed(cpuPercent(r.streamRx), 0)));
    say(u"  ChatBuddy transfer: %1 s, %2 MB/s (%3), %4 % of the stream; offer to done on the "
        "sender's clock %5 s; CPU: sender %6 %, receiver %7 %"_s.arg(
            fixed(number(r.chatRx, u"seconds"_s), 3), fixed(chatMBps, 1), linkCipher,
            fixed(ratio, 1), fixed(number(r.chatTx, u"offer_to_done_s"_s), 3),
            fixed(cpuPercent(r.chatTx), 0), fixed(cpuPercent(r.chatRx), 0)));
    const Memory streamTx = memoryOf(r.streamTx), streamRx = memoryOf(r.streamRx);
    const Memory chatTx = memoryOf(r.chatTx), chatRx = memoryOf(r.chatRx);
    say(u"  RSS at the start → peak: stream sender %1, receiver %2"_s.arg(memoryText(streamTx),
                                                                          memoryText(streamRx)));
    say(u"  RSS at the start → peak: ChatBuddy sender %1, receiver %2"_s.arg(memoryText(chatTx),
                                                                             memoryText(chatRx)));
    const auto idleAck = samples(r.chatTx, u"idle_ack_ns"_s);
    const auto idleEcho = samples(r.chatTx, u"idle_echo_ns"_s);
    const auto busyAck = samples(r.chatTx, u"busy_ack_ns"_s);
    const auto busyEcho = samples(r.chatTx, u"busy_echo_ns"_s);
    const auto busyLate = samples(r.chatTx, u"busy_late_ns"_s);
    const auto echoText = [&o](const std::vector<qint64> &echo) {
        return o.role.chatEcho ? u"; answer %1"_s.arg(spread(echo)) : QString();
    };
    say(u"  chat round trip before the transfer: ack %1%2"_s.arg(spread(idleAck),
                                                                 echoText(idleEcho)));
    say(u"  chat round trip during the transfer: ack %1%2"_s.arg(spread(busyAck),
                                                                 echoText(busyEcho)));
    say(u"    messages sent %1, refused %2, without ack %3%4; the sender's %5 ms timer came "
        "late by p99 %6 / max %7 ms"_s
            .arg(r.chatTx.value(u"busy_sent"_s), r.chatTx.value(u"busy_refused"_s),
                 r.chatTx.value(u"busy_no_ack"_s),
                 o.role.chatEcho ? u", without answer %1"_s.arg(r.chatTx.value(u"busy_no_echo"_s))
                                 : QString())
            .arg(o.role.pingInterval.count())
            .arg(fixed(percentileMs(busyLate, 0.99)), fixed(percentileMs(busyLate, 1.0))));
    pooled.ack.insert(pooled.ack.end(), busyAck.begin(), busyAck.end());
    pooled.answer.insert(pooled.answer.end(), busyEcho.begin(), busyEcho.end());

    const QString path = r.chatRx.value(u"path"_s);
    const auto receivedSha = sha256Of(path);
    QFile::remove(path);
    const bool shaOk = receivedSha && *receivedSha == sentSha;
    say(u"  SHA-256 sent %1, received %2: %3"_s.arg(
        QString::fromLatin1(sentSha.toHex()),
        receivedSha ? QString::fromLatin1(receivedSha->toHex()) : u"(unreadable)"_s,
        shaOk ? u"equal"_s : u"DIFFERENT"_s));
    const QStringList ciphers{streamCipher, r.streamTx.value(u"cipher"_s), linkCipher,
                              r.chatTx.value(u"chat_cipher"_s)};
    if (ciphers.count(streamCipher) != ciphers.size()) {
        complain(
            u"the ciphers differ (stream receiver, stream sender, transfer link, chat): %1"_s.arg(
                ciphers.join(u", "_s)));
        return false;
    }
    if (!shaOk) {
        complain(u"the received file %1 is not the file sent"_s.arg(path));
        return false;
    }
    figures.add(u"plain TLS stream, MB/s"_s, streamMBps);
    figures.add(u"ChatBuddy transfer, MB/s"_s, chatMBps);
    figures.add(u"ChatBuddy / stream, %"_s, ratio);
    figures.add(u"ChatBuddy offer to done (sender's clock), s"_s,
                number(r.chatTx, u"offer_to_done_s"_s));
    figures.add(u"CPU of the stream sender / receiver, % of its time: sender"_s,
                cpuPercent(r.streamTx));
    figures.add(u"CPU of the stream sender / receiver, % of its time: receiver"_s,
                cpuPercent(r.streamRx));
    figures.add(u"CPU of the ChatBuddy sender, % of the transfer's time"_s, cpuPercent(r.chatTx));
    figures.add(u"CPU of the ChatBuddy receiver, % of the transfer's time"_s, cpuPercent(r.chatRx));
    const std::pair<QString, Memory> memories[] = {{u"stream sender"_s, streamTx},
                                                   {u"stream receiver"_s, streamRx},
                                                   {u"ChatBuddy sender"_s, chatTx},
                                                   {u"ChatBuddy receiver"_s, chatRx}};
    for (const auto &[who, m] : memories) {
        figures.add(u"RSS of the %1 at the start, MiB"_s.arg(who), m.baseMiB);
        figures.add(u"RSS of the %1 at its peak, MiB"_s.arg(who), m.peakMiB);
        figures.add(u"RSS growth of the %1, MiB"_s.arg(who), m.growthMiB);
    }
    figures.add(u"chat ack before the transfer p50, ms"_s, percentileMs(idleAck, 0.5));
    figures.add(u"chat ack before the transfer p99, ms"_s, percentileMs(idleAck, 0.99));
    figures.add(u"chat ack during the transfer p50, ms"_s, percentileMs(busyAck, 0.5));
    figures.add(u"chat ack during the transfer p99, ms"_s, percentileMs(busyAck, 0.99));
    figures.add(u"chat ack during the transfer max, ms"_s, percentileMs(busyAck, 1.0));
    if (o.role.chatEcho) {
        figures.add(u"chat answer before the transfer p50, ms"_s, percentileMs(idleEcho, 0.5));
        figures.add(u"chat answer before the transfer p99, ms"_s, percentileMs(idleEcho, 0.99));
        figures.add(u"chat answer during the transfer p50, ms"_s, percentileMs(busyEcho, 0.5));
        figures.add(u"chat answer during the transfer p99, ms"_s, percentileMs(busyEcho, 0.99));
        figures.add(u"chat answer during the transfer max, ms"_s, percentileMs(busyEcho, 1.0));
    }
    figures.add(u"sender's timer late during the transfer max, ms"_s, percentileMs(busyLate, 1.0));
    return true;
}

// The goals of the issue, against every run.
void summarizeGoals(const Figures &f, const Options &o, Pooled pooled)
{
    const auto &ratios = f.values(u"ChatBuddy / stream, %"_s);
    const auto [ratioMin, ratioMax] = std::minmax_element(ratios.begin(), ratios.end());
    say(u"goal: ChatBuddy at least %1 % of the plain stream: %2–%3 %: %4"_s.arg(
        fixed(RatioGoal, 0), fixed(*ratioMin, 1), fixed(*ratioMax, 1),
        verdict(ratios, [](double ratio) { return ratio >= RatioGoal; })));
    std::vector<double> growths; // per run, the larger of the two sides
    const auto &sender = f.values(u"RSS growth of the ChatBuddy sender, MiB"_s);
    const auto &receiver = f.values(u"RSS growth of the ChatBuddy receiver, MiB"_s);
    for (size_t i = 0; i < std::min(sender.size(), receiver.size()); ++i)
        growths.push_back(std::max(sender[i], receiver[i]));
    const double worstGrowth = *std::max_element(growths.begin(), growths.end());
    say(u"goal: RSS growth under %1 MiB for a 4 GiB file: at most %2 MiB (either side, %3): "
        "%4"_s.arg(fixed(GrowthGoalMiB, 0), fixed(worstGrowth, 1), sizeText(o.role.size),
                   o.role.size >= 4 * GiB
                       ? verdict(growths, [](double growth) { return growth < GrowthGoalMiB; })
                       : u"(not the goal's 4 GiB: %1 at this size)"_s.arg(
                             worstGrowth < GrowthGoalMiB ? u"under"_s : u"OVER"_s)));
    // p99 over the runs and over every message of every run, against the goal.
    const auto roundTrip = [&f](const QString &what, const QString &label,
                                std::vector<qint64> all) {
        std::sort(all.begin(), all.end());
        const auto &p99s = f.values(u"chat %1 during the transfer p99, ms"_s.arg(label));
        const auto [best, worst] = std::minmax_element(p99s.begin(), p99s.end());
        say(u"goal: chat round trip p99 under %1 ms during the transfer, %2: p99 %3–%4 ms over "
            "the runs, %5 ms over all %6 messages: %7"_s
                .arg(fixed(RoundTripGoalMs, 0), what, fixed(*best), fixed(*worst),
                     fixed(percentileMs(all, 0.99)), QString::number(all.size()))
                .arg(verdict(p99s, [](double p99) { return p99 < RoundTripGoalMs; })));
    };
    roundTrip(u"message to ack"_s, u"ack"_s, std::move(pooled.ack));
    if (o.role.chatEcho)
        roundTrip(u"message to answer"_s, u"answer"_s, std::move(pooled.answer));
}

} // namespace chatbuddy::bench::transfer
