// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-mailbox: the hub's sealed mailbox under load. A real chatbuddy-hub on
// 127.0.0.1 holds users x per-user envelopes (by default 100,000 for 1,000 offline users):
// fill rate, hub memory, database size, the login-time fetch of 100 envelopes (p50...max), the
// acknowledgements that delete them; then, in process, what opening 1,000 envelopes costs a
// client. --repeat runs it all again with a fresh hub and prints the spread.

#include "benchsupport.h"
#include "mailboxbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>
#include <QtEndian>

#include <unistd.h>

#include <algorithm>

#ifndef CHATBUDDY_BUILD_TYPE
#define CHATBUDDY_BUILD_TYPE "unknown"
#endif

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

DiskUse diskUse(const QString &dataDir)
{
    const QString base = QDir(dataDir).filePath(u"registry.sqlite"_s);
    return {QFileInfo(base).size(), QFileInfo(base + u"-wal"_s).size(),
            QFileInfo(base + u"-shm"_s).size()};
}

std::optional<qint64> freeBytes(const QString &dataDir)
{
    // The SQLite file header: page size at 16 (2 bytes, 1 meaning 65536), free pages at 36.
    QFile file(QDir(dataDir).filePath(u"registry.sqlite"_s));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return std::nullopt;
    const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const quint32 freePages = qFromBigEndian<quint32>(header.constData() + 36);
    return qint64(pageSize == 1 ? 65536 : pageSize) * freePages;
}

QString dataDirOf(qint64 pid)
{
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> arguments = file.readAll().split('\0');
    QString dir; // the last one counts, as for QCommandLineParser
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == "--data-dir")
            dir = QString::fromLocal8Bit(arguments[i + 1]);
    }
    return dir;
}

bool keepCopy(const QString &from, const QString &to, QString *error)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QFile::remove(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) ||
            (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) !=
                 0 &&
             !QFile::copy(source, target))) {
            *error = u"cannot keep %1 as %2"_s.arg(source, target);
            return false;
        }
    }
    return true;
}

namespace {

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
    QFile load(u"/proc/loadavg"_s);
    const QString loadAverage =
        load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll().trimmed()) : u"n/a"_s;
    say(u"machine: %1 cores, %2; %3 %4; Qt %5; load average now %6"_s.arg(
        QString::number(QThread::idealThreadCount()), cpu, QSysInfo::kernelType(),
        QSysInfo::kernelVersion(), QString::fromLatin1(qVersion()), loadAverage));
#ifdef NDEBUG
    say(u"build: %1 (assertions off)"_s.arg(QLatin1StringView(CHATBUDDY_BUILD_TYPE)));
#else
    say(u"build: %1 (assertions ON: not a build to measure)"_s.arg(
        QLatin1StringView(CHATBUDDY_BUILD_TYPE)));
#endif
}

int run(const MailboxOptions &o)
{
    const int fetchUsers = o.fetchUsers < 0 ? o.users : o.fetchUsers;
    say(u"chatbuddy-bench-mailbox: --users %1 --per-user %2 (%3 envelopes) --senders %4 "
        "--fetch-users %5 --open %6 --repeat %7 --seal-threads %8 --window %9"_s.arg(o.users)
            .arg(o.perUser)
            .arg(qint64(o.users) * o.perUser)
            .arg(o.senders)
            .arg(fetchUsers)
            .arg(o.open)
            .arg(o.repeat)
            .arg(o.sealThreads)
            .arg(o.window));
    say(u"  --concurrency %1 --long-share %2 %3--hub %4%5"_s.arg(o.concurrency)
            .arg(o.longShare)
            .arg(o.ack ? QString() : u"--no-ack "_s)
            .arg(o.hubPath)
            .arg(o.keep.isEmpty() ? QString() : u" --keep "_s + o.keep));
    describeMachine();
    QString error;
    // Sessions: the senders, the registrations in flight and one login at a time.
    if (!ensureFileLimit(qint64(o.senders) + o.concurrency + 128, u"the sessions"_s, &error)) {
        complain(error);
        return 1;
    }
    say(u"making %1 recipients and %2 senders (identity + mailbox key each)..."_s.arg(o.users).arg(
        o.senders));
    QElapsedTimer keys;
    keys.start();
    std::vector<BenchUser> recipients, senders;
    if (!makeUsers(u"mbx"_s, o.users, &recipients, &error, o.profiles) ||
        !makeUsers(u"sender"_s, o.senders, &senders, &error, o.profiles)) {
        complain(error);
        return 1;
    }
    say(u"  done in %1 s"_s.arg(fixed(double(keys.elapsed()) / 1e3)));
    Figures figures;
    for (int r = 1; r <= o.repeat; ++r) {
        say(u"run %1 of %2"_s.arg(r).arg(o.repeat));
        MailboxOptions runOptions = o;
        if (!o.keep.isEmpty() && o.repeat > 1)
            runOptions.keep = QDir(o.keep).filePath(u"run-%1"_s.arg(r));
        if (!runAgainstHub(runOptions, recipients, senders, &figures, &error)) {
            complain(error);
            return 1;
        }
        if (o.open > 0) {
            say(u"opening %1 envelopes in process..."_s.arg(o.open));
            if (!measureOpening(o.open, senders, o.longShare, &figures, &error)) {
                complain(error);
                return 1;
            }
        }
    }
    say(u""_s);
    say(u"== chatbuddy-bench-mailbox summary (%1 run%2) =="_s.arg(o.repeat).arg(
        o.repeat > 1 ? u"s"_s : QString()));
    figures.print();
    return 0;
}

