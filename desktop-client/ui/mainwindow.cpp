// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appicon.h"
#include "chatwidget.h"
#include "connectaddressdialog.h"
#include "hubkeydialog.h"
#include "identitydialog.h"
#include "incomingchatprompt.h"
#include "notifier.h"
#include "securityui.h"
#include "settingsdialog.h"
#include "userdelegate.h"

#include "chatsession.h"
#include "client.h"
#include "identity.h"
#include "peerlistener.h"
#include "profile.h"
#include "protocol.h"
#include "username.h"
#include "usersmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::ui {

using client::ChatSession;
using client::HubConnection;
using client::UsersModel;

namespace {
// Time for the eom of open chats to reach the peers before the process goes away.
constexpr auto QuitGrace = 300ms;
const QString GeometryKey = u"window/geometry"_s;
const QString SplitterKey = u"window/splitter"_s;

QFrame *makeBanner(const QString &objectName, security::Tone tone, QLabel **label, QWidget *parent)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(objectName);
    banner->setFrameShape(QFrame::StyledPanel);
    // Light or dark to match the palette; the selector keeps the colours off the buttons.
    banner->setStyleSheet(security::bannerStyle(objectName, tone));
    *label = new QLabel(banner);
    (*label)->setObjectName(objectName + u"Label"_s);
    (*label)->setWordWrap(true);
    (*label)->setTextFormat(Qt::PlainText);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->hide();
    return banner;
}
} // namespace

