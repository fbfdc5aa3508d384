// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "tlsconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTimer>

#include <dirent.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

void complain(const QString &message)
{
    std::fprintf(stderr, "%s: error: %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                 qUtf8Printable(message));
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

double percentileMs(const std::vector<qint64> &sortedNs, double p)
{
    if (sortedNs.empty())
        return 0.0;
    const auto rank = qsizetype(std::ceil(p * double(sortedNs.size())));
    const auto index = std::clamp<qsizetype>(rank - 1, 0, qsizetype(sortedNs.size()) - 1);
    return double(sortedNs[size_t(index)]) / 1e6;
}

std::optional<qint64> residentKiB(qint64 pid)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("VmRSS:"))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(6).trimmed().split(' ').constFirst().toLongLong(&ok);
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / ticks; // utime, stime
}

std::optional<qint64> openFdCount(qint64 pid)
{
    // Needs the same user as the process (or root). readdir does not stat the entries, so
    // this stays cheap with thousands of sockets.
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/fd";
    DIR *dir = ::opendir(path.constData());
    if (!dir)
        return std::nullopt;
    qint64 count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count;
}

std::optional<qint64> listenOverflows()
{
    QFile file(u"/proc/net/netstat"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith("TcpExt:") || !lines[i + 1].startsWith("TcpExt:"))
            continue;
        const QList<QByteArray> names = lines[i].simplified().split(' ');
        const QList<QByteArray> values = lines[i + 1].simplified().split(' ');
        const qsizetype index = names.indexOf("ListenOverflows");
        if (index > 0 && index < values.size())
            return values[index].toLongLong();
    }
    return std::nullopt;
}

std::optional<std::pair<int, int>> ephemeralPortRange()
{
    QFile file(u"/proc/sys/net/ipv4/ip_local_port_range"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() != 2)
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    const int first = fields[0].toInt(&firstOk);
    const int last = fields[1].toInt(&lastOk);
    if (!firstOk || !lastOk || last < first)
        return std::nullopt;
    return std::pair{first, last};
}

FileLimit raiseFileLimit()
{
    FileLimit result;
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return result;
    result.before = qint64(limit.rlim_cur);
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    result.soft = qint64(limit.rlim_cur);
    result.hard = qint64(limit.rlim_max);
    return result;
}

bool ensureFileLimit(qint64 needed, const QString &what, QString *error)
{
    const FileLimit limit = raiseFileLimit();
    if (limit.soft < 0) {
        *error = u"cannot read the open-files limit"_s;
        return false;
    }
    say(u"open-files limit: soft %1 (was %2), hard %3"_s.arg(limit.soft)
            .arg(limit.before)
            .arg(limit.hard));
    if (limit.soft < needed) {
        *error = u"%1 need about %2 open files, but the limit is %3"_s.arg(what).arg(needed).arg(
            limit.soft);
        return false;
    }
    return true;
}

void preferUnixEventDispatcher()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

QString defaultHubPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../hub/chatbuddy-hub"_s);
}

bool noPositionalArguments(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return true;
    complain(u"unexpected argument \"%1\"; see --help"_s.arg(arguments.constFirst()));
    return false;
}

qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                     bool *ok)
{
    bool parsed = false;
    const qint64 value = parser.value(name).toLongLong(&parsed);
    if (!parsed || value < min || value > max) {
        complain(u"--%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name)));
        *ok = false;
    }
    return value;
}

QHostAddress loopbackAddress(int n)
{
    Q_ASSERT(n >= 1 && n <= 254);
    return QHostAddress(quint32((127u << 24) | quint32(std::clamp(n, 1, 254))));
}

bool EventWait::spin(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &EventWait::progressed, &loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    timer.start(timeout);
    loop.exec();
    return done();
}

bool EventWait::fail(const QString &reason)
{
    if (!m_stopping && m_failure.isEmpty()) {
        m_failure = reason;
        notify();
    }
    return false;
}

bool EventWait::waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
                          const QString &what)
{
    const bool reached = spin([this, &done] { return !m_failure.isEmpty() || done(); }, timeout);
    if (!m_failure.isEmpty())
        return false;
    if (!reached)
        return fail(u"timed out after %1 s waiting for %2"_s.arg(
            fixed(double(timeout.count()) / 1e3, 1), what));
    return true;
}

