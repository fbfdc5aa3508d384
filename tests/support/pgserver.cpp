// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: a server's whole life for tests (finding it, the unprivileged user, initdb,
// start, stop, the watchdog that cleans up after a crashed test, databases), kept together.
#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVersionNumber>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

namespace {
constexpr int toolTimeoutMs = 90'000; // pg_ctl itself gives up after 60 s (-t 60)
const QString serverTools[] = {u"initdb"_s, u"pg_ctl"_s, u"postgres"_s};

bool hasServerTools(const QString &dir)
{
    return std::all_of(std::begin(serverTools), std::end(serverTools), [&](const QString &tool) {
        return QFileInfo(QDir(dir).filePath(tool)).isExecutable();
    });
}

// CHATBUDDY_PG_BINDIR, else Debian's /usr/lib/postgresql/<version>/bin (the newest), else PATH
// (other distributions).
QString findBinDir(QString *why)
{
    const QString configured = qEnvironmentVariable("CHATBUDDY_PG_BINDIR");
    if (!configured.isEmpty()) {
        if (hasServerTools(configured))
            return configured;
        *why = u"CHATBUDDY_PG_BINDIR=%1 has no initdb, pg_ctl and postgres"_s.arg(configured);
        return {};
    }
    const QDir debian(u"/usr/lib/postgresql"_s);
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        if (const QString dir = debian.filePath(version + u"/bin"_s); hasServerTools(dir))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty() && hasServerTools(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();
    *why = u"the PostgreSQL server is not installed: no initdb, pg_ctl and postgres in "
           "/usr/lib/postgresql/<version>/bin or PATH (Debian: apt-get install postgresql; "
           "or set CHATBUDDY_PG_BINDIR)"_s;
    return {};
}

// Whom the server runs as: ourselves, or an unprivileged user when we are root.
struct Account {
    bool other = false;
    uid_t uid = 0;
    gid_t gid = 0;
    QString name;
};

std::optional<Account> serverAccount(QString *why)
{
    if (::geteuid() != 0)
        return Account{false, ::geteuid(), ::getegid(), {}};
    for (const char *name : {"postgres", "nobody"}) {
        if (const passwd *entry = ::getpwnam(name); entry && entry->pw_uid != 0)
            return Account{true, entry->pw_uid, entry->pw_gid, QString::fromLatin1(name)};
    }
    *why = u"initdb refuses to run as root, and there is no \"postgres\" or \"nobody\" user to "
           "run it as"_s;
    return std::nullopt;
}

// The command that runs a program as the account: setpriv (util-linux), else runuser.
std::optional<QStringList> switchCommand(const Account &account, QString *why)
{
    if (!account.other)
        return QStringList();
    const QStringList system = {u"/usr/bin"_s, u"/bin"_s, u"/usr/sbin"_s, u"/sbin"_s};
    if (QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s, system); !setpriv.isEmpty())
        return QStringList{setpriv, u"--reuid=%1"_s.arg(account.uid),
                           u"--regid=%1"_s.arg(account.gid), u"--clear-groups"_s, u"--"_s};
    if (QString runuser = QStandardPaths::findExecutable(u"runuser"_s, system); !runuser.isEmpty())
        return QStringList{runuser, u"-u"_s, account.name, u"--"_s};
    *why = u"we are root, and neither setpriv nor runuser (util-linux) is there to run the "
           "server as %1"_s.arg(account.name);
    return std::nullopt;
}

// Whether the account may walk down to a folder: x on every component (its primary group only,
// setpriv --clear-groups drops the others).
bool traversable(const QString &path, const Account &account)
{
    for (QString dir = path;; dir = QFileInfo(dir).path()) {
        struct stat info {};
        if (::stat(QFile::encodeName(dir).constData(), &info) != 0)
            return false;
        const mode_t bit = info.st_uid == account.uid   ? S_IXUSR
                           : info.st_gid == account.gid ? S_IXGRP
                                                        : S_IXOTH;
        if (!(info.st_mode & bit))
            return false;
        if (dir == u"/"_s)
            return true;
    }
}

// Where the temporary folder goes: the temp path if the server's user can reach it, its name
// needs no quoting in pg_ctl's shell command line and the socket's path fits in sun_path
// (107 bytes: 60 + "/chatbuddy-pg-XXXXXX/socket/.s.PGSQL.NNNNN"); else /tmp.
QString folderBase(const Account &account)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9/._+-]+$"_s);
    for (const QString &candidate : {QDir::tempPath(), u"/tmp"_s}) {
        const QString base = QFileInfo(candidate).canonicalFilePath();
        if (!base.isEmpty() && base.size() <= 60 && plain.match(base).hasMatch() &&
            traversable(base, account))
            return base;
    }
    return {};
}

int nextPort()
{
    // Every server has a socket folder of its own, so the port only names the socket file and
    // seeds the shared memory key; one port per server of the process keeps the keys apart.
    static std::atomic<int> next{20'000 + int(QRandomGenerator::global()->bounded(30'000))};
    return next++;
}