MainWindow::MainWindow(client::Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    m_proxy->setSourceModel(m_client->users());
    m_proxy->setFilterRole(UsersModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Banners above everything: security warnings (red) and a lost hub (amber).
    m_securityBanner =
        makeBanner(u"securityBanner"_s, security::Tone::Danger, &m_securityLabel, this);
    auto *warningIcon = new QLabel(m_securityBanner);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    warningIcon->setAlignment(Qt::AlignTop);
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_securityBanner);
    dismiss->setObjectName(u"dismissWarningButton"_s);
    dismiss->setAccessibleName(tr("Dismiss the security warning"));
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_securityBanner->hide();
        m_warningCount = 0;
    });
    auto *securityLayout = new QHBoxLayout(m_securityBanner);
    securityLayout->addWidget(warningIcon);
    securityLayout->addWidget(m_securityLabel, 1);
    securityLayout->addWidget(dismiss, 0, Qt::AlignTop);

    m_hubBanner = makeBanner(u"hubBanner"_s, security::Tone::Caution, &m_hubBannerLabel, this);
    auto *reconnectButton = new QPushButton(tr("&Reconnect"), m_hubBanner);
    reconnectButton->setObjectName(u"reconnectButton"_s);
    reconnectButton->setAccessibleName(tr("Reconnect to the hub"));
    connect(reconnectButton, &QPushButton::clicked, this, &MainWindow::reconnect);
    auto *hubLayout = new QHBoxLayout(m_hubBanner);
    hubLayout->addWidget(m_hubBannerLabel, 1);
    hubLayout->addWidget(reconnectButton, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createUsersPanel());
    splitter->addWidget(createChatArea());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 900});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_securityBanner);
    layout->addWidget(m_hubBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_notifier = new Notifier(
        &m_client->profile()->settings(),
        [this](ChatSession *session) { return isChatInFront(session); }, this);
    connect(m_notifier, &Notifier::openChatRequested, this, &MainWindow::showChat);
    connect(m_notifier, &Notifier::showWindowRequested, this, &MainWindow::showAndRaise);
    connect(m_notifier, &Notifier::quitRequested, this, &MainWindow::quit);

    createMenus();
    createStatusBar();

    setTabOrder(m_filterEdit, m_usersView);
    setTabOrder(m_usersView, m_chatButton);
    setTabOrder(m_chatButton, m_connectByAddressButton);
    setTabOrder(m_connectByAddressButton, m_tabs);

    HubConnection *hub = m_client->hub();
    connect(hub, &HubConnection::stateChanged, this, &MainWindow::onHubStateChanged);
    connect(hub, &HubConnection::errorOccurred, this, &MainWindow::onHubError);
    connect(hub, &HubConnection::registered, this, &MainWindow::updateWindowTitle);
    connect(hub, &HubConnection::reconnectScheduled, this, [this](std::chrono::milliseconds delay) {
        m_reconnectDeadline.setRemainingTime(delay);
        m_countdownTimer.start();
        updateHubState();
    });
    m_countdownTimer.setInterval(1s);
    connect(&m_countdownTimer, &QTimer::timeout, this, &MainWindow::updateHubState);

    connect(m_client, &client::Client::chatStarted, this, &MainWindow::onChatStarted);
    connect(m_client, &client::Client::chatRequested, this, &MainWindow::onChatRequested);
    connect(m_client, &client::Client::securityWarning, this, &MainWindow::showSecurityWarning);

    m_wasOnline = hub->isOnline();
    updateWindowTitle();
    updateHubState();
    updateUsersInfo();
    updateChatButton();
    updateChatArea();
    m_filterEdit->setFocus();

    // As large as last time, but never larger than the screen (800×600 must work).
    QSettings &settings = m_client->profile()->settings();
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen()->availableGeometry().size();
        resize(std::min(1100, available.width() * 9 / 10),
               std::min(720, available.height() * 9 / 10));
    }
    splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_splitter = splitter;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Here, not in the constructor: a status message shown before the window is visible
    // would be drawn over the hub state label.
    if (!m_greeted && m_client->hub()->isOnline())
        statusBar()->showMessage(tr("Successfully connected to main server!"), 5000);
    m_greeted = true;
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_reconnectAction = file->addAction(tr("&Reconnect to Hub"), this, &MainWindow::reconnect);
    m_reconnectAction->setObjectName(u"reconnectAction"_s);
    m_reconnectAction->setShortcut(QKeySequence(Qt::Key_F5));
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

    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QAction *chatWithAction =
        chat->addAction(tr("&Chat with Selected Person"), this, &MainWindow::chatWithSelected);
    chatWithAction->setObjectName(u"chatWithAction"_s);
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
    QAction *find = chat->addAction(tr("&Find Person"), this, &MainWindow::focusFilter);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    QMenu *security = menuBar()->addMenu(tr("&Security"));
    m_verifyAction =
        security->addAction(tr("&Verify Contact…"), this, &MainWindow::verifyCurrentChat);
    m_verifyAction->setObjectName(u"verifyAction"_s);
    m_verifyAction->setToolTip(tr("Compare the safety number with the person in this chat"));
    QAction *hubKey = security->addAction(tr("&Hub Key…"), this, &MainWindow::showHubKey);
    hubKey->setObjectName(u"hubKeyAction"_s);
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
        statusBar()->showMessage(allowed ? tr("Legacy chats allowed. They are NOT encrypted and "
                                              "are marked in red.")
                                         : tr("Legacy chats are off: only encrypted chats."),
                                 8000);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *identity = help->addAction(tr("My &Identity…"), this, &MainWindow::showIdentity);
    identity->setObjectName(u"identityAction"_s);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ChatBuddy"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::createUsersPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"usersPanel"_s);
    // Room for a short name and its tag; in characters, so it follows the font size.
    panel->setMinimumWidth(std::min(220, panel->fontMetrics().averageCharWidth() * 24));

    auto *title = new QLabel(tr("People online"), panel);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_userCountLabel = new QLabel(panel);
    m_userCountLabel->setObjectName(u"userCountLabel"_s);
    m_userCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(m_userCountLabel);

    m_filterEdit = new QLineEdit(panel);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setAccessibleName(tr("Filter people by name"));
    m_filterEdit->setPlaceholderText(tr("Find a person (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateUsersInfo();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter: go to the first match, so Enter again opens the chat.
        if (m_proxy->rowCount() == 0)
            return;
        if (!m_usersView->currentIndex().isValid())
            m_usersView->setCurrentIndex(m_proxy->index(0, 0));
        m_usersView->setFocus(Qt::ShortcutFocusReason);
    });

    m_usersView = new QListView(panel);
    m_usersView->setObjectName(u"usersView"_s);
    m_usersView->setAccessibleName(tr("People online"));
    m_usersView->setModel(m_proxy);
    m_usersView->setItemDelegate(new UserDelegate(m_client->profile(), m_usersView));
    m_usersView->setUniformItemSizes(true); // every row is two lines: cheap with many users
    m_usersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_usersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // activated: double-click, or Enter on the current row.
    connect(m_usersView, &QListView::activated, this, [this] { chatWithSelected(); });
    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateChatButton);

    m_usersHintLabel = new QLabel(panel);
    m_usersHintLabel->setObjectName(u"usersHintLabel"_s);
    m_usersHintLabel->setWordWrap(true);
    m_usersHintLabel->setTextFormat(Qt::PlainText);
    QPalette hintPalette = m_usersHintLabel->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_usersHintLabel->setPalette(hintPalette);

    m_chatButton = new QPushButton(tr("&Chat"), panel);
    m_chatButton->setObjectName(u"chatButton"_s);
    m_chatButton->setAccessibleName(tr("Chat with the selected person"));
    m_chatButton->setIcon(appIcon());
    connect(m_chatButton, &QPushButton::clicked, this, &MainWindow::chatWithSelected);
    m_connectByAddressButton = new QPushButton(tr("Connect by &address…"), panel);
    m_connectByAddressButton->setObjectName(u"connectByAddressButton"_s);
    m_connectByAddressButton->setAccessibleName(tr("Connect to a friend by IP address"));
    m_connectByAddressButton->setToolTip(
        tr("Chat with someone by IP address and port, even if they are not on the hub"));
    connect(m_connectByAddressButton, &QPushButton::clicked, this, &MainWindow::connectByAddress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_chatButton);
    buttons->addWidget(m_connectByAddressButton, 1);

    UsersModel *users = m_client->users();
    connect(users, &UsersModel::countChanged, this, &MainWindow::updateUsersInfo);
    connect(users, &QAbstractItemModel::modelReset, this, &MainWindow::updateUsersInfo);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateUsersInfo);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateUsersInfo);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateUsersInfo);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateChatButton);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateChatButton);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateChatButton);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 4, 6);
    layout->addLayout(titleRow);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_usersView, 1);
    layout->addWidget(m_usersHintLabel);
    layout->addLayout(buttons);
    return panel;
}

