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

// The left side of the main window: who is online (filterable by name; verified and
// unencrypted people tagged), how many, a hint when the list is empty, and the Chat and
// Connect by address buttons. Enter or a double-click on a person asks for a chat with them.
class UsersPanel : public QWidget {
    Q_OBJECT
public:
    // client is not owned and must outlive the panel.
    explicit UsersPanel(client::Client *client, QWidget *parent = nullptr);

    void focusFilter();
    void focusList();
    // The person selected in the list; isSelf tells when it is the user.
    std::optional<UserInfo> selectedUser(bool *isSelf = nullptr) const;
    // Rereads the hub state (the hint says why the list is empty).
    void updateInfo();
    QWidget *firstInFocusChain() const;
    QWidget *lastInFocusChain() const;

Q_SIGNALS:
    void chatRequested(const chatbuddy::UserInfo &user);
    void connectByAddressRequested();
    // Something to tell the user in passing (the status bar).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chatWithSelected();
    void updateChatButton();

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
