// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-cluster: two chatbuddy-hub processes sharing one PostgreSQL database (a
// cluster, hub/cluster.h) under load, and one hub on SQLite under the same load in the same run
// (docs/performance.md). cluster.cpp has the options, the runs and the summary; clusterrun.cpp
// one setup's hubs, database and crowd (the crowd is held by chatbuddy-bench-hubscale's worker
// processes); clusterphases.cpp the timed phases (claims, presence, lookups); clusterclient.cpp
// the in-process TLS client they use.

#include "benchfigures.h"
#include "benchsupport.h"
#include "framecodec.h"
#include "identity.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSslSocket;

namespace chatbuddy::test {
class PostgresServer;
}

namespace chatbuddy::bench::cluster {

struct Options {
    int sessions = 2'000;  // crowd sessions per hub of the pair (the SQLite hub holds both shares)
    int claims = 1'000;    // fresh names claimed at once, spread over the hubs
    int watchers = 4;      // watching sessions on each hub of the pair (as many in all on one)
    int joins = 500;       // join-and-leave cycles whose presence is timed
    int joinNames = 50;    // names the joins cycle through (each watcher watches them all)
    int lookups = 20'000;  // `lookup`s of bound, offline names, in all
    int lookupClients = 4; // sessions per hub that send them
    int window = 8;        // lookups in flight per session
    int concurrency = 100; // crowd set-ups in flight per worker
    int repeat = 3;
    bool sqlite = true; // also the one hub on SQLite
    QString hubPath;
    QString workerPath; // chatbuddy-bench-hubscale, run in its --worker mode
};

// Nanoseconds on CLOCK_MONOTONIC, the clock of the hubscale workers' reports too.
qint64 nowNs();

// One identity and its TLS configuration: every claimed name gets a key of its own.
struct Key {
    Identity identity;
    QSslConfiguration tls;
};

// One TLS session with a hub, from a loopback source address; every frame is handed to
// onFrame with the time of the readyRead that brought it.
class Client : public QObject {
    Q_OBJECT
public:
    Client(const QString &name, const Key &key, QObject *parent);

    // Connects to 127.0.0.1:port from `source`; encrypted() follows. False (*error) if the
    // source could not be bound.
    bool open(quint16 port, const QHostAddress &source, QString *error);
    // Sends `hello` (with presence-scope); returns the time it was written.
    qint64 sendHello();
    void sendFrame(const QJsonObject &frame);
    // Closes the connection on purpose: no failure is reported for it.
    void close();

    const QString &name() const { return m_name; }
    bool isEncrypted() const;
    bool isWelcomed() const { return m_welcomeNs != 0; }
    qint64 welcomeNs() const { return m_welcomeNs; }
    int hub = 0; // index of the hub it talks to

    std::function<void(const QJsonObject &frame, qint64 atNs)> onFrame;
    std::function<void(const QString &reason)> onFailure;

Q_SIGNALS:
    void encrypted();

private:
    void readFrames();
    void failed(const QString &reason);

    QString m_name;
    const Key &m_key;
    QSslSocket *m_socket = nullptr; // child
    FrameDecoder m_decoder;
    qint64 m_welcomeNs = 0;
    bool m_closing = false;
};

// One setup's hubs and crowd: the pair on PostgreSQL (two hubs) or one hub on SQLite.
struct Setup {
    QString label;       // "pair" or "sqlite"
    QString databaseUrl; // empty: SQLite in the hub's data folder
    int hubs = 2;
    qint64 postgresPid = 0; // the postmaster, whose processes' CPU is counted (0: none)
};

// The keys the phases use, made once for all runs: names are fresh in every run (a new
// database, a new hub), so keys can be used again.
struct Keys {
    Key crowd;               // the crowd's one key (hubscale's workers use one)
    std::vector<Key> claims; // one per claimed name
    Key watcher;
    Key joiner;
};

// Runs one setup: starts its hubs and workers, holds the crowd, runs the phases, stops all;
// adds "<label>: ..." figures. False with *error on failure.
bool runSetup(const Setup &setup, const Options &options, const Keys &keys, Figures *figures,
              QString *error);

} // namespace chatbuddy::bench::cluster
