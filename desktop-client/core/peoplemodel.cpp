// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include "settings.h"
#include "username.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

PeopleModel::PeopleModel(UsersModel *users, History *history, QObject *parent)
    : QAbstractListModel(parent)
    , m_users(users)
    , m_history(history)
{
    // The online rows are UsersModel's, at the same row numbers: its signals pass through.
    // Between a begin and its end nothing else may change rows: m_changing defers contact
    // changes (what they change is read again when the change is done).
    connect(users, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) {
                m_changing = true;
                beginInsertRows({}, first, last);
            });
    connect(users, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                endInsertRows();
                m_changing = false;
                onUsersInserted(first, last);
            });
    connect(users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                onUsersAboutToBeRemoved(first, last);
                m_changing = true;
                beginRemoveRows({}, first, last);
            });
    connect(users, &QAbstractItemModel::rowsRemoved, this, [this] {
        endRemoveRows();
        m_changing = false;
        onUsersRemoved();
    });
    connect(users, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                Q_EMIT dataChanged(index(topLeft.row()), index(bottomRight.row()), roles);
            });
    connect(users, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_changing = true;
        beginResetModel();
    });
    connect(users, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
        m_changing = false;
    });
    connect(history, &History::contactChanged, this, &PeopleModel::onContactChanged);
    connect(history, &History::contactRemoved, this, &PeopleModel::removeOffline);
    rebuild();
}

QString PeopleModel::presenceKey(const UserInfo &user) const
{
    // A plain-text user has no key: its name stands in for one.
    return user.fingerprint.isEmpty() ? u"name:"_s + usernameKey(user.name) : user.fingerprint;
}

QString PeopleModel::presenceKey(const Contact &contact) const
{
    return contact.fingerprint.isEmpty() ? u"name:"_s + usernameKey(contact.name)
                                         : contact.fingerprint;
}

bool PeopleModel::listsOffline(const Contact &contact) const
{
    return contact.saved && !contact.hidden && !m_onlineKeys.contains(presenceKey(contact));
}

void PeopleModel::rebuild()
{
    m_onlineKeys.clear();
    for (const UserInfo &user : m_users->users())
        m_onlineKeys.insert(presenceKey(user));
    m_offline.clear();
    for (const Contact &contact : m_history->contacts()) { // sorted by name already
        if (listsOffline(contact))
            m_offline.append(contact);
    }
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : onlineCount() + int(m_offline.size());
}

std::optional<UserInfo> PeopleModel::userAt(int row) const
{
    if (row < 0 || row >= onlineCount())
        return std::nullopt;
    return m_users->userAt(row);
}

std::optional<Contact> PeopleModel::contactAt(int row) const
{
    if (row >= onlineCount() && row < rowCount())
        return m_offline.at(row - onlineCount());
    const auto user = userAt(row);
    if (!user)
        return std::nullopt;
    if (!user->fingerprint.isEmpty()) {
        const auto contact = m_history->contactByFingerprint(user->fingerprint);
        return contact && contact->saved ? contact : std::nullopt;
    }
    const auto byName = m_history->find(user->name, QString());
    return byName && byName->saved ? byName : std::nullopt;
}

int PeopleModel::rowOfContact(qint64 id) const
{
    if (const int offline = offlineIndexOf(id); offline >= 0)
        return onlineCount() + offline;
    const auto contact = m_history->contact(id);
    if (!contact)
        return -1;
    const QString key = presenceKey(*contact);
    const QList<UserInfo> online = m_users->users();
    for (int row = 0; row < online.size(); ++row) {
        if (presenceKey(online.at(row)) == key)
            return row;
    }
    return -1;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < onlineCount()) {
        switch (role) {
        case OnlineRole:
            return true;
        case LastSeenRole:
            return QDateTime();
        case ContactRole: {
            const auto contact = contactAt(row);
            return contact ? contact->id : qint64(0);
        }
        default:
            return m_users->data(m_users->index(row), role);
        }
    }
    const Contact &contact = m_offline.at(row - onlineCount());
    switch (role) {
    case Qt::DisplayRole:
    case UsersModel::NameRole:
        return contact.name;
    case Qt::ToolTipRole:
        return contact.lastSeen.isValid()
                   ? tr("%1 — offline, last seen %2")
                         .arg(contact.name,
                              QLocale().toString(contact.lastSeen.date(), QLocale::ShortFormat) +
                                  u' ' + contact.lastSeen.toString(u"HH:mm"_s))
                   : tr("%1 — offline").arg(contact.name);
    case UsersModel::FingerprintRole:
        return contact.fingerprint;
    case UsersModel::IsSelfRole:
        return false;
    case UsersModel::TrustRole: {
        if (contact.fingerprint.isEmpty())
            return QVariant::fromValue(UsersModel::Trust::NotEncrypted);
        const Settings *pins = m_users->pins();
        const bool verified = pins && pins->isContactVerified(contact.name, contact.fingerprint);
        return QVariant::fromValue(verified ? UsersModel::Trust::Verified
                                            : UsersModel::Trust::Unknown);
    }
    case OnlineRole:
        return false;
    case LastSeenRole:
        return contact.lastSeen;
    case ContactRole:
        return contact.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    QHash<int, QByteArray> names = m_users->roleNames();
    names.insert(OnlineRole, "online");
    names.insert(LastSeenRole, "lastSeen");
    names.insert(ContactRole, "contact");
    return names;
}