QWidget *MainWindow::createChatArea()
{
    m_chatArea = new QStackedWidget(this);
    m_chatArea->setObjectName(u"chatArea"_s);

    m_placeholder = new QWidget(m_chatArea);
    m_placeholder->setObjectName(u"noChatPage"_s);
    m_placeholderLabel = new QLabel(m_placeholder);
    m_placeholderLabel->setObjectName(u"noChatLabel"_s);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setTextFormat(Qt::RichText);
    auto *logo = new QLabel(m_placeholder);
    logo->setPixmap(appIcon().pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(logo);
    placeholderLayout->addSpacing(8);
    placeholderLayout->addWidget(m_placeholderLabel);
    placeholderLayout->addStretch(2);

    m_tabs = new QTabWidget(m_chatArea);
    m_tabs->setObjectName(u"chatTabs"_s);
    m_tabs->setAccessibleName(tr("Chats"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeChatTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ChatWidget *widget = currentChat()) {
            widget->markRead();
            widget->focusInput();
        }
        updateChatArea();
        m_notifier->updateFront();
    });

    m_chatArea->addWidget(m_placeholder);
    m_chatArea->addWidget(m_tabs);
    return m_chatArea;
}

void MainWindow::createStatusBar()
{
    m_hubStateLabel = new QLabel(this);
    m_hubStateLabel->setObjectName(u"hubStateLabel"_s);
    // Permanent: a passing status message must not hide the hub state or the countdown.
    statusBar()->addPermanentWidget(m_hubStateLabel);

    m_chatPortLabel = new QLabel(this);
    m_chatPortLabel->setObjectName(u"chatPortLabel"_s);
    updateChatPortLabel();
    statusBar()->addPermanentWidget(m_chatPortLabel);

    const QString fingerprint = m_client->profile()->fingerprint();
    m_fingerprintLabel = new QLabel(tr("Key %1").arg(shortFingerprint(fingerprint)), this);
    m_fingerprintLabel->setObjectName(u"fingerprintLabel"_s);
    m_fingerprintLabel->setToolTip(
        tr("The start of your key's fingerprint. Help → My Identity shows all of it."));
    statusBar()->addPermanentWidget(m_fingerprintLabel);
}

