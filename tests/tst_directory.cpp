// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's directory logic driven through fake connections: no sockets, exact frames.

#include "database.h"
#include "directory.h"
#include "fakeconnection.h"
#include "registry.h"
#include "registrybackend.h"
#include "username.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace std::chrono_literals;

namespace {

// A stand-in for an SPKI fingerprint: 64 hex digits derived from seed.
QString keyOf(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString hubKey()
{
    return keyOf(u"hub"_s);
}

QJsonObject errorJson(const QString &code, const QString &message)
{
    return QJsonObject{{"type"_L1, "error"_L1}, {"code"_L1, code}, {"message"_L1, message}};
}

QJsonObject helloJson(const QString &name, std::optional<quint16> port = 9090)
{
    Hello hello;
    hello.name = name;
    hello.port = port;
    return hello.toJson();
}

QJsonObject listJson(int offset, int limit, const QString &filter = {})
{
    ListRequest request;
    request.offset = offset;
    request.limit = limit;
    request.filter = filter;
    return request.toJson();
}

UserInfo userOf(const QString &name, quint16 port = 9090, const QString &address = u"192.0.2.1"_s)
{
    return UserInfo{name, address, port, keyOf(name)};
}

QJsonObject welcomeJson(const UserInfo &user, int heartbeatSeconds = 30)
{
    Welcome welcome;
    welcome.self = user;
    welcome.hubFingerprint = hubKey();
    welcome.heartbeatSeconds = heartbeatSeconds;
    if (!user.legacy)
        welcome.features = {u"mailbox"_s}; // the mailbox is on by default
    return welcome.toJson();
}

QJsonObject joinedJson(const UserInfo &user)
{
    return Presence{Presence::Event::Joined, user}.toJson();
}

QJsonObject leftJson(const UserInfo &user)
{
    return Presence{Presence::Event::Left, user}.toJson();
}

QJsonObject lookupJson(const QString &name, bool online, const QString &fingerprint,
                       const QString &address = {}, quint16 port = 0)
{
    LookupResult result;
    result.name = name;
    result.online = online;
    result.fingerprint = fingerprint;
    result.address = address;
    result.port = port;
    return result.toJson();
}

} // namespace

class TestDirectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void registrationWelcome();
    void heartbeatRoundedToWholeSeconds();
    void heartbeatFitsIdleTimeout();
    void refusalClosesAfterError_data();
    void refusalClosesAfterError();
    void nameTakenAndReplaced();
    void nameBoundAndHubFull();
    void closedUserLeavesAndFreesName();
    void slowWatcherAborted();
    void slowClientReportingCloseDuringAbort();
    void rateLimited();
    void perAddressLimit();
    void maxPendingConnections();
    void maxPendingPerAddress();
    void handshakeDeadlineShorterThanHello();
    void legacyExemptFromIdleTimeout();
    void pendingCountDoesNotDrift();
    void helloTimeout();
    void idleTimeout();
    void presenceToWatchersOnly();
    void presenceBatchedInOrder();
    void listThousandUsers();
    void lookup();
    void shutdownTellsEveryone();
    void shutdownWithSlowConnections();
    void registryFailure();

private:
    // Created on first use from m_config, so a test sets m_config first.
    hub::Directory *directory();
    FakeConnection *open(const QString &address = u"192.0.2.1"_s, const QString &fingerprint = {});
    // Opens and registers with keyOf(name); nullptr unless the only reply is `welcome`.
    FakeConnection *join(const QString &name, quint16 port = 9090,
                         const QString &address = u"192.0.2.1"_s);
    // As the transport does: a valid message is handed over typed, anything else as why not.
    void deliver(FakeConnection *connection, const QJsonObject &frame)
    {
        ProtocolError problem;
        if (const std::optional<Message> message = parseMessage(frame, &problem))
            directory()->messageReceived(connection, *message);
        else
            directory()->invalidInput(connection, problem);
    }
    void drop(FakeConnection *connection) { directory()->connectionClosed(connection, u"test"_s); }

    hub::HubConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<hub::Registry> m_registry;
    std::unique_ptr<hub::Directory> m_directory;
    std::vector<std::unique_ptr<FakeConnection>> m_connections;
    hub::MonotonicClock m_clock; // empty: the directory's steady clock
    qint64 m_nowMs = 0;          // what a test's fake clock says
};

void TestDirectory::initTestCase_data()
{
    test::addRegistryBackends(); // what the directory asks the registry, on both engines
}

void TestDirectory::initTestCase()
{
    // A thousand registrations would print thousands of connection lines.
    QLoggingCategory::setFilterRules(u"chatbuddy.hub.info=false"_s);
}

void TestDirectory::init()
{
    m_config = hub::HubConfig{};
    m_config.presenceBatch = 0ms; // most checks read presence right after the change
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    const test::RegistryDatabase database = test::freshRegistryDatabase(m_dataDir->path());
    CHATBUDDY_USE_DATABASE(database);
    m_registry = std::make_unique<hub::Registry>();
    QVERIFY2(m_registry->open(*hub::DatabaseLocation::parse(database.location)),
             qPrintable(m_registry->errorString()));
}

void TestDirectory::cleanup()
{
    m_directory.reset();
    m_connections.clear();
    m_clock = {};
    m_nowMs = 0;
    m_registry.reset();
    m_dataDir.reset();
}

hub::Directory *TestDirectory::directory()
{
    if (!m_directory)
        m_directory =
            std::make_unique<hub::Directory>(m_config, m_registry.get(), hubKey(), m_clock);
    return m_directory.get();
}

FakeConnection *TestDirectory::open(const QString &address, const QString &fingerprint)
{
    auto connection = std::make_unique<FakeConnection>();
    connection->address = QHostAddress(address);
    connection->port = quint16(40000 + m_connections.size() % 20000);
    connection->fingerprint =
        fingerprint.isEmpty() ? keyOf(u"connection-%1"_s.arg(connection->id())) : fingerprint;
    FakeConnection *raw = connection.get();
    m_connections.push_back(std::move(connection));
    directory()->connectionOpened(raw);
    return raw;
}

FakeConnection *TestDirectory::join(const QString &name, quint16 port, const QString &address)
{
    FakeConnection *connection = open(address, keyOf(name));
    deliver(connection, helloJson(name, port));
    const bool welcomed = connection->frames.size() == 1 &&
                          connection->frames.first().value("type"_L1).toString() == Welcome::type &&
                          !connection->closed();
    return welcomed ? connection : nullptr;
}

