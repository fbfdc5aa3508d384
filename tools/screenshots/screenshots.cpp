// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshot driver: an in-process hub, Alice's and Bob's real windows, a login, a chat with a
// few messages, the safety number, a changed key and an unencrypted legacy chat; saves what the
// screen shows at each step. Waits on state, never on a clock.
// Over 450 lines: one story from login to the last screen, told in order.

#include "appicon.h"
#include "chatsession.h"
#include "chatwidget.h"
#include "client.h"
#include "courier.h"
#include "directory.h"
#include "framecodec.h"
#include "history.h"
#include "historysearchdialog.h"
#include "hubconnection.h"
#include "hubserver.h"
#include "identity.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messages.h"
#include "profile.h"
#include "settingsdialog.h"
#include "tlsconfig.h"
#include "transfers.h"
#include "translations.h"
#include "usersmodel.h"
#include "verifydialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSslSocket>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

namespace {

QString outDir;
int failures = 0;

void note(const char *what)
{
    std::fprintf(stderr, "screenshots: %s\n", what);
}

bool waitFor(const std::function<bool()> &condition, const char *what)
{
    if (QTest::qWaitFor(condition, 10000))
        return true;
    std::fprintf(stderr, "screenshots: timed out waiting for %s\n", what);
    ++failures;
    return false;
}

// The whole screen, as a person would see it; the window alone as well.
void save(const QString &name, QWidget *window)
{
    QApplication::processEvents();
    window->repaint(); // the screen grab reads the X server: paint first
    QGuiApplication::sync();
    if (!QTest::qWaitForWindowExposed(window))
        note("window not exposed");
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = QDir(outDir).filePath(name + u".png"_s);
    if (!screen.save(path))
        ++failures;
    window->grab().save(QDir(outDir).filePath(name + u"-window.png"_s));
    std::fprintf(stderr, "screenshots: saved %s\n", qPrintable(path));
}

// A dark Fusion palette, as a dark desktop theme gives: every colour must stay readable on it.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

struct Person {
    Person(const QString &name, const QString &base)
        : name(name)
    {
        auto opened = client::Profile::openAt(QDir(base).filePath(name), name);
        if (!opened)
            qFatal("profile: %s", qUtf8Printable(opened.error()));
        profile = std::move(opened).value();
        client = std::make_unique<client::Client>(profile.get());
        if (const auto listening = client->startListening(0); !listening)
            qFatal("listen: %s", qUtf8Printable(listening.error()));
    }
    QString name;
    std::unique_ptr<client::Profile> profile;
    std::unique_ptr<client::Client> client;
    std::unique_ptr<ui::LoginDialog> login;
    std::unique_ptr<ui::MainWindow> window;
};

// A picture to send: colourful enough to be seen as one in a thumbnail.
QString makePicture(const QString &folder)
{
    QImage picture(1200, 800, QImage::Format_RGB32);
    QPainter painter(&picture);
    QLinearGradient sky(0, 0, 0, 800);
    sky.setColorAt(0, QColor(0x3a, 0x7b, 0xd5));
    sky.setColorAt(0.6, QColor(0xf6, 0xd3, 0x65));
    sky.setColorAt(1, QColor(0xf0, 0x8a, 0x4b));
    painter.fillRect(picture.rect(), sky);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xff, 0xf3, 0xb0));
    painter.drawEllipse(QPoint(850, 420), 120, 120);
    painter.setBrush(QColor(0x1f, 0x4e, 0x3d));
    painter.drawPolygon(QPolygon({{0, 800}, {300, 430}, {520, 640}, {760, 380}, {1200, 800}}));
    painter.end();
    const QString path = QDir(folder).filePath(u"Sunset at the lake.png"_s);
    picture.save(path);
    return path;
}

