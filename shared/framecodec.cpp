// SPDX-License-Identifier: GPL-3.0-or-later
#include "framecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace chatbuddy {

QByteArray encodeFrame(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    return bytes;
}

FrameDecoder::FrameDecoder(qsizetype maxFrameSize)
    : m_maxFrameSize(maxFrameSize)
{
}

ErrorCode FrameDecoder::errorCode() const
{
    switch (m_error) {
    case Error::FrameTooLarge:
        return ErrorCode::FrameTooLarge;
    case Error::InvalidUtf8:
        return ErrorCode::InvalidUtf8;
    case Error::InvalidJson:
        return ErrorCode::InvalidJson;
    case Error::NotAnObject:
    case Error::None:
        break;
    }
    return ErrorCode::NotAnObject;
}

qsizetype FrameDecoder::room() const
{
    if (hasError())
        return 0;
    // Only the unterminated tail counts against the limit.
    return std::max<qsizetype>(0, m_maxFrameSize - m_tailLength);
}

void FrameDecoder::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    m_buffer = QByteArray(); // release the memory, the connection is finished
    m_readPos = m_scanPos = m_tailLength = 0;
}

void FrameDecoder::compact()
{
    if (m_readPos == 0)
        return;
    m_buffer.remove(0, m_readPos);
    m_scanPos -= m_readPos;
    m_readPos = 0;
}

void FrameDecoder::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty())
        return;
    compact();
    // Check each complete line in the new bytes and the unterminated tail without copying
    // more than the limit: a line over the limit fails before it is stored.
    qsizetype lineStart = m_tailLength; // complete frames waiting for next() do not count
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        const qsizetype lineLength = lineStart + (end - pos);
        // An unterminated line of maxFrameSize bytes cannot end within the limit either; failing
        // now keeps room() above 0, so a transport that reads room() bytes never stalls.
        if (lineLength > m_maxFrameSize || (nl < 0 && lineLength >= m_maxFrameSize)) {
            fail(Error::FrameTooLarge, u"frame larger than %1 bytes"_s.arg(m_maxFrameSize));
            return;
        }
        lineStart = nl < 0 ? lineLength : 0;
        pos = end;
    }
    m_tailLength = lineStart;
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<QJsonObject> FrameDecoder::next()
{
    while (!hasError()) {
        const qsizetype nl = m_buffer.indexOf('\n', std::max(m_scanPos, m_readPos));
        if (nl < 0) {
            m_scanPos = m_buffer.size();
            return std::nullopt;
        }
        QByteArrayView line(m_buffer.constData() + m_readPos, nl - m_readPos);
        m_readPos = nl + 1;
        m_scanPos = m_readPos;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue; // blank lines are tolerated as no-ops

        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded = decoder(line); // decoding is the check
        if (decoder.hasError()) {
            fail(Error::InvalidUtf8, u"frame is not valid UTF-8"_s);
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
        // Qt parses only objects and arrays at the top level; a lone scalar is JSON all the same.
        if (parseError.error != QJsonParseError::NoError &&
            QJsonDocument::fromJson(QByteArray('[' + line.toByteArray() + ']')).array().size() ==
                1) {
            fail(Error::NotAnObject, u"frame is not a JSON object"_s);
            return std::nullopt;
        }
        if (parseError.error != QJsonParseError::NoError) {
            fail(Error::InvalidJson,
                 u"frame is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                     .arg(parseError.offset));
            return std::nullopt;
        }
        if (!document.isObject()) {
            fail(Error::NotAnObject, u"frame is not a JSON object"_s);
            return std::nullopt;
        }
        if (m_readPos == m_buffer.size()) {
            m_buffer.clear();
            m_readPos = m_scanPos = 0;
        }
        return document.object();
    }
    return std::nullopt;
}

} // namespace chatbuddy