QString quotedIdentifier(QString name)
{
    return u'"' + name.replace(u'"', u"\"\""_s) + u'"';
}

QString lastLines(const QString &text, int count)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}
} // namespace

PostgresServer::PostgresServer()
    : m_port(nextPort())
{
}

PostgresServer::~PostgresServer()
{
    if (!stopWith(u"fast"_s))
        stopWith(u"immediate"_s);
    endWatchdog();
    m_dir.reset(); // removes the folder
}

PostgresServer &PostgresServer::shared()
{
    // On the heap, and deleted while the application object still exists: stopping needs
    // QProcess, which wants one.
    static PostgresServer *server = [] {
        qAddPostRoutine([] { delete server; });
        return new PostgresServer;
    }();
    // A start that failed is not tried again: it would fail the same way, slowly maybe.
    if (!server->isRunning() && server->m_skipReason.isEmpty())
        server->start();
    return *server;
}

bool PostgresServer::start()
{
    if (isRunning())
        return true;
    m_skipReason.clear();
    if ((m_dir || prepare()) && (m_initialized || initialize()) && launch())
        return true;
    m_skipReason = u"no PostgreSQL server for the test: "_s + m_error;
    if (const QString tail = logTail(15); !tail.isEmpty())
        m_skipReason += u"\nthe end of its log, %1:\n%2"_s.arg(logFile(), tail);
    return false;
}

// Finds the programs and the user to run them as, and makes the folder and its socket folder.
bool PostgresServer::prepare()
{
    QString why;
    m_binDir = findBinDir(&why);
    const std::optional<Account> account = m_binDir.isEmpty() ? std::nullopt : serverAccount(&why);
    const std::optional<QStringList> runAs = account ? switchCommand(*account, &why) : std::nullopt;
    if (!runAs)
        return fail(why);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(u"Qt's PostgreSQL driver QPSQL is missing (Debian: libqt6sql6-psql)"_s);
    const QString base = folderBase(*account);
    if (base.isEmpty())
        return fail(
            u"no temporary folder that %1 can reach (%2 or /tmp) with a short plain path"_s.arg(
                account->other ? account->name : u"we"_s, QDir::tempPath()));
    auto dir = std::make_unique<QTemporaryDir>(base + u"/chatbuddy-pg-XXXXXX"_s);
    if (!dir->isValid() || !QDir(dir->path()).mkdir(u"socket"_s))
        return fail(u"cannot make a temporary folder in %1: %2"_s.arg(base, dir->errorString()));
    // The folder stays 0700: with trust authentication, whoever reaches the socket is superuser.
    for (const QString &path : {dir->path(), dir->filePath(u"socket"_s)}) {
        if (account->other &&
            ::chown(QFile::encodeName(path).constData(), account->uid, account->gid) != 0)
            return fail(u"cannot give %1 to %2: %3"_s.arg(path, account->name,
                                                          QString::fromLocal8Bit(strerror(errno))));
    }
    m_runAs = *runAs;
    m_dir = std::move(dir);
    startWatchdog();
    return true;
}

bool PostgresServer::initialize()
{
    m_initialized =
        runTool(u"initdb"_s, {u"-D"_s, dataDir(), u"-U"_s, userName(), u"--auth=trust"_s,
                              u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s});
    return m_initialized;
}

// pg_ctl hands the options to the server through a shell: the socket folder's path is plain
// (folderBase()), single quotes suffice. listen_addresses='' leaves TCP out altogether; the
// rest trades durability, which a test's server never needs, for speed.
bool PostgresServer::launch()
{
    const QString where =
        u"-c listen_addresses='' -c unix_socket_directories='%1' -c port=%2"_s.arg(
            socketDir(), QString::number(m_port));
    const QString options = where + u" -c fsync=off -c synchronous_commit=off "
                                    "-c full_page_writes=off -c huge_pages=off"_s;
    return runTool(u"pg_ctl"_s, {u"-D"_s, dataDir(), u"-l"_s, logFile(), u"-w"_s, u"-t"_s, u"60"_s,
                                 u"-o"_s, options, u"start"_s});
}

bool PostgresServer::stop()
{
    return stopWith(u"fast"_s);
}

bool PostgresServer::stopWith(const QString &mode)
{
    if (!isRunning())
        return true;
    return runTool(u"pg_ctl"_s,
                   {u"-D"_s, dataDir(), u"-m"_s, mode, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s});
}

bool PostgresServer::restart()
{
    return stop() && start();
}

// The postmaster's pid file (written at start, removed by a clean stop) names a live process,
// not a zombie: a server that died keeps its pid file, and its parent (init) may reap it late.
bool PostgresServer::isRunning() const
{
    if (!m_dir)
        return false;
    QFile pidFile(QDir(dataDir()).filePath(u"postmaster.pid"_s));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pidFile.readLine().trimmed().toInt();
    if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid)); // Linux; elsewhere, kill() has to do
    return !stat.open(QIODevice::ReadOnly) || !stat.readAll().contains(") Z ");
}

QString PostgresServer::socketDir() const
{
    return m_dir ? m_dir->filePath(u"socket"_s) : QString();
}

