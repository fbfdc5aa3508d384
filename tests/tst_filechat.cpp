// SPDX-License-Identifier: GPL-3.0-or-later
// Files on the chat (docs/protocol.md §10), with real clients, a real hub and TLS on loopback:
// file frames pass between two chats that both offer "files" and are refused by one that does
// not; a connection that starts with file-link is a transfer link, not a chat: its encrypted
// socket is handed over with the caller's key known, and closed when nobody expects it.

#include "chatsession.h"
#include "filemessages.h"
#include "hubfixture.h"
#include "peerlistener.h"
#include "testperson.h"
#include "tlsconfig.h"
#include "transfers.h"
#include "usersmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using chatbuddy::test::HubFixture;
using chatbuddy::test::TestPerson;

namespace {
constexpr int Wait = 10'000;

// Alice starts a chat with Bob and Bob accepts; each side offers files if asked to.
std::pair<ChatSession *, ChatSession *> chat(TestPerson &alice, TestPerson &bob, bool aliceFiles,
                                             bool bobFiles)
{
    QSignalSpy requested(bob.client.get(), &Client::chatRequested);
    std::optional<UserInfo> entry;
    if (!QTest::qWaitFor(
            [&] { return (entry = alice.client->users()->find(u"bob"_s)).has_value(); }, Wait))
        return {};
    ChatSession *out = alice.client->chatWith(*entry);
    out->setFilesOffered(aliceFiles); // before the hello, which goes once TLS is up
    if (!QTest::qWaitFor([&] { return !requested.isEmpty(); }, Wait))
        return {out, nullptr};
    auto *in = requested.first().first().value<ChatSession *>();
    in->setFilesOffered(bobFiles);
    in->accept(u"bob"_s);
    (void)QTest::qWaitFor([out] { return out->isActive(); }, Wait);
    return {out, in};
}
} // namespace

class TestFileChat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileFramesPassBetweenChats();
    void withoutTheFeatureNothingGoes();
    void transferLinkIsHandedOver();
    void unexpectedTransferLinkIsClosed();
    void fileArrivesWhole_data();
    void fileArrivesWhole();
    void declinedIsTold();
    void cancelledByTheReceiver();

private:
    // Opens a TLS connection as alice to bob's chat port and sends file-link; the session bob's
    // side made for it comes back (or null).
    ChatSession *openTransferLink(const QString &id,
                                  const std::function<void(ChatSession *)> &made);

    std::unique_ptr<HubFixture> m_hub;
    std::unique_ptr<TestPerson> m_alice, m_bob;
    std::unique_ptr<PeerListener> m_listener;
    std::unique_ptr<QSslSocket> m_caller;
};

void TestFileChat::init()
{
    m_hub = std::make_unique<HubFixture>();
    QVERIFY(m_hub->start());
    m_alice = std::make_unique<TestPerson>(u"alice"_s);
    m_bob = std::make_unique<TestPerson>(u"bob"_s);
}

void TestFileChat::cleanup()
{
    m_caller.reset();
    m_listener.reset();
    m_alice.reset();
    m_bob.reset();
    m_hub.reset();
}

void TestFileChat::fileFramesPassBetweenChats()
{
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    auto [out, in] = chat(*m_alice, *m_bob, true, true);
    QVERIFY(out && in && out->isActive() && in->isActive());
    QVERIFY(out->canSendFiles() && in->canSendFiles());

    QSignalSpy atBob(in, &ChatSession::fileFrameReceived);
    QSignalSpy atAlice(out, &ChatSession::fileFrameReceived);
    const FileOffer offer{u"t-1"_s, u"notes.txt"_s, 12};
    QVERIFY(out->sendFileFrame(offer));
    QTRY_COMPARE_WITH_TIMEOUT(atBob.count(), 1, Wait);
    QCOMPARE(atBob.first().first().value<Message>(), Message(offer));
    QVERIFY(in->sendFileFrame(FileAccept{u"t-1"_s, 0}));
    QTRY_COMPARE_WITH_TIMEOUT(atAlice.count(), 1, Wait);
    QCOMPARE(atAlice.first().first().value<Message>(), Message(FileAccept{u"t-1"_s, 0}));
    QVERIFY(in->isActive() && out->isActive()); // the chat goes on
}

