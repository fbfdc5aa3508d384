// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The people list: everyone online (UsersModel's rows, in its order), then the saved contacts
// who are not, by name. A contact is online when someone in the directory has its key (a
// plain-text contact: its name). Updated row by row, so the selection stays put while people
// come and go.

#include "history.h"
#include "messages.h"
#include "usersmodel.h"

#include <QAbstractListModel>
#include <QSet>

namespace chatbuddy::client {

class PeopleModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        OnlineRole = Qt::UserRole + 50, // bool
        LastSeenRole,                   // QDateTime; invalid when online or never seen
        ContactRole,                    // qint64 contact id, 0 if not a saved contact
    };

    // users and history are not owned and must outlive the model.
    PeopleModel(UsersModel *users, History *history, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int onlineCount() const { return m_users->rowCount(); }
    bool isOnline(int row) const { return row < onlineCount(); }
    // The directory entry of an online row.
    std::optional<UserInfo> userAt(int row) const;
    // The saved contact of a row (online or not); nullopt if it is none.
    std::optional<Contact> contactAt(int row) const;
    // The row of a contact (its online row if online), -1 if not listed.
    int rowOfContact(qint64 contact) const;

private:
    QString presenceKey(const UserInfo &user) const;
    QString presenceKey(const Contact &contact) const;
    bool listsOffline(const Contact &contact) const;
    int offlineLowerBound(const Contact &contact) const;
    int offlineIndexOf(qint64 contact) const;
    void insertOffline(const Contact &contact);
    void removeOffline(qint64 contact);
    void rebuild();
    void onUsersInserted(int first, int last);
    void onUsersAboutToBeRemoved(int first, int last);
    void onUsersRemoved();
    void onContactChanged(const Contact &contact);

    UsersModel *m_users;
    History *m_history;
    QList<Contact> m_offline;   // sorted by name
    QSet<QString> m_onlineKeys; // presenceKey of everyone online
    QList<UserInfo> m_leaving;  // between rowsAboutToBeRemoved and rowsRemoved
    bool m_changing = false;    // inside a begin/end of the online rows
};

} // namespace chatbuddy::client
