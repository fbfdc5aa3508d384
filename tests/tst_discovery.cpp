// SPDX-License-Identifier: GPL-3.0-or-later
// Finding hubs on the local network (docs/protocol.md §11), over loopback only: the datagram
// codec (signed announcements, queries, every way one can be broken or forged), then a real hub
// announcing on 127.255.255.255 and the client's HubFinder listing it, answering its query,
// forgetting it when silent, ignoring forgeries and replays, and staying bounded under a flood.
// Between two network namespaces: tst_discovery_netns.

#include "announcer.h"
#include "discovery.h"
#include "hubfinder.h"
#include "hubfixture.h"
#include "identity.h"

#include <openssl/err.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using chatbuddy::test::freeUdpPort;
using chatbuddy::test::HubFixture;

namespace {

const QHostAddress LoopbackBroadcast(u"127.255.255.255"_s);

Identity makeIdentity()
{
    auto identity = Identity::generate(u"ChatBuddy hub"_s);
    if (!identity)
        qFatal("cannot make an identity: %s", qPrintable(identity.error()));
    return *identity;
}

// One identity for the whole suite: making P-256 keys is cheap, but there is no need.
const Identity &hubIdentity()
{
    static const Identity identity = makeIdentity();
    return identity;
}

discovery::Announcement announcementOf(const Identity &identity, const QString &name, quint16 port)
{
    discovery::Announcement a;
    a.name = name;
    a.port = port;
    a.publicKey = publicKeyOf(identity.certificate());
    a.time = QDateTime::currentMSecsSinceEpoch();
    return a;
}

QByteArray signedDatagram(const discovery::Announcement &a, const Identity &identity)
{
    auto bytes = discovery::encode(a, identity.privateKey());
    if (!bytes)
        qFatal("cannot encode: %s", qPrintable(bytes.error()));
    return *bytes;
}

QJsonObject objectOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A UDP port nobody on this computer listens on now, for one test's discovery traffic.
// A monotonic clock the test moves by hand.
struct FakeClock {
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(1'000'000);
    HubFinder::Clock clock() const
    {
        return [now = now] {
            return now->load();
        };
    }
    void advance(qint64 ms) { *now += ms; }
};

HubFinder::Options loopbackOptions(quint16 port)
{
    HubFinder::Options options;
    options.port = port;
    options.targets = {LoopbackBroadcast};
    return options;
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The codec.
    void queryRoundTrip();
    void announcementRoundTrip();
    void answerCarriesItsNonce();
    void changedFieldsBreakTheSignature_data();
    void changedFieldsBreakTheSignature();
    void anotherKeysSignatureIsRefused();
    void brokenDatagramsAreRefused_data();
    void brokenDatagramsAreRefused();
    void encodeRefusesBrokenFields();
    void cleanName_data();
    void cleanName();

    // A hub and the finder, on loopback.
    void finderListsAnAnnouncingHub();
    void finderAsksAndTheHubAnswers();
    void pinnedKeysAreCompared();
    void silentHubsAreForgotten();
    void forgeriesAndReplaysAreIgnored();
    void floodOfHubsStaysBounded();
    void floodOfDatagramsIsRateLimited();
    void hubAnswersAtABoundedRate();
    void replayedAnnouncementGivesWayToTheAnswer();
};

void TestDiscovery::queryRoundTrip()
{
    const discovery::Query query{discovery::makeNonce()};
    QCOMPARE(query.nonce.size(), discovery::NonceSize);
    const QByteArray bytes = discovery::encode(query);
    const auto decoded = discovery::decodeQuery(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
    QCOMPARE(*decoded, query);
    QVERIFY(!discovery::decodeAnnouncement(bytes).ok());
    QVERIFY(discovery::makeNonce() != query.nonce);
}

void TestDiscovery::announcementRoundTrip()
{
    const auto a = announcementOf(hubIdentity(), u"Office hub"_s, 8080);
    const QByteArray bytes = signedDatagram(a, hubIdentity());
    QVERIFY(bytes.size() <= discovery::MaxDatagram);
    const auto decoded = discovery::decodeAnnouncement(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
    QCOMPARE(*decoded, a);
    QCOMPARE(decoded->fingerprint(), hubIdentity().fingerprint());
    QVERIFY(!discovery::decodeQuery(bytes).ok());
}

void TestDiscovery::answerCarriesItsNonce()
{
    auto a = announcementOf(hubIdentity(), u"Office hub"_s, 8080);
    a.nonce = discovery::makeNonce();
    const auto decoded = discovery::decodeAnnouncement(signedDatagram(a, hubIdentity()));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->nonce, a.nonce);
}

void TestDiscovery::changedFieldsBreakTheSignature_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("name") << u"name"_s << QJsonValue(u"Evil hub"_s);
    QTest::newRow("port") << u"port"_s << QJsonValue(9999);
    QTest::newRow("time") << u"time"_s
                          << QJsonValue(double(QDateTime::currentMSecsSinceEpoch() + 60'000));
    QTest::newRow("nonce") << u"nonce"_s
                           << QJsonValue(QString::fromLatin1(discovery::makeNonce().toBase64()));
    QTest::newRow("key") << u"key"_s
                         << QJsonValue(QString::fromLatin1(
                                publicKeyOf(makeIdentity().certificate()).toBase64()));
}

void TestDiscovery::changedFieldsBreakTheSignature()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const auto a = announcementOf(hubIdentity(), u"Office hub"_s, 8080);
    QJsonObject object = objectOf(signedDatagram(a, hubIdentity()));
    QVERIFY(object.value(field) != value);
    object.insert(field, value);
    const auto decoded = discovery::decodeAnnouncement(bytesOf(object));
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(u"signature"_s), qPrintable(decoded.error()));
    // Nothing left in OpenSSL's error queue for the next TLS read on this thread to take as
    // its own (a forged announcement once dropped the client's hub connection).
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestDiscovery::anotherKeysSignatureIsRefused()
{
    // A forger signs with its own key but claims the hub's: the signature does not verify.
    const Identity forger = makeIdentity();
    const auto a = announcementOf(hubIdentity(), u"Office hub"_s, 8080);
    auto signature = discovery::encode(a, forger.privateKey());
    QVERIFY(signature.ok());
    QVERIFY(!discovery::decodeAnnouncement(*signature).ok());
    QCOMPARE(ERR_peek_error(), 0UL); // as in changedFieldsBreakTheSignature
}

void TestDiscovery::brokenDatagramsAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QJsonObject good =
        objectOf(signedDatagram(announcementOf(hubIdentity(), u"Office"_s, 8080), hubIdentity()));
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject object = good;
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return bytesOf(object);
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello hub");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("version 2") << with(u"v"_s, 2);
    QTest::newRow("version text") << with(u"v"_s, u"1"_s);
    QTest::newRow("no version") << with(u"v"_s, QJsonValue::Undefined);
    QTest::newRow("other type") << with(u"type"_s, u"hub-gossip"_s);
    QTest::newRow("port 0") << with(u"port"_s, 0);
    QTest::newRow("port 70000") << with(u"port"_s, 70000);
    QTest::newRow("port text") << with(u"port"_s, u"8080"_s);
    QTest::newRow("port fraction") << with(u"port"_s, 8080.5);
    QTest::newRow("time negative") << with(u"time"_s, -1);
    QTest::newRow("no signature") << with(u"sig"_s, QJsonValue::Undefined);
    QTest::newRow("signature not base64") << with(u"sig"_s, u"!!!!"_s);
    QTest::newRow("signature too long")
        << with(u"sig"_s, QString::fromLatin1(QByteArray(200, 'x').toBase64()));
    QTest::newRow("key not base64") << with(u"key"_s, u"*not base64*"_s);
    QTest::newRow("key too long") << with(u"key"_s,
                                          QString::fromLatin1(QByteArray(300, 'k').toBase64()));
    QTest::newRow("nonce of 3 bytes") << with(u"nonce"_s, u"AAAA"_s);
    QTest::newRow("empty name") << with(u"name"_s, u""_s);
    QTest::newRow("name with a bell") << with(u"name"_s, u"Office\u0007"_s);
    QTest::newRow("name with a bidi override") << with(u"name"_s, u"\u202eOffice"_s);
    QTest::newRow("name of 65 characters") << with(u"name"_s, QString(65, u'x'));
    QTest::newRow("name not text") << with(u"name"_s, 42);
    QByteArray tooLong = bytesOf(good);
    tooLong.chop(1);
    tooLong += ",\"pad\":\"" + QByteArray(discovery::MaxDatagram, 'p') + "\"}";
    QTest::newRow("longer than a datagram may be") << tooLong;
    QTest::newRow("query without nonce") << QByteArray(R"({"type":"hub-query","v":1})");
}

void TestDiscovery::brokenDatagramsAreRefused()
{
    QFETCH(QByteArray, bytes);
    const auto announcement = discovery::decodeAnnouncement(bytes);
    QVERIFY(!announcement.ok());
    QVERIFY(!announcement.error().isEmpty());
    QVERIFY(!discovery::decodeQuery(bytes).ok());
    QCOMPARE(ERR_peek_error(), 0UL); // as in changedFieldsBreakTheSignature
}

void TestDiscovery::encodeRefusesBrokenFields()
{
    auto a = announcementOf(hubIdentity(), u"Office\nhub"_s, 8080);
    QVERIFY(!discovery::encode(a, hubIdentity().privateKey()).ok());
    a.name = u"Office hub"_s;
    a.nonce = "abc";
    QVERIFY(!discovery::encode(a, hubIdentity().privateKey()).ok());
    a.nonce.clear();
    a.port = 0;
    QVERIFY(!discovery::encode(a, hubIdentity().privateKey()).ok());
}

void TestDiscovery::cleanName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("clean");
    QTest::newRow("plain") << u"Office hub"_s << u"Office hub"_s;
    QTest::newRow("spaces and tabs") << u"  Office\thub \n"_s << u"Office hub"_s;
    QTest::newRow("bidi override") << u"\u202eduh eciffO"_s << u"duh eciffO"_s;
    QTest::newRow("zero width") << u"Off\u200bice"_s << u"Off ice"_s;
    QTest::newRow("escape code") << u"\u001b[31mRed"_s << u"[31mRed"_s;
    QTest::newRow("Hindi") << u"दफ़्तर का हब"_s << u"दफ़्तर का हब"_s;
    QTest::newRow("too long") << QString(80, u'a') << QString(discovery::MaxNameLength, u'a');
    // Cut in the middle of a character outside the BMP: the half goes too.
    QTest::newRow("cut surrogate") << (QString(63, u'a') + u"😀😀"_s) << QString(63, u'a');
    QTest::newRow("only controls") << u"\u0001\u0002"_s << QString();
    // Found by fuzz_discovery: format characters outside the BMP (tags) are pairs of halves.
    QTest::newRow("tag characters") << u"Office\U000E0001\U000E0041hub"_s << u"Office hub"_s;
    QTest::newRow("lone surrogate") << (u"Off"_s + QChar(0xD800) + u"ice"_s) << u"Off ice"_s;
}

