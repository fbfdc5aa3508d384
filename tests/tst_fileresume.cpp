// SPDX-License-Identifier: GPL-3.0-or-later
// Files that outlast what cuts them (docs/files.md), with real clients, a real hub and TLS on
// loopback: a transfer cut by the receiver's or the sender's quit goes on from what the
// receiver's .part holds once both are back (only the rest crosses: the byte count is checked),
// a file for a contact who is away goes when they come online, a .part changed while it
// waited is caught by the SHA-256 and never takes the name, a full disk is told to the sender,
// the sender can cancel, and a plain-text chat says that files need ChatBuddy.

#include "chatsession.h"
#include "history.h"
#include "hubfixture.h"
#include "settings.h"
#include "testperson.h"
#include "transfers.h"
#include "usersmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using chatbuddy::test::HubFixture;
using chatbuddy::test::TestPerson;

namespace {
constexpr int Wait = 20'000;
constexpr qint64 MiB = 1024 * 1024;

// A file of size pseudo-random bytes at path; its content.
QByteArray writeFile(const QString &path, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(11);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != size)
        return {};
    return bytes;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<Transfer> transferOf(TestPerson &person, const QString &id)
{
    return person.client ? person.client->transfers()->transfer(id) : std::nullopt;
}

Transfer::State stateOf(TestPerson &person, const QString &id)
{
    const auto t = transferOf(person, id);
    return t ? t->state : Transfer::State::Failed;
}

// The .part files in folder.
QStringList partsIn(const QString &folder)
{
    return QDir(folder).entryList({u"*.part"_s}, QDir::Files);
}

// A device that writes to a file until it has limit bytes, then fails as a full disk does.
class FullDisk : public QIODevice {
public:
    FullDisk(const QString &path, qint64 limit)
        : m_file(path)
        , m_limit(limit)
    {
        m_file.open(QIODevice::ReadWrite);
        open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *data, qint64 max) override { return m_file.read(data, max); }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_file.size() + length > m_limit) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        return m_file.write(data, length);
    }

private:
    QFile m_file;
    qint64 m_limit;
};
} // namespace

class TestFileResume : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resumesAfterAQuit_data();
    void resumesAfterAQuit();
    void resumesAfterAKill_data();
    void resumesAfterAKill();
    void changedPartIsNotKept();
    void fileForAnAbsentContactGoesLater();
    void fullDiskIsTold();
    void senderCancels();
    void sizeLimitAndVerifiedContacts();
    void plainTextChatSaysFilesNeedChatBuddy();

private:
    // Alice and Bob online, in a chat Alice opened and Bob accepted (so each knows the other).
    bool meet();
    // Alice offers a file of size bytes on her chat and Bob saves it in m_saved; the id.
    QString sendAndAccept(qint64 size);
    // Quits person (its app) as soon as the receiver has at least bytes of the file.
    void quitWhenReceived(std::unique_ptr<TestPerson> &person, const QString &id, qint64 bytes);

    std::unique_ptr<HubFixture> m_hub;
    std::unique_ptr<TestPerson> m_alice, m_bob;
    std::unique_ptr<QTemporaryDir> m_sent, m_saved;
    ChatSession *m_aliceChat = nullptr;
    QByteArray m_content;
};

void TestFileResume::init()
{
    m_hub = std::make_unique<HubFixture>();
    QVERIFY(m_hub->start());
    m_alice = std::make_unique<TestPerson>(u"alice"_s);
    m_bob = std::make_unique<TestPerson>(u"bob"_s);
    m_sent = std::make_unique<QTemporaryDir>();
    m_saved = std::make_unique<QTemporaryDir>();
}

void TestFileResume::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_hub.reset();
    m_sent.reset();
    m_saved.reset();
    m_aliceChat = nullptr;
}

bool TestFileResume::meet()
{
    if (!m_alice->logIn(m_hub->port(), u"alice"_s) || !m_bob->logIn(m_hub->port(), u"bob"_s))
        return false;
    auto [out, in] = test::openChat(*m_alice, *m_bob, u"bob"_s);
    m_aliceChat = out;
    return out && in && out->isActive() && in->isActive() && out->canSendFiles();
}

QString TestFileResume::sendAndAccept(qint64 size)
{
    const QString source = m_sent->filePath(u"film.mkv"_s);
    m_content = writeFile(source, size);
    if (m_content.size() != size)
        return {};
    QSignalSpy offered(m_bob->client->transfers(), &Transfers::offered);
    const auto id = m_alice->client->sendFile(m_aliceChat, source);
    if (!id || !QTest::qWaitFor([&] { return !offered.isEmpty(); }, Wait))
        return {};
    if (!m_bob->client->transfers()->accept(*id, m_saved->path()))
        return {};
    return *id;
}

