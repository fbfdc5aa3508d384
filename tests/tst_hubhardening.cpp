// SPDX-License-Identifier: GPL-3.0-or-later
// The hub as an attacker sees it, over real sockets on 127.0.0.x: idle sockets that would
// lock users out, pipelined floods that must still learn why they are cut off, old TLS,
// foreign key types, forged log lines, hoarded and look-alike names, and the original CLI
// that must stay listed while it says nothing.

#include "directory.h"
#include "hubfixture.h"
#include "legacyclient.h"
#include "logcapture.h"
#include "testclient.h"
#include "tlsconfig.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <openssl/err.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace chatbuddy;
using namespace chatbuddy::test;

namespace {
QString errorCode(const std::optional<QJsonObject> &frame)
{
    if (!frame || frame->value("type"_L1).toString() != ErrorReply::type)
        return u"<no error frame>"_s;
    return frame->value("code"_L1).toString();
}

QHostAddress loopback(int last)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(last));
}

bool hasControlCharacter(const QString &line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
    });
}

// A client that has registered under name, or nullptr (with the reason in the test log).
std::unique_ptr<TestClient> registered(quint16 port, const QString &name)
{
    auto client = std::make_unique<TestClient>();
    if (!client->connectTo(port) || !client->registerAs(name))
        return nullptr;
    return client;
}
} // namespace

class TestHubHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idleSocketsCannotLockOutUsers();
    void pipelinedFloodLearnsRateLimited();
    void refusedAtOnceStillToldWhy();
    void refusedDuringSlowHandshakeToldWhy();
    void tls12ClientGetsProtocolAlert();
    void unsupportedKeysRefused_data();
    void unsupportedKeysRefused();
    void controlCharactersEscapedInLogs();
    void legacyClientStaysListedWhileSilent();
    void punctuationOnlyNamesRefused();
    void lookalikeNamesRefused();
    void namesPerKeyLimited();
    void newNamesPerAddressLimited();
    void vanishedClientLeavesNoTlsErrorBehind();
};

void TestHubHardening::idleSocketsCannotLockOutUsers()
{
    // A small copy of the slowloris benchmark (bench/slowloris.cpp): 16 waiting slots, ten
    // addresses holding 20 TLS connections that never say hello and 60 that never send a
    // byte, then ten real logins from another address.
    HubFixture hub;
    hub.config().maxPendingConnections = 16;
    QVERIFY(hub.start());
    std::vector<std::unique_ptr<TestClient>> mute;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int round = 0; round < 2; ++round) {
        for (int address = 2; address <= 11; ++address) {
            auto client = std::make_unique<TestClient>();
            client->setLocalAddress(loopback(address));
            QVERIFY(client->connectTo(hub.port()));
            mute.push_back(std::move(client));
        }
    }
    for (int round = 0; round < 6; ++round) {
        for (int address = 2; address <= 11; ++address) {
            auto socket = std::make_unique<QTcpSocket>();
            QVERIFY(socket->bind(loopback(address)));
            socket->connectToHost(QHostAddress::LocalHost, hub.port());
            idle.push_back(std::move(socket));
        }
    }
    QTRY_VERIFY(std::all_of(idle.begin(), idle.end(), [](const auto &s) {
        return s->state() != QAbstractSocket::ConnectingState;
    }));
    QTRY_VERIFY(hub.server()->connectionCount() >= 16);

    for (int i = 0; i < 10; ++i) {
        TestClient user;
        QVERIFY2(user.connectTo(hub.port()), qPrintable(u"login %1: no TLS"_s.arg(i)));
        const auto welcome = user.registerAs(u"user%1"_s.arg(i));
        QVERIFY2(welcome, qPrintable(u"login %1 refused: %2"_s.arg(i).arg(
                              user.lastError() ? user.lastError()->message : u"no answer"_s)));
    }
}

