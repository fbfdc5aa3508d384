// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspanel.h"

#include "appicon.h"
#include "userdelegate.h"

#include "client.h"
#include "hubconnection.h"
#include "peoplemodel.h"
#include "usersmodel.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::PeopleModel;
using client::UsersModel;

namespace {
QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}
} // namespace

// Over 60 lines: builds the controls in the order they appear, each named for the tests
// and for screen readers.
UsersPanel::UsersPanel(client::Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"usersPanel"_s);
    // Room for a short name and its tag; in characters, so it follows the font size.
    setMinimumWidth(std::min(220, fontMetrics().averageCharWidth() * 24));
    m_proxy->setSourceModel(m_client->people());
    m_proxy->setFilterRole(UsersModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *title = new QLabel(tr("People"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_userCountLabel = new QLabel(this);
    m_userCountLabel->setObjectName(u"userCountLabel"_s);
    m_userCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setAccessibleName(tr("Filter people by name"));
    m_filterEdit->setPlaceholderText(tr("Find a person (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // What is listed is filtered at once; on a big hub the hub is searched too, and what
        // it finds joins the list when it answers.
        m_proxy->setFilterFixedString(text.trimmed());
        m_client->hub()->searchDirectory(text);
        updateInfo();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter: go to the first match, so Enter again opens the chat.
        if (m_proxy->rowCount() == 0)
            return;
        if (!m_usersView->currentIndex().isValid())
            m_usersView->setCurrentIndex(m_proxy->index(0, 0));
        m_usersView->setFocus(Qt::ShortcutFocusReason);
    });

    m_usersView = new QListView(this);
    m_usersView->setObjectName(u"usersView"_s);
    m_usersView->setAccessibleName(tr("People"));
    m_usersView->setModel(m_proxy);
    m_usersView->setItemDelegate(new UserDelegate(m_usersView));
    m_usersView->setUniformItemSizes(true); // every row is two lines: cheap with many users
    m_usersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_usersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // activated: double-click, or Enter on the current row.
    connect(m_usersView, &QListView::activated, this, &UsersPanel::chatWithSelected);
    m_usersView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_usersView, &QListView::customContextMenuRequested, this,
            &UsersPanel::showContextMenu);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UsersPanel::updateChatButton);

    m_usersHintLabel = hintLabel(u"usersHintLabel"_s, this);
    m_chatButton = new QPushButton(tr("&Chat"), this);
    m_chatButton->setObjectName(u"chatButton"_s);
    m_chatButton->setAccessibleName(tr("Chat with the selected person"));
    m_chatButton->setIcon(appIcon());
    connect(m_chatButton, &QPushButton::clicked, this, &UsersPanel::chatWithSelected);
    m_connectByAddressButton = new QPushButton(tr("Connect by &address…"), this);
    m_connectByAddressButton->setObjectName(u"connectByAddressButton"_s);
    m_connectByAddressButton->setAccessibleName(tr("Connect to a friend by IP address"));
    m_connectByAddressButton->setToolTip(
        tr("Chat with someone by IP address and port, even if they are not on the hub"));
    connect(m_connectByAddressButton, &QPushButton::clicked, this,
            &UsersPanel::connectByAddressRequested);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(m_userCountLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_chatButton);
    buttons->addWidget(m_connectByAddressButton, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 6);
    layout->addLayout(titleRow);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_usersView, 1);
    layout->addWidget(m_usersHintLabel);
    layout->addLayout(buttons);
    setTabOrder(m_filterEdit, m_usersView);
    setTabOrder(m_usersView, m_chatButton);
    setTabOrder(m_chatButton, m_connectByAddressButton);

    UsersModel *users = m_client->users();
    connect(users, &UsersModel::countChanged, this, &UsersPanel::updateInfo);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPanel::updateChatButton);
    connect(users, &QAbstractItemModel::modelReset, this, &UsersPanel::updateInfo);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPanel::updateInfo);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPanel::updateInfo);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPanel::updateInfo);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPanel::updateChatButton);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPanel::updateChatButton);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &UsersPanel::updateChatButton);
    client::HubConnection *hub = m_client->hub();
    connect(hub, &client::HubConnection::stateChanged, this, &UsersPanel::updateInfo);
    connect(hub, &client::HubConnection::directorySearched, this, &UsersPanel::updateInfo);
    connect(hub, &client::HubConnection::directoryScopeChanged, this, &UsersPanel::updateInfo);
    updateInfo();
    updateChatButton();
}

QWidget *UsersPanel::firstInFocusChain() const
{
    return m_filterEdit;
}

QWidget *UsersPanel::lastInFocusChain() const
{
    return m_connectByAddressButton;
}

void UsersPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void UsersPanel::focusList()
{
    m_usersView->setFocus();
}

std::optional<UserInfo> UsersPanel::selectedUser(bool *isSelf) const
{
    if (isSelf)
        *isSelf = false;
    const QModelIndex source = m_proxy->mapToSource(m_usersView->currentIndex());
    if (!source.isValid())
        return std::nullopt;
    if (isSelf)
        *isSelf = source.data(UsersModel::IsSelfRole).toBool();
    return m_client->people()->userAt(source.row());
}

