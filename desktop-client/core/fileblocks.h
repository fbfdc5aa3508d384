// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The framing of a file's bytes on its transfer link (docs/protocol.md §10), apart from any
// socket, so that it can be tested and fuzzed on its own: FileReceiver feeds it what the
// socket holds and it says what those bytes are. The stream is
//
//     [length: 4 bytes, big-endian, 1 to MaxFileBlock][length bytes of the file] ...
//     [0, 0, 0, 0][32 bytes: the SHA-256 of the whole file, offset 0 to size]
//
// The reader keeps no more than an unfinished header or digest (at most 32 bytes); the file's
// bytes are handed back as views into the caller's input, never copied.

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace chatbuddy::client {

class FileBlockReader {
public:
    // How the sender broke the rules.
    enum class Error {
        None,
        BlockTooLong,    // a header over MaxFileBlock
        MoreThanOffered, // a block past the offered size
        EndedShort,      // the end (with its digest) before the offered size
    };

    struct Step {
        enum Kind {
            NeedMore, // all of the input is taken; more is needed to say anything
            Data,     // `data` is the next part of the file
            End,      // all of the file came; digest() is the sender's SHA-256
            Failed,   // error() says how the stream is broken
            Stopped,  // End or Failed was said before: nothing is taken any more
        };
        Kind kind = NeedMore;
        qsizetype used = 0;  // bytes taken from the front of the input
        QByteArrayView data; // Data: a view into the input, the last data.size() bytes taken
    };

    static constexpr int HeaderSize = 4;
    static constexpr int DigestSize = 32;

    // The file has size bytes, and the first offset of them are there already (0 <= offset <=
    // size): size - offset bytes are to come.
    FileBlockReader(qint64 offset, qint64 size);

    // Takes bytes from the front of input until there is something to say; call it again with
    // the rest of the input (input.sliced(step.used)) until it says NeedMore.
    Step next(QByteArrayView input);

    qint64 offset() const { return m_offset; }
    qint64 size() const { return m_size; }
    qint64 received() const { return m_received; } // bytes of the file handed back as Data
    Error error() const { return m_error; }
    // The sender's SHA-256 of the whole file, once End was said (else empty).
    QByteArray digest() const;

private:
    Step fail(Error error, qsizetype used);
    // Copies up to `want` bytes of a header or the digest into m_pending; true once it has them.
    bool gather(QByteArrayView input, qsizetype want, qsizetype *used);

    enum class State { Header, BlockData, Digest, Ended, Failed };

    qint64 m_offset;
    qint64 m_size;
    qint64 m_received = 0;
    qint64 m_blockLeft = 0; // bytes of the current block still to come
    State m_state = State::Header;
    Error m_error = Error::None;
    char m_pending[DigestSize] = {}; // the header or digest so far
    qsizetype m_pendingSize = 0;
};

} // namespace chatbuddy::client
