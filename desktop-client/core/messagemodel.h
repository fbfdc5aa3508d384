// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lines of one chat (own messages, the peer's messages, notices) as a list model.

#include <QAbstractListModel>
#include <QDateTime>

namespace chatbuddy::client {

struct ChatLine {
    enum class Kind { Outgoing, Incoming, Notice, Warning };
    // Where an outgoing message is (kept in the history as the number: never renumber).
    enum class Delivery {
        None = 0,
        Sending = 1,      // on a live link, no receipt yet
        Delivered = 2,    // the recipient's client has it
        NotDelivered = 3, // it will not arrive (the chat ended first, expired, refused)
        Sent = 4,         // gone out, no receipt will come (plain-text peer) or not yet (mailbox)
        Read = 5,         // shown to the recipient in a focused window
        Queued = 6,       // waiting for a way to the recipient; survives restarts
    };
    // What a notice stands for, kept with it in the history (stored as the number: never
    // renumber). Transient lines (connecting..., waiting for...) are not kept at all.
    enum class Event {
        None = 0, // a message, or a notice about the chat (e.g. who vouches for a key)
        Started = 1,
        Ended = 2,
        Declined = 3,
        ConnectionLost = 4,
        KeyChanged = 5,
        KeyAccepted = 6,
        Verified = 7,
        Unverified = 8,
        Transient = 9,
        File = 10, // a file sent or received: id is the transfer's, text its name
    };
    Kind kind = Kind::Notice;
    QString id; // message id for Outgoing/Incoming
    QString sender;
    QString text;
    QDateTime time; // local time of sending (outgoing) or the sender's stamp (incoming)
    Delivery delivery = Delivery::None;
    Event event = Event::None;
};

class MessageModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        SenderRole,
        TextRole,
        TimeRole,
        DeliveryRole,
        IdRole,
        EventRole = Qt::UserRole + 101, // ChatLine::Event; the same as ConversationModel's
    };

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void append(const ChatLine &line);
    // The three kinds of line a chat adds; time is local.
    void appendIncoming(const QString &id, const QString &sender, const QString &text,
                        const QDateTime &time);
    void appendOutgoing(const QString &id, const QString &sender, const QString &text,
                        const QDateTime &time, ChatLine::Delivery delivery);
    void appendNotice(const QString &text, ChatLine::Kind kind = ChatLine::Kind::Notice,
                      ChatLine::Event event = ChatLine::Event::None);
    // Marks the outgoing message id delivered; false if unknown.
    bool markDelivered(const QString &id);
    // Marks the outgoing message id read (Read implies Delivered: only a Sending or Delivered
    // one becomes Read); false if unknown or in another state.
    bool markRead(const QString &id);
    // Marks every outgoing message still Sending as NotDelivered (the chat ended).
    void markUndelivered();
    const ChatLine &lineAt(int row) const { return m_lines.at(row); }
    QList<ChatLine> lines() const { return m_lines; }

private:
    QList<ChatLine> m_lines;
    QHash<QString, int> m_outgoingRows; // id -> row, for acks
};

} // namespace chatbuddy::client
