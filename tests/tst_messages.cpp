// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the protocol messages: every type round-trips, and bad objects give the right error.

#include "framecodec.h"
#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QTest>

#include <utility>
#include <variant>

using namespace chatbuddy;
using namespace Qt::StringLiterals;

namespace chatbuddy {
// Readable QCOMPARE failures for ErrorCode (found by argument-dependent lookup).
char *toString(ErrorCode code)
{
    return QTest::toString(QString(errorCodeName(code)));
}
} // namespace chatbuddy

namespace {

const QString fingerprintA = u"3f9a1c2b00112233445566778899aabbccddeeff0123456789abcdef01234567"_s;
const QString fingerprintB = u"0000000000000000000000000000000000000000000000000000000000000000"_s;

QJsonObject parseJson(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

UserInfo alice()
{
    return UserInfo{u"alice"_s, u"127.0.0.1"_s, 9090, fingerprintA};
}

UserInfo bob()
{
    return UserInfo{u"Bob.B_b-1"_s, u"::1"_s, 65535, fingerprintB};
}

constexpr qint64 MaxSafeRef = (qint64(1) << 53) - 1;

Envelope sampleEnvelope()
{
    return Envelope{u"0f5c2a9e-1b7d-4c3e-9a8f-2d6b4e1c7a90"_s,
                    u"alice"_s,
                    fingerprintA,
                    QByteArray(91, '\x30'),
                    u"bob"_s,
                    fingerprintB,
                    u"2026-12-04T19:30:00.123Z"_s,
                    QByteArray(65, '\x04'),
                    QByteArray(MaxSealedSize, 'c'),
                    QByteArray(MaxSignatureSize, 's')};
}

QList<std::pair<const char *, Message>> sampleMessages()
{
    const QDateTime sentAt(QDate(2024, 5, 17), QTime(13, 45, 12, 345), Qt::UTC);
    return {
        {"hello to hub",
         Hello{ProtocolVersion, u"alice"_s, quint16(9090), u"ChatBuddy 0.1.0"_s, {}}},
        {"hello to peer", Hello{ProtocolVersion, u"bob"_s, std::nullopt, {}, {}}},
        {"hello port 1", Hello{ProtocolVersion, u"a"_s, quint16(1), {}, {}}},
        {"hello with features",
         Hello{ProtocolVersion, u"a"_s, std::nullopt, {}, {u"typing"_s, u"read"_s}}},
        {"welcome", Welcome{ProtocolVersion, alice(), fingerprintB, 45, {}}},
        {"welcome with features",
         Welcome{ProtocolVersion, alice(), fingerprintB, 30, {u"mailbox"_s}}},
        {"error", ErrorReply::make(ErrorCode::NameTaken)},
        {"error with message", ErrorReply::make(ErrorCode::HubFull, u"full: 100 users"_s)},
        {"list", ListRequest{u"al"_s, 20, 50}},
        {"list default", ListRequest{}},
        {"list max", ListRequest{{}, 0, MaxListLimit}},
        {"users", UserList{7, 5, {alice(), bob()}}},
        {"users empty", UserList{0, 0, {}}},
        {"user with empty fingerprint", UserList{1, 0, {UserInfo{u"x"_s, u"192.0.2.1"_s, 0, {}}}}},
        {"watch", Watch{}},
        {"watch names", Watch{false, QList<QString>{u"alice"_s, u"Bob"_s}}},
        {"watch all and names", Watch{true, QList<QString>{u"carol"_s}}},
        {"watch no names", Watch{std::nullopt, QList<QString>{}}},
        {"watching all", Watching{true, 2, 120, 500}},
        {"watching names only", Watching{false, 256, 19000, 500}},
        {"presence joined", Presence{Presence::Event::Joined, alice()}},
        {"presence left", Presence{Presence::Event::Left, bob()}},
        {"presence changed", Presence{Presence::Event::Changed, alice()}},
        {"lookup", Lookup{u"carol"_s}},
        {"lookup result online",
         LookupResult{u"alice"_s, true, fingerprintA, u"198.51.100.2"_s, 9091, {}, {}, {}}},
        {"lookup result offline", LookupResult{u"bob"_s, false, fingerprintB, {}, 0, {}, {}, {}}},
        {"lookup result unknown", LookupResult{u"nobody"_s, false, {}, {}, 0, {}, {}, {}}},
        {"ping", Ping{}},
        {"pong", Pong{}},
        {"shutdown", Shutdown{u"maintenance"_s}},
        {"shutdown without message", Shutdown{}},
        {"msg", ChatMessage{u"m1"_s, u"hello"_s, sentAt}},
        {"msg unicode", ChatMessage{u"id-2"_s, u"नमस्ते 😀\nsecond line\tEOM"_s, sentAt}},
        {"msg EOM as text", ChatMessage{u"3"_s, u"EOM"_s, sentAt}},
        {"msg empty text", ChatMessage{u"4"_s, {}, sentAt}},
        {"msg max text", ChatMessage{QString(64, u'i'), QString(MaxTextSize, u'a'), sentAt}},
        {"ack", Ack{u"m1"_s}},
        {"eom", Eom{}},
        {"lookup result with mailbox key", LookupResult{u"bob"_s,
                                                        false,
                                                        fingerprintB,
                                                        {},
                                                        0,
                                                        QByteArray(91, 'i'),
                                                        QByteArray(65, 'k'),
                                                        QByteArray(71, 's')}},
        {"publish-key", PublishKey{QByteArray(91, 'i'), QByteArray(65, 'k'), QByteArray(72, 's')}},
        {"deposit", Deposit{sampleEnvelope()}},
        {"deposited", Deposited{u"m-1"_s}},
        {"deposit-refused", DepositRefused{u"m-1"_s, u"recipient-full"_s, u"full"_s}},
        {"fetch", Fetch{25}},
        {"fetch default", Fetch{}},
        {"mail", Mail{(qint64(1) << 53) - 1, sampleEnvelope()}},
        {"bounce", Bounce{7, u"m-2"_s, u"bob"_s, u"expired"_s, u"not fetched in 14 days"_s}},
        {"fetched", Fetched{3}},
        {"mail-ack", MailAck{{1, 2, 99}}},
        {"mail-waiting", MailWaiting{2}},
        {"file-offer", FileOffer{u"t-1"_s, u"holiday photo.jpg"_s, 3'145'728}},
        {"file-offer empty file", FileOffer{u"t-2"_s, u"empty"_s, 0}},
        {"file-offer hostile name kept as sent", FileOffer{u"t-3"_s, u"../../etc/passwd"_s, 1}},
        {"file-offer largest", FileOffer{QString(64, u'x'), QString(1024, u'n'), MaxFileSize}},
        {"file-accept", FileAccept{u"t-1"_s, 0}},
        {"file-accept resuming", FileAccept{u"t-1"_s, 966'367'641}},
        {"file-decline", FileDecline{u"t-1"_s, u"too-large"_s, u"over 2 GiB"_s}},
        {"file-decline without message", FileDecline{u"t-1"_s, u"declined"_s, {}}},
        {"file-cancel", FileCancel{u"t-1"_s, u"cancelled"_s, u"alice cancelled it"_s}},
        {"file-done", FileDone{u"t-1"_s}},
        {"file-link", FileLink{u"t-1"_s}},
        {"reachability, reachable", Reachability{u"198.18.0.2"_s, 9090, true, {}}},
        {"reachability, refused",
         Reachability{u"198.18.0.2"_s, 9090, false, u"connection refused"_s}},
        {"check-reachability", CheckReachability{}},
        {"typing active", Typing{true}},
        {"typing stopped", Typing{false}},
        {"read one", ReadReceipt{{u"1"_s}}},
        {"read max", ReadReceipt{[] {
             QStringList ids;
             for (int i = 0; i < MaxReadIds; ++i)
                 ids.append(QString(64, QChar(u'a' + i % 26)));
             return ids;
         }()}},
    };
}

} // namespace

// Fields for the envelope rows of invalid(): two fingerprints and 65 bytes of base64.
#define FP_A "26c1a144823ae2e7ec4a5f9e0b52781feeeec0182c82c0c1849bc19c9e464296"
#define FP_B "405d1b9809dfb33fca2abd7917df7d449525fc3337bf92e03388b755f97fb9c9"
#define ENC65                                                                                      \
    "BAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ="

class TestMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullestPageFitsInOneFrame();
    void roundTrip_data();
    void roundTrip();
    void everyTypeHasASample();
    void wireNames();
    void invalid_data();
    void invalid();
    void helloPort_data();
    void helloPort();
    void listDefaults();
    void chatTextLimit_data();
    void chatTextLimit();
    void sentAtIsUtc();
    void unknownFieldsIgnored();
    void offlineUserHasNoAddress();
    void unknownErrorCode();
    void errorMake();
    void errorCodeNames();
    void nullErrorPointer();
};

