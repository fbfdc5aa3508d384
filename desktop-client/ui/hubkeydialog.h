// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace chatbuddy::client {
class HubConnection;
}

namespace chatbuddy::ui {

// Shows the key pinned for the current hub (trust on first use) and, after a confirmation,
// forgets it, for a hub that was reinstalled or got a new key on purpose.
class HubKeyDialog : public QDialog {
    Q_OBJECT
public:
    // hub is not owned and must outlive the dialog. presentedFingerprint is the key the hub
    // shows on the current connection; empty when offline.
    HubKeyDialog(client::HubConnection *hub, const QString &hubAddress,
                 const QString &presentedFingerprint, QWidget *parent = nullptr);

Q_SIGNALS:
    // The pinned key of hubAddress was forgotten.
    void hubForgotten(const QString &hubAddress);

private:
    void refresh();
    void confirmForget();

    client::HubConnection *m_hub;
    QString m_hubAddress;
    QString m_presentedFingerprint;
    QLabel *m_pinnedLabel;
    QLabel *m_statusLabel;
    QPushButton *m_forgetButton;
    bool m_forgotten = false;
};

} // namespace chatbuddy::ui
