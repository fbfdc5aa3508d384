// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "result.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace chatbuddy::ui {

// Asks for a friend's IP address and chat port, and refuses anything that is not one, in place.
class ConnectAddressDialog : public QDialog {
    Q_OBJECT
public:
    // ownChatPort is ours: chatting with our own address and port is refused. legacyAllowed
    // enables the "plain-text legacy peer" choice (Allow Unencrypted Legacy Chats).
    explicit ConnectAddressDialog(quint16 ownChatPort, bool legacyAllowed = false,
                                  QWidget *parent = nullptr);

    // Valid after accepted().
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // The friend runs the original plain-text ChatBuddy: connect without encryption.
    bool isLegacy() const;

    enum class Field { Address, Port };
    struct Problem {
        QString message; // for the user
        Field field;     // the one to fix
    };
    // The address and port to chat with (normalised), or why they cannot be chatted with.
    static Result<Endpoint, Problem> check(const QString &addressText, const QString &portText,
                                           quint16 ownChatPort);

public Q_SLOTS:
    void accept() override;

private:
    quint16 m_ownChatPort;
    QLineEdit *m_addressEdit;
    QLineEdit *m_portEdit;
    QLabel *m_errorLabel;
    QCheckBox *m_legacyCheckBox;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace chatbuddy::ui
