// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagemodel.h"

namespace chatbuddy::client {

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return line.text;
    case KindRole:
        return int(line.kind);
    case SenderRole:
        return line.sender;
    case TimeRole:
        return line.time;
    case DeliveryRole:
        return int(line.delivery);
    case EventRole:
        return int(line.event);
    case IdRole:
        return line.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {{KindRole, "kind"},  {SenderRole, "sender"},     {TextRole, "text"},
            {TimeRole, "time"},  {DeliveryRole, "delivery"}, {IdRole, "id"},
            {EventRole, "event"}};
}

void MessageModel::append(const ChatLine &line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    if (line.kind == ChatLine::Kind::Outgoing && !line.id.isEmpty())
        m_outgoingRows.insert(line.id, row);
    endInsertRows();
}

void MessageModel::appendIncoming(const QString &id, const QString &sender, const QString &text,
                                  const QDateTime &time)
{
    append(ChatLine{ChatLine::Kind::Incoming, id, sender, text, time, ChatLine::Delivery::None,
                    ChatLine::Event::None});
}

void MessageModel::appendOutgoing(const QString &id, const QString &sender, const QString &text,
                                  const QDateTime &time, ChatLine::Delivery delivery)
{
    append(ChatLine{ChatLine::Kind::Outgoing, id, sender, text, time, delivery,
                    ChatLine::Event::None});
}

void MessageModel::appendNotice(const QString &text, ChatLine::Kind kind, ChatLine::Event event)
{
    append(ChatLine{
        kind, {}, {}, text, QDateTime::currentDateTime(), ChatLine::Delivery::None, event});
}

bool MessageModel::markDelivered(const QString &id)
{
    const auto it = m_outgoingRows.constFind(id);
    if (it == m_outgoingRows.cend())
        return false;
    ChatLine &line = m_lines[*it];
    // Read says more than Delivered: a late ack must not take it back.
    if (line.delivery != ChatLine::Delivery::Delivered &&
        line.delivery != ChatLine::Delivery::Read) {
        line.delivery = ChatLine::Delivery::Delivered;
        Q_EMIT dataChanged(index(*it), index(*it), {DeliveryRole});
    }
    return true;
}

bool MessageModel::markRead(const QString &id)
{
    const auto it = m_outgoingRows.constFind(id);
    if (it == m_outgoingRows.cend())
        return false;
    ChatLine &line = m_lines[*it];
    if (line.delivery != ChatLine::Delivery::Sending &&
        line.delivery != ChatLine::Delivery::Delivered)
        return false;
    line.delivery = ChatLine::Delivery::Read;
    Q_EMIT dataChanged(index(*it), index(*it), {DeliveryRole});
    return true;
}

void MessageModel::markUndelivered()
{
    for (int row : std::as_const(m_outgoingRows)) {
        ChatLine &line = m_lines[row];
        if (line.delivery == ChatLine::Delivery::Sending) {
            line.delivery = ChatLine::Delivery::NotDelivered;
            Q_EMIT dataChanged(index(row), index(row), {DeliveryRole});
        }
    }
}

} // namespace chatbuddy::client
