// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of chatbuddy-bench-transfer. transfer.cpp is the parent: it makes the file, runs
// every measurement as a pair of child processes of this executable (--role);
// transferreport.cpp prints the figures. transferstream.cpp holds the plain TLS stream (the
// yardstick), transferchat.cpp the two client cores (a chat with Transfers on each side).
// Children print "key value" lines on stdout for the parent, and only ever listen on and
// connect to 127.0.0.1.

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <vector>

class QSslSocket;

namespace chatbuddy::bench::transfer {

inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * KiB;
inline constexpr qint64 GiB = 1024 * MiB;

// The child processes (--role ...).
inline const QString StreamReceiverRole = QStringLiteral("stream-receiver");
inline const QString StreamSenderRole = QStringLiteral("stream-sender");
inline const QString ChatReceiverRole = QStringLiteral("chat-receiver");
inline const QString ChatSenderRole = QStringLiteral("chat-sender");

// What a child is told (the parent passes it on the command line).
struct RoleOptions {
    QString role;
    QString file;    // the file to send (senders)
    QString workDir; // the receivers' files and both profiles go here
    qint64 size = 0; // bytes to move
    quint16 port = 0;
    // The plain stream: bytes read from the file per write, and how much may wait in the
    // socket (TLS included) before the sender reads more; the receiving socket's read buffer
    // (0: Qt's default, unbounded). Received bytes are discarded, or written to a file in
    // workDir with streamToFile.
    qint64 streamBlock = 256 * KiB;
    qint64 streamAhead = 1 * MiB; // FileSender's SendAhead
    qint64 streamReadBuffer = 0;
    bool streamToFile = false;
    // The chat during the transfer: a message every pingInterval, and idlePings of them
    // before the transfer (for comparison).
    std::chrono::milliseconds pingInterval{20};
    int idlePings = 50;
    // The receiver answers every message with one of its own ("echo N"), which its sender's
    // core acknowledges in turn: a conversation, not one-way messages.
    bool chatEcho = false;
    // Diagnosis: TCP_NODELAY on both chat sockets (ChatBuddy's chat links do not set it).
    bool chatNoDelay = false;
};

int runStreamReceiver(const RoleOptions &o);
int runStreamSender(const RoleOptions &o);
int runChatReceiver(const RoleOptions &o);
int runChatSender(const RoleOptions &o);

// ---- For the children ---------------------------------------------------------------------

// One "key value" line for the parent.
void report(const QString &key, const QString &value);
void report(const QString &key, double value);

// This process's memory and CPU time around a transfer: start() takes VmRSS and the CPU time
// and resets the peak (VmHWM, by writing 5 to /proc/self/clear_refs), so that the peak read by
// finish() is the peak since start(); finish() reports rss_base_kib, rss_peak_kib,
// rss_end_kib, peak_reset (1 if the reset worked; otherwise the peak is since the process
// began) and cpu_s.
class Footprint {
public:
    void start();
    void finish() const;

private:
    qint64 m_baseKiB = -1;
    double m_cpu = 0;
    bool m_reset = false;
};

// How long a child may wait for a transfer of size bytes: generous, so that only a hang ends
// it (the parent kills children that outlive its own, larger deadline).
std::chrono::milliseconds transferTimeout(qint64 size);

// The negotiated cipher and protocol of an encrypted socket, "TLS_AES_256_GCM_SHA384
// TLSv1.3": what the parent compares between the stream and the transfer link.
QString cipherOf(const QSslSocket &socket);

// ---- For the parent ------------------------------------------------------------------------

struct Options {
    RoleOptions role; // what the children are told
    int runs = 1;
    QString dir;
};

using Values = QHash<QString, QString>; // a child's "key value" lines

// What the four children of one run reported.
struct RunOutcome {
    Values streamRx, streamTx, chatRx, chatTx;
};

// Every figure of every run, by label, in the order first added.
class Figures {
public:
    void add(const QString &label, double value);
    const std::vector<double> &values(const QString &label) const;
    // "label: median (min–max)" for every figure (just the value after one run).
    void print(int decimals = 1) const;

private:
    QMap<QString, std::vector<double>> m_values;
    QStringList m_order;
};

// The chat's round trips during the transfer, of every run together (nanoseconds).
struct Pooled {
    std::vector<qint64> ack, answer;
};

// /proc/loadavg: other work skews the figures.
QString loadAverage();
// Cores, CPU, kernel, Qt, the load, the build type and the event dispatcher.
void describeMachine();
// "1 GiB", "256 KiB", or bytes.
QString sizeText(qint64 bytes);
// Prints one run, checks the received file's SHA-256 against sentSha (and removes the file)
// and that every cipher is the same, and adds the run to figures and pooled; false if the
// benchmark must stop.
bool reportRun(const RunOutcome &r, const Options &o, const QByteArray &sentSha, Figures &figures,
               Pooled &pooled);
// The goals against every run.
void summarizeGoals(const Figures &f, const Options &o, Pooled pooled);

} // namespace chatbuddy::bench::transfer
