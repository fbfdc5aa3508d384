// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatheader.h"

#include "elidedlabel.h"
#include "trustpresentation.h"

#include "chatsession.h"
#include "endpoint.h"
#include "identity.h"

#include <QBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;
using security::Tone;

namespace {
constexpr int DetailSpacing = 12;
} // namespace

ChatHeader::ChatHeader(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"chatHeader"_s);
    setFrameShape(QFrame::StyledPanel);
    m_peerNameLabel = new ElidedLabel(this);
    m_peerNameLabel->setObjectName(u"peerNameLabel"_s);
    m_peerNameLabel->setTextFormat(Qt::PlainText);
    QFont nameFont = m_peerNameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_peerNameLabel->setFont(nameFont);
    m_encryptionLabel = new QLabel(this);
    m_encryptionLabel->setObjectName(u"encryptionLabel"_s);
    m_encryptionLabel->hide();
    m_stateLabel = new ElidedLabel(this);
    m_stateLabel->setObjectName(u"chatStateLabel"_s);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_endpointLabel = new ElidedLabel(this);
    m_endpointLabel->setObjectName(u"peerEndpointLabel"_s);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel = new ElidedLabel(this);
    m_keyLabel->setObjectName(u"peerKeyLabel"_s);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifiedLabel = new ElidedLabel(this);
    m_verifiedLabel->setObjectName(u"peerVerifiedLabel"_s);
    m_verifyButton = new QPushButton(tr("&Verify…"), this);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setAccessibleName(tr("Verify with the safety number"));
    connect(m_verifyButton, &QPushButton::clicked, this, &ChatHeader::verifyRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_peerNameLabel);
    top->addSpacing(8);
    top->addWidget(m_encryptionLabel);
    top->addStretch(1);
    top->addWidget(m_stateLabel);
    m_details = new QBoxLayout(QBoxLayout::LeftToRight);
    m_details->setSpacing(DetailSpacing);
    m_details->addWidget(m_endpointLabel);
    m_details->addWidget(m_keyLabel);
    m_details->addWidget(m_verifiedLabel);
    m_details->addStretch(1);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addLayout(top);
    text->addLayout(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(text, 1);
    layout->addSpacing(8);
    layout->addWidget(m_verifyButton, 0, Qt::AlignVCenter);
}

void ChatHeader::showSession(const ChatSession *session, const QString &title, const QString &state)
{
    m_peerNameLabel->setText(title);
    m_stateLabel->setText(state);
    if (!session) {
        m_endpointLabel->clear();
        m_keyLabel->clear();
        m_verifiedLabel->clear();
        m_encryptionLabel->hide();
        m_verifyButton->setEnabled(false);
        fitDetails();
        return;
    }
    // An incoming chat comes from a throwaway port: only the address means something.
    if (session->direction() == ChatSession::Direction::Incoming) {
        m_endpointLabel->setText(tr("from %1").arg(session->peerHost()));
        m_endpointLabel->setToolTip(
            tr("Your friend called from %1")
                .arg(endpointText(session->peerHost(), session->peerPort())));
    } else {
        m_endpointLabel->setText(endpointText(session->peerHost(), session->peerPort()));
        m_endpointLabel->setToolTip(tr("Your friend's address and chat port"));
    }
    updateEncryption(*session, title);
    updateKey(*session);
    m_verifyButton->setVisible(!session->isLegacy());
    m_verifyButton->setEnabled(!session->peerFingerprint().isEmpty() &&
                               !session->peerName().isEmpty());
    m_verifyButton->setToolTip(
        tr("Compare the safety number with %1 and mark them verified").arg(title));

    const security::TrustPresentation trust = security::trustPresentation(*session);
    m_verifiedLabel->setText(trust.label);
    m_verifiedLabel->setToolTip(trust.explanation);
    m_verifiedLabel->setStyleSheet(u"color: %1; font-weight: %2;"_s.arg(
        security::color(trust.tone), trust.tone == Tone::Neutral ? u"normal"_s : u"bold"_s));
    m_verifiedLabel->setVisible(!trust.label.isEmpty());
    m_verifiedLabel->setAccessibleName(trust.label);
    fitDetails();
}

void ChatHeader::updateEncryption(const ChatSession &session, const QString &name)
{
    if (session.isLegacy()) {
        m_encryptionLabel->setText(tr("Not encrypted"));
        m_encryptionLabel->setStyleSheet(security::tagStyle(Tone::Danger));
        m_encryptionLabel->setToolTip(
            tr("%1 uses the original plain-text ChatBuddy: anyone on your network can read and "
               "change these messages. Do not send anything private.")
                .arg(name));
        m_encryptionLabel->show();
    } else if (!session.peerFingerprint().isEmpty()) {
        m_encryptionLabel->setText(tr("Encrypted"));
        m_encryptionLabel->setStyleSheet(security::tagStyle(Tone::Good));
        m_encryptionLabel->setToolTip(
            tr("Encrypted with TLS 1.3 to the key shown: nobody else on the network can read or "
               "change these messages."));
        m_encryptionLabel->show();
    } else {
        m_encryptionLabel->hide();
    }
    m_encryptionLabel->setAccessibleName(m_encryptionLabel->text());
}

void ChatHeader::updateKey(const ChatSession &session)
{
    const QString fingerprint = session.peerFingerprint();
    if (session.isLegacy()) {
        m_keyLabel->setText(tr("No key"));
        m_keyLabel->setToolTip(tr("The original ChatBuddy has no keys: ChatBuddy cannot check "
                                  "who is at the other end."));
    } else if (fingerprint.isEmpty()) {
        m_keyLabel->setText(tr("Key: not known yet"));
        m_keyLabel->setToolTip(QString());
    } else {
        m_keyLabel->setText(tr("Key %1").arg(shortFingerprint(fingerprint)));
        m_keyLabel->setToolTip(tr("Full key: %1\nSafety number: %2\nCompare the safety number "
                                  "with your friend (Verify…); it is the same on both sides.")
                                   .arg(formatFingerprint(fingerprint), session.safetyNumber()));
    }
}

void ChatHeader::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitDetails();
}

void ChatHeader::fitDetails()
{
    // Side by side when they fit whole, else one under the other: never "Key 42a7 5e8a b5…".
    int needed = 0;
    int shown = 0;
    for (const QLabel *label : {m_endpointLabel, m_keyLabel, m_verifiedLabel}) {
        if (label->isHidden() && label != m_endpointLabel)
            continue;
        needed += label->fontMetrics().horizontalAdvance(label->text());
        ++shown;
    }
    needed += DetailSpacing * std::max(0, shown - 1);
    const int available = contentsRect().width() - 20 - 8 -
                          (m_verifyButton->isVisible() ? m_verifyButton->sizeHint().width() : 0);
    const auto direction = needed <= available ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_details->direction() != direction) {
        m_details->setDirection(direction);
        m_details->setSpacing(direction == QBoxLayout::LeftToRight ? DetailSpacing : 0);
    }
}

} // namespace chatbuddy::ui
