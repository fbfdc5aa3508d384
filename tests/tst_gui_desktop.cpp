// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client as a desktop citizen, offscreen with a real hub in the process:
// notifications and unread counts (the tray's logic), Do not disturb, the settings dialog,
// keyboard-only use, accessible names and readable colours on a dark palette.

#include "chatwidget.h"
#include "incomingchatprompt.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "notifier.h"
#include "securityui.h"
#include "settingsdialog.h"

#include "chatsession.h"
#include "client.h"
#include "guiperson.h"
#include "hubconnection.h"
#include "hubfixture.h"
#include "messagemodel.h"
#include "peerlistener.h"
#include "profile.h"
#include "usersmodel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;
using namespace chatbuddy::ui;

namespace {

using Person = GuiPerson;

void expectNamed(const QStringList &unnamed)
{
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// Paints row of model with the delegate as the chat view would, on the palette's Base.
QImage renderRow(MessageDelegate &delegate, const QAbstractItemModel &model, int row,
                 const QPalette &palette)
{
    QStyleOptionViewItem option;
    option.palette = palette;
    QFont font = QApplication::font();
    font.setPointSizeF(16); // big glyphs: their stems reach the pen colour fully
    option.font = font;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    delegate.setViewWidth(600);
    const QModelIndex index = model.index(row, 0);
    const QSize size = delegate.sizeHint(option, index);
    option.rect = QRect(QPoint(0, 0), size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

// The bubble's fill (the commonest colour that is not the background) and the pixel that
// stands out most from it (the text); their contrast.
double textContrast(const QImage &image, const QColor &background)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel != background.rgb())
                ++counts[pixel];
        }
    }
    QRgb fill = background.rgb();
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            fill = it.key();
        }
    }
    // Notices have no bubble: the commonest colour is the background itself.
    if (best < image.width() * image.height() / 8)
        fill = background.rgb();
    double most = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        most = std::max(most, contrast(QColor(fill), QColor(it.key())));
    return most;
}

} // namespace

class TestGuiDesktop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backgroundMessageNotifies();
    void doNotDisturbSilencesButCounts();
    void chatRequestNotifies();
    void frontChatDoesNotNotify();
    void badgePaintsCount();
    void settingsRoundTrip();
    void settingsReconnectsToNewHub();
    void keyboardOnly();
    void accessibleNames();
    void darkPaletteContrast();
    void fitsSmallScreen();
    void hubKeyChangeWarnsOnce();
};

void TestGuiDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Fusion draws the same everywhere: the colour checks do not depend on the host's style.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

void TestGuiDesktop::backgroundMessageNotifies()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    STEP(carol.logInQuickly(hub.port()));
    ChatWidget *aliceChat = nullptr, *bobWithAlice = nullptr;
    ChatWidget *carolChat = nullptr, *bobWithCarol = nullptr;
    STEP(openChatDirectly(alice, bob, &aliceChat, &bobWithAlice));
    STEP(openChatDirectly(carol, bob, &carolChat, &bobWithCarol));
    QCOMPARE(bob.currentChat(), bobWithCarol); // Alice's chat is the background tab

    QSignalSpy requested(bob.notifier(), &Notifier::notificationRequested);
    QSignalSpy total(bob.notifier(), &Notifier::unreadTotalChanged);
    STEP(say(aliceChat, u"Are you there, Bob?"_s));
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"Message from alice"_s);
    QCOMPARE(requested.at(0).at(1).toString(), u"Are you there, Bob?"_s);
    QCOMPARE(requested.at(0).at(2).value<ChatSession *>(), bobWithAlice->session());
    QCOMPARE(bob.notifier()->unreadTotal(), 1);
    QCOMPARE(bob.notifier()->unreadCount(bobWithAlice->session()), 1);
    QCOMPARE(total.count(), 1);
    QVERIFY(bob.notifier()->toolTip().contains(u"1 unread message"_s));
    STEP(say(aliceChat, u"Hello?"_s));
    QTRY_COMPARE(bob.notifier()->unreadTotal(), 2);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(bob.notifier()->lastNotified(), bobWithAlice->session());

    // Clicking the notification (what the tray's messageClicked calls) opens Alice's chat.
    bob.notifier()->activateLastNotification();
    QCOMPARE(bob.currentChat(), bobWithAlice);
    QVERIFY(bob.window->isVisible());
    STEP(activate(bob.window.get()));
    QTRY_COMPARE(bob.notifier()->unreadTotal(), 0); // in front: read
    QCOMPARE(bob.tabs()->tabText(bob.tabs()->currentIndex()), u"alice"_s);
}

