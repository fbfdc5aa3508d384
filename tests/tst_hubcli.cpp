// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-hub as a user runs it: a real process, its log, Ctrl+C, SIGTERM, a busy port.

#include "discovery.h"
#include "hubprocess.h"
#include "registry.h"
#include "testclient.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <unistd.h>

#include <csignal>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::test;

class TestHubCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startRegisterListAndCtrlC();
    void sigtermStopsCleanly();
    void outOfFileDescriptorsRecovers();
    void portInUse();
    void announcesItselfOnLoopback();
    void badOptions_data();
    void badOptions();
    void helpAndVersion();
    void importRegistryThenExit();
};

void TestHubCli::startRegisterListAndCtrlC()
{
    HubProcess hub({u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s});
    const quint16 port = hub.waitListening();
    QVERIFY2(port != 0, qPrintable(hub.log()));
    QVERIFY(hub.log().contains(u"up to 100 users"_s));
    static const QRegularExpression fingerprintLine(
        u"Hub key fingerprint: ([0-9a-f]{4} ){15}[0-9a-f]{4}"_s);
    QVERIFY2(fingerprintLine.match(hub.log()).hasMatch(), qPrintable(hub.log()));

    TestClient alice, bob;
    QVERIFY(alice.connectTo(port));
    QVERIFY(bob.connectTo(port));
    QVERIFY(hub.log().contains(formatFingerprint(alice.peerFingerprint())));
    QVERIFY(alice.registerAs(u"alice"_s));
    QVERIFY(bob.registerAs(u"bob"_s));
    for (TestClient *client : {&alice, &bob}) {
        client->send(ListRequest{});
        const auto list = client->waitForMessage<UserList>();
        QVERIFY(list);
        QCOMPARE(list->total, 2);
    }
    QTRY_VERIFY(hub.log().contains(u"New user \"bob\" has joined"_s));

    hub.signal(SIGINT);
    QCOMPARE(alice.waitFor(Shutdown::type)->value("type"_L1).toString(), u"shutdown"_s);
    QVERIFY(alice.waitForDisconnected());
    QVERIFY(hub.waitFinished());
    QCOMPARE(hub.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub.process().exitCode(), 0);
    QVERIFY2(hub.log().contains(u"Server shutting down"_s), qPrintable(hub.log()));
    QVERIFY(hub.log().contains(u"Hub stopped."_s));
}

void TestHubCli::sigtermStopsCleanly()
{
    HubProcess hub({u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s});
    const quint16 port = hub.waitListening();
    QVERIFY(port != 0);
    TestClient alice;
    QVERIFY(alice.connectTo(port));
    QVERIFY(alice.registerAs(u"alice"_s));
    hub.signal(SIGTERM);
    QVERIFY(alice.waitFor(Shutdown::type));
    QVERIFY(hub.waitFinished());
    QCOMPARE(hub.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub.process().exitCode(), 0);
    QVERIFY(hub.log().contains(u"SIGTERM"_s));
}