void TestDirectory::registrationWelcome()
{
    QSignalSpy joined(directory(), &hub::Directory::userJoined);
    // A dual-stack listener sees IPv4 peers as mapped IPv6; the directory shows plain IPv4.
    FakeConnection *alice = open(u"::ffff:192.0.2.7"_s, keyOf(u"alice"_s));
    QCOMPARE(directory()->connectionCount(), 1);
    QCOMPARE(directory()->userCount(), 0);
    QVERIFY(alice->frames.isEmpty());

    deliver(alice, helloJson(u"alice"_s, 9191));
    const UserInfo aliceInfo = userOf(u"alice"_s, 9191, u"192.0.2.7"_s);
    QCOMPARE(dump(alice->frames), dump({welcomeJson(aliceInfo)}));
    QVERIFY(!alice->closed());
    QCOMPARE(directory()->connectionCount(), 1);
    QCOMPARE(directory()->userCount(), 1);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.at(0).at(0).value<UserInfo>(), aliceInfo);
    QCOMPARE(m_registry->boundFingerprint(u"ALICE"_s).value_or(QString()), keyOf(u"alice"_s));

    FakeConnection *pending = open(u"2001:db8::5"_s);
    QCOMPARE(directory()->connectionCount(), 2);
    QCOMPARE(directory()->userCount(), 1);
    deliver(pending, helloJson(u"Bob"_s, 9292));
    QCOMPARE(dump(pending->frames),
             dump({welcomeJson(UserInfo{u"Bob"_s, u"2001:db8::5"_s, 9292, pending->fingerprint})}));
    QCOMPARE(directory()->connectionCount(), 2);
    QCOMPARE(directory()->userCount(), 2);
}

void TestDirectory::heartbeatRoundedToWholeSeconds()
{
    m_config.heartbeatInterval = 400ms; // below a second: still at least one
    FakeConnection *alice = join(u"alice"_s);
    QVERIFY(alice);
    QCOMPARE(dump(alice->frames), dump({welcomeJson(userOf(u"alice"_s), 1)}));
}

void TestDirectory::heartbeatFitsIdleTimeout()
{
    // Three heartbeats always fit in the idle timeout, whoever built the config (the command
    // line or a test): a client pinging as told is never dropped as idle.
    m_config.idleTimeout = 30s;
    m_config.heartbeatInterval = 30s;
    FakeConnection *alice = join(u"alice"_s);
    QVERIFY(alice);
    QCOMPARE(dump(alice->frames), dump({welcomeJson(userOf(u"alice"_s), 10)}));
}

void TestDirectory::refusalClosesAfterError_data()
{
    QTest::addColumn<bool>("registerFirst");
    QTest::addColumn<bool>("withCertificate");
    QTest::addColumn<bool>("framingError");
    QTest::addColumn<QJsonObject>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("list before hello") << false << true << false << listJson(0, 10)
                                       << u"not-registered"_s << u"send hello before \"list\""_s;
    QTest::newRow("lookup before hello")
        << false << true << false << Lookup{u"bob"_s}.toJson() << u"not-registered"_s
        << u"send hello before \"lookup\""_s;
    QTest::newRow("hello without port")
        << false << true << false << helloJson(u"alice"_s, std::nullopt) << u"missing-field"_s
        << u"hello to the hub needs \"port\""_s;
    QTest::newRow("empty name") << false << true << false << helloJson(QString())
                                << u"invalid-name"_s << u"Please enter a name."_s;
    QTest::newRow("bad name") << false << true << false << helloJson(u"bad name"_s)
                              << u"invalid-name"_s
                              << u"A name may only use letters A-Z, digits, '.', '_' and '-'."_s;
    QJsonObject otherProtocol = helloJson(u"alice"_s);
    otherProtocol.insert("protocol"_L1, 2);
    QTest::newRow("other protocol")
        << false << true << false << otherProtocol << u"protocol-mismatch"_s
        << u"protocol version 2 is not supported; this side speaks version 1"_s;
    QTest::newRow("no client certificate")
        << false << false << false << helloJson(u"alice"_s) << u"certificate-required"_s
        << u"a client certificate is required"_s;
    QTest::newRow("unknown type") << false << true << false << QJsonObject{{"type"_L1, "bogus"_L1}}
                                  << u"unknown-type"_s << u"unknown message type \"bogus\""_s;
    QTest::newRow("no type") << false << true << false << QJsonObject{{"name"_L1, "x"_L1}}
                             << u"missing-field"_s << u"missing field \"type\""_s;
    QTest::newRow("framing error") << false << true << true << QJsonObject{} << u"frame-too-large"_s
                                   << u"frame larger than 65536 bytes"_s;
    QTest::newRow("second hello") << true << true << false << helloJson(u"alice"_s)
                                  << u"already-registered"_s << u"already registered"_s;
    QTest::newRow("eom to the hub")
        << true << true << false << Eom{}.toJson() << u"unexpected-message"_s
        << u"\"eom\" is not a request the hub serves"_s;
    QTest::newRow("typing to the hub")
        << true << true << false << Typing{true}.toJson() << u"unexpected-message"_s
        << u"\"typing\" is not a request the hub serves"_s;
    QTest::newRow("list limit zero")
        << true << true << false << listJson(0, 0) << u"invalid-field"_s
        << u"field \"limit\" must be a whole number from 1 to 200"_s;
    QTest::newRow("framing error when registered")
        << true << true << true << QJsonObject{} << u"frame-too-large"_s
        << u"frame larger than 65536 bytes"_s;
}

