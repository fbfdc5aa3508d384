// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdelegate.h"

#include "usersmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::UsersModel;

namespace {
constexpr int Pad = 6;
constexpr int Gap = 8;
} // namespace

UserDelegate::UserDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor UserDelegate::colorFor(const QString &name)
{
    // qHash is seeded per process; a fixed FNV-1a keeps colours the same across runs.
    quint32 hash = 2166136261u;
    for (QChar c : name.toLower())
        hash = (hash ^ c.unicode()) * 16777619u;
    return QColor::fromHsl(int(hash % 360), 140, 110);
}

QSize UserDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Every row has the same height: two text lines, cheap for long lists.
    const QFontMetrics fm(option.font);
    return {fm.horizontalAdvance(u"mmmmmmmmmmmm"_s), 2 * fm.height() + 2 * Pad};
}

void UserDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws selection and focus; the text is drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString name = index.data(UsersModel::NameRole).toString();
    const QString endpoint = index.data(UsersModel::EndpointRole).toString();
    const bool self = index.data(UsersModel::IsSelfRole).toBool();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.65f);

    const QRect r = option.rect.adjusted(Pad, Pad, -Pad, -Pad);
    const int diameter = r.height();
    const QRect avatar(r.left(), r.top(), diameter, diameter);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(name));
    painter->drawEllipse(avatar);
    QFont initialFont = option.font;
    initialFont.setBold(true);
    painter->setFont(initialFont);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter, name.left(1).toUpper());

    const QFontMetrics fm(option.font);
    const QRect textRect(avatar.right() + Gap, r.top(), r.right() - avatar.right() - Gap,
                         r.height());
    const QRect nameLine(textRect.left(), textRect.top(), textRect.width(), fm.height());
    const QRect endpointLine(textRect.left(), textRect.top() + fm.height(), textRect.width(),
                             fm.height());

    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameFm(nameFont);
    const QString you = self ? tr("(you)") : QString();
    const int youWidth = you.isEmpty() ? 0 : fm.horizontalAdvance(u' ' + you);
    const QString shownName =
        nameFm.elidedText(name, Qt::ElideRight, std::max(10, nameLine.width() - youWidth));
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(nameLine, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    if (!you.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(dim);
        painter->drawText(nameLine.adjusted(nameFm.horizontalAdvance(shownName), 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, u' ' + you);
    }
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(endpointLine, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(endpoint, Qt::ElideMiddle, endpointLine.width()));
    painter->restore();
}

} // namespace chatbuddy::ui
