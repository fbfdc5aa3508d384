// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-transfer's yardstick: a plain TLS 1.3 stream between two QSslSockets in two
// processes on 127.0.0.1, with ChatBuddy's own TLS configuration (tlsConfiguration(), so the
// same cipher is negotiated as on a transfer link). The sender reads the file and writes it as
// it is, no framing and no hash; the receiver reads everything and discards it (or writes it
// to a file). Also what every child shares: the "key value" lines, memory and CPU.

#include "benchsupport.h"
#include "peerlistener.h"
#include "transferbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCipher>
#include <QSslSocket>

#include <fcntl.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::transfer {

namespace {
constexpr qint64 ReadChunk = 1 * MiB; // the stream receiver reads at most this much at once

// A field of /proc/self/status in KiB ("VmRSS:", "VmHWM:").
std::optional<qint64> ownStatusKiB(const QByteArray &field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(field))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(field.size()).trimmed().split(' ').constFirst().toLongLong(&ok);
        return ok ? std::optional(kib) : std::nullopt;
    }
    return std::nullopt;
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}
} // namespace

void report(const QString &key, const QString &value)
{
    say(key + u' ' + value);
}

void report(const QString &key, double value)
{
    report(key, QString::number(value, 'g', 12));
}

void Footprint::start()
{
    m_baseKiB = ownStatusKiB("VmRSS:").value_or(-1);
    m_cpu = cpuSeconds(QCoreApplication::applicationPid()).value_or(0);
    // "5" resets the peak RSS to the current RSS (proc(5), Linux 4.0 and later).
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    m_reset = fd >= 0 && ::write(fd, "5", 1) == 1;
    if (fd >= 0)
        ::close(fd);
}

void Footprint::finish() const
{
    report(u"rss_base_kib"_s, double(m_baseKiB));
    report(u"rss_peak_kib"_s, double(ownStatusKiB("VmHWM:").value_or(-1)));
    report(u"rss_end_kib"_s, double(ownStatusKiB("VmRSS:").value_or(-1)));
    report(u"peak_reset"_s, m_reset ? 1.0 : 0.0);
    report(u"cpu_s"_s, cpuSeconds(QCoreApplication::applicationPid()).value_or(0) - m_cpu);
}

std::chrono::milliseconds transferTimeout(qint64 size)
{
    return 60s + std::chrono::milliseconds(size / (5 * 1000 * 1000) * 1000); // 5 MB/s at least
}

QString cipherOf(const QSslSocket &socket)
{
    const QSslCipher cipher = socket.sessionCipher();
    return cipher.isNull() ? u"none"_s : cipher.name() + u' ' + cipher.protocolString();
}

// Over 50 lines: the receiver's set-up, its reading and its end, in one place.
int runStreamReceiver(const RoleOptions &o)
{
    QString error;
    const auto tls = freshClientTls(u"stream-receiver"_s, &error);
    if (!tls) {
        complain(u"cannot make a key: %1"_s.arg(error));
        return 1;
    }
    std::unique_ptr<QFile> sink;
    if (o.streamToFile) {
        sink = std::make_unique<QFile>(QDir(o.workDir).filePath(u"stream-received.bin"_s));
        if (!sink->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            complain(u"cannot create %1: %2"_s.arg(sink->fileName(), sink->errorString()));
            return 1;
        }
    }
    client::PeerListener listener;
    if (!listener.listen(0, QHostAddress::LocalHost)) {
        complain(u"cannot listen on 127.0.0.1: %1"_s.arg(listener.errorString()));
        return 1;
    }
    QSslSocket socket;
    EventWait wait;
    Footprint footprint;
    QElapsedTimer clock;
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    qint64 received = 0;
    qint64 elapsedNs = -1;
    bool taken = false;
    QObject::connect(&listener, &client::PeerListener::connectionAccepted, &socket,
                     [&](qintptr fd) {
                         if (taken) { // one stream only
                             ::close(int(fd));
                             return;
                         }
                         taken = true;
                         socket.setSslConfiguration(*tls);
                         socket.setReadBufferSize(o.streamReadBuffer);
                         socket.setSocketDescriptor(fd);
                         socket.startServerEncryption();
                     });
    QObject::connect(&socket, &QSslSocket::encrypted, &socket, [&] {
        footprint.start();
        clock.start();
        report(u"cipher"_s, cipherOf(socket));
    });
    // Read as FileReceiver does: once per event-loop turn, not on each of QSslSocket's readyRead
    // signals (one per 4 KiB decrypted), so that the stream written to a file is written in
    // large pieces too.
    bool readQueued = false;
    const auto drain = [&] {
        readQueued = false;
        while (socket.bytesAvailable() > 0 && error.isEmpty()) {
            const qint64 n = socket.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            if (sink && sink->write(buffer.constData(), n) != n)
                error = u"cannot write %1: %2"_s.arg(sink->fileName(), sink->errorString());
            received += n;
        }
        if (received >= o.size && elapsedNs < 0)
            elapsedNs = clock.nsecsElapsed();
        wait.notify();
    };
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] {
        if (readQueued)
            return;
        readQueued = true;
        QMetaObject::invokeMethod(&socket, drain, Qt::QueuedConnection);
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &wait, &EventWait::notify);
    report(u"port"_s, double(listener.port()));
    const bool done = wait.spin(
        [&] {
            return elapsedNs >= 0 || !error.isEmpty() ||
                   (taken && socket.state() == QAbstractSocket::UnconnectedState);
        },
        transferTimeout(o.size));
    if (sink) {
        sink->close();
        QFile::remove(sink->fileName());
    }
    if (!error.isEmpty() || !done || elapsedNs < 0 || received != o.size) {
        complain(
            error.isEmpty()
                ? u"the stream ended after %1 of %2 bytes (%3)"_s.arg(received).arg(o.size).arg(
                      done ? socket.errorString() : u"timed out"_s)
                : error);
        return 1;
    }
    report(u"bytes"_s, double(received));
    report(u"seconds"_s, seconds(elapsedNs));
    footprint.finish();
    socket.disconnectFromHost(); // the sender's end of the stream
    wait.spin([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10s);
    return 0;
}

