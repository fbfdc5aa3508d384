// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <memory>
#include <vector>

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
    // Forgets the cached heights (after a font change or a model reset).
    void clearCache();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The "Sending…" / "Delivered ✓" / "Not delivered" / "Sent" text for a ChatLine::Delivery
    // value.
    static QString deliveryText(int delivery);

private:
    struct Metrics;
    const Metrics &metrics(const QStyleOptionViewItem &option) const;
    int computeHeight(const Metrics &m, const QModelIndex &index) const;
    QString timeText(const QDateTime &time) const;

    int m_width = 400;
    // Heights by row for lines wrapped at m_cacheWrapWidth; 0 means not measured yet. Rows are
    // only ever appended, so a row keeps its height until the wrap width or the font changes.
    mutable std::vector<int> m_heights;
    mutable int m_cacheWrapWidth = -1;
    mutable std::unique_ptr<Metrics> m_metrics; // for m_metricsWidth and the view's font
    mutable int m_metricsWidth = -1;
};

} // namespace chatbuddy::ui
