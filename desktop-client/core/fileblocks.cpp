// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer link's block framing read from bytes (fileblocks.h): headers, the file's data,
// the end with its digest, and each way a sender can break the rules.
#include "fileblocks.h"

#include "filemessages.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace chatbuddy::client {

FileBlockReader::FileBlockReader(qint64 offset, qint64 size)
    : m_offset(offset)
    , m_size(size)
{
}

QByteArray FileBlockReader::digest() const
{
    return m_state == State::Ended ? QByteArray(m_pending, DigestSize) : QByteArray();
}

bool FileBlockReader::gather(QByteArrayView input, qsizetype want, qsizetype *used)
{
    const qsizetype n = std::min(want - m_pendingSize, input.size() - *used);
    if (n > 0) { // an empty view may have no data() at all
        std::memcpy(m_pending + m_pendingSize, input.data() + *used, size_t(n));
        m_pendingSize += n;
        *used += n;
    }
    return m_pendingSize == want;
}

FileBlockReader::Step FileBlockReader::fail(Error error, qsizetype used)
{
    m_state = State::Failed;
    m_error = error;
    return {Step::Failed, used, {}};
}

FileBlockReader::Step FileBlockReader::next(QByteArrayView input)
{
    qsizetype used = 0;
    while (true) {
        switch (m_state) {
        case State::Ended:
        case State::Failed:
            return {Step::Stopped, 0, {}};
        case State::Header: {
            if (!gather(input, HeaderSize, &used))
                return {Step::NeedMore, used, {}};
            const quint32 length = qFromBigEndian<quint32>(m_pending);
            m_pendingSize = 0;
            if (length == 0) {
                m_state = State::Digest;
            } else if (length > quint32(MaxFileBlock)) {
                return fail(Error::BlockTooLong, used);
            } else if (qint64(length) > m_size - m_offset - m_received) {
                return fail(Error::MoreThanOffered, used);
            } else {
                m_blockLeft = length;
                m_state = State::BlockData;
            }
            break;
        }
        case State::BlockData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_blockLeft, input.size() - used));
            if (n == 0)
                return {Step::NeedMore, used, {}};
            const QByteArrayView data = input.sliced(used, n);
            used += n;
            m_blockLeft -= n;
            m_received += n;
            if (m_blockLeft == 0)
                m_state = State::Header;
            return {Step::Data, used, data};
        }
        case State::Digest:
            if (!gather(input, DigestSize, &used))
                return {Step::NeedMore, used, {}};
            if (m_received != m_size - m_offset)
                return fail(Error::EndedShort, used);
            m_state = State::Ended;
            return {Step::End, used, {}};
        }
    }
}

} // namespace chatbuddy::client