void TestDirectory::refusalClosesAfterError()
{
    QFETCH(bool, registerFirst);
    QFETCH(bool, withCertificate);
    QFETCH(bool, framingError);
    QFETCH(QJsonObject, frame);
    QFETCH(QString, code);
    QFETCH(QString, message);

    FakeConnection *client = registerFirst ? join(u"alice"_s) : open();
    QVERIFY(client);
    if (!withCertificate)
        client->fingerprint.clear();
    const qsizetype before = client->frames.size();
    if (framingError)
        directory()->invalidInput(client, {ErrorCode::FrameTooLarge, message});
    else
        deliver(client, frame);

    // Exactly one error, then close() (not abort(): the error must get out), then silence.
    QCOMPARE(dump(client->frames.mid(before)), dump({errorJson(code, message)}));
    QCOMPARE(client->closeCount, 1);
    QCOMPARE(client->abortCount, 0);
    QCOMPARE(client->framesAfterClose, 0);
    QCOMPARE(directory()->userCount(), 0);
    QCOMPARE(directory()->connectionCount(), 1); // until the transport reports it closed

    deliver(client, Ping{}.toJson());
    deliver(client, helloJson(u"late"_s));
    deliver(client, listJson(0, 10));
    directory()->invalidInput(client, {ErrorCode::InvalidJson, u"late garbage"_s});
    QCOMPARE(client->frames.size(), before + 1);
    QCOMPARE(client->closeCount, 1);
    QCOMPARE(client->abortCount, 0);
    QCOMPARE(directory()->userCount(), 0);

    drop(client);
    QCOMPARE(directory()->connectionCount(), 0);
}

void TestDirectory::nameTakenAndReplaced()
{
    FakeConnection *watcher = join(u"watcher"_s);
    QVERIFY(watcher);
    deliver(watcher, Watch{}.toJson());
    FakeConnection *alice = join(u"alice"_s, 9001, u"192.0.2.10"_s);
    QVERIFY(alice);
    const UserInfo oldAlice = userOf(u"alice"_s, 9001, u"192.0.2.10"_s);

    // The name is online under another key, in any case.
    FakeConnection *impostor = open(u"192.0.2.66"_s, keyOf(u"mallory"_s));
    deliver(impostor, helloJson(u"ALICE"_s));
    QCOMPARE(dump(impostor->frames),
             dump({errorJson(u"name-taken"_s,
                             u"the name \"ALICE\" is already online; pick another"_s)}));
    QCOMPARE(impostor->closeCount, 1);
    QCOMPARE(alice->frames.size(), 1);
    QVERIFY(!alice->closed());

    // The same key again (a dead link not yet timed out): the new login wins.
    FakeConnection *again = open(u"192.0.2.11"_s, keyOf(u"alice"_s));
    deliver(again, helloJson(u"alice"_s, 9002));
    const UserInfo newAlice = userOf(u"alice"_s, 9002, u"192.0.2.11"_s);
    QCOMPARE(dump(alice->frames.mid(1)),
             dump({errorJson(u"replaced"_s, u"\"alice\" logged in again from 192.0.2.11"_s)}));
    QCOMPARE(alice->closeCount, 1);
    QCOMPARE(alice->framesAfterClose, 0);
    QCOMPARE(dump(again->frames), dump({welcomeJson(newAlice)}));
    QVERIFY(!again->closed());
    QCOMPARE(dump(watcher->frames.mid(1)),
             dump({joinedJson(oldAlice), leftJson(oldAlice), joinedJson(newAlice)}));
    QCOMPARE(directory()->userCount(), 2);

    // The old connection's late close does not take the new session with it.
    drop(alice);
    QCOMPARE(directory()->userCount(), 2);
    QCOMPARE(watcher->frames.size(), 4);
}

void TestDirectory::nameBoundAndHubFull()
{
    m_config.maxUsers = 2;
    QCOMPARE(m_registry->claim(u"carol"_s, keyOf(u"carol"_s)).claim, hub::Registry::Claim::Bound);

    FakeConnection *thief = open(u"192.0.2.5"_s, keyOf(u"dave"_s));
    deliver(thief, helloJson(u"Carol"_s));
    QCOMPARE(dump(thief->frames),
             dump({errorJson(u"name-bound"_s,
                             u"the name \"Carol\" belongs to another key; pick another name"_s)}));
    QCOMPARE(thief->closeCount, 1);

    FakeConnection *carol = join(u"carol"_s);
    QVERIFY(carol);
    QVERIFY(join(u"dave"_s));

    FakeConnection *erin = open(u"192.0.2.1"_s, keyOf(u"erin"_s));
    deliver(erin, helloJson(u"erin"_s));
    QCOMPARE(dump(erin->frames),
             dump({errorJson(u"hub-full"_s, u"the hub is full (2 users); try again later"_s)}));
    QCOMPARE(erin->closeCount, 1);
    QCOMPARE(directory()->userCount(), 2);
    QVERIFY(!m_registry->boundFingerprint(u"erin"_s)); // refused before the name was bound

    // A full hub still lets an owner replace its own session.
    FakeConnection *carolAgain = join(u"carol"_s, 9191);
    QVERIFY(carolAgain);
    QCOMPARE(carol->closeCount, 1);
    QCOMPARE(directory()->userCount(), 2);
}

void TestDirectory::closedUserLeavesAndFreesName()
{
    QSignalSpy left(directory(), &hub::Directory::userLeft);
    FakeConnection *watcher = join(u"watcher"_s);
    QVERIFY(watcher);
    deliver(watcher, Watch{}.toJson());
    FakeConnection *bob = join(u"bob"_s, 9100, u"192.0.2.20"_s);
    QVERIFY(bob);
    const UserInfo bobInfo = userOf(u"bob"_s, 9100, u"192.0.2.20"_s);
    QCOMPARE(directory()->userCount(), 2);

    drop(bob);
    QCOMPARE(dump(watcher->frames.mid(1)), dump({joinedJson(bobInfo), leftJson(bobInfo)}));
    QCOMPARE(directory()->userCount(), 1);
    QCOMPARE(directory()->connectionCount(), 1);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).at(0).value<UserInfo>(), bobInfo);
    QVERIFY(!bob->closed()); // the transport closed it; nothing to ask of it
    QCOMPARE(bob->frames.size(), 1);

    // The name is free for its owner again; nobody is replaced.
    FakeConnection *back = join(u"bob"_s, 9101, u"192.0.2.21"_s);
    QVERIFY(back);
    QCOMPARE(bob->frames.size(), 1);
    QCOMPARE(directory()->userCount(), 2);

    // A second report for the same connection, or one for a stranger, changes nothing.
    drop(bob);
    FakeConnection stranger;
    directory()->connectionClosed(&stranger, u"never opened"_s);
    QCOMPARE(directory()->userCount(), 2);
    QCOMPARE(directory()->connectionCount(), 2);
    QCOMPARE(left.size(), 1);
    QCOMPARE(dump(watcher->frames.mid(3)),
             dump({joinedJson(userOf(u"bob"_s, 9101, u"192.0.2.21"_s))}));
    QVERIFY(stranger.frames.isEmpty());
}