// Over 50 lines: the sender's pump, its end (everything written, then the receiver's close)
// and its failures, in one place.
int runStreamSender(const RoleOptions &o)
{
    QString error;
    const auto tls = freshClientTls(u"stream-sender"_s, &error);
    if (!tls) {
        complain(u"cannot make a key: %1"_s.arg(error));
        return 1;
    }
    QFile file(o.file);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file.size() < o.size) {
        complain(u"cannot read %1 bytes from %2: %3"_s.arg(o.size).arg(o.file, file.errorString()));
        return 1;
    }
    QSslSocket socket;
    socket.setSslConfiguration(*tls);
    EventWait wait;
    Footprint footprint;
    QElapsedTimer clock;
    QByteArray block(o.streamBlock, Qt::Uninitialized);
    qint64 sent = 0;
    qint64 writtenNs = -1; // everything handed to the kernel
    qint64 closedNs = -1;  // the receiver had it all and closed
    bool streaming = false;
    QString cipher;
    const auto queued = [&socket] {
        return socket.encryptedBytesToWrite() + socket.bytesToWrite();
    };
    const auto pump = [&] {
        if (!streaming)
            return;
        while (sent < o.size && queued() < o.streamAhead) {
            const qint64 n = file.read(block.data(), std::min(o.size - sent, o.streamBlock));
            if (n <= 0) {
                error = u"cannot read %1: %2"_s.arg(o.file, file.errorString());
                streaming = false;
                wait.notify();
                return;
            }
            socket.write(block.constData(), n);
            sent += n;
        }
        if (sent == o.size && queued() == 0 && writtenNs < 0) {
            writtenNs = clock.nsecsElapsed();
            streaming = false;
        }
    };
    QObject::connect(&socket, &QSslSocket::encrypted, &socket, [&] {
        footprint.start();
        clock.start();
        cipher = cipherOf(socket);
        streaming = true;
        pump();
    });
    QObject::connect(&socket, &QSslSocket::bytesWritten, &socket, pump);
    QObject::connect(&socket, &QSslSocket::encryptedBytesWritten, &socket, pump);
    QObject::connect(&socket, &QSslSocket::disconnected, &socket, [&] {
        if (closedNs < 0 && clock.isValid())
            closedNs = clock.nsecsElapsed();
        wait.notify();
    });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &socket, [&] {
        if (socket.error() != QAbstractSocket::RemoteHostClosedError && error.isEmpty())
            error = socket.errorString();
        wait.notify();
    });
    socket.connectToHostEncrypted(u"127.0.0.1"_s, o.port);
    const bool done =
        wait.spin([&] { return closedNs >= 0 || !error.isEmpty(); }, transferTimeout(o.size));
    if (!error.isEmpty() || !done || writtenNs < 0) {
        complain(error.isEmpty()
                     ? u"the stream did not end (%1 of %2 bytes written)"_s.arg(sent).arg(o.size)
                     : error);
        return 1;
    }
    report(u"cipher"_s, cipher);
    report(u"seconds_written"_s, seconds(writtenNs));
    report(u"seconds"_s, seconds(closedNs));
    footprint.finish();
    return 0;
}

} // namespace chatbuddy::bench::transfer
