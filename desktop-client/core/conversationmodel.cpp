// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationmodel.h"

namespace chatbuddy::client {

static_assert(int(ConversationModel::EventRole) == int(MessageModel::EventRole));

ConversationModel::ConversationModel(History *history, qint64 contact, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
    , m_contact(contact)
{
    connect(history, &History::appended, this, &ConversationModel::onAppended);
    connect(history, &History::deliveryChanged, this, &ConversationModel::onDeliveryChanged);
    connect(history, &History::conversationCleared, this, &ConversationModel::onCleared);
    showLatest();
}

void ConversationModel::setContact(qint64 contact)
{
    if (contact == m_contact)
        return;
    m_contact = contact;
    showLatest();
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_rows.at(index.row());
    const ChatLine &line = entry.line;
    switch (role) {
    case Qt::DisplayRole:
    case MessageModel::TextRole:
        return line.text;
    case MessageModel::KindRole:
        return int(line.kind);
    case MessageModel::SenderRole:
        return line.sender;
    case MessageModel::TimeRole:
        return line.time;
    case MessageModel::DeliveryRole:
        return int(line.delivery);
    case MessageModel::IdRole:
        return line.id;
    case EntryRole:
        return entry.id;
    case EventRole:
        return int(line.event);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = MessageModel().roleNames();
    names.insert(EntryRole, "entry");
    names.insert(EventRole, "event");
    return names;
}

void ConversationModel::reset(const QList<HistoryEntry> &rows, bool atLatest)
{
    beginResetModel();
    m_rows = rows;
    m_atLatest = atLatest;
    m_hasOlder = !rows.isEmpty();
    endResetModel();
}

void ConversationModel::showLatest()
{
    reset(m_history->before(m_contact, 0, PageSize), true);
}

void ConversationModel::showAround(qint64 entry)
{
    // Half a page before it, it, and half a page after.
    QList<HistoryEntry> rows = m_history->before(m_contact, entry, PageSize / 2);
    const QList<HistoryEntry> rest = m_history->after(m_contact, entry - 1, PageSize / 2 + 1);
    rows.append(rest);
    const bool atLatest =
        m_history->after(m_contact, rows.isEmpty() ? 0 : rows.last().id, 1).isEmpty();
    reset(rows, atLatest);
}

int ConversationModel::loadOlder()
{
    if (!m_hasOlder)
        return 0;
    const qint64 first = m_rows.isEmpty() ? 0 : m_rows.first().id;
    const QList<HistoryEntry> older = m_history->before(m_contact, first, PageSize);
    if (older.isEmpty()) {
        m_hasOlder = false;
        return 0;
    }
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
    if (m_rows.size() > MaxRows) { // the newest go; they load again on the way down
        beginRemoveRows({}, MaxRows, int(m_rows.size()) - 1);
        m_rows.resize(MaxRows);
        endRemoveRows();
        m_atLatest = false;
    }
    Q_EMIT olderLoaded(int(older.size()));
    return int(older.size());
}

int ConversationModel::loadNewer()
{
    if (m_atLatest)
        return 0;
    const qint64 last = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const QList<HistoryEntry> newer = m_history->after(m_contact, last, PageSize);
    if (newer.size() < PageSize)
        m_atLatest = true; // what comes next is appended as it comes
    if (newer.isEmpty())
        return 0;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + int(newer.size()) - 1);
    m_rows.append(newer);
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        const int drop = int(m_rows.size()) - MaxRows;
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
        m_hasOlder = true;
    }
    return int(newer.size());
}

int ConversationModel::rowOf(qint64 entry) const
{
    // Rows are in entry order.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), entry,
                                     [](const HistoryEntry &e, qint64 id) { return e.id < id; });
    return it != m_rows.cend() && it->id == entry ? int(it - m_rows.cbegin()) : -1;
}

void ConversationModel::onAppended(const HistoryEntry &entry)
{
    if (entry.contact != m_contact || !m_atLatest)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
    if (m_rows.size() > MaxRows + PageSize) { // a long live chat: keep the window bounded
        beginRemoveRows({}, 0, PageSize - 1);
        m_rows.remove(0, PageSize);
        endRemoveRows();
        m_hasOlder = true;
    }
}

void ConversationModel::onDeliveryChanged(qint64 entry, ChatLine::Delivery delivery)
{
    const int row = rowOf(entry);
    if (row < 0)
        return;
    m_rows[row].line.delivery = delivery;
    Q_EMIT dataChanged(index(row), index(row), {MessageModel::DeliveryRole});
}

void ConversationModel::onCleared(qint64 contact)
{
    if (contact == 0 || contact == m_contact)
        showLatest();
}

} // namespace chatbuddy::client