// A big hub: more people online than it follows for everyone (its limit made small here).
// Dana's list shows her and her contacts; the filter searches the hub.
void showBigHub(const QString &base, const QString &prefix, const QRect &screen)
{
    hub::HubConfig config;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = QDir(base).filePath(u"bighub"_s);
    config.watchAllLimit = 40;
    config.maxConnectionsPerAddress = 0; // the crowd comes from 127.0.0.1, all at once
    config.maxPendingPerAddress = 0;
    config.names.maxNewNamesPerAddressPerHour = 0;
    config.maxUsers = 500;
    hub::HubServer hub(config);
    if (const Status started = hub.start(); !started) {
        std::fprintf(stderr, "screenshots: big hub: %s\n", qPrintable(started.error()));
        ++failures;
        return;
    }
    const QStringList first{u"anna"_s,   u"anand"_s,   u"andrea"_s, u"angela"_s, u"anita"_s,
                            u"ankit"_s,  u"anton"_s,   u"ananya"_s, u"daniel"_s, u"diana"_s,
                            u"hannah"_s, u"ivan"_s,    u"joanna"_s, u"juan"_s,   u"lana"_s,
                            u"manuel"_s, u"nandini"_s, u"oksana"_s, u"rohan"_s,  u"sanjay"_s,
                            u"ben"_s,    u"chloe"_s,   u"emil"_s,   u"grace"_s,  u"kofi"_s,
                            u"li.wei"_s, u"mei"_s,     u"omar"_s,   u"priya"_s,  u"sofia"_s};
    const QStringList last{u".b"_s, u".k"_s, u".m"_s, u".s"_s, u"_r"_s};
    std::vector<std::unique_ptr<QSslSocket>> crowd;
    QHash<QString, QString> keys; // name → fingerprint
    for (const QString &surname : last) {
        for (const QString &name : first) {
            auto identity = Identity::generate(name + surname);
            if (!identity)
                continue;
            keys.insert(name + surname, identity.value().fingerprint());
            auto socket = std::make_unique<QSslSocket>();
            socket->setSslConfiguration(tlsConfiguration(identity.value()));
            QObject::connect(socket.get(), &QSslSocket::encrypted, socket.get(),
                             [s = socket.get(), who = name + surname] {
                                 s->write(encodeFrame(Hello::forThisProgram(who, 9090).toJson()));
                             });
            socket->connectToHostEncrypted(u"127.0.0.1"_s, hub.serverPort());
            crowd.push_back(std::move(socket));
        }
    }
    const int crowdSize = int(crowd.size());
    waitFor([&] { return hub.directory()->userCount() == crowdSize; }, "the crowd");

    Person dana(u"dana"_s, base);
    for (const QString &contact : {u"grace.k"_s, u"omar.t"_s, u"rohan.b"_s}) {
        // Met before: Grace and Rohan are online, Omar is not.
        client::History *history = dana.client->history();
        const QString key = keys.value(contact, QString(64, u'0'));
        history->save(history->contactFor(contact, key).id);
    }
    dana.client->hub()->connectToHub(u"127.0.0.1"_s, hub.serverPort(), dana.name);
    if (!waitFor([&] { return !dana.client->hub()->followsWholeDirectory(); }, "dana's login"))
        return;
    dana.window = std::make_unique<ui::MainWindow>(dana.client.get());
    dana.window->setGeometry(screen);
    dana.window->show();
    dana.window->raise();
    save(prefix + u"20-big-hub"_s, dana.window.get());
    auto *filter = dana.window->findChild<QLineEdit *>(u"filterEdit"_s);
    if (!filter) {
        note("filterEdit not found");
        ++failures;
        return;
    }
    QTest::keyClicks(filter, u"an"_s);
    waitFor([&] { return dana.client->hub()->searchMatches() > 50; }, "the search");
    save(prefix + u"21-big-hub-search"_s, dana.window.get());
}

