// SPDX-License-Identifier: GPL-3.0-or-later
// Tests FrameDecoder and encodeFrame: splitting, limits, bad bytes and sticky errors.

#include "framecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QTest>

#include <algorithm>

using namespace chatbuddy;
using namespace Qt::StringLiterals;

namespace chatbuddy {
// Readable QCOMPARE failures for our enums (found by argument-dependent lookup).
char *toString(ErrorCode code)
{
    return QTest::toString(QString(errorCodeName(code)));
}

char *toString(FrameDecoder::Error error)
{
    switch (error) {
    case FrameDecoder::Error::None:
        return qstrdup("None");
    case FrameDecoder::Error::FrameTooLarge:
        return qstrdup("FrameTooLarge");
    case FrameDecoder::Error::InvalidUtf8:
        return qstrdup("InvalidUtf8");
    case FrameDecoder::Error::InvalidJson:
        return qstrdup("InvalidJson");
    case FrameDecoder::Error::NotAnObject:
        return qstrdup("NotAnObject");
    }
    return qstrdup("?");
}
} // namespace chatbuddy

namespace {

// A frame `{"a":"xxx…"}\n` of exactly `size` bytes, '\n' included.
QByteArray frameOfSize(qsizetype size)
{
    const QByteArray head = R"({"a":")";
    const QByteArray tail = "\"}\n";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

QJsonObject object(int n)
{
    return QJsonObject{{"type"_L1, u"ping"_s}, {"n"_L1, n}};
}

// Feeds `bytes` in chunks of `chunk`, collecting every frame as soon as it is complete.
QList<QJsonObject> decodeInChunks(FrameDecoder &decoder, const QByteArray &bytes, qsizetype chunk)
{
    QList<QJsonObject> frames;
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunk) {
        decoder.feed(QByteArrayView(bytes).sliced(pos, std::min(chunk, bytes.size() - pos)));
        while (auto frame = decoder.next())
            frames.append(*frame);
    }
    return frames;
}

} // namespace

class TestFrameCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void splitOverFeeds_data();
    void splitOverFeeds();
    void manyFramesInOneFeed();
    void framesAccumulateWithoutNext();
    void crlfTolerated();
    void blankLinesSkipped();
    void frameSizeLimit_data();
    void frameSizeLimit();
    void maxFrameByteByByte();
    void unterminatedLineRefusedDuringFeed();
    void unterminatedStreamStaysBounded();
    void room();
    void roomIsExact_data();
    void roomIsExact();
    void invalidFrame_data();
    void invalidFrame();
    void errorsAreSticky();
    void errorCodeNames();
    void encodeRoundTrip_data();
    void encodeRoundTrip();
};

void TestFrameCodec::defaults()
{
    FrameDecoder decoder;
    QCOMPARE(decoder.maxFrameSize(), MaxFrameSize);
    QCOMPARE(MaxFrameSize, qsizetype(65536));
    QCOMPARE(decoder.error(), FrameDecoder::Error::None);
    QVERIFY(!decoder.hasError());
    QVERIFY(decoder.errorString().isEmpty());
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.room(), MaxFrameSize);
    QVERIFY(!decoder.next());

    decoder.feed(QByteArrayView()); // nothing happens
    QCOMPARE(decoder.bufferedBytes(), 0);
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.hasError());

    FrameDecoder small(100);
    QCOMPARE(small.maxFrameSize(), 100);
    QCOMPARE(small.room(), 100);
}

void TestFrameCodec::splitOverFeeds_data()
{
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("byte by byte") << qsizetype(1);
    QTest::newRow("2 bytes") << qsizetype(2);
    QTest::newRow("3 bytes") << qsizetype(3); // splits every multi-byte UTF-8 sequence somewhere
    QTest::newRow("7 bytes") << qsizetype(7);
    QTest::newRow("64 bytes") << qsizetype(64);
    QTest::newRow("1000 bytes") << qsizetype(1000);
    QTest::newRow("everything at once") << qsizetype(1 << 20);
}

