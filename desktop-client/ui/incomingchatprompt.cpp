// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingchatprompt.h"

#include "securityui.h"

#include "chatsession.h"
#include "identity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;
using security::Tone;

// Over 60 lines: builds the controls in the order they appear, each named for the tests
// and for screen readers.
IncomingChatPrompt::IncomingChatPrompt(ChatSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"incomingPrompt"_s);
    setModal(false);
    // A legacy caller may not say who it is: then it is "someone at" its address.
    const QString name = session->peerName().isEmpty()
                             ? tr("Someone at %1").arg(session->peerHost())
                             : session->peerName();
    setWindowTitle(tr("Chat request"));
    setAccessibleName(tr("%1 wants to chat").arg(name));

    const bool keyChanged = session->trust() == ChatSession::Trust::KeyChanged;
    const bool legacy = session->isLegacy();
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(keyChanged || legacy ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxQuestion,
                                       nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("%1 wants to chat").arg(name), this);
    title->setTextFormat(Qt::PlainText);
    title->setObjectName(u"incomingTitleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);

    auto *from = new QLabel(tr("Calling from %1").arg(session->peerHost()), this);
    from->setObjectName(u"incomingAddressLabel"_s);

    auto *verified = new QLabel(this);
    verified->setObjectName(u"incomingVerifiedLabel"_s);
    verified->setTextFormat(Qt::PlainText);
    verified->setWordWrap(true);
    auto *key = new QLabel(this);
    key->setObjectName(u"incomingKeyLabel"_s);
    key->setTextFormat(Qt::PlainText);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFormLayout *keys = describeTrust(verified, key, name);
    auto *buttons = new QDialogButtonBox(this);
    auto *acceptButton = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    acceptButton->setObjectName(u"acceptButton"_s);
    acceptButton->setAccessibleName(tr("Accept the chat"));
    acceptButton->setDefault(!keyChanged);
    auto *declineButton = buttons->addButton(tr("&Decline"), QDialogButtonBox::RejectRole);
    declineButton->setObjectName(u"declineButton"_s);
    declineButton->setAccessibleName(tr("Decline the chat"));
    declineButton->setDefault(keyChanged); // a possible attack is not let in by Enter
    connect(buttons, &QDialogButtonBox::accepted, this, &IncomingChatPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncomingChatPrompt::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(from);
    text->addSpacing(6);
    text->addWidget(verified);
    text->addWidget(key);
    if (keys)
        text->addLayout(keys);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(keys ? 480 : 380);
    (keyChanged ? declineButton : acceptButton)->setFocus();

    connect(session, &ChatSession::ended, this, [this] {
        if (m_answered)
            return;
        m_answered = true;
        Q_EMIT withdrawn(m_session);
        hide(); // not close(): that would count as Decline
        deleteLater();
    });
}

QFormLayout *IncomingChatPrompt::describeTrust(QLabel *verified, QLabel *key, const QString &name)
{
    // Worded for a decision: is this who it says, and is it encrypted.
    const bool keyChanged = m_session->trust() == ChatSession::Trust::KeyChanged;
    QFormLayout *keys = nullptr;
    if (m_session->isLegacy()) {
        verified->setText(tr("⚠ Not encrypted: %1 uses the original plain-text ChatBuddy. Anyone "
                             "on your network can read this chat, and nobody can check who "
                             "this really is.")
                              .arg(name));
        verified->setStyleSheet(u"color: %1;"_s.arg(security::color(Tone::Danger)));
        key->hide();
    } else if (keyChanged) {
        // The same warning the chat shows, before the user lets the chat in.
        verified->setText(tr("⚠ %1's key changed — this may be an attack. If you accept, "
                             "nothing is sent until you also accept the new key.")
                              .arg(name));
        verified->setStyleSheet(
            u"color: %1; font-weight: bold;"_s.arg(security::color(Tone::Danger)));
        key->hide();
        keys = new QFormLayout;
        keys->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        keys->addRow(tr("Key before:"),
                     security::keyLabel(security::keyText(m_session->previousFingerprint()),
                                        u"incomingPreviousKeyLabel"_s, this));
        keys->addRow(tr("Key now:"),
                     security::keyLabel(security::keyText(m_session->peerFingerprint()),
                                        u"incomingCurrentKeyLabel"_s, this));
    } else {
        if (m_session->trust() == ChatSession::Trust::Verified) {
            verified->setText(tr("✓ You verified %1's key.").arg(name));
            verified->setStyleSheet(u"color: %1;"_s.arg(security::color(Tone::Good)));
        } else if (m_session->isKeyConfirmedByHub()) {
            verified->setText(tr("✓ The hub confirms this is %1's key.").arg(name));
            verified->setStyleSheet(u"color: %1;"_s.arg(security::color(Tone::Good)));
        } else if (m_session->hubCheck() == client::trust::HubCheck::Unreachable) {
            verified->setText(tr("⚠ Your hub could not be asked who this is (you are not "
                                 "connected to it), so this key is not checked."));
            verified->setStyleSheet(u"color: %1;"_s.arg(security::color(Tone::Caution)));
        } else {
            verified->setText(tr("⚠ The hub could not confirm who this is: the name %1 is not "
                                 "registered there.")
                                  .arg(name));
            verified->setStyleSheet(u"color: %1;"_s.arg(security::color(Tone::Caution)));
        }
        key->setText(tr("Key %1").arg(shortFingerprint(m_session->peerFingerprint())));
        key->setToolTip(formatFingerprint(m_session->peerFingerprint()));
    }

    return keys;
}

void IncomingChatPrompt::accept()
{
    if (m_answered)
        return;
    m_answered = true;
    QDialog::accept();
    Q_EMIT acceptRequested(m_session);
    deleteLater();
}

void IncomingChatPrompt::reject()
{
    if (m_answered)
        return;
    m_answered = true;
    QDialog::reject();
    Q_EMIT declineRequested(m_session);
    deleteLater();
}

} // namespace chatbuddy::ui
