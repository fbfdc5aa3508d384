// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark in bench/ needs: printing, percentiles, /proc readers, the open-files
// limit, event-driven bounded waits, a real chatbuddy-hub child process and TLS client
// configurations. Benchmarks only ever talk to loopback addresses (127.0.0.0/8).

#include "identity.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class QAbstractSocket;
class QCommandLineParser;
class QSslSocket;

namespace chatbuddy::bench {

// ---- Output -------------------------------------------------------------------------------

// One line on stdout, flushed at once (benchmarks are watched while they run).
void say(const QString &line);
// One line on stderr: "<application name>: error: <message>".
void complain(const QString &message);
QString fixed(double value, int decimals = 2);
// Nearest-rank percentile (p in 0..1) of samples sorted ascending, in nanoseconds; returned
// in milliseconds, 0 when there are no samples.
double percentileMs(const std::vector<qint64> &sortedNs, double p);

// ---- /proc readers (Linux) ----------------------------------------------------------------

// VmRSS of a process in KiB, from /proc/<pid>/status.
std::optional<qint64> residentKiB(qint64 pid);
// User + system CPU time of a process in seconds, from /proc/<pid>/stat.
std::optional<double> cpuSeconds(qint64 pid);
// Open file descriptors of a process: the entries of /proc/<pid>/fd.
std::optional<qint64> openFdCount(qint64 pid);
// The kernel's count of connections dropped because a listen queue was full (all sockets of
// this network namespace), from /proc/net/netstat.
std::optional<qint64> listenOverflows();
// The ephemeral port range (/proc/sys/net/ipv4/ip_local_port_range) as {first, last}.
std::optional<std::pair<int, int>> ephemeralPortRange();

struct FileLimit {
    qint64 before = -1;
    qint64 soft = -1;
    qint64 hard = -1;
};

// Raises this process's open-files soft limit to the hard limit: every socket is a descriptor.
FileLimit raiseFileLimit();
// raiseFileLimit(), prints the result, and checks that `needed` descriptors fit; when they
// do not, fills *error ("<what> need about N open files, but the limit is L") and returns false.
bool ensureFileLimit(qint64 needed, const QString &what, QString *error);

// ---- Command line -------------------------------------------------------------------------

// Prefer Qt's Unix event dispatcher over glib's (whose cost per notifier change grows with
// the number of sockets); call before constructing QCoreApplication. Respects a QT_NO_GLIB
// already set in the environment.
void preferUnixEventDispatcher();
// <directory of this executable>/../hub/chatbuddy-hub: the hub of the same build tree.
QString defaultHubPath();
// True when the command line has no positional arguments; otherwise complains ("unexpected
// argument "x"; see --help") and returns false.
bool noPositionalArguments(const QCommandLineParser &parser);
// The integer value of option `name`, which must lie in [min, max]; otherwise complains
// ("--name must be a whole number from min to max") and sets *ok to false.
qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                     bool *ok);
// 127.0.0.n for n in 1..254: the source addresses benchmarks bind their sockets to.
QHostAddress loopbackAddress(int n);

// ---- Event-driven waits -------------------------------------------------------------------

// A benchmark calls notify() whenever something a wait may be waiting for has happened;
// spin() runs the event loop until done() holds or the timeout passes. No fixed sleeps.
class EventWait : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void notify() { Q_EMIT progressed(); }
    // True if done() holds (checked at once, on every notify() and at the timeout).
    bool spin(const std::function<bool()> &done, std::chrono::milliseconds timeout);

    // A run's first failure: recorded (and waits woken) unless the run is stopping; false.
    bool fail(const QString &reason);
    QString failure() const { return m_failure; }
    // From now on failures are the run's own doing (stopping what it started): not recorded.
    void stop() { m_stopping = true; }
    bool stopping() const { return m_stopping; }
    // spin() that also ends on a failure; false then, and a timeout becomes the failure
    // ("timed out after S s waiting for <what>").
    bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
                   const QString &what);

Q_SIGNALS:
    void progressed();