namespace {
// Runs tests/support/floodclient.py with args after the key files of a fresh identity; returns
// its per-connection summaries, or an empty list (with the reason in the test log).
QList<QJsonObject> runFloodClient(const QString &mode, quint16 port, const QStringList &args)
{
    QTemporaryDir dir;
    if (!newIdentity().save(dir.path()))
        return {};
    QProcess client;
    client.start(u"python3"_s,
                 QStringList{QStringLiteral(CHATBUDDY_FLOOD_CLIENT), mode, QString::number(port),
                             dir.filePath(u"cert.pem"_s), dir.filePath(u"key.pem"_s)} +
                     args);
    // The hub runs in this process: keep its event loop turning while the client works.
    if (!QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 30'000)) {
        client.kill();
        client.waitForFinished();
    }
    const QByteArray output = client.readAllStandardOutput();
    if (client.exitCode() != 0)
        qWarning("flood client failed: %s", client.readAllStandardError().constData());
    QList<QJsonObject> summaries;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            summaries.append(QJsonDocument::fromJson(line).object());
    }
    return summaries;
}
} // namespace

void TestHubHardening::pipelinedFloodLearnsRateLimited()
{
    // 10,000 requests for full pages in one go, from a client that reads only afterwards:
    // the answers outgrow what the network holds for a client that is not reading, so the
    // hub is still sending when it decides to close. The client must read every reply and
    // `rate-limited`, not a reset, though most of its requests go unread.
    HubFixture hub;
    hub.config().requestsPerSecond = 0.5; // no refill while the flood is read: an exact count
    QVERIFY(hub.start());
    std::vector<std::unique_ptr<TestClient>> crowd; // 50 users: about 9 KiB a page
    for (int i = 0; i < 50; ++i) {
        auto member = std::make_unique<TestClient>();
        member->setLocalAddress(loopback(100 + i)); // one name per address
        QVERIFY(member->connectTo(hub.port()));
        QVERIFY(member->registerAs(u"a-rather-long-user-name-no-%1"_s.arg(i, 2, 10, QChar(u'0'))));
        crowd.push_back(std::move(member));
    }
    const QList<QJsonObject> result =
        runFloodClient(u"flood"_s, hub.port(), {u"flood"_s, u"10000"_s});
    QCOMPARE(result.size(), 1);
    const QJsonObject summary = result.first();
    QCOMPARE(summary.value("error"_L1).toString(), u"rate-limited"_s);
    QCOMPARE(summary.value("users"_L1).toInt(), 59); // the burst of 60 less the hello
    QCOMPARE(summary.value("end"_L1).toString(), u"eof"_s);
}

void TestHubHardening::refusedAtOnceStillToldWhy()
{
    // Connections refused the moment they connect, each sending hello and requests right after
    // the handshake: every one must still read why, though its requests go unread.
    HubFixture hub;
    hub.config().maxConnectionsPerAddress = 4;
    QVERIFY(hub.start());
    const QList<QJsonObject> result =
        runFloodClient(u"eager"_s, hub.port(), {u"eager"_s, u"50"_s, u"24"_s});
    QCOMPARE(result.size(), 24);
    int refused = 0;
    for (const QJsonObject &summary : result) {
        if (summary.value("error"_L1).isNull())
            continue; // one of the four admitted
        ++refused;
        QCOMPARE(summary.value("error"_L1).toString(), u"too-many-connections"_s);
        QCOMPARE(summary.value("end"_L1).toString(), u"eof"_s);
    }
    QCOMPARE(refused, 20);
}

void TestHubHardening::refusedDuringSlowHandshakeToldWhy()
{
    // Refused at connect, but its TLS handshake comes late (a busy hub, a slow client): the
    // refusal must wait for the handshake, not be cut off by the short close grace.
    HubFixture hub;
    hub.config().maxConnectionsPerAddress = 1;
    hub.config().closeGrace = 100ms;
    QVERIFY(hub.start());
    TestClient first;
    QVERIFY(first.connectTo(hub.port()));
    TestClient slow;
    QVERIFY(slow.connectPlain(hub.port()));
    slow.socket()->setSslConfiguration(tlsConfiguration(slow.identity()));
    // The slow client's behaviour, not a wait: it starts TLS half a second after connecting.
    QTimer::singleShot(500ms, slow.socket(), [&slow] { slow.socket()->startClientEncryption(); });
    QCOMPARE(errorCode(slow.waitFor(ErrorReply::type)), u"too-many-connections"_s);
    QVERIFY(slow.waitForDisconnected());
}

void TestHubHardening::tls12ClientGetsProtocolAlert()
{
    HubFixture hub;
    QVERIFY(hub.start());
    QSslSocket old;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    old.setSslConfiguration(tls);
    QSignalSpy failed(&old, &QSslSocket::errorOccurred);
    old.connectToHostEncrypted(u"127.0.0.1"_s, hub.port());
    QVERIFY(failed.wait(5000));
    // OpenSSL names the alert it received; a bare EOF would read "unexpected eof".
    QVERIFY2(old.errorString().contains(u"protocol version"_s), qPrintable(old.errorString()));
}

