// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Colours, badges and labels shared by the widgets that show trust (verified, key confirmed by
// the hub, key changed, not encrypted), so every window says the same thing the same way.

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

namespace chatbuddy::ui::security {

enum class Tone { Good, Neutral, Caution, Danger };

// True for a dark palette (light text on a dark window): the colours below have dark variants,
// picked by the application's palette.
bool isDark(const QPalette &palette);
// The one palette: every coloured text, tag, banner and badge in ChatBuddy comes from here.
// Text colour for a tone (readable on the window background, light or dark).
QString color(Tone tone);
// The same for a given palette (delegates paint with the view's).
QColor color(Tone tone, const QPalette &palette);
// The colour name of a tone on a light (dark=false) or dark window.
QString colorName(Tone tone, bool dark);
// A style sheet for a label that reports an error ("That is not an IP address").
QString errorLabelStyle();
// Text colour for a banner of that tone (bannerStyle()).
QColor bannerTextColor(Tone tone);
// A style sheet for a QLabel drawn as a small coloured tag ("✓ Verified", "Not encrypted").
QString tagStyle(Tone tone);
// A style sheet for a QFrame banner with that objectName (the selector keeps the colours off
// the banner's buttons).
QString bannerStyle(const QString &objectName, Tone tone);
// The fill and text colours of a tag, for delegates that paint one themselves.
void tagColors(Tone tone, QColor *fill, QColor *text);

// A small red "!" for chats that are not encrypted (tabs, lists).
QIcon notEncryptedIcon();

// A fingerprint in groups of four over two lines of eight (twoLineFingerprint()).
QString keyText(const QString &fingerprint);
// A fingerprint (keyText()) as selectable monospace text.
QLabel *keyLabel(const QString &text, const QString &objectName, QWidget *parent);

} // namespace chatbuddy::ui::security