// Alice and Bob have chatted twice before (three days ago and yesterday): Alice's history has
// those chats, so today's chat shows under them.
void seedEarlierChats(client::History *history, const QString &bobKey)
{
    using client::ChatLine;
    const qint64 bob = history->contactFor(u"bob"_s, bobKey).id;
    history->save(bob);
    auto add = [&](const QDateTime &time, ChatLine::Kind kind, const QString &text,
                   ChatLine::Event event = ChatLine::Event::None) {
        ChatLine line;
        line.kind = kind;
        line.sender = kind == ChatLine::Kind::Outgoing   ? u"alice"_s
                      : kind == ChatLine::Kind::Incoming ? u"bob"_s
                                                         : QString();
        line.text = text;
        line.time = time;
        line.event = event;
        line.delivery = kind == ChatLine::Kind::Outgoing ? ChatLine::Delivery::Delivered
                                                         : ChatLine::Delivery::None;
        history->append(bob, line);
    };
    const QDate today = QDate::currentDate();
    const QDateTime first(today.addDays(-3), QTime(12, 10));
    add(first, ChatLine::Kind::Notice,
        client::ChatSession::tr("Connection successful! Chat away! When you're done, just type "
                                "'EOM'."),
        ChatLine::Event::Started);
    add(first.addSecs(20), ChatLine::Kind::Outgoing, u"Lunch at the café on Friday?"_s);
    add(first.addSecs(95), ChatLine::Kind::Incoming, u"Sure, 12:30 works for me."_s);
    add(first.addSecs(140), ChatLine::Kind::Notice, client::ChatSession::tr("You ended the chat."),
        ChatLine::Event::Ended);
    const QDateTime second(today.addDays(-1), QTime(18, 45));
    add(second, ChatLine::Kind::Notice,
        client::ChatSession::tr("%1 joined! Start chatting! Remember to type 'EOM' when you're "
                                "finished.")
            .arg(u"bob"_s),
        ChatLine::Event::Started);
    add(second.addSecs(30), ChatLine::Kind::Incoming,
        u"Lunch moved to 13:00, the café is full until then."_s);
    add(second.addSecs(70), ChatLine::Kind::Outgoing, u"Fine with me, see you there!"_s);
    add(second.addSecs(90), ChatLine::Kind::Notice,
        client::ChatSession::tr("%1 ended the chat.").arg(u"bob"_s), ChatLine::Event::Ended);
    history->flush();
}

} // namespace