void TestFrameCodec::splitOverFeeds()
{
    QFETCH(qsizetype, chunk);

    QList<QJsonObject> expected;
    QByteArray stream;
    for (int i = 0; i < 20; ++i) {
        QJsonObject o = object(i);
        o.insert("text"_L1, QString(u"नमस्ते 😀 #%1 "_s.arg(i) + QString(i * 37, u'z')));
        expected.append(o);
        stream += encodeFrame(o);
    }

    FrameDecoder decoder;
    const QList<QJsonObject> frames = decodeInChunks(decoder, stream, chunk);
    QVERIFY2(!decoder.hasError(), qPrintable(decoder.errorString()));
    QCOMPARE(frames.size(), expected.size());
    QCOMPARE(frames, expected);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.room(), MaxFrameSize);
}

void TestFrameCodec::manyFramesInOneFeed()
{
    QByteArray stream;
    for (int i = 0; i < 500; ++i)
        stream += encodeFrame(object(i));
    stream += R"({"type":"pi)"; // and the start of one more

    FrameDecoder decoder;
    decoder.feed(stream);
    QVERIFY(!decoder.hasError());
    for (int i = 0; i < 500; ++i) {
        const auto frame = decoder.next();
        QVERIFY2(frame, qPrintable(u"frame %1 missing"_s.arg(i)));
        QCOMPARE(*frame, object(i));
    }
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.bufferedBytes(), 11);
    QCOMPARE(decoder.room(), MaxFrameSize - 11);

    decoder.feed(R"(ng","n":500})"
                 "\n");
    const auto last = decoder.next();
    QVERIFY(last);
    QCOMPARE(*last, object(500));
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.bufferedBytes(), 0);
}

// Complete frames waiting for next() are not part of an unterminated line, so they must not
// count against the line limit however many feeds they came in.
void TestFrameCodec::framesAccumulateWithoutNext()
{
    const QByteArray frame = frameOfSize(40 * 1024);
    FrameDecoder decoder;
    decoder.feed(frame);
    decoder.feed(frame);
    decoder.feed(frame.first(100));
    QVERIFY2(!decoder.hasError(), qPrintable(decoder.errorString()));
    QCOMPARE(decoder.bufferedBytes(), 2 * frame.size() + 100);
    QCOMPARE(decoder.room(), MaxFrameSize - 100);
    decoder.feed(frame.mid(100));

    for (int i = 0; i < 3; ++i) {
        const auto decoded = decoder.next();
        QVERIFY2(decoded, qPrintable(decoder.errorString()));
        QCOMPARE(decoded->value("a"_L1).toString().size(), frame.size() - 9);
    }
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.bufferedBytes(), 0);

    // Small limit, many feeds: each line is within the limit, their sum is not.
    FrameDecoder small(16);
    for (int i = 0; i < 10; ++i)
        small.feed("{\"n\":12345678}\n"); // 15 bytes
    QVERIFY2(!small.hasError(), qPrintable(small.errorString()));
    int count = 0;
    while (auto decoded = small.next()) {
        QCOMPARE(decoded->value("n"_L1).toInt(), 12345678);
        ++count;
    }
    QCOMPARE(count, 10);
    QVERIFY(!small.hasError());
}

void TestFrameCodec::crlfTolerated()
{
    FrameDecoder decoder;
    decoder.feed("{\"n\":1}\r\n{\"n\":2}\n{\"n\":3}\r");
    auto frame = decoder.next();
    QVERIFY(frame);
    QCOMPARE(*frame, (QJsonObject{{"n"_L1, 1}}));
    frame = decoder.next();
    QVERIFY(frame);
    QCOMPARE(*frame, (QJsonObject{{"n"_L1, 2}}));
    QVERIFY(!decoder.next()); // "\r" alone does not end a frame
    decoder.feed("\n");
    frame = decoder.next();
    QVERIFY(frame);
    QCOMPARE(*frame, (QJsonObject{{"n"_L1, 3}}));
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.hasError());
}

