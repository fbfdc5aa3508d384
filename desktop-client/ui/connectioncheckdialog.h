// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help ▸ Check My Connection…: "why can't they reach me?" in one place. The hub link and its
// key, whether the hub could connect to our chat port (feature::Reachability), and which hubs
// answer on the local network; Check Again asks the hub and the network once more. Rows
// update as answers come.

#include <QDialog>
#include <QTimer>

class QLabel;

namespace chatbuddy::client {
class Client;
}

namespace chatbuddy::ui {

class ConnectionCheckDialog : public QDialog {
    Q_OBJECT
public:
    // client is not owned and must outlive the dialog.
    explicit ConnectionCheckDialog(client::Client *client, QWidget *parent = nullptr);
    ~ConnectionCheckDialog() override;

    // Asks the hub to try the chat port again and the network for hubs.
    void checkAgain();

private:
    void update();
    QString hubText() const;
    QString keyText() const;
    QString chatPortText() const;
    QString discoveryText() const;

    client::Client *m_client;
    QLabel *m_hub;
    QLabel *m_key;
    QLabel *m_chatPort;
    QLabel *m_discovery;
    QTimer m_askTimer;            // how long "asking" lasts before "nobody answered"
    bool m_startedFinder = false; // the finder runs for this dialog: stopped when it closes
    bool m_checking = false;      // a reachability check was asked for and has not come back
};

} // namespace chatbuddy::ui