HubProcess::HubProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardError, this, &HubProcess::readLog);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        Q_EMIT exitedUnexpectedly(
            u"cannot start the hub %1: %2"_s.arg(m_path, m_process.errorString()));
        Q_EMIT changed();
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        readLog();
        if (!m_stopping) {
            Q_EMIT exitedUnexpectedly(
                u"the hub exited unexpectedly (exit code %1); its last log lines:\n%2"_s
                    .arg(exitCode)
                    .arg(m_tail.isEmpty() ? u"(none)"_s : m_tail.join(u'\n')));
        }
        Q_EMIT changed();
    });
}

HubProcess::~HubProcess()
{
    stop();
}

QSet<QString> HubProcess::knownOptions(const QString &path)
{
    QProcess help;
    help.setProcessChannelMode(QProcess::MergedChannels);
    help.start(path, {u"--help"_s});
    if (!help.waitForFinished(10'000)) {
        help.kill();
        help.waitForFinished(1'000);
        return {};
    }
    QSet<QString> known;
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?--([a-z0-9-]+)"_s,
                                           QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(help.readAll());
    for (auto it = option.globalMatch(text); it.hasNext();)
        known.insert(it.next().captured(1));
    return known;
}

QStringList HubProcess::argumentsIfKnown(const QSet<QString> &known,
                                         const QList<std::pair<QString, QString>> &options,
                                         QStringList *skipped)
{
    QStringList arguments;
    for (const auto &[name, value] : options) {
        if (known.contains(name)) {
            arguments << u"--"_s + name << value;
        } else if (skipped) {
            skipped->append(u"--"_s + name);
        }
    }
    return arguments;
}

bool HubProcess::start(const QString &path, const QStringList &arguments,
                       std::chrono::milliseconds timeout, QString *error)
{
    const QFileInfo hub(path);
    if (!hub.isFile() || !hub.isExecutable()) {
        *error = u"no hub executable at %1; build the chatbuddy-hub target or pass "
                 "--hub PATH"_s.arg(path);
        return false;
    }
    if (!m_dataDir.isValid()) {
        *error = u"cannot create a temporary data folder: %1"_s.arg(m_dataDir.errorString());
        return false;
    }
    m_path = QDir::cleanPath(hub.absoluteFilePath());
    // Benchmarks measure the directory: the hub keeps quiet on the network.
    const QStringList all =
        arguments + QStringList{u"--data-dir"_s, m_dataDir.path(), u"--no-announce"_s};
    say(u"starting %1 %2"_s.arg(m_path, all.join(u' ')));

    QString failure;
    const auto recordFailure =
        connect(this, &HubProcess::exitedUnexpectedly, this, [&failure](const QString &why) {
            if (failure.isEmpty())
                failure = why;
        });
    EventWait wait;
    connect(this, &HubProcess::changed, &wait, &EventWait::notify);
    m_process.start(m_path, all);
    const bool up =
        wait.spin([this, &failure] { return m_port != 0 || !failure.isEmpty(); }, timeout);
    disconnect(recordFailure);
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    if (!up || m_port == 0) {
        *error = u"timed out after %1 s waiting for the hub to report its port"_s.arg(
            fixed(double(timeout.count()) / 1e3, 1));
        return false;
    }
    m_pid = m_process.processId();
    return true;
}

void HubProcess::stop(std::chrono::seconds timeout)
{
    m_stopping = true;
    if (m_process.state() == QProcess::NotRunning)
        return;
    EventWait wait;
    connect(this, &HubProcess::changed, &wait, &EventWait::notify);
    const auto stopped = [this] {
        return m_process.state() == QProcess::NotRunning;
    };
    // The hub says `shutdown` to everyone and closes quietly (no presence storm).
    m_process.terminate();
    if (!wait.spin(stopped, timeout)) {
        complain(u"the hub did not stop within %1 s of SIGTERM; killing it"_s.arg(timeout.count()));
        m_process.kill();
        wait.spin(stopped, 5s);
    } else if (m_process.exitStatus() != QProcess::NormalExit) {
        complain(u"the hub died on SIGTERM instead of stopping cleanly"_s);
    } else if (m_process.exitCode() != 0) {
        complain(u"the hub exited with code %1 after SIGTERM"_s.arg(m_process.exitCode()));
    }
}

QString HubProcess::tail() const
{
    return m_tail.join(u'\n');
}

void HubProcess::readLog()
{
    m_log += m_process.readAllStandardError();
    qsizetype start = 0;
    for (qsizetype nl = m_log.indexOf('\n'); nl >= 0; nl = m_log.indexOf('\n', start)) {
        const QString line = QString::fromUtf8(m_log.constData() + start, nl - start);
        start = nl + 1;
        m_tail.append(line);
        if (m_tail.size() > 20)
            m_tail.removeFirst();
        if (m_lineHandler)
            m_lineHandler(line);
        if (m_port != 0)
            continue;
        static const QRegularExpression listening(u"Listening on port (\\d+)"_s);
        if (const auto match = listening.match(line); match.hasMatch()) {
            m_port = match.captured(1).toUShort();
            Q_EMIT changed();
        }
    }
    m_log.remove(0, start);
}

std::optional<HubClose> parseHubClose(const QString &line)
{
    // describe() in hub/directory.cpp: "ADDR:PORT", or "'name' (ADDR:PORT)" once registered.
    static const QRegularExpression closing(
        u"Closing connection from (?:.*?\\()?(\\d+\\.\\d+\\.\\d+\\.\\d+):\\d+\\)?: (.*)$"_s);
    static const QRegularExpression closed(
        u"Connection from (?:.*?\\()?(\\d+\\.\\d+\\.\\d+\\.\\d+):\\d+\\)? closed: (.*)$"_s);
    static const QRegularExpression code(u"\\(([a-z]+(?:-[a-z]+)*)\\)$"_s);
    static const QRegularExpression digits(u"\\d+"_s);
    if (const auto match = closing.match(line); match.hasMatch()) {
        const QString why = match.captured(2);
        if (const auto coded = code.match(why); coded.hasMatch())
            return HubClose{match.captured(1), coded.captured(1)};
        return HubClose{match.captured(1), QString(why).replace(digits, u"N"_s)};
    }
    if (const auto match = closed.match(line); match.hasMatch())
        return HubClose{match.captured(1),
                        u"closed: "_s + QString(match.captured(2)).replace(digits, u"N"_s)};
    return std::nullopt;
}

bool isHubWarning(const QString &line)
{
    return line.contains(u" warning: "_s) || line.contains(u" error: "_s);
}

QSslConfiguration clientTlsConfiguration(const Identity &identity)
{
    // The hub's certificate is self-signed; clients pin it, the benchmark checks nothing.
    return tlsConfiguration(identity);
}

std::optional<QSslConfiguration> freshClientTls(const QString &commonName, QString *error)
{
    const auto identity = Identity::generate(commonName);
    if (!identity) {
        if (error)
            *error = identity.error();
        return std::nullopt;
    }
    return clientTlsConfiguration(*identity);
}

bool bindSource(QAbstractSocket &socket, const QHostAddress &source, QString *error)
{
    // Only loopback: benchmarks never leave this machine.
    if (!source.isLoopback()) {
        *error = u"refusing to bind to %1: benchmarks use loopback addresses only"_s.arg(
            source.toString());
        return false;
    }
    if (!socket.bind(source, 0)) {
        *error = u"cannot bind to %1: %2"_s.arg(source.toString(), socket.errorString());
        return false;
    }
    return true;
}

QSslSocket *newTlsSocket(const QSslConfiguration &tls, const QHostAddress &source, QObject *parent,
                         QString *error)
{
    auto *socket = new QSslSocket(parent);
    socket->setSslConfiguration(tls);
    if (!source.isNull() && !bindSource(*socket, source, error)) {
        delete socket;
        return nullptr;
    }
    return socket;
}

} // namespace chatbuddy::bench