void TestFileChat::withoutTheFeatureNothingGoes()
{
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    auto [out, in] = chat(*m_alice, *m_bob, true, false); // Bob's client takes no files
    QVERIFY(out && in && out->isActive());
    QVERIFY(!out->canSendFiles());
    QVERIFY(!out->sendFileFrame(FileOffer{u"t-1"_s, u"x"_s, 1}));
    QVERIFY(!in->sendFileFrame(FileDone{u"t-1"_s}));
}

ChatSession *TestFileChat::openTransferLink(const QString &id,
                                            const std::function<void(ChatSession *)> &made)
{
    // Bob's side as his client makes it: an incoming session on an accepted connection.
    m_listener = std::make_unique<PeerListener>();
    if (!m_listener->listen(0, QHostAddress::LocalHost))
        return nullptr;
    ChatSession *session = nullptr;
    connect(m_listener.get(), &PeerListener::connectionAccepted, this, [&](qintptr fd) {
        session = ChatSession::fromIncoming(m_bob->profile.get(), fd, false, this);
        made(session);
    });
    m_caller = std::make_unique<QSslSocket>();
    m_caller->setSslConfiguration(tlsConfiguration(m_alice->profile->identity()));
    m_caller->connectToHostEncrypted(u"127.0.0.1"_s, m_listener->port());
    if (!QTest::qWaitFor([this] { return m_caller->isEncrypted(); }, Wait))
        return nullptr;
    m_caller->write(encodeFrame(FileLink{id}.toJson()));
    return session;
}

void TestFileChat::transferLinkIsHandedOver()
{
    QSslSocket *taken = nullptr;
    QString linkId, fromKey;
    // Taken as soon as it says what it is: the id and the caller's key are known then.
    ChatSession *session = openTransferLink(u"t-42"_s, [&](ChatSession *s) {
        connect(s, &ChatSession::transferLinkOpened, this, [&, s](const QString &id) {
            linkId = id;
            fromKey = s->peerFingerprint();
            taken = s->takeTransferSocket();
        });
    });
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(taken != nullptr, Wait);
    std::unique_ptr<QSslSocket> link(taken);
    QCOMPARE(linkId, u"t-42"_s);
    QCOMPARE(fromKey, m_alice->profile->fingerprint());
    QVERIFY(session->isEnded());
    QVERIFY(link->isEncrypted());
    // The socket works both ways, with nothing of the chat in between.
    link->write("from bob");
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT((got += m_caller->readAll()), QByteArray("from bob"), Wait);
    m_caller->write(QByteArray("\x00\x00\x00\x05hello", 9));
    QTRY_COMPARE_WITH_TIMEOUT(link->bytesAvailable(), qint64(9), Wait);
}

void TestFileChat::unexpectedTransferLinkIsClosed()
{
    ChatSession *session = openTransferLink(u"nobody-waits"_s, [](ChatSession *) {});
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->isEnded(), Wait);
    QCOMPARE(session->endReason(), ChatSession::EndReason::ProtocolError);
    QTRY_VERIFY_WITH_TIMEOUT(m_caller->state() == QAbstractSocket::UnconnectedState, Wait);
}

namespace {
QByteArray someBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

Transfer::State stateOf(TestPerson &person, const QString &id)
{
    const auto t = person.client->transfers()->transfer(id);
    return t ? t->state : Transfer::State::Failed;
}
} // namespace

void TestFileChat::fileArrivesWhole_data()
{
    QTest::addColumn<bool>("receiverOpensTheChat");
    QTest::newRow("sender opened the chat") << false;
    QTest::newRow("receiver opened the chat") << true;
}

