// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace chatbuddy::client {
class Client;
}

namespace chatbuddy::ui {

// The left side of the main window: who is online, then the contacts who are not (greyed,
// with when they were last seen); filterable by name (on a big hub: the contacts, and the
// hub searched as the user types), verified and unencrypted people tagged;
// how many are online, a hint when nobody is, and the Chat and Connect by address buttons.
// Enter or a double-click asks for a chat with someone online, or opens the conversation with
// a contact who is offline; the context menu also removes a contact.
class UsersPanel : public QWidget {
    Q_OBJECT
public:
    // client is not owned and must outlive the panel.
    explicit UsersPanel(client::Client *client, QWidget *parent = nullptr);

    void focusFilter();
    void focusList();
    // The person selected in the list if online; isSelf tells when it is the user.
    std::optional<UserInfo> selectedUser(bool *isSelf = nullptr) const;
    // The contact selected in the list (online or not), 0 if none.
    qint64 selectedContact() const;
    // Selects the row of a contact; false if it is not listed.
    bool selectContact(qint64 contact);
    // Rereads the hub state (the hint says why the list is empty).
    void updateInfo();
    QWidget *firstInFocusChain() const;
    QWidget *lastInFocusChain() const;

Q_SIGNALS:
    void chatRequested(const chatbuddy::UserInfo &user);
    // Open the conversation with a contact (who may be offline).
    void conversationRequested(qint64 contact);
    // Take a contact off the list (the window asks about its conversation).
    void removeContactRequested(qint64 contact);
    void connectByAddressRequested();
    // Something to tell the user in passing (the status bar).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chatWithSelected();
    void updateChatButton();
    void showContextMenu(const QPoint &position);
    int onlineRowsShown() const; // online people the filter lets through

    client::Client *m_client;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QListView *m_usersView;
    QLabel *m_userCountLabel;
    QLabel *m_usersHintLabel;
    QPushButton *m_chatButton;
    QPushButton *m_connectByAddressButton;
};

} // namespace chatbuddy::ui
