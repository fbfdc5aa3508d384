// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingchatprompt.h"

#include "chatsession.h"
#include "identity.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;

IncomingChatPrompt::IncomingChatPrompt(ChatSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"incomingPrompt"_s);
    setModal(false);
    const QString name = session->peerName();
    setWindowTitle(tr("Chat request"));
    setAccessibleName(tr("%1 wants to chat").arg(name));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this)
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
    verified->setWordWrap(true);
    if (session->isPeerVerified()) {
        verified->setText(tr("✓ The hub confirms this is %1's key.").arg(name));
        verified->setStyleSheet(u"color: #1e7b34;"_s);
    } else {
        verified->setText(tr("⚠ The hub could not confirm who this is: the name %1 is not "
                             "registered there, or the hub cannot be reached.")
                              .arg(name));
        verified->setStyleSheet(u"color: #a15c00;"_s);
    }

    auto *key = new QLabel(tr("Key %1").arg(shortFingerprint(session->peerFingerprint())), this);
    key->setObjectName(u"incomingKeyLabel"_s);
    key->setToolTip(formatFingerprint(session->peerFingerprint()));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    auto *acceptButton = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    acceptButton->setObjectName(u"acceptButton"_s);
    acceptButton->setAccessibleName(tr("Accept the chat"));
    acceptButton->setDefault(true);
    auto *declineButton = buttons->addButton(tr("&Decline"), QDialogButtonBox::RejectRole);
    declineButton->setObjectName(u"declineButton"_s);
    declineButton->setAccessibleName(tr("Decline the chat"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncomingChatPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncomingChatPrompt::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(from);
    text->addSpacing(6);
    text->addWidget(verified);
    text->addWidget(key);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    acceptButton->setFocus();

    connect(session, &ChatSession::ended, this, [this] {
        if (m_answered)
            return;
        m_answered = true;
        Q_EMIT withdrawn(m_session);
        hide(); // not close(): that would count as Decline
        deleteLater();
    });
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
