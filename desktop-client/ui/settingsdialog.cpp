// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "translations.h"

#include "client.h"
#include "history.h"
#include "hubconnection.h"
#include "peerlistener.h"
#include "protocol.h"
#include "settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSystemTrayIcon>
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

SettingsDialog::SettingsDialog(client::Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("ChatBuddy — Settings"));
    auto *content = new QWidget;
    content->setObjectName(u"settingsContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createHubBox());
    contentLayout->addWidget(createChatBox());
    contentLayout->addWidget(createPrivacyBox());
    contentLayout->addWidget(createNotificationsBox());
    contentLayout->addWidget(createHistoryBox());
    contentLayout->addWidget(createFilesBox());
    contentLayout->addWidget(createLanguageBox());
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
    setTabOrder(m_legacyCheck, m_typingCheck);
    setTabOrder(m_typingCheck, m_readReceiptsCheck);
    setTabOrder(m_readReceiptsCheck, m_notificationsCheck);
    setTabOrder(m_notificationsCheck, m_doNotDisturbCheck);
    setTabOrder(m_doNotDisturbCheck, m_keepInTrayCheck);
    setTabOrder(m_keepInTrayCheck, m_keepHistoryCheck);
    setTabOrder(m_keepHistoryCheck, m_keepForCombo);
    setTabOrder(m_keepForCombo, m_folderEdit);

    loadValues();
    connect(m_hubHostEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateEnabled);
    connect(m_hubPortSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    connect(m_fixedPortRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_chatPortSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    connect(m_notificationsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_keepHistoryCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();

    // As tall as the content, but never taller than the screen.
    const QSize hint = content->sizeHint() + QSize(40, buttons->sizeHint().height() + 40);
    const QSize available = screen() ? screen()->availableGeometry().size() * 9 / 10 : hint;
    resize(std::min(std::max(hint.width(), 460), available.width()),
           std::min(hint.height(), available.height()));
    m_hubHostEdit->setFocus();
}

QGroupBox *SettingsDialog::createHubBox()
{
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

    return hubBox;
}

QGroupBox *SettingsDialog::createChatBox()
{
    auto *chatBox = new QGroupBox(tr("Chats"), this);
    m_autoPortRadio =
        new QRadioButton(tr("A&utomatic (%1 if free)").arg(m_client->automaticChatPort()), chatBox);
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

    return chatBox;
}

QGroupBox *SettingsDialog::createPrivacyBox()
{
    auto *privacyBox = new QGroupBox(tr("Privacy"), this);
    m_typingCheck = new QCheckBox(tr("&Send typing notices"), privacyBox);
    m_typingCheck->setObjectName(u"typingNoticesCheck"_s);
    m_typingCheck->setToolTip(
        tr("Others see when you are typing, and you see when they are. Turning it off takes "
           "effect at once; turning it on, in chats started afterwards."));
    m_typingCheck->setAccessibleDescription(m_typingCheck->toolTip());
    m_readReceiptsCheck = new QCheckBox(tr("Send read r&eceipts"), privacyBox);
    m_readReceiptsCheck->setObjectName(u"readReceiptsCheck"_s);
    m_readReceiptsCheck->setToolTip(
        tr("Others see when you have read their messages, and you see when they have read "
           "yours. Turning it off takes effect at once; turning it on, in chats started "
           "afterwards."));
    m_readReceiptsCheck->setAccessibleDescription(m_readReceiptsCheck->toolTip());
    auto *privacyLayout = new QVBoxLayout(privacyBox);
    privacyLayout->addWidget(m_typingCheck);
    privacyLayout->addWidget(m_readReceiptsCheck);
    return privacyBox;
}

QGroupBox *SettingsDialog::createNotificationsBox()
{
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

    return notifyBox;
}

QGroupBox *SettingsDialog::createHistoryBox()
{
    auto *historyBox = new QGroupBox(tr("History"), this);
    m_keepHistoryCheck = new QCheckBox(tr("Keep chat &history on this computer"), historyBox);
    m_keepHistoryCheck->setObjectName(u"keepHistoryCheck"_s);
    m_keepHistoryCheck->setAccessibleDescription(
        tr("Conversations and contacts stay after a chat ends and after ChatBuddy quits"));
    m_keepForCombo = new QComboBox(historyBox);
    m_keepForCombo->setObjectName(u"keepForCombo"_s);
    m_keepForCombo->setAccessibleName(tr("Keep history for"));
    m_keepForCombo->addItem(tr("Forever"), int(client::Settings::KeepFor::Forever));
    m_keepForCombo->addItem(tr("1 year"), int(client::Settings::KeepFor::OneYear));
    m_keepForCombo->addItem(tr("90 days"), int(client::Settings::KeepFor::NinetyDays));
    m_keepForCombo->addItem(tr("30 days"), int(client::Settings::KeepFor::ThirtyDays));
    auto *keepForLabel = new QLabel(tr("Kee&p for:"), historyBox);
    keepForLabel->setBuddy(m_keepForCombo);
    auto *clearButton = new QPushButton(tr("C&lear All History…"), historyBox);
    clearButton->setObjectName(u"clearHistoryButton"_s);
    connect(clearButton, &QPushButton::clicked, this, &SettingsDialog::askToClearHistory);
    m_historyNote = noteLabel(QString(), u"historyNoteLabel"_s, historyBox);
    auto *keepForRow = new QHBoxLayout;
    keepForRow->addWidget(m_keepForCombo);
    keepForRow->addStretch(1);
    keepForRow->addWidget(clearButton);
    auto *historyForm = new QFormLayout(historyBox);
    historyForm->addRow(m_keepHistoryCheck);
    historyForm->addRow(keepForLabel, keepForRow);
    historyForm->addRow(m_historyNote);
    return historyBox;
}

void SettingsDialog::askToClearHistory()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Clear All History"),
        tr("Delete every conversation kept on this computer? Your contacts stay. This cannot "
           "be undone."),
        QMessageBox::NoButton, this);
    box->setObjectName(u"clearHistoryQuestion"_s);
    QPushButton *clear =
        box->addButton(tr("&Delete All Conversations"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *button) {
        if (button != clear)
            return;
        m_client->history()->clearAll();
        m_historyNote->setText(tr("Every conversation was deleted."));
        m_historyNote->show();
    });
    box->open();
}

QGroupBox *SettingsDialog::createLanguageBox()
{
    auto *languageBox = new QGroupBox(tr("Language"), this);
    m_languageCombo = new QComboBox(languageBox);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System default"), QString());
    // Each language in its own words, so people find theirs whatever is shown now.
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        // "en" alone is en_US to QLocale, which would say "American English".
        QString name =
            locale.language() == QLocale::English ? u"English"_s : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "français" as a menu item
        m_languageCombo->addItem(name.isEmpty() ? code : name, code);
    }
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addWidget(m_languageCombo);
    languageLayout->addWidget(noteLabel(tr("Takes effect the next time ChatBuddy starts."),
                                        u"languageNoteLabel"_s, languageBox));

    return languageBox;
}

