// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-transfer: one file (1 GiB by default) sent over loopback between two client
// cores in two processes (a chat with Transfers on each side, transferchat.cpp), next to a
// plain TLS 1.3 stream of the same bytes between two QSslSockets in two processes with the
// same cipher (transferstream.cpp). Prints MB/s of both and their ratio, each side's resident
// memory before and at its peak, and the chat's round trip while the file moves; checks the
// received file's SHA-256. This file is the parent: it makes the file and runs each
// measurement as a pair of child processes of this executable (--role), --runs times;
// transferreport.cpp prints what they measured.

#include "allocator.h"
#include "benchsupport.h"
#include "sha256.h"
#include "transferbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <unistd.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::transfer {

namespace {

constexpr qint64 GenerateChunk = 8 * MiB;

// One child process of this executable in a role; its "key value" lines are collected.
class Child {
public:
    Child(const QString &role, EventWait *wait)
        : m_role(role)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this, wait] {
            read();
            wait->notify();
        });
        QObject::connect(&m_process, &QProcess::finished, &m_process, [this, wait] {
            read();
            m_done = true;
            wait->notify();
        });
        QObject::connect(&m_process, &QProcess::errorOccurred, &m_process,
                         [this, wait](QProcess::ProcessError error) {
                             if (error != QProcess::FailedToStart)
                                 return;
                             m_done = m_failedToStart = true;
                             wait->notify();
                         });
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QStringList &arguments)
    {
        m_process.start(QCoreApplication::applicationFilePath(),
                        QStringList{u"--role"_s, m_role} + arguments);
    }
    bool isDone() const { return m_done; }
    bool succeeded() const
    {
        return m_done && !m_failedToStart && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }
    bool failed() const { return m_done && !succeeded(); }
    bool has(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    const Values &values() const { return m_values; }
    QString outcome() const
    {
        if (m_failedToStart)
            return u"did not start: %1"_s.arg(m_process.errorString());
        if (!m_done)
            return u"still running"_s;
        if (m_process.exitStatus() != QProcess::NormalExit)
            return u"crashed"_s;
        return u"exit code %1"_s.arg(m_process.exitCode());
    }

private:
    void read()
    {
        m_partial += m_process.readAllStandardOutput();
        qsizetype start = 0;
        for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
            const QString line = QString::fromUtf8(m_partial.constData() + start, nl - start);
            start = nl + 1;
            const qsizetype space = line.indexOf(u' ');
            if (space > 0)
                m_values.insert(line.left(space), line.mid(space + 1));
        }
        m_partial.remove(0, start);
    }

    QString m_role;
    QProcess m_process;
    QByteArray m_partial;
    Values m_values;
    bool m_done = false;
    bool m_failedToStart = false;
};

// Runs a receiver child until it reports its port, then the sender child against it, and
// waits for both; false (and *error) if either fails or they take too long.
bool runPair(const QString &receiverRole, const QString &senderRole, const QStringList &arguments,
             qint64 size, Values *receiverValues, Values *senderValues, QString *error)
{
    EventWait wait;
    Child receiver(receiverRole, &wait);
    Child sender(senderRole, &wait);
    receiver.start(arguments);
    if (!wait.spin([&] { return receiver.has(u"port"_s) || receiver.isDone(); }, 60s) ||
        !receiver.has(u"port"_s)) {
        *error = u"the %1 did not listen (%2)"_s.arg(receiverRole, receiver.outcome());
        return false;
    }
    sender.start(arguments + QStringList{u"--port"_s, receiver.value(u"port"_s)});
    const bool ended = wait.spin(
        [&] {
            return (receiver.isDone() && sender.isDone()) || receiver.failed() || sender.failed();
        },
        transferTimeout(size) + 120s);
    if (!ended || !receiver.succeeded() || !sender.succeeded()) {
        *error = u"%1: %2; %3: %4%5"_s.arg(receiverRole, receiver.outcome(), senderRole,
                                           sender.outcome(), ended ? QString() : u" (timed out)"_s);
        return false;
    }
    *receiverValues = receiver.values();
    *senderValues = sender.values();
    return true;
}

