// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_fileblocks: the bytes of a file transfer link (docs/protocol.md §10) through
// FileBlockReader (desktop-client/core/fileblocks.h), fed as FileReceiver feeds it: a chunk
// (what the socket held), then next() on the rest until it says NeedMore; and the message
// FileReceiver shows for a broken stream.
//
// Input: bytes 0-4 the offered size (big-endian, 0 to 2^40 - 1), bytes 5-9 the offset
// accepted (big-endian, taken modulo size + 1), byte 10 the number n of chunk-size bytes that
// follow, then n chunk sizes (bytes, 0 an empty chunk; all 0: none), used in turn; the rest is
// the stream. Seeds: tests/fuzz/make-seeds.sh.
//
// Invariants:
// - the data handed back never exceeds size - offset; a step takes only bytes it was given,
//   NeedMore takes all of them, and Data is a view of the last bytes the step took;
// - End comes at most once, only when the data is exactly size - offset bytes, with a 32-byte
//   digest; after End or an error, next() takes and hands back nothing (Stopped);
// - the stream fed in one piece and in chunks gives the same data, the same outcome (end,
//   error, or more needed), digest and bytes taken, the outcome of a plain reading of §10;
// - a broken stream is reason "failed" with a message naming the offered size.

#include "fuzzsupport.h"

#include "fileblocks.h"
#include "filemessages.h"
#include "filestream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <algorithm>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;

