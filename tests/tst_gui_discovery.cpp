// SPDX-License-Identifier: GPL-3.0-or-later
// The login dialog's list of hubs found on the network (HubList, HubFinder), offscreen and
// over loopback only (hubs announce on 127.255.255.255, on a UDP port of the test's own): the
// only hub is chosen and logged in to without typing an address; with two, none is chosen
// until the user clicks one; a forged announcement that claims a hub's address with another
// key is shown and refused at login, and nothing is pinned. And "why can't they reach me?":
// the hub tries the chat port, the window warns when it is closed, Help ▸ Check My
// Connection says what works. And a hub hosted by the app itself, found and used by another.

#include "hublist.h"
#include "logindialog.h"

#include "client.h"
#include "discovery.h"
#include "guiperson.h"
#include "hostedhub.h"
#include "hubconnection.h"
#include "hubfinder.h"
#include "hubfixture.h"
#include "identity.h"
#include "peerlistener.h"
#include "profile.h"
#include "settings.h"
#include "usersmodel.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::test;

namespace {

const QHostAddress LoopbackBroadcast(u"127.255.255.255"_s);

void announceOn(HubFixture &hub, quint16 udp, const QString &name)
{
    hub.config().announce = true;
    hub.config().name = name;
    hub.config().discoveryPort = udp;
    hub.config().announceTo = {LoopbackBroadcast};
}

// The person's finder listens and asks on the test's port, on loopback only.
void findHubs(GuiPerson &person, quint16 udp)
{
    client::HubFinder::Options options;
    options.port = udp;
    options.targets = {LoopbackBroadcast};
    person.client->hubFinder()->setOptions(options);
    QVERIFY(person.client->hubFinder()->start().ok());
}

QListView *hubView(const GuiPerson &person)
{
    return child<QListView>(person.login.get(), u"hubListView"_s);
}

QString field(const GuiPerson &person, const QString &objectName)
{
    return child<QLineEdit>(person.login.get(), objectName)->text();
}

} // namespace

class TestGuiDiscovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theOnlyHubIsChosenAndLoggedInTo();
    void withTwoHubsTheUserChooses();
    void aHubShowingAnotherKeyThanAnnouncedIsRefused();
    void unreachableChatPortIsExplained();
    void hostAHubAndAnotherLogsIn();
};

void TestGuiDiscovery::theOnlyHubIsChosenAndLoggedInTo()
{
    const quint16 udp = freeUdpPort();
    HubFixture hub;
    announceOn(hub, udp, u"Office hub"_s);
    QVERIFY(hub.start());

    GuiPerson alice(u"alice"_s);
    STEP(findHubs(alice, udp));
    alice.login->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.login.get()));
    QListView *view = hubView(alice);
    QTRY_COMPARE(lines(view).size(), 1);
    QVERIFY2(lines(view).first().startsWith(u"Office hub — 127.0.0.1:%1 · key "_s.arg(hub.port())),
             qPrintable(lines(view).first()));
    QVERIFY(lines(view).first().contains(shortFingerprint(hub.server()->fingerprint())));
    QVERIFY(!child<QLabel>(alice.login.get(), u"hubExplanation"_s)->text().isEmpty());
    // Chosen by itself: the address is filled in, nothing typed but the name.
    QTRY_COMPARE(field(alice, u"portEdit"_s), QString::number(hub.port()));
    QCOMPARE(field(alice, u"hostEdit"_s), u"127.0.0.1"_s);
    QCOMPARE(view->currentIndex().row(), 0);
    STEP(typeInto(child<QLineEdit>(alice.login.get(), u"nameEdit"_s), u"alice"_s));
    QSignalSpy accepted(alice.login.get(), &QDialog::accepted);
    STEP(click(child<QPushButton>(alice.login.get(), u"connectButton"_s)));
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(alice.client->hub()->announcedFingerprint(), hub.server()->fingerprint());
    QCOMPARE(alice.client->hub()->hubFingerprint(), hub.server()->fingerprint());
    // Pinned like any hub: next time the list says it is known.
    QCOMPARE(alice.client->settings().pinnedHubFingerprint(u"127.0.0.1:%1"_s.arg(hub.port())),
             hub.server()->fingerprint());
    QTRY_VERIFY(lines(view).first().endsWith(u" · known"_s));
}