void TestDiscovery::cleanName()
{
    QFETCH(QString, name);
    QFETCH(QString, clean);
    QCOMPARE(discovery::cleanName(name), clean);
    QCOMPARE(discovery::cleanName(clean), clean);
}

void TestDiscovery::finderListsAnAnnouncingHub()
{
    const quint16 udp = freeUdpPort();
    HubFixture hub;
    hub.config().announce = true;
    hub.config().name = u"Test hub"_s;
    hub.config().discoveryPort = udp;
    hub.config().announceTo = {LoopbackBroadcast};
    hub.config().announceInterval = std::chrono::milliseconds(200);
    QVERIFY(hub.start());
    QVERIFY(hub.server()->announcer());

    // Only listening (no query out): what arrives are the hub's periodic announcements.
    HubFinder::Options options = loopbackOptions(udp);
    options.ask = false;
    HubFinder finder(options, FakeClock().clock());
    QVERIFY(finder.start().ok());
    QTRY_COMPARE(finder.rowCount(), 1);
    const FoundHub found = finder.hubs().first();
    QCOMPARE(found.name, u"Test hub"_s);
    QCOMPARE(found.host(), u"127.0.0.1"_s);
    QCOMPARE(found.port, hub.port());
    QCOMPARE(found.fingerprint, hub.server()->fingerprint());
    const QModelIndex row = finder.index(0);
    QCOMPARE(row.data(HubFinder::NameRole).toString(), u"Test hub"_s);
    QCOMPARE(row.data(HubFinder::PortRole).toUInt(), uint(hub.port()));
    QCOMPARE(row.data(HubFinder::FingerprintRole).toString(), hub.server()->fingerprint());
    // Heard again and again, it stays one entry.
    const int answered = hub.server()->announcer()->answered();
    QTRY_VERIFY(hub.server()->announcer()->ignored() >= 3); // its own announcements, heard
    QCOMPARE(finder.rowCount(), 1);
    QCOMPARE(hub.server()->announcer()->answered(), answered);
}