std::optional<MailboxOptions> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark of the hub's sealed mailbox: starts chatbuddy-hub on 127.0.0.1, fills it "
        "with sealed envelopes for offline users and measures the fill, hub memory, database "
        "size, the login-time fetch and the acks; then the client's cost of opening "
        "envelopes."_s);
    parser.addHelpOption();
    const MailboxOptions d;
    parser.addOptions({
        {u"users"_s, u"Offline recipients."_s, u"N"_s, QString::number(d.users)},
        {u"per-user"_s, u"Envelopes deposited for each recipient."_s, u"E"_s,
         QString::number(d.perUser)},
        {u"senders"_s, u"Sender identities (each has users x per-user / senders waiting)."_s,
         u"S"_s, QString::number(d.senders)},
        {u"fetch-users"_s, u"Recipients who log in and fetch, spread evenly (default: all)."_s,
         u"F"_s},
        {u"open"_s, u"Envelopes the client opens in process (0: skip)."_s, u"N"_s,
         QString::number(d.open)},
        {u"repeat"_s, u"Whole runs, each with a fresh hub; the summary gives the spread."_s, u"K"_s,
         QString::number(d.repeat)},
        {u"hub"_s, u"The chatbuddy-hub executable (default: the one in this build tree)."_s,
         u"path"_s, defaultHubPath()},
        {u"keep"_s, u"Keep the hub's data folder (the registry) in this folder."_s, u"dir"_s},
        {u"no-ack"_s, u"Fetch but never acknowledge: the envelopes stay (see --keep)."_s},
        {u"profiles"_s,
         u"Make the users as ChatBuddy profiles in this folder, so the app can log in as one "
         "of them (with --keep, to look at the kept mailbox by hand)."_s,
         u"dir"_s},
        {u"seal-threads"_s, u"Threads sealing the fill (default: one per core)."_s, u"T"_s,
         QString::number(QThread::idealThreadCount())},
        {u"window"_s, u"Deposits in flight per sender connection."_s, u"W"_s,
         QString::number(d.window)},
        {u"concurrency"_s, u"Registrations in flight."_s, u"K"_s, QString::number(d.concurrency)},
        {u"long-share"_s, u"Percent of messages 1,000-2,000 characters long (else 100-200)."_s,
         u"P"_s, QString::number(d.longShare)},
    });
    parser.process(app);
    if (!noPositionalArguments(parser))
        return std::nullopt;
    bool ok = true;
    const auto number = [&](const QString &name, qint64 min, qint64 max) {
        return int(integerOption(parser, name, min, max, &ok));
    };
    MailboxOptions o;
    o.users = number(u"users"_s, 1, 99'999);
    o.perUser = number(u"per-user"_s, 1, 100'000);
    o.senders = number(u"senders"_s, 1, 10'000);
    o.fetchUsers = parser.isSet(u"fetch-users"_s) ? number(u"fetch-users"_s, 0, o.users) : -1;
    o.open = number(u"open"_s, 0, 1'000'000);
    o.repeat = number(u"repeat"_s, 1, 100);
    o.sealThreads = number(u"seal-threads"_s, 1, 256);
    o.window = number(u"window"_s, 1, 10'000);
    o.concurrency = number(u"concurrency"_s, 1, 1000);
    o.longShare = number(u"long-share"_s, 0, 100);
    o.ack = !parser.isSet(u"no-ack"_s);
    o.hubPath = parser.value(u"hub"_s);
    if (parser.isSet(u"keep"_s))
        o.keep = QFileInfo(parser.value(u"keep"_s)).absoluteFilePath();
    if (parser.isSet(u"profiles"_s))
        o.profiles = QFileInfo(parser.value(u"profiles"_s)).absoluteFilePath();
    if (ok && qint64(o.users) * o.perUser > 100'000'000) {
        complain(u"--users x --per-user must stay within 100,000,000"_s);
        ok = false;
    }
    return ok ? std::optional(o) : std::nullopt;
}

} // namespace

} // namespace chatbuddy::bench

int main(int argc, char *argv[])
{
    chatbuddy::bench::preferUnixEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatbuddy-bench-mailbox"_s);
    const auto options = chatbuddy::bench::parseOptions(app);
    if (!options)
        return 2;
    return chatbuddy::bench::run(*options);
}