QString MainWindow::myName() const
{
    const QString registered = m_client->hub()->self().name;
    return registered.isEmpty() ? m_client->hub()->userName() : registered;
}

void MainWindow::updateChatPortLabel()
{
    client::PeerListener *listener = m_client->listener();
    if (listener->isListening()) {
        m_shownChatPort = listener->port();
        m_chatPortLabel->setText(tr("Chat port %1").arg(listener->port()));
        m_chatPortLabel->setStyleSheet(QString());
        QString tip = tr("Friends can reach you at this port (Connect by address).");
        if (listener->usedFallbackPort())
            tip += u'\n' +
                   tr("Port %1 was taken, so ChatBuddy picked this one.")
                       .arg(SettingsDialog::preferredChatPort(m_client->profile()->settings()));
        m_chatPortLabel->setToolTip(tip);
    } else {
        m_shownChatPort = 0;
        m_chatPortLabel->setText(tr("Not accepting chats"));
        m_chatPortLabel->setStyleSheet(
            u"color: %1;"_s.arg(security::color(security::Tone::Danger)));
        m_chatPortLabel->setToolTip(tr("ChatBuddy could not open a port for incoming chats: %1")
                                        .arg(listener->errorString()));
    }
}

void MainWindow::updateWindowTitle()
{
    const QString name = myName();
    setWindowTitle(name.isEmpty() ? tr("ChatBuddy") : tr("ChatBuddy — %1").arg(name));
}

ChatWidget *MainWindow::chatWidgetFor(ChatSession *session) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(i));
        if (widget && widget->session() == session)
            return widget;
    }
    return nullptr;
}

ChatWidget *MainWindow::currentChat() const
{
    return qobject_cast<ChatWidget *>(m_tabs->currentWidget());
}

std::optional<UserInfo> MainWindow::selectedUser(bool *isSelf) const
{
    if (isSelf)
        *isSelf = false;
    const QModelIndex current = m_usersView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return std::nullopt;
    if (isSelf)
        *isSelf = source.data(UsersModel::IsSelfRole).toBool();
    return m_client->users()->userAt(source.row());
}

void MainWindow::updateChatButton()
{
    bool self = false;
    const std::optional<UserInfo> user = selectedUser(&self);
    m_chatButton->setEnabled(user && !self);
    if (self)
        m_chatButton->setToolTip(tr("That's you! Pick someone else to chat with."));
    else if (user)
        m_chatButton->setToolTip(tr("Chat with %1 (or double-click them)").arg(user->name));
    else
        m_chatButton->setToolTip(tr("Select someone in the list to chat with"));
}

void MainWindow::updateUsersInfo()
{
    const int total = m_client->users()->rowCount();
    const int shown = m_proxy->rowCount();
    const bool filtered = !m_proxy->filterRegularExpression().pattern().isEmpty();
    m_userCountLabel->setText(filtered ? tr("%1 of %n online", nullptr, total).arg(shown)
                                       : tr("%n online", nullptr, total));

    QString hint;
    if (!m_client->hub()->isOnline())
        hint = tr("Not connected to the hub, so the list is empty. You can still connect to a "
                  "friend by address.");
    else if (filtered && shown == 0)
        hint = tr("Nobody online matches \"%1\".").arg(m_filterEdit->text().trimmed());
    else if (total <= 1)
        hint = tr("Nobody else is here yet. Friends who log in to this hub appear here.");
    m_usersHintLabel->setText(hint);
    m_usersHintLabel->setVisible(!hint.isEmpty());
}

