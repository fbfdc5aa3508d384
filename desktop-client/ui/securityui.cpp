// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityui.h"

#include "identity.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui::security {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

namespace {
bool darkApp()
{
    return isDark(QGuiApplication::palette());
}
} // namespace

QString color(Tone tone)
{
    return colorName(tone, darkApp());
}

QColor color(Tone tone, const QPalette &palette)
{
    return QColor(colorName(tone, isDark(palette)));
}

QString errorLabelStyle()
{
    return u"color: %1;"_s.arg(color(Tone::Danger));
}

QString colorName(Tone tone, bool dark)
{
    // Dark palettes get the light variants, so the text keeps its contrast on the window.
    switch (tone) {
    case Tone::Good:
        return dark ? u"#81c995"_s : u"#1e7b34"_s;
    case Tone::Caution:
        return dark ? u"#fdd663"_s : u"#a15c00"_s;
    case Tone::Danger:
        return dark ? u"#f28b82"_s : u"#b3261e"_s;
    case Tone::Neutral:
        break;
    }
    return dark ? u"#bdc1c6"_s : u"#4a5560"_s;
}

void tagColors(Tone tone, QColor *fill, QColor *text)
{
    // A tinted fill with the tone's text colour: readable on a selected (highlighted) row too.
    const bool dark = darkApp();
    switch (tone) {
    case Tone::Good:
        *fill = dark ? QColor(0x1f, 0x3a, 0x2a) : QColor(0xe6, 0xf4, 0xea);
        break;
    case Tone::Caution:
        *fill = dark ? QColor(0x3f, 0x32, 0x10) : QColor(0xff, 0xf4, 0xe0);
        break;
    case Tone::Danger:
        *fill = dark ? QColor(0x4a, 0x21, 0x20) : QColor(0xfd, 0xec, 0xea);
        break;
    case Tone::Neutral:
        *fill = dark ? QColor(0x33, 0x37, 0x3b) : QColor(0xee, 0xf0, 0xf2);
        break;
    }
    *text = QColor(color(tone));
}

QColor bannerTextColor(Tone tone)
{
    QColor fill;
    QColor text;
    tagColors(tone, &fill, &text);
    if (!darkApp())
        return text.darker(140);
    // Half way to white: long banner text reads better than in the saturated tone.
    return QColor((text.red() + 255) / 2, (text.green() + 255) / 2, (text.blue() + 255) / 2);
}

QString tagStyle(Tone tone)
{
    QColor fill;
    QColor text;
    tagColors(tone, &fill, &text);
    return u"QLabel { color: %1; background: %2; border: 1px solid %1; border-radius: 4px; "
           u"padding: 0px 5px; font-weight: bold; }"_s.arg(text.name(), fill.name());
}

QString bannerStyle(const QString &objectName, Tone tone)
{
    QColor fill;
    QColor text;
    tagColors(tone, &fill, &text);
    return u"QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }"
           u"QFrame#%1 QLabel { color: %4; }"_s.arg(objectName, fill.name(), text.name(),
                                                    bannerTextColor(tone).name());
}

QIcon notEncryptedIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(color(Tone::Danger)));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont font;
        font.setBold(true);
        font.setPixelSize(size * 3 / 4);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"!"_s);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString keyText(const QString &fingerprint)
{
    return twoLineFingerprint(fingerprint);
}

QLabel *keyLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // No word wrap: keyText() is already two short lines, and a wrapping label makes layouts
    // guess its height (dialogs came out with gaps).
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // selectable with the keyboard too
    return label;
}

} // namespace chatbuddy::ui::security