// The sender offers, the receiver saves it in a folder, and it arrives under its own name
// (a hostile one made safe), whole; both sides end Done, and the chat goes on.
void TestFileChat::fileArrivesWhole()
{
    QFETCH(bool, receiverOpensTheChat);
    m_alice->client->setFilesEnabled(true);
    m_bob->client->setFilesEnabled(true);
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    auto [aliceEnd, bobEnd] = receiverOpensTheChat ? [&] {
        auto [b, a] = test::openChat(*m_bob, *m_alice, u"alice"_s);
        return std::pair{a, b};
    }()
                                                   : test::openChat(*m_alice, *m_bob, u"bob"_s);
    QVERIFY(aliceEnd && bobEnd && aliceEnd->isActive() && bobEnd->isActive());

    QTemporaryDir sent, saved;
    const QByteArray content = someBytes(3 * 1024 * 1024 + 17);
    const QString source = sent.filePath(u"..holiday photo.jpg"_s);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    }
    QSignalSpy offered(m_bob->client->transfers(), &Transfers::offered);
    auto id = m_alice->client->transfers()->offer(aliceEnd, source);
    QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error()));
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, Wait);
    QCOMPARE(offered.first().first().toString(), *id);
    const auto incoming = m_bob->client->transfers()->transfer(*id);
    QVERIFY(incoming);
    QCOMPARE(incoming->size, content.size());
    QCOMPARE(incoming->name, u"file.holiday photo.jpg"_s.mid(5)); // no leading dots

    QVERIFY(m_bob->client->transfers()->accept(*id, saved.path()));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_bob, *id), Transfer::State::Done, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, *id), Transfer::State::Done, Wait);
    const QString where = m_bob->client->transfers()->transfer(*id)->path;
    QCOMPARE(QFileInfo(where).dir().canonicalPath(), QDir(saved.path()).canonicalPath());
    QFile arrived(where);
    QVERIFY(arrived.open(QIODevice::ReadOnly));
    QCOMPARE(arrived.readAll(), content);
    QVERIFY(!QFile::exists(where + u".part"_s));
    QVERIFY(aliceEnd->isActive() && bobEnd->isActive());
}

void TestFileChat::declinedIsTold()
{
    m_alice->client->setFilesEnabled(true);
    m_bob->client->setFilesEnabled(true);
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    auto [out, in] = test::openChat(*m_alice, *m_bob, u"bob"_s);
    QVERIFY(out && in);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"a.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("abc") == 3);
    file.close();
    QSignalSpy offered(m_bob->client->transfers(), &Transfers::offered);
    const auto id = m_alice->client->transfers()->offer(out, file.fileName());
    QVERIFY(id);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, Wait);
    m_bob->client->transfers()->decline(*id);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, *id), Transfer::State::Declined, Wait);
    QCOMPARE(stateOf(*m_bob, *id), Transfer::State::Declined);
}

void TestFileChat::cancelledByTheReceiver()
{
    m_alice->client->setFilesEnabled(true);
    m_bob->client->setFilesEnabled(true);
    QVERIFY(m_alice->logIn(m_hub->port(), u"alice"_s));
    QVERIFY(m_bob->logIn(m_hub->port(), u"bob"_s));
    auto [out, in] = test::openChat(*m_alice, *m_bob, u"bob"_s);
    QVERIFY(out && in);
    QTemporaryDir dir, saved;
    QFile file(dir.filePath(u"big.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray chunk = someBytes(1024 * 1024);
    for (int i = 0; i < 64; ++i) // 64 MiB: still moving when cancelled
        QVERIFY(file.write(chunk) == chunk.size());
    file.close();
    QSignalSpy offered(m_bob->client->transfers(), &Transfers::offered);
    const auto id = m_alice->client->transfers()->offer(out, file.fileName());
    QVERIFY(id);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, Wait);
    QVERIFY(m_bob->client->transfers()->accept(*id, saved.path()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->client->transfers()->transfer(*id)->done > 0, Wait);
    m_bob->client->transfers()->cancel(*id);
    QCOMPARE(stateOf(*m_bob, *id), Transfer::State::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_alice, *id), Transfer::State::Cancelled, Wait);
    QVERIFY(QDir(saved.path()).isEmpty()); // no part left, no file
}

QTEST_MAIN(TestFileChat)
#include "tst_filechat.moc"