void TestDirectory::slowWatcherAborted()
{
    m_config.maxOutputBytes = 1000;
    FakeConnection *slow = join(u"slow"_s);
    QVERIFY(slow);
    deliver(slow, Watch{}.toJson());
    FakeConnection *fast = join(u"fast"_s);
    QVERIFY(fast);
    deliver(fast, Watch{}.toJson());
    slow->pendingBytes = 5000; // it stopped reading

    FakeConnection *newcomer = join(u"newcomer"_s);
    QVERIFY(newcomer);
    // Handed the frame (the transport queues it), then dropped at once: abort, not close.
    QCOMPARE(dump(slow->frames.mid(1)),
             dump({joinedJson(userOf(u"fast"_s)), joinedJson(userOf(u"newcomer"_s))}));
    QCOMPARE(slow->abortCount, 1);
    QCOMPARE(slow->closeCount, 0);
    QCOMPARE(directory()->userCount(), 2);
    QCOMPARE(directory()->connectionCount(), 3); // until the transport reports it closed

    // The other watcher learns both the newcomer and the departure, in either order.
    const QList<QJsonObject> seen = fast->frames.mid(1);
    QCOMPARE(seen.size(), 2);
    QVERIFY(seen.contains(joinedJson(userOf(u"newcomer"_s))));
    QVERIFY(seen.contains(leftJson(userOf(u"slow"_s))));
    QVERIFY(!fast->closed());

    // Nothing more from or to the dropped one.
    deliver(slow, Ping{}.toJson());
    QVERIFY(join(u"later"_s));
    QCOMPARE(slow->frames.size(), 3);
    QCOMPARE(dump(fast->frames.mid(3)), dump({joinedJson(userOf(u"later"_s))}));
    drop(slow);
    QCOMPARE(directory()->connectionCount(), 3);

    // A reply to a request counts the same way.
    fast->pendingBytes = 5000;
    deliver(fast, listJson(0, 10));
    QCOMPARE(fast->frames.last().value("type"_L1).toString(), UserList::type);
    QCOMPARE(fast->abortCount, 1);
    QCOMPARE(fast->closeCount, 0);
    QCOMPARE(directory()->userCount(), 2);
}

void TestDirectory::slowClientReportingCloseDuringAbort()
{
    // SocketConnection::abort() calls connectionClosed() before it returns; the directory must
    // not touch the session afterwards (run under ASan to see a use after free).
    m_config.maxOutputBytes = 1000;
    FakeConnection *watcher = join(u"watcher"_s);
    QVERIFY(watcher);
    deliver(watcher, Watch{}.toJson());

    // A refusal is the frame that tips it over.
    FakeConnection *pending = open();
    pending->pendingBytes = 5000;
    pending->reportClosedOnAbort = directory();
    deliver(pending, listJson(0, 10));
    QCOMPARE(dump(pending->frames),
             dump({errorJson(u"not-registered"_s, u"send hello before \"list\""_s)}));
    QCOMPARE(pending->abortCount, 1);
    QCOMPARE(pending->closeCount, 0);
    QCOMPARE(directory()->connectionCount(), 1);

    // The same for a registered user; watchers see it leave.
    FakeConnection *bob = join(u"bob"_s);
    QVERIFY(bob);
    bob->pendingBytes = 5000;
    bob->reportClosedOnAbort = directory();
    deliver(bob, helloJson(u"bob"_s));
    QCOMPARE(bob->abortCount, 1);
    QCOMPARE(bob->closeCount, 0);
    QCOMPARE(dump(watcher->frames.mid(1)),
             dump({joinedJson(userOf(u"bob"_s)), leftJson(userOf(u"bob"_s))}));
    QCOMPARE(directory()->userCount(), 1);
    QCOMPARE(directory()->connectionCount(), 1);

    // Replaced while not reading: the new login still gets in.
    FakeConnection *carol = join(u"carol"_s);
    QVERIFY(carol);
    carol->pendingBytes = 5000;
    carol->reportClosedOnAbort = directory();
    FakeConnection *carolAgain = join(u"carol"_s, 9191);
    QVERIFY(carolAgain);
    QCOMPARE(carol->abortCount, 1);
    QCOMPARE(directory()->userCount(), 2);
    QCOMPARE(directory()->connectionCount(), 2);

    // Not reading before its welcome: it never counts as joined, so watchers hear nothing.
    const qsizetype watcherBefore = watcher->frames.size();
    FakeConnection *dave = open(u"192.0.2.1"_s, keyOf(u"dave"_s));
    dave->pendingBytes = 5000;
    dave->reportClosedOnAbort = directory();
    deliver(dave, helloJson(u"dave"_s));
    QCOMPARE(dump(dave->frames), dump({welcomeJson(userOf(u"dave"_s))}));
    QCOMPARE(dave->abortCount, 1);
    QCOMPARE(watcher->frames.size(), watcherBefore);
    QCOMPARE(directory()->userCount(), 2);
    QCOMPARE(directory()->connectionCount(), 2);
    deliver(watcher, listJson(0, 10));
    const auto list = UserList::fromJson(watcher->frames.last());
    QVERIFY(list);
    QCOMPARE(list->total, 2);
}

void TestDirectory::rateLimited()
{
    m_config.requestBurst = 3;
    m_config.requestsPerSecond = 0.001;
    FakeConnection *flood = open();
    for (int i = 0; i < 4; ++i)
        deliver(flood, Ping{}.toJson());
    const QJsonObject pong = Pong{}.toJson();
    QCOMPARE(dump(flood->frames),
             dump({pong, pong, pong,
                   errorJson(u"rate-limited"_s, u"more than 0.001 requests per second"_s)}));
    QCOMPARE(flood->closeCount, 1);
    QCOMPARE(flood->framesAfterClose, 0);

    // Each connection has its own bucket, and hello takes a token like any frame.
    FakeConnection *polite = join(u"polite"_s);
    QVERIFY(polite);
    deliver(polite, Ping{}.toJson());
    deliver(polite, Ping{}.toJson());
    QVERIFY(!polite->closed());
    deliver(polite, Ping{}.toJson());
    QCOMPARE(polite->frames.last(),
             errorJson(u"rate-limited"_s, u"more than 0.001 requests per second"_s));
    QCOMPARE(polite->closeCount, 1);
    QCOMPARE(directory()->userCount(), 0);
}