int PeopleModel::offlineLowerBound(const Contact &contact) const
{
    const QString key = usernameKey(contact.name);
    const auto it = std::lower_bound(m_offline.cbegin(), m_offline.cend(), contact,
                                     [&key](const Contact &c, const Contact &wanted) {
                                         const QString k = usernameKey(c.name);
                                         return k != key ? k < key : c.id < wanted.id;
                                     });
    return int(it - m_offline.cbegin());
}

int PeopleModel::offlineIndexOf(qint64 contact) const
{
    for (int i = 0; i < m_offline.size(); ++i) {
        if (m_offline.at(i).id == contact)
            return i;
    }
    return -1;
}

void PeopleModel::insertOffline(const Contact &contact)
{
    const int at = offlineLowerBound(contact);
    const int row = onlineCount() + at;
    beginInsertRows({}, row, row);
    m_offline.insert(at, contact);
    endInsertRows();
}

void PeopleModel::removeOffline(qint64 contact)
{
    if (m_changing)
        return;
    const int at = offlineIndexOf(contact);
    if (at < 0)
        return;
    const int row = onlineCount() + at;
    beginRemoveRows({}, row, row);
    m_offline.removeAt(at);
    endRemoveRows();
}

void PeopleModel::onUsersInserted(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString key = presenceKey(m_users->userAt(row));
        m_onlineKeys.insert(key);
        // Online now: the contact's offline row goes.
        for (int i = int(m_offline.size()) - 1; i >= 0; --i) {
            if (presenceKey(m_offline.at(i)) == key)
                removeOffline(m_offline.at(i).id);
        }
    }
}

void PeopleModel::onUsersAboutToBeRemoved(int first, int last)
{
    m_leaving.clear();
    for (int row = first; row <= last; ++row)
        m_leaving.append(m_users->userAt(row));
}

void PeopleModel::onUsersRemoved()
{
    const QList<UserInfo> leaving = std::exchange(m_leaving, {});
    for (const UserInfo &user : leaving) {
        m_onlineKeys.remove(presenceKey(user));
        // Their contact (by key; a plain-text one by name) moves to the offline rows.
        const auto contact = user.fingerprint.isEmpty()
                                 ? m_history->find(user.name, QString())
                                 : m_history->contactByFingerprint(user.fingerprint);
        if (contact && listsOffline(*contact) && offlineIndexOf(contact->id) < 0)
            insertOffline(*contact);
    }
}

void PeopleModel::onContactChanged(const Contact &contact)
{
    if (m_changing)
        return; // the rows being changed read the contact when the change is done
    const int at = offlineIndexOf(contact.id);
    if (!listsOffline(contact)) {
        removeOffline(contact.id);
        // An online row may have become (or stopped being) a contact.
        const int online = rowOfContact(contact.id);
        if (online >= 0 && online < onlineCount())
            Q_EMIT dataChanged(index(online), index(online), {ContactRole});
        return;
    }
    if (at >= 0 && usernameKey(m_offline.at(at).name) == usernameKey(contact.name)) {
        m_offline[at] = contact;
        const int row = onlineCount() + at;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    removeOffline(contact.id); // renamed: it moves
    insertOffline(contact);
}

} // namespace chatbuddy::client
