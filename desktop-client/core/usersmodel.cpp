// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersmodel.h"

#include "settings.h"
#include "username.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

UsersModel::UsersModel(const Settings *pins, QObject *parent)
    : QAbstractListModel(parent)
    , m_pins(pins)
{
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return user.name;
    case Qt::ToolTipRole:
        return u"%1 — %2:%3"_s.arg(user.name, user.address).arg(user.port);
    case AddressRole:
        return user.address;
    case PortRole:
        return user.port;
    case FingerprintRole:
        return user.fingerprint;
    case EndpointRole:
        return u"%1:%2"_s.arg(user.address).arg(user.port);
    case IsSelfRole:
        return !m_selfKey.isEmpty() && usernameKey(user.name) == m_selfKey;
    case TrustRole:
        if (user.legacy)
            return QVariant::fromValue(Trust::NotEncrypted);
        return QVariant::fromValue(m_verified.contains(usernameKey(user.name)) ? Trust::Verified
                                                                               : Trust::Unknown);
    default:
        return {};
    }
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    return {{NameRole, "name"},         {AddressRole, "address"},
            {PortRole, "port"},         {FingerprintRole, "fingerprint"},
            {EndpointRole, "endpoint"}, {IsSelfRole, "isSelf"},
            {TrustRole, "trust"}};
}

int UsersModel::lowerBound(const QString &key) const
{
    const auto it = std::lower_bound(
        m_users.cbegin(), m_users.cend(), key,
        [](const UserInfo &u, const QString &k) { return usernameKey(u.name) < k; });
    return int(it - m_users.cbegin());
}

int UsersModel::rowOf(const QString &name) const
{
    const QString key = usernameKey(name);
    const int row = lowerBound(key);
    return row < m_users.size() && usernameKey(m_users.at(row).name) == key ? row : -1;
}

std::optional<UserInfo> UsersModel::find(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? std::nullopt : std::optional<UserInfo>(m_users.at(row));
}

void UsersModel::updateVerified(const UserInfo &user)
{
    const QString key = usernameKey(user.name);
    if (m_pins && m_pins->isContactVerified(user.name, user.fingerprint))
        m_verified.insert(key);
    else
        m_verified.remove(key);
}

void UsersModel::refreshTrust(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    updateVerified(m_users.at(row));
    Q_EMIT dataChanged(index(row), index(row), {TrustRole});
}

void UsersModel::upsert(const UserInfo &user)
{
    updateVerified(user);
    const QString key = usernameKey(user.name);
    const int row = lowerBound(key);
    if (row < m_users.size() && usernameKey(m_users.at(row).name) == key) {
        if (m_users.at(row) == user)
            return;
        m_users[row] = user;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, row, row);
    m_users.insert(row, user);
    endInsertRows();
    Q_EMIT countChanged(int(m_users.size()));
}

void UsersModel::upsertAll(QList<UserInfo> users)
{
    QStringList keys;
    keys.reserve(users.size());
    for (const UserInfo &user : std::as_const(users))
        keys.append(usernameKey(user.name));
    std::vector<qsizetype> order(std::size_t(users.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&keys](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
    // The last entry of each name, in key order.
    QList<UserInfo> sorted;
    QStringList sortedKeys;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i + 1 < order.size() && keys[order[i + 1]] == keys[order[i]])
            continue;
        sorted.append(users[order[i]]);
        sortedKeys.append(keys[order[i]]);
    }
    const qsizetype before = m_users.size();
    qsizetype i = 0;
    while (i < sorted.size()) {
        const int row = lowerBound(sortedKeys[i]);
        if (row < m_users.size() && usernameKey(m_users.at(row).name) == sortedKeys[i]) {
            upsert(sorted[i]); // known: updated in place
            ++i;
            continue;
        }
        // New, with those after it that also come before the next row already listed.
        const QString next = row < m_users.size() ? usernameKey(m_users.at(row).name) : QString();
        qsizetype end = i + 1;
        while (end < sorted.size() && (next.isEmpty() || sortedKeys[end] < next))
            ++end;
        beginInsertRows({}, row, int(row + end - i - 1));
        QList<UserInfo> merged = m_users.first(row);
        for (qsizetype k = i; k < end; ++k) {
            updateVerified(sorted[k]);
            merged.append(sorted[k]);
        }
        merged.append(m_users.sliced(row));
        m_users = std::move(merged);
        endInsertRows();
        i = end;
    }
    if (m_users.size() != before)
        Q_EMIT countChanged(int(m_users.size()));
}

void UsersModel::removeAll(const QStringList &names)
{
    std::vector<int> rows;
    for (const QString &name : names) {
        if (const int row = rowOf(name); row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return;
    // From the end, a run of neighbours at a time: the rows before it keep their numbers.
    std::size_t end = rows.size();
    while (end > 0) {
        std::size_t first = end - 1;
        while (first > 0 && rows[first - 1] == rows[first] - 1)
            --first;
        const int from = rows[first];
        const int to = rows[end - 1];
        beginRemoveRows({}, from, to);
        for (int row = from; row <= to; ++row)
            m_verified.remove(usernameKey(m_users.at(row).name));
        m_users.remove(from, to - from + 1);
        endRemoveRows();
        end = first;
    }
    Q_EMIT countChanged(int(m_users.size()));
}

void UsersModel::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_verified.remove(usernameKey(m_users.at(row).name));
    m_users.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged(int(m_users.size()));
}

void UsersModel::clear()
{
    if (m_users.isEmpty())
        return;
    beginResetModel();
    m_users.clear();
    m_verified.clear();
    endResetModel();
    Q_EMIT countChanged(0);
}

void UsersModel::setSelfName(const QString &name)
{
    m_selfKey = name.isEmpty() ? QString() : usernameKey(name);
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_users.size()) - 1), {IsSelfRole});
}

} // namespace chatbuddy::client
