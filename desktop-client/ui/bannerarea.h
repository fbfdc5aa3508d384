// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace chatbuddy::ui {

// Holds banners: as tall as they are when there is room, down to a few lines (with a scroll
// bar) when there is not, so the messages and the input stay on a small screen.
class BannerArea : public QScrollArea {
public:
    explicit BannerArea(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The layout asks for the height at the real width, so wrapped text measured while the
    // widget was still narrow cannot leave the banner far taller than its content.
    bool hasHeightForWidth() const override { return widget() != nullptr; }
    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;
};

} // namespace chatbuddy::ui
