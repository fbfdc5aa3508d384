// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdelegate.h"

#include "securityui.h"
#include "trustpresentation.h"

#include "peoplemodel.h"
#include "usersmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::UsersModel;

namespace {
constexpr int Pad = 6;
constexpr int Gap = 8;
constexpr int TagPad = 5;
} // namespace

UserDelegate::UserDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

UserDelegate::Badge UserDelegate::badgeFor(const QModelIndex &index)
{
    if (!index.isValid() || index.data(UsersModel::IsSelfRole).toBool())
        return Badge::None;
    switch (index.data(UsersModel::TrustRole).value<UsersModel::Trust>()) {
    case UsersModel::Trust::Verified:
        return Badge::Verified;
    case UsersModel::Trust::NotEncrypted:
        return Badge::NotEncrypted;
    case UsersModel::Trust::Unknown:
        break;
    }
    return Badge::None;
}

namespace {
UsersModel::Trust trustOf(UserDelegate::Badge badge)
{
    switch (badge) {
    case UserDelegate::Badge::Verified:
        return UsersModel::Trust::Verified;
    case UserDelegate::Badge::NotEncrypted:
        return UsersModel::Trust::NotEncrypted;
    case UserDelegate::Badge::None:
        break;
    }
    return UsersModel::Trust::Unknown;
}
} // namespace

bool UserDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        const QString tip = security::trustPresentation(trustOf(badgeFor(index)),
                                                        index.data(UsersModel::NameRole).toString())
                                .explanation;
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString UserDelegate::badgeText(Badge badge)
{
    return security::trustPresentation(trustOf(badge), QString()).label;
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

QString UserDelegate::lastSeenText(const QDateTime &lastSeen)
{
    if (!lastSeen.isValid())
        return tr("Offline");
    const QDate day = lastSeen.date();
    const QDate today = QDate::currentDate();
    const QString clock = lastSeen.toString(u"HH:mm"_s);
    if (day == today)
        return tr("Last seen today at %1").arg(clock);
    if (day == today.addDays(-1))
        return tr("Last seen yesterday at %1").arg(clock);
    return tr("Last seen %1").arg(QLocale().toString(day, QLocale::ShortFormat));
}

// Over 60 lines: paints one row left to right (avatar, name, tag, address), with its
// geometry in one place.
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
    // Offline contacts (PeopleModel) are greyed, with when they were last seen.
    const QVariant onlineData = index.data(client::PeopleModel::OnlineRole);
    const bool offline = onlineData.isValid() && !onlineData.toBool();
    const QString endpoint =
        offline ? lastSeenText(index.data(client::PeopleModel::LastSeenRole).toDateTime())
                : index.data(UsersModel::EndpointRole).toString();
    const bool self = index.data(UsersModel::IsSelfRole).toBool();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.65f);
    const QColor nameColor = offline && !selected ? dim : textColor;

    const QRect r = option.rect.adjusted(Pad, Pad, -Pad, -Pad);
    const int diameter = r.height();
    const QRect avatar(r.left(), r.top(), diameter, diameter);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor avatarColor = colorFor(name);
    if (offline)
        avatarColor = QColor::fromHsvF(avatarColor.hsvHueF(), avatarColor.hsvSaturationF() * 0.25f,
                                       avatarColor.valueF() * 0.85f);
    painter->setBrush(avatarColor);
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

    // The tag sits at the right end of the name line; the name gives way to it.
    const Badge badge = badgeFor(index);
    const QString tag = badgeText(badge);
    QFont tagFont = option.font;
    tagFont.setBold(true);
    tagFont.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
    const QFontMetrics tagFm(tagFont);
    const int tagWidth = tag.isEmpty() ? 0 : tagFm.horizontalAdvance(tag) + 2 * TagPad;
    if (!tag.isEmpty()) {
        QColor fill;
        QColor text;
        security::tagColors(security::trustPresentation(trustOf(badge), name).tone, &fill, &text);
        const QRectF tagRect(nameLine.right() + 1 - tagWidth,
                             nameLine.center().y() - tagFm.height() / 2.0, tagWidth,
                             tagFm.height());
        painter->setPen(QPen(text, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(tagRect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setFont(tagFont);
        painter->setPen(text);
        painter->drawText(tagRect, Qt::AlignCenter, tag);
    }

    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameFm(nameFont);
    const QString you = self ? tr("(you)") : QString();
    const int youWidth = you.isEmpty() ? 0 : fm.horizontalAdvance(u' ' + you);
    const int reserved = youWidth + (tagWidth > 0 ? tagWidth + Gap : 0);
    const QString shownName =
        nameFm.elidedText(name, Qt::ElideRight, std::max(10, nameLine.width() - reserved));
    painter->setFont(nameFont);
    painter->setPen(nameColor);
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