void TestFrameCodec::blankLinesSkipped()
{
    FrameDecoder decoder;
    decoder.feed("\n\r\n   \n\t\r\n{\"n\":1}\n\n\n{\"n\":2}\n\r\n");
    auto frame = decoder.next();
    QVERIFY(frame);
    QCOMPARE(*frame, (QJsonObject{{"n"_L1, 1}}));
    frame = decoder.next();
    QVERIFY(frame);
    QCOMPARE(*frame, (QJsonObject{{"n"_L1, 2}}));
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.bufferedBytes(), 0);

    FrameDecoder onlyBlank;
    onlyBlank.feed("\n\n\n");
    QVERIFY(!onlyBlank.next());
    QVERIFY(!onlyBlank.hasError());
    QCOMPARE(onlyBlank.bufferedBytes(), 0);
}

void TestFrameCodec::frameSizeLimit_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<qsizetype>("chunk");
    QTest::addColumn<bool>("accepted");

    const QByteArray max = frameOfSize(MaxFrameSize);
    const QByteArray over = frameOfSize(MaxFrameSize + 1);
    QByteArray maxCrlf = frameOfSize(MaxFrameSize - 1);
    maxCrlf.insert(maxCrlf.size() - 1, '\r'); // the '\r' counts too
    QByteArray overCrlf = max;
    overCrlf.insert(overCrlf.size() - 1, '\r');

    QTest::newRow("max, one feed") << max << MaxFrameSize << true;
    QTest::newRow("max, 1000-byte feeds") << max << qsizetype(1000) << true;
    QTest::newRow("max, newline fed alone") << max << MaxFrameSize - 1 << true;
    QTest::newRow("max with CRLF") << maxCrlf << MaxFrameSize << true;
    QTest::newRow("max+1, one feed") << over << MaxFrameSize + 1 << false;
    QTest::newRow("max+1, 1000-byte feeds") << over << qsizetype(1000) << false;
    QTest::newRow("max+1, newline fed alone") << over << MaxFrameSize << false;
    QTest::newRow("max+1 with CRLF") << overCrlf << MaxFrameSize + 1 << false;
}

void TestFrameCodec::frameSizeLimit()
{
    QFETCH(QByteArray, frame);
    QFETCH(qsizetype, chunk);
    QFETCH(bool, accepted);

    FrameDecoder decoder;
    const QList<QJsonObject> frames = decodeInChunks(decoder, frame, chunk);
    if (accepted) {
        QVERIFY2(!decoder.hasError(), qPrintable(decoder.errorString()));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.first().value("a"_L1).toString().size(),
                 frame.size() - 9 - (frame.endsWith("\r\n") ? 1 : 0));
    } else {
        QVERIFY(frames.isEmpty());
        QCOMPARE(decoder.error(), FrameDecoder::Error::FrameTooLarge);
        QCOMPARE(decoder.errorCode(), ErrorCode::FrameTooLarge);
        QVERIFY(decoder.errorString().contains("65536"_L1));
        QCOMPARE(decoder.bufferedBytes(), 0);
        QCOMPARE(decoder.room(), 0);
    }
}