void TestDiscovery::finderAsksAndTheHubAnswers()
{
    const quint16 udp = freeUdpPort();
    HubFixture hub;
    hub.config().announce = true;
    hub.config().name = u"Quiet hub"_s;
    hub.config().discoveryPort = udp;
    hub.config().announceTo = {QHostAddress(u"127.0.0.2"_s)}; // its announcements reach nobody
    hub.config().announceInterval = std::chrono::hours(1);
    QVERIFY(hub.start());

    HubFinder finder(loopbackOptions(udp), FakeClock().clock());
    QVERIFY(finder.start().ok());
    QTRY_COMPARE(finder.rowCount(), 1);
    QCOMPARE(finder.hubs().first().name, u"Quiet hub"_s);
    QTRY_COMPARE(hub.server()->announcer()->answered(), 1);
    // Asking again refreshes the same entry.
    finder.refresh();
    QTRY_COMPARE(hub.server()->announcer()->answered(), 2);
    QCOMPARE(finder.rowCount(), 1);
}

void TestDiscovery::pinnedKeysAreCompared()
{
    const quint16 udp = freeUdpPort();
    HubFixture hub;
    hub.config().announce = true;
    hub.config().discoveryPort = udp;
    hub.config().announceTo = {LoopbackBroadcast};
    QVERIFY(hub.start());
    HubFinder finder(loopbackOptions(udp), FakeClock().clock());
    QString pinned;
    QString askedFor;
    finder.setPinLookup([&](const QString &address) {
        askedFor = address;
        return pinned;
    });
    QVERIFY(finder.start().ok());
    QTRY_COMPARE(finder.rowCount(), 1);
    const QModelIndex row = finder.index(0);
    QCOMPARE(row.data(HubFinder::PinRole).value<HubFinder::Pin>(), HubFinder::Pin::New);
    QCOMPARE(askedFor, u"127.0.0.1:%1"_s.arg(hub.port()));
    pinned = hub.server()->fingerprint();
    QCOMPARE(row.data(HubFinder::PinRole).value<HubFinder::Pin>(), HubFinder::Pin::Known);
    pinned = makeIdentity().fingerprint();
    QCOMPARE(row.data(HubFinder::PinRole).value<HubFinder::Pin>(), HubFinder::Pin::Changed);
}

