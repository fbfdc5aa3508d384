// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace chatbuddy::ui {

class MessageDelegate;

// The list of a chat's lines: tells the delegate the width lines wrap in before each
// re-layout, stays at the bottom while the user reads the latest lines, and copies the
// selected lines as text (Ctrl+C, context menu).
class MessageView : public QListView {
    Q_OBJECT
public:
    // delegate is not owned and must outlive the view.
    MessageView(MessageDelegate *delegate, QWidget *parent = nullptr);

    void doItemsLayout() override;
    // The selected lines as "[HH:mm] sender: text", one per line, on the clipboard.
    void copySelection();
    bool isAtBottom() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    MessageDelegate *m_delegate;
    bool m_keepBottom = false;
};

} // namespace chatbuddy::ui
