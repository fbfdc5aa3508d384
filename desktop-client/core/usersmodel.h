// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The online users as a list model, kept sorted by name (case-insensitive); updated from
// `users` pages and `presence` deltas in O(log n) lookups.

#include "messages.h"

#include <QAbstractListModel>
#include <QSet>

namespace chatbuddy::client {

class Settings;

class UsersModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        AddressRole,
        PortRole,
        FingerprintRole,
        EndpointRole, // "address:port"
        IsSelfRole,
        TrustRole, // Trust, from the directory entry and the user's own pins
    };

    // What the list shows about a person's key.
    enum class Trust {
        Unknown,      // not compared by the user (the usual case)
        Verified,     // the user compared safety numbers for this very key
        NotEncrypted, // a plain-text user of the original CLI: no key at all
    };
    Q_ENUM(Trust)

    // pins (not owned, may be null) tell which contacts the user verified.
    explicit UsersModel(const Settings *pins = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts or updates by name.
    void upsert(const UserInfo &user);
    void remove(const QString &name);
    // The same for many at once (a page, search results; the last of a name wins): new people
    // that land next to each other are one insertion, and neighbours leave as one removal, so
    // views and proxies lay out once per run instead of once per person.
    void upsertAll(QList<UserInfo> users);
    void removeAll(const QStringList &names);
    void clear();
    void setSelfName(const QString &name);
    // The user (un)verified name's key: its TrustRole is read again.
    void refreshTrust(const QString &name);

    std::optional<UserInfo> find(const QString &name) const;
    UserInfo userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString &name) const; // -1 if absent
    QList<UserInfo> users() const { return m_users; }
    const Settings *pins() const { return m_pins; }

Q_SIGNALS:
    void countChanged(int count);

private:
    int lowerBound(const QString &key) const;
    void updateVerified(const UserInfo &user);

    const Settings *m_pins;
    QList<UserInfo> m_users;  // sorted by usernameKey(name)
    QSet<QString> m_verified; // usernameKey of users verified with the key they have now
    QString m_selfKey;
};

} // namespace chatbuddy::client