void TestFileResume::quitWhenReceived(std::unique_ptr<TestPerson> &person, const QString &id,
                                      qint64 bytes)
{
    // Watched on the receiver; the quit comes from the event loop, not from inside a signal
    // of the app that goes.
    bool asked = false;
    QMetaObject::Connection watch =
        connect(m_bob->client->transfers(), &Transfers::changed, this, [&](const QString &changed) {
            const auto t = transferOf(*m_bob, changed);
            if (asked || changed != id || !t || t->done < bytes)
                return;
            asked = true;
            QMetaObject::invokeMethod(
                this, [&person] { person->quit(); }, Qt::QueuedConnection);
        });
    QTRY_VERIFY_WITH_TIMEOUT(!person->client, Wait);
    disconnect(watch);
}

void TestFileResume::resumesAfterAQuit_data()
{
    QTest::addColumn<bool>("receiverQuits");
    QTest::newRow("the receiver quits") << true;
    QTest::newRow("the sender quits") << false;
}

// A 48 MiB transfer cut after a third by one side quitting: the other side waits; once the
// app is back and logged in, a chat is opened by itself, the file is offered again, and only
// what the receiver's .part does not hold crosses; it arrives whole.
void TestFileResume::resumesAfterAQuit()
{
    QFETCH(bool, receiverQuits);
    QVERIFY(meet());
    const qint64 size = 48 * MiB;
    const QString id = sendAndAccept(size);
    QVERIFY(!id.isEmpty());
    std::unique_ptr<TestPerson> &quitter = receiverQuits ? m_bob : m_alice;
    TestPerson &stayer = receiverQuits ? *m_alice : *m_bob;
    quitWhenReceived(quitter, id, size / 3);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(stayer, id), Transfer::State::Waiting, Wait);

    const QStringList parts = partsIn(m_saved->path());
    QCOMPARE(parts.size(), 1);
    const qint64 kept = QFileInfo(m_saved->filePath(parts.first())).size();
    QVERIFY2(kept >= size / 3 && kept < size, qPrintable(QString::number(kept)));

    QVERIFY(quitter->restart());
    QCOMPARE(stateOf(*quitter, id), Transfer::State::Waiting); // known again, from the disk
    QVERIFY(quitter->logIn(m_hub->port(), receiverQuits ? u"bob"_s : u"alice"_s));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_bob, id), Transfer::State::Done, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, id), Transfer::State::Done, Wait);

    const Transfer sent = *transferOf(*m_alice, id);
    const Transfer received = *transferOf(*m_bob, id);
    QCOMPARE(received.resumedAt, kept);
    QCOMPARE(sent.resumedAt, kept);
    // Only the rest crossed since the restart (the quitter's counts start with its new run).
    QCOMPARE(quitter->client->transfers()->transfer(id)->moved, size - kept);
    QCOMPARE(contentOf(received.path), m_content);
    QCOMPARE(QFileInfo(received.path).dir().canonicalPath(), QDir(m_saved->path()).canonicalPath());
    QVERIFY(partsIn(m_saved->path()).isEmpty());
}

void TestFileResume::resumesAfterAKill_data()
{
    QTest::addColumn<bool>("receiverKilled");
    QTest::newRow("kill -9 of the receiver") << true;
    QTest::newRow("kill -9 of the sender") << false;
}