void TestGuiDesktop::doNotDisturbSilencesButCounts()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    STEP(carol.logInQuickly(hub.port()));
    ChatWidget *aliceChat = nullptr, *bobWithAlice = nullptr;
    ChatWidget *carolChat = nullptr, *bobWithCarol = nullptr;
    STEP(openChatDirectly(alice, bob, &aliceChat, &bobWithAlice));
    STEP(openChatDirectly(carol, bob, &carolChat, &bobWithCarol));

    QAction *dnd = child<QAction>(bob.window.get(), u"doNotDisturbAction"_s);
    QVERIFY(dnd);
    QVERIFY(dnd->isCheckable());
    QVERIFY(!dnd->isChecked());
    dnd->trigger();
    QVERIFY(bob.notifier()->doNotDisturb());
    QCOMPARE(bob.profile->settings().doNotDisturb(), true);
    QVERIFY(bob.notifier()->toolTip().contains(u"Do not disturb"_s));

    QSignalSpy requested(bob.notifier(), &Notifier::notificationRequested);
    STEP(say(aliceChat, u"psst"_s));
    QTRY_COMPARE(bob.notifier()->unreadTotal(), 1);
    QCOMPARE(requested.count(), 0);
    // One count, shown alike by the tab, the window title and the tray.
    QCOMPARE(bob.tabs()->tabText(bob.tabs()->indexOf(bobWithAlice)), u"alice (1)"_s);
    QCOMPARE(bob.window->windowTitle(), u"(1) ChatBuddy — bob"_s);
    QVERIFY(bob.notifier()->toolTip().contains(u"1 unread message"_s));

    // Persisted: a new window starts silent, too.
    auto second = std::make_unique<MainWindow>(bob.client.get());
    QVERIFY(child<QAction>(second.get(), u"doNotDisturbAction"_s)->isChecked());
    second.reset();

    dnd->trigger();
    QVERIFY(!bob.notifier()->doNotDisturb());
    STEP(say(aliceChat, u"now?"_s));
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(bob.notifier()->unreadTotal(), 2);
}

void TestGuiDesktop::chatRequestNotifies()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    STEP(activate(alice.window.get())); // Bob looks elsewhere
    QVERIFY(!bob.window->isActiveWindow());

    QSignalSpy requested(bob.notifier(), &Notifier::notificationRequested);
    QTRY_VERIFY(alice.client->users()->find(u"bob"_s).has_value());
    alice.client->chatWith(*alice.client->users()->find(u"bob"_s));
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"alice wants to chat"_s);
    auto *session = requested.at(0).at(2).value<ChatSession *>();
    QVERIFY(session);
    QCOMPARE(session->state(), ChatSession::State::AwaitingDecision);

    // Clicking it brings the window and the request to the front; accepting opens the tab.
    bob.notifier()->activateLastNotification();
    QPointer<IncomingChatPrompt> prompt = bob.visiblePrompt();
    QVERIFY(prompt);
    QCOMPARE(prompt->session(), session);
    STEP(click(child<QPushButton>(prompt.data(), u"acceptButton"_s)));
    QTRY_VERIFY(bob.window->chatWidgetFor(session));
    QCOMPARE(bob.currentChat()->session(), session);

    // Do not disturb: the next request only shows its prompt.
    bob.notifier()->setDoNotDisturb(true);
    Person carol(u"carol"_s);
    STEP(carol.logInQuickly(hub.port()));
    STEP(activate(carol.window.get()));
    QTRY_VERIFY(carol.client->users()->find(u"bob"_s).has_value());
    carol.client->chatWith(*carol.client->users()->find(u"bob"_s));
    QTRY_VERIFY(bob.visiblePrompt());
    QCOMPARE(requested.count(), 1);
}

