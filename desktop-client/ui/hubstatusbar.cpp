// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstatusbar.h"

#include "securityui.h"

#include "client.h"
#include "identity.h"
#include "peerlistener.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::ui {

using client::HubConnection;

HubStatusBar::HubStatusBar(client::Client *client, QStatusBar *statusBar, QWidget *bannerParent)
    : QObject(statusBar)
    , m_client(client)
    , m_statusBar(statusBar)
{
    m_banner = new QFrame(bannerParent);
    m_banner->setObjectName(u"hubBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(security::bannerStyle(u"hubBanner"_s, security::Tone::Caution));
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(u"hubBannerLabel"_s);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::PlainText);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reconnect = new QPushButton(tr("&Reconnect"), m_banner);
    reconnect->setObjectName(u"reconnectButton"_s);
    reconnect->setAccessibleName(tr("Reconnect to the hub"));
    connect(reconnect, &QPushButton::clicked, this, &HubStatusBar::reconnectRequested);
    auto *layout = new QHBoxLayout(m_banner);
    layout->addWidget(m_bannerLabel, 1);
    layout->addWidget(reconnect, 0, Qt::AlignTop);
    m_banner->hide();

    m_reachBanner = new QFrame(bannerParent);
    m_reachBanner->setObjectName(u"reachabilityBanner"_s);
    m_reachBanner->setFrameShape(QFrame::StyledPanel);
    m_reachBanner->setStyleSheet(
        security::bannerStyle(u"reachabilityBanner"_s, security::Tone::Caution));
    m_reachLabel = new QLabel(m_reachBanner);
    m_reachLabel->setObjectName(u"reachabilityLabel"_s);
    m_reachLabel->setWordWrap(true);
    m_reachLabel->setTextFormat(Qt::PlainText);
    m_reachLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkAgain = new QPushButton(tr("Check &Again"), m_reachBanner);
    checkAgain->setObjectName(u"checkReachabilityButton"_s);
    checkAgain->setToolTip(tr("Ask the hub to try your chat port again (after changing the "
                              "firewall)."));
    connect(checkAgain, &QPushButton::clicked, this,
            [this] { m_client->hub()->checkReachability(); });
    auto *details = new QPushButton(tr("&Details…"), m_reachBanner);
    details->setObjectName(u"reachabilityDetailsButton"_s);
    connect(details, &QPushButton::clicked, this, &HubStatusBar::connectionCheckRequested);
    auto *reachButtons = new QVBoxLayout;
    reachButtons->addWidget(checkAgain);
    reachButtons->addWidget(details);
    reachButtons->addStretch(1);
    auto *reachLayout = new QHBoxLayout(m_reachBanner);
    reachLayout->addWidget(m_reachLabel, 1);
    reachLayout->addLayout(reachButtons);
    m_reachBanner->hide();

    // Permanent: a passing status message must not hide the hub state or the countdown.
    m_stateLabel = new QLabel(statusBar);
    m_stateLabel->setObjectName(u"hubStateLabel"_s);
    statusBar->addPermanentWidget(m_stateLabel);
    m_chatPortLabel = new QLabel(statusBar);
    m_chatPortLabel->setObjectName(u"chatPortLabel"_s);
    statusBar->addPermanentWidget(m_chatPortLabel);
    m_fingerprintLabel =
        new QLabel(tr("Key %1").arg(shortFingerprint(m_client->fingerprint())), statusBar);
    m_fingerprintLabel->setObjectName(u"fingerprintLabel"_s);
    m_fingerprintLabel->setToolTip(
        tr("The start of your key's fingerprint. Help → My Identity shows all of it."));
    statusBar->addPermanentWidget(m_fingerprintLabel);

    HubConnection *hub = m_client->hub();
    connect(hub, &HubConnection::stateChanged, this, &HubStatusBar::onStateChanged);
    connect(hub, &HubConnection::errorOccurred, this, &HubStatusBar::onError);
    connect(hub, &HubConnection::reachabilityChecked, this, &HubStatusBar::onReachability);
    connect(hub, &HubConnection::reconnectScheduled, this, [this](std::chrono::milliseconds delay) {
        m_reconnectDeadline.setRemainingTime(delay);
        m_countdownTimer.start();
        updateState();
    });
    m_countdownTimer.setInterval(1s);
    connect(&m_countdownTimer, &QTimer::timeout, this, &HubStatusBar::updateState);
    connect(m_client, &client::Client::chatPortChanged, this, &HubStatusBar::updateChatPort);
    m_wasOnline = hub->isOnline();
    updateState();
    updateChatPort();
}

void HubStatusBar::greet()
{
    // Not before the window is visible: a status message shown earlier would be drawn over the
    // hub state label.
    if (!m_greeted && m_client->hub()->isOnline())
        m_statusBar->showMessage(tr("Successfully connected to main server!"), 5000);
    m_greeted = true;
}

void HubStatusBar::clearError()
{
    m_banner->hide();
    m_lastError.clear();
    m_keyChanged = false;
}