void TestFrameCodec::maxFrameByteByByte()
{
    const QByteArray frame = frameOfSize(MaxFrameSize);
    FrameDecoder decoder;
    for (qsizetype i = 0; i < frame.size() - 1; ++i) {
        decoder.feed(QByteArrayView(frame).sliced(i, 1));
        if (decoder.next())
            QFAIL("a frame came out before its newline");
    }
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.bufferedBytes(), MaxFrameSize - 1);
    QCOMPARE(decoder.room(), 1);
    decoder.feed("\n");
    const auto decoded = decoder.next();
    QVERIFY2(decoded, qPrintable(decoder.errorString()));
    QCOMPARE(decoded->value("a"_L1).toString(), QString(MaxFrameSize - 9, u'x'));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestFrameCodec::unterminatedLineRefusedDuringFeed()
{
    // One byte short of the limit without a newline is still held: the '\n' may follow...
    FrameDecoder decoder;
    decoder.feed(QByteArray(MaxFrameSize - 1, 'x'));
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.bufferedBytes(), MaxFrameSize - 1);
    QCOMPARE(decoder.room(), 1);
    // ...any other byte fails in feed() itself, before any newline and without next().
    decoder.feed("x");
    QCOMPARE(decoder.error(), FrameDecoder::Error::FrameTooLarge);
    QCOMPARE(decoder.errorCode(), ErrorCode::FrameTooLarge);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.room(), 0);
    QVERIFY(!decoder.next());

    // A single oversized feed is refused before it is stored.
    FrameDecoder once;
    once.feed(QByteArray(MaxFrameSize, '{'));
    QCOMPARE(once.error(), FrameDecoder::Error::FrameTooLarge);
    QCOMPARE(once.errorCode(), ErrorCode::FrameTooLarge);
    QCOMPARE(once.bufferedBytes(), 0);

    // The same after complete frames in the same feed.
    FrameDecoder after;
    after.feed(QByteArray(encodeFrame(object(1)) + QByteArray(MaxFrameSize + 1, 'x')));
    QCOMPARE(after.error(), FrameDecoder::Error::FrameTooLarge);
    QVERIFY(!after.next());
}

void TestFrameCodec::unterminatedStreamStaysBounded()
{
    const QByteArray chunk(4096, 'a');
    FrameDecoder decoder;
    int failedAt = -1;
    for (int i = 0; i < 256; ++i) { // 1 MiB without a newline
        decoder.feed(chunk);
        QVERIFY(decoder.bufferedBytes() < decoder.maxFrameSize());
        QVERIFY(decoder.hasError() || decoder.room() >= 1); // a reader never stalls
        QVERIFY(!decoder.next());
        if (decoder.hasError() && failedAt < 0)
            failedAt = i;
    }
    QCOMPARE(failedAt, int(MaxFrameSize / chunk.size()) - 1); // the 16th chunk reaches the limit
    QCOMPARE(decoder.error(), FrameDecoder::Error::FrameTooLarge);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestFrameCodec::room()
{
    FrameDecoder decoder(64);
    QCOMPARE(decoder.room(), 64);
    decoder.feed(R"({"a":)");
    QCOMPARE(decoder.room(), 64 - 5);
    QCOMPARE(decoder.bufferedBytes(), 5);
    decoder.feed("1}\n{");
    QCOMPARE(decoder.bufferedBytes(), 9);
    QCOMPARE(decoder.room(), 64 - 1); // only the unterminated "{" counts
    QVERIFY(decoder.next());
    QCOMPARE(decoder.bufferedBytes(), 1);
    QCOMPARE(decoder.room(), 64 - 1);
    QVERIFY(!decoder.next());
    decoder.feed("}\n");
    QCOMPARE(decoder.room(), 64);
    QVERIFY(decoder.next());
    QCOMPARE(decoder.room(), 64);
    QCOMPARE(decoder.bufferedBytes(), 0);

    decoder.feed("[]\n");
    QVERIFY(!decoder.next());
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.room(), 0); // nothing more is accepted after an error
}

void TestFrameCodec::roomIsExact_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("partial line") << QByteArray(R"({"a":"xx)");
    QTest::newRow("frame then partial line") << QByteArray("{}\n{\"a\":");
    QTest::newRow("frames only") << QByteArray("{}\n{}\n");
}

