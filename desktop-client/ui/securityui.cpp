// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityui.h"

#include "identitydialog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui::security {

QString color(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return u"#1e7b34"_s;
    case Tone::Caution:
        return u"#a15c00"_s;
    case Tone::Danger:
        return u"#b3261e"_s;
    case Tone::Neutral:
        break;
    }
    return u"#4a5560"_s;
}

void tagColors(Tone tone, QColor *fill, QColor *text)
{
    // Light fills with dark text: the tag stays readable on a selected (highlighted) row too.
    switch (tone) {
    case Tone::Good:
        *fill = QColor(0xe6, 0xf4, 0xea);
        break;
    case Tone::Caution:
        *fill = QColor(0xff, 0xf4, 0xe0);
        break;
    case Tone::Danger:
        *fill = QColor(0xfd, 0xec, 0xea);
        break;
    case Tone::Neutral:
        *fill = QColor(0xee, 0xf0, 0xf2);
        break;
    }
    *text = QColor(color(tone));
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
                                                    text.darker(140).name());
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
    return IdentityDialog::twoLineFingerprint(fingerprint);
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
