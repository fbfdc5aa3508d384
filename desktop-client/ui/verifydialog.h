// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace chatbuddy::client {
class ChatSession;
}

namespace chatbuddy::ui {

// Shows the safety number of one chat, for two people to compare out of band (in person, on a
// call), and marks the contact verified for this key when the numbers match.
class VerifyDialog : public QDialog {
    Q_OBJECT
public:
    // session is not owned; the dialog follows its trust and closes when it is deleted.
    // myFingerprint is our own key, shown next to the peer's.
    VerifyDialog(client::ChatSession *session, const QString &myFingerprint,
                 QWidget *parent = nullptr);

    client::ChatSession *session() const { return m_session; }
    // "12345 67890 …" (12 groups) as shown: three lines of four groups.
    static QString safetyNumberLines(const QString &safetyNumber);

private:
    void refresh();
    void toggleVerified();

    QPointer<client::ChatSession> m_session;
    QLabel *m_titleLabel;
    QLabel *m_explanationLabel;
    QLabel *m_safetyLabel;
    QLabel *m_peerKeyCaption;
    QLabel *m_peerKeyLabel;
    QLabel *m_statusLabel;
    QPushButton *m_markButton;
};

} // namespace chatbuddy::ui