qint64 UsersPanel::selectedContact() const
{
    const QModelIndex source = m_proxy->mapToSource(m_usersView->currentIndex());
    return source.isValid() ? source.data(PeopleModel::ContactRole).toLongLong() : 0;
}

bool UsersPanel::selectContact(qint64 contact)
{
    const int row = m_client->people()->rowOfContact(contact);
    const QModelIndex index = m_proxy->mapFromSource(m_client->people()->index(row));
    if (!index.isValid())
        return false;
    m_usersView->setCurrentIndex(index);
    return true;
}

void UsersPanel::chatWithSelected()
{
    bool self = false;
    const std::optional<UserInfo> user = selectedUser(&self);
    if (user)
        Q_EMIT chatRequested(*user); // the window says "That's you!" for self
    else if (const qint64 contact = selectedContact())
        Q_EMIT conversationRequested(contact); // offline: their conversation
    else
        Q_EMIT message(tr("Select someone in the list first."));
}

void UsersPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_usersView->indexAt(position);
    if (!index.isValid())
        return;
    m_usersView->setCurrentIndex(index);
    bool self = false;
    const std::optional<UserInfo> user = selectedUser(&self);
    const qint64 contact = selectedContact();
    QMenu menu(this);
    if (user && !self) {
        menu.addAction(tr("&Chat with %1").arg(user->name), this,
                       [this, person = *user] { Q_EMIT chatRequested(person); });
    }
    if (contact != 0) {
        menu.addAction(tr("&Open Conversation"), this,
                       [this, contact] { Q_EMIT conversationRequested(contact); });
        menu.addSeparator();
        menu.addAction(tr("&Remove from Contacts…"), this,
                       [this, contact] { Q_EMIT removeContactRequested(contact); });
    }
    if (!menu.isEmpty())
        menu.exec(m_usersView->viewport()->mapToGlobal(position));
}

void UsersPanel::updateChatButton()
{
    bool self = false;
    const std::optional<UserInfo> user = selectedUser(&self);
    const qint64 contact = selectedContact();
    m_chatButton->setEnabled((user && !self) || (!user && contact != 0));
    if (self)
        m_chatButton->setToolTip(tr("That's you! Pick someone else to chat with."));
    else if (user)
        m_chatButton->setToolTip(tr("Chat with %1 (or double-click them)").arg(user->name));
    else if (contact != 0)
        m_chatButton->setToolTip(tr("Offline: open your conversation (or double-click them)"));
    else
        m_chatButton->setToolTip(tr("Select someone in the list to chat with"));
}

int UsersPanel::onlineRowsShown() const
{
    // The online rows come first in the people list and the proxy keeps their order: the
    // first shown row that is not online is found by bisection (the list may be long).
    const int onlineRows = m_client->people()->onlineCount();
    int low = 0;
    int high = m_proxy->rowCount();
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (m_proxy->mapToSource(m_proxy->index(middle, 0)).row() < onlineRows)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// Over 50 lines: one sentence per situation, in the order they take precedence.
void UsersPanel::updateInfo()
{
    const client::HubConnection *hub = m_client->hub();
    const int total = hub->directorySize();
    const bool filtered = !m_proxy->filterRegularExpression().pattern().isEmpty();
    const bool whole = hub->followsWholeDirectory();
    // On a big hub, while the hub's answer to the text typed is on its way (a few
    // milliseconds), the count and the hint stay as they are: they are about that answer, and
    // a hint that goes and comes back would lay the panel out (and paint it) twice a keystroke.
    if (hub->isOnline() && !whole && filtered && hub->searchMatches() < 0)
        return;
    // On a big hub the hub counts the matches; the list shows the first SearchLimit of them.
    const int matches = !whole && hub->searchMatches() >= 0 ? hub->searchMatches() : -1;
    const int shown = onlineRowsShown();
    m_userCountLabel->setText(filtered ? tr("%1 of %Ln online", nullptr, total)
                                             .arg(QLocale().toString(std::max(matches, shown)))
                                       : tr("%Ln online", nullptr, total));
    QString hint;
    if (!hub->isOnline())
        hint = tr("Not connected to the hub, so nobody shows as online. You can still read "
                  "your conversations and connect to a friend by address.");
    else if (filtered && m_proxy->rowCount() == 0) // on a big hub: its answer is in (above)
        hint = tr("Nobody online matches \"%1\".").arg(m_filterEdit->text().trimmed());
    else if (filtered && matches > shown)
        hint = tr("Showing %1 of %2 people who match. Type more of the name to find the one "
                  "you want.")
                   .arg(QLocale().toString(shown), QLocale().toString(matches));
    else if (!whole && !filtered)
        hint = tr("Many people are on this hub, so the list shows your contacts. Type a name "
                  "to find anyone else.");
    else if (total <= 1)
        hint = tr("Nobody else is here yet. Friends who log in to this hub appear here.");
    m_usersHintLabel->setText(hint);
    m_usersHintLabel->setVisible(!hint.isEmpty());
}

bool UsersPanel::eventFilter(QObject *watched, QEvent *event)
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
    return QWidget::eventFilter(watched, event);
}

} // namespace chatbuddy::ui