// "1GiB", "512MiB", "4G" (binary), "100MB" (decimal), or bytes.
std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\s*([KMGT]?)(i?B?)\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2).toUpper();
    const bool decimal = match.captured(3).compare(u"B"_s, Qt::CaseInsensitive) == 0;
    const qint64 base = decimal ? 1000 : 1024;
    const int power = QStringView(u"KMGT").indexOf(unit.isEmpty() ? QChar() : unit.front()) + 1;
    if (!ok || (unit.isEmpty() && !match.captured(3).isEmpty() && !decimal))
        return std::nullopt;
    qint64 value = number;
    for (int i = 0; i < power; ++i) {
        if (value > std::numeric_limits<qint64>::max() / base)
            return std::nullopt;
        value *= base;
    }
    return value;
}

// Random-looking bytes (splitmix64) at several GB/s, written in big chunks and hashed on the
// way; fsync'd, so that no write-back of it runs during the measurements.
bool makeFile(const QString &path, qint64 size, QByteArray *sha, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = u"cannot create %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    std::vector<quint64> words(GenerateChunk / 8);
    quint64 state = 0x5eed;
    Sha256 hash;
    for (qint64 done = 0; done < size;) {
        for (quint64 &word : words) {
            quint64 z = (state += 0x9e3779b97f4a7c15ULL);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
        const qint64 n = std::min(size - done, GenerateChunk);
        const auto *bytes = reinterpret_cast<const char *>(words.data());
        hash.add(QByteArrayView(bytes, n));
        if (file.write(bytes, n) != n) {
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
            return false;
        }
        done += n;
    }
    if (::fsync(file.handle()) != 0) {
        *error = u"cannot sync %1"_s.arg(path);
        return false;
    }
    *sha = hash.result();
    return true;
}

QStringList childArguments(const Options &o, const QString &file, const QString &workDir)
{
    QStringList arguments{u"--size"_s,          QString::number(o.role.size),
                          u"--file"_s,          file,
                          u"--work"_s,          workDir,
                          u"--stream-block"_s,  QString::number(o.role.streamBlock),
                          u"--stream-ahead"_s,  QString::number(o.role.streamAhead),
                          u"--ping-interval"_s, QString::number(o.role.pingInterval.count()),
                          u"--idle-pings"_s,    QString::number(o.role.idlePings)};
    if (o.role.streamToFile)
        arguments.append(u"--stream-to-file"_s);
    if (o.role.chatEcho)
        arguments.append(u"--chat-echo"_s);
    if (o.role.chatNoDelay)
        arguments.append(u"--chat-nodelay"_s);
    return arguments;
}

// Over 50 lines: the parent's script (header, checks, the file, the runs, the summary).
int run(const Options &o)
{
    say(u"chatbuddy-bench-transfer: --size %1 (%2 bytes) --runs %3 --ping-interval %4 "
        "--idle-pings %5 --stream-block %6 --stream-ahead %7 --stream-read-buffer %8"_s
            .arg(sizeText(o.role.size))
            .arg(o.role.size)
            .arg(o.runs)
            .arg(o.role.pingInterval.count())
            .arg(o.role.idlePings)
            .arg(sizeText(o.role.streamBlock), sizeText(o.role.streamAhead),
                 sizeText(o.role.streamReadBuffer) +
                     QString(o.role.streamToFile ? u" --stream-to-file"_s : QString()) +
                     (o.role.chatEcho ? u" --chat-echo"_s : QString()) +
                     (o.role.chatNoDelay ? u" --chat-nodelay"_s : QString())));
    describeMachine();
    QString error;
    if (!ensureFileLimit(64, u"the benchmark"_s, &error)) {
        complain(error);
        return 1;
    }
    const QString base = o.dir.isEmpty() ? QDir::tempPath() : o.dir;
    QTemporaryDir work(QDir(base).filePath(u"chatbuddy-bench-transfer-XXXXXX"_s));
    if (!work.isValid()) {
        complain(u"cannot make a folder in %1: %2"_s.arg(base, work.errorString()));
        return 1;
    }
    // The file, and a received copy (or the stream's, with --stream-to-file) at a time.
    const qint64 needed = 2 * o.role.size + 256 * MiB;
    const qint64 available = QStorageInfo(work.path()).bytesAvailable();
    say(u"working in %1: %2 MiB free, %3 MiB needed"_s.arg(work.path())
            .arg(available / MiB)
            .arg(needed / MiB));
    if (available < needed) {
        complain(u"not enough free space in %1; pass --dir with more"_s.arg(base));
        return 1;
    }
    const QString file = work.filePath(u"file.bin"_s);
    QElapsedTimer clock;
    clock.start();
    QByteArray sha;
    if (!makeFile(file, o.role.size, &sha, &error)) {
        complain(error);
        return 1;
    }
    say(u"made %1 (%2, random bytes) in %3 s, written through to the disk; SHA-256 %4"_s.arg(
        file, sizeText(o.role.size), fixed(double(clock.elapsed()) / 1e3),
        QString::fromLatin1(sha.toHex())));

    Figures figures;
    Pooled pooled;
    for (int r = 1; r <= o.runs; ++r) {
        const QString runDir = work.filePath(u"run-%1"_s.arg(r));
        QDir().mkpath(runDir);
        const QStringList arguments = childArguments(o, file, runDir);
        RunOutcome outcome;
        // Alternated, so that neither always runs first.
        const bool streamFirst = r % 2 == 1;
        say(u"run %1 of %2 (%3 first); load average %4"_s.arg(r).arg(o.runs).arg(
            streamFirst ? u"the plain stream"_s : u"ChatBuddy"_s, loadAverage()));
        for (int step = 0; step < 2; ++step) {
            const bool stream = (step == 0) == streamFirst;
            const bool ok = stream
                                ? runPair(StreamReceiverRole, StreamSenderRole, arguments,
                                          o.role.size, &outcome.streamRx, &outcome.streamTx, &error)
                                : runPair(ChatReceiverRole, ChatSenderRole, arguments, o.role.size,
                                          &outcome.chatRx, &outcome.chatTx, &error);
            if (!ok) {
                complain(error);
                return 1;
            }
        }
        const bool ok = reportRun(outcome, o, sha, figures, pooled);
        QDir(runDir).removeRecursively();
        if (!ok)
            return 1;
    }
    say(QString());
    say(u"== chatbuddy-bench-transfer summary: %1, %2 run%3; median (min–max) over the runs =="_s
            .arg(sizeText(o.role.size))
            .arg(o.runs)
            .arg(o.runs > 1 ? u"s"_s : QString()));
    figures.print();
    summarizeGoals(figures, o, std::move(pooled));
    say(u"load average at the end: %1"_s.arg(loadAverage()));
    return 0;
}

// Over 50 lines: every option, the children's hidden ones included, with its checks.
std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark of a file transfer between two ChatBuddy client cores in two processes "
        "over loopback TLS, next to a plain TLS 1.3 stream of the same bytes between two "
        "QSslSockets with the same cipher: MB/s, each side's memory, and the chat's round "
        "trip while the file moves. Sizes take KiB, MiB, GiB (or KB, MB, GB)."_s);
    parser.addHelpOption();
    const RoleOptions d;
    QList<QCommandLineOption> hidden{
        {u"role"_s, u"Internal: the child's role."_s, u"role"_s},
        {u"port"_s, u"Internal: the receiver's port."_s, u"port"_s},
        {u"file"_s, u"Internal: the file to send."_s, u"path"_s},
        {u"work"_s, u"Internal: the run's folder."_s, u"dir"_s},
    };
    for (QCommandLineOption &option : hidden)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({
        {u"size"_s, u"Bytes to send (default 1 GiB)."_s, u"size"_s, u"1GiB"_s},
        {u"runs"_s, u"Runs, each with fresh processes; the summary gives the ranges (default 1)."_s,
         u"N"_s, u"1"_s},
        {u"dir"_s, u"Where the file and the received copy go (default: the temporary folder)."_s,
         u"dir"_s},
        {u"ping-interval"_s, u"A chat message this often while the file moves (default 20)."_s,
         u"ms"_s, QString::number(d.pingInterval.count())},
        {u"idle-pings"_s, u"Chat messages before the transfer, for comparison (default 50)."_s,
         u"N"_s, QString::number(d.idlePings)},
        {u"stream-block"_s,
         u"The plain stream's sender reads and writes this much at a time (default "
         "256 KiB, as FileSender)."_s,
         u"size"_s, sizeText(d.streamBlock)},
        {u"stream-ahead"_s,
         u"The plain stream's sender reads more while less than this waits (default "
         "1 MiB, as FileSender)."_s,
         u"size"_s, sizeText(d.streamAhead)},
        {u"stream-read-buffer"_s,
         u"The plain stream's receiving socket buffers at most this much (0: no limit, Qt's "
         "default)."_s,
         u"size"_s, u"0"_s},
        {u"stream-to-file"_s, u"The plain stream's receiver writes to a file (else discards)."_s},
        {u"chat-echo"_s, u"The receiver answers every chat message with one of its own, and "
                         "the sender times that answer too (a conversation)."_s},
        {u"chat-nodelay"_s, u"Diagnosis: TCP_NODELAY on both chat sockets (ChatBuddy sets it "
                            "itself since it was measured here)."_s},
    });
    parser.addOptions(hidden);
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    const auto size = [&](const QString &name, qint64 min, qint64 max) {
        const auto value = parseSize(parser.value(name));
        if (!value || *value < min || *value > max) {
            complain(u"--%1 must be a size from %2 to %3, not \"%4\""_s.arg(
                name, sizeText(min), sizeText(max), parser.value(name)));
            ok = false;
        }
        return value.value_or(0);
    };
    Options o;
    o.role.size = size(u"size"_s, 1, 64 * GiB);
    o.role.streamBlock = size(u"stream-block"_s, 1, 64 * MiB);
    o.role.streamAhead = size(u"stream-ahead"_s, 1, 1 * GiB);
    o.role.streamReadBuffer = size(u"stream-read-buffer"_s, 0, 1 * GiB);
    o.role.streamToFile = parser.isSet(u"stream-to-file"_s);
    o.role.chatEcho = parser.isSet(u"chat-echo"_s);
    o.role.chatNoDelay = parser.isSet(u"chat-nodelay"_s);
    o.role.pingInterval =
        std::chrono::milliseconds(integerOption(parser, u"ping-interval"_s, 1, 10'000, &ok));
    o.role.idlePings = int(integerOption(parser, u"idle-pings"_s, 0, 100'000, &ok));
    o.runs = int(integerOption(parser, u"runs"_s, 1, 100, &ok));
    o.dir = parser.value(u"dir"_s);
    o.role.role = parser.value(u"role"_s);
    o.role.file = parser.value(u"file"_s);
    o.role.workDir = parser.value(u"work"_s);
    if (parser.isSet(u"port"_s))
        o.role.port = quint16(integerOption(parser, u"port"_s, 1, 65535, &ok));
    const QStringList roles{StreamReceiverRole, StreamSenderRole, ChatReceiverRole, ChatSenderRole};
    if (!o.role.role.isEmpty() && !roles.contains(o.role.role)) {
        complain(u"--role is one of %1"_s.arg(roles.join(u", "_s)));
        ok = false;
    }
    return ok ? std::optional(o) : std::nullopt;
}

} // namespace

} // namespace chatbuddy::bench::transfer

int main(int argc, char *argv[])
{
    // Every process, both ChatBuddy's and the plain stream's, with the allocator as the app
    // sets it (desktop-client/core/allocator.h), so both are measured under the same rules.
    chatbuddy::client::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-transfer"_s);
    using namespace chatbuddy::bench::transfer;
    const auto options = parseOptions(app);
    if (!options)
        return 2;
    const RoleOptions &role = options->role;
    if (!role.role.isEmpty()) // complaints say which child
        QCoreApplication::setApplicationName(u"chatbuddy-bench-transfer (%1)"_s.arg(role.role));
    if (role.role == StreamReceiverRole)
        return runStreamReceiver(role);
    if (role.role == StreamSenderRole)
        return runStreamSender(role);
    if (role.role == ChatReceiverRole)
        return runChatReceiver(role);
    if (role.role == ChatSenderRole)
        return runChatSender(role);
    return run(*options);
}
