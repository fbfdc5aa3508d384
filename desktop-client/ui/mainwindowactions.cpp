// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menu bar (the actions, their shortcuts, what they call) and the dialogs those
// actions open; the rest of the window is in mainwindow.cpp.
#include "mainwindow.h"

#include "appicon.h"
#include "chatwidget.h"
#include "connectaddressdialog.h"
#include "connectioncheckdialog.h"
#include "hubkeydialog.h"
#include "identitydialog.h"
#include "notifier.h"
#include "settingsdialog.h"

#include "client.h"
#include "hostedhub.h"
#include "hubconnection.h"
#include "identity.h"
#include "peerlistener.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::HubConnection;

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createChatMenu();
    createSecurityMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_reconnectAction = file->addAction(tr("&Reconnect to Hub"), this, &MainWindow::reconnect);
    m_reconnectAction->setObjectName(u"reconnectAction"_s);
    m_reconnectAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reconnectAction->setEnabled(!m_client->hub()->isOnline());
    QAction *host = file->addAction(tr("&Host a Hub on This Computer"));
    host->setObjectName(u"hostHubAction"_s);
    host->setCheckable(true);
    host->setToolTip(tr("Run a hub inside ChatBuddy, announced on your network, for people "
                        "who have no server; it stops when you quit."));
    client::HostedHub *hosted = m_client->hostedHub();
    host->setChecked(hosted->isRunning());
    connect(host, &QAction::triggered, this, &MainWindow::toggleHostedHub);
    const auto sync = [host, hosted] {
        host->setChecked(hosted->isRunning());
    };
    connect(hosted, &client::HostedHub::started, host, sync);
    connect(hosted, &client::HostedHub::stopped, host, sync);
    connect(hosted, &client::HostedHub::failed, this, [this, sync](const QString &message) {
        sync();
        QMessageBox::warning(this, tr("Host a Hub"),
                             tr("The hub could not start: %1").arg(message));
    });
    file->addSeparator();
    file->addAction(m_notifier->doNotDisturbAction());
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settingsAction"_s);
    // Ctrl+, everywhere; the platform's own Preferences key too where it has another one.
    QList<QKeySequence> settingsKeys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!settingsKeys.contains(key))
            settingsKeys.append(key);
    }
    settings->setShortcuts(settingsKeys);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createChatMenu()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    chat->addAction(tr("&Chat with Selected Person"), this, &MainWindow::chatWithSelected)
        ->setObjectName(u"chatWithAction"_s);
    QAction *byAddress =
        chat->addAction(tr("Connect by &Address…"), this, &MainWindow::connectByAddress);
    byAddress->setObjectName(u"connectByAddressAction"_s);
    byAddress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    chat->addSeparator();
    m_endChatAction = chat->addAction(tr("&End Chat"), this, [this] {
        if (ChatWidget *widget = currentChat())
            widget->endChat();
    });
    m_endChatAction->setObjectName(u"endChatAction"_s);
    m_sendFileAction = chat->addAction(tr("Sen&d File…"), this, [this] {
        if (ChatWidget *widget = currentChat())
            widget->chooseFiles();
    });
    m_sendFileAction->setObjectName(u"sendFileAction"_s);
    m_closeChatAction = chat->addAction(tr("C&lose Chat"), this, &MainWindow::closeCurrentChat);
    m_closeChatAction->setObjectName(u"closeChatAction"_s);
    m_closeChatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    QAction *next = chat->addAction(tr("&Next Chat"), this, &MainWindow::nextChat);
    next->setObjectName(u"nextChatAction"_s);
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    QAction *previous = chat->addAction(tr("&Previous Chat"), this, &MainWindow::previousChat);
    previous->setObjectName(u"previousChatAction"_s);
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    chat->addSeparator();
    m_saveConversationAction =
        chat->addAction(tr("&Save Conversation As…"), this, &MainWindow::saveConversationAs);
    m_saveConversationAction->setObjectName(u"saveConversationAction"_s);
    m_saveConversationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_clearConversationAction =
        chat->addAction(tr("Clea&r Conversation…"), this, &MainWindow::clearCurrentConversation);
    m_clearConversationAction->setObjectName(u"clearConversationAction"_s);
    chat->addSeparator();
    QAction *find = chat->addAction(tr("&Find Person"), this, &MainWindow::focusFilter);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
}

