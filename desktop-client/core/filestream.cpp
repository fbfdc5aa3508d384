// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestream.h"

#include "filemessages.h"

#include <QFile>
#include <QFileDevice>
#include <QSslSocket>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
constexpr qint64 HashSlice = 4 * 1024 * 1024; // bytes hashed per event-loop turn
constexpr qint64 SendBlock = 256 * 1024;      // bytes of the file per block sent
// What may wait in TLS before reading more: QSslSocket encrypts what waits in one go when the
// socket can take more, so this bounds how long one event-loop turn of the chat's thread takes.
constexpr qint64 SendAhead = 1024 * 1024;
constexpr qint64 ReceiveBuffer = 1024 * 1024; // the receiving socket's buffer at most
constexpr int HeaderSize = FileBlockReader::HeaderSize;

QByteArray header(quint32 length)
{
    QByteArray bytes(HeaderSize, '\0');
    qToBigEndian(length, bytes.data());
    return bytes;
}
} // namespace

// PrefixHasher

PrefixHasher::PrefixHasher(QIODevice *file, qint64 bytes, Sha256 *hash, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_left(bytes)
    , m_hash(hash)
{
}

void PrefixHasher::start()
{
    if (m_left <= 0 || !m_file->seek(0)) {
        const bool ok = m_left <= 0;
        QTimer::singleShot(0, this, [this, ok] { Q_EMIT done(ok); });
        return;
    }
    QTimer::singleShot(0, this, &PrefixHasher::step);
}

void PrefixHasher::step()
{
    const QByteArray slice = m_file->read(std::min(m_left, HashSlice));
    if (slice.isEmpty()) {
        Q_EMIT done(false); // shorter than it should be, or unreadable
        return;
    }
    m_hash->add(slice);
    m_left -= slice.size();
    if (m_left == 0)
        Q_EMIT done(true);
    else
        QTimer::singleShot(0, this, &PrefixHasher::step);
}

// FileSender

FileSender::FileSender(QSslSocket *socket, const QString &path, qint64 offset, qint64 size,
                       QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_path(path)
    , m_offset(offset)
    , m_size(size)
{
}

FileSender::~FileSender() = default;

void FileSender::start()
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(fileReason::Unreadable,
             tr("%1 cannot be read: %2").arg(m_path, m_file->errorString()));
        return;
    }
    if (m_file->size() != m_size || m_offset < 0 || m_offset > m_size) {
        fail(fileReason::Unreadable,
             tr("%1 changed since it was offered (it has %2 bytes now, not %3).")
                 .arg(m_path)
                 .arg(m_file->size())
                 .arg(m_size));
        return;
    }
    auto *hasher = new PrefixHasher(m_file.get(), m_offset, &m_hash, this);
    connect(hasher, &PrefixHasher::done, this, [this, hasher](bool ok) {
        hasher->deleteLater();
        if (m_stopped)
            return;
        if (!ok || !m_file->seek(m_offset)) {
            fail(fileReason::Unreadable,
                 tr("%1 could not be read again: %2").arg(m_path, m_file->errorString()));
            return;
        }
        m_streaming = true;
        connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &FileSender::pump);
        connect(m_socket, &QSslSocket::bytesWritten, this, &FileSender::pump);
        pump();
    });
    hasher->start();
}

void FileSender::stop()
{
    m_stopped = true;
    m_streaming = false;
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
}

void FileSender::pump()
{
    if (!m_streaming || m_stopped || !m_socket)
        return;
    while (!m_ended && m_socket->encryptedBytesToWrite() + m_socket->bytesToWrite() < SendAhead) {
        const qint64 left = m_size - m_offset - m_sent;
        if (left == 0) {
            m_socket->write(header(0));
            m_socket->write(m_hash.result());
            m_ended = true;
            break;
        }
        const QByteArray block = m_file->read(std::min(left, SendBlock));
        if (block.isEmpty()) {
            fail(fileReason::Unreadable,
                 tr("%1 could not be read: %2").arg(m_path, m_file->errorString()));
            return;
        }
        m_hash.add(block);
        // Two writes, not header + block: that would copy every block once more.
        m_socket->write(header(quint32(block.size())));
        m_socket->write(block);
        m_sent += block.size();
        Q_EMIT progress(m_offset + m_sent, m_size);
    }
    if (m_ended && m_socket->encryptedBytesToWrite() + m_socket->bytesToWrite() == 0) {
        m_streaming = false;
        disconnect(m_socket, nullptr, this, nullptr);
        Q_EMIT finished();
    }
}

void FileSender::fail(QLatin1StringView reason, const QString &message)
{
    stop();
    Q_EMIT failed(QString(reason), message);
}

// FileReceiver

