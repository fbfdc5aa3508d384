// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One contact's conversation as a list model: a window of its history, loaded a page at a
// time as the user scrolls (never all of it), that follows new entries while it shows the
// newest. The rows answer MessageModel's roles, so one delegate paints both.

#include "history.h"

#include <QAbstractListModel>

namespace chatbuddy::client {

class ConversationModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        EntryRole = Qt::UserRole + 100, // the history entry id
        EventRole,                      // ChatLine::Event (MessageModel::EventRole)
    };
    static constexpr int PageSize = 50;
    // Rows kept at most: scrolling further drops the far end (it loads again on the way back).
    static constexpr int MaxRows = 1000;

    // history is not owned and must outlive the model.
    ConversationModel(History *history, qint64 contact, QObject *parent = nullptr);

    qint64 contact() const { return m_contact; }
    // The conversation after contactFor() matched another contact (a key change merged it).
    void setContact(qint64 contact);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The newest page; from then on new entries are appended as they come.
    void showLatest();
    // A page with entry in it (a search result): older and newer pages load on scrolling.
    void showAround(qint64 entry);
    // Loads a page before the first row; the number of rows added (0: the beginning).
    int loadOlder();
    // Loads a page after the last row; the number added (0: now at the newest).
    int loadNewer();
    bool hasOlder() const { return m_hasOlder; }
    bool isAtLatest() const { return m_atLatest; }

    int rowOf(qint64 entry) const; // -1 if not loaded
    const HistoryEntry &entryAt(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    // Rows were added above the first one (the view keeps its place).
    void olderLoaded(int count);

private:
    void onAppended(const HistoryEntry &entry);
    void onDeliveryChanged(qint64 entry, ChatLine::Delivery delivery);
    void onCleared(qint64 contact);
    void reset(const QList<HistoryEntry> &rows, bool atLatest);

    History *m_history;
    qint64 m_contact;
    QList<HistoryEntry> m_rows;
    bool m_hasOlder = false;
    bool m_atLatest = true;
};

} // namespace chatbuddy::client
