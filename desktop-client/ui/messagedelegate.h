// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>
#include <memory>
#include <vector>

class QDate;
class QTextLayout;

namespace chatbuddy::ui {

// Paints one chat line (own and peer messages as bubbles with sender, time and delivery state;
// notices and warnings as centred grey / red text) and caches each row's height.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    // The width of the view's viewport; lines wrap in a share of it.
    void setViewWidth(int width);
    int viewWidth() const { return m_width; }
    // Forgets the cached heights (after a font change, a model reset, or rows added above).
    void clearCache();
    // A file's line is a widget the view puts in its place (TransferWidget): the delegate
    // paints only the day separator above it, and asks this for the widget's height.
    void setEmbeddedHeight(std::function<int(const QModelIndex &)> height)
    {
        m_embeddedHeight = std::move(height);
    }
    // The row's widget changed its height: measure it again.
    void invalidate(const QModelIndex &index);
    // The day separator's height above the row (0 if none).
    int headerHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static bool isEmbedded(const QModelIndex &index);
    // A bubble's fill: our own lines tinted with the highlight, the peer's with the text colour
    // (TransferWidget paints its card with it too).
    static QColor bubbleColor(const QPalette &palette, bool own);
    static constexpr qreal BubbleRadius = 9;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The "Sending…" / "Delivered ✓" / "Not delivered" / "Sent" text for a ChatLine::Delivery
    // value.
    static QString deliveryText(int delivery);
    // The separator above the first line of a day: "Today", "Yesterday", or the long date.
    static QString dayText(const QDate &day);

private:
    struct Metrics;
    const Metrics &metrics(const QStyleOptionViewItem &option) const;
    int computeHeight(const Metrics &m, const QModelIndex &index) const;
    QString timeText(const QDateTime &time) const;
    int dayHeaderHeight(const Metrics &m, const QModelIndex &index) const;
    void paintDayHeader(QPainter *painter, const Metrics &m, const QRect &rect, const QDate &day,
                        const QPalette &palette) const;

    int m_width = 400;
    // Heights by row for lines wrapped at m_cacheWrapWidth; 0 means not measured yet. Rows added
    // at the end keep the others' heights; the view clears the cache when rows come above.
    mutable std::vector<int> m_heights;
    mutable int m_cacheWrapWidth = -1;
    mutable std::unique_ptr<Metrics> m_metrics; // for m_metricsWidth and the view's font
    mutable int m_metricsWidth = -1;
    std::function<int(const QModelIndex &)> m_embeddedHeight;
};

} // namespace chatbuddy::ui
