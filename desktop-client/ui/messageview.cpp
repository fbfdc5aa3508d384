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

void MessageView::setWidgetFactory(WidgetFactory factory)
{
    m_factory = std::move(factory);
    m_delegate->setEmbeddedHeight([this](const QModelIndex &index) {
        const QWidget *widget = indexWidget(index);
        return widget ? widget->sizeHint().height() - widget->property("topMargin").toInt() : 0;
    });
    if (model())
        makeWidgets(0, model()->rowCount() - 1);
}

void MessageView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QListView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { makeWidgets(first, last); });
    connect(newModel, &QAbstractItemModel::modelReset, this,
            [this] { makeWidgets(0, model()->rowCount() - 1); });
    makeWidgets(0, newModel->rowCount() - 1);
}

void MessageView::makeWidgets(int first, int last)
{
    if (!m_factory)
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (!MessageDelegate::isEmbedded(index) || indexWidget(index))
            continue;
        const int top = m_delegate->headerHeight(option, index);
        QWidget *widget = m_factory(index, top);
        if (!widget)
            continue;
        widget->setProperty("topMargin", top);
        widget->setProperty("chatbuddy.row", QVariant::fromValue(QPersistentModelIndex(index)));
        setIndexWidget(index, widget);
    }
}

void MessageView::widgetHeightChanged(QWidget *widget)
{
    const auto index = widget->property("chatbuddy.row").value<QPersistentModelIndex>();
    if (!index.isValid())
        return;
    if (isAtBottom())
        m_keepBottom = true; // a picture appeared in the last line: still see all of it
    m_delegate->invalidate(index);
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
