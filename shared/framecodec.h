// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Newline-delimited JSON framing: the one place that turns bytes into JSON objects and back.

#include "protocol.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QJsonObject>

#include <optional>

namespace chatbuddy {

// Encodes one frame: compact JSON followed by '\n'.
QByteArray encodeFrame(const QJsonObject &object);

// Decodes newline-delimited JSON frames from bytes as they arrive. A frame may be split over
// many feed() calls, and one feed() may carry many frames. The decoder keeps fewer than
// maxFrameSize unterminated bytes; a line that cannot end within the limit is an error at once.
// Errors are sticky: after one, next() returns nothing and the connection should be closed.
class FrameDecoder {
public:
    enum class Error { None, FrameTooLarge, InvalidUtf8, InvalidJson, NotAnObject };

    explicit FrameDecoder(qsizetype maxFrameSize = MaxFrameSize);

    void feed(QByteArrayView bytes);
    // The next complete frame, or nullopt when more bytes are needed or error() is set.
    std::optional<QJsonObject> next();

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    QString errorString() const { return m_errorString; }
    ErrorCode errorCode() const;
    // Bytes held that are not yet returned as frames.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_readPos; }
    // The limit minus the unterminated bytes held, at least 1 unless hasError(). A transport
    // reads at most this much at a time and drains next() after each feed(), so it never holds
    // more than one frame and never stalls.
    qsizetype room() const;
    qsizetype maxFrameSize() const { return m_maxFrameSize; }

private:
    void fail(Error error, const QString &message);
    void compact();

    QByteArray m_buffer;
    qsizetype m_readPos = 0;    // start of the first unreturned byte in m_buffer
    qsizetype m_scanPos = 0;    // bytes before this are known to hold no '\n' of a pending frame
    qsizetype m_tailLength = 0; // bytes after the last '\n' in m_buffer: the unterminated line
    qsizetype m_maxFrameSize;
    Error m_error = Error::None;
    QString m_errorString;
};

// Feeds decoder from device, never reading more than the decoder has room for, and hands each
// complete frame to onFrame, which returns false to stop (the reader closed or replaced the
// device). Returns false when decoding failed (decoder.hasError()); true when the device has
// nothing more for now or onFrame stopped.
template<typename OnFrame>
bool readFrames(QIODevice &device, FrameDecoder &decoder, OnFrame &&onFrame)
{
    constexpr qint64 Chunk = 16 * 1024;
    while (true) {
        while (auto frame = decoder.next()) {
            if (!onFrame(*frame))
                return true;
        }
        if (decoder.hasError())
            return false;
        const QByteArray chunk = device.read(std::min<qint64>(decoder.room(), Chunk));
        if (chunk.isEmpty())
            return true;
        decoder.feed(chunk);
    }
}

} // namespace chatbuddy
