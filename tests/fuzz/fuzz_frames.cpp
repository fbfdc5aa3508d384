// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_frames: the byte stream of a hub or chat link through FrameDecoder, fed in chunks the
// way transports feed it (readFrames: at most room() bytes, then drain next()), every frame
// through parseMessage, and what must survive a round trip checked.
//
// Input: byte 0 picks the decoder's frame limit (so small inputs reach it), byte 1 is the
// number n of chunk-size bytes that follow, then n chunk sizes (0: as much as room() allows),
// used in turn; the rest is the stream. Seeds are "\0\0" + lines of docs/protocol.md.
//
// Invariants:
// - the decoder returns exactly the frames, and stops with exactly the error, of a line-by-line
//   reading of the stream as docs/protocol.md §2 states it, whatever the chunking;
// - after a feed without error, room() >= 1, and the decoder holds less than the limit
//   unterminated;
// - encodeFrame(frame) is one line that decodes to the same object;
// - parseMessage fails only with the codes §2/§3 list; a parsed message's type is the frame's;
//   its toJson() parses again to an equal message whose toJson() is the same object.

#include "fuzzsupport.h"

#include "framecodec.h"
#include "messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

namespace {

struct Outcome {
    QList<QJsonObject> frames;
    FrameDecoder::Error error = FrameDecoder::Error::None;
};

QString describe(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// docs/protocol.md §2, one line at a time: the reading the decoder must agree with.
Outcome readByLines(QByteArrayView stream, qsizetype maxFrameSize)
{
    Outcome out;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        const qsizetype nl = stream.indexOf('\n', pos);
        if (nl < 0) {
            // Unterminated: an error once it is as long as the limit, else it waits for more.
            if (stream.size() - pos >= maxFrameSize)
                out.error = FrameDecoder::Error::FrameTooLarge;
            return out;
        }
        QByteArrayView line = stream.sliced(pos, nl - pos);
        pos = nl + 1;
        if (line.size() + 1 > maxFrameSize) {
            out.error = FrameDecoder::Error::FrameTooLarge;
            return out;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!line.isValidUtf8()) {
            out.error = FrameDecoder::Error::InvalidUtf8;
            return out;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // One JSON value that is not an object is "not an object", not "not JSON".
            const QJsonDocument wrapped = QJsonDocument::fromJson('[' + line.toByteArray() + ']');
            out.error = wrapped.isArray() && wrapped.array().size() == 1
                            ? FrameDecoder::Error::NotAnObject
                            : FrameDecoder::Error::InvalidJson;
            return out;
        }
        if (!document.isObject()) {
            out.error = FrameDecoder::Error::NotAnObject;
            return out;
        }
        out.frames.append(document.object());
    }
    return out;
}

// A transport's reading: chunks of at most room() bytes, sizes from the input.
Outcome readInChunks(QByteArrayView stream, qsizetype maxFrameSize, QByteArrayView chunkSizes)
{
    Outcome out;
    FrameDecoder decoder(maxFrameSize);
    qsizetype pos = 0;
    qsizetype turn = 0;
    while (true) {
        while (auto frame = decoder.next())
            out.frames.append(*frame);
        if (decoder.hasError()) {
            out.error = decoder.error();
            FUZZ_CHECK(decoder.room() == 0);
            FUZZ_CHECK(!decoder.errorString().isEmpty());
            return out;
        }
        FUZZ_CHECK(decoder.room() >= 1);
        FUZZ_CHECK(decoder.room() <= maxFrameSize);
        // Drained: what is left is the unterminated line, shorter than the limit.
        FUZZ_CHECK(decoder.bufferedBytes() < maxFrameSize);
        FUZZ_CHECK(decoder.bufferedBytes() + decoder.room() == maxFrameSize);
        if (pos >= stream.size())
            return out;
        qsizetype want = decoder.room();
        if (!chunkSizes.isEmpty()) {
            const auto size = quint8(chunkSizes[turn++ % chunkSizes.size()]);
            if (size != 0)
                want = std::min<qsizetype>(want, size);
        }
        const qsizetype n = std::min(want, stream.size() - pos);
        decoder.feed(stream.sliced(pos, n));
        pos += n;
        // Feeding nothing changes nothing.
        decoder.feed(QByteArrayView());
    }
}

void checkSameOutcome(const Outcome &got, const Outcome &expected)
{
    FUZZ_CHECK_MSG(got.error == expected.error,
                   u"decoder error %1, line-by-line reading says %2"_s.arg(int(got.error))
                       .arg(int(expected.error)));
    FUZZ_CHECK_MSG(got.frames.size() == expected.frames.size(),
                   u"decoder gave %1 frames, line-by-line reading %2"_s.arg(got.frames.size())
                       .arg(expected.frames.size()));
    for (qsizetype i = 0; i < got.frames.size(); ++i) {
        FUZZ_CHECK_MSG(got.frames[i] == expected.frames[i],
                       describe(got.frames[i]) + u" != "_s + describe(expected.frames[i]));
    }
}

void checkEncoding(const QJsonObject &frame)
{
    const QByteArray line = encodeFrame(frame);
    FUZZ_CHECK(line.endsWith('\n'));
    FUZZ_CHECK(line.indexOf('\n') == line.size() - 1);
    FrameDecoder decoder(line.size() + 1);
    decoder.feed(line);
    const std::optional<QJsonObject> again = decoder.next();
    FUZZ_CHECK_MSG(again.has_value(), u"encodeFrame output does not decode: "_s +
                                          QString::fromUtf8(line) + decoder.errorString());
    FUZZ_CHECK_MSG(*again == frame, describe(*again) + u" != "_s + describe(frame));
    FUZZ_CHECK(!decoder.next() && !decoder.hasError() && decoder.bufferedBytes() == 0);
}

void checkMessage(const QJsonObject &frame)
{
    ProtocolError error;
    const std::optional<Message> message = parseMessage(frame, &error);
    if (!message) {
        FUZZ_CHECK_MSG(
            error.code == ErrorCode::MissingField || error.code == ErrorCode::InvalidField ||
                error.code == ErrorCode::UnknownType || error.code == ErrorCode::ProtocolMismatch,
            QString(errorCodeName(error.code)));
        FUZZ_CHECK(!error.message.isEmpty());
        // Without a place for the error, the answer is the same.
        FUZZ_CHECK(!parseMessage(frame));
        return;
    }
    FUZZ_CHECK(frame.value("type"_L1).toString() == messageType(*message));

    const QJsonObject json = messageToJson(*message);
    FUZZ_CHECK(json.value("type"_L1).toString() == messageType(*message));
    ProtocolError againError;
    const std::optional<Message> again = parseMessage(json, &againError);
    FUZZ_CHECK_MSG(again.has_value(), u"toJson() does not parse again: "_s + describe(json) +
                                          u": "_s + againError.message);
    FUZZ_CHECK_MSG(*again == *message, u"round trip changed the message: "_s + describe(frame) +
                                           u" -> "_s + describe(json) + u" -> "_s +
                                           describe(messageToJson(*again)));
    FUZZ_CHECK_MSG(messageToJson(*again) == json, describe(json));
    checkEncoding(json);

    // The error code a peer sees is the one it sent (or `internal` for an unknown one).
    if (const auto *e = std::get_if<ErrorReply>(&*message)) {
        const auto known = errorCodeFromName(e->codeName);
        FUZZ_CHECK(e->code == known.value_or(ErrorCode::Internal));
        if (known)
            FUZZ_CHECK(errorCodeName(*known) == e->codeName);
    }
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
    if (input.size() < 2)
        return 0;
    static constexpr qsizetype limits[] = {MaxFrameSize, 64, 300, 4096};
    const qsizetype maxFrameSize = limits[quint8(input[0]) % std::size(limits)];
    const qsizetype scheduleLength = std::min<qsizetype>(quint8(input[1]), input.size() - 2);
    const QByteArrayView chunkSizes = input.sliced(2, scheduleLength);
    const QByteArrayView stream = input.sliced(2 + scheduleLength);

    const Outcome expected = readByLines(stream, maxFrameSize);
    const Outcome chunked = readInChunks(stream, maxFrameSize, chunkSizes);
    checkSameOutcome(chunked, expected);
    // The same stream read as fast as possible: the chunking must not matter.
    if (!chunkSizes.isEmpty())
        checkSameOutcome(readInChunks(stream, maxFrameSize, {}), expected);

    for (const QJsonObject &frame : chunked.frames) {
        checkEncoding(frame);
        checkMessage(frame);
    }
    return 0;
}
