// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer link's block framing on its own (FileBlockReader, desktop-client/core/
// fileblocks.h), without a socket: whole files, resumed ones, streams cut off, and every way a
// sender can break docs/protocol.md §10, each fed in one piece, byte by byte and in chunks,
// with what the user is told (FileReceiver::blockFailure) when it is broken. Through a real
// link: tst_filetransfer.

#include "fileblocks.h"
#include "filemessages.h"
#include "filestream.h"
#include "sha256.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;

namespace {
using Step = FileBlockReader::Step;

QByteArray header(quint32 length)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(length, bytes.data());
    return bytes;
}

QByteArray block(const QByteArray &data)
{
    return header(quint32(data.size())) + data;
}

QByteArray end(const QByteArray &digest)
{
    return header(0) + digest;
}

// What a FileBlockReader made of a stream, fed as FileReceiver feeds it: a chunk at a time
// (chunk 0: all in one piece), next() on the rest of each chunk until it needs more.
struct BlockRead {
    QByteArray data;
    Step::Kind last = Step::NeedMore; // End, Failed, or NeedMore: the stream ran out first
    QByteArray digest;
    FileReceiver::Failure failure;
    bool quietAfter = true; // after End or Failed, every next() took and gave nothing
};

BlockRead readBlocks(qint64 offset, qint64 size, QByteArrayView stream, qsizetype chunk)
{
    FileBlockReader reader(offset, size);
    BlockRead out;
    qsizetype pos = 0;
    do {
        const qsizetype n = chunk > 0 ? std::min(chunk, stream.size() - pos) : stream.size();
        QByteArrayView rest = stream.sliced(pos, n);
        pos += n;
        while (true) {
            const Step step = reader.next(rest);
            rest = rest.sliced(step.used);
            if (out.last != Step::NeedMore) {
                out.quietAfter = out.quietAfter && step.kind == Step::Stopped && step.used == 0 &&
                                 step.data.isEmpty();
                break;
            }
            if (step.kind == Step::NeedMore)
                break;
            if (step.kind == Step::Data)
                out.data += step.data.toByteArray();
            else
                out.last = step.kind;
        }
    } while (pos < stream.size());
    out.digest = reader.digest();
    if (reader.error() != FileBlockReader::Error::None)
        out.failure = FileReceiver::blockFailure(reader);
    return out;
}
} // namespace

class TestFileBlocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
};