void TestGuiDesktop::frontChatDoesNotNotify()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    ChatWidget *aliceChat = nullptr, *bobChat = nullptr;
    STEP(openChatDirectly(alice, bob, &aliceChat, &bobChat));
    STEP(activate(bob.window.get()));
    QVERIFY(bob.window->isChatInFront(bobChat->session()));

    QSignalSpy requested(bob.notifier(), &Notifier::notificationRequested);
    QSignalSpy received(bobChat->session(), &ChatSession::messageReceived);
    STEP(say(aliceChat, u"you see this one"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(bob.notifier()->unreadTotal(), 0);

    // The same tab in front of a window that is not active: the user is elsewhere.
    STEP(activate(alice.window.get()));
    STEP(say(aliceChat, u"and this one?"_s));
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(bob.notifier()->unreadTotal(), 1);
    STEP(activate(bob.window.get()));
    QTRY_COMPARE(bob.notifier()->unreadTotal(), 0);
}

void TestGuiDesktop::badgePaintsCount()
{
    QPixmap plain(32, 32);
    plain.fill(Qt::white);
    const QIcon base(plain);
    QCOMPARE(Notifier::badgedIcon(base, 0).pixmap(32, 32).toImage(), plain.toImage());
    const QImage badged = Notifier::badgedIcon(base, 3).pixmap(32, 32).toImage();
    QCOMPARE(badged.size(), QSize(32, 32));
    // The badge is red at the top right; the rest of the icon is untouched.
    const QColor corner = badged.pixelColor(30, 10);
    QVERIFY2(corner.red() > 150 && corner.green() < 100, qPrintable(corner.name()));
    QCOMPARE(badged.pixelColor(4, 28), QColor(Qt::white));
}

void TestGuiDesktop::settingsRoundTrip()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    QTRY_VERIFY(bob.client->users()->find(u"alice"_s).has_value());

    QAction *action = child<QAction>(alice.window.get(), u"settingsAction"_s);
    QVERIFY(action);
    action->trigger();
    QPointer<SettingsDialog> dialog =
        child<SettingsDialog>(alice.window.get(), u"settingsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));

    // As in use now: this hub, the port the listener has, nothing silenced.
    auto *host = child<QLineEdit>(dialog.data(), u"hubHostEdit"_s);
    auto *hubPort = child<QSpinBox>(dialog.data(), u"hubPortSpin"_s);
    auto *reconnect = child<QCheckBox>(dialog.data(), u"reconnectNowCheck"_s);
    auto *autoPort = child<QRadioButton>(dialog.data(), u"chatPortAutoRadio"_s);
    auto *fixedPort = child<QRadioButton>(dialog.data(), u"chatPortFixedRadio"_s);
    auto *chatPort = child<QSpinBox>(dialog.data(), u"chatPortSpin"_s);
    auto *legacy = child<QCheckBox>(dialog.data(), u"legacyCheck"_s);
    auto *notifications = child<QCheckBox>(dialog.data(), u"notificationsCheck"_s);
    auto *dnd = child<QCheckBox>(dialog.data(), u"doNotDisturbCheck"_s);
    auto *tray = child<QCheckBox>(dialog.data(), u"keepInTrayCheck"_s);
    auto *language = child<QComboBox>(dialog.data(), u"languageCombo"_s);
    auto *typing = child<QCheckBox>(dialog.data(), u"typingNoticesCheck"_s);
    auto *receipts = child<QCheckBox>(dialog.data(), u"readReceiptsCheck"_s);
    QVERIFY(host && hubPort && reconnect && autoPort && fixedPort && chatPort && legacy &&
            notifications && dnd && tray && language && typing && receipts);
    QCOMPARE(host->text(), u"127.0.0.1"_s);
    QCOMPARE(hubPort->value(), int(hub.port()));
    QVERIFY(reconnect->isHidden()); // same hub: nothing to reconnect to
    QVERIFY(autoPort->isChecked());
    QVERIFY(!chatPort->isEnabled());
    QCOMPARE(chatPort->value(), int(alice.client->listener()->port()));
    QVERIFY(!legacy->isChecked());
    QVERIFY(notifications->isChecked());
    QVERIFY(!dnd->isChecked());
    QVERIFY(!tray->isChecked());
    QVERIFY(typing->isChecked());
    QVERIFY(receipts->isChecked());
    QCOMPARE(language->currentData().toString(), QString());

    // A free port for chats, to be applied at once.
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::Any, 0));
        freePort = probe.serverPort();
    }
    fixedPort->click();
    QVERIFY(chatPort->isEnabled());
    chatPort->setValue(freePort);
    legacy->click();
    tray->click();
    dnd->click();
    receipts->click();
    language->setCurrentIndex(language->findData(u"de"_s));
    QSignalSpy registered(alice.client->hub(), &HubConnection::registered);
    STEP(click(child<QPushButton>(dialog.data(), u"settingsOkButton"_s)));
    QTRY_VERIFY(dialog.isNull());

    const client::Settings &settings = alice.profile->settings();
    QCOMPARE(settings.fixedChatPort(), freePort);
    QCOMPARE(settings.keepInTray(), true);
    QCOMPARE(settings.doNotDisturb(), true);
    QCOMPARE(settings.notificationsEnabled(), true);
    QVERIFY(settings.sendTypingNotices());
    QVERIFY(!settings.sendReadReceipts());
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.hubHost(), u"127.0.0.1"_s);
    QVERIFY(alice.client->legacyChatsAllowed());
    QVERIFY(child<QAction>(alice.window.get(), u"allowLegacyAction"_s)->isChecked());
    QVERIFY(alice.notifier()->doNotDisturb());
    QVERIFY(child<QAction>(alice.window.get(), u"doNotDisturbAction"_s)->isChecked());
    QCOMPARE(alice.client->preferredChatPort(), freePort);

    // Applied at once: the new port is open and, after logging in again, the hub tells Bob.
    QCOMPARE(alice.client->listener()->port(), freePort);
    QTRY_COMPARE(registered.count(), 1);
    QTRY_COMPARE(bob.client->users()->find(u"alice"_s).value_or(UserInfo{}).port, freePort);
    QVERIFY(alice.window->findChild<QLabel *>(u"chatPortLabel"_s)
                ->text()
                .contains(QString::number(freePort)));

    // Reopened with Ctrl+, : the stored values; the legacy box switches legacy chats off.
    STEP(activate(alice.window.get()));
    QTest::keyClick(alice.window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY((dialog = child<SettingsDialog>(alice.window.get(), u"settingsDialog"_s)));
    QVERIFY(child<QRadioButton>(dialog.data(), u"chatPortFixedRadio"_s)->isChecked());
    QCOMPARE(child<QSpinBox>(dialog.data(), u"chatPortSpin"_s)->value(), int(freePort));
    QVERIFY(child<QCheckBox>(dialog.data(), u"keepInTrayCheck"_s)->isChecked());
    QVERIFY(child<QCheckBox>(dialog.data(), u"doNotDisturbCheck"_s)->isChecked());
    QVERIFY(child<QCheckBox>(dialog.data(), u"typingNoticesCheck"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(dialog.data(), u"readReceiptsCheck"_s)->isChecked());
    QCOMPARE(child<QComboBox>(dialog.data(), u"languageCombo"_s)->currentData().toString(),
             u"de"_s);
    legacy = child<QCheckBox>(dialog.data(), u"legacyCheck"_s);
    QVERIFY(legacy->isChecked());
    legacy->click();
    child<QCheckBox>(dialog.data(), u"notificationsCheck"_s)->click();
    QVERIFY(!child<QCheckBox>(dialog.data(), u"doNotDisturbCheck"_s)->isEnabled());
    STEP(click(child<QPushButton>(dialog.data(), u"settingsOkButton"_s)));
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!alice.client->legacyChatsAllowed());
    QVERIFY(!child<QAction>(alice.window.get(), u"allowLegacyAction"_s)->isChecked());
    QCOMPARE(settings.notificationsEnabled(), false);
    QVERIFY(!alice.notifier()->notificationsAllowed());
    QCOMPARE(registered.count(), 1); // the port did not change: no new login

    // Escape cancels: nothing changes.
    alice.window->showSettings();
    QTRY_VERIFY((dialog = child<SettingsDialog>(alice.window.get(), u"settingsDialog"_s)));
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    child<QCheckBox>(dialog.data(), u"legacyCheck"_s)->click();
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!alice.client->legacyChatsAllowed());
}