void TestGuiDiscovery::withTwoHubsTheUserChooses()
{
    const quint16 udp = freeUdpPort();
    HubFixture office;
    announceOn(office, udp, u"Office hub"_s);
    QVERIFY(office.start());
    HubFixture lab;
    announceOn(lab, udp, u"Lab hub"_s);
    QVERIFY(lab.start());

    GuiPerson bob(u"bob"_s);
    bob.login->setUserName(u"bob"_s);
    STEP(findHubs(bob, udp));
    bob.login->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.login.get()));
    QListView *view = hubView(bob);
    QTRY_COMPARE(lines(view).size(), 2);
    // Sorted by name; neither chosen, the address as it was.
    QVERIFY(lines(view).at(0).startsWith(u"Lab hub"_s));
    QVERIFY(lines(view).at(1).startsWith(u"Office hub"_s));
    // Once the dialog's moment to choose has passed (both answers came within it):
    const QTimer *choosing = child<QTimer>(bob.login.get(), u"chooseOnlyHubTimer"_s);
    QVERIFY(choosing);
    QTRY_VERIFY(!choosing->isActive());
    QCOMPARE(field(bob, u"portEdit"_s), u"8080"_s);
    QVERIFY(!view->currentIndex().isValid());

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(1, 0)).center());
    QCOMPARE(field(bob, u"portEdit"_s), QString::number(office.port()));
    QSignalSpy accepted(bob.login.get(), &QDialog::accepted);
    STEP(click(child<QPushButton>(bob.login.get(), u"connectButton"_s)));
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(bob.client->hub()->hubFingerprint(), office.server()->fingerprint());
}

void TestGuiDiscovery::aHubShowingAnotherKeyThanAnnouncedIsRefused()
{
    // Someone on the network announces the real hub's address and port with a key of their
    // own (its signature is valid: it is theirs). Whoever logs in must see the real hub's key
    // refused, not pinned.
    const quint16 udp = freeUdpPort();
    HubFixture hub;
    QVERIFY(hub.start()); // not announcing itself
    const auto forger = Identity::generate(u"forger"_s);
    QVERIFY(forger.ok());
    discovery::Announcement forged;
    forged.name = u"Office hub"_s;
    forged.port = hub.port();
    forged.publicKey = publicKeyOf(forger->certificate());
    forged.time = QDateTime::currentMSecsSinceEpoch();
    const auto bytes = discovery::encode(forged, forger->privateKey());
    QVERIFY(bytes.ok());

    GuiPerson carol(u"carol"_s);
    carol.login->setUserName(u"carol"_s);
    STEP(findHubs(carol, udp));
    carol.login->show();
    QVERIFY(QTest::qWaitForWindowExposed(carol.login.get()));
    QUdpSocket forgerSocket;
    QCOMPARE(forgerSocket.writeDatagram(*bytes, LoopbackBroadcast, udp), bytes->size());
    QListView *view = hubView(carol);
    QTRY_COMPARE(lines(view).size(), 1);
    QTRY_COMPARE(field(carol, u"portEdit"_s), QString::number(hub.port()));

    QSignalSpy errors(carol.client->hub(), &client::HubConnection::errorOccurred);
    STEP(click(child<QPushButton>(carol.login.get(), u"connectButton"_s)));
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<client::HubConnection::Error>(),
             client::HubConnection::Error::NotAnnouncedKey);
    const QString status = child<QLabel>(carol.login.get(), u"loginStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"did not show the key it announced"_s), qPrintable(status));
    QVERIFY(status.contains(formatFingerprint(hub.server()->fingerprint())));
    QVERIFY(carol.login->isVisible());
    QVERIFY(
        carol.client->settings().pinnedHubFingerprint(u"127.0.0.1:%1"_s.arg(hub.port())).isEmpty());
}