void TestDirectory::perAddressLimit()
{
    m_config.maxConnectionsPerAddress = 1;
    FakeConnection *a1 = open(u"192.0.2.1"_s);
    FakeConnection *b1 = open(u"192.0.2.2"_s);
    QVERIFY(a1->frames.isEmpty() && !a1->closed());
    QVERIFY(b1->frames.isEmpty() && !b1->closed());

    // The IPv4-mapped form is the same address.
    const QJsonObject tooMany =
        errorJson(u"too-many-connections"_s, u"too many connections from 192.0.2.1 (at most 1)"_s);
    FakeConnection *a2 = open(u"::ffff:192.0.2.1"_s);
    QCOMPARE(dump(a2->frames), dump({tooMany}));
    QCOMPARE(a2->closeCount, 1);
    QVERIFY(b1->frames.isEmpty() && !b1->closed());
    QCOMPARE(directory()->connectionCount(), 3);

    // A refused connection holds its slot until it is gone, then a1 still holds the only one.
    drop(a2);
    FakeConnection *a3 = open(u"192.0.2.1"_s);
    QCOMPARE(dump(a3->frames), dump({tooMany}));
    drop(a3);

    // Registering does not free the slot; closing does.
    deliver(a1, helloJson(u"aone"_s));
    QCOMPARE(a1->frames.size(), 1);
    FakeConnection *a4 = open(u"192.0.2.1"_s);
    QCOMPARE(dump(a4->frames), dump({tooMany}));
    drop(a4);
    drop(a1);
    FakeConnection *a5 = open(u"192.0.2.1"_s);
    QVERIFY(a5->frames.isEmpty() && !a5->closed());
    deliver(a5, helloJson(u"afive"_s));
    QCOMPARE(a5->frames.first().value("type"_L1).toString(), Welcome::type);
}

void TestDirectory::maxPendingConnections()
{
    m_config.maxPendingConnections = 3;
    m_config.maxConnectionsPerAddress = 0;
    m_config.maxPendingPerAddress = 0;
    const QJsonObject evicted =
        errorJson(u"too-many-connections"_s,
                  u"too many connections are waiting to register; yours waited longest"_s);

    // Idle sockets from one address cannot keep a newcomer out: the oldest of the busiest
    // address makes room, the newcomer stays.
    FakeConnection *idle1 = open(u"198.51.100.66"_s);
    FakeConnection *idle2 = open(u"198.51.100.66"_s);
    FakeConnection *one = open(u"192.0.2.1"_s, keyOf(u"pone"_s));
    FakeConnection *idle3 = open(u"198.51.100.66"_s);
    QCOMPARE(dump(idle1->frames), dump({evicted}));
    QCOMPARE(idle1->closeCount, 1);
    drop(idle1);
    FakeConnection *two = open(u"192.0.2.2"_s, keyOf(u"ptwo"_s));
    QCOMPARE(dump(idle2->frames), dump({evicted}));
    drop(idle2);
    for (FakeConnection *open : {one, two, idle3})
        QVERIFY(open->frames.isEmpty() && !open->closed());
    QCOMPARE(directory()->pendingCount(), 3);

    // Registering frees slots: two more fit without anyone giving way.
    deliver(one, helloJson(u"pone"_s));
    QCOMPARE(one->frames.first().value("type"_L1).toString(), Welcome::type);
    deliver(two, helloJson(u"ptwo"_s));
    QCOMPARE(two->frames.first().value("type"_L1).toString(), Welcome::type);
    FakeConnection *p4 = open();
    FakeConnection *p5 = open(u"192.0.2.9"_s);
    for (FakeConnection *open : {idle3, p4, p5})
        QVERIFY(open->frames.isEmpty() && !open->closed());

    // So does leaving before registering.
    drop(idle3);
    FakeConnection *p6 = open(u"192.0.2.10"_s);
    QVERIFY(p6->frames.isEmpty() && !p6->closed());
    QVERIFY(!p4->closed() && !p5->closed());
    QCOMPARE(directory()->connectionCount(), 5);
    QCOMPARE(directory()->pendingCount(), 3);
    QCOMPARE(directory()->userCount(), 2);
}

void TestDirectory::maxPendingPerAddress()
{
    m_config.maxPendingPerAddress = 2;
    const QJsonObject tooMany =
        errorJson(u"too-many-connections"_s,
                  u"too many connections from 198.51.100.7 are waiting to register (at most 2)"_s);
    FakeConnection *a1 = open(u"198.51.100.7"_s, keyOf(u"aone"_s));
    FakeConnection *a2 = open(u"198.51.100.7"_s);
    FakeConnection *a3 = open(u"198.51.100.7"_s);
    QVERIFY(!a1->closed() && !a2->closed());
    QCOMPARE(dump(a3->frames), dump({tooMany}));
    QCOMPARE(a3->closeCount, 1);
    drop(a3);
    // Other addresses are not affected, and registering frees the address's slot.
    FakeConnection *b1 = open(u"198.51.100.8"_s);
    QVERIFY(!b1->closed());
    deliver(a1, helloJson(u"aone"_s));
    QCOMPARE(a1->frames.first().value("type"_L1).toString(), Welcome::type);
    FakeConnection *a4 = open(u"198.51.100.7"_s);
    QVERIFY(a4->frames.isEmpty() && !a4->closed());
    QCOMPARE(directory()->pendingCount(), 3);
}

void TestDirectory::handshakeDeadlineShorterThanHello()
{
    m_config.handshakeTimeout = 3s;
    m_config.helloTimeout = 10s;
    m_clock = [this] {
        return m_nowMs;
    };
    FakeConnection *silent = open(u"198.51.100.1"_s); // never finishes TLS
    FakeConnection *mute = open(u"198.51.100.2"_s);   // finishes TLS, never says hello
    directory()->connectionSecured(mute);

    m_nowMs = 2999;
    directory()->expireDeadlines();
    QVERIFY(!silent->closed());
    m_nowMs = 3000;
    directory()->expireDeadlines();
    QCOMPARE(dump(silent->frames),
             dump({errorJson(u"hello-timeout"_s, u"no TLS handshake within 3000 ms"_s)}));
    QCOMPARE(silent->closeCount, 1);
    QVERIFY(!mute->closed());
    drop(silent);

    m_nowMs = 9999;
    directory()->expireDeadlines();
    QVERIFY(!mute->closed());
    m_nowMs = 10000;
    directory()->expireDeadlines();
    QCOMPARE(dump(mute->frames),
             dump({errorJson(u"hello-timeout"_s, u"no hello within 10000 ms"_s)}));
    QCOMPARE(directory()->pendingCount(), 0);
}

