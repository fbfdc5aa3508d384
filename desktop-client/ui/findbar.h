// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QToolButton;

namespace chatbuddy::ui {

// Find in the open conversation (Edit ▸ Find in Conversation): the words typed are looked up
// in the conversation's history as they are typed; Enter (or the arrows) goes to the next
// older match, Shift+Enter to the newer one; Escape closes the bar.
class FindBar : public QFrame {
    Q_OBJECT
public:
    // history is not owned and must outlive the bar.
    explicit FindBar(client::History *history, QWidget *parent = nullptr);

    void setContact(qint64 contact);
    void focusEdit();
    QString text() const;
    int matchCount() const { return int(m_hits.size()); }
    // The match shown now (0: the newest), -1 if none.
    int currentMatch() const { return m_current; }

public Q_SLOTS:
    void findOlder();
    void findNewer();

Q_SIGNALS:
    // Show this line of the conversation.
    void entryRequested(qint64 entry);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void go(int match);
    void updateLabel();

    client::History *m_history;
    qint64 m_contact = 0;
    QLineEdit *m_edit;
    QLabel *m_countLabel;
    QToolButton *m_olderButton;
    QToolButton *m_newerButton;
    QTimer m_typing;
    QList<client::SearchHit> m_hits; // newest first
    int m_current = -1;
};

} // namespace chatbuddy::ui