void MainWindow::createSecurityMenu()
{
    QMenu *security = menuBar()->addMenu(tr("&Security"));
    m_verifyAction =
        security->addAction(tr("&Verify Contact…"), this, &MainWindow::verifyCurrentChat);
    m_verifyAction->setObjectName(u"verifyAction"_s);
    m_verifyAction->setToolTip(tr("Compare the safety number with the person in this chat"));
    security->addAction(tr("&Hub Key…"), this, &MainWindow::showHubKey)
        ->setObjectName(u"hubKeyAction"_s);
    security->addSeparator();
    m_allowLegacyAction = security->addAction(tr("Allow &Unencrypted Legacy Chats"));
    m_allowLegacyAction->setObjectName(u"allowLegacyAction"_s);
    m_allowLegacyAction->setCheckable(true);
    m_allowLegacyAction->setChecked(m_client->legacyChatsAllowed());
    m_allowLegacyAction->setToolTip(
        tr("Chat with people who use the original plain-text ChatBuddy. Those chats are NOT "
           "encrypted: anyone on your network can read them."));
    connect(m_allowLegacyAction, &QAction::toggled, this, [this](bool allowed) {
        m_client->setLegacyChatsAllowed(allowed);
        showStatus(allowed ? tr("Legacy chats allowed. They are NOT encrypted and are marked in "
                                "red.")
                           : tr("Legacy chats are off: only encrypted chats."));
    });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("My &Identity…"), this, &MainWindow::showIdentity)
        ->setObjectName(u"identityAction"_s);
    help->addAction(tr("Check My &Connection…"), this, &MainWindow::checkConnection)
        ->setObjectName(u"checkConnectionAction"_s);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ChatBuddy"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::connectByAddress()
{
    const quint16 ownPort = m_client->listener()->isListening() ? m_client->listener()->port() : 0;
    auto *dialog = new ConnectAddressDialog(ownPort, m_client->legacyChatsAllowed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_client->chatWithAddress(dialog->host(), dialog->port(),
                                  dialog->isLegacy() ? client::Client::Transport::PlainText
                                                     : client::Client::Transport::Encrypted);
    });
    dialog->open();
}

void MainWindow::showIdentity()
{
    HubConnection *hub = m_client->hub();
    auto *dialog = new IdentityDialog(m_client->myName(), m_client->profileName(),
                                      m_client->fingerprint(), hub->hubAddress(),
                                      hub->isOnline() ? hub->hubFingerprint() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHubKey()
{
    HubConnection *hub = m_client->hub();
    const QString address = hub->host().isEmpty() ? QString() : hub->hubAddress();
    auto *dialog =
        new HubKeyDialog(hub, address, hub->isOnline() ? hub->hubFingerprint() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HubKeyDialog::hubForgotten, this, [this](const QString &hubAddress) {
        showStatus(tr("The key of %1 was forgotten; the next connection pins the key it shows.")
                       .arg(hubAddress));
    });
    dialog->open();
}

void MainWindow::verifyCurrentChat()
{
    if (ChatWidget *widget = currentChat())
        widget->showVerifyDialog();
}

void MainWindow::toggleHostedHub(bool start)
{
    client::HostedHub *hosted = m_client->hostedHub();
    if (start) {
        connect(
            hosted, &client::HostedHub::started, this,
            [this, hosted](quint16 port, const QString &key) {
                showStatus(tr("Your hub runs at %1:%2; others on your network find it in their "
                              "list. Its key: %3")
                               .arg(hosted->connectHost())
                               .arg(port)
                               .arg(formatFingerprint(key)));
            },
            Qt::SingleShotConnection);
        hosted->start();
        return;
    }
    if (!confirmStopHostedHub()) {
        findChild<QAction *>(u"hostHubAction"_s)->setChecked(true);
        return;
    }
    hosted->stop();
}

int MainWindow::othersOnHostedHub() const
{
    const client::HostedHub *hosted = m_client->hostedHub();
    if (!hosted->isRunning())
        return 0;
    const bool usOnIt =
        m_client->hub()->isOnline() && m_client->hub()->hubFingerprint() == hosted->fingerprint();
    return std::max(0, hosted->userCount() - (usOnIt ? 1 : 0));
}

bool MainWindow::confirmStopHostedHub()
{
    const int others = othersOnHostedHub();
    if (others == 0)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Others use your hub"),
        tr("%n other people are logged in to the hub this computer runs. If it stops, they are "
           "told and lose the hub (chats already open go on).",
           nullptr, others),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void MainWindow::checkConnection()
{
    // One at a time; a second click brings it forward.
    if (auto *open = findChild<ConnectionCheckDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ConnectionCheckDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About ChatBuddy"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>ChatBuddy %1</h3>").arg(QString::fromLatin1(CHATBUDDY_VERSION)));
    box->setInformativeText(
        tr("<p>Chat directly with people on your local network.</p>"
           "<p>A small hub knows who is online; your messages go straight to your friend over "
           "an encrypted connection (TLS 1.3) and never through the hub. Every person has a "
           "key, and ChatBuddy checks it for you.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

SettingsDialog *MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    m_settingsDialog = new SettingsDialog(m_client, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::settingsApplied, this,
            &MainWindow::onSettingsApplied);
    m_settingsDialog->open();
    return m_settingsDialog;
}

void MainWindow::onSettingsApplied()
{
    m_notifier->reloadSettings();
    // Already applied by the dialog: only the menu's check mark follows.
    const QSignalBlocker blocker(m_allowLegacyAction);
    m_allowLegacyAction->setChecked(m_client->legacyChatsAllowed());
}

} // namespace chatbuddy::ui