void TestGuiDesktop::settingsReconnectsToNewHub()
{
    HubFixture first, second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    Person alice(u"alice"_s);
    STEP(alice.logInQuickly(first.port()));

    SettingsDialog *dialog = alice.window->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *reconnect = child<QCheckBox>(dialog, u"reconnectNowCheck"_s);
    QVERIFY(reconnect->isHidden());
    child<QSpinBox>(dialog, u"hubPortSpin"_s)->setValue(second.port());
    QVERIFY(!reconnect->isHidden());
    QVERIFY(reconnect->isChecked());
    STEP(click(child<QPushButton>(dialog, u"settingsOkButton"_s)));
    QTRY_COMPARE(alice.client->hub()->port(), second.port());
    QTRY_VERIFY(alice.client->hub()->isOnline());
    QCOMPARE(alice.client->hub()->userName(), u"alice"_s);
    QCOMPARE(alice.profile->settings().hubPort(), second.port());
}

void TestGuiDesktop::keyboardOnly()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s), carol(u"carol"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    STEP(carol.logInQuickly(hub.port()));
    MainWindow *window = alice.window.get();
    STEP(activate(window));

    // Tab from the filter reaches the people list.
    auto *filter = child<QLineEdit>(window, u"filterEdit"_s);
    auto *users = child<QListView>(window, u"usersView"_s);
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Tab);
    QTRY_VERIFY(users->hasFocus());

    // Ctrl+F, type a name, Enter selects the match, Enter again opens the chat.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTRY_COMPARE(users->model()->rowCount(), 3);
    QTest::keyClicks(filter, u"bob"_s);
    QCOMPARE(users->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(users->hasFocus());
    QTest::keyClick(users, Qt::Key_Return);
    QTRY_COMPARE(alice.tabs()->count(), 1);
    QPointer<IncomingChatPrompt> prompt;
    QTRY_VERIFY((prompt = bob.visiblePrompt()));
    prompt->accept();
    ChatWidget *chat = alice.currentChat();
    QTRY_VERIFY(chat->session()->isActive());

    // Ctrl+Enter sends from the input.
    STEP(activate(window));
    auto *edit = child<QLineEdit>(chat, u"messageEdit"_s);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"hi bob"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(edit->text(), QString());
    QTRY_COMPARE(bob.currentChat()->session()->messages()->rowCount() > 0, true);
    QTest::keyClicks(edit, u"and again"_s);
    QTest::keyClick(edit, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(edit->text(), QString());
    int outgoing = 0;
    for (const ChatLine &line : chat->session()->messages()->lines())
        outgoing += line.kind == ChatLine::Kind::Outgoing ? 1 : 0;
    QCOMPARE(outgoing, 2); // each once

    // The input's tab order: message → Send → Send file… → End chat.
    QCOMPARE(edit->nextInFocusChain(), child<QPushButton>(chat, u"sendButton"_s));
    QCOMPARE(child<QPushButton>(chat, u"sendButton"_s)->nextInFocusChain(),
             child<QPushButton>(chat, u"sendFileButton"_s));
    QCOMPARE(child<QPushButton>(chat, u"sendFileButton"_s)->nextInFocusChain(),
             child<QPushButton>(chat, u"endChatButton"_s));

    // A second chat; Ctrl+PgDown / Ctrl+Tab / Ctrl+PgUp switch between them.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(filter, u"carol"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QTest::keyClick(users, Qt::Key_Return);
    QTRY_COMPARE(alice.tabs()->count(), 2);
    QCOMPARE(alice.tabs()->currentIndex(), 1);
    QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(alice.tabs()->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(alice.tabs()->currentIndex(), 1);
    QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(alice.tabs()->currentIndex(), 0);

    // Ctrl+W closes the chat in front.
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(alice.tabs()->count(), 1);
}

void TestGuiDesktop::accessibleNames()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);

    // Every control the keyboard reaches has a name a screen reader can say.
    auto checkNames = [](QWidget *root) {
        QStringList unnamed;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(root) || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(u"%1 (%2)"_s.arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
        }
        return unnamed;
    };

    LoginDialog login(alice.client.get());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    STEP(expectNamed(checkNames(&login)));
    login.hide();

    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    ChatWidget *aliceChat = nullptr, *bobChat = nullptr;
    STEP(openChatDirectly(alice, bob, &aliceChat, &bobChat));
    STEP(expectNamed(checkNames(alice.window.get())));

    SettingsDialog *dialog = alice.window->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    STEP(expectNamed(checkNames(dialog)));
    dialog->reject();
}