void TestGuiDiscovery::unreachableChatPortIsExplained()
{
    // The hub tries alice's chat port: open, then closed (as behind a new firewall rule).
    HubFixture hub;
    hub.config().reachabilityInterval = std::chrono::milliseconds(0);
    QVERIFY(hub.start());
    GuiPerson alice(u"alice"_s);
    STEP(alice.logIn(hub.port()));
    QTRY_VERIFY(alice.client->hub()->reachability().has_value());
    QVERIFY(alice.client->hub()->reachability()->reachable);
    QFrame *banner = child<QFrame>(alice.window.get(), u"reachabilityBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // Help ▸ Check My Connection…
    auto *check = child<QAction>(alice.window.get(), u"checkConnectionAction"_s);
    QVERIFY(check);
    check->trigger();
    QDialog *dialog = child<QDialog>(alice.window.get(), u"connectionCheckDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto row = [dialog](const QString &name) {
        return child<QLabel>(dialog, name)->text();
    };
    const quint16 port = alice.client->listener()->port();
    QVERIFY2(row(u"checkHubLabel"_s)
                 .startsWith(u"✓ Connected to 127.0.0.1:%1 as alice"_s.arg(hub.port())),
             qPrintable(row(u"checkHubLabel"_s)));
    QVERIFY(row(u"checkHubKeyLabel"_s).contains(twoLineFingerprint(hub.server()->fingerprint())));
    QVERIFY2(row(u"checkChatPortLabel"_s).startsWith(u"✓ %1: the hub at"_s.arg(port)),
             qPrintable(row(u"checkChatPortLabel"_s)));
    QVERIFY2(row(u"checkDiscoveryLabel"_s).startsWith(u"Not looking"_s),
             qPrintable(row(u"checkDiscoveryLabel"_s)));

    // A firewall, as the hub sees it: alice still listens, but where the hub tries (the
    // address it sees her at, 127.0.0.1) nothing answers.
    alice.client->listener()->close();
    QVERIFY(alice.client->listener()->listen(port, QHostAddress(u"127.0.0.2"_s)));
    STEP(click(child<QPushButton>(dialog, u"checkAgainButton"_s)));
    QTRY_VERIFY2(row(u"checkChatPortLabel"_s)
                     .startsWith(u"⚠ Others cannot start chats with "
                                 "you: port %1 seems blocked"_s.arg(port)),
                 qPrintable(row(u"checkChatPortLabel"_s)));
    QVERIFY(row(u"checkChatPortLabel"_s).contains(u"refused"_s));
    QTRY_VERIFY(banner->isVisible());
    const QString warning = child<QLabel>(banner, u"reachabilityLabel"_s)->text();
    QVERIFY2(warning.contains(u"sudo ufw allow %1/tcp"_s.arg(port)), qPrintable(warning));

    // Open again: the banner's Check Again clears it.
    alice.client->listener()->close();
    QVERIFY(alice.client->listener()->listen(port, QHostAddress::LocalHost));
    STEP(click(child<QPushButton>(banner, u"checkReachabilityButton"_s)));
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(row(u"checkChatPortLabel"_s).startsWith(u"✓"_s));
}

void TestGuiDiscovery::hostAHubAndAnotherLogsIn()
{
    // alice has no hub: she hosts one from the login dialog; bob finds it in his list and logs
    // in to it without typing an address; when alice's hub stops, bob is told.
    const quint16 udp = freeUdpPort();
    GuiPerson alice(u"alice"_s);
    client::HostedHub::Options hosting;
    hosting.port = 0; // any free port (8080 may be taken on the test machine)
    hosting.name = u"Alice's hub"_s;
    hosting.discoveryPort = udp;
    hosting.announceTo = {LoopbackBroadcast};
    hosting.connectAddress = QHostAddress::LocalHost;
    alice.client->hostedHub()->setOptions(hosting);
    alice.login->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.login.get()));
    STEP(typeInto(child<QLineEdit>(alice.login.get(), u"nameEdit"_s), u"alice"_s));
    QSignalSpy aliceIn(alice.login.get(), &QDialog::accepted);
    STEP(click(child<QPushButton>(alice.login.get(), u"hostHubButton"_s)));
    QTRY_COMPARE(aliceIn.count(), 1);
    client::HostedHub *hosted = alice.client->hostedHub();
    QVERIFY(hosted->isRunning());
    QCOMPARE(alice.client->hub()->hubFingerprint(), hosted->fingerprint());
    QCOMPARE(alice.client->hub()->port(), hosted->port());
    // Its key and registry live in alice's profile folder.
    QVERIFY(QFile::exists(QDir(alice.profile->directory()).filePath(u"hub/identity/cert.pem"_s)));

    GuiPerson bob(u"bob"_s);
    bob.login->setUserName(u"bob"_s);
    STEP(findHubs(bob, udp));
    bob.login->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.login.get()));
    QTRY_COMPARE(lines(hubView(bob)).size(), 1);
    QVERIFY(lines(hubView(bob))
                .first()
                .startsWith(u"Alice's hub — 127.0.0.1:%1"_s.arg(hosted->port())));
    QTRY_COMPARE(field(bob, u"portEdit"_s), QString::number(hosted->port()));
    QSignalSpy bobIn(bob.login.get(), &QDialog::accepted);
    STEP(click(child<QPushButton>(bob.login.get(), u"connectButton"_s)));
    QTRY_COMPARE(bobIn.count(), 1);
    QTRY_COMPARE(hosted->userCount(), 2);
    QTRY_VERIFY(bob.client->users()->find(u"alice"_s).has_value());

    QSignalSpy bobLost(bob.client->hub(), &client::HubConnection::errorOccurred);
    hosted->stop();
    QTRY_VERIFY(!bobLost.isEmpty());
    QCOMPARE(bobLost.first().first().value<client::HubConnection::Error>(),
             client::HubConnection::Error::HubShutdown);
    QTRY_VERIFY(!hosted->isRunning());
}

QTEST_MAIN(TestGuiDiscovery)
#include "tst_gui_discovery.moc"