void MainWindow::updateChatArea()
{
    const int port = m_client->listener()->isListening() ? m_client->listener()->port() : 0;
    QString text = tr("<p><b>No chat open</b></p>"
                      "<p>Double-click someone on the left, or select them and press "
                      "<i>Chat</i>.<br>When a friend wants to chat with you, ChatBuddy asks you "
                      "first.</p>");
    if (port != 0)
        text += tr("<p>Friends can also reach you directly at port %1.</p>").arg(port);
    m_placeholderLabel->setText(text);
    m_chatArea->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs)
                                                     : m_placeholder);
    const bool hasChat = m_tabs->count() > 0;
    m_closeChatAction->setEnabled(hasChat);
    ChatWidget *current = currentChat();
    m_endChatAction->setEnabled(current && current->session() && !current->session()->isEnded());
    m_verifyAction->setEnabled(current && current->session() && !current->session()->isLegacy() &&
                               !current->session()->peerFingerprint().isEmpty());
}

void MainWindow::updateHubState()
{
    HubConnection *hub = m_client->hub();
    const HubConnection::State state = hub->state();
    QString text;
    QString color;
    switch (state) {
    case HubConnection::State::Online:
        text = tr("Online · hub %1").arg(hub->hubAddress());
        color = security::color(security::Tone::Good);
        break;
    case HubConnection::State::WaitingToReconnect: {
        const qint64 seconds = (m_reconnectDeadline.remainingTime() + 999) / 1000;
        text = seconds > 0 ? tr("Hub lost, reconnecting in %n s…", nullptr, int(seconds))
                           : HubConnection::stateText(state);
        color = security::color(security::Tone::Caution);
        break;
    }
    case HubConnection::State::Offline:
        text = HubConnection::stateText(state);
        color = security::color(security::Tone::Danger);
        break;
    case HubConnection::State::Connecting:
    case HubConnection::State::Registering:
        text = HubConnection::stateText(state);
        break;
    }
    if (state != HubConnection::State::WaitingToReconnect)
        m_countdownTimer.stop();
    m_hubStateLabel->setText(text);
    m_hubStateLabel->setStyleSheet(color.isEmpty() ? QString() : u"color: %1;"_s.arg(color));
    if (state == HubConnection::State::Online)
        m_hubStateLabel->setToolTip(tr("Hub key %1").arg(formatFingerprint(hub->hubFingerprint())));
    else if (state != HubConnection::State::WaitingToReconnect)
        m_hubStateLabel->setToolTip(m_lastHubError);
    m_reconnectAction->setEnabled(state == HubConnection::State::Offline ||
                                  state == HubConnection::State::WaitingToReconnect);
}

void MainWindow::onHubStateChanged(HubConnection::State state)
{
    updateHubState();
    updateUsersInfo();
    if (state == HubConnection::State::Online) {
        m_hubBanner->hide();
        updateWindowTitle();
        if (!m_wasOnline)
            statusBar()->showMessage(tr("Successfully connected to main server!"), 5000);
        m_wasOnline = true;
    } else if (state == HubConnection::State::Offline ||
               state == HubConnection::State::WaitingToReconnect) {
        m_wasOnline = false;
        // Offline for good (not retrying): say why and offer to try again.
        if (state == HubConnection::State::Offline && !m_lastHubError.isEmpty()) {
            m_hubBannerLabel->setText(m_lastHubError);
            m_hubBanner->show();
        }
    }
}

