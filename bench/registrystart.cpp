// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-registry: the page cache of the registry file (dropping it, and how much of
// it is cached) and the start of a real chatbuddy-hub process on the registry's folder.

#include "registrybench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

namespace {

constexpr auto StartTimeout = 60s;
constexpr QByteArrayView RunningLine = "Server is now running";

void evictFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    // Dirty pages cannot be dropped: write them back first.
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

} // namespace

void evictFromPageCache(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        evictFile(path + suffix);
}

void readIntoPageCache(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.read(1 << 20).isEmpty()) {
            }
        }
    }
}

QString shareText(std::optional<double> share)
{
    return share ? u"%1 %"_s.arg(fixed(*share * 100, 1)) : u"unknown"_s;
}

std::optional<double> residentShare(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const off_t size = ::lseek(fd, 0, SEEK_END);
    std::optional<double> share;
    if (size > 0) {
        void *map = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
        if (map != MAP_FAILED) {
            const long page = ::sysconf(_SC_PAGESIZE);
            std::vector<unsigned char> pages(size_t((size + page - 1) / page));
            if (::mincore(map, size_t(size), pages.data()) == 0) {
                size_t resident = 0;
                for (const unsigned char flags : pages)
                    resident += flags & 1;
                share = double(resident) / double(pages.size());
            }
            ::munmap(map, size_t(size));
        }
    }
    ::close(fd);
    return share;
}

// Over 50 lines: start, wait for the line, stop and check the exit, with the log for errors.
std::optional<double> timeHubStart(const QString &hub, const QString &dataDir, QString *error)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError); // the log; waitForReadyRead() waits for it
    const QStringList arguments = {u"--port"_s,        u"0"_s,          u"--bind"_s, u"127.0.0.1"_s,
                                   u"--no-announce"_s, u"--data-dir"_s, dataDir};
    QElapsedTimer clock;
    clock.start();
    process.start(hub, arguments);
    if (!process.waitForStarted(int(std::chrono::milliseconds(StartTimeout).count()))) {
        *error = u"cannot start %1: %2"_s.arg(hub, process.errorString());
        return std::nullopt;
    }
    QByteArray log;
    std::optional<double> ms;
    while (!ms) {
        const qint64 left = std::chrono::milliseconds(StartTimeout).count() - clock.elapsed();
        if (left <= 0 || !process.waitForReadyRead(int(left)))
            break;
        log += process.readAllStandardError();
        if (log.contains(RunningLine))
            ms = double(clock.nsecsElapsed()) / 1e6;
    }
    if (!ms) {
        log += process.readAllStandardError();
        *error = u"the hub did not say \"%1\" within %2 s; its log:\n%3"_s.arg(
            QString::fromLatin1(RunningLine), QString::number(StartTimeout.count()),
            QString::fromUtf8(log.right(2000)));
    }
    process.terminate(); // SIGTERM: the hub stops cleanly and checkpoints its database
    if (!process.waitForFinished(15'000)) {
        process.kill();
        process.waitForFinished();
        if (ms)
            *error = u"the hub did not stop within 15 s of SIGTERM"_s;
        return std::nullopt;
    }
    if (ms && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)) {
        *error = u"the hub exited with code %1 after SIGTERM; its log:\n%2"_s.arg(
            QString::number(process.exitCode()),
            QString::fromUtf8(QByteArray(log + process.readAllStandardError()).right(2000)));
        return std::nullopt;
    }
    return ms;
}

} // namespace chatbuddy::bench