namespace {

using Step = FileBlockReader::Step;
using Error = FileBlockReader::Error;

struct Outcome {
    QByteArray data;                  // the file's bytes handed back
    Step::Kind last = Step::NeedMore; // End, Failed, or NeedMore: the stream ran out first
    Error error = Error::None;
    QByteArray digest; // End: the sender's SHA-256
    qint64 used = 0;   // bytes of the stream taken
};

QString describe(const Outcome &o)
{
    return u"data %1 bytes, outcome %2, error %3, digest %4, took %5 bytes"_s.arg(o.data.size())
        .arg(int(o.last))
        .arg(int(o.error))
        .arg(QString::fromLatin1(o.digest.toHex()))
        .arg(o.used);
}

// docs/protocol.md §10 read from the whole stream at once: what the reader must agree with.
Outcome readWhole(QByteArrayView stream, qint64 offset, qint64 size)
{
    Outcome out;
    const qint64 expected = size - offset;
    qsizetype pos = 0;
    while (true) {
        if (stream.size() - pos < FileBlockReader::HeaderSize) {
            out.used = stream.size(); // a part of a header is taken and kept
            return out;
        }
        const quint32 length = qFromBigEndian<quint32>(stream.data() + pos);
        pos += FileBlockReader::HeaderSize;
        if (length == 0) {
            if (stream.size() - pos < FileBlockReader::DigestSize) {
                out.used = stream.size();
                return out;
            }
            out.used = pos + FileBlockReader::DigestSize;
            if (out.data.size() != expected) {
                out.last = Step::Failed;
                out.error = Error::EndedShort;
            } else {
                out.last = Step::End;
                out.digest = stream.sliced(pos, FileBlockReader::DigestSize).toByteArray();
            }
            return out;
        }
        if (length > quint32(MaxFileBlock) || qint64(length) > expected - out.data.size()) {
            out.used = pos;
            out.last = Step::Failed;
            out.error =
                length > quint32(MaxFileBlock) ? Error::BlockTooLong : Error::MoreThanOffered;
            return out;
        }
        const qsizetype n = std::min<qsizetype>(length, stream.size() - pos);
        out.data.append(stream.sliced(pos, n));
        pos += n;
        if (n < qsizetype(length)) {
            out.used = pos;
            return out;
        }
    }
}

void checkFailure(const FileBlockReader &reader)
{
    const FileReceiver::Failure failure = FileReceiver::blockFailure(reader);
    FUZZ_CHECK(failure.reason == fileReason::Failed);
    FUZZ_CHECK_MSG(failure.message.contains(QString::number(reader.size())), failure.message);
}

// One chunk as FileReceiver::readBlocks() takes it: next() on the rest until NeedMore.
void feed(FileBlockReader &reader, QByteArrayView chunk, Outcome &out)
{
    const qint64 expected = reader.size() - reader.offset();
    QByteArrayView rest = chunk;
    while (true) {
        const Step step = reader.next(rest);
        FUZZ_CHECK(step.used >= 0 && step.used <= rest.size());
        if (out.last != Step::NeedMore) {
            // End or an error came: nothing more, ever.
            FUZZ_CHECK(step.kind == Step::Stopped && step.used == 0 && step.data.isEmpty());
            FUZZ_CHECK(reader.received() == out.data.size());
            return;
        }
        switch (step.kind) {
        case Step::NeedMore:
            FUZZ_CHECK(step.used == rest.size());
            FUZZ_CHECK(step.data.isEmpty());
            break;
        case Step::Data:
            FUZZ_CHECK(!step.data.isEmpty());
            FUZZ_CHECK(step.data.data() + step.data.size() == rest.data() + step.used);
            out.data.append(step.data);
            FUZZ_CHECK(out.data.size() <= expected);
            break;
        case Step::End:
            FUZZ_CHECK(step.data.isEmpty());
            FUZZ_CHECK(out.data.size() == expected);
            out.last = Step::End;
            out.digest = reader.digest();
            FUZZ_CHECK(out.digest.size() == FileBlockReader::DigestSize);
            break;
        case Step::Failed:
            FUZZ_CHECK(step.data.isEmpty());
            FUZZ_CHECK(reader.error() != Error::None);
            out.last = Step::Failed;
            out.error = reader.error();
            checkFailure(reader);
            break;
        case Step::Stopped:
            fuzz::violated("Stopped before End or Failed", __FILE__, __LINE__);
        }
        FUZZ_CHECK(reader.received() == out.data.size());
        FUZZ_CHECK((reader.error() != Error::None) == (out.last == Step::Failed));
        FUZZ_CHECK(reader.digest().isEmpty() == (out.last != Step::End));
        out.used += step.used;
        rest = rest.sliced(step.used);
        if (step.kind == Step::NeedMore)
            return;
    }
}

// The stream in chunks of the given sizes, in turn (none: in one piece).
Outcome readInChunks(QByteArrayView stream, qint64 offset, qint64 size, QByteArrayView chunkSizes)
{
    FileBlockReader reader(offset, size);
    Outcome out;
    qsizetype pos = 0;
    qsizetype turn = 0;
    do {
        qsizetype n = stream.size() - pos;
        if (!chunkSizes.isEmpty())
            n = std::min<qsizetype>(n, quint8(chunkSizes[turn++ % chunkSizes.size()]));
        feed(reader, stream.sliced(pos, n), out);
        pos += n;
    } while (pos < stream.size());
    // Feeding nothing changes nothing.
    const Outcome before = out;
    feed(reader, QByteArrayView(), out);
    FUZZ_CHECK(out.used == before.used && out.data.size() == before.data.size());
    return out;
}

void checkSame(const Outcome &got, const Outcome &expected, const char *what)
{
    const bool same = got.data == expected.data && got.last == expected.last &&
                      got.error == expected.error && got.digest == expected.digest &&
                      got.used == expected.used;
    FUZZ_CHECK_MSG(same, QString::fromLatin1(what) + u": "_s + describe(got) +
                             u"; a plain reading of §10: "_s + describe(expected));
}

quint64 bigEndian(QByteArrayView bytes)
{
    quint64 value = 0;
    for (char c : bytes)
        value = (value << 8) | quint8(c);
    return value;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qsizetype Head = 11;
    if (input.size() < Head)
        return 0;
    const auto offered = qint64(bigEndian(input.sliced(0, 5)));
    const auto offset = qint64(bigEndian(input.sliced(5, 5)) % quint64(offered + 1));
    const qsizetype scheduleLength = std::min<qsizetype>(quint8(input[10]), input.size() - Head);
    QByteArrayView chunkSizes = input.sliced(Head, scheduleLength);
    const QByteArrayView stream = input.sliced(Head + scheduleLength);
    if (std::all_of(chunkSizes.begin(), chunkSizes.end(), [](char c) { return c == 0; }))
        chunkSizes = {}; // only empty chunks would never end

    const Outcome expected = readWhole(stream, offset, offered);
    checkSame(readInChunks(stream, offset, offered, {}), expected, "in one piece");
    if (!chunkSizes.isEmpty())
        checkSame(readInChunks(stream, offset, offered, chunkSizes), expected, "in chunks");
    return 0;
}
