// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-mailbox: what the parts share. mailbox.cpp has the options, the runs and the
// summary; mailboxrun.h one run against a real hub (mailboxrun.cpp: start, register, memory and
// disk; mailboxfill.cpp: the deposits; mailboxfetch.cpp: login, fetch, ack); mailboxclient.cpp
// the TLS client of the hub; mailboxseal.cpp the keys, sealing and opening.

#include "benchfigures.h"
#include "framecodec.h"
#include "hpke.h"
#include "identity.h"
#include "mailboxmessages.h"
#include "sealedmail.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QSslSocket;

namespace chatbuddy::bench {

struct MailboxOptions {
    int users = 1000;     // offline recipients
    int perUser = 100;    // envelopes deposited for each
    int senders = 100;    // sender identities (each has 1,000 waiting by default: the quota)
    int fetchUsers = -1;  // recipients who log in and fetch; -1: all
    int open = 1000;      // envelopes opened in process
    int repeat = 1;       // whole runs, each with a fresh hub
    int sealThreads = 0;  // 0: one per core
    int window = 32;      // deposits in flight per sender connection
    int concurrency = 32; // registrations in flight
    int longShare = 10;   // percent of messages that are long (1,000-2,000 characters)
    bool ack = true;      // --no-ack: leave the envelopes in the mailbox
    QString hubPath;
    QString keep;     // copy of the data folder at the end (hard links), if set
    QString profiles; // the users as ChatBuddy profiles in this folder, if set
};

// One user of the benchmark: a name, a key and its certified mailbox key.
struct BenchUser {
    QString name;
    Identity identity;
    QSslConfiguration tls;
    hpke::KeyPair mailboxKey;
    PublishKey publish;
    sealed::Recipient recipient() const
    {
        return {name, identity.fingerprint(), mailboxKey.publicKey};
    }
};
// Generates count users named prefix00001...; false and *error on failure. With profilesDir,
// each is a real ChatBuddy profile in profilesDir/NAME (its key and mailbox key on disk), which
// the app can then open (to look at a kept hub by hand).
bool makeUsers(const QString &prefix, int count, std::vector<BenchUser> *users, QString *error,
               const QString &profilesDir = {});

// ---- Sealing and opening (mailboxseal.cpp) ------------------------------------------------

// A chat message of realistic length, the same for the same index: 100-200 characters, or
// 1,000-2,000 for longShare percent of the indexes.
QString messageText(qint64 index, int longShare);

// One envelope to seal: who sends it to whom, and which message.
struct SealJob {
    int sender = 0;    // index into the senders
    int recipient = 0; // index into the recipients
    qint64 index = 0;  // message number: the text and the id derive from it
};
struct SealedBatch {
    std::vector<Envelope> envelopes; // in the order of the jobs (unless asFrames)
    std::vector<QByteArray> frames;  // their `deposit` frames, in that order (if asFrames)
    qint64 bodyBytes = 0;            // compact JSON of the envelopes, as the hub stores them
    qint64 threadNs = 0;             // sealing time summed over the threads
    QString error;                   // the first failure, if any
};
// Seals the jobs on `threads` threads; a sender's envelopes are all sealed by one thread, so no
// identity is used by two threads at once.
SealedBatch sealBatch(const std::vector<SealJob> &jobs, const std::vector<BenchUser> &senders,
                      const std::vector<BenchUser> &recipients, int threads, int longShare,
                      bool asFrames);

// Seals `count` envelopes from the senders to one fresh reader (one thread, timed) and times
// what the reader does with each: parse its JSON, sealed::open(), and apart open's two costly
// steps (the signature check and the HPKE decryption).
bool measureOpening(int count, const std::vector<BenchUser> &senders, int longShare,
                    Figures *figures, QString *error);

// ---- The hub's client (mailboxclient.cpp) -------------------------------------------------

// One TLS connection to the hub as `user`: `hello` once encrypted, then whatever the run sends.
// What arrives is reported as signals stamped (clock) with the time of its readyRead.
class MailClient : public QObject {
    Q_OBJECT
public:
    MailClient(const BenchUser &user, const QElapsedTimer &clock, QObject *parent);

    // Connects to 127.0.0.1:port; only ever loopback.
    void open(quint16 port);
    // Closes the connection; closed() follows (not failed()).
    void close();
    void sendFrame(const QByteArray &frame);
    template<typename M> void send(const M &message) { sendFrame(encodeFrame(message.toJson())); }

    const QString &name() const { return m_name; }
    qint64 openedNs() const { return m_openedNs; }

Q_SIGNALS:
    void welcomed(qint64 atNs);
    void pong(qint64 atNs);
    void deposited(const QString &id);
    void refused(const QString &id, const QString &reason, const QString &message);
    void mail(qint64 ref, const QJsonObject &frame);
    void fetched(int remaining, qint64 atNs);
    void closed();
    // Anything unexpected: an `error` frame, a closed socket, a TLS or decoding failure.
    void failed(const QString &reason);

private:
    void readFrames();
    void handle(const QJsonObject &frame, qint64 atNs);
    void reportFailure(const QString &reason);

    QString m_name;
    QSslSocket *m_socket; // child
    const QElapsedTimer &m_clock;
    FrameDecoder m_decoder;
    qint64 m_openedNs = -1;
    bool m_closing = false;
    bool m_failed = false;
};

// ---- A run against a real hub (mailboxrun.cpp) --------------------------------------------

// One run: a fresh hub, registration, fill, memory and disk, fetch and ack. Adds its figures;
// false (and *error) on failure.
bool runAgainstHub(const MailboxOptions &options, const std::vector<BenchUser> &recipients,
                   const std::vector<BenchUser> &senders, Figures *figures, QString *error);

inline double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// Sizes of the registry's files in a hub data folder.
struct DiskUse {
    qint64 database = 0;
    qint64 wal = 0;
    qint64 shm = 0;
    qint64 total() const { return database + wal + shm; }
};
DiskUse diskUse(const QString &dataDir);
// Bytes of free pages in registry.sqlite, from its header (valid once the hub closed it).
std::optional<qint64> freeBytes(const QString &dataDir);
// The --data-dir of a running process, from /proc/<pid>/cmdline; empty if not found.
QString dataDirOf(qint64 pid);
// Puts the files of `from` into `to` (hard links where possible, else copies).
bool keepCopy(const QString &from, const QString &to, QString *error);

} // namespace chatbuddy::bench
