// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages.h"

#include <QStyledItemDelegate>

#include <optional>

namespace chatbuddy::client {
class Profile;
}

namespace chatbuddy::ui {

// Paints one online user: a coloured initial, the name (with "(you)" for yourself), a tag when
// they are verified or not encrypted (legacy) and, below it, the address and chat port.
class UserDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Badge { None, Verified, NotEncrypted };
    Q_ENUM(Badge)

    // profile (not owned, may be null) says which contacts are verified.
    explicit UserDelegate(const client::Profile *profile, QObject *parent = nullptr);

    // The tag shown for the row at index (of a UsersModel, or of proxies over one).
    Badge badgeFor(const QModelIndex &index) const;
    static QString badgeText(Badge badge);
    // The directory entry behind index, through any proxy models.
    static std::optional<UserInfo> userAt(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Tooltips say what a tag means.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // A stable, pleasant colour for a name, so a person keeps their colour everywhere.
    static QColor colorFor(const QString &name);

private:
    const client::Profile *m_profile;
};

} // namespace chatbuddy::ui