void TestGuiDesktop::darkPaletteContrast()
{
    MessageModel model;
    const QDateTime now = QDateTime::currentDateTime();
    model.append({ChatLine::Kind::Incoming, u"1"_s, u"bob"_s, u"Hello there, WWW MMM"_s, now,
                  ChatLine::Delivery::None});
    model.append({ChatLine::Kind::Outgoing, u"2"_s, u"alice"_s, u"Hi Bob, WWW MMM"_s, now,
                  ChatLine::Delivery::Delivered});
    model.append({ChatLine::Kind::Notice,
                  {},
                  {},
                  u"bob accepted the chat. WWW MMM"_s,
                  now,
                  ChatLine::Delivery::None});
    model.append({ChatLine::Kind::Warning,
                  {},
                  {},
                  u"Not delivered WWW MMM"_s,
                  now,
                  ChatLine::Delivery::None});
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = darkPalette();
    QVERIFY(!security::isDark(light));
    QVERIFY(security::isDark(dark));

    for (const QPalette &palette : {light, dark}) {
        QApplication::setPalette(palette);
        const char *which = security::isDark(palette) ? "dark" : "light";
        MessageDelegate delegate;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QImage image = renderRow(delegate, model, row, palette);
            const double ratio = textContrast(image, palette.color(QPalette::Base));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"%1 palette, row %2: contrast %3"_s.arg(QString::fromLatin1(which))
                                    .arg(row)
                                    .arg(ratio)));
        }
        // Trust colours: text on the window, and tags (text on their fill).
        const QColor window = palette.color(QPalette::Window);
        for (const security::Tone tone : {security::Tone::Good, security::Tone::Neutral,
                                          security::Tone::Caution, security::Tone::Danger}) {
            const double onWindow = contrast(QColor(security::color(tone)), window);
            QVERIFY2(onWindow >= 4.5,
                     qPrintable(u"%1: tone %2 on window %3"_s.arg(QString::fromLatin1(which))
                                    .arg(int(tone))
                                    .arg(onWindow)));
            QColor fill, text;
            security::tagColors(tone, &fill, &text);
            QVERIFY2(contrast(fill, text) >= 4.5, which);
            QVERIFY2(contrast(fill, security::bannerTextColor(tone)) >= 4.5, which);
        }
        // Error labels (login, connect by address, chat hints) use the same danger colour, so
        // they are readable on this palette too; no widget has a red of its own.
        QVERIFY2(security::errorLabelStyle().contains(security::color(security::Tone::Danger)),
                 which);
        const double error = contrast(security::color(security::Tone::Danger, palette), window);
        QVERIFY2(error >= 4.5, which);
    }
    QApplication::setPalette(light);
}

