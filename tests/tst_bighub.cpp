// SPDX-License-Identifier: GPL-3.0-or-later
// The client on a big hub (docs/protocol.md, "Presence scope"), against a real hub over TLS
// whose whole-directory limit is made small: the people list is then the user's contacts,
// live, plus what the user searches for (the hub searched as they type, paced below its rate
// limit, the results followed once the search settles); it becomes everyone again when the
// hub is small again. The GUI cases type into the filter of a real window, offscreen.

#include "guiperson.h"
#include "hubfixture.h"
#include "testclient.h"
#include "testperson.h"

#include "directory.h"
#include "history.h"
#include "hubconnection.h"
#include "usersmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::test;
using chatbuddy::client::HubConnection;

namespace {

// People online at the hub, each its own TLS connection with its own key.
class Crowd {
public:
    explicit Crowd(quint16 port)
        : m_port(port)
    {
    }
    bool join(const QString &name)
    {
        auto client = registeredClient(m_port, name);
        if (!client)
            return false;
        m_people[name] = std::move(client);
        return true;
    }
    bool joinAll(const QStringList &names)
    {
        return std::all_of(names.cbegin(), names.cend(),
                           [this](const QString &name) { return join(name); });
    }
    void leave(const QString &name) { m_people.erase(name); }
    const Identity &identity(const QString &name) const { return m_people.at(name)->identity(); }

private:
    quint16 m_port;
    std::map<QString, std::unique_ptr<TestClient>> m_people;
};

QStringList names(const client::UsersModel *users)
{
    QStringList out;
    for (const UserInfo &user : users->users())
        out.append(user.name);
    return out;
}

// A saved contact, as after a chat with them.
void addContact(const client::Client &client, const QString &name, const QString &fingerprint)
{
    client::History *history = client.history();
    history->save(history->contactFor(name, fingerprint).id);
}

} // namespace

class TestBigHub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usersModelTakesRunsAtOnce();
    void contactsLiveAndSearchForTheRest();
    void foundPeopleAreFollowed();
    void typingFastStaysUnderTheRateLimit();
    void listFollowsTheHubGrowingAndShrinking();
    void filterSearchesTheHub();
};

void TestBigHub::usersModelTakesRunsAtOnce()
{
    // Search results and pages come many at a time: neighbours go in (and out) together.
    client::UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto user = [](const QString &name, quint16 port = 1) {
        return UserInfo{name, u"127.0.0.1"_s, port, QString(), false};
    };
    model.upsertAll({user(u"a"_s), user(u"C"_s), user(u"e"_s)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.upsertAll(
        {user(u"g"_s), user(u"d"_s), user(u"B"_s), user(u"b"_s, 2), user(u"f"_s), user(u"c"_s, 3)});
    QCOMPARE(names(&model), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s}));
    QCOMPARE(model.find(u"B"_s)->port, 2); // the last of a name wins
    QCOMPARE(model.find(u"c"_s)->port, 3);
    QCOMPARE(inserted.count(), 3); // b; d; f and g
    QCOMPARE(inserted.at(2).at(1).toInt(), 5);
    QCOMPARE(inserted.at(2).at(2).toInt(), 6);
    QCOMPARE(changed.count(), 1); // C became c
    model.removeAll({u"B"_s, u"c"_s, u"f"_s, u"nobody"_s, u"f"_s});
    QCOMPARE(names(&model), (QStringList{u"a"_s, u"d"_s, u"e"_s, u"g"_s}));
    QCOMPARE(removed.count(), 2); // f; b and c
}

