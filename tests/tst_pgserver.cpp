// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' own PostgreSQL server (tests/support/pgserver.h): it starts (as an unprivileged user
// when we are root), listens on its Unix socket only, serves databases through the URI it gives,
// restarts on the same data, and two run side by side. Skipped without a PostgreSQL server.

#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace chatbuddy::test;

namespace {
// A QPSQL connection made from the parts of a server's URI, as the hub will make it.
class Connection {
public:
    explicit Connection(const QString &uri)
        : m_name(u"tst_pgserver-%1"_s.arg(++s_count))
    {
        const QUrl url(uri, QUrl::StrictMode);
        const QUrlQuery query(url);
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(query.queryItemValue(u"host"_s, QUrl::FullyDecoded));
        m_db.setPort(query.queryItemValue(u"port"_s).toInt());
        m_db.setUserName(url.userName());
        m_db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
        m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error.isEmpty() ? m_db.lastError().text() : m_error; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }
    // The first column of the first row, or an invalid value.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql) && query.next())
            return query.value(0);
        m_error = query.lastError().text();
        return {};
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

pid_t postmasterPid(const PostgresServer &server)
{
    QFile pidFile(QFileInfo(server.socketDir()).path() + u"/data/postmaster.pid"_s);
    return pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toInt() : 0;
}

// The inodes of the TCP sockets (IPv4 and IPv6) that listen.
QStringList listeningTcpInodes()
{
    QStringList inodes;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QStringList fields =
                QString::fromLatin1(file.readLine()).simplified().split(u' ');
            if (fields.size() > 9 && fields.at(3) == u"0A"_s) // state LISTEN
                inodes << fields.at(9);
        }
    }
    return inodes;
}

// The inodes of a process's sockets.
QStringList socketInodes(pid_t pid)
{
    QStringList inodes;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[128] = {};
        if (::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target,
                       sizeof target - 1) <= 0)
            continue;
        const QString link = QString::fromLatin1(target);
        if (link.startsWith(u"socket:["_s))
            inodes << link.mid(8).chopped(1);
    }
    return inodes;
}

// Not a zombie either: the stopped server's parent (init) may reap it late.
bool alive(pid_t pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
}
} // namespace

class TestPgServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesOverTheSocketOnly();
    void resetEmptiesTheDatabase();
    void restartKeepsTheData();
    void sharedStartsAgainAfterStop();
    void twoServersAtOnce();
    void dropEndsConnections();
    void missingProgramsAreReported();

private:
    PostgresServer *m_server = nullptr;
};

void TestPgServer::initTestCase()
{
    PostgresServer &server = PostgresServer::shared();
    if (!server.isRunning())
        QSKIP(qPrintable(server.skipReason()));
    QCOMPARE(&PostgresServer::shared(), &server);
    m_server = &server;
    QVERIFY2(m_server->createDatabase(u"alpha"_s), qPrintable(m_server->errorString()));
}

void TestPgServer::servesOverTheSocketOnly()
{
    const QString url = m_server->url(u"alpha"_s);
    QVERIFY2(url.startsWith(u"postgresql://chatbuddy@/alpha?host=%2F"_s), qPrintable(url));
    QVERIFY(url.endsWith(u"&port=%1"_s.arg(m_server->port())));
    QVERIFY(!url.contains(u"/socket"_s)); // percent-encoded
    Connection db(url);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QCOMPARE(db.value(u"SELECT current_user"_s).toString(), u"chatbuddy"_s);
    QCOMPARE(db.value(u"SHOW listen_addresses"_s).toString(), QString());
    QVERIFY(db.value(u"SELECT inet_server_addr()"_s).isNull()); // a Unix socket connection
    QVERIFY(db.exec(u"CREATE TABLE names (name text PRIMARY KEY, fingerprint text)"_s));
    QVERIFY2(db.exec(u"INSERT INTO names VALUES ('ünïcode', 'ab'), ('bob', 'cd')"_s),
             qPrintable(db.error()));
    QCOMPARE(db.value(u"SELECT fingerprint FROM names WHERE name = 'ünïcode'"_s).toString(),
             u"ab"_s);

    const QString socket =
        QDir(m_server->socketDir()).filePath(u".s.PGSQL.%1"_s.arg(m_server->port()));
    QVERIFY(QFileInfo::exists(socket));
    if (::geteuid() == 0) // initdb refuses root: the server runs as someone else
        QVERIFY(QFileInfo(socket).ownerId() != 0);
    // None of the postmaster's sockets is a listening TCP one.
    const QStringList sockets = socketInodes(postmasterPid(*m_server));
    QVERIFY(!sockets.isEmpty());
    const QStringList listening = listeningTcpInodes();
    for (const QString &inode : sockets)
        QVERIFY2(!listening.contains(inode), qPrintable(inode));
}