void TestDiscovery::silentHubsAreForgotten()
{
    const quint16 udp = freeUdpPort();
    FakeClock time;
    HubFinder::Options options = loopbackOptions(udp);
    options.ask = false; // the hub's first announcement only: nothing else in flight
    options.lifetime = std::chrono::milliseconds(1000);
    HubFinder finder(options, time.clock());
    QVERIFY(finder.start().ok());
    auto hub = std::make_unique<HubFixture>();
    hub->config().announce = true;
    hub->config().discoveryPort = udp;
    hub->config().announceTo = {LoopbackBroadcast};
    QVERIFY(hub->start());
    QTRY_COMPARE(finder.rowCount(), 1);
    hub.reset(); // gone without a word
    time.advance(999);
    QSignalSpy removed(&finder, &QAbstractItemModel::rowsRemoved);
    time.advance(2);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(finder.rowCount(), 0);
}

void TestDiscovery::forgeriesAndReplaysAreIgnored()
{
    const quint16 udp = freeUdpPort();
    HubFinder::Options options = loopbackOptions(udp);
    options.ask = false;
    HubFinder finder(options, FakeClock().clock());
    QVERIFY(finder.start().ok());
    QUdpSocket attacker;
    const auto sendToFinder = [&](const QByteArray &bytes) {
        QCOMPARE(attacker.writeDatagram(bytes, LoopbackBroadcast, udp), bytes.size());
    };

    // Signed with another key than the one it carries.
    const Identity forger = makeIdentity();
    sendToFinder(
        *discovery::encode(announcementOf(hubIdentity(), u"Forged"_s, 1111), forger.privateKey()));
    // A true announcement from two days ago, sent again.
    auto old = announcementOf(hubIdentity(), u"Replayed"_s, 2222);
    old.time -= 2LL * 24 * 3600 * 1000;
    sendToFinder(signedDatagram(old, hubIdentity()));
    // Garbage, and a datagram longer than any announcement may be.
    sendToFinder("{\"type\":\"hub-announce\"");
    sendToFinder(QByteArray(4000, 'x'));
    // Then a true one: once it is listed, everything before it was read.
    sendToFinder(signedDatagram(announcementOf(hubIdentity(), u"Real"_s, 3333), hubIdentity()));
    QTRY_COMPARE(finder.rowCount(), 1);
    QCOMPARE(finder.hubs().first().name, u"Real"_s);
    QCOMPARE(finder.rejected(), 4);
}

