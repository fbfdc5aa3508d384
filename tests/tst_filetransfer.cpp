// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of a file transfer (desktop-client/core/filestream.h) over a real TLS connection on
// loopback between two identities: the whole file arrives and its SHA-256 matches; a resumed
// transfer sends only what the receiver lacks; a changed byte in what the receiver kept, a
// sender that sends more than it offered or a wrong digest are refused and never finish; a
// full disk is a clear error; a file that changed since it was offered is not sent; each way a
// stream can be broken reaches the user with its reason and message (the framing itself, fed
// in chunks: tst_fileblocks).

#include "filemessages.h"
#include "filestream.h"
#include "identity.h"
#include "sha256.h"
#include "tlsconfig.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;

namespace {
constexpr int Wait = 20'000;

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray block(const QByteArray &data)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(quint32(data.size()), bytes.data());
    return bytes + data;
}

QByteArray end(const QByteArray &digest)
{
    return QByteArray(4, '\0') + digest;
}

QByteArray header(quint32 length)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(length, bytes.data());
    return bytes;
}

// A device that takes `room` bytes and then fails, as a file on a full disk does.
class FullDisk : public QBuffer {
public:
    explicit FullDisk(qint64 room)
        : m_room(room)
    {
        open(QIODevice::ReadWrite);
    }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (pos() + length > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_room;
};
} // namespace

class TestFileTransfer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeFileArrives_data();
    void wholeFileArrives();
    void resumeSendsOnlyTheRest();
    void changedByteInThePartIsCaught();
    void senderSendsMoreThanOffered();
    void wrongDigestIsRefused();
    void endsTooEarly();
    void fullDiskIsAClearError();
    void changedFileIsNotSent();
    void brokenStreamIsRefused_data();
    void brokenStreamIsRefused();

private:
    // Two TLS sockets on loopback, each with its own identity: m_out (connected) and m_in.
    void connectPair();
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Identity m_alice, m_bob;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSslServer> m_server;
    std::unique_ptr<QSslSocket> m_out;
    QSslSocket *m_in = nullptr;
};

void TestFileTransfer::initTestCase()
{
    auto alice = Identity::generate(u"alice"_s);
    auto bob = Identity::generate(u"bob"_s);
    QVERIFY(alice && bob);
    m_alice = *alice;
    m_bob = *bob;
}

void TestFileTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    connectPair();
}

void TestFileTransfer::cleanup()
{
    m_out.reset();
    m_server.reset(); // its sockets with it
    m_in = nullptr;
    m_dir.reset();
}

void TestFileTransfer::connectPair()
{
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(tlsConfiguration(m_bob));
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_out = std::make_unique<QSslSocket>();
    m_out->setSslConfiguration(tlsConfiguration(m_alice));
    m_out->connectToHostEncrypted(u"127.0.0.1"_s, m_server->serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(m_out->isEncrypted() && m_server->hasPendingConnections(), Wait);
    m_in = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
    QVERIFY(m_in);
    QTRY_VERIFY_WITH_TIMEOUT(m_in->isEncrypted(), Wait);
    QCOMPARE(fingerprintOf(m_in->peerCertificate()), m_alice.fingerprint());
}

void TestFileTransfer::wholeFileArrives_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("one block exactly") << qint64(256 * 1024);
    QTest::newRow("5 MiB and some") << qint64(5 * 1024 * 1024 + 123);
}

void TestFileTransfer::wholeFileArrives()
{
    QFETCH(qint64, size);
    const QByteArray content = randomBytes(size);
    QVERIFY(writeFile(path(u"photo.jpg"_s), content));
    QVERIFY(writeFile(path(u"photo.jpg.part"_s), {}));
    FileSender sender(m_out.get(), path(u"photo.jpg"_s), 0, size);
    FileReceiver receiver(m_in, path(u"photo.jpg.part"_s), 0, size);
    QSignalSpy sent(&sender, &FileSender::finished);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    QSignalSpy progress(&receiver, &FileReceiver::progress);
    receiver.start();
    sender.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Wait);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(receiver.received(), size);
    QCOMPARE(sender.sent(), size);
    QCOMPARE(Sha256::of(readFile(path(u"photo.jpg.part"_s))), Sha256::of(content));
    if (size > 0) {
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), size);
    }
}

void TestFileTransfer::resumeSendsOnlyTheRest()
{
    const qint64 size = 4 * 1024 * 1024 + 7;
    const qint64 kept = 3'000'001; // what arrived before the link went
    const QByteArray content = randomBytes(size);
    QVERIFY(writeFile(path(u"video.mp4"_s), content));
    // The part may hold a few bytes past what was agreed (a crash mid-write): they go.
    QVERIFY(writeFile(path(u"video.mp4.part"_s), content.left(kept) + "garbage"));
    FileSender sender(m_out.get(), path(u"video.mp4"_s), kept, size);
    FileReceiver receiver(m_in, path(u"video.mp4.part"_s), kept, size);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    receiver.start();
    sender.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Wait);
    QCOMPARE(sender.sent(), size - kept); // only the rest went over the link
    QCOMPARE(receiver.received(), size - kept);
    QCOMPARE(readFile(path(u"video.mp4.part"_s)), content);
}

