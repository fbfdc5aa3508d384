// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifydialog.h"

#include "securityui.h"
#include "trustpresentation.h"

#include "chatsession.h"
#include "identity.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;
using security::Tone;

QString VerifyDialog::safetyNumberLines(const QString &safetyNumber)
{
    QStringList groups = safetyNumber.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    // Four groups a line: short enough to read aloud in one breath, and fits 800×600.
    for (qsizetype i = 0; i < groups.size(); i += 4)
        lines.append(groups.mid(i, 4).join(u' '));
    return lines.join(u'\n');
}

// Over 60 lines: builds the controls in the order they appear, each named for the tests
// and for screen readers.
VerifyDialog::VerifyDialog(ChatSession *session, const QString &myFingerprint, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"verifyDialog"_s);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"verifyTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_titleLabel->setFont(titleFont);

    m_explanationLabel = new QLabel(this);
    m_explanationLabel->setObjectName(u"verifyExplanationLabel"_s);
    m_explanationLabel->setTextFormat(Qt::PlainText);
    m_explanationLabel->setWordWrap(true);

    // The safety number: large, monospace, selectable, in a box of its own.
    auto *numberBox = new QFrame(this);
    numberBox->setObjectName(u"safetyNumberBox"_s);
    numberBox->setFrameShape(QFrame::StyledPanel);
    numberBox->setStyleSheet(u"QFrame#safetyNumberBox { background: palette(base); "
                             u"border: 1px solid palette(mid); border-radius: 6px; }"_s);
    m_safetyLabel = new QLabel(numberBox);
    m_safetyLabel->setObjectName(u"safetyNumberLabel"_s);
    m_safetyLabel->setAccessibleName(tr("Safety number"));
    m_safetyLabel->setTextFormat(Qt::PlainText);
    m_safetyLabel->setAlignment(Qt::AlignCenter);
    QFont numberFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.6);
    numberFont.setBold(true);
    numberFont.setLetterSpacing(QFont::PercentageSpacing, 105);
    m_safetyLabel->setFont(numberFont);
    m_safetyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_safetyLabel->setFocusPolicy(Qt::StrongFocus);
    auto *numberLayout = new QVBoxLayout(numberBox);
    numberLayout->setContentsMargins(16, 10, 16, 10);
    numberLayout->addWidget(m_safetyLabel);

    m_peerKeyCaption = new QLabel(this);
    m_peerKeyCaption->setTextFormat(Qt::PlainText);
    m_peerKeyLabel = security::keyLabel(QString(), u"verifyPeerFingerprintLabel"_s, this);
    auto *ownKeyLabel =
        security::keyLabel(security::keyText(myFingerprint), u"verifyOwnFingerprintLabel"_s, this);
    ownKeyLabel->setAccessibleName(tr("Your key fingerprint"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_peerKeyCaption, m_peerKeyLabel);
    form->addRow(tr("Your key:"), ownKeyLabel);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"verifyStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_markButton = buttons->addButton(tr("&Mark as verified"), QDialogButtonBox::ActionRole);
    m_markButton->setObjectName(u"markVerifiedButton"_s);
    auto *copyButton = buttons->addButton(tr("&Copy number"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"copySafetyNumberButton"_s);
    copyButton->setAccessibleName(tr("Copy the safety number"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"verifyCloseButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_markButton, &QPushButton::clicked, this, &VerifyDialog::toggleVerified);
    connect(copyButton, &QPushButton::clicked, this, [this, copyButton] {
        if (!m_session)
            return;
        QApplication::clipboard()->setText(m_session->safetyNumber());
        copyButton->setText(tr("Copied ✓"));
        QTimer::singleShot(std::chrono::seconds(2), copyButton,
                           [copyButton] { copyButton->setText(tr("&Copy number")); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_explanationLabel);
    layout->addSpacing(4);
    layout->addWidget(numberBox);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    if (session) {
        connect(session, &ChatSession::trustChanged, this, &VerifyDialog::refresh);
        connect(session, &ChatSession::stateChanged, this, &VerifyDialog::refresh);
        connect(session, &QObject::destroyed, this, &QDialog::reject);
    }
    refresh();
    m_markButton->setFocus();
}

void VerifyDialog::refresh()
{
    if (!m_session)
        return;
    const QString name =
        m_session->peerName().isEmpty() ? tr("your friend") : m_session->peerName();
    setWindowTitle(tr("Verify %1").arg(name));
    m_titleLabel->setText(tr("Verify %1").arg(name));
    m_explanationLabel->setText(
        tr("Compare this number with %1 in person or on a call; if it matches on both screens, "
           "mark %1 as verified. Nobody else can make both of your screens show the same "
           "number.")
            .arg(name));
    const QString number = m_session->safetyNumber();
    m_safetyLabel->setText(number.isEmpty() ? tr("(not known yet)") : safetyNumberLines(number));
    m_peerKeyCaption->setText(tr("%1's key:").arg(name));
    m_peerKeyLabel->setText(m_session->peerFingerprint().isEmpty()
                                ? tr("(not known yet)")
                                : security::keyText(m_session->peerFingerprint()));
    m_peerKeyLabel->setAccessibleName(tr("%1's key fingerprint").arg(name));

    // Worded as in the chat header and the users list (trustPresentation()).
    const security::TrustPresentation trust = security::trustPresentation(*m_session);
    const QString status =
        trust.label.isEmpty() ? trust.explanation : trust.label + u" — "_s + trust.explanation;
    const Tone tone = trust.tone;
    bool canMark = !m_session->peerName().isEmpty() && !m_session->peerFingerprint().isEmpty();
    switch (m_session->trust()) {
    case ChatSession::Trust::Verified:
        m_markButton->setText(tr("Mark as &not verified"));
        m_markButton->setToolTip(tr("Take back the verified mark for %1").arg(name));
        break;
    case ChatSession::Trust::KeyChanged:
        m_markButton->setText(tr("Accept new key and mark as &verified"));
        m_markButton->setToolTip(tr("The numbers match: trust %1's new key").arg(name));
        break;
    case ChatSession::Trust::Unknown:
        canMark = false;
        m_markButton->setText(tr("&Mark as verified"));
        break;
    case ChatSession::Trust::Unverified:
        m_markButton->setText(tr("&Mark as verified"));
        m_markButton->setToolTip(tr("The numbers match: remember %1 as verified").arg(name));
        break;
    }
    m_statusLabel->setText(status);
    m_statusLabel->setStyleSheet(u"color: %1;"_s.arg(security::color(tone)));
    m_markButton->setAccessibleName(m_markButton->text().remove(u'&'));
    m_markButton->setEnabled(canMark && !m_session->isLegacy());
}

void VerifyDialog::toggleVerified()
{
    if (!m_session)
        return;
    switch (m_session->trust()) {
    case ChatSession::Trust::Verified:
        m_session->setVerified(false);
        break;
    case ChatSession::Trust::KeyChanged:
        // The user compared the number for the new key: that is more than accepting it.
        m_session->acceptKey();
        m_session->setVerified(true);
        break;
    case ChatSession::Trust::Unverified:
        m_session->setVerified(true);
        break;
    case ChatSession::Trust::Unknown:
        break;
    }
    refresh();
}

} // namespace chatbuddy::ui
