// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagedelegate.h"

#include "securityui.h"

#include "messagemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatLine;
using client::MessageModel;

namespace {
constexpr int OuterH = 12; // gap between a bubble and the view's edge
constexpr int OuterV = 3;  // half the gap between two lines
constexpr int PadH = 10;   // inside a bubble
constexpr int PadV = 6;
constexpr int HeaderGap = 2; // between the sender line and the text
constexpr int MetaGap = 12;  // between the sender and the time
constexpr qreal Radius = MessageDelegate::BubbleRadius;
constexpr qreal BubbleShare = 0.78; // a bubble never takes the whole width: sides stay readable
constexpr int MinBubble = 160;
// Lines of about 90 characters read best; the cap also means that, on a wide window, resizing
// does not change where lines wrap, so the cached heights stay valid.
constexpr int MaxBubbleChars = 90;

QColor blend(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

using security::isDark;

QColor warningColor(const QPalette &palette)
{
    return security::color(security::Tone::Danger, palette);
}

// Lays text out in width (words wrap; a word longer than a line breaks anywhere); returns the
// widest line and the total height.
QSizeF layoutText(QTextLayout &layout, qreal width, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextOption textOption(alignment);
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    qreal height = 0;
    qreal natural = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        natural = std::max(natural, line.naturalTextWidth());
    }
    layout.endLayout();
    return {natural, height};
}

// QTextLayout only breaks lines at Unicode line separators, not at '\n'.
QString layoutString(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

ChatLine::Kind kindOf(const QModelIndex &index)
{
    return ChatLine::Kind(index.data(MessageModel::KindRole).toInt());
}

// The day a line starts, if it is the first line of its day (a separator goes above it).
QDate dayStartedBy(const QModelIndex &index)
{
    const QDate day = index.data(MessageModel::TimeRole).toDateTime().date();
    if (!day.isValid())
        return {};
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    if (previous.isValid() && previous.data(MessageModel::TimeRole).toDateTime().date() == day)
        return {};
    return day;
}
} // namespace

QString MessageDelegate::dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

struct MessageDelegate::Metrics {
    QFont text;
    QFont sender;
    QFont meta;
    QFont notice;
    int headerHeight = 0;
    int maxBubble = 0; // outer width of the widest bubble
    int noticeWidth = 0;
};

int MessageDelegate::dayHeaderHeight(const Metrics &m, const QModelIndex &index) const
{
    return dayStartedBy(index).isValid() ? QFontMetrics(m.meta).height() + 2 * PadV : 0;
}

void MessageDelegate::paintDayHeader(QPainter *painter, const Metrics &m, const QRect &rect,
                                     const QDate &day, const QPalette &palette) const
{
    // "── Friday, 4 December 2026 ──" across the view, between two chats of different days.
    const QString text = dayText(day);
    const QFontMetrics fm(m.meta);
    const int textWidth = fm.horizontalAdvance(text);
    const QColor dim = blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5);
    const int y = rect.center().y();
    const int left = rect.left() + OuterH;
    const int right = rect.right() - OuterH;
    const int textLeft = rect.center().x() - textWidth / 2;
    painter->setPen(
        QPen(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.8), 1));
    if (textLeft - 8 > left)
        painter->drawLine(left, y, textLeft - 8, y);
    if (textLeft + textWidth + 8 < right)
        painter->drawLine(textLeft + textWidth + 8, y, right, y);
    painter->setFont(m.meta);
    painter->setPen(dim);
    painter->drawText(rect, Qt::AlignCenter, text);
}

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setViewWidth(int width)
{
    // The cache is keyed by the wrap width (see sizeHint()), not by the view's width.
    m_width = std::max(width, 1);
}

QColor MessageDelegate::bubbleColor(const QPalette &palette, bool own)
{
    const QColor base = palette.color(QPalette::Base);
    return own ? blend(base, palette.color(QPalette::Highlight), isDark(palette) ? 0.35 : 0.16)
               : blend(base, palette.color(QPalette::Text), isDark(palette) ? 0.12 : 0.06);
}

bool MessageDelegate::isEmbedded(const QModelIndex &index)
{
    return index.data(MessageModel::EventRole).toInt() == int(ChatLine::Event::File);
}

void MessageDelegate::invalidate(const QModelIndex &index)
{
    if (size_t(index.row()) < m_heights.size())
        m_heights[size_t(index.row())] = 0;
    Q_EMIT sizeHintChanged(index);
}

int MessageDelegate::headerHeight(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return dayHeaderHeight(metrics(option), index);
}