// room() bytes ending the line are accepted, room() - 1 bytes without a newline are too, and
// room() bytes without a newline are not: that line could not end within the limit.
void TestFrameCodec::roomIsExact()
{
    QFETCH(QByteArray, prefix);
    for (const int variant : {0, 1, 2}) {
        FrameDecoder decoder(32);
        decoder.feed(prefix);
        QVERIFY(!decoder.hasError());
        const qsizetype room = decoder.room();
        QVERIFY(room > 0);
        switch (variant) {
        case 0:
            decoder.feed(QByteArray(QByteArray(room - 1, ' ') + '\n'));
            QVERIFY(!decoder.hasError());
            QCOMPARE(decoder.room(), 32);
            break;
        case 1:
            decoder.feed(QByteArray(room - 1, 'x'));
            QVERIFY(!decoder.hasError());
            QCOMPARE(decoder.room(), 1);
            break;
        case 2:
            decoder.feed(QByteArray(room, 'x'));
            QCOMPARE(decoder.error(), FrameDecoder::Error::FrameTooLarge);
            QCOMPARE(decoder.room(), 0);
            break;
        }
    }
}

void TestFrameCodec::invalidFrame_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<FrameDecoder::Error>("error");
    QTest::addColumn<ErrorCode>("code");

    const auto utf8 = [](const char *name, const QByteArray &line) {
        QTest::newRow(name) << line << FrameDecoder::Error::InvalidUtf8 << ErrorCode::InvalidUtf8;
    };
    utf8("ff fe", "\xff\xfe");
    utf8("ff in string", "{\"a\":\"\xff\"}");
    utf8("lone continuation", "{\"a\":\"\x80\"}");
    utf8("lone continuation at start", "\x80{}");
    utf8("overlong slash (2 bytes)", "{\"a\":\"\xc0\xaf\"}");
    utf8("overlong NUL (2 bytes)", "{\"a\":\"\xc0\x80\"}");
    utf8("overlong slash (3 bytes)", "{\"a\":\"\xe0\x80\xaf\"}");
    utf8("overlong slash (4 bytes)", "{\"a\":\"\xf0\x80\x80\xaf\"}");
    utf8("truncated sequence", "{\"a\":\"\xe2\x82\"}");
    utf8("truncated at end of line", "{\"a\":1}\xe2\x82");
    utf8("UTF-16 surrogate", "{\"a\":\"\xed\xa0\x80\"}");
    utf8("above U+10FFFF", "{\"a\":\"\xf4\x90\x80\x80\"}");
    utf8("f5 byte", "{\"a\":\"\xf5\x80\x80\x80\"}");
    utf8("latin-1 e-acute", "{\"a\":\"caf\xe9\"}");

    const auto json = [](const char *name, const QByteArray &line) {
        QTest::newRow(name) << line << FrameDecoder::Error::InvalidJson << ErrorCode::InvalidJson;
    };
    json("open brace", "{");
    json("missing value", R"({"a":})");
    json("bare word", "hello");
    json("single quotes", "{'a':1}");
    json("trailing garbage", R"({"a":1} x)");
    json("two objects on a line", R"({"a":1}{"b":2})");
    json("trailing comma", R"({"a":1,})");
    json("unquoted key", "{a:1}");

    const auto notObject = [](const char *name, const QByteArray &line) {
        QTest::newRow(name) << line << FrameDecoder::Error::NotAnObject << ErrorCode::NotAnObject;
    };
    notObject("empty array", "[]");
    notObject("array of objects", R"([{"type":"ping"}])");
    notObject("number", "42");
    notObject("string", R"("hello")");
    notObject("true", "true");
    notObject("null", "null");
}

void TestFrameCodec::invalidFrame()
{
    QFETCH(QByteArray, line);
    QFETCH(FrameDecoder::Error, error);
    QFETCH(ErrorCode, code);

    FrameDecoder decoder;
    decoder.feed(QByteArray(line + '\n'));
    QVERIFY(!decoder.hasError()); // lines are only checked when next() reaches them
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.error(), error);
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.errorCode(), code);
    QVERIFY(!decoder.errorString().isEmpty());
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.room(), 0);
}