// The other side is a client in its own process (tests/support/filepeer.cpp), killed with
// SIGKILL once a third of a 256 MiB file has crossed: nothing of it says goodbye. Started again
// on the same profile, it logs in, the chat and the offer come by themselves, and the transfer
// goes on from what the .part held at the kill: only the rest crosses.
void TestFileResume::resumesAfterAKill()
{
    QFETCH(bool, receiverKilled);
    const qint64 size = 256 * MiB;
    const QString source = m_sent->filePath(u"film.mkv"_s);
    m_content = writeFile(source, size);
    QCOMPARE(m_content.size(), size);
    TestPerson &here = receiverKilled ? *m_alice : *m_bob;
    QVERIFY(here.logIn(m_hub->port(), here.profileName));
    QTemporaryDir peerHome;
    const QString peerName = receiverKilled ? u"bob"_s : u"alice"_s;
    QStringList arguments{u"--profile"_s, peerHome.filePath(peerName),   u"--name"_s, peerName,
                          u"--hub"_s,     QString::number(m_hub->port())};
    if (receiverKilled)
        arguments << u"--save-to"_s << m_saved->path();
    QProcess peer;
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QStringLiteral(FILEPEER),
               receiverKilled ? arguments
                              : arguments + QStringList{u"--send"_s, source, u"--to"_s, u"bob"_s});
    QVERIFY(peer.waitForStarted());

    QString id;
    Transfers *transfers = here.client->transfers();
    if (receiverKilled) { // Alice offers on a chat she opens; the peer saves what comes
        std::optional<UserInfo> bob;
        QTRY_VERIFY_WITH_TIMEOUT((bob = m_alice->client->users()->find(u"bob"_s)), Wait);
        ChatSession *chat = m_alice->client->chatWith(*bob);
        QTRY_VERIFY_WITH_TIMEOUT(chat->canSendFiles(), Wait);
        const auto sent = m_alice->client->sendFile(chat, source);
        QVERIFY(sent);
        id = *sent;
    } else { // the peer opens a chat and offers; Bob takes both
        connect(m_bob->client.get(), &Client::chatRequested, this,
                [](ChatSession *session) { session->accept(u"bob"_s); });
        QSignalSpy offered(transfers, &Transfers::offered);
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), Wait);
        id = offered.first().first().toString();
        QVERIFY(transfers->accept(id, m_saved->path()));
    }
    // Killed from inside the progress signal, so the third is where it stops.
    const QMetaObject::Connection killer =
        connect(transfers, &Transfers::changed, this, [&](const QString &changed) {
            const auto t = transfers->transfer(changed);
            if (changed == id && t && t->done >= size / 3 && peer.state() == QProcess::Running)
                peer.kill();
        });
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(here, id), Transfer::State::Waiting, Wait);
    disconnect(killer);
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, Wait);
    QCOMPARE(peer.exitStatus(), QProcess::CrashExit);
    const QStringList parts = partsIn(m_saved->path());
    QCOMPARE(parts.size(), 1);
    const qint64 kept = QFileInfo(m_saved->filePath(parts.first())).size();
    QVERIFY2(kept >= size / 4 && kept < size, qPrintable(QString::number(kept)));
    const qint64 movedBefore = transferOf(here, id)->moved;

    peer.start(QStringLiteral(FILEPEER), arguments); // the same profile; nothing more to send
    QVERIFY(peer.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(here, id), Transfer::State::Done, Wait);
    const Transfer t = *transferOf(here, id);
    QCOMPARE(t.resumedAt, kept);
    QCOMPARE(t.moved - movedBefore, size - kept); // only the rest crossed
    const QString arrived = receiverKilled ? m_saved->filePath(u"film.mkv"_s) : t.path;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(arrived), Wait);
    QCOMPARE(contentOf(arrived), m_content);
    peer.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, Wait);
}

// What the .part holds is not trusted to be what came: a byte changed while the transfer
// waited makes the whole file's SHA-256 differ; it never takes its name, both sides say so.
void TestFileResume::changedPartIsNotKept()
{
    QVERIFY(meet());
    const qint64 size = 24 * MiB;
    const QString id = sendAndAccept(size);
    QVERIFY(!id.isEmpty());
    quitWhenReceived(m_bob, id, size / 4);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, id), Transfer::State::Waiting, Wait);
    const QStringList parts = partsIn(m_saved->path());
    QCOMPARE(parts.size(), 1);
    {
        QFile part(m_saved->filePath(parts.first()));
        QVERIFY(part.open(QIODevice::ReadWrite) && part.seek(1000));
        char byte = 0;
        QVERIFY(part.getChar(&byte) && part.seek(1000) && part.putChar(char(byte ^ 0x5a)));
    }
    QVERIFY(m_bob->restart());
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_bob, id), Transfer::State::Failed, Wait);
    QVERIFY2(transferOf(*m_bob, id)->message.contains(u"SHA-256"_s),
             qPrintable(transferOf(*m_bob, id)->message));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, id), Transfer::State::Failed, Wait);
    QVERIFY(transferOf(*m_alice, id)->message.contains(u"SHA-256"_s));
    QVERIFY(QDir(m_saved->path()).isEmpty()); // no file, no part
}

// Alice sends Bob a file while Bob is away: it waits in her queue, and goes once he logs in.
void TestFileResume::fileForAnAbsentContactGoesLater()
{
    QVERIFY(meet());
    const auto bob =
        m_alice->client->history()->contactByFingerprint(m_bob->profile->fingerprint());
    QVERIFY(bob);
    m_bob->quit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->client->users()->find(u"bob"_s), Wait);

    const QString source = m_sent->filePath(u"notes.txt"_s);
    m_content = writeFile(source, 100'000);
    const auto id = m_alice->client->sendFileToContact(bob->id, source);
    QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(stateOf(*m_alice, *id), Transfer::State::Waiting);
    // Its line is in the conversation already, with the file's name.
    const auto lines = m_alice->client->history()->before(bob->id, 0, 5);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last().line.event, ChatLine::Event::File);
    QCOMPARE(lines.last().line.text, u"notes.txt"_s);

    QVERIFY(m_bob->restart());
    QSignalSpy offered(m_bob->client->transfers(), &Transfers::offered);
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, Wait);
    QCOMPARE(offered.first().first().toString(), *id);
    QVERIFY(m_bob->client->transfers()->accept(*id, m_saved->path()));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, *id), Transfer::State::Done, Wait);
    QCOMPARE(contentOf(transferOf(*m_bob, *id)->path), m_content);
}