void TestDirectory::legacyExemptFromIdleTimeout()
{
    m_config.idleTimeout = 90s;
    m_clock = [this] {
        return m_nowMs;
    };
    FakeConnection *cli = open(u"198.51.100.3"_s);
    cli->legacy = true;
    cli->fingerprint.clear();
    deliver(cli, helloJson(u"oldcli"_s));
    FakeConnection *tls = join(u"modern"_s);
    QVERIFY(tls);
    QCOMPARE(cli->frames.first().value("type"_L1).toString(), Welcome::type);

    m_nowMs = 91'000;
    directory()->sweepIdle();
    QCOMPARE(tls->frames.last().value("code"_L1).toString(), u"idle-timeout"_s);
    QVERIFY(tls->closed());
    QVERIFY(!cli->closed());
    QCOMPARE(directory()->userCount(), 1);
}

void TestDirectory::pendingCountDoesNotDrift()
{
    m_config.maxPendingConnections = 2;
    m_config.maxConnectionsPerAddress = 0;
    m_config.maxOutputBytes = 1000;

    // Every way in and out, one at a time; none may leave a pending slot taken.
    FakeConnection *plain = open();
    drop(plain);
    FakeConnection *refused = open();
    deliver(refused, listJson(0, 10));
    QCOMPARE(refused->closeCount, 1);
    drop(refused);
    FakeConnection *garbled = open();
    directory()->invalidInput(garbled, {ErrorCode::InvalidJson, u"not JSON"_s});
    drop(garbled);
    FakeConnection *leaver = join(u"leaver"_s);
    QVERIFY(leaver);
    drop(leaver);
    FakeConnection *rude = join(u"rude"_s);
    QVERIFY(rude);
    deliver(rude, helloJson(u"rude"_s));
    QCOMPARE(rude->closeCount, 1);
    drop(rude);
    FakeConnection *slow = open();
    slow->pendingBytes = 5000;
    deliver(slow, Ping{}.toJson());
    QCOMPARE(slow->abortCount, 1);
    drop(slow);
    FakeConnection *old = join(u"twice"_s);
    QVERIFY(old);
    QVERIFY(join(u"twice"_s));
    drop(old);
    QCOMPARE(directory()->connectionCount(), 1);
    QCOMPARE(directory()->userCount(), 1);

    // Still exactly two slots: a third waiting connection makes the oldest give way.
    FakeConnection *q1 = open();
    FakeConnection *q2 = open();
    FakeConnection *q3 = open();
    QCOMPARE(q1->closeCount, 1);
    QVERIFY(!q2->closed());
    QVERIFY(!q3->closed());
}

void TestDirectory::helloTimeout()
{
    m_config.helloTimeout = 50ms;
    const QJsonObject timedOut = errorJson(u"hello-timeout"_s, u"no hello within 50 ms"_s);
    FakeConnection *silent = open();
    FakeConnection *quick = open(u"192.0.2.1"_s, keyOf(u"quick"_s));
    deliver(quick, helloJson(u"quick"_s));

    QTRY_VERIFY(silent->closed());
    QCOMPARE(dump(silent->frames), dump({timedOut}));
    QCOMPARE(silent->closeCount, 1);
    QCOMPARE(silent->abortCount, 0);
    QCOMPARE(dump(quick->frames), dump({welcomeJson(userOf(u"quick"_s))}));
    QVERIFY(!quick->closed());
    drop(silent);

    // The timer re-arms for whoever comes later.
    FakeConnection *later = open();
    QTRY_VERIFY(later->closed());
    QCOMPARE(dump(later->frames), dump({timedOut}));
    QCOMPARE(quick->frames.size(), 1);
    QVERIFY(!quick->closed());
    QCOMPARE(directory()->userCount(), 1);
}

void TestDirectory::idleTimeout()
{
    // On the fake clock: exact, whatever the load on the machine.
    m_config.idleTimeout = 150ms;
    m_config.requestsPerSecond = 1000;
    m_config.requestBurst = 1000;
    m_clock = [this] {
        return m_nowMs;
    };
    FakeConnection *silent = join(u"silent"_s);
    QVERIFY(silent);
    FakeConnection *chatty = join(u"chatty"_s);
    QVERIFY(chatty);
    FakeConnection *pending = open(); // its limit is the hello timeout (10 s)

    // Chatty pings every 100 ms for a second; silent says nothing after joining.
    for (m_nowMs = 100; m_nowMs <= 1000; m_nowMs += 100) {
        deliver(chatty, Ping{}.toJson());
        directory()->sweepIdle();
        if (m_nowMs == 100)
            QVERIFY(!silent->closed()); // 100 ms of silence is within the limit
    }
    QVERIFY(silent->closed());
    QCOMPARE(dump(silent->frames),
             dump({welcomeJson(userOf(u"silent"_s), 1), // at most a third of the idle timeout
                   errorJson(u"idle-timeout"_s, u"nothing heard for 0.15 s"_s)}));
    QCOMPARE(silent->closeCount, 1);

    // The chatty user stays, answered every time.
    QVERIFY(!chatty->closed());
    QCOMPARE(chatty->frames.size(), 1 + 10);
    for (const QJsonObject &frame : chatty->frames.mid(1))
        QCOMPARE(frame, Pong{}.toJson());
    QVERIFY(!pending->closed());
    QCOMPARE(directory()->userCount(), 1);

    // Just past the limit after its last ping, chatty goes too.
    m_nowMs = 1000 + 151;
    directory()->sweepIdle();
    QVERIFY(chatty->closed());
}

