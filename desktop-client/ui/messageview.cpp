// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageview.h"

#include "messagedelegate.h"

#include "messagemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::MessageModel;

MessageView::MessageView(MessageDelegate *delegate, QWidget *parent)
    : QListView(parent)
    , m_delegate(delegate)
{
    setObjectName(u"messageView"_s);
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setWordWrap(true); // also makes the view re-layout when its width changes
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::SinglePass);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(20);
    // A scroll bar that comes and goes would change the wrap width and re-layout twice.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("&Copy"), this);
    copyAction->setObjectName(u"copyMessagesAction"_s);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &MessageView::copySelection);
    addAction(copyAction);
}

bool MessageView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void MessageView::doItemsLayout()
{
    QListView::doItemsLayout();
    if (m_keepBottom) {
        m_keepBottom = false;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
}

void MessageView::resizeEvent(QResizeEvent *event)
{
    // Reading the latest lines: stay at the bottom after the re-layout, too.
    if (isAtBottom())
        m_keepBottom = true;
    m_delegate->setViewWidth(viewport()->width());
    QListView::resizeEvent(event);
}

void MessageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}

void MessageView::copySelection()
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString sender = index.data(MessageModel::SenderRole).toString();
        const QString text = index.data(MessageModel::TextRole).toString();
        const QDateTime time = index.data(MessageModel::TimeRole).toDateTime();
        if (sender.isEmpty())
            lines.append(text);
        else
            lines.append(u"[%1] %2: %3"_s.arg(time.toString(u"HH:mm"_s), sender, text));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace chatbuddy::ui