private:
    QString m_failure;
    bool m_stopping = false;
};

// ---- A real hub process -------------------------------------------------------------------

// A chatbuddy-hub child process with a temporary data folder (removed afterwards). Its
// stderr (the log) is read continuously, so the hub never blocks on a full pipe.
class HubProcess : public QObject {
    Q_OBJECT
public:
    explicit HubProcess(QObject *parent = nullptr);
    ~HubProcess() override;

    // The long options `path --help` lists, without dashes ("max-pending", ...): benchmarks
    // pass an option only if this hub knows it, since hubs of other versions exit on unknown
    // ones. Empty if the hub cannot be run (waits at most 10 s).
    static QSet<QString> knownOptions(const QString &path);
    // For each {option, value} this hub knows: "--option value"; the others are left out and
    // listed in *skipped (if given).
    static QStringList argumentsIfKnown(const QSet<QString> &known,
                                        const QList<std::pair<QString, QString>> &options,
                                        QStringList *skipped = nullptr);

    // Prints and runs `path arguments... --data-dir <temporary folder>` and waits, at most
    // `timeout`, for its "Listening on port N" line. On failure fills *error and returns false.
    bool start(const QString &path, const QStringList &arguments, std::chrono::milliseconds timeout,
               QString *error);
    // Sends SIGTERM and waits up to `timeout` for a clean exit (then kills it); complains
    // about anything but exit code 0. Does nothing if the hub is not running.
    void stop(std::chrono::seconds timeout = std::chrono::seconds(15));

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_pid; }
    // Its --data-dir: files put there before start() are the hub's (such as identity/).
    QString dataDir() const { return m_dataDir.path(); }
    // Its last log lines, for error messages.
    QString tail() const;
    // Called with every complete log line (optional).
    void setLineHandler(std::function<void(const QString &)> handler)
    {
        m_lineHandler = std::move(handler);
    }

Q_SIGNALS:
    // The port became known, or the process ended.
    void changed();
    // The hub ended (or failed to start) other than through stop(); `description` says how,
    // with its last log lines.
    void exitedUnexpectedly(const QString &description);

private:
    void readLog();

    QProcess m_process;
    QTemporaryDir m_dataDir;
    QString m_path;
    QByteArray m_log;   // unterminated tail of the hub's stderr
    QStringList m_tail; // its last lines
    std::function<void(const QString &)> m_lineHandler;
    quint16 m_port = 0;
    qint64 m_pid = 0;
    bool m_stopping = false;
};

// What the hub's log says about one connection it closed (best effort: the log is written for
// people and its wording may change).
struct HubClose {
    QString address; // the client's address, e.g. 127.0.0.2
    // The error code it was refused with ("hello-timeout"), or else the log's reason with
    // digits replaced by N ("closed: the client closed the connection").
    QString reason;
};
// Parses "Closing connection from ...: why (code)" and "Connection from ... closed: why".
std::optional<HubClose> parseHubClose(const QString &line);
// True for the hub's warning and error lines.
bool isHubWarning(const QString &line);

// ---- TLS clients --------------------------------------------------------------------------

// What a ChatBuddy client presents to the hub: TLS 1.3, its key and self-signed certificate.
// The hub's certificate is self-signed too; clients pin it, benchmarks check nothing.
QSslConfiguration clientTlsConfiguration(const Identity &identity);
// The same with a freshly generated key; nullopt (and *error) if generation failed.
std::optional<QSslConfiguration> freshClientTls(const QString &commonName, QString *error);
// A TLS client socket with `tls`, bound to `source` (if not null) so that its connection
// leaves from that address. Returns nullptr (and *error) if the bind failed.
QSslSocket *newTlsSocket(const QSslConfiguration &tls, const QHostAddress &source, QObject *parent,
                         QString *error);
// Binds `socket` to source:0 before connectToHost(); false (and *error) on failure.
bool bindSource(QAbstractSocket &socket, const QHostAddress &source, QString *error);

} // namespace chatbuddy::bench