// Over 50 lines: one table row per way a stream can end or break.
void TestFileBlocks::read_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("chunk");   // bytes fed at a time; 0: all in one piece
    QTest::addColumn<QByteArray>("data");   // what is handed over for the file
    QTest::addColumn<int>("outcome");       // Step::Kind: End, Failed, or NeedMore
    QTest::addColumn<QByteArray>("digest"); // End: the sender's SHA-256
    QTest::addColumn<QString>("message");   // Failed: what the user is told

    const QByteArray hello = "hello";
    const QByteArray text =
        QByteArray("The quick brown fox jumps over the lazy dog.\n").repeated(4);
    const QByteArray whole = block(hello) + end(Sha256::of(hello));
    const QByteArray several = block(text.first(64)) + block(text.sliced(64, 1)) +
                               block(text.sliced(65)) + end(Sha256::of(text));
    // Each stream in one piece, byte by byte (every header and digest split), in chunks of 7.
    const auto rows = [](const char *name, qint64 offset, qint64 size, const QByteArray &stream,
                         const QByteArray &data, Step::Kind outcome, const QByteArray &digest,
                         const QString &message) {
        for (const qsizetype chunk : {0, 1, 7}) {
            QTest::addRow("%s, %s", name,
                          chunk == 0   ? "in one piece"
                          : chunk == 1 ? "byte by byte"
                                       : "in chunks of 7")
                << offset << size << stream << chunk << data << int(outcome) << digest << message;
        }
    };
    rows("empty file", 0, 0, end(Sha256::of({})), {}, Step::End, Sha256::of({}), {});
    rows("one block", 0, 5, whole, hello, Step::End, Sha256::of(hello), {});
    rows("several blocks", 0, text.size(), several, text, Step::End, Sha256::of(text), {});
    rows("resumed", 100, text.size(), block(text.sliced(100)) + end(Sha256::of(text)),
         text.sliced(100), Step::End, Sha256::of(text), {});
    rows("nothing left to send", 5, 5, end(Sha256::of(hello)), {}, Step::End, Sha256::of(hello),
         {});
    rows("bytes after the end are not read", 0, 5, whole + block("more"), hello, Step::End,
         Sha256::of(hello), {});
    // The reader hands the digest over; FileReceiver compares it (tst_filetransfer).
    rows("wrong digest", 0, 5, block(hello) + end(Sha256::of("hellO")), hello, Step::End,
         Sha256::of("hellO"), {});
    // Cut off: nothing to say yet (a link that closes is Transfers' to report).
    rows("header cut", 0, 5, block(hello).first(3), {}, Step::NeedMore, {}, {});
    rows("block cut", 0, 5, block(hello).first(6), "he", Step::NeedMore, {}, {});
    rows("end header cut", 0, 5, block(hello) + QByteArray(2, '\0'), hello, Step::NeedMore, {}, {});
    rows("digest cut", 0, 5, whole.first(whole.size() - 1), hello, Step::NeedMore, {}, {});
    // Broken: the transfer fails with reason "failed" and these words.
    rows("block over MaxFileBlock", 0, 4 * MaxFileBlock, header(MaxFileBlock + 1) + text, {},
         Step::Failed, {}, u"The sender sent more than the 4194304 bytes it offered."_s);
    rows("block header all ones", 0, 100, header(0xffffffff), {}, Step::Failed, {},
         u"The sender sent more than the 100 bytes it offered."_s);
    rows("block past the offer", 0, 10, block("0123456789") + block("and more"), "0123456789",
         Step::Failed, {}, u"The sender sent more than the 10 bytes it offered."_s);
    rows("block past the offer, resumed", 8, 10, block("abc"), {}, Step::Failed, {},
         u"The sender sent more than the 10 bytes it offered."_s);
    rows("block when nothing is left", 5, 5, block("x") + end(Sha256::of(hello)), {}, Step::Failed,
         {}, u"The sender sent more than the 5 bytes it offered."_s);
    rows("end before the size", 0, 6, whole, hello, Step::Failed, {},
         u"The sender ended the file after 5 of 6 bytes."_s);
    rows("end before the size, resumed", 3, 8, block("lo") + end(Sha256::of(hello)), "lo",
         Step::Failed, {}, u"The sender ended the file after 5 of 8 bytes."_s);
    rows("end before any byte", 0, 5, end(Sha256::of({})), {}, Step::Failed, {},
         u"The sender ended the file after 0 of 5 bytes."_s);

    // The largest block there may be, in chunks as a socket's buffer gives them.
    std::vector<quint32> words(MaxFileBlock / sizeof(quint32));
    QRandomGenerator(7).fillRange(words.data(), qsizetype(words.size()));
    const QByteArray big(reinterpret_cast<const char *>(words.data()), MaxFileBlock);
    const QByteArray bigStream = header(MaxFileBlock) + big + end(Sha256::of(big));
    QTest::newRow("block of MaxFileBlock, in chunks of 64 KiB")
        << qint64(0) << qint64(MaxFileBlock) << bigStream << qsizetype(64 * 1024) << big
        << int(Step::End) << Sha256::of(big) << QString();
    QTest::newRow("block of MaxFileBlock, one byte past the offer")
        << qint64(0) << qint64(MaxFileBlock - 1) << bigStream << qsizetype(64 * 1024)
        << QByteArray() << int(Step::Failed) << QByteArray()
        << u"The sender sent more than the 1048575 bytes it offered."_s;
}

void TestFileBlocks::read()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, size);
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, chunk);
    QFETCH(QByteArray, data);
    QFETCH(int, outcome);
    QFETCH(QByteArray, digest);
    QFETCH(QString, message);

    const BlockRead read = readBlocks(offset, size, stream, chunk);
    QCOMPARE(int(read.last), outcome);
    QCOMPARE(read.data, data);
    QCOMPARE(read.digest, digest);
    QVERIFY(read.quietAfter); // nothing more after the end or an error
    if (outcome == Step::Failed) {
        QCOMPARE(read.failure.reason, fileReason::Failed);
        QCOMPARE(read.failure.message, message);
    } else {
        QVERIFY(read.failure.message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFileBlocks)
#include "tst_fileblocks.moc"
