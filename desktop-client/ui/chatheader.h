// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace chatbuddy::client {
class ChatSession;
}

namespace chatbuddy::ui {

// The top of a chat: who it is with, whether it is encrypted, the chat's state, where the
// peer is, which key it has and how far that key is trusted, and the Verify… button. When the
// chat area is narrow (800×600, 200 %), the details go one under the other instead of being cut.
class ChatHeader : public QFrame {
    Q_OBJECT
public:
    explicit ChatHeader(QWidget *parent = nullptr);

    // Shows session (null: the chat is gone); title is its name as the tab shows it.
    void showSession(const client::ChatSession *session, const QString &title,
                     const QString &state);

Q_SIGNALS:
    void verifyRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateEncryption(const client::ChatSession &session, const QString &name);
    void updateKey(const client::ChatSession &session);
    void fitDetails();

    QLabel *m_peerNameLabel;
    QLabel *m_encryptionLabel;
    QLabel *m_stateLabel;
    QLabel *m_endpointLabel;
    QLabel *m_keyLabel;
    QLabel *m_verifiedLabel;
    QPushButton *m_verifyButton;
    QBoxLayout *m_details;
};

} // namespace chatbuddy::ui
