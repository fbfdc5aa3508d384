// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "history.h"

#include "securityui.h"

#include "appicon.h"

#include "chatsession.h"
#include "client.h"
#include "settings.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;

namespace {
// A notification shows the start of a message; the chat shows all of it.
constexpr qsizetype PreviewLength = 120;

QString preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > PreviewLength)
        line = line.left(PreviewLength - 1) + u'…';
    return line;
}

QString displayName(const ChatSession *session)
{
    if (!session->peerName().isEmpty())
        return session->peerName();
    return Notifier::tr("Someone at %1").arg(session->peerHost());
}
} // namespace

Notifier::Notifier(client::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_doNotDisturbAction(new QAction(tr("Do &Not Disturb"), this))
    , m_baseIcon(appIcon())
{
    m_doNotDisturbAction->setObjectName(u"doNotDisturbAction"_s);
    m_doNotDisturbAction->setCheckable(true);
    m_doNotDisturbAction->setChecked(doNotDisturb());
    m_doNotDisturbAction->setToolTip(
        tr("No desktop notifications; unread messages are still counted"));
    connect(m_doNotDisturbAction, &QAction::toggled, this, &Notifier::setDoNotDisturb);
    connect(m_client, &client::Client::unreadMessage, this,
            [this](ChatSession *session, const ChatMessage &message) {
                onMessage(session, message.text);
            });
    // From the hub's mailbox: no chat, so no unread count; the conversation has it.
    connect(m_client, &client::Client::mailReceived, this,
            [this](qint64 contact, const ChatMessage &message) {
                const auto who = m_client->history()->contact(contact);
                notify(tr("Message from %1").arg(who ? who->name : QString()),
                       preview(message.text), nullptr);
            });
    connect(m_client, &client::Client::unreadChanged, this, [this] {
        updateTray();
        Q_EMIT unreadTotalChanged(unreadTotal());
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_baseIcon, this);
        m_tray->setObjectName(u"trayIcon"_s);
        m_trayMenu = std::make_unique<QMenu>();
        m_trayMenu->setObjectName(u"trayMenu"_s);
        QAction *show =
            m_trayMenu->addAction(tr("&Show ChatBuddy"), this, &Notifier::showWindowRequested);
        show->setObjectName(u"trayShowAction"_s);
        m_trayMenu->addAction(m_doNotDisturbAction);
        m_trayMenu->addSeparator();
        QAction *quit = m_trayMenu->addAction(tr("&Quit"), this, &Notifier::quitRequested);
        quit->setObjectName(u"trayQuitAction"_s);
        m_tray->setContextMenu(m_trayMenu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &Notifier::activateLastNotification);
        connect(this, &Notifier::notificationRequested, m_tray,
                [this](const QString &title, const QString &body) {
                    m_tray->showMessage(title, body, m_baseIcon, 10000);
                });
        updateTray();
        m_tray->show();
    }
}

Notifier::~Notifier()
{
    // The menu goes before the tray icon that shows it.
    if (m_tray)
        m_tray->setContextMenu(nullptr);
}

bool Notifier::doNotDisturb() const
{
    return m_client->settings().doNotDisturb();
}

bool Notifier::notificationsAllowed() const
{
    return m_client->settings().notificationsEnabled() && !doNotDisturb();
}

void Notifier::setDoNotDisturb(bool on)
{
    if (on != doNotDisturb()) {
        m_client->settings().setDoNotDisturb(on);
        m_client->settings().sync();
    }
    if (m_doNotDisturbAction->isChecked() != on)
        m_doNotDisturbAction->setChecked(on);
    updateTray();
}

void Notifier::reloadSettings()
{
    setDoNotDisturb(doNotDisturb());
}

int Notifier::unreadTotal() const
{
    return m_client->unreadTotal();
}

int Notifier::unreadCount(ChatSession *session) const
{
    return m_client->unreadCount(session);
}

void Notifier::onMessage(ChatSession *session, const QString &text)
{
    notify(tr("Message from %1").arg(displayName(session)), preview(text), session);
}

void Notifier::chatRequested(ChatSession *session, bool windowInFront)
{
    if (!session || windowInFront)
        return;
    notify(tr("%1 wants to chat").arg(displayName(session)),
           session->isLegacy() ? tr("Not encrypted: they use the original plain-text ChatBuddy.")
                               : tr("Open ChatBuddy to accept or decline."),
           session);
}

void Notifier::notify(const QString &title, const QString &body, ChatSession *session)
{
    if (!notificationsAllowed())
        return;
    m_lastSession = session;
    Q_EMIT notificationRequested(title, body, session);
}

ChatSession *Notifier::lastNotified() const
{
    return m_lastSession;
}

void Notifier::activateLastNotification()
{
    if (m_lastSession)
        Q_EMIT openChatRequested(m_lastSession);
    else
        Q_EMIT showWindowRequested();
}

QString Notifier::toolTip() const
{
    QString tip = tr("ChatBuddy");
    if (unreadTotal() > 0)
        tip += u" — "_s + tr("%n unread message(s)", nullptr, unreadTotal());
    if (doNotDisturb())
        tip += u'\n' + tr("Do not disturb is on");
    return tip;
}

void Notifier::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(toolTip());
    m_tray->setIcon(badgedIcon(m_baseIcon, unreadTotal()));
}

QIcon Notifier::badgedIcon(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    const QString text = count > 99 ? u"99+"_s : QString::number(count);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font;
        font.setBold(true);
        font.setPixelSize(std::max(7, size * 9 / 16));
        painter.setFont(font);
        const qreal height = size * 0.62;
        const qreal width =
            std::max(height, qreal(painter.fontMetrics().horizontalAdvance(text)) + size * 0.18);
        const QRectF badge(size - width, 0, width, height);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
        painter.setBrush(QColor(security::color(security::Tone::Danger)));
        painter.drawRoundedRect(badge, height / 2, height / 2);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace chatbuddy::ui
