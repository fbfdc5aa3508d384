// SPDX-License-Identifier: GPL-3.0-or-later
// What chats leave in the history, over real TLS on 127.0.0.1 with a real hub: the
// conversation with its events and delivery states, who becomes a contact (and who does not),
// a key change marked in the conversation it belongs to, and the people list that keeps
// contacts when they go offline.

#include "chatsession.h"
#include "client.h"
#include "history.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "peoplemodel.h"
#include "profile.h"
#include "testperson.h"
#include "usersmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;

namespace {
using Person = TestPerson;

QList<ChatLine::Event> eventsOf(const QList<HistoryEntry> &entries)
{
    QList<ChatLine::Event> out;
    for (const HistoryEntry &entry : entries) {
        if (entry.line.event != ChatLine::Event::None)
            out.append(entry.line.event);
    }
    return out;
}

QStringList messagesOf(const QList<HistoryEntry> &entries)
{
    QStringList out;
    for (const HistoryEntry &entry : entries) {
        if (entry.line.kind == ChatLine::Kind::Outgoing ||
            entry.line.kind == ChatLine::Kind::Incoming)
            out.append(entry.line.text);
    }
    return out;
}
} // namespace

class TestChatRecorder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChatSession *>(); }

    void chatIsKeptWithItsEvents()
    {
        HubFixture hub;
        QVERIFY(hub.start());
        Person alice(u"alice"_s), bob(u"bob"_s);
        QVERIFY(alice.logIn(hub.port(), u"alice"_s));
        QVERIFY(bob.logIn(hub.port(), u"bob"_s));
        auto [out, in] = openChat(alice, bob, u"bob"_s);
        QVERIFY(out && in && out->isActive());
        QSignalSpy delivered(out, &ChatSession::messageDelivered);
        QSignalSpy received(out, &ChatSession::messageReceived);
        QVERIFY(out->sendMessage(u"hello bob"_s).ok());
        QVERIFY(delivered.wait());
        QVERIFY(in->sendMessage(u"hi alice"_s).ok());
        QVERIFY(received.wait());
        QSignalSpy ended(out, &ChatSession::ended);
        in->endChat(); // Bob types EOM
        QVERIFY(ended.wait());

        History *history = alice.client->history();
        const qint64 bobId = alice.client->contactOf(out);
        QVERIFY(bobId != 0);
        const Contact contact = *history->contact(bobId);
        QCOMPARE(contact.name, u"bob"_s);
        QCOMPARE(contact.fingerprint, bob.profile->fingerprint());
        QVERIFY(contact.saved);
        const QList<HistoryEntry> entries = history->before(bobId, 0, 50);
        QCOMPARE(messagesOf(entries), (QStringList{u"hello bob"_s, u"hi alice"_s}));
        // The transient lines (trying to reach, waiting) are the header's, not the history's.
        QCOMPARE(eventsOf(entries),
                 (QList<ChatLine::Event>{ChatLine::Event::Started, ChatLine::Event::Ended}));
        for (const HistoryEntry &entry : entries) {
            if (entry.line.text == u"hello bob"_s)
                QCOMPARE(entry.line.delivery, ChatLine::Delivery::Delivered);
        }
        // Bob's side has Alice, by her key.
        const qint64 aliceId = bob.client->contactOf(in);
        QCOMPARE(bob.client->history()->contact(aliceId)->fingerprint,
                 alice.profile->fingerprint());
        QCOMPARE(messagesOf(bob.client->history()->before(aliceId, 0, 50)),
                 (QStringList{u"hello bob"_s, u"hi alice"_s}));

        // On disk: what a restart reads back.
        const QString file = alice.profile->directory() + u"/history.sqlite"_s;
        alice.client.reset(); // Alice quits: her history is written and closed
        History again;
        QCOMPARE(again.open(file), History::OpenState::Ready);
        const QList<HistoryEntry> onDisk = again.before(bobId, 0, 50);
        QCOMPARE(messagesOf(onDisk), (QStringList{u"hello bob"_s, u"hi alice"_s}));
        QCOMPARE(eventsOf(onDisk),
                 (QList<ChatLine::Event>{ChatLine::Event::Started, ChatLine::Event::Ended}));
        QCOMPARE(again.contacts().size(), 1);
    }

    void contactsStayListedWhenOffline()
    {
        HubFixture hub;
        QVERIFY(hub.start());
        Person alice(u"alice"_s);
        auto bob = std::make_unique<Person>(u"bob"_s);
        QVERIFY(alice.logIn(hub.port(), u"alice"_s));
        QVERIFY(bob->logIn(hub.port(), u"bob"_s));
        auto [out, in] = openChat(alice, *bob, u"bob"_s);
        QVERIFY(out && in && out->isActive());
        PeopleModel *people = alice.client->people();
        const qint64 bobId = alice.client->contactOf(out);
        int row = people->rowOfContact(bobId);
        QVERIFY(row >= 0 && people->isOnline(row));
        QCOMPARE(people->index(row).data(PeopleModel::ContactRole).toLongLong(), bobId);
        QVERIFY(alice.client->isOnline(bobId));

        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        bob.reset(); // gone: quit without a word
        QTRY_VERIFY(!alice.client->users()->find(u"bob"_s));
        row = people->rowOfContact(bobId);
        QVERIFY(row >= 0);
        QVERIFY(!people->isOnline(row));
        QCOMPARE(people->index(row).data(UsersModel::NameRole).toString(), u"bob"_s);
        QVERIFY(people->index(row).data(PeopleModel::LastSeenRole).toDateTime() >= before);
        QVERIFY(!alice.client->isOnline(bobId));
        QVERIFY(!alice.client->chatWithContact(bobId).ok());
        // Online people first, then the offline contacts.
        QCOMPARE(people->rowCount(), alice.client->users()->rowCount() + 1);
        QCOMPARE(row, people->rowCount() - 1);
    }

    void declinedStrangerIsNotAContact()
    {
        HubFixture hub;
        QVERIFY(hub.start());
        Person alice(u"alice"_s), bob(u"bob"_s);
        QVERIFY(alice.logIn(hub.port(), u"alice"_s));
        QVERIFY(bob.logIn(hub.port(), u"bob"_s));
        QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
        QSignalSpy requested(bob.client.get(), &Client::chatRequested);
        ChatSession *out = alice.client->chatWith(*alice.client->users()->find(u"bob"_s));
        QVERIFY(requested.wait());
        auto *in = requested.first().first().value<ChatSession *>();
        QSignalSpy ended(out, &ChatSession::ended);
        in->decline();
        QVERIFY(ended.wait());
        QVERIFY(alice.client->history()->contacts().isEmpty());
        QVERIFY(bob.client->history()->contacts().isEmpty());
        // The decline is in the conversation while the app runs (the tab shows it).
        const qint64 bobId = alice.client->contactOf(out);
        QVERIFY(eventsOf(alice.client->history()->before(bobId, 0, 10))
                    .contains(ChatLine::Event::Declined));
    }

    void keyChangeIsMarkedInTheSameConversation()
    {
        HubFixture hub;
        QVERIFY(hub.start());
        Person alice(u"alice"_s), bob(u"bob"_s);
        // Alice chatted with a "bob" who had another key.
        const QString oldKey = QString(64, u'e');
        alice.profile->settings().pinContact(u"bob"_s, oldKey);
        History *history = alice.client->history();
        const qint64 bobId = history->contactFor(u"bob"_s, oldKey).id;
        history->save(bobId);
        ChatLine earlier;
        earlier.kind = ChatLine::Kind::Incoming;
        earlier.sender = u"bob"_s;
        earlier.text = u"from the old key"_s;
        history->append(bobId, earlier);

        QVERIFY(alice.logIn(hub.port(), u"alice"_s));
        QVERIFY(bob.logIn(hub.port(), u"bob"_s));
        auto [out, in] = openChat(alice, bob, u"bob"_s);
        QVERIFY(out && in);
        QTRY_COMPARE(out->trust(), ChatSession::Trust::KeyChanged);
        QCOMPARE(alice.client->contactOf(out), bobId); // the same conversation
        QVERIFY(eventsOf(history->before(bobId, 0, 50)).contains(ChatLine::Event::KeyChanged));
        out->acceptKey();
        QCOMPARE(history->contact(bobId)->fingerprint, bob.profile->fingerprint());
        const QList<HistoryEntry> entries = history->before(bobId, 0, 50);
        QCOMPARE(entries.first().line.text, u"from the old key"_s);
        QVERIFY(eventsOf(entries).contains(ChatLine::Event::KeyAccepted));
        QCOMPARE(history->contacts().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChatRecorder)
#include "tst_chatrecorder.moc"
