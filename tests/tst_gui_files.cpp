// SPDX-License-Identifier: GPL-3.0-or-later
// Files as a user sees them, offscreen with a real hub in the process: a file dropped on the
// chat shows as a card on both sides, the receiver clicks Save and both progress bars reach
// the end and say where it is; a picture shows itself; a decompression bomb and a broken
// picture are plain files; a legacy chat and Decline say what happened.

#include "chatinput.h"
#include "chatwidget.h"
#include "thumbnails.h"
#include "transferwidget.h"

#include "client.h"
#include "guiperson.h"
#include "hubfixture.h"
#include "settings.h"
#include "transfers.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;
using namespace chatbuddy::test;
using namespace chatbuddy::ui;

namespace {
constexpr int Wait = 20'000;

// The card of the latest file in a chat (null while there is none).
TransferWidget *latestCard(const ChatWidget *chat)
{
    const auto cards = chat->findChildren<TransferWidget *>();
    return cards.isEmpty() ? nullptr : cards.last();
}

QPushButton *cardButton(const TransferWidget *card, const QString &name)
{
    auto *button = card ? card->findChild<QPushButton *>(name) : nullptr;
    return button && button->isVisible() ? button : nullptr;
}

// Drops files on a widget as a file manager does: enter, then drop.
bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF where(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(where.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QByteArray writeFile(const QString &path, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 131) ^ (i >> 9));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == size ? bytes : QByteArray();
}
} // namespace

class TestGuiFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // pasted pictures
    void init();
    void cleanup();
    void droppedFileReachesDoneOnBothSides();
    void pictureShowsItself();
    void bombAndBrokenPictureArePlainFiles_data();
    void bombAndBrokenPictureArePlainFiles();
    void declineIsShownToTheSender();
    void pastedPictureIsSent();
    void legacyChatSaysFilesNeedChatBuddy();

private:
    void startChatting();

    std::unique_ptr<HubFixture> m_hub;
    std::unique_ptr<GuiPerson> m_alice, m_bob;
    std::unique_ptr<QTemporaryDir> m_files, m_downloads;
    ChatWidget *m_aliceChat = nullptr;
    ChatWidget *m_bobChat = nullptr;
};

void TestGuiFiles::init()
{
    m_hub = std::make_unique<HubFixture>();
    m_alice = std::make_unique<GuiPerson>(u"alice"_s);
    m_bob = std::make_unique<GuiPerson>(u"bob"_s);
    m_files = std::make_unique<QTemporaryDir>();
    m_downloads = std::make_unique<QTemporaryDir>();
    m_bob->client->settings().setDownloadFolder(m_downloads->path());
}

void TestGuiFiles::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_hub.reset();
    m_aliceChat = m_bobChat = nullptr;
}

void TestGuiFiles::startChatting()
{
    QVERIFY(m_hub->start());
    STEP(m_alice->logInQuickly(m_hub->port()));
    STEP(m_bob->logInQuickly(m_hub->port()));
    STEP(openChatDirectly(*m_alice, *m_bob, &m_aliceChat, &m_bobChat));
}