void TestFileResume::fullDiskIsTold()
{
    QVERIFY(meet());
    m_bob->client->transfers()->setOpenerForTesting(
        [](const QString &path) { return std::make_unique<FullDisk>(path, 3 * MiB); });
    const QString id = sendAndAccept(8 * MiB);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_bob, id), Transfer::State::Failed, Wait);
    QVERIFY2(transferOf(*m_bob, id)->message.contains(u"No space left on device"_s),
             qPrintable(transferOf(*m_bob, id)->message));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, id), Transfer::State::Failed, Wait);
    QVERIFY2(transferOf(*m_alice, id)->message.contains(u"disk full"_s),
             qPrintable(transferOf(*m_alice, id)->message));
    QVERIFY(QDir(m_saved->path()).isEmpty());
}

void TestFileResume::senderCancels()
{
    QVERIFY(meet());
    const QString id = sendAndAccept(64 * MiB);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(transferOf(*m_bob, id)->done > 0, Wait);
    m_alice->client->transfers()->cancel(id);
    QCOMPARE(stateOf(*m_alice, id), Transfer::State::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_bob, id), Transfer::State::Cancelled, Wait);
    QVERIFY(QDir(m_saved->path()).isEmpty());
    QVERIFY(m_aliceChat->isActive()); // the chat goes on
}

// Bob takes files of at most 1 MiB: a bigger one is declined by itself and Alice is told why in
// her words. Files up to 1 MiB from a verified contact are saved without a question; the same
// file from a contact who is not verified still asks.
void TestFileResume::sizeLimitAndVerifiedContacts()
{
    QVERIFY(meet());
    Settings &settings = m_bob->client->settings();
    settings.setFileSizeLimitMiB(1);
    settings.setAutoAcceptMiB(1);
    settings.setDownloadFolder(m_saved->path());
    const QString big = m_sent->filePath(u"big.bin"_s);
    QVERIFY(!writeFile(big, 2 * MiB).isEmpty());
    const auto declined = m_alice->client->sendFile(m_aliceChat, big);
    QVERIFY(declined);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, *declined), Transfer::State::Declined, Wait);
    QCOMPARE(transferOf(*m_alice, *declined)->message, u"It is larger than bob takes."_s);
    QVERIFY(transferOf(*m_bob, *declined)->message.contains(u"1 MiB"_s));

    const QString small = m_sent->filePath(u"small.bin"_s);
    QVERIFY(!writeFile(small, 100'000).isEmpty());
    QSignalSpy offered(m_bob->client->transfers(), &Transfers::offered);
    const auto asked = m_alice->client->sendFile(m_aliceChat, small);
    QVERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, Wait);
    QCOMPARE(stateOf(*m_bob, *asked), Transfer::State::Offered); // not verified: asks

    ChatSession *bobChat = m_bob->client->openChatWith(u"alice"_s);
    QVERIFY(bobChat);
    bobChat->setVerified(true);
    const auto saved = m_alice->client->sendFile(m_aliceChat, small);
    QVERIFY(saved);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, *saved), Transfer::State::Done, Wait);
    QCOMPARE(QFileInfo(transferOf(*m_bob, *saved)->path).dir().canonicalPath(),
             QDir(m_saved->path()).canonicalPath());
}

void TestFileResume::plainTextChatSaysFilesNeedChatBuddy()
{
    // A chat by address in plain text, as with the original course program.
    m_alice->client->setLegacyChatsAllowed(true);
    QTcpServer oldProgram;
    QVERIFY(oldProgram.listen(QHostAddress::LocalHost));
    ChatSession *chat = m_alice->client->chatWithAddress(u"127.0.0.1"_s, oldProgram.serverPort(),
                                                         Client::Transport::PlainText);
    QVERIFY(chat && chat->isLegacy());
    const QString source = m_sent->filePath(u"a.txt"_s);
    QVERIFY(!writeFile(source, 16).isEmpty());
    const auto sent = m_alice->client->sendFile(chat, source);
    QVERIFY(!sent);
    QVERIFY2(sent.error().contains(u"plain-text"_s) && sent.error().contains(u"ChatBuddy"_s),
             qPrintable(sent.error()));
}

QTEST_MAIN(TestFileResume)
#include "tst_fileresume.moc"