void MessageDelegate::clearCache()
{
    m_metrics.reset();
    m_heights.clear();
    m_cacheWrapWidth = -1;
}

QString MessageDelegate::deliveryText(int delivery)
{
    switch (ChatLine::Delivery(delivery)) {
    case ChatLine::Delivery::Sending:
        return tr("Sending…");
    case ChatLine::Delivery::Delivered:
        return tr("Delivered ✓");
    case ChatLine::Delivery::NotDelivered:
        return tr("Not delivered");
    case ChatLine::Delivery::Sent:
        return tr("Sent"); // legacy peers send no receipts: gone out, nothing more is known
    case ChatLine::Delivery::Read:
        return tr("Read ✓✓");
    case ChatLine::Delivery::Queued:
        return tr("Queued");
    case ChatLine::Delivery::None:
        break;
    }
    return {};
}

const MessageDelegate::Metrics &MessageDelegate::metrics(const QStyleOptionViewItem &option) const
{
    // sizeHint() runs for every row on each re-layout: fonts and metrics are made once.
    if (m_metrics && m_metricsWidth == m_width && m_metrics->text == option.font)
        return *m_metrics;
    m_metricsWidth = m_width;
    m_metrics = std::make_unique<Metrics>();
    Metrics &m = *m_metrics;
    m.text = option.font;
    m.sender = option.font;
    m.sender.setBold(true);
    m.meta = option.font;
    m.meta.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
    m.notice = option.font;
    m.notice.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.92));
    m.headerHeight = std::max(QFontMetrics(m.sender).height(), QFontMetrics(m.meta).height());
    const int usable = std::max(m_width - 2 * OuterH, 40);
    const int cap = QFontMetrics(m.text).averageCharWidth() * MaxBubbleChars + 2 * PadH;
    m.maxBubble = std::min({usable, cap, std::max(MinBubble, int(m_width * BubbleShare))});
    m.maxBubble = std::max(m.maxBubble, 2 * PadH + 20);
    m.noticeWidth = m.maxBubble - 2 * PadH;
    return m;
}

