// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace chatbuddy::ui {

// Edit ▸ Find in History: every conversation searched as the words are typed (each word a
// prefix, all of them in the message); the newest 50 matches with the contact, the date and
// the matching words in bold. Choosing one (Enter, double-click) opens that conversation
// scrolled to the message.
class HistorySearchDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MaxResults = 50;

    // history is not owned and must outlive the dialog.
    explicit HistorySearchDialog(client::History *history, QWidget *parent = nullptr);

    // Searches now (typing waits for a pause first).
    void search(const QString &text);
    int resultCount() const;
    client::SearchHit resultAt(int row) const { return m_hits.at(row); }
    // The text of a result as shown, the matches in <b>: for the list and the tests.
    static QString resultHtml(const client::SearchHit &hit);

Q_SIGNALS:
    void entryChosen(qint64 contact, qint64 entry);

private:
    void runSearch();
    void choose(int row);

    client::History *m_history;
    QLineEdit *m_edit;
    QLabel *m_status;
    QListWidget *m_list;
    QTimer m_typing;
    QList<client::SearchHit> m_hits;
};

} // namespace chatbuddy::ui
