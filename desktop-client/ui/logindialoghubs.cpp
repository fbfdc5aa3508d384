// SPDX-License-Identifier: GPL-3.0-or-later
// The login dialog's hubs: the only one found is chosen by itself, and "Host a hub on this
// computer" starts the app's own hub and logs in to it.

#include "hublist.h"
#include "logindialog.h"

#include "client.h"
#include "hostedhub.h"
#include "hubfinder.h"
#include "identity.h"
#include "settings.h"
#include "username.h"

#include <QHostAddress>
#include <QLineEdit>
#include <QPushButton>

namespace chatbuddy::ui {

void LoginDialog::hostHub()
{
    client::HostedHub *hosted = m_client->hostedHub();
    if (hosted->isRunning()) {
        onHostedHubStarted(hosted->port(), hosted->fingerprint());
        return;
    }
    if (const QString why = usernameProblem(userName()); !why.isEmpty()) {
        showStatus(tr("First enter your name: %1").arg(why), true);
        m_nameEdit->setFocus();
        return;
    }
    m_hostButton->setEnabled(false);
    showStatus(tr("Starting a hub on this computer…"), false);
    hosted->start();
}

void LoginDialog::onHostedHubStarted(quint16 port, const QString &fingerprint)
{
    const QString host = m_client->hostedHub()->connectHost();
    m_hostEdit->setText(host);
    m_portEdit->setText(QString::number(port));
    m_hubTyped = true;
    m_hubList->select(host, port);
    logIn();
    if (m_connecting)
        showStatus(tr("You host a hub at %1:%2 (key %3); others on your network find it in their "
                      "list. Logging in…")
                       .arg(host)
                       .arg(port)
                       .arg(shortFingerprint(fingerprint)),
                   false);
}

void LoginDialog::maybeChooseOnlyHub()
{
    if (m_connecting || m_hubTyped || m_hubList->count() != 1)
        return;
    const client::FoundHub &only = m_client->hubFinder()->hubs().first();
    // Someone who logged in to another hub before keeps it until they choose.
    const client::Settings &settings = m_client->settings();
    if (settings.hasHub() && !(QHostAddress(settings.hubHost()).isEqual(only.address) &&
                               settings.hubPort() == only.port))
        return;
    m_hubList->select(only.host(), only.port);
}

void LoginDialog::selectTypedHub()
{
    m_hubList->select(hubHost(), quint16(m_portEdit->text().trimmed().toUInt()));
}

} // namespace chatbuddy::ui