void TestPgServer::resetEmptiesTheDatabase()
{
    {
        Connection db(m_server->url(u"alpha"_s));
        QVERIFY2(db.exec(u"CREATE TABLE IF NOT EXISTS gone (id serial PRIMARY KEY)"_s),
                 qPrintable(db.error()));
        QVERIFY(db.exec(u"CREATE SCHEMA extra"_s));
        QVERIFY(db.exec(u"CREATE TABLE extra.also_gone (id int)"_s));
    }
    QVERIFY2(m_server->resetDatabase(u"alpha"_s), qPrintable(m_server->errorString()));
    Connection db(m_server->url(u"alpha"_s));
    QCOMPARE(db.value(u"SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                      "('pg_catalog', 'information_schema')"_s)
                 .toInt(),
             0);
    QCOMPARE(db.value(u"SELECT count(*) FROM pg_namespace WHERE nspname = 'extra'"_s).toInt(), 0);
    QVERIFY2(db.exec(u"CREATE TABLE fresh (id int)"_s), qPrintable(db.error())); // public is back
    QVERIFY(!m_server->resetDatabase(u"nonexistent"_s));
    QVERIFY(m_server->errorString().contains(u"nonexistent"_s));
}

void TestPgServer::restartKeepsTheData()
{
    const QString socketDir = m_server->socketDir();
    const int port = m_server->port();
    Connection before(m_server->url(u"alpha"_s));
    QVERIFY(before.exec(u"CREATE TABLE kept (n int)"_s));
    QVERIFY(before.exec(u"INSERT INTO kept VALUES (42)"_s));
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->isRunning());
    QCOMPARE(m_server->socketDir(), socketDir);
    QCOMPARE(m_server->port(), port);
    QVERIFY(!before.exec(u"SELECT 1"_s)); // ended by the stop

    Connection after(m_server->url(u"alpha"_s));
    QVERIFY2(after.isOpen(), qPrintable(after.error()));
    QCOMPARE(after.value(u"SELECT n FROM kept"_s).toInt(), 42);
}

void TestPgServer::sharedStartsAgainAfterStop()
{
    QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
    QVERIFY(!m_server->isRunning());
    QVERIFY(!QFileInfo::exists(m_server->socketDir() + u"/.s.PGSQL.%1"_s.arg(m_server->port())));
    {
        Connection refused(m_server->url(u"alpha"_s));
        QVERIFY(!refused.isOpen());
    }
    QVERIFY(PostgresServer::shared().isRunning());
    Connection db(m_server->url(u"alpha"_s));
    QCOMPARE(db.value(u"SELECT n FROM kept"_s).toInt(), 42);
}

void TestPgServer::twoServersAtOnce()
{
    QString otherFolder;
    pid_t otherPid = 0;
    {
        PostgresServer other;
        QVERIFY2(other.start(), qPrintable(other.skipReason()));
        otherFolder = QFileInfo(other.socketDir()).path();
        otherPid = postmasterPid(other);
        QVERIFY(other.socketDir() != m_server->socketDir());
        QVERIFY(other.port() != m_server->port());
        Connection mine(m_server->url(u"alpha"_s));
        Connection theirs(other.url(u"postgres"_s)); // a database of its own would cost 0.2 s
        QVERIFY2(theirs.isOpen(), qPrintable(theirs.error()));
        QVERIFY(theirs.exec(u"CREATE TABLE only_there (n int)"_s));
        const QString kept = u"SELECT count(*) FROM pg_tables WHERE tablename = 'kept'"_s;
        QCOMPARE(mine.value(kept).toInt(), 1);
        QCOMPARE(theirs.value(kept).toInt(), 0);
        QCOMPARE(
            mine.value(u"SELECT count(*) FROM pg_tables WHERE tablename = 'only_there'"_s).toInt(),
            0);
    }
    // Gone with the object: the server and its folder.
    QVERIFY(otherPid > 0);
    QVERIFY(!alive(otherPid));
    QVERIFY(!QFileInfo::exists(otherFolder));
    QVERIFY(m_server->isRunning());
}

void TestPgServer::dropEndsConnections()
{
    QVERIFY(m_server->createDatabase(u"beta \"quoted\""_s));
    QVERIFY(!m_server->createDatabase(u"beta \"quoted\""_s)); // already there
    QVERIFY(m_server->errorString().contains(u"already exists"_s));
    Connection open(m_server->url(u"beta \"quoted\""_s));
    QVERIFY2(open.isOpen(), qPrintable(open.error()));
    QVERIFY2(m_server->dropDatabase(u"beta \"quoted\""_s), qPrintable(m_server->errorString()));
    QVERIFY(!open.exec(u"SELECT 1"_s));
    Connection again(m_server->url(u"beta \"quoted\""_s));
    QVERIFY(!again.isOpen());
    QVERIFY(m_server->dropDatabase(u"beta \"quoted\""_s)); // absent: nothing to do
}

void TestPgServer::missingProgramsAreReported()
{
    const QByteArray saved = qgetenv("CHATBUDDY_PG_BINDIR");
    qputenv("CHATBUDDY_PG_BINDIR", "/nonexistent/bin");
    PostgresServer server;
    const bool started = server.start();
    if (saved.isNull())
        qunsetenv("CHATBUDDY_PG_BINDIR");
    else
        qputenv("CHATBUDDY_PG_BINDIR", saved);
    QVERIFY(!started);
    QVERIFY(!server.isRunning());
    QVERIFY2(server.skipReason().contains(u"CHATBUDDY_PG_BINDIR=/nonexistent/bin"_s),
             qPrintable(server.skipReason()));
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