void TestMessages::roundTrip_data()
{
    QTest::addColumn<Message>("message");
    for (const auto &[name, message] : sampleMessages())
        QTest::newRow(name) << message;
}

void TestMessages::roundTrip()
{
    QFETCH(Message, message);

    const QJsonObject json = messageToJson(message);
    QCOMPARE(json.value("type"_L1).toString(), QString(messageType(message)));

    ProtocolError error;
    const auto parsed = parseMessage(json, &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QCOMPARE(parsed->index(), message.index());
    QVERIFY(*parsed == message);
    QCOMPARE(messageToJson(*parsed), json);

    // And through the wire format.
    FrameDecoder decoder;
    decoder.feed(encodeFrame(json));
    const auto frame = decoder.next();
    QVERIFY(frame);
    const auto reparsed = parseMessage(*frame, &error);
    QVERIFY2(reparsed, qPrintable(error.message));
    QVERIFY(*reparsed == message);
}

void TestMessages::everyTypeHasASample()
{
    QSet<std::size_t> kinds;
    for (const auto &[name, message] : sampleMessages())
        kinds.insert(message.index());
    QCOMPARE(kinds.size(), qsizetype(std::variant_size_v<Message>));
}

void TestMessages::wireNames()
{
    // docs/protocol.md promises these names; changing one breaks older peers.
    QCOMPARE(Hello::type, "hello"_L1);
    QCOMPARE(Welcome::type, "welcome"_L1);
    QCOMPARE(ErrorReply::type, "error"_L1);
    QCOMPARE(ListRequest::type, "list"_L1);
    QCOMPARE(UserList::type, "users"_L1);
    QCOMPARE(PublishKey::type, "publish-key"_L1);
    QCOMPARE(Deposit::type, "deposit"_L1);
    QCOMPARE(Deposited::type, "deposited"_L1);
    QCOMPARE(DepositRefused::type, "deposit-refused"_L1);
    QCOMPARE(Fetch::type, "fetch"_L1);
    QCOMPARE(Mail::type, "mail"_L1);
    QCOMPARE(Bounce::type, "bounce"_L1);
    QCOMPARE(Fetched::type, "fetched"_L1);
    QCOMPARE(MailAck::type, "mail-ack"_L1);
    QCOMPARE(MailWaiting::type, "mail-waiting"_L1);
    QCOMPARE(Watch::type, "watch"_L1);
    QCOMPARE(Presence::type, "presence"_L1);
    QCOMPARE(Lookup::type, "lookup"_L1);
    QCOMPARE(LookupResult::type, "user"_L1);
    QCOMPARE(Ping::type, "ping"_L1);
    QCOMPARE(Pong::type, "pong"_L1);
    QCOMPARE(Shutdown::type, "shutdown"_L1);
    QCOMPARE(ChatMessage::type, "msg"_L1);
    QCOMPARE(Ack::type, "ack"_L1);
    QCOMPARE(Eom::type, "eom"_L1);
    QCOMPARE(Typing::type, "typing"_L1);
    QCOMPARE(ReadReceipt::type, "read"_L1);
    QCOMPARE(FileOffer::type, "file-offer"_L1);
    QCOMPARE(FileAccept::type, "file-accept"_L1);
    QCOMPARE(FileDecline::type, "file-decline"_L1);
    QCOMPARE(FileCancel::type, "file-cancel"_L1);
    QCOMPARE(FileDone::type, "file-done"_L1);
    QCOMPARE(FileLink::type, "file-link"_L1);

    const QJsonObject hello = Hello{ProtocolVersion, u"alice"_s, quint16(9090), {}, {}}.toJson();
    QCOMPARE(hello, parseJson(R"({"type":"hello","protocol":1,"name":"alice","port":9090})"));
    const QJsonObject msg =
        ChatMessage{u"1"_s, u"hi"_s, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)}
            .toJson();
    QCOMPARE(msg, parseJson(R"({"type":"msg","id":"1","text":"hi",)"
                            R"("sentAt":"2024-01-02T03:04:05.006Z"})"));
    QCOMPARE(Typing{true}.toJson(), parseJson(R"({"type":"typing","active":true})"));
    QCOMPARE((ReadReceipt{{u"1"_s, u"2"_s}}.toJson()),
             parseJson(R"({"type":"read","ids":["1","2"]})"));
}

