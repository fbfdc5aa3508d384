// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace chatbuddy::ui {

// A one-line label that gives way when the window is narrow (200 % scaling, small screens):
// it ends in "…" instead of pushing the window wider than the screen. text(), and so the
// accessible name, keeps the whole text.
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace chatbuddy::ui
