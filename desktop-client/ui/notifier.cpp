// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "appicon.h"

#include "chatsession.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
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

QString Notifier::enabledKey()
{
    return u"notifications/enabled"_s;
}

QString Notifier::doNotDisturbKey()
{
    return u"notifications/doNotDisturb"_s;
}

Notifier::Notifier(QSettings *settings, FrontCheck isInFront, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_isInFront(std::move(isInFront))
    , m_doNotDisturbAction(new QAction(tr("Do &Not Disturb"), this))
    , m_baseIcon(appIcon())
{
    m_doNotDisturbAction->setObjectName(u"doNotDisturbAction"_s);
    m_doNotDisturbAction->setCheckable(true);
    m_doNotDisturbAction->setChecked(doNotDisturb());
    m_doNotDisturbAction->setToolTip(
        tr("No desktop notifications; unread messages are still counted"));
    connect(m_doNotDisturbAction, &QAction::toggled, this, &Notifier::setDoNotDisturb);

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
    return m_settings->value(doNotDisturbKey(), false).toBool();
}

bool Notifier::notificationsAllowed() const
{
    return m_settings->value(enabledKey(), true).toBool() && !doNotDisturb();
}

void Notifier::setDoNotDisturb(bool on)
{
    if (on != doNotDisturb()) {
        m_settings->setValue(doNotDisturbKey(), on);
        m_settings->sync();
    }
    if (m_doNotDisturbAction->isChecked() != on)
        m_doNotDisturbAction->setChecked(on);
    updateTray();
}

void Notifier::reloadSettings()
{
    setDoNotDisturb(doNotDisturb());
}

void Notifier::watch(ChatSession *session)
{
    if (!session || m_unread.contains(session))
        return;
    m_unread.insert(session, 0);
    connect(session, &ChatSession::messageReceived, this,
            [this, session](const ChatMessage &message) { onMessage(session, message.text); });
    connect(session, &QObject::destroyed, this, [this, session] {
        const int count = m_unread.value(session);
        m_unread.remove(session);
        if (count > 0) {
            m_total -= count;
            updateTray();
            Q_EMIT unreadTotalChanged(m_total);
        }
    });
}

void Notifier::onMessage(ChatSession *session, const QString &text)
{
    if (m_isInFront && m_isInFront(session))
        return;
    setCount(session, m_unread.value(session) + 1);
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

void Notifier::updateFront()
{
    if (!m_isInFront)
        return;
    const QList<ChatSession *> sessions = m_unread.keys();
    for (ChatSession *session : sessions) {
        if (m_unread.value(session) > 0 && m_isInFront(session))
            setCount(session, 0);
    }
}

void Notifier::setCount(ChatSession *session, int count)
{
    const int before = m_unread.value(session);
    if (before == count)
        return;
    m_unread.insert(session, count);
    m_total += count - before;
    updateTray();
    Q_EMIT unreadTotalChanged(m_total);
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
    if (m_total > 0)
        tip += u" — "_s + tr("%n unread message(s)", nullptr, m_total);
    if (doNotDisturb())
        tip += u'\n' + tr("Do not disturb is on");
    return tip;
}

void Notifier::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(toolTip());
    m_tray->setIcon(badgedIcon(m_baseIcon, m_total));
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
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawRoundedRect(badge, height / 2, height / 2);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace chatbuddy::ui
