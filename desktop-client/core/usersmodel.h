// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The online users as a list model, kept sorted by name (case-insensitive); updated from
// `users` pages and `presence` deltas in O(log n) lookups.

#include "messages.h"

#include <QAbstractListModel>

namespace chatbuddy::client {

class UsersModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        AddressRole,
        PortRole,
        FingerprintRole,
        EndpointRole,  // "address:port"
        IsSelfRole,
    };

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts or updates by name.
    void upsert(const UserInfo &user);
    void remove(const QString &name);
    void clear();
    void setSelfName(const QString &name);

    std::optional<UserInfo> find(const QString &name) const;
    UserInfo userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString &name) const;  // -1 if absent
    QList<UserInfo> users() const { return m_users; }

Q_SIGNALS:
    void countChanged(int count);

private:
    int lowerBound(const QString &key) const;

    QList<UserInfo> m_users;  // sorted by usernameKey(name)
    QString m_selfKey;
};

} // namespace chatbuddy::client
