// SPDX-License-Identifier: GPL-3.0-or-later
#include "bannerarea.h"

namespace chatbuddy::ui {

BannerArea::BannerArea(QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    // A key never wraps: when it is wider than a very narrow window, it scrolls.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

QSize BannerArea::sizeHint() const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::sizeHint();
    const int width = viewport()->width() > 0 ? viewport()->width() : content->sizeHint().width();
    const int height = content->hasHeightForWidth() ? content->heightForWidth(width)
                                                    : content->sizeHint().height();
    return {content->sizeHint().width(), height};
}

int BannerArea::heightForWidth(int width) const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::heightForWidth(width);
    const int inner = std::max(1, width - 2 * frameWidth());
    return content->hasHeightForWidth() ? content->heightForWidth(inner)
                                        : content->sizeHint().height();
}

QSize BannerArea::minimumSizeHint() const
{
    const QWidget *content = widget();
    const int lines = fontMetrics().height() * 5;
    const int full = content ? sizeHint().height() : lines;
    return {fontMetrics().averageCharWidth() * 20, std::min(full, lines)};
}

} // namespace chatbuddy::ui