void TestDirectory::presenceToWatchersOnly()
{
    FakeConnection *ann = join(u"ann"_s);
    QVERIFY(ann);
    FakeConnection *ben = join(u"ben"_s);
    QVERIFY(ben);
    FakeConnection *cy = join(u"cy"_s); // never watches
    QVERIFY(cy);
    deliver(ann, Watch{}.toJson());
    deliver(ann, Watch{}.toJson()); // twice changes nothing
    deliver(ben, Watch{}.toJson());
    QCOMPARE(ann->frames.size(), 1); // watch has no reply

    FakeConnection *dee = join(u"dee"_s);
    QVERIFY(dee);
    QCOMPARE(dump(ann->frames.mid(1)), dump({joinedJson(userOf(u"dee"_s))}));
    QCOMPARE(dump(ben->frames.mid(1)), dump({joinedJson(userOf(u"dee"_s))}));
    QCOMPARE(cy->frames.size(), 1);
    QCOMPARE(dee->frames.size(), 1);

    // A watcher that leaves hears nothing more; the others hear it leave.
    drop(ben);
    QCOMPARE(dump(ann->frames.mid(2)), dump({leftJson(userOf(u"ben"_s))}));
    FakeConnection *eve = join(u"eve"_s);
    QVERIFY(eve);
    QCOMPARE(dump(ann->frames.mid(3)), dump({joinedJson(userOf(u"eve"_s))}));
    QCOMPARE(ben->frames.size(), 2);
    QCOMPARE(cy->frames.size(), 1);

    // A refused watcher is not told of its own leave; the other watchers are.
    deliver(dee, Watch{}.toJson());
    deliver(ann, helloJson(u"ann"_s));
    QCOMPARE(dump(ann->frames.mid(4)),
             dump({errorJson(u"already-registered"_s, u"already registered"_s)}));
    QCOMPARE(dump(dee->frames.mid(1)), dump({leftJson(userOf(u"ann"_s))}));
    QCOMPARE(cy->frames.size(), 1);
}

void TestDirectory::presenceBatchedInOrder()
{
    m_config.presenceBatch = 20ms;
    FakeConnection *watcher = join(u"watcher"_s);
    QVERIFY(watcher);
    deliver(watcher, Watch{}.toJson());
    FakeConnection *bob = join(u"bob"_s);
    FakeConnection *carol = join(u"carol"_s);
    QVERIFY(bob && carol);
    QCOMPARE(watcher->frames.size(), 1); // just the welcome: the deltas wait for the batch
    // A direct reply takes the waiting deltas with it, ahead of itself.
    deliver(watcher, Ping{}.toJson());
    QCOMPARE(dump(watcher->frames.mid(1)),
             dump({joinedJson(userOf(u"bob"_s)), joinedJson(userOf(u"carol"_s)), Pong{}.toJson()}));
    drop(bob);
    QCOMPARE(watcher->frames.size(), 4);
    QTRY_COMPARE(watcher->frames.size(), 5); // the batch timer sends the rest
    QCOMPARE(dump({watcher->frames.last()}), dump({leftJson(userOf(u"bob"_s))}));
    // A watcher that goes away with deltas waiting is simply skipped.
    FakeConnection *dave = join(u"dave"_s);
    QVERIFY(dave);
    drop(watcher);
    QTRY_VERIFY(!directory()->isShuttingDown());
}

void TestDirectory::listThousandUsers()
{
    m_config.maxUsers = 2000;
    m_config.maxConnectionsPerAddress = 0;
    m_config.requestBurst = 100'000;
    m_config.requestsPerSecond = 1e6;

    // Random names of mixed case, unique case-insensitively.
    QRandomGenerator random(20240601);
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"_s;
    QList<UserInfo> users;
    QSet<QString> keys; // skeletons: look-alike names are one name
    while (users.size() < 1000) {
        QString name;
        const int length = 1 + random.bounded(12);
        for (int i = 0; i < length; ++i)
            name += alphabet.at(random.bounded(int(alphabet.size())));
        if (!isValidUsername(name) || keys.contains(usernameSkeleton(name)))
            continue;
        keys.insert(usernameSkeleton(name));
        const int n = int(users.size());
        const QString address = u"10.0.%1.%2"_s.arg(n / 250).arg(n % 250 + 1);
        users.append(userOf(name, quint16(1024 + n), address));
    }
    for (const UserInfo &user : std::as_const(users))
        QVERIFY2(join(user.name, user.port, user.address), qPrintable(user.name));
    QCOMPARE(directory()->userCount(), 1000);
    FakeConnection *asker = m_connections.front().get();

    QList<UserInfo> sorted = users;
    std::sort(sorted.begin(), sorted.end(), [](const UserInfo &a, const UserInfo &b) {
        return a.name.toLower() < b.name.toLower();
    });

    const auto page = [&](int offset, int limit, const QString &filter) -> std::optional<UserList> {
        deliver(asker, listJson(offset, limit, filter));
        return UserList::fromJson(asker->frames.last());
    };

    // One exact frame: the default page is the first hundred.
    deliver(asker, ListRequest{}.toJson());
    UserList first;
    first.total = 1000;
    first.offset = 0;
    first.users = sorted.mid(0, 100);
    QCOMPARE(dump({asker->frames.last()}), dump({first.toJson()}));

    for (const int limit : {MaxListLimit, 7}) {
        QList<UserInfo> collected;
        for (int offset = 0; offset < 1000; offset += limit) {
            const auto reply = page(offset, limit, {});
            QVERIFY(reply);
            QCOMPARE(reply->total, 1000);
            QCOMPARE(reply->offset, offset);
            QCOMPARE(reply->users.size(), std::min(limit, 1000 - offset));
            collected += reply->users;
        }
        QCOMPARE(collected.size(), 1000);
        QVERIFY(collected == sorted);
    }
    const auto beyond = page(5000, 10, {});
    QVERIFY(beyond);
    QCOMPARE(beyond->total, 1000);
    QVERIFY(beyond->users.isEmpty());

    // A filter is a case-insensitive substring; total counts every match, not just the page.
    for (const QString &filter : {u"q"_s, u"Q"_s, u"a1"_s, u"no-such-name-here"_s}) {
        QList<UserInfo> expected;
        for (const UserInfo &user : std::as_const(sorted)) {
            if (user.name.toLower().contains(filter.toLower()))
                expected.append(user);
        }
        QList<UserInfo> collected;
        int offset = 0;
        do {
            const auto reply = page(offset, 13, filter);
            QVERIFY(reply);
            QCOMPARE(reply->total, int(expected.size()));
            collected += reply->users;
            offset += 13;
        } while (offset < expected.size());
        QVERIFY2(collected == expected, qPrintable(filter));
    }
    // The names sit one after another in one buffer (namesearch.h): a filter never matches
    // across two of them, nor the separator, and a name that holds it twice counts once.
    const QString last = sorted.at(0).name.toLower(), next = sorted.at(1).name.toLower();
    for (const QString &filter : {u"\n"_s, QString(last.right(1) + u"\n"_s + next.left(1))}) {
        const auto reply = page(0, 10, filter);
        QVERIFY(reply);
        QCOMPARE(reply->total, 0);
    }
    QVERIFY(join(u"zzzz"_s, 9090, u"10.9.9.9"_s));
    const auto twice = page(0, 10, u"zz"_s);
    QVERIFY(twice);
    QVERIFY(twice->users.size() >= 1);
    QCOMPARE(std::count_if(twice->users.begin(), twice->users.end(),
                           [](const UserInfo &user) { return user.name == u"zzzz"_s; }),
             1);
    // Joins and leaves between two searches are seen by the second.
    const int before = twice->total;
    drop(m_connections.back().get());
    const auto after = page(0, 10, u"zz"_s);
    QVERIFY(after);
    QCOMPARE(after->total, before - 1);
    QVERIFY(asker->framesAfterClose == 0 && !asker->closed());
}