void TestDiscovery::floodOfHubsStaysBounded()
{
    const quint16 udp = freeUdpPort();
    HubFinder::Options options = loopbackOptions(udp);
    options.ask = false;
    options.maxHubs = 4;
    options.checksPerSenderPerSecond = 1000;
    options.senderBurst = 1000;
    FakeClock time;
    HubFinder finder(options, time.clock());
    QVERIFY(finder.start().ok());
    int most = 0;
    connect(&finder, &QAbstractItemModel::rowsInserted, this,
            [&] { most = std::max(most, finder.rowCount()); });
    QUdpSocket flooder;
    // Ten hubs with valid signatures (an attacker can make keys), each heard later than the
    // one before: the list keeps the four heard last.
    for (int i = 0; i < 10; ++i) {
        time.advance(10);
        const QByteArray bytes = signedDatagram(
            announcementOf(hubIdentity(), u"Hub %1"_s.arg(i), quint16(4000 + i)), hubIdentity());
        QCOMPARE(flooder.writeDatagram(bytes, LoopbackBroadcast, udp), bytes.size());
        QTRY_VERIFY(std::any_of(finder.hubs().cbegin(), finder.hubs().cend(),
                                [i](const FoundHub &h) { return h.port == 4000 + i; }));
    }
    QCOMPARE(finder.rowCount(), 4);
    QCOMPARE(most, 4);
    for (const FoundHub &h : finder.hubs())
        QVERIFY2(h.port >= 4006, qPrintable(h.name));
}

void TestDiscovery::floodOfDatagramsIsRateLimited()
{
    const quint16 udp = freeUdpPort();
    HubFinder::Options options = loopbackOptions(udp);
    options.ask = false;
    options.checksPerSenderPerSecond = 4;
    options.senderBurst = 8;
    FakeClock time;
    HubFinder finder(options, time.clock());
    QVERIFY(finder.start().ok());
    QUdpSocket flooder;
    const Identity forger = makeIdentity();
    const QByteArray forged =
        *discovery::encode(announcementOf(hubIdentity(), u"Forged"_s, 1111), forger.privateKey());
    constexpr int Flood = 100; // well within the socket's receive buffer: none dropped
    for (int i = 0; i < Flood; ++i)
        flooder.writeDatagram(forged, LoopbackBroadcast, udp);
    // The clock stands still: after its burst of 8, the address gets no more checks.
    QTRY_COMPARE(finder.rejected() + finder.overRate(), Flood);
    QCOMPARE(finder.rejected(), 8);
    QCOMPARE(finder.rowCount(), 0);
    // A second later its share is back, and a true announcement is listed.
    time.advance(1000);
    const QByteArray real =
        signedDatagram(announcementOf(hubIdentity(), u"Real"_s, 3333), hubIdentity());
    flooder.writeDatagram(real, LoopbackBroadcast, udp);
    QTRY_COMPARE(finder.rowCount(), 1);
}

