// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

#include <functional>

namespace chatbuddy::ui {

class MessageDelegate;

// The list of a chat's lines: tells the delegate the width lines wrap in before each
// re-layout, stays at the bottom while the user reads the latest lines, copies the
// selected lines as text (Ctrl+C, context menu), and shows a widget in place of each file.
class MessageView : public QListView {
    Q_OBJECT
public:
    // delegate is not owned and must outlive the view.
    MessageView(MessageDelegate *delegate, QWidget *parent = nullptr);

    void doItemsLayout() override;
    void setModel(QAbstractItemModel *model) override;
    // Makes the widget shown in place of a file's line (MessageDelegate::isEmbedded), with
    // topMargin pixels on top for the day separator the delegate paints there.
    using WidgetFactory = std::function<QWidget *(const QModelIndex &index, int topMargin)>;
    void setWidgetFactory(WidgetFactory factory);
    // A widget from the factory has another height now: its row is measured again.
    void widgetHeightChanged(QWidget *widget);
    // The selected lines as "[HH:mm] sender: text", one per line, on the clipboard.
    void copySelection();
    bool isAtBottom() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void makeWidgets(int first, int last);

    MessageDelegate *m_delegate;
    WidgetFactory m_factory;
    bool m_keepBottom = false;
};

} // namespace chatbuddy::ui