void TestFrameCodec::errorsAreSticky()
{
    FrameDecoder decoder;
    decoder.feed(QByteArray(encodeFrame(object(1)) + "[1]\n" + encodeFrame(object(2))));
    const auto first = decoder.next();
    QVERIFY(first);
    QCOMPARE(*first, object(1));
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.error(), FrameDecoder::Error::NotAnObject);
    const QString message = decoder.errorString();
    QVERIFY(!message.isEmpty());

    QVERIFY(!decoder.next()); // the valid frame after the bad one is dropped
    decoder.feed(encodeFrame(object(3)));
    QVERIFY(!decoder.next());
    decoder.feed("\xff\n");
    QVERIFY(!decoder.next());
    decoder.feed(QByteArray(MaxFrameSize * 2, 'x'));
    QVERIFY(!decoder.next());

    // The first error stays the error.
    QCOMPARE(decoder.error(), FrameDecoder::Error::NotAnObject);
    QCOMPARE(decoder.errorCode(), ErrorCode::NotAnObject);
    QCOMPARE(decoder.errorString(), message);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.room(), 0);

    // The same for an error raised inside feed().
    FrameDecoder tooLarge(8);
    tooLarge.feed("123456789");
    QCOMPARE(tooLarge.error(), FrameDecoder::Error::FrameTooLarge);
    tooLarge.feed("\n{}\n");
    QVERIFY(!tooLarge.next());
    QCOMPARE(tooLarge.error(), FrameDecoder::Error::FrameTooLarge);
    QCOMPARE(tooLarge.bufferedBytes(), 0);
}

void TestFrameCodec::errorCodeNames()
{
    // The decoder's errors go on the wire under these names.
    QCOMPARE(errorCodeName(ErrorCode::FrameTooLarge), "frame-too-large"_L1);
    QCOMPARE(errorCodeName(ErrorCode::InvalidUtf8), "invalid-utf8"_L1);
    QCOMPARE(errorCodeName(ErrorCode::InvalidJson), "invalid-json"_L1);
    QCOMPARE(errorCodeName(ErrorCode::NotAnObject), "not-an-object"_L1);
}

void TestFrameCodec::encodeRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("empty") << QJsonObject();
    QTest::newRow("hindi") << QJsonObject{{"type"_L1, u"msg"_s}, {"text"_L1, u"नमस्ते"_s}};
    QTest::newRow("newlines in text") << QJsonObject{{"text"_L1, u"line 1\nline 2\r\nline 3\n"_s}};
    QTest::newRow("control characters and quotes")
        << QJsonObject{{"text"_L1, u"tab\t nul\u0001 quote\" backslash\\ ls\u2028"_s}};
    QTest::newRow("emoji and mixed scripts")
        << QJsonObject{{"text"_L1, u"😀 Привет 你好 مرحبا"_s}, {"n"_L1, 1.5}};
    QTest::newRow("nested") << QJsonObject{
        {"user"_L1, QJsonObject{{"name"_L1, u"alice"_s}, {"port"_L1, 9090}}},
        {"list"_L1, QJsonArray{1, u"two"_s, true, QJsonValue::Null}},
        {"flag"_L1, false}};
}

void TestFrameCodec::encodeRoundTrip()
{
    QFETCH(QJsonObject, object);

    const QByteArray frame = encodeFrame(object);
    QVERIFY(frame.endsWith('\n'));
    QCOMPARE(frame.count('\n'), 1);
    QVERIFY(!frame.contains('\r'));
    QCOMPARE(frame.chopped(1), QJsonDocument(object).toJson(QJsonDocument::Compact));

    FrameDecoder decoder;
    decoder.feed(frame);
    const auto decoded = decoder.next();
    QVERIFY2(decoded, qPrintable(decoder.errorString()));
    QCOMPARE(*decoded, object);
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.bufferedBytes(), 0);
}

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