void TestDiscovery::hubAnswersAtABoundedRate()
{
    const quint16 udp = freeUdpPort();
    hub::Announcer::Settings settings;
    settings.name = u"Busy hub"_s;
    settings.hubPort = 8080;
    settings.discoveryPort = udp;
    settings.interval = std::chrono::hours(1);
    settings.targets = {QHostAddress(u"127.0.0.2"_s)}; // comes back to itself: ignored
    settings.answersPerSecond = 20;
    settings.answerBurst = 40;
    FakeClock time;
    hub::Announcer announcer(hubIdentity(), settings, time.clock());
    QVERIFY(announcer.start().ok());
    QTRY_COMPARE(announcer.ignored(), 1);

    QUdpSocket asker;
    QVERIFY(asker.bind(QHostAddress::LocalHost, 0));
    asker.writeDatagram("not a query", QHostAddress::LocalHost, udp);
    QTRY_COMPARE(announcer.ignored(), 2);
    // 100 at once (within the socket's receive buffer: the kernel drops none). The clock
    // stands still: the burst is answered, the rest refused (over the rate, or beyond what one
    // turn looks at).
    constexpr int Queries = 100;
    for (int i = 0; i < Queries; ++i) {
        const QByteArray query = discovery::encode(discovery::Query{discovery::makeNonce()});
        asker.writeDatagram(query, QHostAddress::LocalHost, udp);
    }
    QTRY_COMPARE(announcer.answered() + announcer.refused(), Queries);
    QCOMPARE(announcer.answered(), 40);
    QCOMPARE(announcer.ignored(), 2);
    int answers = 0;
    QTRY_VERIFY([&] {
        while (asker.hasPendingDatagrams()) {
            const QNetworkDatagram answer = asker.receiveDatagram();
            const auto decoded = discovery::decodeAnnouncement(answer.data());
            if (decoded.ok() && decoded->nonce.size() == discovery::NonceSize)
                ++answers;
        }
        return answers == 40;
    }());
    // Half a second later, ten more may be answered.
    time.advance(500);
    for (int i = 0; i < 15; ++i)
        asker.writeDatagram(discovery::encode(discovery::Query{discovery::makeNonce()}),
                            QHostAddress::LocalHost, udp);
    QTRY_COMPARE(announcer.answered() + announcer.refused(), Queries + 15);
    QCOMPARE(announcer.answered(), 50);
}

void TestDiscovery::replayedAnnouncementGivesWayToTheAnswer()
{
    // Someone at 127.0.0.2 sends the hub's true announcement again (its signature is valid):
    // the finder lists the hub there, until the hub itself answers a query from 127.0.0.1.
    const quint16 udp = freeUdpPort();
    HubFinder::Options options = loopbackOptions(udp);
    options.queryInterval = std::chrono::hours(1); // asks when told to
    HubFinder finder(options, FakeClock().clock());
    QVERIFY(finder.start().ok()); // its first query: nobody answers yet
    QUdpSocket replayer;
    QVERIFY(replayer.bind(QHostAddress(u"127.0.0.2"_s), 0));
    const QByteArray replayed =
        signedDatagram(announcementOf(hubIdentity(), u"Office hub"_s, 8080), hubIdentity());
    replayer.writeDatagram(replayed, LoopbackBroadcast, udp);
    QTRY_COMPARE(finder.rowCount(), 1);
    QCOMPARE(finder.hubs().first().host(), u"127.0.0.2"_s);

    hub::Announcer::Settings settings;
    settings.name = u"Office hub"_s;
    settings.hubPort = 8080;
    settings.discoveryPort = udp;
    settings.interval = std::chrono::hours(1);
    settings.targets = {QHostAddress(u"127.0.0.5"_s)};
    hub::Announcer hub(hubIdentity(), settings, FakeClock().clock());
    QVERIFY(hub.start().ok());
    finder.refresh();
    QTRY_COMPARE(hub.answered(), 1);
    QTRY_COMPARE(finder.hubs().first().host(), u"127.0.0.1"_s);
    QCOMPARE(finder.rowCount(), 1);
    // The replay again: the hub answered the latest query where it is, so it stays there.
    replayer.writeDatagram(replayed, LoopbackBroadcast, udp);
    const int before = finder.rejected() + finder.overRate();
    replayer.writeDatagram("not an announcement", LoopbackBroadcast, udp);
    QTRY_COMPARE(finder.rejected() + finder.overRate(), before + 1);
    QCOMPARE(finder.hubs().first().host(), u"127.0.0.1"_s);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
