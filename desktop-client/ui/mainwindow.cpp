// SPDX-License-Identifier: GPL-3.0-or-later
// The main window put together; its menus and the dialogs they open are in
// mainwindowactions.cpp, its panels are their own classes. Over 450 lines: its whole life
// (building, showing, closing to the tray, quitting after goodbyes) stays in one place.
#include "mainwindow.h"

#include "appicon.h"
#include "chattabs.h"
#include "chatwidget.h"
#include "hubstatusbar.h"
#include "incomingchatprompt.h"
#include "notifier.h"
#include "securitybanner.h"
#include "settingsdialog.h"
#include "transferwidget.h"
#include "userspanel.h"

#include "chatsession.h"
#include "client.h"
#include "hubconnection.h"
#include "peerlistener.h"
#include "settings.h"
#include "username.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QLineEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::ui {

using client::ChatSession;
using client::HubConnection;

namespace {
// Time for the eom of open chats to reach the peers before the process goes away.
constexpr auto QuitGrace = 300ms;
} // namespace

MainWindow::MainWindow(client::Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_securityBanner(new SecurityBanner(this))
    , m_usersPanel(new UsersPanel(client, this))
    , m_tabs(new ChatTabs(client, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_hubStatus(new HubStatusBar(client, statusBar(), this))
    , m_transferStatus(new TransferStatus(client, this))
    , m_notifier(new Notifier(client, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_usersPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({270, 900});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_securityBanner);
    layout->addWidget(m_hubStatus->banner());
    layout->addWidget(m_hubStatus->reachabilityBanner());
    statusBar()->addWidget(m_transferStatus);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setTabOrder(m_usersPanel->lastInFocusChain(), m_tabs->tabWidget());

    createMenus();
    connectClient();
    watchHistory();
    updateWindowTitle();
    updateActions();
    m_tabs->setChatPort(m_client->listener()->isListening() ? m_client->listener()->port() : 0);
    m_usersPanel->focusFilter();

    // As large as last time, but never larger than the screen (800×600 must work).
    const client::Settings &settings = m_client->settings();
    if (!restoreGeometry(settings.windowGeometry())) {
        const QSize available = screen()->availableGeometry().size();
        resize(std::min(1100, available.width() * 9 / 10),
               std::min(720, available.height() * 9 / 10));
    }
    m_splitter->restoreState(settings.splitterState());
}

MainWindow::~MainWindow() = default;

void MainWindow::connectClient()
{
    connect(m_notifier, &Notifier::openChatRequested, this, &MainWindow::showChat);
    connect(m_notifier, &Notifier::showWindowRequested, this, &MainWindow::showAndRaise);
    connect(m_notifier, &Notifier::quitRequested, this, &MainWindow::quit);
    connect(m_securityBanner, &SecurityBanner::actionRequested, this, &MainWindow::showHubKey);
    connect(m_hubStatus, &HubStatusBar::reconnectRequested, this, &MainWindow::reconnect);
    connect(m_hubStatus, &HubStatusBar::connectionCheckRequested, this,
            &MainWindow::checkConnection);
    connect(m_hubStatus, &HubStatusBar::hubKeyChanged, this, [this](const QString &message) {
        m_securityBanner->showWarning(message, tr("Hub &Key…"));
        QApplication::alert(this);
    });
    connect(m_usersPanel, &UsersPanel::chatRequested, this, &MainWindow::chatWith);
    connect(m_usersPanel, &UsersPanel::connectByAddressRequested, this,
            &MainWindow::connectByAddress);
    connect(m_usersPanel, &UsersPanel::message, this,
            [this](const QString &text) { showStatus(text, 4000); });
    connect(m_tabs, &ChatTabs::currentChatChanged, this, [this] {
        updateActions();
        updateChatInView();
    });
    connect(m_tabs, &ChatTabs::chatUpdated, this, [this](ChatWidget *widget) {
        if (widget == currentChat())
            updateActions();
    });
    connect(m_tabs, &ChatTabs::closeRequested, this, [this](ChatSession *session) {
        m_client->closeChat(session);
        updateActions();
        if (m_tabs->count() == 0)
            m_usersPanel->focusList();
    });
    connect(m_tabs, &ChatTabs::chatAgainRequested, this, &MainWindow::chatAgain);
    connect(m_tabs, &ChatTabs::messageArrived, this, [this] {
        if (!isActiveWindow())
            QApplication::alert(this);
    });

    HubConnection *hub = m_client->hub();
    connect(hub, &HubConnection::registered, this, &MainWindow::updateWindowTitle);
    connect(hub, &HubConnection::stateChanged, this, [this](HubConnection::State state) {
        m_reconnectAction->setEnabled(state == HubConnection::State::Offline ||
                                      state == HubConnection::State::WaitingToReconnect);
        updateWindowTitle();
    });
    connect(m_client, &client::Client::chatStarted, m_tabs, &ChatTabs::showChat);
    connect(m_client, &client::Client::chatRestarted, m_tabs, &ChatTabs::replaceChat);
    connect(m_client, &client::Client::chatRequested, this, &MainWindow::onChatRequested);
    connect(m_client, &client::Client::securityWarning, this, &MainWindow::showSecurityWarning);
    connect(m_client, &client::Client::incomingRefused, this, [this](const QString &message) {
        showStatus(message, 15000);
        QApplication::alert(this);
    });
    connect(m_client, &client::Client::unreadChanged, this, &MainWindow::updateWindowTitle);
    connect(m_client, &client::Client::chatPortChanged, this, &MainWindow::onChatPortChanged);
}

void MainWindow::showStatus(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::updateWindowTitle()
{
    const QString name = m_client->myName();
    QString title = name.isEmpty() ? tr("ChatBuddy") : tr("ChatBuddy — %1").arg(name);
    // The same count as the tabs and the tray: Client's.
    if (const int unread = m_client->unreadTotal(); unread > 0)
        title = tr("(%1) %2").arg(unread).arg(title);
    setWindowTitle(title);
}

ChatWidget *MainWindow::chatWidgetFor(ChatSession *session) const
{
    return m_tabs->chatWidgetFor(session);
}

ChatWidget *MainWindow::currentChat() const
{
    return m_tabs->currentChat();
}

void MainWindow::updateActions()
{
    const ChatWidget *current = currentChat();
    const ChatSession *session = current ? current->session() : nullptr;
    m_closeChatAction->setEnabled(m_tabs->count() > 0);
    const bool conversation = current && current->contact() != 0;
    m_findInConversationAction->setEnabled(conversation);
    m_saveConversationAction->setEnabled(conversation);
    m_clearConversationAction->setEnabled(conversation);
    m_endChatAction->setEnabled(session && !session->isEnded());
    m_sendFileAction->setEnabled(current && current->canSendFiles());
    m_verifyAction->setEnabled(session && !session->isLegacy() &&
                               !session->peerFingerprint().isEmpty());
}

void MainWindow::reconnect()
{
    HubConnection *hub = m_client->hub();
    if (hub->host().isEmpty() || hub->userName().isEmpty())
        return;
    m_hubStatus->clearError();
    m_client->logIn(hub->host(), hub->port(), hub->userName());
}

void MainWindow::showSecurityWarning(const QString &message)
{
    m_securityBanner->showWarning(message);
    QApplication::alert(this);
}

void MainWindow::focusFilter()
{
    m_usersPanel->focusFilter();
}

void MainWindow::chatWithSelected()
{
    bool self = false;
    const std::optional<UserInfo> user = m_usersPanel->selectedUser(&self);
    if (!user)
        showStatus(tr("Select someone in the list first."), 4000);
    else
        chatWith(*user);
}

void MainWindow::chatWith(const UserInfo &user)
{
    if (usernameKey(user.name) == usernameKey(m_client->myName())) {
        showStatus(tr("That's you! Pick someone else to chat with."), 4000);
        return;
    }
    // One open chat per person: Client hands back the open one, which comes to the front.
    m_tabs->showChat(m_client->chatWith(user));
}

void MainWindow::onChatRequested(ChatSession *session)
{
    if (session->isActive()) {
        // A known contact's chat, taken at once: its tab opens without asking or taking the
        // front; what they say is counted unread and notified like any message.
        m_tabs->addChat(session);
        return;
    }
    // Decided before the prompt shows: it may take the focus from the window.
    m_notifier->chatRequested(session, isVisible() && !isMinimized() && isActiveWindow());
    auto *prompt = new IncomingChatPrompt(session, this);
    connect(prompt, &IncomingChatPrompt::acceptRequested, this, &MainWindow::acceptChat);
    connect(prompt, &IncomingChatPrompt::declineRequested, this, &MainWindow::declineChat);
    connect(prompt, &IncomingChatPrompt::withdrawn, this, [this](ChatSession *gone) {
        if (!gone)
            return;
        showStatus(tr("%1 stopped asking to chat.").arg(gone->peerName()));
        m_client->closeChat(gone);
    });
    // Someone typing elsewhere in ChatBuddy must not accept by pressing Enter by accident.
    auto *typingIn = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (typingIn && isActiveWindow())
        prompt->setAttribute(Qt::WA_ShowWithoutActivating);
    prompt->show();
    prompt->raise();
    QApplication::alert(this);
}

void MainWindow::acceptChat(ChatSession *session)
{
    if (!session || session->isEnded())
        return;
    session->accept(m_client->myName());
    ChatWidget *widget = m_tabs->showChat(session);
    showAndRaise(); // accepted from a prompt while the window was in the tray
    widget->focusInput();
}

void MainWindow::declineChat(ChatSession *session)
{
    if (!session)
        return;
    session->decline();
    m_client->closeChat(session);
}

void MainWindow::closeCurrentChat()
{
    m_tabs->closeCurrent();
}

void MainWindow::chatAgain(ChatWidget *widget)
{
    // A conversation without a chat yet: a chat with the contact, if they are online.
    const auto again = widget->session() ? m_client->chatAgain(widget->session())
                                         : m_client->chatWithContact(widget->contact());
    if (!again) {
        widget->chatAgainFailed(again.error());
        return;
    }
    if (!widget->session() || widget->session() != *again)
        m_tabs->showChat(*again); // chatWith() hands back an open chat without a signal
}

bool MainWindow::keepsRunningInTray() const
{
    const QSystemTrayIcon *tray = m_notifier->trayIcon();
    return !m_quitRequested && tray && tray->isVisible() && m_client->settings().keepInTray();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_client->settings().setWindowLayout(saveGeometry(), m_splitter->saveState());
    m_client->settings().sync();
    if (m_quitting) {
        event->accept();
        return;
    }
    // Keep running in the tray: chats stay open and requests still come in.
    if (keepsRunningInTray()) {
        event->ignore();
        hide();
        if (!m_toldAboutTray && m_notifier->notificationsAllowed()) {
            m_toldAboutTray = true;
            m_notifier->trayIcon()->showMessage(
                tr("ChatBuddy is still running"),
                tr("Chats and requests still reach you. Quit from the tray icon's menu."),
                windowIcon(), 5000);
        }
        return;
    }
    // Quitting stops the hub this app hosts: asked first when others use it.
    if (!confirmStopHostedHub()) {
        event->ignore();
        m_quitRequested = false;
        return;
    }
    m_quitRequested = false;
    // Say goodbye properly (eom), so friends read "alice ended the chat", not "connection lost".
    if (!m_client->endAllChats()) {
        event->accept();
        return;
    }
    event->ignore();
    hide();
    quitAfterGoodbyes();
}

void MainWindow::quitAfterGoodbyes()
{
    m_quitting = true;
    QTimer::singleShot(QuitGrace, qApp, &QCoreApplication::quit);
}

bool MainWindow::isChatInFront(ChatSession *session) const
{
    const ChatWidget *widget = currentChat();
    return widget && widget->session() == session && isVisible() && !isMinimized() &&
           isActiveWindow() && m_tabs->currentWidget() == m_tabs->tabWidget();
}

void MainWindow::updateChatInView()
{
    const ChatWidget *widget = currentChat();
    ChatSession *session = widget ? widget->session() : nullptr;
    m_client->setChatInView(session && isChatInFront(session) ? session : nullptr);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_hubStatus->greet();
    updateChatInView();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateChatInView();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Back at the window: the chat in front has been read; away from it: nothing is.
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        updateChatInView();
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    updateChatInView();
}

void MainWindow::showChat(ChatSession *session)
{
    showAndRaise();
    if (!session)
        return;
    if (chatWidgetFor(session)) {
        m_tabs->showChat(session);
        updateChatInView();
        return;
    }
    // Not accepted yet: the request's prompt.
    const auto prompts = findChildren<IncomingChatPrompt *>(u"incomingPrompt"_s);
    for (IncomingChatPrompt *prompt : prompts) {
        if (prompt->session() == session && prompt->isVisible()) {
            prompt->raise();
            prompt->activateWindow();
            return;
        }
    }
}

void MainWindow::nextChat()
{
    m_tabs->nextChat();
}

void MainWindow::previousChat()
{
    m_tabs->previousChat();
}

void MainWindow::quit()
{
    m_quitRequested = true;
    if (isVisible()) {
        close();
        return;
    }
    // In the tray there is no window to close: say goodbye to the open chats, then leave.
    if (m_client->endAllChats()) {
        quitAfterGoodbyes();
        return;
    }
    m_quitting = true;
    QTimer::singleShot(0ms, qApp, &QCoreApplication::quit);
}

void MainWindow::onChatPortChanged(quint16 port)
{
    m_hubStatus->updateChatPort();
    m_tabs->setChatPort(port);
    client::PeerListener *listener = m_client->listener();
    showStatus(listener->usedFallbackPort()
                   ? tr("Port %1 is taken; friends reach you at port %2 now.")
                         .arg(m_client->preferredChatPort())
                         .arg(port)
                   : tr("Friends reach you at port %1 now.").arg(port));
}

} // namespace chatbuddy::ui