void TestMessages::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");

    const auto row = [](const char *name, const QByteArray &json, ErrorCode code) {
        QTest::newRow(name) << json << code;
    };
    const ErrorCode missing = ErrorCode::MissingField;
    const ErrorCode invalid = ErrorCode::InvalidField;

    row("no type", R"({})", missing);
    row("type null", R"({"type":null})", missing);
    row("type number", R"({"type":1})", invalid);
    row("type bool", R"({"type":true})", invalid);
    row("type array", R"({"type":["hello"]})", invalid);
    row("type object", R"({"type":{"name":"hello"}})", invalid);
    row("unknown type", R"({"type":"bogus"})", ErrorCode::UnknownType);
    row("reachability without address", R"({"type":"reachability","port":9090,"reachable":true})",
        missing);
    row("reachability port 0", R"({"type":"reachability","address":"a","port":0,"reachable":true})",
        invalid);
    row("reachability not a bool",
        R"({"type":"reachability","address":"a","port":9090,"reachable":"yes"})", invalid);
    row("watch all not a bool", R"({"type":"watch","all":1})", invalid);
    row("watch names not an array", R"({"type":"watch","names":"alice"})", invalid);
    row("watch names with a number", R"({"type":"watch","names":["alice",7]})", invalid);
    row("watch names with an empty name", R"({"type":"watch","names":[""]})", invalid);
    row("watch name of 65 characters",
        QByteArray(R"({"type":"watch","names":[")") + QByteArray(65, 'a') + R"("]})", invalid);
    {
        QByteArray tooMany = R"({"type":"watch","names":[)";
        for (int i = 0; i <= MaxWatchNames; ++i)
            tooMany += (i ? ",\"u" : "\"u") + QByteArray::number(i) + '"';
        row("watch with 257 names", tooMany + "]}", invalid);
    }
    row("watching without online", R"({"type":"watching","all":true,"names":0,"limit":500})",
        missing);
    row("watching negative names",
        R"({"type":"watching","all":true,"names":-1,"online":3,"limit":500})", invalid);
    row("empty type", R"({"type":""})", ErrorCode::UnknownType);
    row("type in upper case", R"({"type":"HELLO","protocol":1,"name":"a"})",
        ErrorCode::UnknownType);
    row("legacy LIST", R"({"type":"LIST"})", ErrorCode::UnknownType);

    row("hello protocol 2", R"({"type":"hello","protocol":2,"name":"a"})",
        ErrorCode::ProtocolMismatch);
    row("hello protocol 0", R"({"type":"hello","protocol":0,"name":"a"})",
        ErrorCode::ProtocolMismatch);
    row("hello protocol 2 without name", R"({"type":"hello","protocol":2})",
        ErrorCode::ProtocolMismatch);
    row("hello protocol missing", R"({"type":"hello","name":"a"})", missing);
    row("hello protocol string", R"({"type":"hello","protocol":"1","name":"a"})", invalid);
    row("hello protocol 1.5", R"({"type":"hello","protocol":1.5,"name":"a"})", invalid);
    row("hello protocol -1", R"({"type":"hello","protocol":-1,"name":"a"})", invalid);
    row("hello name missing", R"({"type":"hello","protocol":1})", missing);
    row("deposit without envelope", R"({"type":"deposit"})", missing);
    row("deposit envelope not object", R"({"type":"deposit","envelope":[]})", invalid);
    row("deposit envelope without ct",
        R"({"type":"deposit","envelope":{"id":"1","from":"a","fromKey":")" FP_A
        R"(","fromIdentity":"MA==","to":"b","toKey":")" FP_B
        R"(","sentAt":"2026-01-01T00:00:00.000Z","enc":")" ENC65 R"(","sig":"c2lnbmF0dXJl"}})",
        missing);
    row("deposit envelope bad base64",
        R"({"type":"deposit","envelope":{"id":"1","from":"a","fromKey":")" FP_A
        R"(","fromIdentity":"MA==","to":"b","toKey":")" FP_B
        R"(","sentAt":"2026-01-01T00:00:00.000Z","enc":")" ENC65
        R"(","ct":"not base64!!","sig":"c2lnbmF0dXJl"}})",
        invalid);
    row("deposit envelope short enc",
        R"({"type":"deposit","envelope":{"id":"1","from":"a","fromKey":")" FP_A
        R"(","fromIdentity":"MA==","to":"b","toKey":")" FP_B
        R"(","sentAt":"2026-01-01T00:00:00.000Z","enc":"BAQE","ct":"Y2lwaGVydGV4dGNpcGhlcnRleHQ=","sig":"c2lnbmF0dXJl"}})",
        invalid);
    row("deposit envelope toKey not hex",
        R"({"type":"deposit","envelope":{"id":"1","from":"a","fromKey":")" FP_A
        R"(","fromIdentity":"MA==","to":"b","toKey":"ABC","sentAt":"2026-01-01T00:00:00.000Z","enc":")" ENC65
        R"(","ct":"Y2lwaGVydGV4dGNpcGhlcnRleHQ=","sig":"c2lnbmF0dXJl"}})",
        invalid);
    row("deposit envelope bad time",
        R"({"type":"deposit","envelope":{"id":"1","from":"a","fromKey":")" FP_A
        R"(","fromIdentity":"MA==","to":"b","toKey":")" FP_B
        R"(","sentAt":"yesterday","enc":")" ENC65
        R"(","ct":"Y2lwaGVydGV4dGNpcGhlcnRleHQ=","sig":"c2lnbmF0dXJl"}})",
        invalid);
    row("fetch limit 0", R"({"type":"fetch","limit":0})", invalid);
    row("fetch limit 101", R"({"type":"fetch","limit":101})", invalid);
    row("mail-ack no refs", R"({"type":"mail-ack","refs":[]})", invalid);
    row("mail-ack ref 0", R"({"type":"mail-ack","refs":[0]})", invalid);
    row("mail-ack ref fraction", R"({"type":"mail-ack","refs":[1.5]})", invalid);
    row("mail-ack ref string", R"({"type":"mail-ack","refs":["1"]})", invalid);
    row("publish-key short key",
        R"({"type":"publish-key","identity":"MA==","key":"BAQE","signature":"c2lnbmF0dXJl"})",
        invalid);
    row("user mailbox key without signature",
        R"({"type":"user","name":"b","online":false,"fingerprint":"","mailboxKey":")" ENC65 R"("})",
        missing);
    row("hello features not array", R"({"type":"hello","protocol":1,"name":"a","features":"x"})",
        invalid);
    row("hello feature not string", R"({"type":"hello","protocol":1,"name":"a","features":[1]})",
        invalid);
    row("hello feature empty", R"({"type":"hello","protocol":1,"name":"a","features":[""]})",
        invalid);
    row("hello feature too long",
        R"({"type":"hello","protocol":1,"name":"a","features":["123456789012345678901234567890123"]})",
        invalid);
    row("hello 33 features",
        R"({"type":"hello","protocol":1,"name":"a","features":["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17","18","19","20","21","22","23","24","25","26","27","28","29","30","31","32","33"]})",
        invalid);
    row("hello name null", R"({"type":"hello","protocol":1,"name":null})", missing);
    row("hello name number", R"({"type":"hello","protocol":1,"name":5})", invalid);
    row("hello name too long",
        R"({"type":"hello","protocol":1,)"
        R"("name":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})",
        invalid);
    row("hello software number", R"({"type":"hello","protocol":1,"name":"a","software":1})",
        invalid);

    row("welcome user missing",
        R"({"type":"welcome","protocol":1,"hubFingerprint":"","heartbeat":30})", missing);
    row("welcome user not object",
        R"({"type":"welcome","protocol":1,"user":"alice","hubFingerprint":"","heartbeat":30})",
        invalid);
    row("welcome user port missing",
        R"({"type":"welcome","protocol":1,"user":{"name":"a","address":"::1","fingerprint":""},)"
        R"("hubFingerprint":"","heartbeat":30})",
        missing);
    row("welcome user fingerprint not hex",
        R"({"type":"welcome","protocol":1,"user":{"name":"a","address":"::1","port":1,)"
        R"("fingerprint":"xyz"},"hubFingerprint":"","heartbeat":30})",
        invalid);
    row("welcome heartbeat missing",
        R"({"type":"welcome","protocol":1,"user":{"name":"a","address":"::1","port":1,)"
        R"("fingerprint":""},"hubFingerprint":""})",
        missing);
    row("welcome heartbeat 0",
        R"({"type":"welcome","protocol":1,"user":{"name":"a","address":"::1","port":1,)"
        R"("fingerprint":""},"hubFingerprint":"","heartbeat":0})",
        invalid);

    row("error code missing", R"({"type":"error","message":"x"})", missing);
    row("error code number", R"({"type":"error","code":3})", invalid);
    row("error code empty", R"({"type":"error","code":""})", invalid);
    row("error message number", R"({"type":"error","code":"internal","message":3})", invalid);

    row("list limit over max", R"({"type":"list","limit":201})", invalid);
    row("list limit 0", R"({"type":"list","limit":0})", invalid);
    row("list limit string", R"({"type":"list","limit":"10"})", invalid);
    row("list offset -1", R"({"type":"list","offset":-1})", invalid);
    row("list offset 0.5", R"({"type":"list","offset":0.5})", invalid);
    row("list filter number", R"({"type":"list","filter":1})", invalid);

    row("users missing users", R"({"type":"users","total":0,"offset":0})", missing);
    row("users missing total", R"({"type":"users","offset":0,"users":[]})", missing);
    row("users total -1", R"({"type":"users","total":-1,"offset":0,"users":[]})", invalid);
    row("users not array", R"({"type":"users","total":0,"offset":0,"users":{}})", invalid);
    row("users of numbers", R"({"type":"users","total":1,"offset":0,"users":[1]})", invalid);
    row("users entry without name",
        R"({"type":"users","total":1,"offset":0,"users":[{"address":"::1","port":1,)"
        R"("fingerprint":""}]})",
        missing);
    row("users entry port 65536",
        R"({"type":"users","total":1,"offset":0,"users":[{"name":"a","address":"::1",)"
        R"("port":65536,"fingerprint":""}]})",
        invalid);
    row("users entry fingerprint upper case",
        R"({"type":"users","total":1,"offset":0,"users":[{"name":"a","address":"::1","port":1,)"
        R"("fingerprint":"3F9A1C2B00112233445566778899AABBCCDDEEFF0123456789ABCDEF01234567"}]})",
        invalid);
    row("users entry fingerprint 63 digits",
        R"({"type":"users","total":1,"offset":0,"users":[{"name":"a","address":"::1","port":1,)"
        R"("fingerprint":"3f9a1c2b00112233445566778899aabbccddeeff0123456789abcdef0123456"}]})",
        invalid);

    row("presence event missing",
        R"({"type":"presence","user":{"name":"a","address":"::1","port":1,"fingerprint":""}})",
        missing);
    row("presence event unknown",
        R"({"type":"presence","event":"vanished",)"
        R"("user":{"name":"a","address":"::1","port":1,"fingerprint":""}})",
        invalid);
    row("presence user missing", R"({"type":"presence","event":"joined"})", missing);

    row("lookup name missing", R"({"type":"lookup"})", missing);
    row("lookup name array", R"({"type":"lookup","name":["a"]})", invalid);

    row("user online missing", R"({"type":"user","name":"a","fingerprint":""})", missing);
    row("user online string", R"({"type":"user","name":"a","online":"yes","fingerprint":""})",
        invalid);
    row("user online without address",
        R"({"type":"user","name":"a","online":true,"fingerprint":"","port":1})", missing);
    row("user online without port",
        R"({"type":"user","name":"a","online":true,"fingerprint":"","address":"::1"})", missing);

    row("shutdown message number", R"({"type":"shutdown","message":1})", invalid);

    row("msg id missing", R"({"type":"msg","text":"hi","sentAt":"2024-01-02T03:04:05.006Z"})",
        missing);
    row("msg id empty", R"({"type":"msg","id":"","text":"hi","sentAt":"2024-01-02T03:04:05.006Z"})",
        invalid);
    row("msg id number", R"({"type":"msg","id":1,"text":"hi","sentAt":"2024-01-02T03:04:05.006Z"})",
        invalid);
    row("msg id 65 characters",
        R"({"type":"msg","id":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",)"
        R"("text":"hi","sentAt":"2024-01-02T03:04:05.006Z"})",
        invalid);
    row("msg text missing", R"({"type":"msg","id":"1","sentAt":"2024-01-02T03:04:05.006Z"})",
        missing);
    row("msg text number",
        R"({"type":"msg","id":"1","text":5,"sentAt":"2024-01-02T03:04:05.006Z"})", invalid);
    row("msg sentAt missing", R"({"type":"msg","id":"1","text":"hi"})", missing);
    row("msg sentAt garbage", R"({"type":"msg","id":"1","text":"hi","sentAt":"yesterday"})",
        invalid);
    row("msg sentAt empty", R"({"type":"msg","id":"1","text":"hi","sentAt":""})", invalid);
    row("msg sentAt month 13",
        R"({"type":"msg","id":"1","text":"hi","sentAt":"2024-13-02T03:04:05.006Z"})", invalid);
    row("msg sentAt number", R"({"type":"msg","id":"1","text":"hi","sentAt":1700000000})", invalid);
    // Before year 1 or after 9999 in UTC: no ISO 8601 text to write it back with.
    row("msg sentAt year 0 in UTC",
        R"({"type":"msg","id":"1","text":"hi","sentAt":"0001-01-01T00:00:00.000+14:00"})", invalid);
    row("msg sentAt year 10000 in UTC",
        R"({"type":"msg","id":"1","text":"hi","sentAt":"9999-12-31T23:59:59.999-14:00"})", invalid);

    row("ack id missing", R"({"type":"ack"})", missing);
    row("ack id bool", R"({"type":"ack","id":false})", invalid);

    row("file-offer id missing", R"({"type":"file-offer","name":"a","size":1})", missing);
    row("file-offer name empty", R"({"type":"file-offer","id":"1","name":"","size":1})", invalid);
    row("file-offer size missing", R"({"type":"file-offer","id":"1","name":"a"})", missing);
    row("file-offer size negative", R"({"type":"file-offer","id":"1","name":"a","size":-1})",
        invalid);
    row("file-offer size fraction", R"({"type":"file-offer","id":"1","name":"a","size":1.5})",
        invalid);
    row("file-offer size over 1 TiB",
        R"({"type":"file-offer","id":"1","name":"a","size":1099511627777})", invalid);
    row("file-offer size as text", R"({"type":"file-offer","id":"1","name":"a","size":"1"})",
        invalid);
    row("file-accept offset negative", R"({"type":"file-accept","id":"1","offset":-5})", invalid);
    row("file-decline reason missing", R"({"type":"file-decline","id":"1"})", missing);
    row("file-cancel reason empty", R"({"type":"file-cancel","id":"1","reason":""})", invalid);
    row("file-done id empty", R"({"type":"file-done","id":""})", invalid);
    static const QByteArray longLink =
        R"({"type":"file-link","id":")" + QByteArray(65, 'i') + R"("})";
    row("file-link id of 65 characters", longLink.constData(), invalid);

    row("typing active missing", R"({"type":"typing"})", missing);
    row("typing active string", R"({"type":"typing","active":"true"})", invalid);
    row("typing active number", R"({"type":"typing","active":1})", invalid);

    row("read ids missing", R"({"type":"read"})", missing);
    row("read ids string", R"({"type":"read","ids":"1"})", invalid);
    row("read ids empty", R"({"type":"read","ids":[]})", invalid);
    row("read id empty", R"({"type":"read","ids":["1",""]})", invalid);
    row("read id number", R"({"type":"read","ids":[1]})", invalid);
    row("read id null", R"({"type":"read","ids":[null]})", invalid);
    static const QByteArray longId = R"({"type":"read","ids":[")" + QByteArray(65, 'i') + R"("]})";
    row("read id of 65 characters", longId.constData(), invalid);
    static const QByteArray tooMany = [] {
        QJsonArray ids;
        for (int i = 0; i <= MaxReadIds; ++i)
            ids.append(QString::number(i));
        return QJsonDocument(QJsonObject{{"type"_L1, "read"_L1}, {"ids"_L1, ids}}).toJson();
    }();
    row("read 101 ids", tooMany.constData(), invalid);
}

