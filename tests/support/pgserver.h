// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real PostgreSQL server of the test's own: a temporary folder, a Unix socket in it and no TCP
// listener at all, the database superuser "chatbuddy" with trust authentication. initdb refuses
// to run as root, so as root (CI) the server runs as the "postgres" system user, else "nobody".
// Should the test process die without stopping it (a crash, a kill), a watchdog process stops
// the server and removes the folder.
//
//     PostgresServer &server = PostgresServer::shared();
//     if (!server.isRunning())
//         QSKIP(qPrintable(server.skipReason()));
//     QVERIFY2(server.createDatabase(u"hub"_s), qPrintable(server.errorString()));

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace chatbuddy::test {

class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer(); // stops the server and removes its folder
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // One server for the whole test process: started on the first call (and again if a test
    // stopped it), stopped when the application object goes. Check isRunning() after.
    static PostgresServer &shared();

    // Makes the folder and the cluster (initdb) the first time, then starts the server and
    // waits until it accepts connections. False, with skipReason(), when it cannot.
    bool start();
    bool stop();    // fast shutdown (open connections are ended), waits until stopped
    bool restart(); // the same data, socket folder and port
    bool isRunning() const;

    QString skipReason() const { return m_skipReason; } // why start() failed; empty otherwise
    QString errorString() const { return m_error; }     // the last failure of any call

    QString socketDir() const;          // the Unix socket's folder: the host of a connection
    int port() const { return m_port; } // names the socket file; nothing listens on TCP
    static QString userName();          // the database superuser, "chatbuddy"
    QString logFile() const;
    // A libpq URI for a database of this server:
    // postgresql://chatbuddy@/DATABASE?host=%2Ftmp%2F...%2Fsocket&port=PORT
    QString url(const QString &database) const;

    bool createDatabase(const QString &name);
    // Empties a database for a fresh start: drops every schema and all in it, then makes an
    // empty "public" again. Close other connections to it first (a lock waits 10 s at most).
    bool resetDatabase(const QString &name);
    bool dropDatabase(const QString &name); // ends its connections first; true if it is absent

private:
    bool prepare();
    bool initialize();
    bool launch();
    bool stopWith(const QString &mode);
    bool runTool(const QString &program, const QStringList &arguments);
    void setUp(QProcess &process, const QString &program, const QStringList &arguments) const;
    void startWatchdog();
    void endWatchdog();
    QString dataDir() const;
    QString logTail(int count) const;
    bool fail(const QString &error);
    bool runSql(const QString &database, const QStringList &statements);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_watchdog;
    QString m_binDir;
    QStringList m_runAs; // setpriv or runuser and its arguments, when we are root
    int m_port = 0;
    bool m_initialized = false;
    QString m_skipReason;
    QString m_error;
};

} // namespace chatbuddy::test
