// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "notifier.h"

#include "client.h"
#include "hubconnection.h"
#include "peerlistener.h"
#include "profile.h"
#include "protocol.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::HubConnection;

namespace {
QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}
} // namespace

QString SettingsDialog::hubHostKey()
{
    return u"login/hubHost"_s;
}

QString SettingsDialog::hubPortKey()
{
    return u"login/hubPort"_s;
}

QString SettingsDialog::chatPortKey()
{
    return u"network/chatPort"_s;
}

QString SettingsDialog::keepInTrayKey()
{
    return u"window/keepInTray"_s;
}

QString SettingsDialog::languageKey()
{
    return u"ui/language"_s;
}

quint16 SettingsDialog::preferredChatPort(const QSettings &settings)
{
    const uint port = settings.value(chatPortKey(), 0).toUInt();
    return port >= 1 && port <= 65535 ? quint16(port) : DefaultChatPort;
}

bool SettingsDialog::keepInTray(const QSettings &settings)
{
    return settings.value(keepInTrayKey(), false).toBool();
}

SettingsDialog::SettingsDialog(client::Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("ChatBuddy — Settings"));
    QSettings &settings = m_client->profile()->settings();
    HubConnection *hub = m_client->hub();

    // Hub.
    auto *hubBox = new QGroupBox(tr("Hub"), this);
    m_hubHostEdit = new QLineEdit(hubBox);
    m_hubHostEdit->setObjectName(u"hubHostEdit"_s);
    m_hubHostEdit->setAccessibleName(tr("Hub address"));
    m_hubHostEdit->setPlaceholderText(tr("e.g. 192.168.1.2"));
    m_hubPortSpin = new QSpinBox(hubBox);
    m_hubPortSpin->setObjectName(u"hubPortSpin"_s);
    m_hubPortSpin->setAccessibleName(tr("Hub port"));
    m_hubPortSpin->setRange(1, 65535);
    auto *hubRow = new QHBoxLayout;
    hubRow->addWidget(m_hubHostEdit, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), hubBox);
    portLabel->setBuddy(m_hubPortSpin);
    hubRow->addWidget(portLabel);
    hubRow->addWidget(m_hubPortSpin);
    auto *hubLabel = new QLabel(tr("&Address:"), hubBox);
    hubLabel->setBuddy(m_hubHostEdit);
    m_reconnectCheck = new QCheckBox(tr("&Reconnect to this hub now"), hubBox);
    m_reconnectCheck->setObjectName(u"reconnectNowCheck"_s);
    m_reconnectCheck->setAccessibleDescription(
        tr("Otherwise the new hub is used at the next login"));
    m_reconnectCheck->setChecked(true);
    auto *hubForm = new QFormLayout(hubBox);
    hubForm->addRow(hubLabel, hubRow);
    hubForm->addRow(m_reconnectCheck);
    hubForm->addRow(noteLabel(tr("Used for the next login, or now if you reconnect."),
                              u"hubNoteLabel"_s, hubBox));

    // Chats.
    auto *chatBox = new QGroupBox(tr("Chats"), this);
    m_autoPortRadio = new QRadioButton(tr("A&utomatic (%1 if free)").arg(DefaultChatPort), chatBox);
    m_autoPortRadio->setObjectName(u"chatPortAutoRadio"_s);
    m_autoPortRadio->setAccessibleName(tr("Chat port automatic"));
    m_fixedPortRadio = new QRadioButton(tr("&Fixed:"), chatBox);
    m_fixedPortRadio->setObjectName(u"chatPortFixedRadio"_s);
    m_fixedPortRadio->setAccessibleName(tr("Fixed chat port"));
    auto *portGroup = new QButtonGroup(this);
    portGroup->addButton(m_autoPortRadio);
    portGroup->addButton(m_fixedPortRadio);
    m_chatPortSpin = new QSpinBox(chatBox);
    m_chatPortSpin->setObjectName(u"chatPortSpin"_s);
    m_chatPortSpin->setAccessibleName(tr("Chat port number"));
    m_chatPortSpin->setRange(1, 65535);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_autoPortRadio);
    portRow->addSpacing(12);
    portRow->addWidget(m_fixedPortRadio);
    portRow->addWidget(m_chatPortSpin);
    portRow->addStretch(1);
    auto *chatPortLabel = new QLabel(tr("Chat port:"), chatBox);
    m_chatPortNote = noteLabel(QString(), u"chatPortNoteLabel"_s, chatBox);
    m_legacyCheck = new QCheckBox(tr("Allow &unencrypted legacy chats"), chatBox);
    m_legacyCheck->setObjectName(u"legacyCheck"_s);
    m_legacyCheck->setAccessibleDescription(
        tr("Chats with the original plain-text ChatBuddy are not encrypted: anyone on your "
           "network can read them."));
    m_legacyCheck->setToolTip(m_legacyCheck->accessibleDescription());
    auto *chatForm = new QFormLayout(chatBox);
    chatForm->addRow(chatPortLabel, portRow);
    chatForm->addRow(m_chatPortNote);
    chatForm->addRow(m_legacyCheck);

    // Notifications and the tray.
    auto *notifyBox = new QGroupBox(tr("Notifications"), this);
    m_notificationsCheck = new QCheckBox(tr("Show &desktop notifications"), notifyBox);
    m_notificationsCheck->setObjectName(u"notificationsCheck"_s);
    m_notificationsCheck->setAccessibleDescription(
        tr("For chat requests and for messages in chats you are not looking at"));
    m_doNotDisturbCheck = new QCheckBox(tr("Do &not disturb"), notifyBox);
    m_doNotDisturbCheck->setObjectName(u"doNotDisturbCheck"_s);
    m_doNotDisturbCheck->setAccessibleDescription(
        tr("No notifications for now; unread messages are still counted"));
    m_keepInTrayCheck =
        new QCheckBox(tr("&Keep running in the tray when the window is closed"), notifyBox);
    m_keepInTrayCheck->setObjectName(u"keepInTrayCheck"_s);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_keepInTrayCheck->setToolTip(
            tr("This desktop has no system tray right now: closing the window quits."));
    }
    m_keepInTrayCheck->setAccessibleDescription(m_keepInTrayCheck->toolTip());
    auto *notifyLayout = new QVBoxLayout(notifyBox);
    notifyLayout->addWidget(m_notificationsCheck);
    notifyLayout->addWidget(m_doNotDisturbCheck);
    notifyLayout->addWidget(m_keepInTrayCheck);

    // Language.
    auto *languageBox = new QGroupBox(tr("Language"), this);
    m_languageCombo = new QComboBox(languageBox);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System default"), QString());
    // Each language in its own words, so people find theirs whatever is shown now.
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_languageCombo->addItem(u"Español"_s, u"es"_s);
    m_languageCombo->addItem(u"हिन्दी"_s, u"hi"_s);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addWidget(m_languageCombo);
    languageLayout->addWidget(noteLabel(tr("Takes effect the next time ChatBuddy starts."),
                                        u"languageNoteLabel"_s, languageBox));

    auto *content = new QWidget;
    content->setObjectName(u"settingsContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(hubBox);
    contentLayout->addWidget(chatBox);
    contentLayout->addWidget(notifyBox);
    contentLayout->addWidget(languageBox);
    contentLayout->addStretch(1);
    // On a small screen (or at 200 %) the settings scroll instead of leaving the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScrollArea"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls; they scroll into view

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"settingsOkButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"settingsCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    setTabOrder(m_hubHostEdit, m_hubPortSpin);
    setTabOrder(m_hubPortSpin, m_reconnectCheck);
    setTabOrder(m_reconnectCheck, m_autoPortRadio);
    setTabOrder(m_autoPortRadio, m_fixedPortRadio);
    setTabOrder(m_fixedPortRadio, m_chatPortSpin);
    setTabOrder(m_chatPortSpin, m_legacyCheck);
    setTabOrder(m_legacyCheck, m_notificationsCheck);
    setTabOrder(m_notificationsCheck, m_doNotDisturbCheck);
    setTabOrder(m_doNotDisturbCheck, m_keepInTrayCheck);
    setTabOrder(m_keepInTrayCheck, m_languageCombo);

    // The values: what is stored, else what is in use now.
    const QString host = hub->host().isEmpty() ? u"127.0.0.1"_s : hub->host();
    m_hubHostEdit->setText(settings.value(hubHostKey(), host).toString());
    m_hubPortSpin->setValue(int(
        settings.value(hubPortKey(), hub->port() != 0 ? hub->port() : DefaultHubPort).toUInt()));
    const uint fixedPort = settings.value(chatPortKey(), 0).toUInt();
    client::PeerListener *listener = m_client->listener();
    const bool fixed = fixedPort >= 1 && fixedPort <= 65535;
    (fixed ? m_fixedPortRadio : m_autoPortRadio)->setChecked(true);
    m_chatPortSpin->setValue(
        fixed ? int(fixedPort) : int(listener->isListening() ? listener->port() : DefaultChatPort));
    m_legacyCheck->setChecked(m_client->legacyChatsAllowed());
    m_notificationsCheck->setChecked(settings.value(Notifier::enabledKey(), true).toBool());
    m_doNotDisturbCheck->setChecked(settings.value(Notifier::doNotDisturbKey(), false).toBool());
    m_keepInTrayCheck->setChecked(keepInTray(settings));
    const int language = m_languageCombo->findData(settings.value(languageKey()).toString());
    m_languageCombo->setCurrentIndex(std::max(language, 0));

    connect(m_hubHostEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateEnabled);
    connect(m_hubPortSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    connect(m_fixedPortRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_chatPortSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    connect(m_notificationsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();

    // As tall as the content, but never taller than the screen.
    const QSize hint = content->sizeHint() + QSize(40, buttons->sizeHint().height() + 40);
    const QSize available = screen() ? screen()->availableGeometry().size() * 9 / 10 : hint;
    resize(std::min(std::max(hint.width(), 460), available.width()),
           std::min(hint.height(), available.height()));
    m_hubHostEdit->setFocus();
}

bool SettingsDialog::hubChanged() const
{
    HubConnection *hub = m_client->hub();
    return m_hubHostEdit->text().trimmed() != hub->host() ||
           quint16(m_hubPortSpin->value()) != hub->port();
}

void SettingsDialog::updateEnabled()
{
    HubConnection *hub = m_client->hub();
    // Only when logged in (or trying to) and the address differs from the one in use.
    const bool connected = hub->state() != HubConnection::State::Offline;
    m_reconnectCheck->setVisible(connected && !hub->userName().isEmpty() && hubChanged() &&
                                 !m_hubHostEdit->text().trimmed().isEmpty());
    m_chatPortSpin->setEnabled(m_fixedPortRadio->isChecked());
    m_doNotDisturbCheck->setEnabled(m_notificationsCheck->isChecked());

    client::PeerListener *listener = m_client->listener();
    QString note = listener->isListening()
                       ? tr("Friends reach you at port %1 now.").arg(listener->port())
                       : tr("ChatBuddy is not accepting chats now.");
    note += u' ' + tr("A new port takes effect at once; ChatBuddy reconnects to the hub to tell "
                      "it.");
    m_chatPortNote->setText(note);
}

void SettingsDialog::applyChatPort(bool *reconnect)
{
    QSettings &settings = m_client->profile()->settings();
    const uint before = settings.value(chatPortKey(), 0).toUInt();
    const uint wanted = m_fixedPortRadio->isChecked() ? uint(m_chatPortSpin->value()) : 0;
    settings.setValue(chatPortKey(), wanted);
    client::PeerListener *listener = m_client->listener();
    const quint16 current = listener->isListening() ? listener->port() : 0;
    quint16 target = 0;
    if (wanted != 0) {
        if (wanted != current)
            target = quint16(wanted);
    } else if (current == 0) {
        target = DefaultChatPort;
    } else if (before != 0 && current != DefaultChatPort) {
        // Back to automatic: the usual port if it is free, else keep the one in use.
        QTcpServer probe;
        if (probe.listen(QHostAddress::Any, DefaultChatPort)) {
            probe.close();
            target = DefaultChatPort;
        }
    }
    if (target == 0)
        return;
    // Chats in progress keep their own connections; only new ones use the new port.
    if (!listener->listen(target) && current != 0)
        listener->listen(current);
    *reconnect = listener->isListening() && listener->port() != current;
}

void SettingsDialog::accept()
{
    QSettings &settings = m_client->profile()->settings();
    HubConnection *hub = m_client->hub();
    const QString host = m_hubHostEdit->text().trimmed();
    const quint16 port = quint16(m_hubPortSpin->value());
    const bool switchHub = !m_reconnectCheck->isHidden() && m_reconnectCheck->isChecked();
    if (!host.isEmpty()) {
        settings.setValue(hubHostKey(), host);
        settings.setValue(hubPortKey(), port);
    }
    settings.setValue(Notifier::enabledKey(), m_notificationsCheck->isChecked());
    settings.setValue(Notifier::doNotDisturbKey(), m_doNotDisturbCheck->isChecked());
    settings.setValue(keepInTrayKey(), m_keepInTrayCheck->isChecked());
    settings.setValue(languageKey(), m_languageCombo->currentData().toString());
    if (m_legacyCheck->isChecked() != m_client->legacyChatsAllowed())
        m_client->setLegacyChatsAllowed(m_legacyCheck->isChecked());

    bool portMoved = false;
    applyChatPort(&portMoved);
    settings.sync();

    // The hub learns our chat port only when we log in: a new port means logging in again.
    const QString name = hub->userName();
    if (switchHub)
        m_client->logIn(host, port, name);
    else if (portMoved && hub->state() != HubConnection::State::Offline && !name.isEmpty())
        m_client->logIn(hub->host(), hub->port(), name);

    Q_EMIT settingsApplied();
    QDialog::accept();
}

} // namespace chatbuddy::ui