QString MessageDelegate::timeText(const QDateTime &time) const
{
    // The day is in the separator above the first line of each day.
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

int MessageDelegate::computeHeight(const Metrics &m, const QModelIndex &index) const
{
    if (isEmbedded(index))
        return m_embeddedHeight ? std::max(m_embeddedHeight(index), 1) : 1;
    const QString text = layoutString(index.data(MessageModel::TextRole).toString());
    const ChatLine::Kind kind = kindOf(index);
    if (kind == ChatLine::Kind::Notice || kind == ChatLine::Kind::Warning) {
        QTextLayout layout(text, m.notice);
        const QSizeF size = layoutText(layout, m.noticeWidth, Qt::AlignHCenter);
        return int(std::ceil(size.height())) + 2 * PadV + 2 * OuterV;
    }
    const int textWidth = m.maxBubble - 2 * PadH;
    int textHeight = 0;
    const QFontMetrics fm(m.text);
    // Most chat lines are short and fit on one line: measuring the width is cheaper than a
    // layout.
    if (text.size() < 2 * MaxBubbleChars && !text.contains(QChar::LineSeparator) &&
        fm.horizontalAdvance(text) <= textWidth) {
        textHeight = fm.height();
    } else {
        QTextLayout layout(text, m.text);
        textHeight = int(std::ceil(layoutText(layout, textWidth).height()));
    }
    return m.headerHeight + HeaderGap + textHeight + 2 * PadV + 2 * OuterV;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int row = index.row();
    if (row < 0)
        return {};
    const Metrics &m = metrics(option);
    if (m.noticeWidth != m_cacheWrapWidth) {
        m_heights.clear();
        m_cacheWrapWidth = m.noticeWidth;
    }
    if (size_t(row) >= m_heights.size())
        m_heights.resize(size_t(row) + 1, 0);
    int &height = m_heights[size_t(row)];
    if (height == 0 || isEmbedded(index)) // a widget's height is its own, asked each time
        height = dayHeaderHeight(m, index) + computeHeight(m, index);
    return {m_width, height};
}

// Over 60 lines: paints one bubble top to bottom (box, sender, text, time, delivery), with
// its geometry in one place.
void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Metrics &m = metrics(option);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const int header = dayHeaderHeight(m, index);
    const QRect row = option.rect.adjusted(0, header, 0, 0);
    const QString text = layoutString(index.data(MessageModel::TextRole).toString());
    const ChatLine::Kind kind = kindOf(index);

    painter->save();
    if (header > 0) {
        paintDayHeader(painter, m,
                       QRect(option.rect.left(), option.rect.top(), option.rect.width(), header),
                       dayStartedBy(index), palette);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (isEmbedded(index)) { // the view shows a widget there
        painter->restore();
        return;
    }

    if (kind == ChatLine::Kind::Notice || kind == ChatLine::Kind::Warning) {
        const bool warning = kind == ChatLine::Kind::Warning;
        QTextLayout layout(text, m.notice);
        const QSizeF size = layoutText(layout, m.noticeWidth, Qt::AlignHCenter);
        const QRectF box(row.left() + OuterH, row.top() + OuterV, row.width() - 2 * OuterH,
                         row.height() - 2 * OuterV);
        if (warning) {
            // Only the text's width is boxed, so a short warning stays a small red label.
            const qreal w = std::min(box.width(), size.width() + 2 * PadH);
            const QRectF pill(box.center().x() - w / 2, box.top(), w, box.height());
            painter->setPen(QPen(warningColor(palette), 1));
            painter->setBrush(blend(palette.color(QPalette::Base), warningColor(palette), 0.12));
            painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
        }
        if (selected) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), Radius, Radius);
        }
        painter->setPen(
            warning ? warningColor(palette)
                    : blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45));
        layout.draw(painter, QPointF(box.center().x() - m.noticeWidth / 2.0, box.top() + PadV));
        painter->restore();
        return;
    }

    const bool own = kind == ChatLine::Kind::Outgoing;
    QTextLayout layout(text, m.text);
    const int maxText = m.maxBubble - 2 * PadH;
    const QSizeF textSize = layoutText(layout, maxText);

    QString sender = index.data(MessageModel::SenderRole).toString();
    QString meta = timeText(index.data(MessageModel::TimeRole).toDateTime());
    const int deliveryState = index.data(MessageModel::DeliveryRole).toInt();
    const QString delivery = own ? deliveryText(deliveryState) : QString();
    const QFontMetrics senderFm(m.sender);
    const QFontMetrics metaFm(m.meta);
    const QString metaSep = u"  ·  "_s;
    const int metaWidth = metaFm.horizontalAdvance(meta) +
                          (delivery.isEmpty() ? 0 : metaFm.horizontalAdvance(metaSep + delivery));
    // A narrow view elides the sender rather than the time or the delivery state.
    sender =
        senderFm.elidedText(sender, Qt::ElideRight, std::max(20, maxText - metaWidth - MetaGap));
    const int headerWidth = senderFm.horizontalAdvance(sender) + MetaGap + metaWidth;
    const int contentWidth =
        std::min(maxText, std::max(int(std::ceil(textSize.width())), headerWidth));
    const int bubbleWidth = contentWidth + 2 * PadH;
    const int x = own ? row.right() + 1 - OuterH - bubbleWidth : row.left() + OuterH;
    const QRectF bubble(x, row.top() + OuterV, bubbleWidth, row.height() - 2 * OuterV);

    const QColor base = palette.color(QPalette::Base);
    const QColor fill = bubbleColor(palette, own);
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2) : QPen(Qt::NoPen));
    painter->setBrush(fill);
    painter->drawRoundedRect(bubble.adjusted(1, 1, -1, -1), Radius, Radius);

    const QColor textColor = palette.color(QPalette::Text);
    const QColor dim = blend(textColor, base, 0.45);
    const int headerTop = int(bubble.top()) + PadV;
    const QRect senderRect(x + PadH, headerTop, contentWidth, m.headerHeight);
    painter->setFont(m.sender);
    painter->setPen(textColor);
    painter->drawText(senderRect, Qt::AlignLeft | Qt::AlignVCenter, sender);

    painter->setFont(m.meta);
    QRect metaRect = senderRect;
    if (!delivery.isEmpty()) {
        const bool failed = ChatLine::Delivery(deliveryState) == ChatLine::Delivery::NotDelivered;
        painter->setPen(failed ? warningColor(palette) : dim);
        painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter, delivery);
        metaRect.setRight(metaRect.right() - metaFm.horizontalAdvance(delivery));
        painter->setPen(dim);
        painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter, meta + metaSep);
    } else {
        painter->setPen(dim);
        painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter, meta);
    }

    painter->setPen(textColor);
    layout.draw(painter, QPointF(x + PadH, headerTop + m.headerHeight + HeaderGap));
    painter->restore();
}

} // namespace chatbuddy::ui