void TestBigHub::contactsLiveAndSearchForTheRest()
{
    HubFixture hub;
    hub.config().watchAllLimit = 3;
    QVERIFY(hub.start());
    Crowd crowd(hub.port());
    QVERIFY(crowd.joinAll({u"carol"_s, u"dan"_s, u"dave"_s, u"erin"_s}));
    const Identity carolKey = crowd.identity(u"carol"_s);
    TestPerson alice(u"alice"_s);
    addContact(*alice.client, u"Carol"_s, carolKey.fingerprint());
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    const client::UsersModel *users = alice.client->users();

    // Five online, more than 3: alice and her contact, nobody else.
    QTRY_VERIFY(!alice.hub()->followsWholeDirectory());
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"carol"_s}));
    QCOMPARE(alice.hub()->directorySize(), 5);

    // A search lists what the hub found; a narrower one drops what no longer matches.
    QSignalSpy searched(alice.hub(), &HubConnection::directorySearched);
    alice.hub()->searchDirectory(u"DA"_s);
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"carol"_s, u"dan"_s, u"dave"_s}));
    QCOMPARE(alice.hub()->searchMatches(), 2);
    QVERIFY(!searched.isEmpty());
    QCOMPARE(searched.constLast().at(0).toString(), u"DA"_s);
    alice.hub()->searchDirectory(u"dav"_s);
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"carol"_s, u"dave"_s}));
    QCOMPARE(alice.hub()->searchMatches(), 1);
    // A search that finds a contact keeps it when it ends.
    alice.hub()->searchDirectory(u"ar"_s);
    QTRY_COMPARE(alice.hub()->searchMatches(), 1);
    QCOMPARE(names(users), (QStringList{u"alice"_s, u"carol"_s}));
    alice.hub()->searchDirectory(QString());
    QCOMPARE(names(users), (QStringList{u"alice"_s, u"carol"_s}));
    QCOMPARE(alice.hub()->searchMatches(), -1);

    // The contact is followed live: gone when she leaves, back when she returns.
    crowd.leave(u"carol"_s);
    QTRY_COMPARE(names(users), QStringList{u"alice"_s});
    TestClient carol(carolKey);
    QVERIFY(carol.connectTo(hub.port()));
    QVERIFY(carol.registerAs(u"carol"_s));
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"carol"_s}));
}

void TestBigHub::foundPeopleAreFollowed()
{
    HubFixture hub;
    hub.config().watchAllLimit = 2;
    QVERIFY(hub.start());
    Crowd crowd(hub.port());
    QVERIFY(crowd.joinAll({u"dan"_s, u"dave"_s, u"erin"_s}));
    TestPerson alice(u"alice"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    const client::UsersModel *users = alice.client->users();
    QTRY_VERIFY(!alice.hub()->followsWholeDirectory());

    // Once the search settles its results are watched: erin leaving is seen.
    alice.hub()->searchDirectory(u"erin"_s);
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"erin"_s}));
    const hub::Directory *directory = hub.server()->directory();
    QTRY_COMPARE(directory->watcherCount(u"erin"_s), 1);
    crowd.leave(u"erin"_s);
    QTRY_COMPARE(names(users), QStringList{u"alice"_s});

    // Found, then gone before the search settled: the hub does not confirm him when he is
    // watched, so he goes too (whichever came first, the watch or his leaving).
    alice.hub()->searchDirectory(u"dan"_s);
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"dan"_s}));
    crowd.leave(u"dan"_s);
    QTRY_COMPARE(directory->userCount(), 2);
    QTRY_COMPARE(names(users), QStringList{u"alice"_s});
    QTRY_COMPARE(directory->watcherCount(u"dan"_s), 1);
    QCOMPARE(names(users), QStringList{u"alice"_s});
}