void TestHubHardening::unsupportedKeysRefused_data()
{
    // RSA-1024 does not get this far here: Debian's OpenSSL (security level 2) refuses it in
    // the TLS handshake already.
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::newRow("RSA-2048") << QByteArray("RSA") << 2048;
    QTest::newRow("Ed25519") << QByteArray("ED25519") << 0;
    QTest::newRow("P-384") << QByteArray("EC") << 384;
}

void TestHubHardening::unsupportedKeysRefused()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(int, bits);
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient foreign;
    foreign.useCredentials(foreignCredentials(algorithm.constData(), bits));
    QVERIFY(foreign.connectTo(hub.port()));
    QVERIFY(!foreign.registerAs(u"squatter"_s));
    QCOMPARE(foreign.lastError()->code, ErrorCode::UnsupportedKey);
    QVERIFY2(foreign.lastError()->message.contains(u"ECDSA P-256"_s),
             qPrintable(foreign.lastError()->message));
    QVERIFY(foreign.waitForDisconnected());
    // The name was not bound to the foreign key: a real key can have it.
    QVERIFY(registered(hub.port(), u"squatter"_s));
}

void TestHubHardening::controlCharactersEscapedInLogs()
{
    LogCapture log;
    HubFixture hub;
    QVERIFY(hub.start());

    // A type that would start a fake log line and turn the terminal red.
    TestClient typer;
    QVERIFY(typer.connectTo(hub.port()));
    typer.send(
        QJsonObject{{"type"_L1, u"x\n2026-12-04 10:00:00 New user 'root' has joined\x1b[31m"_s}});
    QCOMPARE(errorCode(typer.waitFor(ErrorReply::type)), u"unknown-type"_s);
    QVERIFY2(typer.lastError()->message.contains(u"\\x0a2026"_s),
             qPrintable(typer.lastError()->message));
    QVERIFY(typer.lastError()->message.contains(u"\\x1b[31m"_s));

    // A name with the same, and a certificate whose subject carries them.
    TestClient namer;
    QVERIFY(namer.connectTo(hub.port()));
    QVERIFY(!namer.registerAs(u"evil\nname\x1b[2J"_s));
    QCOMPARE(namer.lastError()->code, ErrorCode::InvalidName);
    TestClient subject(newIdentity(u"cn\n2026-12-04 fake line\x1b[2J"_s));
    QVERIFY(subject.connectTo(hub.port()));
    QVERIFY(subject.registerAs(u"subject"_s));

    QTRY_VERIFY(log.contains({u"New user \"subject\""_s}));
    QVERIFY(log.contains({u"unknown message type \"x\\x0a2026"_s}));
    const QStringList lines = log.lines();
    for (const QString &line : lines)
        QVERIFY2(!hasControlCharacter(line), qPrintable(line));
}

void TestHubHardening::legacyClientStaysListedWhileSilent()
{
    // The original CLI says nothing while it waits for a chat; a silent TLS client timing out
    // shows the idle timeout has passed, and the CLI is still listed after it.
    HubFixture hub;
    hub.config().allowLegacy = true;
    hub.config().idleTimeout = 600ms;
    QVERIFY(hub.start());
    LegacyClient carol;
    QVERIFY(carol.connectTo(hub.port()));
    carol.sendText("carol");
    TestClient sleepy;
    QVERIFY(sleepy.connectTo(hub.port()));
    QVERIFY(sleepy.registerAs(u"sleepy"_s));
    QCOMPARE(errorCode(sleepy.waitFor(ErrorReply::type)), u"idle-timeout"_s);
    QVERIFY(sleepy.waitForDisconnected());

    carol.sendText("LIST");
    QVERIFY2(carol.waitForText("Username: carol\n"), carol.received().constData());
    QVERIFY(!carol.received().contains("Error"));
    TestClient checker;
    QVERIFY(checker.connectTo(hub.port()));
    QVERIFY(checker.registerAs(u"checker"_s));
    checker.send(Lookup{u"carol"_s});
    const auto found = checker.waitForMessage<LookupResult>();
    QVERIFY(found);
    QVERIFY(found->online);
}