void TestGuiDesktop::fitsSmallScreen()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s), bob(u"bob"_s);
    STEP(alice.logInQuickly(hub.port()));
    STEP(bob.logInQuickly(hub.port()));
    ChatWidget *aliceChat = nullptr, *bobChat = nullptr;
    STEP(openChatDirectly(alice, bob, &aliceChat, &bobChat));
    // 1280×800 at 200 % is 640×400: the window with a chat open must fit, not run off screen.
    const QSize least = alice.window->minimumSizeHint();
    QVERIFY2(least.width() <= 640 && least.height() <= 400,
             qPrintable(u"%1×%2"_s.arg(least.width()).arg(least.height())));
    alice.window->resize(640, 400);
    QTRY_COMPARE(alice.window->size(), QSize(640, 400));
    SettingsDialog *dialog = alice.window->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->minimumSizeHint().width() <= 640 && dialog->minimumSizeHint().height() <= 400);
    dialog->reject();

    // The chat header shows its details whole at 800×600 and at 640×400: side by side when
    // they fit, one under the other when not, never "Key 42a7 5e8a b5…".
    for (const QSize size : {QSize(800, 600), QSize(640, 400)}) {
        alice.window->resize(size);
        QTRY_COMPARE(alice.window->size(), size);
        for (const char *name : {"peerEndpointLabel", "peerKeyLabel", "peerVerifiedLabel"}) {
            const auto *label = child<QLabel>(aliceChat, QString::fromLatin1(name));
            QVERIFY(label);
            QTRY_VERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <=
                             label->contentsRect().width(),
                         qPrintable(u"%1 at %2×%3: \"%4\" in %5 px"_s.arg(QString::fromLatin1(name))
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(label->text())
                                        .arg(label->contentsRect().width())));
        }
    }
}