void TestMessages::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());

    ProtocolError error;
    QVERIFY(!parseMessage(document.object(), &error));
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
}

void TestMessages::helloPort_data()
{
    QTest::addColumn<QByteArray>("port");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("expected");

    QTest::newRow("1") << QByteArray("1") << true << 1;
    QTest::newRow("9090") << QByteArray("9090") << true << 9090;
    QTest::newRow("65535") << QByteArray("65535") << true << 65535;
    QTest::newRow("9090.0") << QByteArray("9090.0") << true << 9090;
    QTest::newRow("0") << QByteArray("0") << false << 0;
    QTest::newRow("65536") << QByteArray("65536") << false << 0;
    QTest::newRow("-1") << QByteArray("-1") << false << 0;
    QTest::newRow("1.5") << QByteArray("1.5") << false << 0;
    QTest::newRow("1e10") << QByteArray("1e10") << false << 0;
    QTest::newRow("string") << QByteArray(R"("9090")") << false << 0;
    QTest::newRow("bool") << QByteArray("true") << false << 0;
    QTest::newRow("array") << QByteArray("[9090]") << false << 0;
}

void TestMessages::helloPort()
{
    QFETCH(QByteArray, port);
    QFETCH(bool, accepted);
    QFETCH(int, expected);

    const QJsonObject object =
        parseJson(R"({"type":"hello","protocol":1,"name":"alice","port":)" + port + "}");
    QVERIFY(!object.isEmpty());
    ProtocolError error;
    const auto message = parseMessage(object, &error);
    if (accepted) {
        QVERIFY2(message, qPrintable(error.message));
        const auto *hello = std::get_if<Hello>(&*message);
        QVERIFY(hello);
        QCOMPARE(hello->port, std::optional<quint16>(quint16(expected)));
        QCOMPARE(hello->name, u"alice"_s);
    } else {
        QVERIFY(!message);
        QCOMPARE(error.code, ErrorCode::InvalidField);
        QVERIFY2(error.message.contains("port"_L1), qPrintable(error.message));
    }
}