// Alice drops a 6 MiB file on the chat; Bob sees its name and size and clicks Save; both
// progress bars go to the end, Bob's card says where it is and offers Open, Alice's says Bob
// has it; the file in Bob's Downloads is the one Alice sent.
void TestGuiFiles::droppedFileReachesDoneOnBothSides()
{
    STEP(startChatting());
    const QString path = m_files->filePath(u"report.pdf"_s);
    const QByteArray content = writeFile(path, 6 * 1024 * 1024);
    QVERIFY(!content.isEmpty());
    QVERIFY(dropFiles(m_aliceChat, {path}));

    TransferWidget *aliceCard = nullptr;
    TransferWidget *bobCard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((aliceCard = latestCard(m_aliceChat)), Wait);
    QTRY_VERIFY_WITH_TIMEOUT((bobCard = latestCard(m_bobChat)), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(bobCard->statusText().contains(u"wants to send you"_s), Wait);
    QCOMPARE(bobCard->findChild<QLabel *>(u"transferName"_s)->text(), u"report.pdf"_s);
    QVERIFY(bobCard->statusText().contains(u"6.3 MB"_s)); // 6 MiB in SI units
    QVERIFY(aliceCard->statusText().contains(u"Waiting for bob to accept"_s));

    auto *aliceBar = aliceCard->findChild<QProgressBar *>(u"transferProgress"_s);
    auto *bobBar = bobCard->findChild<QProgressBar *>(u"transferProgress"_s);
    QSignalSpy aliceProgress(aliceBar, &QProgressBar::valueChanged);
    QSignalSpy bobProgress(bobBar, &QProgressBar::valueChanged);
    QPushButton *save = cardButton(bobCard, u"saveFileButton"_s);
    QVERIFY(save && cardButton(bobCard, u"declineFileButton"_s));
    click(save);

    QTRY_VERIFY_WITH_TIMEOUT(bobCard->statusText().contains(u"Saved in"_s), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(aliceCard->statusText().contains(u"bob has it"_s), Wait);
    QVERIFY(!bobProgress.isEmpty() && !aliceProgress.isEmpty());
    QCOMPARE(bobProgress.last().first().toInt(), bobBar->maximum());
    QCOMPARE(aliceProgress.last().first().toInt(), aliceBar->maximum());
    QVERIFY(cardButton(bobCard, u"openFileButton"_s));
    QVERIFY(cardButton(bobCard, u"showFileButton"_s));
    QVERIFY(!cardButton(bobCard, u"cancelFileButton"_s));
    QFile arrived(m_downloads->filePath(u"report.pdf"_s));
    QVERIFY(arrived.open(QIODevice::ReadOnly));
    QCOMPARE(arrived.readAll(), content);
}

// A picture is shown in the card, on both sides (Alice's from her file, Bob's once saved).
void TestGuiFiles::pictureShowsItself()
{
    STEP(startChatting());
    QImage image(900, 600, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x99, 0xcc));
    const QString path = m_files->filePath(u"lake.png"_s);
    QVERIFY(image.save(path));
    QVERIFY(m_aliceChat->sendFiles({path}));
    TransferWidget *bobCard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (bobCard = latestCard(m_bobChat)) && cardButton(bobCard, u"saveFileButton"_s), Wait);
    click(cardButton(bobCard, u"saveFileButton"_s));
    for (ChatWidget *chat : {m_aliceChat, m_bobChat}) {
        auto *picture = latestCard(chat)->findChild<QLabel *>(u"transferPicture"_s);
        QTRY_VERIFY_WITH_TIMEOUT(picture->isVisible(), Wait);
        QVERIFY(picture->pixmap().width() <= 320 && picture->pixmap().height() <= 240);
        QVERIFY(picture->pixmap().width() > 100);
    }
}

void TestGuiFiles::bombAndBrokenPictureArePlainFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // A PNG that says it is 100,000 × 100,000 pixels (40 GB decoded) in a few bytes.
    QByteArray bomb = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000186a0000186a008060000"
                                          "00a8520bc8");
    QTest::newRow("decompression bomb") << bomb;
    QImage small(64, 64, QImage::Format_RGB32);
    small.fill(Qt::red);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
    }
    QTest::newRow("cut short") << png.left(png.size() / 2);
    QTest::newRow("not a picture at all") << QByteArray("just text named .png");
}

// Decoded with a limit, off the GUI thread: never a crash or a memory spike; the card shows
// the file's icon, name and size, as for any file.
void TestGuiFiles::bombAndBrokenPictureArePlainFiles()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(thumbnails::read(QString(), QSize(320, 240)).isNull(), true);
    const QString path = m_files->filePath(u"holiday.png"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    QVERIFY(thumbnails::read(path, QSize(320, 240)).isNull());
    STEP(startChatting());
    QSignalSpy ready(ThumbnailLoader::instance(), &ThumbnailLoader::ready);
    QVERIFY(m_aliceChat->sendFiles({path}));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), Wait);
    QCOMPARE(ready.first().at(0).toString(), path);
    QVERIFY(ready.first().at(1).value<QImage>().isNull());
    TransferWidget *card = latestCard(m_aliceChat);
    QVERIFY(card);
    QVERIFY(!card->findChild<QLabel *>(u"transferPicture"_s)->isVisible());
    QVERIFY(card->findChild<QLabel *>(u"transferIcon"_s)->isVisible());
}