void TestHubHardening::punctuationOnlyNamesRefused()
{
    HubFixture hub;
    QVERIFY(hub.start());
    for (const QString &name : {u"."_s, u".."_s, u"-"_s, u"_._"_s}) {
        TestClient client;
        QVERIFY(client.connectTo(hub.port()));
        QVERIFY2(!client.registerAs(name), qPrintable(name));
        QCOMPARE(client.lastError()->code, ErrorCode::InvalidName);
    }
}

void TestHubHardening::lookalikeNamesRefused()
{
    HubFixture hub;
    QVERIFY(hub.start());
    const auto alice = registered(hub.port(), u"alice"_s);
    QVERIFY(alice);
    QVERIFY(registered(hub.port(), u"mallory"_s));
    for (const QString &name : {u"aIice"_s, u"a1ice"_s, u"AL1CE"_s, u"rnallory"_s}) {
        TestClient impostor;
        QVERIFY(impostor.connectTo(hub.port()));
        QVERIFY2(!impostor.registerAs(name), qPrintable(name));
        QCOMPARE(impostor.lastError()->code, ErrorCode::NameBound);
        QVERIFY2(impostor.lastError()->message.contains(u"looks like"_s),
                 qPrintable(impostor.lastError()->message));
    }
    // The owner may use its own look-alikes; other names stay free.
    TestClient owner(alice->identity());
    QVERIFY(owner.connectTo(hub.port()));
    QVERIFY(owner.registerAs(u"aIice"_s));
    QVERIFY(registered(hub.port(), u"alicia"_s));
}

void TestHubHardening::namesPerKeyLimited()
{
    HubFixture hub;
    hub.config().names.maxNamesPerKey = 2;
    QVERIFY(hub.start());
    const Identity hoarder = newIdentity();
    for (const QString &name : {u"first"_s, u"second"_s}) {
        TestClient client(hoarder);
        QVERIFY(client.connectTo(hub.port()));
        QVERIFY(client.registerAs(name));
    }
    TestClient third(hoarder);
    QVERIFY(third.connectTo(hub.port()));
    QVERIFY(!third.registerAs(u"third"_s));
    QCOMPARE(third.lastError()->code, ErrorCode::TooManyNames);
    // Its own names still work, and online under two names at most.
    TestClient again(hoarder);
    QVERIFY(again.connectTo(hub.port()));
    QVERIFY(again.registerAs(u"first"_s));
}

void TestHubHardening::newNamesPerAddressLimited()
{
    HubFixture hub;
    hub.config().names.maxNewNamesPerAddressPerHour = 3;
    QVERIFY(hub.start());
    for (int i = 0; i < 3; ++i)
        QVERIFY(registered(hub.port(), u"fresh%1"_s.arg(i)));
    TestClient fourth;
    QVERIFY(fourth.connectTo(hub.port()));
    QVERIFY(!fourth.registerAs(u"fresh3"_s));
    QCOMPARE(fourth.lastError()->code, ErrorCode::TooManyNames);
    // Another address is not held back.
    TestClient elsewhere;
    elsewhere.setLocalAddress(loopback(7));
    QVERIFY(elsewhere.connectTo(hub.port()));
    QVERIFY(elsewhere.registerAs(u"fresh4"_s));
}

void TestHubHardening::vanishedClientLeavesNoTlsErrorBehind()
{
    // An OpenSSL error left in the thread's queue by a client that vanished (TCP closed, no
    // TLS close) would be read by any QSslSocket on the hub's thread as its own failing (here
    // the test's clients; the app's hosted hub has a thread of its own).
    HubFixture hub;
    QVERIFY(hub.start());
    TestClient alice;
    QVERIFY(alice.connectTo(hub.port()));
    QVERIFY(alice.registerAs(u"alice"_s));
    for (int i = 0; i < 3; ++i) {
        auto bob = std::make_unique<TestClient>();
        QVERIFY(bob->connectTo(hub.port()));
        QVERIFY(bob->registerAs(u"bob%1"_s.arg(i)));
        bob.reset(); // QSslSocket's destructor closes TCP without a TLS close_notify
        QTRY_COMPARE(hub.server()->directory()->userCount(), 1);
        QCOMPARE(ERR_peek_error(), 0UL);
        QVERIFY2(alice.sync(), "alice's connection failed on an error that was not hers");
    }
}

QTEST_GUILESS_MAIN(TestHubHardening)
#include "tst_hubhardening.moc"
