// SPDX-License-Identifier: GPL-3.0-or-later
// The trust policy on its own, every branch, without a socket: the outgoing key and name
// checks against the directory entry, the incoming check against the hub's answer (bound,
// unknown, unreachable), and what the user's own pin decides.

#include "trustpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using trust::HubCheck;
using trust::PinDecision;

Q_DECLARE_METATYPE(chatbuddy::client::trust::HubCheck)
Q_DECLARE_METATYPE(chatbuddy::client::trust::PinDecision)
Q_DECLARE_METATYPE(chatbuddy::client::DirectoryAnswer)
Q_DECLARE_METATYPE(std::optional<chatbuddy::UserInfo>)

namespace {
const QString KeyA = QString(64, u'a');
const QString KeyB = QString(64, u'b');

UserInfo entry(const QString &name, const QString &fingerprint)
{
    UserInfo user;
    user.name = name;
    user.address = u"127.0.0.1"_s;
    user.port = 9090;
    user.fingerprint = fingerprint;
    return user;
}
} // namespace

class TestTrustPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outgoingKey_data();
    void outgoingKey();
    void outgoingName_data();
    void outgoingName();
    void incoming_data();
    void incoming();
    void pin_data();
    void pin();
};

void TestTrustPolicy::outgoingKey_data()
{
    QTest::addColumn<std::optional<UserInfo>>("expected");
    QTest::addColumn<QString>("presented");
    QTest::addColumn<HubCheck>("check");
    QTest::newRow("bare address") << std::optional<UserInfo>() << KeyA << HubCheck::NotAsked;
    QTest::newRow("entry without a key (legacy)")
        << std::optional(entry(u"bob"_s, {})) << KeyA << HubCheck::NotAsked;
    QTest::newRow("the directory's key")
        << std::optional(entry(u"bob"_s, KeyA)) << KeyA << HubCheck::Confirmed;
    QTest::newRow("another key") << std::optional(entry(u"bob"_s, KeyA)) << KeyB
                                 << HubCheck::Mismatch;
    QTest::newRow("no key presented")
        << std::optional(entry(u"bob"_s, KeyA)) << QString() << HubCheck::Mismatch;
}

void TestTrustPolicy::outgoingKey()
{
    QFETCH(std::optional<UserInfo>, expected);
    QFETCH(QString, presented);
    QFETCH(HubCheck, check);
    QCOMPARE(trust::checkOutgoingKey(expected, presented), check);
}

void TestTrustPolicy::outgoingName_data()
{
    QTest::addColumn<std::optional<UserInfo>>("expected");
    QTest::addColumn<QString>("helloName");
    QTest::addColumn<HubCheck>("check");
    QTest::newRow("bare address: any name")
        << std::optional<UserInfo>() << u"mallory"_s << HubCheck::NotAsked;
    QTest::newRow("the name called")
        << std::optional(entry(u"bob"_s, KeyA)) << u"bob"_s << HubCheck::Confirmed;
    QTest::newRow("case does not matter")
        << std::optional(entry(u"Bob"_s, KeyA)) << u"bOB"_s << HubCheck::Confirmed;
    QTest::newRow("someone else answers")
        << std::optional(entry(u"bob"_s, KeyA)) << u"mallory"_s << HubCheck::Mismatch;
}

void TestTrustPolicy::outgoingName()
{
    QFETCH(std::optional<UserInfo>, expected);
    QFETCH(QString, helloName);
    QFETCH(HubCheck, check);
    QCOMPARE(trust::checkOutgoingName(expected, helloName), check);
}

void TestTrustPolicy::incoming_data()
{
    QTest::addColumn<DirectoryAnswer>("answer");
    QTest::addColumn<QString>("presented");
    QTest::addColumn<HubCheck>("check");
    QTest::newRow("bound to this key")
        << DirectoryAnswer::bound(KeyA) << KeyA << HubCheck::Confirmed;
    QTest::newRow("bound to another key: attack")
        << DirectoryAnswer::bound(KeyA) << KeyB << HubCheck::Mismatch;
    QTest::newRow("unknown to the hub")
        << DirectoryAnswer::unknown() << KeyA << HubCheck::NotRegistered;
    QTest::newRow("hub unreachable")
        << DirectoryAnswer::unreachable() << KeyA << HubCheck::Unreachable;
}

void TestTrustPolicy::incoming()
{
    QFETCH(DirectoryAnswer, answer);
    QFETCH(QString, presented);
    QFETCH(HubCheck, check);
    QCOMPARE(trust::checkIncoming(answer, presented), check);
}

void TestTrustPolicy::pin_data()
{
    QTest::addColumn<QString>("pinned");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("presented");
    QTest::addColumn<HubCheck>("hubCheck");
    QTest::addColumn<PinDecision>("decision");
    QTest::newRow("first contact, hub confirms")
        << QString() << false << KeyA << HubCheck::Confirmed << PinDecision::PinNow;
    QTest::newRow("first contact by address")
        << QString() << false << KeyA << HubCheck::NotAsked << PinDecision::AskUser;
    QTest::newRow("first contact, name unknown")
        << QString() << false << KeyA << HubCheck::NotRegistered << PinDecision::AskUser;
    QTest::newRow("first contact, hub unreachable")
        << QString() << false << KeyA << HubCheck::Unreachable << PinDecision::AskUser;
    QTest::newRow("known key") << KeyA << false << KeyA << HubCheck::NotAsked << PinDecision::Known;
    QTest::newRow("known and verified")
        << KeyA << true << KeyA << HubCheck::Confirmed << PinDecision::KnownVerified;
    QTest::newRow("changed key") << KeyA << false << KeyB << HubCheck::NotAsked
                                 << PinDecision::KeyChanged;
    // The hub vouching for a new key does not override the user's own pin.
    QTest::newRow("changed key the hub confirms")
        << KeyA << true << KeyB << HubCheck::Confirmed << PinDecision::KeyChanged;
}

void TestTrustPolicy::pin()
{
    QFETCH(QString, pinned);
    QFETCH(bool, verified);
    QFETCH(QString, presented);
    QFETCH(HubCheck, hubCheck);
    QFETCH(PinDecision, decision);
    QCOMPARE(trust::evaluatePin(pinned, verified, presented, hubCheck), decision);
}

QTEST_GUILESS_MAIN(TestTrustPolicy)
#include "tst_trustpolicy.moc"