void SettingsDialog::loadValues()
{
    // What is stored, else what is in use now.
    const client::Settings &settings = m_client->settings();
    HubConnection *hub = m_client->hub();
    const bool stored = settings.hasHub();
    m_hubHostEdit->setText(stored || hub->host().isEmpty() ? settings.hubHost() : hub->host());
    m_hubPortSpin->setValue(stored || hub->port() == 0 ? settings.hubPort() : hub->port());
    const quint16 fixedPort = settings.fixedChatPort();
    client::PeerListener *listener = m_client->listener();
    (fixedPort != 0 ? m_fixedPortRadio : m_autoPortRadio)->setChecked(true);
    m_chatPortSpin->setValue(fixedPort != 0            ? fixedPort
                             : listener->isListening() ? listener->port()
                                                       : m_client->automaticChatPort());
    m_legacyCheck->setChecked(m_client->legacyChatsAllowed());
    m_typingCheck->setChecked(settings.sendTypingNotices());
    m_readReceiptsCheck->setChecked(settings.sendReadReceipts());
    m_notificationsCheck->setChecked(settings.notificationsEnabled());
    m_doNotDisturbCheck->setChecked(settings.doNotDisturb());
    m_keepInTrayCheck->setChecked(settings.keepInTray());
    m_keepHistoryCheck->setChecked(settings.keepHistory());
    m_keepForCombo->setCurrentIndex(
        std::max(m_keepForCombo->findData(int(settings.historyKeepFor())), 0));
    const int language = m_languageCombo->findData(settings.language());
    m_languageCombo->setCurrentIndex(std::max(language, 0));
    loadFiles();
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
    m_keepForCombo->setEnabled(m_keepHistoryCheck->isChecked());
    if (!m_keepHistoryCheck->isChecked())
        m_historyNote->setText(tr("New chats are not kept. What is kept already stays until "
                                  "you clear it."));
    else if (m_historyNote->text() != tr("Every conversation was deleted."))
        m_historyNote->clear();
    m_historyNote->setVisible(!m_historyNote->text().isEmpty());

    client::PeerListener *listener = m_client->listener();
    QString note = listener->isListening()
                       ? tr("Friends reach you at port %1 now.").arg(listener->port())
                       : tr("ChatBuddy is not accepting chats now.");
    note += u' ' + tr("A new port takes effect at once; ChatBuddy reconnects to the hub to tell "
                      "it.");
    m_chatPortNote->setText(note);
}

void SettingsDialog::accept()
{
    client::Settings &settings = m_client->settings();
    const QString host = m_hubHostEdit->text().trimmed();
    const quint16 port = quint16(m_hubPortSpin->value());
    const bool switchHub = !m_reconnectCheck->isHidden() && m_reconnectCheck->isChecked();
    if (!host.isEmpty())
        settings.setHub(host, port);
    settings.setSendTypingNotices(m_typingCheck->isChecked());
    settings.setSendReadReceipts(m_readReceiptsCheck->isChecked());
    settings.setNotificationsEnabled(m_notificationsCheck->isChecked());
    settings.setDoNotDisturb(m_doNotDisturbCheck->isChecked());
    settings.setKeepInTray(m_keepInTrayCheck->isChecked());
    settings.setLanguage(m_languageCombo->currentData().toString());
    applyFiles();
    settings.sync();
    if (m_keepHistoryCheck->isChecked() != settings.keepHistory())
        m_client->setKeepHistory(m_keepHistoryCheck->isChecked());
    const auto keepFor = client::Settings::KeepFor(m_keepForCombo->currentData().toInt());
    if (keepFor != settings.historyKeepFor())
        m_client->setHistoryKeepFor(keepFor); // removes what is older at once
    // The chat port policy is the client's: it moves the listener and tells the hub.
    if (m_legacyCheck->isChecked() != m_client->legacyChatsAllowed())
        m_client->setLegacyChatsAllowed(m_legacyCheck->isChecked());
    m_client->setChatPort(m_fixedPortRadio->isChecked() ? quint16(m_chatPortSpin->value()) : 0);
    if (switchHub)
        m_client->logIn(host, port, m_client->hub()->userName());

    Q_EMIT settingsApplied();
    QDialog::accept();
}

} // namespace chatbuddy::ui