QString PostgresServer::userName()
{
    return u"chatbuddy"_s;
}

QString PostgresServer::logFile() const
{
    return m_dir ? m_dir->filePath(u"log"_s) : QString();
}

QString PostgresServer::dataDir() const
{
    return m_dir ? m_dir->filePath(u"data"_s) : QString();
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(
        userName(), QString::fromLatin1(QUrl::toPercentEncoding(database)),
        QString::fromLatin1(QUrl::toPercentEncoding(socketDir())), QString::number(m_port));
}

bool PostgresServer::createDatabase(const QString &name)
{
    return runSql(u"postgres"_s, {u"CREATE DATABASE "_s + quotedIdentifier(name)});
}

bool PostgresServer::resetDatabase(const QString &name)
{
    // One round trip: the schemas' names are only known inside.
    return runSql(name, {uR"(DO $$
DECLARE
    schema_name name;
BEGIN
    FOR schema_name IN SELECT nspname FROM pg_namespace
            WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', schema_name);
    END LOOP;
    CREATE SCHEMA public;
END $$)"_s});
}

bool PostgresServer::dropDatabase(const QString &name)
{
    return runSql(u"postgres"_s,
                  {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(quotedIdentifier(name))});
}

// Statements one after another on a short-lived superuser connection over the socket.
bool PostgresServer::runSql(const QString &database, const QStringList &statements)
{
    static std::atomic<int> connections{0};
    const QString connection = u"chatbuddy-pgserver-%1"_s.arg(connections++);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(socketDir());
        db.setPort(m_port);
        db.setUserName(userName());
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            const QStringList session = {u"SET client_min_messages = warning"_s,
                                         u"SET lock_timeout = '10s'"_s};
            for (const QString &statement : session + statements) {
                if (!query.exec(statement)) {
                    error = u"%1: %2"_s.arg(statement, query.lastError().text());
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error.isEmpty() || fail(u"database %1: %2"_s.arg(database, error));
}

// Runs a server program (as the server's user) and waits; on failure, the error says what it
// printed.
bool PostgresServer::runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    setUp(process, QDir(m_binDir).filePath(program), arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    if (!process.waitForStarted(toolTimeoutMs))
        return fail(u"cannot run %1: %2"_s.arg(program, process.errorString()));
    const bool finished = process.waitForFinished(toolTimeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    const QString output = lastLines(QString::fromLocal8Bit(process.readAll()), 15);
    if (!finished)
        return fail(
            u"%1 did not finish in %2 s:\n%3"_s.arg(program).arg(toolTimeoutMs / 1000).arg(output));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(
            u"%1 failed (exit code %2):\n%3"_s.arg(program).arg(process.exitCode()).arg(output));
    return true;
}

// As the server's user, in the folder (which that user can read), with English messages and
// none of the PG* variables that would point the programs elsewhere.
void PostgresServer::setUp(QProcess &process, const QString &program,
                           const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"PG"_s))
            environment.remove(key);
    }
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.setProgram(m_runAs.isEmpty() ? program : m_runAs.first());
    process.setArguments(m_runAs.isEmpty() ? arguments
                                           : m_runAs.mid(1) + QStringList{program} + arguments);
}

// pg_ctl starts the server detached (its own session), so it would outlive a test process that
// crashed or was killed. The watchdog, a shell waiting for a line on a pipe from us, sees the
// pipe's end when we are gone without saying goodbye: it stops the server and removes the folder.
// It ignores the terminal's signals, which reach it along with the test.
void PostgresServer::startWatchdog()
{
    const QString script = u"trap '' HUP INT TERM QUIT; read -r line && exit 0; "
                           "\"$0\" -D \"$1\" -m immediate -w stop >/dev/null 2>&1; rm -rf \"$2\""_s;
    m_watchdog = std::make_unique<QProcess>();
    setUp(*m_watchdog, u"/bin/sh"_s,
          {u"-c"_s, script, QDir(m_binDir).filePath(u"pg_ctl"_s), dataDir(), m_dir->path()});
    m_watchdog->setStandardOutputFile(QProcess::nullDevice());
    m_watchdog->setStandardErrorFile(QProcess::nullDevice());
    m_watchdog->start();
    if (!m_watchdog->waitForStarted(toolTimeoutMs)) {
        qWarning("PostgresServer: no watchdog: %s", qUtf8Printable(m_watchdog->errorString()));
        m_watchdog.reset();
    }
}

void PostgresServer::endWatchdog()
{
    if (!m_watchdog)
        return;
    m_watchdog->write("bye\n");
    m_watchdog->closeWriteChannel();
    if (!m_watchdog->waitForFinished(10'000))
        m_watchdog->kill();
    m_watchdog.reset();
}

QString PostgresServer::logTail(int count) const
{
    QFile log(logFile());
    if (logFile().isEmpty() || !log.open(QIODevice::ReadOnly))
        return {};
    return lastLines(QString::fromUtf8(log.readAll()), count);
}

bool PostgresServer::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace chatbuddy::test
