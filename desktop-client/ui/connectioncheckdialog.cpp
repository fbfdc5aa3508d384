// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncheckdialog.h"

#include "hubstatusbar.h"
#include "securityui.h"

#include "client.h"
#include "discovery.h"
#include "hubconnection.h"
#include "hubfinder.h"
#include "identity.h"
#include "peerlistener.h"
#include "protocol.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::ui {

using client::HubConnection;

namespace {

QLabel *rowLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(360);
    return label;
}

} // namespace

ConnectionCheckDialog::ConnectionCheckDialog(client::Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(u"connectionCheckDialog"_s);
    setWindowTitle(tr("Check My Connection"));
    auto *intro = new QLabel(tr("What works between you, your hub and the people on your "
                                "network, and what to do when something does not."),
                             this);
    intro->setWordWrap(true);
    m_hub = rowLabel(u"checkHubLabel"_s, this);
    m_key = rowLabel(u"checkHubKeyLabel"_s, this);
    m_chatPort = rowLabel(u"checkChatPortLabel"_s, this);
    m_discovery = rowLabel(u"checkDiscoveryLabel"_s, this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Hub:"), m_hub);
    form->addRow(tr("Hub key:"), m_key);
    form->addRow(tr("Your chat port:"), m_chatPort);
    form->addRow(tr("Hubs on your network:"), m_discovery);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    again->setObjectName(u"checkAgainButton"_s);
    connect(again, &QPushButton::clicked, this, &ConnectionCheckDialog::checkAgain);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    HubConnection *hub = m_client->hub();
    connect(hub, &HubConnection::stateChanged, this, &ConnectionCheckDialog::update);
    connect(hub, &HubConnection::reachabilityChecked, this, [this] {
        m_checking = false;
        update();
    });
    connect(m_client, &client::Client::chatPortChanged, this, &ConnectionCheckDialog::update);
    client::HubFinder *finder = m_client->hubFinder();
    connect(finder, &QAbstractItemModel::rowsInserted, this, &ConnectionCheckDialog::update);
    connect(finder, &QAbstractItemModel::rowsRemoved, this, &ConnectionCheckDialog::update);
    connect(finder, &QAbstractItemModel::dataChanged, this, &ConnectionCheckDialog::update);
    m_askTimer.setSingleShot(true);
    m_askTimer.setInterval(3s);
    connect(&m_askTimer, &QTimer::timeout, this, &ConnectionCheckDialog::update);
    if (m_client->discoveryAllowed() && !finder->isRunning()) {
        m_startedFinder = finder->start().ok();
        if (m_startedFinder)
            m_askTimer.start();
    }
    update();
}

ConnectionCheckDialog::~ConnectionCheckDialog()
{
    if (m_startedFinder)
        m_client->hubFinder()->stop();
}

void ConnectionCheckDialog::checkAgain()
{
    m_checking = m_client->hub()->checkReachability();
    client::HubFinder *finder = m_client->hubFinder();
    if (finder->isRunning()) {
        finder->refresh();
        m_askTimer.start();
    }
    update();
}

void ConnectionCheckDialog::update()
{
    m_hub->setText(hubText());
    m_key->setText(keyText());
    m_chatPort->setText(chatPortText());
    m_discovery->setText(discoveryText());
    // Wrapped rows grow when an answer comes: so does the dialog (never shrinking under the
    // user's hands), once the layout knows the new heights.
    QTimer::singleShot(0, this, [this] {
        const QSize wanted = sizeHint();
        if (wanted.height() > height() || wanted.width() > width())
            resize(std::max(width(), wanted.width()), std::max(height(), wanted.height()));
    });
}

QString ConnectionCheckDialog::hubText() const
{
    const HubConnection *hub = m_client->hub();
    switch (hub->state()) {
    case HubConnection::State::Online:
        return tr("✓ Connected to %1 as %2.").arg(hub->currentHubAddress(), hub->userName());
    case HubConnection::State::Connecting:
    case HubConnection::State::Registering:
        return tr("… Connecting to %1.").arg(hub->currentHubAddress());
    case HubConnection::State::WaitingToReconnect:
        return tr("⚠ The hub at %1 went away; ChatBuddy tries again by itself.")
            .arg(hub->currentHubAddress());
    case HubConnection::State::Offline:
        break;
    }
    return tr("✗ Not connected. Without a hub you can still chat with someone by address "
              "(Chat ▸ Connect by Address…).");
}

QString ConnectionCheckDialog::keyText() const
{
    const HubConnection *hub = m_client->hub();
    if (hub->isOnline())
        return tr("%1\n✓ the key this hub showed when you first connected (pinned)")
            .arg(twoLineFingerprint(hub->hubFingerprint()));
    const QString pinned = hub->host().isEmpty() ? QString() : hub->pinnedHubKey(hub->hubAddress());
    return pinned.isEmpty() ? tr("(not known yet)")
                            : tr("%1\n(pinned)").arg(twoLineFingerprint(pinned));
}

QString ConnectionCheckDialog::chatPortText() const
{
    const client::PeerListener *listener = m_client->listener();
    if (!listener->isListening())
        return tr("✗ Not accepting chats: %1. Choose another chat port in File ▸ Settings.")
            .arg(listener->errorString());
    const quint16 port = listener->port();
    const HubConnection *hub = m_client->hub();
    if (!hub->isOnline())
        return tr("%1 (the hub checks whether others can reach it once you are connected)")
            .arg(port);
    if (!hub->hubOffers(feature::Reachability))
        return tr("%1 (this hub does not check whether others can reach it)").arg(port);
    const auto &reach = hub->reachability();
    if (m_checking || !reach)
        return tr("… %1: the hub is trying to connect to it.").arg(port);
    if (reach->reachable)
        return tr("✓ %1: the hub at %2 could connect to it, so others on the network can "
                  "start chats with you.")
            .arg(reach->port)
            .arg(hub->currentHubAddress());
    return u"⚠ "_s + HubStatusBar::unreachableAdvice(reach->port, reach->detail);
}

QString ConnectionCheckDialog::discoveryText() const
{
    if (!m_client->discoveryAllowed())
        return tr("Not looking: ChatBuddy was started with --no-discovery.");
    const client::HubFinder *finder = m_client->hubFinder();
    if (!finder->isRunning())
        return tr("✗ Cannot look: UDP port %1 could not be opened.").arg(finder->options().port);
    if (finder->hubs().isEmpty()) {
        if (m_askTimer.isActive())
            return tr("… Asking the network.");
        return tr("⚠ No hub answered. A hub on another computer may have its announcements "
                  "(UDP port %1) blocked by a firewall there or here, or was started with "
                  "--no-announce; you can still type its address.")
            .arg(finder->options().port);
    }
    QStringList found;
    for (const client::FoundHub &hub : finder->hubs())
        found.append(tr("%1 (%2:%3)").arg(hub.name, hub.host()).arg(hub.port));
    return tr("✓ Found: %1.").arg(found.join(u", "_s));
}

} // namespace chatbuddy::ui
