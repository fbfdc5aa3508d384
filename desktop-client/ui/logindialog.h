// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubconnection.h"

#include <QDialog>

class QFormLayout;
class QFrame;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace chatbuddy::client {
class Client;
}

namespace chatbuddy::ui {

class HubList;

// Asks for a name and the hub's address, logs in through the Client, and explains in place
// what went wrong; it is accepted once the hub has registered us.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // client is not owned. The fields start from the profile's settings.
    explicit LoginDialog(client::Client *client, QWidget *parent = nullptr);

    // Pre-fill (e.g. from the command line); empty values keep what is there.
    void setUserName(const QString &name);
    void setHub(const QString &host, quint16 port);

    QString userName() const;
    QString hubHost() const;
    bool isConnecting() const { return m_connecting; }

public Q_SLOTS:
    // Checks the fields and starts logging in (the Connect button).
    void logIn();
    // While connecting: stop trying. Otherwise: close the dialog.
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Marks the discovered hub at the address typed in the fields, if any, as chosen.
    void selectTypedHub();
    QLayout *createTitle();
    QFormLayout *createForm();
    QFrame *createHubKeyBox();
    void setConnecting(bool connecting);
    void showStatus(const QString &text, bool isError);
    void onStateChanged(client::HubConnection::State state);
    void onError(client::HubConnection::Error error, const QString &message);
    void onRegistered();
    // The only hub found is chosen, unless the user typed or was given another.
    void maybeChooseOnlyHub();
    // "Host a hub on this computer": starts the app's own hub, then logs in to it.
    void hostHub();
    void onHostedHubStarted(quint16 port, const QString &fingerprint);

    client::Client *m_client;
    HubList *m_hubList;
    QPushButton *m_hostButton;
    bool m_hubTyped = false; // the address was typed or given, not chosen from the list
    QTimer *m_chooseTimer;   // maybeChooseOnlyHub() once the answers are in
    QLineEdit *m_nameEdit;
    QLineEdit *m_hostEdit;
    QLineEdit *m_portEdit;
    QLabel *m_statusLabel;
    QPushButton *m_connectButton;
    QPushButton *m_cancelButton;
    QPushButton *m_forgetKeyButton;
    QFrame *m_hubKeyBox; // both keys, shown when the hub's key changed
    QLabel *m_pinnedKeyLabel;
    QLabel *m_presentedKeyLabel;
    QString m_changedKeyHub; // the hub whose key changed, for "Forget the old key"
    bool m_connecting = false;
};

} // namespace chatbuddy::ui