void TestBigHub::typingFastStaysUnderTheRateLimit()
{
    HubFixture hub;
    hub.config().watchAllLimit = 2; // the hub's rate limit is its default: 60 at once, 20/s
    QVERIFY(hub.start());
    Crowd crowd(hub.port());
    QVERIFY(crowd.joinAll({u"dan"_s, u"dave"_s, u"erin"_s}));
    TestPerson alice(u"alice"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    QTRY_VERIFY(!alice.hub()->followsWholeDirectory());
    QSignalSpy errors(alice.hub(), &HubConnection::errorOccurred);

    // 150 keystrokes at once (a held key): one `list` each would be refused as a flood.
    const QStringList texts{u"d"_s, u"da"_s, u"dan"_s, u"da"_s};
    for (int i = 0; i < 150; ++i)
        alice.hub()->searchDirectory(texts.at(i % texts.size()));
    alice.hub()->searchDirectory(u"dav"_s);
    QTRY_COMPARE(names(alice.client->users()), (QStringList{u"alice"_s, u"dave"_s}));
    QCOMPARE(alice.hub()->searchMatches(), 1);
    QVERIFY(alice.hub()->isOnline());
    QCOMPARE(errors.count(), 0);
}

void TestBigHub::listFollowsTheHubGrowingAndShrinking()
{
    HubFixture hub;
    hub.config().watchAllLimit = 3; // everyone while ≤ 3 online, again at ≤ 2
    QVERIFY(hub.start());
    Crowd crowd(hub.port());
    QVERIFY(crowd.join(u"bob"_s));
    TestPerson alice(u"alice"_s);
    QVERIFY(alice.logIn(hub.port(), u"alice"_s));
    const client::UsersModel *users = alice.client->users();
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"bob"_s}));
    QVERIFY(alice.hub()->followsWholeDirectory());
    alice.hub()->searchDirectory(u"u"_s); // a small hub: the list is filtered where it is shown
    QCOMPARE(alice.hub()->searchMatches(), -1);

    // Two more: too many to follow everyone; the search the user had typed is sent.
    QSignalSpy scope(alice.hub(), &HubConnection::directoryScopeChanged);
    QVERIFY(crowd.joinAll({u"u1"_s, u"u2"_s}));
    QTRY_COMPARE(scope.count(), 1);
    QCOMPARE(scope.constLast().at(0).toBool(), false);
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"u1"_s, u"u2"_s}));
    QCOMPARE(alice.hub()->searchMatches(), 2);

    // Small again: everyone, paged in and followed.
    crowd.leave(u"u1"_s);
    crowd.leave(u"u2"_s);
    QTRY_COMPARE(scope.count(), 2);
    QCOMPARE(scope.constLast().at(0).toBool(), true);
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"bob"_s}));
    QVERIFY(crowd.join(u"carol"_s));
    QTRY_COMPARE(names(users), (QStringList{u"alice"_s, u"bob"_s, u"carol"_s}));
}

void TestBigHub::filterSearchesTheHub()
{
    HubFixture hub;
    hub.config().watchAllLimit = 10;
    hub.config().maxConnectionsPerAddress = 0; // everyone comes from 127.0.0.1
    hub.config().names.maxNewNamesPerAddressPerHour = 0;
    QVERIFY(hub.start());
    Crowd crowd(hub.port());
    QStringList crowdNames;
    for (int i = 1; i <= 60; ++i)
        crowdNames.append(u"p%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    QVERIFY(crowd.joinAll(crowdNames));
    QVERIFY(crowd.join(u"bob"_s));
    GuiPerson alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));

    // 62 online: the list holds alice only, and says how to find the others.
    QTRY_COMPARE(lines(alice.usersView()), QStringList{u"alice"_s});
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"62 online"_s);
    const auto *hint = child<QLabel>(alice.window.get(), u"usersHintLabel"_s);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(u"Many people are on this hub"_s));

    // Typing in the filter searches the hub.
    auto *filter = child<QLineEdit>(alice.window.get(), u"filterEdit"_s);
    STEP(typeInto(filter, u"bo"_s));
    QTRY_COMPARE(lines(alice.usersView()), QStringList{u"bob"_s});
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"1 of 62 online"_s);
    QVERIFY(!hint->isVisible());
    STEP(typeInto(filter, u"p"_s));
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"60 of 62 online"_s);
    QCOMPARE(lines(alice.usersView()).size(), HubConnection::SearchLimit);
    QCOMPARE(hint->text(),
             u"Showing 50 of 60 people who match. Type more of the name to find the one you "
             "want."_s);
    STEP(typeInto(filter, u"zz"_s));
    QTRY_COMPARE(alice.label(u"userCountLabel"_s), u"0 of 62 online"_s);
    QTRY_COMPARE(hint->text(), u"Nobody online matches \"zz\"."_s);

    // A person found can be chatted with like anyone in the list.
    STEP(typeInto(filter, u"bob"_s));
    QTRY_COMPARE(lines(alice.usersView()), QStringList{u"bob"_s});
    alice.usersView()->setCurrentIndex(rowShowing(alice.usersView(), u"bob"_s));
    auto *chat = child<QPushButton>(alice.window.get(), u"chatButton"_s);
    QVERIFY(chat->isEnabled());
    QCOMPARE(chat->toolTip(), u"Chat with bob (or double-click them)"_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(lines(alice.usersView()), QStringList{u"alice"_s});
}

QTEST_MAIN(TestBigHub)
#include "tst_bighub.moc"
