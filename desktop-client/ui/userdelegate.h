// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace chatbuddy::ui {

// Paints one online user: a coloured initial, the name (with "(you)" for yourself) and, below
// it, the address and chat port.
class UserDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit UserDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A stable, pleasant colour for a name, so a person keeps their colour everywhere.
    static QColor colorFor(const QString &name);
};

} // namespace chatbuddy::ui
