// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bytes of one file transfer on its transfer link (docs/protocol.md §10). After the two
// `file-link` frames the sender writes the file from the accepted offset in binary blocks
//
//     [length: 4 bytes, big-endian, 1 to MaxFileBlock][length bytes of the file]
//
// and ends with [0, 0, 0, 0][32 bytes: the SHA-256 of the whole file, offset 0 to size]
// (the receiver reads this framing with FileBlockReader, fileblocks.h).
// TLS authenticates every record as it arrives; the whole file's SHA-256 is checked before
// the file may take its name. Neither side holds more than a few blocks in memory: the sender
// reads ahead only while TLS has little queued, the receiver's socket buffer is bounded, so
// TCP slows the sender down when the receiver's disk is slower than the network.
//
// Both sides hash the first `offset` bytes they already have before the rest moves (a resumed
// transfer: the sender reads them again from its file, the receiver from its `.part`), a
// slice per event-loop turn, so the thread stays responsive.

#include "fileblocks.h"
#include "sha256.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QIODevice;
class QFile;
class QSslSocket;

namespace chatbuddy::client {

// Hashes the first `bytes` bytes of a file, a slice per event-loop
// turn; done(ok) at the end (false if the file is shorter or unreadable).
class PrefixHasher : public QObject {
    Q_OBJECT
public:
    PrefixHasher(QIODevice *file, qint64 bytes, Sha256 *hash, QObject *parent);
    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    void step();

    QIODevice *m_file;
    qint64 m_left;
    Sha256 *m_hash;
};

class FileSender : public QObject {
    Q_OBJECT
public:
    // Sends path from offset (size bytes in all) on socket, which is encrypted and past the
    // file-link frames; the socket is not owned and must outlive the sender.
    FileSender(QSslSocket *socket, const QString &path, qint64 offset, qint64 size,
               QObject *parent = nullptr);
    ~FileSender() override;

    void start();
    // Stops sending (the caller says why on the chat and closes the link).
    void stop();
    qint64 offset() const { return m_offset; }
    qint64 size() const { return m_size; }
    qint64 sent() const { return m_sent; } // bytes of the file written since offset

Q_SIGNALS:
    void progress(qint64 done, qint64 size); // done counts from 0, offset included
    // Every block and the end are written to the socket (the receiver says file-done).
    void finished();
    void failed(const QString &reason, const QString &message); // reason: fileReason

private:
    void pump();
    void fail(QLatin1StringView reason, const QString &message);

    QPointer<QSslSocket> m_socket;
    std::unique_ptr<QFile> m_file;
    QString m_path;
    qint64 m_offset;
    qint64 m_size;
    qint64 m_sent = 0;
    Sha256 m_hash;
    bool m_streaming = false;
    bool m_ended = false; // the end block is written
    bool m_stopped = false;
};

class FileReceiver : public QObject {
    Q_OBJECT
public:
    // Opens the file the bytes go to (the `.part`), for appending at offset; tests inject a
    // device that fails, as a full disk would.
    using Opener = std::function<std::unique_ptr<QIODevice>(const QString &path)>;

    // Receives size bytes in all into partPath, of which the first offset are there already,
    // from socket (encrypted, past the file-link frames; not owned).
    FileReceiver(QSslSocket *socket, const QString &partPath, qint64 offset, qint64 size,
                 QObject *parent = nullptr);
    ~FileReceiver() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void start();
    void stop();
    qint64 received() const { return m_received; } // bytes of the file written since offset

    // What the user is told when the sender broke the block format (blocks.error() is set).
    struct Failure {
        QLatin1StringView reason; // fileReason
        QString message;
    };
    static Failure blockFailure(const FileBlockReader &blocks);

Q_SIGNALS:
    void progress(qint64 done, qint64 size);
    // All of it is in partPath and its SHA-256 is the sender's: it may take its name.
    void finished();
    void failed(const QString &reason, const QString &message); // reason: fileReason

private:
    void onReadyRead();
    void readAvailable();
    bool readBlocks();
    bool writeData(QByteArrayView data);
    bool reserveSpace();
    void fail(QLatin1StringView reason, const QString &message);

    QPointer<QSslSocket> m_socket;
    std::unique_ptr<QIODevice> m_part;
    Opener m_opener;
    QString m_partPath;
    qint64 m_offset;
    qint64 m_size;
    qint64 m_received = 0;
    FileBlockReader m_blocks;
    bool m_reading = false;    // the prefix is hashed, blocks are read
    bool m_readQueued = false; // readAvailable() is called in the next event-loop turn
    bool m_stopped = false;
    QByteArray m_buffer; // what was read from the socket, reused
    Sha256 m_hash;
};

} // namespace chatbuddy::client
