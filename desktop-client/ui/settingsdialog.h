// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace chatbuddy::client {
class Client;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

// File → Settings…: the hub, the chat port, legacy chats, typing notices and read receipts,
// notifications, the tray, the history (kept or not, for how long, clear it all) and the language,
// kept in the profile's settings. OK applies what can change at once (the chat port re-listens and
// reconnects to the hub to advertise it; legacy chats; a new hub if asked) and stores the rest for
// the next login or start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // client is not owned and must outlive the dialog.
    explicit SettingsDialog(client::Client *client, QWidget *parent = nullptr);

public Q_SLOTS:
    // Stores and applies the settings, then closes.
    void accept() override;

Q_SIGNALS:
    // OK was pressed and the settings are stored; the main window rereads what it shows.
    void settingsApplied();

private:
    QGroupBox *createHubBox();
    QGroupBox *createChatBox();
    QGroupBox *createPrivacyBox();
    QGroupBox *createNotificationsBox();
    QGroupBox *createLanguageBox();
    QGroupBox *createHistoryBox();
    QGroupBox *createFilesBox(); // settingsdialogfiles.cpp
    void loadFiles();
    void applyFiles();
    void askToClearHistory();
    void loadValues();
    void updateEnabled();
    bool hubChanged() const;

    client::Client *m_client;
    QLineEdit *m_hubHostEdit;
    QSpinBox *m_hubPortSpin;
    QCheckBox *m_reconnectCheck;
    QRadioButton *m_autoPortRadio;
    QRadioButton *m_fixedPortRadio;
    QSpinBox *m_chatPortSpin;
    QLabel *m_chatPortNote;
    QCheckBox *m_legacyCheck;
    QCheckBox *m_typingCheck;
    QCheckBox *m_readReceiptsCheck;
    QCheckBox *m_notificationsCheck;
    QCheckBox *m_doNotDisturbCheck;
    QCheckBox *m_keepInTrayCheck;
    QComboBox *m_languageCombo;
    QCheckBox *m_keepHistoryCheck;
    QComboBox *m_keepForCombo;
    QLabel *m_historyNote;
    QLineEdit *m_folderEdit;
    QSpinBox *m_sizeLimitSpin;
    QSpinBox *m_autoAcceptSpin;
};

} // namespace chatbuddy::ui
