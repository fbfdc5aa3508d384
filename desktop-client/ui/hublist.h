// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The login dialog's list of the hubs found on the local network (HubFinder), with a sentence
// saying what a hub is. Choosing one fills the dialog's address; its announced key is what the
// login expects (HubConnection::setAnnouncedFingerprint).

#include <QWidget>

class QLabel;
class QListView;

namespace chatbuddy::client {
class HubFinder;
}

namespace chatbuddy::ui {

class HubList : public QWidget {
    Q_OBJECT
public:
    // finder is not owned.
    explicit HubList(client::HubFinder *finder, QWidget *parent = nullptr);

    // The announced key of the hub found at host and port; empty if none was found there.
    QString announcedFingerprint(const QString &host, quint16 port) const;
    // Selects the hub at host and port if it is listed (else clears the selection).
    void select(const QString &host, quint16 port);
    int count() const;
    QListView *view() const { return m_view; }

Q_SIGNALS:
    // The user picked a hub (or it was picked for them: the only one found).
    void chosen(const QString &host, quint16 port);

private:
    void update();

    client::HubFinder *m_finder;
    QListView *m_view;
    QLabel *m_note;
};

} // namespace chatbuddy::ui