void HubStatusBar::updateChatPort()
{
    client::PeerListener *listener = m_client->listener();
    if (listener->isListening()) {
        m_chatPortLabel->setText(tr("Chat port %1").arg(listener->port()));
        m_chatPortLabel->setStyleSheet(QString());
        QString tip = tr("Friends can reach you at this port (Connect by address).");
        if (listener->usedFallbackPort())
            tip += u'\n' + tr("Port %1 was taken, so ChatBuddy picked this one.")
                               .arg(m_client->preferredChatPort());
        m_chatPortLabel->setToolTip(tip);
    } else {
        m_chatPortLabel->setText(tr("Not accepting chats"));
        m_chatPortLabel->setStyleSheet(security::errorLabelStyle());
        m_chatPortLabel->setToolTip(tr("ChatBuddy could not open a port for incoming chats: %1")
                                        .arg(listener->errorString()));
    }
}

void HubStatusBar::updateState()
{
    HubConnection *hub = m_client->hub();
    const HubConnection::State state = hub->state();
    QString text = HubConnection::stateText(state);
    std::optional<security::Tone> tone;
    switch (state) {
    case HubConnection::State::Online:
        text = tr("Online · hub %1").arg(hub->currentHubAddress());
        tone = security::Tone::Good;
        break;
    case HubConnection::State::WaitingToReconnect: {
        const qint64 seconds = (m_reconnectDeadline.remainingTime() + 999) / 1000;
        if (seconds > 0)
            text = tr("Hub lost, reconnecting in %n s…", nullptr, int(seconds));
        tone = security::Tone::Caution;
        break;
    }
    case HubConnection::State::Offline:
        tone = security::Tone::Danger;
        break;
    case HubConnection::State::Connecting:
    case HubConnection::State::Registering:
        break;
    }
    if (state != HubConnection::State::WaitingToReconnect)
        m_countdownTimer.stop();
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(tone ? u"color: %1;"_s.arg(security::color(*tone)) : QString());
    if (state == HubConnection::State::Online)
        m_stateLabel->setToolTip(tr("Hub key %1").arg(formatFingerprint(hub->hubFingerprint())));
    else if (state != HubConnection::State::WaitingToReconnect)
        m_stateLabel->setToolTip(m_lastError);
}

QString HubStatusBar::unreachableAdvice(quint16 port, const QString &detail)
{
    QString text = tr("Others cannot start chats with you: port %1 seems blocked by a firewall "
                      "(the hub could not connect to it: %2).")
                       .arg(port)
                       .arg(detail.isEmpty() ? tr("no reason given") : detail);
    text += u'\n' + tr("Allow incoming TCP connections to port %1 in this computer's firewall "
                       "(for example: sudo ufw allow %1/tcp), or choose another chat port in "
                       "File ▸ Settings. You can still start chats yourself.")
                        .arg(port);
    return text;
}

void HubStatusBar::onReachability(const chatbuddy::Reachability &reach)
{
    if (reach.reachable) {
        m_reachBanner->hide();
        m_chatPortLabel->setStyleSheet(QString());
        updateChatPort();
        return;
    }
    m_reachLabel->setText(unreachableAdvice(reach.port, reach.detail));
    m_reachBanner->show();
    m_chatPortLabel->setText(tr("Chat port %1 ⚠").arg(reach.port));
    m_chatPortLabel->setStyleSheet(u"color: %1;"_s.arg(security::color(security::Tone::Caution)));
    m_chatPortLabel->setToolTip(tr("The hub could not connect to this port: %1").arg(reach.detail));
}

void HubStatusBar::onStateChanged(HubConnection::State state)
{
    updateState();
    if (state != HubConnection::State::Online)
        m_reachBanner->hide(); // the next hub (or this one again) says afresh
    if (state == HubConnection::State::Online) {
        m_banner->hide();
        if (!m_wasOnline)
            m_statusBar->showMessage(tr("Successfully connected to main server!"), 5000);
        m_wasOnline = true;
    } else if (state == HubConnection::State::Offline ||
               state == HubConnection::State::WaitingToReconnect) {
        m_wasOnline = false;
        // Offline for good (not retrying): say why and offer to try again; a changed key has
        // its own red warning, which says how to resolve it.
        if (state == HubConnection::State::Offline && !m_lastError.isEmpty() && !m_keyChanged) {
            m_bannerLabel->setText(m_lastError);
            m_banner->show();
        }
    }
}

void HubStatusBar::onError(HubConnection::Error error, const QString &message)
{
    m_lastError = message;
    m_keyChanged = error == HubConnection::Error::HubKeyChanged;
    if (m_keyChanged) {
        m_banner->hide();
        Q_EMIT hubKeyChanged(
            message + u'\n' +
            tr("If you know the hub was reinstalled or got a new key, open Security ▸ Hub "
               "Key… and forget the old key; otherwise ask whoever runs the hub."));
        return;
    }
    // While retrying, the state label counts down; the reason goes in the passing message.
    m_stateLabel->setToolTip(message);
    m_statusBar->showMessage(message, 8000);
}

} // namespace chatbuddy::ui