void TestDirectory::lookup()
{
    QCOMPARE(m_registry->claim(u"bob"_s, keyOf(u"bob"_s)).claim, hub::Registry::Claim::Bound);
    FakeConnection *alice = join(u"alice"_s, 9500, u"192.0.2.30"_s);
    QVERIFY(alice);
    FakeConnection *asker = join(u"asker"_s);
    QVERIFY(asker);
    const auto ask = [&](const QString &name) {
        deliver(asker, Lookup{name}.toJson());
        return dump({asker->frames.last()});
    };

    QCOMPARE(ask(u"ALICE"_s),
             dump({lookupJson(u"alice"_s, true, keyOf(u"alice"_s), u"192.0.2.30"_s, 9500)}));
    QCOMPARE(ask(u"Bob"_s), dump({lookupJson(u"Bob"_s, false, keyOf(u"bob"_s))}));
    QCOMPARE(ask(u"nobody"_s), dump({lookupJson(u"nobody"_s, false, {})}));
    QCOMPARE(ask(u"not a name!"_s), dump({lookupJson(u"not a name!"_s, false, {})}));

    // Gone offline, the binding remains.
    drop(alice);
    QCOMPARE(ask(u"alice"_s), dump({lookupJson(u"alice"_s, false, keyOf(u"alice"_s))}));
    QCOMPARE(asker->frames.size(), 6);
    QVERIFY(!asker->closed());
}

void TestDirectory::shutdownTellsEveryone()
{
    FakeConnection *watcher = join(u"watcher"_s);
    QVERIFY(watcher);
    deliver(watcher, Watch{}.toJson());
    FakeConnection *other = join(u"other"_s);
    QVERIFY(other);
    FakeConnection *pending = open();
    const qsizetype watcherBefore = watcher->frames.size();

    directory()->shutdown(u"maintenance"_s);
    const QJsonObject notice = Shutdown{u"maintenance"_s}.toJson();
    QCOMPARE(dump(watcher->frames.mid(watcherBefore)), dump({notice})); // no presence deltas
    QCOMPARE(dump(other->frames.mid(1)), dump({notice}));
    QCOMPARE(dump(pending->frames), dump({notice}));
    for (FakeConnection *c : {watcher, other, pending}) {
        QCOMPARE(c->closeCount, 1);
        QCOMPARE(c->abortCount, 0);
        QCOMPARE(c->framesAfterClose, 0);
    }
    QVERIFY(directory()->isShuttingDown());
    QCOMPARE(directory()->userCount(), 0);
    QCOMPARE(directory()->connectionCount(), 3);

    // Late frames and a second shutdown change nothing; newcomers are turned away.
    deliver(other, Ping{}.toJson());
    deliver(pending, helloJson(u"late"_s));
    directory()->shutdown(u"again"_s);
    QCOMPARE(other->frames.size(), 2);
    QCOMPARE(pending->frames.size(), 1);
    FakeConnection *late = open();
    QCOMPARE(dump(late->frames),
             dump({errorJson(u"shutting-down"_s, u"the hub is shutting down"_s)}));
    QCOMPARE(late->closeCount, 1);

    for (FakeConnection *c : {watcher, other, pending, late})
        drop(c);
    QCOMPARE(directory()->connectionCount(), 0);
    QCOMPARE(watcher->frames.size(), watcherBefore + 1);
}

void TestDirectory::shutdownWithSlowConnections()
{
    m_config.maxOutputBytes = 1000;
    FakeConnection *first = join(u"first"_s);
    QVERIFY(first);
    deliver(first, Watch{}.toJson());
    FakeConnection *second = join(u"second"_s);
    QVERIFY(second);
    deliver(second, Watch{}.toJson());
    QList<FakeConnection *> slow;
    for (const QString &name : {u"slow1"_s, u"slow2"_s, u"slow3"_s}) {
        FakeConnection *c = join(name);
        QVERIFY(c);
        c->pendingBytes = 5000;
        c->reportClosedOnAbort = directory();
        slow.append(c);
    }
    const qsizetype firstBefore = first->frames.size();
    const qsizetype secondBefore = second->frames.size();

    directory()->shutdown(u"bye"_s);
    const QJsonObject notice = Shutdown{u"bye"_s}.toJson();
    QCOMPARE(dump(first->frames.mid(firstBefore)), dump({notice}));
    QCOMPARE(dump(second->frames.mid(secondBefore)), dump({notice}));
    QCOMPARE(first->closeCount, 1);
    QCOMPARE(second->closeCount, 1);
    for (FakeConnection *c : std::as_const(slow)) {
        QCOMPARE(c->frames.last(), notice);
        QCOMPARE(c->abortCount, 1);
        QCOMPARE(c->closeCount, 0);
    }
    QCOMPARE(directory()->userCount(), 0);
    QCOMPARE(directory()->connectionCount(), 2);
}

void TestDirectory::registryFailure()
{
    FakeConnection *client = open();
    m_registry->close();
    QTest::ignoreMessage(QtWarningMsg, "registry failure: registry is not open");
    deliver(client, helloJson(u"alice"_s));
    QCOMPARE(dump(client->frames),
             dump({errorJson(u"internal"_s, u"the hub could not record the name"_s)}));
    QCOMPARE(client->closeCount, 1);
    QCOMPARE(directory()->userCount(), 0);
}

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
