// SPDX-License-Identifier: GPL-3.0-or-later
// A peer written in Python from docs/protocol.md alone (tests/support/protocolpeer.py) chats
// with the client core both ways over a real hub, and an idle chat stays open past three
// keep-alive periods (shortened here): the document is enough to write a peer.

#include "chatsession.h"
#include "client.h"
#include "hubfixture.h"
#include "profile.h"
#include "testclient.h"
#include "testperson.h"
#include "usersmodel.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;

namespace {
const ChatSession::Timing FastKeepAlive = [] {
    ChatSession::Timing timing;
    timing.keepAliveInterval = 200ms;
    timing.keepAliveTimeout = 600ms;
    return timing;
}();
constexpr auto PeerIdleSeconds = "1.0"; // more than three keep-alive periods of 200 ms

// The Python peer as a child process, with its own key and everything it printed.
class PythonPeer {
public:
    PythonPeer()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                         [this] { m_output += QString::fromUtf8(m_process.readAll()); });
    }
    ~PythonPeer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void start(const QStringList &args)
    {
        QVERIFY(newIdentity(u"python"_s).save(m_dir.path()));
        m_process.start(u"python3"_s,
                        QStringList{QStringLiteral(CHATBUDDY_PROTOCOL_PEER), args.first(),
                                    args.at(1), m_dir.filePath(u"cert.pem"_s),
                                    m_dir.filePath(u"key.pem"_s)} +
                            args.mid(2));
    }
    bool said(const QString &line) const { return m_output.contains(line + u'\n'); }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    QString output() const { return m_output; }
    int pingsAnswered() const
    {
        static const QRegularExpression pings(u"pings (\\d+)"_s);
        const auto match = pings.match(m_output);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
};

// The whole conversation of protocolpeer.py: its message, ours, its idle time, its last one.
// The spies watch the session from before it became active: the peer speaks first.
void converse(ChatSession *session, PythonPeer &peer, const QString &peerName, QSignalSpy &received,
              QSignalSpy &delivered)
{
    QVERIFY2(received.count() == 1 || received.wait(10'000), qPrintable(peer.output()));
    QCOMPARE(received.last().first().value<ChatMessage>().text, u"hello from "_s + peerName);
    const auto sent = session->sendMessage(u"hi from the client core"_s);
    QVERIFY(sent.ok());
    const QString id = *sent;
    QVERIFY(delivered.count() == 1 || delivered.wait(10'000));
    QCOMPARE(delivered.first().first().toString(), id);
    QTRY_VERIFY2(peer.said(u"received hi from the client core"_s), qPrintable(peer.output()));
    // The peer goes quiet for more than three keep-alive periods, answering pings only.
    QVERIFY2(received.count() == 2 || received.wait(10'000), qPrintable(peer.output()));
    QCOMPARE(received.last().first().value<ChatMessage>().text, peerName + u" is still here"_s);
    QVERIFY(session->isActive());
    QVERIFY2(peer.pingsAnswered() >= 3, qPrintable(peer.output()));
}
} // namespace

class TestProtocolPeer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChatSession *>(); }
    void clientCallsPythonPeer();
    void pythonPeerCallsClient();
};

void TestProtocolPeer::clientCallsPythonPeer()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestPerson alice(u"alice"_s);
    alice.client->setChatTiming(FastKeepAlive);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QTemporaryDir aliceCert;
    QVERIFY(alice.profile->identity().save(aliceCert.path()));

    PythonPeer bob;
    bob.start({u"listen"_s, QString::number(hub.port()), u"bob"_s,
               aliceCert.filePath(u"cert.pem"_s), QString::fromLatin1(PeerIdleSeconds)});
    QTRY_VERIFY2(alice.client->users()->find(u"bob"_s).has_value(), qPrintable(bob.output()));
    ChatSession *session = alice.client->chatWith(*alice.client->users()->find(u"bob"_s));
    QSignalSpy received(session, &ChatSession::messageReceived);
    QSignalSpy delivered(session, &ChatSession::messageDelivered);
    QTRY_VERIFY2(session->isActive(), qPrintable(bob.output()));
    QCOMPARE(session->trust(), ChatSession::Trust::Unverified); // checked against the hub
    converse(session, bob, u"bob"_s, received, delivered);

    session->endChat();
    QTRY_VERIFY2(bob.finished(), qPrintable(bob.output()));
    QVERIFY2(bob.exitCode() == 0 && bob.said(u"done"_s), qPrintable(bob.output()));
}

void TestProtocolPeer::pythonPeerCallsClient()
{
    HubFixture hub;
    QVERIFY(hub.start());
    TestPerson alice(u"alice"_s);
    alice.client->setChatTiming(FastKeepAlive);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QSignalSpy requested(alice.client.get(), &Client::chatRequested);

    PythonPeer carol;
    carol.start({u"initiate"_s, QString::number(hub.port()), u"carol"_s, u"alice"_s,
                 QString::fromLatin1(PeerIdleSeconds)});
    QVERIFY2(requested.wait(10'000), qPrintable(carol.output()));
    auto *session = requested.first().first().value<ChatSession *>();
    QCOMPARE(session->peerName(), u"carol"_s);
    QSignalSpy received(session, &ChatSession::messageReceived);
    QSignalSpy delivered(session, &ChatSession::messageDelivered);
    session->accept(u"alice"_s);
    QVERIFY(session->isActive());
    converse(session, carol, u"carol"_s, received, delivered);

    QSignalSpy ended(session, &ChatSession::ended);
    QVERIFY(ended.wait(10'000));
    QCOMPARE(session->endReason(), ChatSession::EndReason::EndedByPeer);
    QTRY_VERIFY2(carol.finished(), qPrintable(carol.output()));
    QVERIFY2(carol.exitCode() == 0 && carol.said(u"done"_s), qPrintable(carol.output()));
}

QTEST_GUILESS_MAIN(TestProtocolPeer)
#include "tst_protocolpeer.moc"