void TestMessages::listDefaults()
{
    ProtocolError error;
    auto message = parseMessage(parseJson(R"({"type":"list"})"), &error);
    QVERIFY2(message, qPrintable(error.message));
    auto *list = std::get_if<ListRequest>(&*message);
    QVERIFY(list);
    QCOMPARE(list->filter, QString());
    QCOMPARE(list->offset, 0);
    QCOMPARE(list->limit, DefaultListLimit);
    QCOMPARE(DefaultListLimit, 100);

    message = parseMessage(parseJson(R"({"type":"list","limit":200,"offset":1000})"), &error);
    QVERIFY2(message, qPrintable(error.message));
    list = std::get_if<ListRequest>(&*message);
    QVERIFY(list);
    QCOMPARE(list->limit, MaxListLimit);
    QCOMPARE(MaxListLimit, 200);
    QCOMPARE(list->offset, 1000);

    message = parseMessage(parseJson(R"({"type":"list","limit":201})"), &error);
    QVERIFY(!message);
    QCOMPARE(error.code, ErrorCode::InvalidField);
    QVERIFY2(error.message.contains("limit"_L1), qPrintable(error.message));
}

void TestMessages::chatTextLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    const QString hindi = u"नमस्ते"_s; // 6 characters, 18 bytes of UTF-8
    QCOMPARE(hindi.size(), 6);
    QCOMPARE(hindi.toUtf8().size(), 18);

    QTest::newRow("ASCII at the limit") << QString(MaxTextSize, u'a') << true;
    QTest::newRow("ASCII over the limit") << QString(MaxTextSize + 1, u'a') << false;
    QTest::newRow("6000 Hindi characters (18000 bytes)") << hindi.repeated(1000) << false;
    QTest::newRow("Hindi at the limit (5461 x 3 bytes)") << QString(5461, u'न') << true;
    QTest::newRow("Hindi over the limit (5462 x 3 bytes)") << QString(5462, u'न') << false;
    QTest::newRow("emoji at the limit (4096 x 4 bytes)") << u"😀"_s.repeated(4096) << true;
    QTest::newRow("emoji over the limit (4097 x 4 bytes)") << u"😀"_s.repeated(4097) << false;
    QTest::newRow("far over the limit") << QString(1 << 20, u'a') << false;
}