void TestGuiDesktop::hubKeyChangeWarnsOnce()
{
    HubFixture hub;
    QVERIFY(hub.start());
    Person alice(u"alice"_s);
    STEP(alice.logInQuickly(hub.port()));
    alice.client->hub()->setReconnectDelays(std::chrono::milliseconds(50),
                                            std::chrono::milliseconds(200));
    // As if another hub had been at this address before: the pinned key is not this one.
    alice.profile->settings().pinHub(alice.client->hub()->hubAddress(), QString(64, u'c'));
    QVERIFY(hub.restart()); // Alice reconnects and meets the "changed" key
    auto *banner = child<QWidget>(alice.window.get(), u"securityBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>(banner, u"securityBannerLabel"_s)->text();
    QVERIFY2(text.contains(u"Security ▸ Hub Key…"_s) && text.contains(u"forget the old key"_s),
             qPrintable(text));
    // One warning, not a red and a yellow one saying the same.
    QVERIFY(!child<QWidget>(alice.window.get(), u"hubBanner"_s)->isVisible());
    // Its button opens what resolves it.
    STEP(click(child<QPushButton>(banner, u"securityActionButton"_s)));
    QTRY_VERIFY(child<QDialog>(alice.window.get(), u"hubKeyDialog"_s));
}

QTEST_MAIN(TestGuiDesktop)
#include "tst_gui_desktop.moc"