void TestGuiFiles::declineIsShownToTheSender()
{
    STEP(startChatting());
    const QString path = m_files->filePath(u"notes.txt"_s);
    QVERIFY(!writeFile(path, 1000).isEmpty());
    QVERIFY(m_aliceChat->sendFiles({path}));
    TransferWidget *bobCard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (bobCard = latestCard(m_bobChat)) && cardButton(bobCard, u"declineFileButton"_s), Wait);
    click(cardButton(bobCard, u"declineFileButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(latestCard(m_aliceChat)->statusText().contains(u"bob declined it"_s),
                             Wait);
    QVERIFY(bobCard->statusText().contains(u"You declined the file"_s));
    QVERIFY(!cardButton(bobCard, u"saveFileButton"_s));
    QVERIFY(QDir(m_downloads->path()).isEmpty());
}

// Ctrl+V with a picture on the clipboard (a screenshot) sends it as a PNG; text still pastes
// as text.
void TestGuiFiles::pastedPictureIsSent()
{
    STEP(startChatting());
    auto *edit = child<QLineEdit>(m_aliceChat, u"messageEdit"_s);
    QApplication::clipboard()->setText(u"just words"_s);
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->text(), u"just words"_s);
    QVERIFY(!latestCard(m_aliceChat));

    edit->clear();
    QImage screenshot(640, 400, QImage::Format_RGB32);
    screenshot.fill(QColor(0x22, 0x88, 0x44));
    QApplication::clipboard()->setImage(screenshot);
    QTest::keySequence(edit, QKeySequence::Paste);
    TransferWidget *bobCard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (bobCard = latestCard(m_bobChat)) && cardButton(bobCard, u"saveFileButton"_s), Wait);
    const QString name = bobCard->findChild<QLabel *>(u"transferName"_s)->text();
    QVERIFY2(name.endsWith(u".png"_s), qPrintable(name));
    QVERIFY(edit->text().isEmpty()); // the picture did not land in the text
    click(cardButton(bobCard, u"saveFileButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(bobCard->statusText().contains(u"Saved in"_s), Wait);
    QImage arrived(m_downloads->filePath(name));
    QCOMPARE(arrived.size(), screenshot.size());
    QCOMPARE(arrived.pixelColor(10, 10), QColor(0x22, 0x88, 0x44));
}

// A plain-text chat with the original course program: Send file… tells why nothing goes.
void TestGuiFiles::legacyChatSaysFilesNeedChatBuddy()
{
    QVERIFY(m_hub->start());
    STEP(m_alice->logInQuickly(m_hub->port()));
    m_alice->client->setLegacyChatsAllowed(true);
    QTcpServer oldProgram;
    QVERIFY(oldProgram.listen(QHostAddress::LocalHost));
    m_alice->client->chatWithAddress(u"127.0.0.1"_s, oldProgram.serverPort(),
                                     Client::Transport::PlainText);
    ChatWidget *chat = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((chat = m_alice->currentChat()), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(chat->session() && chat->session()->isActive(), Wait);
    const QString path = m_files->filePath(u"a.txt"_s);
    QVERIFY(!writeFile(path, 10).isEmpty());
    QVERIFY(dropFiles(chat, {path}));
    auto *hint = child<QLabel>(chat, u"inputHintLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), Wait);
    QVERIFY2(hint->text().contains(u"plain-text"_s) && hint->text().contains(u"ChatBuddy"_s),
             qPrintable(hint->text()));
    QVERIFY(!latestCard(chat));
}

QTEST_MAIN(TestGuiFiles)
#include "tst_gui_files.moc"