FileReceiver::FileReceiver(QSslSocket *socket, const QString &partPath, qint64 offset, qint64 size,
                           QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_partPath(partPath)
    , m_offset(offset)
    , m_size(size)
    , m_blocks(offset, size)
{
}

FileReceiver::~FileReceiver() = default;

void FileReceiver::start()
{
    if (m_opener) {
        m_part = m_opener(m_partPath);
    } else {
        // Unbuffered: a write that fails (a full disk) says so at once, not at a later flush.
        auto file = std::make_unique<QFile>(m_partPath);
        if (file->open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            if (file->size() < m_offset) {
                fail(fileReason::Failed,
                     tr("%1 has less of the file than was agreed; the transfer starts again.")
                         .arg(m_partPath));
                return;
            }
            // What is past the offset was never agreed on (a crash mid-write): it goes.
            if (file->resize(m_offset))
                m_part = std::move(file);
        }
    }
    if (!m_part || !m_part->isOpen()) {
        fail(fileReason::CannotWrite, tr("%1 cannot be written.").arg(m_partPath));
        return;
    }
    if (!reserveSpace())
        return;
    m_socket->setReadBufferSize(ReceiveBuffer);
    auto *hasher = new PrefixHasher(m_part.get(), m_offset, &m_hash, this);
    connect(hasher, &PrefixHasher::done, this, [this, hasher](bool ok) {
        hasher->deleteLater();
        if (m_stopped)
            return;
        if (!ok || !m_part->seek(m_offset)) {
            fail(fileReason::CannotWrite,
                 tr("What was received of the file before cannot be read again (%1).")
                     .arg(m_partPath));
            return;
        }
        m_reading = true;
        connect(m_socket, &QSslSocket::readyRead, this, &FileReceiver::onReadyRead);
        onReadyRead();
    });
    hasher->start();
}

bool FileReceiver::reserveSpace()
{
#ifdef Q_OS_LINUX
    // The disk space for the rest, reserved now: a disk too full says so before any byte
    // moves, and the file system allocates it once instead of block by block. KEEP_SIZE: the
    // .part's length stays what was written, which is what a resumption trusts.
    const auto *file = qobject_cast<QFileDevice *>(m_part.get());
    const qint64 rest = m_size - m_offset;
    if (!file || file->handle() < 0 || rest <= 0)
        return true;
    if (::fallocate(file->handle(), FALLOC_FL_KEEP_SIZE, m_offset, rest) == 0 || errno != ENOSPC)
        return true; // file systems that cannot (tmpfs of old, NFS) just write as they go
    fail(fileReason::NoSpace, tr("There is not enough free space for %1 (it needs %2 more bytes).")
                                  .arg(m_partPath)
                                  .arg(rest));
    return false;
#else
    return true;
#endif
}

void FileReceiver::stop()
{
    m_stopped = true;
    m_reading = false;
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    m_part.reset();
}

void FileReceiver::onReadyRead()
{
    // QSslSocket says readyRead for every 4 KiB it decrypts, all within one turn of the event
    // loop; reading each of them would mean a write() of 4 KiB to the file every time (262,000
    // for a GiB, the receiver's largest cost). The read waits for the next turn instead, when
    // everything that came is decrypted, and takes it in one go.
    if (m_readQueued)
        return;
    m_readQueued = true;
    QMetaObject::invokeMethod(this, &FileReceiver::readAvailable, Qt::QueuedConnection);
}

void FileReceiver::readAvailable()
{
    m_readQueued = false;
    if (!m_reading || m_stopped || !m_socket)
        return;
    const qint64 before = m_received;
    while (m_reading && m_socket->bytesAvailable() > 0) {
        if (!readBlocks())
            return;
    }
    if (m_received != before)
        Q_EMIT progress(m_offset + m_received, m_size);
}

bool FileReceiver::readBlocks()
{
    // What the socket holds (its buffer is bounded: ReceiveBuffer), read into one buffer kept
    // for the whole transfer; the block reader hands the file's bytes back as views into it.
    if (m_buffer.isEmpty())
        m_buffer.resize(ReceiveBuffer);
    const qint64 read = m_socket->read(m_buffer.data(), m_buffer.size());
    if (read < 0) {
        fail(fileReason::Failed, tr("The transfer link failed: %1").arg(m_socket->errorString()));
        return false;
    }
    QByteArrayView rest(m_buffer.constData(), read);
    while (true) {
        const FileBlockReader::Step step = m_blocks.next(rest);
        rest = rest.sliced(step.used);
        switch (step.kind) {
        case FileBlockReader::Step::NeedMore:
        case FileBlockReader::Step::Stopped:
            return true;
        case FileBlockReader::Step::Data:
            m_hash.add(step.data);
            if (!writeData(step.data))
                return false;
            m_received += step.data.size();
            break;
        case FileBlockReader::Step::Failed: {
            const Failure failure = blockFailure(m_blocks);
            fail(failure.reason, failure.message);
            return false;
        }
        case FileBlockReader::Step::End:
            if (m_hash.result() != m_blocks.digest()) {
                fail(fileReason::Corrupt,
                     tr("The file did not arrive intact (its SHA-256 does not match), so it "
                        "was not kept."));
                return false;
            }
            m_reading = false;
            disconnect(m_socket, nullptr, this, nullptr);
            m_part.reset(); // closed: everything is in the file
            Q_EMIT progress(m_size, m_size);
            Q_EMIT finished();
            return false;
        }
    }
}

FileReceiver::Failure FileReceiver::blockFailure(const FileBlockReader &blocks)
{
    switch (blocks.error()) {
    case FileBlockReader::Error::BlockTooLong:
    case FileBlockReader::Error::MoreThanOffered:
        return {fileReason::Failed,
                tr("The sender sent more than the %1 bytes it offered.").arg(blocks.size())};
    case FileBlockReader::Error::EndedShort:
        return {fileReason::Failed, tr("The sender ended the file after %1 of %2 bytes.")
                                        .arg(blocks.offset() + blocks.received())
                                        .arg(blocks.size())};
    case FileBlockReader::Error::None:
        break;
    }
    return {fileReason::Failed, QString()};
}

bool FileReceiver::writeData(QByteArrayView data)
{
    if (m_part->write(data.data(), data.size()) == data.size())
        return true;
    const QString why = m_part->errorString();
    fail(fileReason::NoSpace, tr("The file could not be written (%1); is the disk full?")
                                  .arg(why.isEmpty() ? tr("unknown error") : why));
    return false;
}

void FileReceiver::fail(QLatin1StringView reason, const QString &message)
{
    stop();
    Q_EMIT failed(QString(reason), message);
}

} // namespace chatbuddy::client
