// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace chatbuddy::ui {

// Paints one person: a coloured initial, the name (with "(you)" for yourself), a tag when
// they are verified or not encrypted (UsersModel::TrustRole, worded by trustPresentation())
// and, below it, the address and chat port; an offline contact (PeopleModel::OnlineRole)
// greyed, with when they were last seen. It reads nothing but the model's roles.
class UserDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Badge { None, Verified, NotEncrypted };
    Q_ENUM(Badge)

    explicit UserDelegate(QObject *parent = nullptr);

    // The tag shown for the row at index (UsersModel::TrustRole).
    static Badge badgeFor(const QModelIndex &index);
    static QString badgeText(Badge badge);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Tooltips say what a tag means.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // A stable, pleasant colour for a name, so a person keeps their colour everywhere.
    static QColor colorFor(const QString &name);
    // "Last seen today at 14:02", "Last seen yesterday at 9:15", "Last seen 3/12/26", "Offline".
    static QString lastSeenText(const QDateTime &lastSeen);
};

} // namespace chatbuddy::ui