void MainWindow::onHubError(HubConnection::Error error, const QString &message)
{
    m_lastHubError = message;
    if (error == HubConnection::Error::HubKeyChanged) {
        showSecurityWarning(message);
        return;
    }
    // While retrying, the state label counts down; the reason goes in the passing message.
    m_hubStateLabel->setToolTip(message);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::reconnect()
{
    HubConnection *hub = m_client->hub();
    if (hub->host().isEmpty() || hub->userName().isEmpty())
        return;
    m_hubBanner->hide();
    m_lastHubError.clear();
    m_client->logIn(hub->host(), hub->port(), hub->userName());
}

void MainWindow::showSecurityWarning(const QString &message)
{
    ++m_warningCount;
    QString text = message;
    if (m_warningCount > 1)
        text = tr("%n security warnings; the latest:", nullptr, m_warningCount) + u'\n' + message;
    m_securityLabel->setText(text);
    m_securityBanner->setAccessibleDescription(message);
    m_securityBanner->show();
    QApplication::alert(this);
}

void MainWindow::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Down arrow in the filter moves into the list; Escape clears the filter.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            if (!m_usersView->currentIndex().isValid())
                m_usersView->setCurrentIndex(m_proxy->index(0, 0));
            m_usersView->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
            m_filterEdit->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::chatWithSelected()
{
    bool self = false;
    const std::optional<UserInfo> user = selectedUser(&self);
    if (!user) {
        statusBar()->showMessage(tr("Select someone in the list first."), 4000);
        return;
    }
    if (self) {
        statusBar()->showMessage(tr("That's you! Pick someone else to chat with."), 4000);
        return;
    }
    chatWith(*user);
}

void MainWindow::chatWith(const UserInfo &user)
{
    if (usernameKey(user.name) == usernameKey(myName())) {
        statusBar()->showMessage(tr("That's you! Pick someone else to chat with."), 4000);
        return;
    }
    // One open chat per person: focus it instead of starting a second one.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(i));
        ChatSession *session = widget ? widget->session() : nullptr;
        if (session && !session->isEnded() &&
            usernameKey(session->peerName()) == usernameKey(user.name)) {
            m_tabs->setCurrentIndex(i);
            widget->focusInput();
            return;
        }
    }
    m_client->chatWith(user);
}

void MainWindow::connectByAddress()
{
    const quint16 ownPort = m_client->listener()->isListening() ? m_client->listener()->port() : 0;
    auto *dialog = new ConnectAddressDialog(ownPort, m_client->legacyChatsAllowed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_client->chatWithAddress(dialog->host(), dialog->port(), dialog->isLegacy());
    });
    dialog->open();
}

ChatWidget *MainWindow::addChatTab(ChatSession *session)
{
    if (ChatWidget *existing = chatWidgetFor(session))
        return existing;
    auto *widget = new ChatWidget(session, m_client->profile()->fingerprint(), m_tabs);
    connect(widget, &ChatWidget::titleChanged, this, [this, widget] {
        updateTabTitle(widget);
        if (widget == currentChat())
            updateChatArea();
    });
    connect(widget, &ChatWidget::messageArrived, this, [this] {
        if (!isActiveWindow())
            QApplication::alert(this);
    });
    connect(widget, &ChatWidget::chatAgainRequested, this, [this, widget] { chatAgain(widget); });
    m_notifier->watch(session);
    // A contact marked (not) verified gets (or loses) the tag in the users list.
    connect(session, &ChatSession::trustChanged, m_usersView->viewport(),
            qOverload<>(&QWidget::update));

    if (m_replacing && m_tabs->indexOf(m_replacing) >= 0) {
        // Chat again: the new chat takes the old one's place.
        ChatWidget *old = m_replacing;
        m_replacing = nullptr;
        const int index = m_tabs->indexOf(old);
        m_tabs->insertTab(index, widget, widget->tabTitle());
        m_tabs->removeTab(index + 1);
        ChatSession *oldSession = old->session();
        old->deleteLater();
        if (oldSession)
            m_client->closeChat(oldSession);
    } else {
        m_tabs->addTab(widget, widget->tabTitle());
    }
    updateTabTitle(widget);
    updateChatArea();
    m_tabs->setCurrentWidget(widget);
    widget->focusInput();
    return widget;
}