namespace {
QPushButton *visibleButton(QWidget *root, const QString &name)
{
    const auto buttons = root->findChildren<QPushButton *>(name);
    for (QPushButton *b : buttons) {
        if (b->isVisible() && b->isEnabled())
            return b;
    }
    return nullptr;
}

// Alice sends Bob a picture, which he saves and sees in the conversation; then a big file,
// shown while it moves, and cancelled.
void showFiles(Person &alice, Person &bob, const QString &base, const QString &prefix)
{
    const QString downloads = QDir(base).filePath(u"Downloads"_s);
    QDir().mkpath(downloads);
    bob.profile->settings().setDownloadFolder(downloads);
    client::ChatSession *chat = alice.client->sessions().value(0);
    const auto sent = chat ? alice.client->sendFile(chat, makePicture(base))
                           : Result<QString>(fail(u"no chat"_s));
    if (!sent) {
        note("the picture was not sent");
        ++failures;
        return;
    }
    const QString id = *sent;
    bob.window->show();
    bob.window->raise();
    QPushButton *saveButton = nullptr;
    waitFor([&] { return (saveButton = visibleButton(bob.window.get(), u"saveFileButton"_s)); },
            "the Save button of the picture");
    if (saveButton) {
        save(prefix + u"18-file-offer"_s, bob.window.get());
        QTest::mouseClick(saveButton, Qt::LeftButton);
    }
    waitFor(
        [&] {
            const auto t = alice.client->transfers()->transfer(id);
            return t && t->state == client::Transfer::State::Done;
        },
        "the picture at Bob's");
    waitFor(
        [&] {
            const auto icons = bob.window->findChildren<QLabel *>(u"transferPicture"_s);
            return !icons.isEmpty() && icons.last()->pixmap().width() > 100;
        },
        "the picture's thumbnail");
    save(prefix + u"16-picture"_s, bob.window.get());
    bob.window->hide();

    // A film of 3 GiB (sparse: it takes no room at Alice's), caught while it moves.
    const QString film = QDir(base).filePath(u"Holiday film.mkv"_s);
    {
        QFile file(film);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(3LL << 30))
            note("no room for the film");
    }
    const auto big = alice.client->sendFile(chat, film);
    if (!big)
        return;
    waitFor(
        [&] {
            const auto t = bob.client->transfers()->transfer(*big);
            return t && bob.client->transfers()->accept(*big, downloads).ok();
        },
        "the film's offer");
    alice.window->show();
    alice.window->raise();
    waitFor(
        [&] {
            const auto t = alice.client->transfers()->transfer(*big);
            return t && t->done >= t->size / 8;
        },
        "the film moving");
    save(prefix + u"17-transfer"_s, alice.window.get());
    alice.client->transfers()->cancel(*big);
    QFile::remove(film);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ChatBuddy"_s);
    QApplication::setApplicationName(u"chatbuddy-screenshots"_s);
    QApplication::setWindowIcon(ui::appIcon());
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"out"_s, u"Folder for the PNG files."_s, u"dir"_s, u"."_s});
    parser.addOption({u"prefix"_s, u"File name prefix, e.g. the screen size."_s, u"text"_s});
    parser.addOption({u"lang"_s, u"Language of the windows (as chatbuddy --lang)."_s, u"code"_s});
    parser.addOption({u"dark"_s, u"Use a dark Fusion palette."_s});
    parser.process(app);
    if (parser.isSet(u"dark"_s)) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    const QString language = parser.value(u"lang"_s);
    if (!language.isEmpty() && !ui::installTranslations(app, language)) {
        std::fprintf(stderr, "screenshots: no translation \"%s\"\n", qPrintable(language));
        return 2;
    }
    outDir = parser.value(u"out"_s);
    const QString prefix = parser.value(u"prefix"_s);
    QDir().mkpath(outDir);

    QTemporaryDir data;
    hub::HubConfig config;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = data.filePath(u"hub"_s);
    config.allowLegacy = true; // for the last screenshot: a user of the original CLI
    hub::HubServer hub(config);
    if (const Status started = hub.start(); !started) {
        std::fprintf(stderr, "screenshots: hub: %s\n", qPrintable(started.error()));
        return 1;
    }
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();

    Person alice(u"alice"_s, data.path()), bob(u"bob"_s, data.path());
    seedEarlierChats(alice.client->history(), bob.profile->fingerprint());
    for (Person *p : {&alice, &bob}) {
        p->login = std::make_unique<ui::LoginDialog>(p->client.get());
        p->login->setHub(u"127.0.0.1"_s, hub.serverPort());
        p->login->setUserName(p->name);
        p->login->show();
        if (p == &alice) {
            save(prefix + u"1-login"_s, p->login.get());
            // The hubs of a cluster as a list, one of them mistyped: refused before any
            // connection is tried, with the sentence that says what to type.
            p->login->setHub(u"hub-a.example.org, hub-b.example.org/8080"_s, hub.serverPort());
            p->login->logIn();
            save(prefix + u"1b-login-hub-list-mistyped"_s, p->login.get());
            p->login->setHub(u"127.0.0.1"_s, hub.serverPort());
        }
        p->login->logIn();
        if (!waitFor([p] { return p->client->hub()->isOnline() && !p->login->isVisible(); },
                     "login"))
            return 1;
        p->window = std::make_unique<ui::MainWindow>(p->client.get());
        p->window->setGeometry(screen);
        p->window->show();
        if (p == &alice)
            p->window->hide(); // alone on the screen during Bob's login
    }
    bob.window->hide(); // one window on the screen at a time
    alice.window->show();
    alice.window->raise();
    waitFor([&] { return alice.client->users()->rowCount() == 2; }, "users list");
    save(prefix + u"2-users"_s, alice.window.get());

    // Alice picks Bob in the list and presses Chat.
    auto *users = alice.window->findChild<QAbstractItemView *>(u"usersView"_s);
    auto *chatButton = alice.window->findChild<QPushButton *>(u"chatButton"_s);
    if (!users || !chatButton) {
        note("usersView or chatButton not found");
        return 1;
    }
    for (int row = 0; row < users->model()->rowCount(); ++row) {
        if (users->model()->index(row, 0).data(client::UsersModel::NameRole) == u"bob"_s)
            users->setCurrentIndex(users->model()->index(row, 0));
    }
    QTest::mouseClick(chatButton, Qt::LeftButton);

    // Bob's prompt: shown on Bob's screen, then accepted.
    alice.window->hide();
    bob.window->show();
    QPushButton *accept = nullptr;
    waitFor(
        [&] {
            const auto buttons = bob.window->findChildren<QPushButton *>(u"acceptButton"_s);
            for (QPushButton *b : buttons) {
                if (b->isVisible())
                    accept = b;
            }
            return accept != nullptr;
        },
        "incoming prompt");
    if (accept) {
        save(prefix + u"3-incoming"_s, accept->window());
        QTest::mouseClick(accept, Qt::LeftButton);
    }

    auto type = [](ui::MainWindow *window, const QString &text) {
        QLineEdit *edit = nullptr;
        const auto edits = window->findChildren<QLineEdit *>(u"messageEdit"_s);
        for (QLineEdit *e : edits) {
            if (e->isVisible() && e->isEnabled())
                edit = e;
        }
        if (!edit)
            return false;
        edit->insert(text); // QTest types ASCII only; this also takes Hindi and emoji
        QTest::keyClick(edit, Qt::Key_Return);
        return true;
    };
    bob.window->hide();
    alice.window->show();
    alice.window->raise();
    waitFor([&] { return type(alice.window.get(), u"Hi Bob! Are you there?"_s); }, "chat input");
    bob.window->show();
    waitFor([&] { return type(bob.window.get(), u"Hi Alice! Yes — नमस्ते, how are you?"_s); },
            "bob's input");
    bob.window->hide();
    waitFor(
        [&] {
            return type(alice.window.get(),
                        u"Fine, thanks. This message is a little longer so that it has to "
                        "wrap over more than one line in the chat view, like real ones do."_s);
        },
        "alice's second message");
    // Look once Bob has acknowledged everything, so the delivery marks are final.
    waitFor(
        [&] {
            const auto sessions = alice.client->sessions();
            if (sessions.isEmpty())
                return false;
            const auto lines = sessions.first()->messages()->lines();
            int outgoing = 0;
            for (const client::ChatLine &line : lines) {
                if (line.kind == client::ChatLine::Kind::Outgoing) {
                    ++outgoing;
                    if (line.delivery != client::ChatLine::Delivery::Delivered)
                        return false;
                }
            }
            return outgoing == 2;
        },
        "acks");
    save(prefix + u"4-chat"_s, alice.window.get());

    // Edit ▸ Find in History: "lunch" is in both earlier chats.
    if (ui::HistorySearchDialog *search = alice.window->showHistorySearch()) {
        search->search(u"lunch"_s);
        waitFor([&] { return search->isVisible() && search->resultCount() == 2; },
                "search results");
        save(prefix + u"13-history-search"_s, search);
        search->close();
    }

    showFiles(alice, bob, data.path(), prefix);

    // Alice compares the safety number with Bob and marks him verified.
    auto visibleChild = [](QWidget *root, const QString &name) -> QPushButton * {
        const auto buttons = root->findChildren<QPushButton *>(name);
        for (QPushButton *b : buttons) {
            if (b->isVisible() && b->isEnabled())
                return b;
        }
        return nullptr;
    };
    QPushButton *verify = nullptr;
    waitFor([&] { return (verify = visibleChild(alice.window.get(), u"verifyButton"_s)); },
            "verify button");
    if (verify) {
        QTest::mouseClick(verify, Qt::LeftButton);
        ui::VerifyDialog *dialog = nullptr;
        waitFor(
            [&] {
                dialog = alice.window->findChild<ui::VerifyDialog *>(u"verifyDialog"_s);
                return dialog && dialog->isVisible();
            },
            "verify dialog");
        if (dialog) {
            save(prefix + u"6-verify"_s, dialog);
            if (QPushButton *mark = visibleChild(dialog, u"markVerifiedButton"_s))
                QTest::mouseClick(mark, Qt::LeftButton);
            dialog->close();
        }
    }

    type(alice.window.get(), u"EOM"_s);
    save(prefix + u"5-ended"_s, alice.window.get());

    // Both keys "change": each profile remembers another key for the other. Chat again.
    alice.profile->settings().pinContact(u"bob"_s, QString(64, u'a'));
    bob.profile->settings().pinContact(u"alice"_s, QString(64, u'b'));
    if (QPushButton *again = visibleChild(alice.window.get(), u"chatAgainButton"_s))
        QTest::mouseClick(again, Qt::LeftButton);
    QPushButton *bobAccept = nullptr;
    waitFor([&] { return (bobAccept = visibleChild(bob.window.get(), u"acceptButton"_s)); },
            "second prompt");
    if (bobAccept) {
        save(prefix + u"10-incoming-key-changed"_s, bobAccept->window());
        QTest::mouseClick(bobAccept, Qt::LeftButton);
    }
    waitFor(
        [&] {
            ui::ChatWidget *chat = alice.window->currentChat();
            return chat && chat->session() && chat->session()->isActive() &&
                   chat->isBlockedByKeyChange();
        },
        "blocked chat");
    alice.window->activateWindow();
    save(prefix + u"7-key-changed"_s, alice.window.get());
    if (auto *chat = alice.window->currentChat())
        chat->endChat();

    // Carol runs the original plain-text CLI: tagged in the list, and a chat with her (Alice
    // allowed legacy chats) is marked as not encrypted.
    QTcpServer carolListens;
    carolListens.listen(QHostAddress::LocalHost, 0);
    QTcpSocket carol;
    carol.connectToHost(QHostAddress::LocalHost, hub.serverPort());
    waitFor([&] { return carol.state() == QAbstractSocket::ConnectedState; }, "carol's login");
    carol.write("carol"); // the CLI's whole login: its name, raw
    waitFor([&] { return alice.client->users()->find(u"carol"_s).has_value(); }, "carol listed");
    alice.client->setLegacyChatsAllowed(true);
    alice.client->chatWithAddress(u"127.0.0.1"_s, carolListens.serverPort(),
                                  client::Client::Transport::PlainText);
    waitFor([&] { return carolListens.hasPendingConnections(); }, "legacy chat");
    QTcpSocket *carolChat = carolListens.nextPendingConnection();
    waitFor([&] { return type(alice.window.get(), u"Hi Carol, still on the old program?"_s); },
            "legacy input");
    if (carolChat)
        carolChat->write("yes, it still works fine");
    waitFor(
        [&] {
            const auto sessions = alice.client->sessions();
            for (client::ChatSession *session : sessions) {
                if (!session->isLegacy())
                    continue;
                const auto lines = session->messages()->lines();
                for (const client::ChatLine &line : lines) {
                    if (line.kind == client::ChatLine::Kind::Incoming)
                        return true;
                }
            }
            return false;
        },
        "carol's answer");
    save(prefix + u"8-legacy"_s, alice.window.get());

    // The hub key Alice pinned, from the Security menu.
    alice.window->showHubKey();
    QDialog *hubKey = nullptr;
    waitFor(
        [&] {
            hubKey = alice.window->findChild<QDialog *>(u"hubKeyDialog"_s);
            return hubKey && hubKey->isVisible();
        },
        "hub key dialog");
    if (hubKey) {
        save(prefix + u"11-hub-key"_s, hubKey);
        hubKey->close();
    }

    // Settings, from the File menu.
    alice.window->show();
    if (ui::SettingsDialog *settings = alice.window->showSettings()) {
        waitFor([&] { return settings->isVisible(); }, "settings dialog");
        save(prefix + u"12-settings"_s, settings);
        settings->reject();
    }

    // Bob goes offline: he stays in Alice's list, greyed, and their conversation opens.
    for (client::ChatSession *session : alice.client->sessions())
        alice.client->closeChat(session);
    bob.client->hub()->disconnectFromHub();
    waitFor([&] { return !alice.client->users()->find(u"bob"_s).has_value(); }, "bob offline");
    alice.window->show();
    alice.window->raise();
    if (const auto contact =
            alice.client->history()->contactByFingerprint(bob.profile->fingerprint()))
        alice.window->openConversation(contact->id);
    save(prefix + u"14-offline-contact"_s, alice.window.get());

    // Alice writes to Bob anyway: sealed into his mailbox at the hub, it waits for him.
    waitFor([&] { return type(alice.window.get(), u"Call me when you are back, please."_s); },
            "input for an offline contact");
    waitFor(
        [&] {
            const auto waiting = alice.client->courier()->outbox().pending();
            return !waiting.isEmpty() &&
                   waiting.first().state == client::OutgoingMessage::State::Deposited;
        },
        "the message in Bob's mailbox");
    save(prefix + u"15-offline-message"_s, alice.window.get());

    // Erin's profile remembers another key for this hub: the login stops and shows both.
    alice.window->hide();
    Person erin(u"erin"_s, data.path());
    erin.profile->settings().pinHub(u"127.0.0.1:%1"_s.arg(hub.serverPort()), QString(64, u'c'));
    erin.login = std::make_unique<ui::LoginDialog>(erin.client.get());
    erin.login->setHub(u"127.0.0.1"_s, hub.serverPort());
    erin.login->setUserName(erin.name);
    erin.login->show();
    erin.login->logIn();
    waitFor(
        [&] {
            auto *box = erin.login->findChild<QWidget *>(u"hubKeyChangedBox"_s);
            return box && box->isVisible();
        },
        "hub key warning");
    save(prefix + u"9-login-hub-key-changed"_s, erin.login.get());
    erin.login->hide();
    showBigHub(data.path(), prefix, screen);
    return failures == 0 ? 0 : 1;
}