void TestMessages::chatTextLimit()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    const ChatMessage sent{u"id"_s, text, QDateTime::currentDateTimeUtc()};
    ProtocolError error;
    const auto message = parseMessage(sent.toJson(), &error);
    QCOMPARE(bool(message), accepted);
    if (accepted) {
        const auto *msg = std::get_if<ChatMessage>(&*message);
        QVERIFY(msg);
        QCOMPARE(msg->text, text);
    } else {
        QCOMPARE(error.code, ErrorCode::InvalidField);
        QVERIFY2(error.message.contains("text"_L1), qPrintable(error.message));
    }
}

void TestMessages::sentAtIsUtc()
{
    ProtocolError error;
    const auto message = parseMessage(
        parseJson(
            R"({"type":"msg","id":"1","text":"hi","sentAt":"2024-05-01T12:00:00.250+02:00"})"),
        &error);
    QVERIFY2(message, qPrintable(error.message));
    const auto *msg = std::get_if<ChatMessage>(&*message);
    QVERIFY(msg);
    QCOMPARE(msg->sentAt.timeSpec(), Qt::UTC);
    QCOMPARE(msg->sentAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250), Qt::UTC));

    // A local time goes on the wire as UTC.
    const QDateTime local(QDate(2024, 5, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    const QJsonObject json = ChatMessage{u"2"_s, u"x"_s, local}.toJson();
    QCOMPARE(json.value("sentAt"_L1).toString(), u"2024-05-01T11:00:00.000Z"_s);
}

void TestMessages::unknownFieldsIgnored()
{
    ProtocolError error;
    const auto hello =
        parseMessage(parseJson(R"({"type":"hello","protocol":1,"name":"alice","port":9090,)"
                               R"("future":{"nested":[1,2,3]},"colour":"blue","x":null})"),
                     &error);
    QVERIFY2(hello, qPrintable(error.message));
    QVERIFY(*hello == Message(Hello{ProtocolVersion, u"alice"_s, quint16(9090), {}, {}}));

    const auto ping = parseMessage(parseJson(R"({"type":"ping","seq":7})"), &error);
    QVERIFY2(ping, qPrintable(error.message));
    QVERIFY(std::holds_alternative<Ping>(*ping));

    const auto eom = parseMessage(parseJson(R"({"type":"eom","reason":"bye"})"), &error);
    QVERIFY2(eom, qPrintable(error.message));
    QVERIFY(std::holds_alternative<Eom>(*eom));

    const auto users = parseMessage(
        parseJson(R"({"type":"users","total":1,"offset":0,"more":true,"users":[)"
                  R"({"name":"a","address":"::1","port":1,"fingerprint":"","avatar":"x.png"}]})"),
        &error);
    QVERIFY2(users, qPrintable(error.message));
    QVERIFY(*users == Message(UserList{1, 0, {UserInfo{u"a"_s, u"::1"_s, 1, {}}}}));
}

void TestMessages::offlineUserHasNoAddress()
{
    // Where an offline user was is dropped, as toJson() leaves it out: the reply survives a
    // round trip (found by fuzz_frames). The fields are still checked.
    ProtocolError error;
    const auto message =
        parseMessage(parseJson(R"({"type":"user","name":"dave","online":false,"fingerprint":"",)"
                               R"("address":"198.51.100.7","port":9090})"),
                     &error);
    QVERIFY2(message, qPrintable(error.message));
    QVERIFY(*message == Message(LookupResult{u"dave"_s, false, {}, {}, 0, {}, {}, {}}));
    QCOMPARE(parseMessage(messageToJson(*message)), message);
    QVERIFY(!parseMessage(parseJson(R"({"type":"user","name":"dave","online":false,)"
                                    R"("fingerprint":"","port":"9090"})")));
    // A mailbox key signature without the key certifies nothing: dropped the same way.
    const auto unsigned_ =
        parseMessage(parseJson(R"({"type":"user","name":"dave","online":false,"fingerprint":"",)"
                               R"("mailboxKeySignature":"MEUCIQAAAAAAAAA="})"),
                     &error);
    QVERIFY2(unsigned_, qPrintable(error.message));
    QVERIFY(*unsigned_ == Message(LookupResult{u"dave"_s, false, {}, {}, 0, {}, {}, {}}));
    QCOMPARE(parseMessage(messageToJson(*unsigned_)), unsigned_);
}

void TestMessages::unknownErrorCode()
{
    ProtocolError error;
    const auto message = parseMessage(
        parseJson(R"({"type":"error","code":"from-the-future","message":"try again later"})"),
        &error);
    QVERIFY2(message, qPrintable(error.message));
    const auto *e = std::get_if<ErrorReply>(&*message);
    QVERIFY(e);
    QCOMPARE(e->code, ErrorCode::Internal);
    QCOMPARE(e->codeName, u"from-the-future"_s);
    QCOMPARE(e->message, u"try again later"_s);
    // Passed on unchanged.
    QCOMPARE(e->toJson().value("code"_L1).toString(), u"from-the-future"_s);

    const auto known = parseMessage(parseJson(R"({"type":"error","code":"name-bound"})"), &error);
    QVERIFY2(known, qPrintable(error.message));
    const auto *k = std::get_if<ErrorReply>(&*known);
    QVERIFY(k);
    QCOMPARE(k->code, ErrorCode::NameBound);
    QCOMPARE(k->codeName, u"name-bound"_s);
    QCOMPARE(k->message, QString());
}

void TestMessages::errorMake()
{
    const ErrorReply e = ErrorReply::make(ErrorCode::ProtocolMismatch);
    QCOMPARE(e.code, ErrorCode::ProtocolMismatch);
    QCOMPARE(e.codeName, u"protocol-mismatch"_s);
    QCOMPARE(e.message, errorCodeDescription(ErrorCode::ProtocolMismatch));
    QCOMPARE(e.toJson(), parseJson(R"({"type":"error","code":"protocol-mismatch",)"
                                   R"("message":"unsupported protocol version"})"));

    const ErrorReply custom = ErrorReply::make(ErrorCode::RateLimited, u"slow down"_s);
    QCOMPARE(custom.message, u"slow down"_s);
    QCOMPARE(custom.toJson().value("code"_L1).toString(), u"rate-limited"_s);
}

void TestMessages::errorCodeNames()
{
    QSet<QString> names;
    const int count = int(ErrorCode::Internal) + 1;
    QCOMPARE(count, 27); // update with the table in protocol.cpp (and docs/protocol.md)
    for (int i = 0; i < count; ++i) {
        const auto code = ErrorCode(i);
        const QLatin1StringView name = errorCodeName(code);
        QVERIFY2(!name.isEmpty(), qPrintable(u"code %1"_s.arg(i)));
        for (const char c : name) {
            QVERIFY2((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-',
                     qPrintable(u"\"%1\" is not kebab-case"_s.arg(name)));
        }
        QVERIFY2(!names.contains(QString(name)), qPrintable(QString(name)));
        names.insert(QString(name));
        QCOMPARE(errorCodeFromName(QString(name)), std::optional<ErrorCode>(code));
        QVERIFY(!errorCodeDescription(code).isEmpty());
    }
    QCOMPARE(names.size(), count);

    QCOMPARE(errorCodeName(ErrorCode::FrameTooLarge), "frame-too-large"_L1);
    QCOMPARE(errorCodeName(ErrorCode::NameTaken), "name-taken"_L1);
    QCOMPARE(errorCodeName(ErrorCode::CertificateRequired), "certificate-required"_L1);
    QCOMPARE(errorCodeName(ErrorCode::Internal), "internal"_L1);

    QVERIFY(!errorCodeFromName(u""));
    QVERIFY(!errorCodeFromName(u"no-such-code"));
    QVERIFY(!errorCodeFromName(u"frame-too-large "));
}

void TestMessages::nullErrorPointer()
{
    // Callers that do not care why may pass no ProtocolError.
    QVERIFY(!parseMessage(parseJson(R"({})")));
    QVERIFY(!parseMessage(parseJson(R"({"type":"bogus"})")));
    QVERIFY(!parseMessage(parseJson(R"({"type":"hello","protocol":2,"name":"a"})")));
    QVERIFY(parseMessage(parseJson(R"({"type":"ping"})")));
}

void TestMessages::fullestPageFitsInOneFrame()
{
    // The hub pages the directory; the largest page it may send must still be one frame.
    UserList page;
    page.total = 1'000'000'000;
    page.offset = 999'999'000;
    for (int i = 0; i < MaxListLimit; ++i) {
        UserInfo user;
        user.name = QString(32, u'W');
        user.address = u"ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255%eth0-long"_s.left(64);
        user.port = 65535;
        user.fingerprint = QString(64, u'f');
        page.users.append(user);
    }
    QVERIFY2(encodeFrame(page.toJson()).size() <= MaxFrameSize,
             qPrintable(QString::number(encodeFrame(page.toJson()).size())));

    // The largest envelope, with the longest names and ids, fits in a `deposit` and a `mail`.
    Envelope envelope = sampleEnvelope();
    envelope.id = QString(64, u'i');
    envelope.from = QString(64, u'f');
    envelope.to = QString(64, u't');
    envelope.sentAt = QString(64, u'9');
    envelope.fromIdentity = QByteArray(MaxIdentitySize, 'x');
    const qsizetype mail = encodeFrame(Mail{MaxSafeRef, envelope}.toJson()).size();
    QVERIFY2(mail <= MaxFrameSize, qPrintable(QString::number(mail)));
    QVERIFY(encodeFrame(Deposit{envelope}.toJson()).size() <= MaxFrameSize);
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
