// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

namespace {
// The same two bubbles as packaging/io.github.chatbuddy.ChatBuddy.svg, for when Qt's SVG icon
// engine is missing.
QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);

    // The friend's bubble, behind.
    QPainterPath back;
    back.addRoundedRect(QRectF(22, 6, 38, 28), 9, 9);
    back.moveTo(48, 32);
    back.lineTo(54, 42);
    back.lineTo(40, 33);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2e, 0x9d, 0x6a));
    painter.drawPath(back.simplified());

    // Our bubble, in front.
    QPainterPath front;
    front.addRoundedRect(QRectF(4, 22, 42, 30), 10, 10);
    front.moveTo(12, 50);
    front.lineTo(8, 60);
    front.lineTo(22, 51);
    painter.setBrush(QColor(0x1f, 0x6f, 0xd1));
    painter.setPen(QPen(Qt::white, 2.5));
    painter.drawPath(front.simplified());

    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    for (int i = 0; i < 3; ++i)
        painter.drawEllipse(QPointF(15 + i * 10, 37), 3.2, 3.2);
    return pixmap;
}
} // namespace

QIcon appIcon()
{
    // Built on each call: a static QIcon would outlive the QApplication its pixmaps need.
    // The reverse-DNS app id of packaging/: the .desktop file, the installed icon, this resource.
    const QString appId = u"io.github.chatbuddy.ChatBuddy"_s;
    QIcon icon(u":/icons/"_s + appId + u".svg"_s);
    if (icon.pixmap(QSize(64, 64)).isNull()) {
        icon = QIcon();
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addPixmap(drawIcon(size));
    }
    return QIcon::fromTheme(appId, icon);
}

} // namespace chatbuddy::ui