void MainWindow::onChatStarted(ChatSession *session)
{
    addChatTab(session);
}

void MainWindow::onChatRequested(ChatSession *session)
{
    // Decided before the prompt shows: it may take the focus from the window.
    m_notifier->chatRequested(session, isVisible() && !isMinimized() && isActiveWindow());
    auto *prompt = new IncomingChatPrompt(session, this);
    connect(prompt, &IncomingChatPrompt::acceptRequested, this, &MainWindow::acceptChat);
    connect(prompt, &IncomingChatPrompt::declineRequested, this, &MainWindow::declineChat);
    connect(prompt, &IncomingChatPrompt::withdrawn, this, [this](ChatSession *gone) {
        if (!gone)
            return;
        statusBar()->showMessage(tr("%1 stopped asking to chat.").arg(gone->peerName()), 8000);
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
    session->accept(myName());
    ChatWidget *widget = addChatTab(session);
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
    const int index = m_tabs->currentIndex();
    if (index >= 0)
        closeChatTab(index);
}

void MainWindow::closeChatTab(int index)
{
    auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(index));
    if (!widget)
        return;
    ChatSession *session = widget->session();
    m_tabs->removeTab(index);
    widget->deleteLater();
    if (session)
        m_client->closeChat(session); // ends it first if still open
    updateChatArea();
    if (ChatWidget *next = currentChat())
        next->focusInput();
    else
        m_usersView->setFocus();
}

void MainWindow::chatAgain(ChatWidget *widget)
{
    ChatSession *old = widget->session();
    if (!old)
        return;
    const QString name = old->peerName();
    std::optional<UserInfo> target;
    if (old->direction() == ChatSession::Direction::Outgoing && !old->expectedPeer()) {
        // Opened by address: the same address again, not whoever has that name now.
        m_replacing = widget;
        m_client->chatWithAddress(old->peerHost(), old->peerPort(), old->isLegacy());
        m_replacing = nullptr;
        return;
    }
    if (!name.isEmpty())
        target = m_client->users()->find(name); // fresh: they may have a new port
    if (!target && !m_client->hub()->isOnline())
        target = old->expectedPeer();
    if (!target) {
        widget->showHint(
            tr("%1 is not online right now. You can chat again when they are back.").arg(name));
        return;
    }
    m_replacing = widget;
    m_client->chatWith(*target);
    m_replacing = nullptr;
}

void MainWindow::updateTabTitle(ChatWidget *widget)
{
    const int index = m_tabs->indexOf(widget);
    if (index < 0)
        return;
    m_tabs->setTabText(index, widget->tabTitle());
    m_tabs->setTabIcon(index, widget->tabIcon());
    ChatSession *session = widget->session();
    const bool ended = !session || session->isEnded();
    QString tip = widget->peerTitle();
    if (session)
        tip += u" — "_s + u"%1:%2"_s.arg(session->peerHost()).arg(session->peerPort());
    if (session && session->isLegacy())
        tip += u'\n' + tr("Not encrypted: anyone on the network can read this chat.");
    if (widget->isBlockedByKeyChange())
        tip += u'\n' + tr("Their key changed: accept it or end the chat.");
    if (ended)
        tip += u'\n' + tr("This chat has ended.");
    m_tabs->setTabToolTip(index, tip);
    // Ended chats fade, so the live ones stand out.
    const QPalette &palette = m_tabs->tabBar()->palette();
    m_tabs->tabBar()->setTabTextColor(
        index, ended ? palette.color(QPalette::Disabled, QPalette::WindowText) : QColor());
}

void MainWindow::showIdentity()
{
    HubConnection *hub = m_client->hub();
    auto *dialog = new IdentityDialog(myName(), m_client->profile()->name(),
                                      m_client->profile()->fingerprint(), hub->hubAddress(),
                                      hub->isOnline() ? hub->hubFingerprint() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHubKey()
{
    HubConnection *hub = m_client->hub();
    const QString address = hub->host().isEmpty() ? QString() : hub->hubAddress();
    auto *dialog = new HubKeyDialog(m_client->profile(), address,
                                    hub->isOnline() ? hub->hubFingerprint() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HubKeyDialog::hubForgotten, this, [this](const QString &hubAddress) {
        statusBar()->showMessage(
            tr("The key of %1 was forgotten; the next connection pins the key it shows.")
                .arg(hubAddress),
            8000);
    });
    dialog->open();
}

void MainWindow::verifyCurrentChat()
{
    if (ChatWidget *widget = currentChat())
        widget->showVerifyDialog();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings &settings = m_client->profile()->settings();
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    if (m_quitting) {
        event->accept();
        return;
    }
    // Keep running in the tray: chats stay open and requests still come in.
    QSystemTrayIcon *tray = m_notifier->trayIcon();
    if (!m_quitRequested && tray && tray->isVisible() && SettingsDialog::keepInTray(settings)) {
        event->ignore();
        hide();
        if (!m_toldAboutTray && m_notifier->notificationsAllowed()) {
            m_toldAboutTray = true;
            tray->showMessage(tr("ChatBuddy is still running"),
                              tr("Chats and requests still reach you. Quit from the tray icon's "
                                 "menu."),
                              windowIcon(), 5000);
        }
        return;
    }
    m_quitRequested = false;
    // Say goodbye properly (eom), so friends read "alice ended the chat", not "connection lost".
    int open = 0;
    for (ChatSession *session : m_client->sessions()) {
        if (!session->isEnded()) {
            session->endChat();
            ++open;
        }
    }
    if (open == 0) {
        event->accept();
        return;
    }
    m_quitting = true;
    event->ignore();
    hide();
    QTimer::singleShot(QuitGrace, qApp, &QCoreApplication::quit);
}

bool MainWindow::isChatInFront(ChatSession *session) const
{
    const ChatWidget *widget = currentChat();
    return widget && widget->session() == session && isVisible() && !isMinimized() &&
           isActiveWindow() && m_chatArea->currentWidget() == m_tabs;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Back at the window: the chat in front has been read.
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        m_notifier->updateFront();
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    m_notifier->updateFront();
}

void MainWindow::showChat(ChatSession *session)
{
    showAndRaise();
    if (!session)
        return;
    if (ChatWidget *widget = chatWidgetFor(session)) {
        m_tabs->setCurrentWidget(widget);
        widget->focusInput();
        m_notifier->updateFront();
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
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void MainWindow::previousChat()
{
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
}

void MainWindow::quit()
{
    m_quitRequested = true;
    if (isVisible()) {
        close();
        return;
    }
    // In the tray there is no window to close: say goodbye to the open chats, then leave.
    bool open = false;
    for (ChatSession *session : m_client->sessions()) {
        if (!session->isEnded()) {
            session->endChat();
            open = true;
        }
    }
    m_quitting = true;
    QTimer::singleShot(open ? QuitGrace : 0ms, qApp, &QCoreApplication::quit);
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
    {
        // Already applied by the dialog: only the menu's check mark follows.
        const QSignalBlocker blocker(m_allowLegacyAction);
        m_allowLegacyAction->setChecked(m_client->legacyChatsAllowed());
    }
    const quint16 before = m_shownChatPort;
    updateChatPortLabel();
    updateChatArea();
    client::PeerListener *listener = m_client->listener();
    if (listener->isListening() && listener->port() != before) {
        const quint16 wanted = SettingsDialog::preferredChatPort(m_client->profile()->settings());
        statusBar()->showMessage(
            listener->usedFallbackPort()
                ? tr("Port %1 is taken; friends reach you at port %2 now.")
                      .arg(wanted)
                      .arg(listener->port())
                : tr("Friends reach you at port %1 now.").arg(listener->port()),
            8000);
    }
}

} // namespace chatbuddy::ui