namespace {
// User plus system CPU time of a process, in clock ticks, from /proc/PID/stat.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

// Runs the event loop for a fixed time: a measurement window, not a wait for an event.
void measureFor(std::chrono::milliseconds window)
{
    QEventLoop loop;
    QTimer::singleShot(window, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

void TestHubCli::outOfFileDescriptorsRecovers()
{
    // 64 descriptors: a few dozen connections fit. Connections that never send a byte, from
    // several addresses, kept by generous deadlines: the hub runs out and must recover.
    HubProcess hub({u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--max-per-address"_s,
                    u"0"_s, u"--max-pending-per-address"_s, u"0"_s, u"--handshake-timeout"_s,
                    u"60"_s, u"--hello-timeout"_s, u"60"_s},
                   64);
    const quint16 port = hub.waitListening();
    QVERIFY2(port != 0, qPrintable(hub.log()));
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    auto connectMore = [&](int count) {
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            flood.push_back(std::move(socket));
        }
    };
    connectMore(80);
    QTRY_VERIFY2(hub.log().contains(u"out of file descriptors"_s), qPrintable(hub.log()));
    QVERIFY2(hub.log().contains(u"limit 64; refusing new connections"_s), qPrintable(hub.log()));

    // Saturated, with more knocking: no spinning on accept.
    const qint64 before = cpuTicks(hub.process().processId());
    connectMore(40);
    measureFor(std::chrono::milliseconds(2000));
    const qint64 used = cpuTicks(hub.process().processId()) - before;
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    qInfo("saturated for 2 s: hub CPU %.1f %%", 100.0 * double(used) / (2.0 * ticksPerSecond));
    QVERIFY2(before >= 0 && used * 100 < 5 * 2 * ticksPerSecond,
             qPrintable(u"hub used %1 ticks in 2 s"_s.arg(used)));
    QCOMPARE(hub.log().count(u"out of file descriptors"_s), 1);

    // Descriptors free again: a login gets through within a second.
    flood.clear();
    QElapsedTimer sinceFreed;
    sinceFreed.start();
    bool loggedIn = false;
    for (int attempt = 0; !loggedIn && sinceFreed.elapsed() < 5000; ++attempt) {
        TestClient user;
        loggedIn = user.connectTo(port) && user.registerAs(u"survivor%1"_s.arg(attempt));
    }
    QVERIFY2(loggedIn, qPrintable(hub.log()));
    qInfo("first login %lld ms after the flood closed", sinceFreed.elapsed());
    QVERIFY2(sinceFreed.elapsed() <= 1000,
             qPrintable(u"first login %1 ms after the flood closed"_s.arg(sinceFreed.elapsed())));
    QVERIFY2(hub.log().contains(u"File descriptors are free again"_s), qPrintable(hub.log()));
}

void TestHubCli::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    HubProcess hub(
        {u"--port"_s, QString::number(squatter.serverPort()), u"--bind"_s, u"127.0.0.1"_s});
    QVERIFY(hub.waitFinished());
    QCOMPARE(hub.process().exitCode(), 1);
    const QStringList lines = hub.log().trimmed().split(u'\n');
    QVERIFY2(lines.last().startsWith(u"chatbuddy-hub: cannot listen on 127.0.0.1 port "_s),
             qPrintable(hub.log()));
    QVERIFY2(lines.last().contains(u"in use"_s), qPrintable(hub.log()));
}

void TestHubCli::announcesItselfOnLoopback()
{
    // A hub listening on 127.0.0.1 is announced to this computer only, signed with its key.
    QUdpSocket listener;
    QVERIFY(listener.bind(QHostAddress::AnyIPv4, 0, QAbstractSocket::ShareAddress));
    const quint16 udp = listener.localPort();
    HubProcess hub({u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--announce"_s, u"--name"_s,
                    u"Second \u001b[31mfloor"_s, u"--discovery-port"_s, QString::number(udp)});
    const quint16 port = hub.waitListening();
    QVERIFY2(port != 0, qPrintable(hub.log()));
    QTRY_VERIFY(listener.hasPendingDatagrams());
    const auto announcement = discovery::decodeAnnouncement(listener.receiveDatagram().data());
    QVERIFY(announcement.ok());
    QCOMPARE(announcement->name, u"Second [31mfloor"_s); // the escape code is gone
    QCOMPARE(announcement->port, port);
    TestClient client;
    QVERIFY(client.connectTo(port));
    QCOMPARE(announcement->fingerprint(), client.peerFingerprint());
    QTRY_VERIFY2(hub.log().contains(u"Announcing the hub as \"Second [31mfloor\" on UDP port "
                                    "%1 (to 127.255.255.255)"_s.arg(udp)),
                 qPrintable(hub.log()));
}

void TestHubCli::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("port text") << QStringList{u"--port"_s, u"http"_s} << u"--port must be"_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port must be"_s;
    QTest::newRow("max users 0") << QStringList{u"--max-users"_s, u"0"_s}
                                 << u"--max-users must be"_s;
    QTest::newRow("bind host") << QStringList{u"--bind"_s, u"example"_s} << u"--bind needs"_s;
    QTest::newRow("stray") << QStringList{u"extra"_s} << u"unexpected argument"_s;
    QTest::newRow("announce and not")
        << QStringList{u"--announce"_s, u"--no-announce"_s} << u"cannot both be given"_s;
    QTest::newRow("announce to a name")
        << QStringList{u"--announce-to"_s, u"everyone"_s} << u"--announce-to needs"_s;
    QTest::newRow("discovery port 0")
        << QStringList{u"--discovery-port"_s, u"0"_s} << u"--discovery-port must be"_s;
}

void TestHubCli::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    HubProcess hub(args);
    QVERIFY(hub.waitFinished());
    QCOMPARE(hub.process().exitCode(), 2);
    QVERIFY2(hub.log().contains(message), qPrintable(hub.log()));
}

void TestHubCli::helpAndVersion()
{
    HubProcess help({u"--help"_s});
    QVERIFY(help.waitFinished());
    QCOMPARE(help.process().exitCode(), 0);
    for (const QString &option : {u"--port"_s, u"--bind"_s, u"--max-users"_s, u"--data-dir"_s})
        QVERIFY2(help.log().contains(option), qPrintable(option));
    HubProcess version({u"--version"_s});
    QVERIFY(version.waitFinished());
    QVERIFY(version.log().contains(QString::fromLatin1(CHATBUDDY_VERSION)));
}

void TestHubCli::importRegistryThenExit()
{
    QTemporaryDir dir;
    const QString single = dir.filePath(u"single.sqlite"_s);
    {
        hub::Registry registry;
        QVERIFY(registry.open(single));
        QCOMPARE(registry.claim(u"alice"_s, QString(64, u'a')).claim, hub::Registry::Claim::Bound);
    }
    const QString into = dir.filePath(u"cluster.sqlite"_s);
    HubProcess hub(
        {u"--database"_s, u"sqlite:"_s + into, u"--import-registry"_s, u"sqlite:"_s + single});
    QVERIFY(hub.waitFinished());
    QCOMPARE(hub.process().exitCode(), 0);
    QVERIFY2(hub.log().contains(
                 u"Imported 1 name(s) and 0 envelope(s) from %1 into %2"_s.arg(single, into)),
             qPrintable(hub.log()));
    QVERIFY(!hub.log().contains(u"Listening"_s)); // it imported and left, serving nobody
    hub::Registry imported;
    QVERIFY(imported.open(into));
    QCOMPARE(imported.boundFingerprint(u"alice"_s).value_or(QString()), QString(64, u'a'));

    HubProcess itself(
        {u"--database"_s, u"sqlite:"_s + into, u"--import-registry"_s, u"sqlite:"_s + into});
    QVERIFY(itself.waitFinished());
    QCOMPARE(itself.process().exitCode(), 2);
    QVERIFY(itself.log().contains(u"--import-registry names this hub's own registry"_s));
}

QTEST_GUILESS_MAIN(TestHubCli)
#include "tst_hubcli.moc"