void TestFileTransfer::changedByteInThePartIsCaught()
{
    const qint64 size = 2 * 1024 * 1024;
    const qint64 kept = 1024 * 1024;
    const QByteArray content = randomBytes(size);
    QVERIFY(writeFile(path(u"doc.pdf"_s), content));
    QByteArray damaged = content.left(kept);
    damaged[12345] = char(damaged[12345] ^ 0x20);
    QVERIFY(writeFile(path(u"doc.pdf.part"_s), damaged));
    FileSender sender(m_out.get(), path(u"doc.pdf"_s), kept, size);
    FileReceiver receiver(m_in, path(u"doc.pdf.part"_s), kept, size);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    QSignalSpy failed(&receiver, &FileReceiver::failed);
    receiver.start();
    sender.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Wait);
    QCOMPARE(failed.first().at(0).toString(), QString(fileReason::Corrupt));
    QVERIFY(failed.first().at(1).toString().contains(u"did not arrive intact"_s));
    QCOMPARE(arrived.count(), 0);
}

void TestFileTransfer::senderSendsMoreThanOffered()
{
    QVERIFY(writeFile(path(u"x.part"_s), {}));
    FileReceiver receiver(m_in, path(u"x.part"_s), 0, 10);
    QSignalSpy failed(&receiver, &FileReceiver::failed);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    receiver.start();
    m_out->write(block("0123456789") + block("and more"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Wait);
    QVERIFY(failed.first().at(1).toString().contains(u"more than the 10 bytes"_s));
    QCOMPARE(arrived.count(), 0);
    QCOMPARE(readFile(path(u"x.part"_s)), QByteArray("0123456789")); // nothing past the size
}

void TestFileTransfer::wrongDigestIsRefused()
{
    QVERIFY(writeFile(path(u"x.part"_s), {}));
    FileReceiver receiver(m_in, path(u"x.part"_s), 0, 5);
    QSignalSpy failed(&receiver, &FileReceiver::failed);
    receiver.start();
    m_out->write(block("hello") + end(Sha256::of("hellO")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Wait);
    QCOMPARE(failed.first().at(0).toString(), QString(fileReason::Corrupt));
}

void TestFileTransfer::endsTooEarly()
{
    QVERIFY(writeFile(path(u"x.part"_s), {}));
    FileReceiver receiver(m_in, path(u"x.part"_s), 0, 6);
    QSignalSpy failed(&receiver, &FileReceiver::failed);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    receiver.start();
    m_out->write(block("hello") + end(Sha256::of("hello")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Wait);
    QVERIFY(failed.first().at(1).toString().contains(u"after 5 of 6 bytes"_s));
    QCOMPARE(arrived.count(), 0);
}

void TestFileTransfer::fullDiskIsAClearError()
{
    const qint64 size = 3 * 1024 * 1024;
    QVERIFY(writeFile(path(u"big.iso"_s), randomBytes(size)));
    FileSender sender(m_out.get(), path(u"big.iso"_s), 0, size);
    FileReceiver receiver(m_in, path(u"big.iso.part"_s), 0, size);
    receiver.setOpener([](const QString &) { return std::make_unique<FullDisk>(1024 * 1024); });
    QSignalSpy failed(&receiver, &FileReceiver::failed);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    receiver.start();
    sender.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Wait);
    QCOMPARE(failed.first().at(0).toString(), QString(fileReason::NoSpace));
    QVERIFY2(failed.first().at(1).toString().contains(u"No space left on device"_s),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(arrived.count(), 0);
    QVERIFY(receiver.received() <= 1024 * 1024);
}

void TestFileTransfer::changedFileIsNotSent()
{
    QVERIFY(writeFile(path(u"notes.txt"_s), "twelve bytes"));
    FileSender sender(m_out.get(), path(u"notes.txt"_s), 0, 10); // offered at 10 bytes
    QSignalSpy failed(&sender, &FileSender::failed);
    sender.start();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QString(fileReason::Unreadable));
    QVERIFY(failed.first().at(1).toString().contains(u"changed since it was offered"_s));
    QCOMPARE(m_out->bytesToWrite() + m_out->encryptedBytesToWrite(), 0);
}

// Through FileReceiver on a real link: what the user is told, and the file never finishes.
void TestFileTransfer::brokenStreamIsRefused_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    QTest::newRow("block over MaxFileBlock")
        << qint64(2 * MaxFileBlock) << header(MaxFileBlock + 1) + randomBytes(100)
        << QString(fileReason::Failed)
        << u"The sender sent more than the 2097152 bytes it offered."_s;
    QTest::newRow("block past the offer")
        << qint64(10) << block("0123456789") + block("and more") << QString(fileReason::Failed)
        << u"The sender sent more than the 10 bytes it offered."_s;
    QTest::newRow("end before the size")
        << qint64(6) << block("hello") + end(Sha256::of("hello")) << QString(fileReason::Failed)
        << u"The sender ended the file after 5 of 6 bytes."_s;
    QTest::newRow("wrong digest")
        << qint64(5) << block("hello") + end(Sha256::of("hellO")) << QString(fileReason::Corrupt)
        << u"The file did not arrive intact (its SHA-256 does not match), so it was not kept."_s;
}

void TestFileTransfer::brokenStreamIsRefused()
{
    QFETCH(qint64, size);
    QFETCH(QByteArray, stream);
    QFETCH(QString, reason);
    QFETCH(QString, message);

    QVERIFY(writeFile(path(u"x.part"_s), {}));
    FileReceiver receiver(m_in, path(u"x.part"_s), 0, size);
    QSignalSpy failed(&receiver, &FileReceiver::failed);
    QSignalSpy arrived(&receiver, &FileReceiver::finished);
    receiver.start();
    m_out->write(stream);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Wait);
    QCOMPARE(failed.first().at(0).toString(), reason);
    QCOMPARE(failed.first().at(1).toString(), message);
    QCOMPARE(arrived.count(), 0);
}

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "tst_filetransfer.moc"
