// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustbanners.h"

#include "securityui.h"

#include "chatsession.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;
using client::trust::HubCheck;
using security::Tone;

TrustBanners::TrustBanners(QWidget *parent)
    : BannerArea(parent)
{
    setObjectName(u"trustBannerArea"_s);
    // The one button that accepts the peer's key; it sits in whichever banner asks for it.
    m_acceptKeyButton = new QPushButton(tr("Accept &key"), this);
    m_acceptKeyButton->setObjectName(u"acceptKeyButton"_s);
    connect(m_acceptKeyButton, &QPushButton::clicked, this, &TrustBanners::acceptKeyRequested);

    auto *banners = new QWidget;
    banners->setObjectName(u"trustBanners"_s);
    auto *layout = new QVBoxLayout(banners);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createKeyChangedBanner());
    layout->addWidget(createNewKeyBanner());
    setWidget(banners);
    placeAcceptButton(m_newKeyButtons);
    hide();
}

QFrame *TrustBanners::createKeyChangedBanner()
{
    m_keyChangedBanner = new QFrame;
    m_keyChangedBanner->setObjectName(u"keyChangedBanner"_s);
    m_keyChangedBanner->setFrameShape(QFrame::StyledPanel);
    m_keyChangedBanner->setStyleSheet(security::bannerStyle(u"keyChangedBanner"_s, Tone::Danger));
    auto *icon = new QLabel(m_keyChangedBanner);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    m_keyChangedTitle = new QLabel(m_keyChangedBanner);
    m_keyChangedTitle->setObjectName(u"keyChangedTitleLabel"_s);
    m_keyChangedTitle->setTextFormat(Qt::PlainText);
    m_keyChangedTitle->setWordWrap(true);
    QFont titleFont = m_keyChangedTitle->font();
    titleFont.setBold(true);
    m_keyChangedTitle->setFont(titleFont);
    auto *text = new QLabel(m_keyChangedBanner);
    text->setObjectName(u"keyChangedTextLabel"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(
        tr("Someone may be pretending to be them, or they set up ChatBuddy again. Nothing is "
           "sent until you accept the new key: ask them in person or on a call, and compare "
           "the safety number (Verify…)."));
    m_previousKeyLabel = security::keyLabel(QString(), u"previousKeyLabel"_s, m_keyChangedBanner);
    m_previousKeyLabel->setAccessibleName(tr("Key before"));
    m_currentKeyLabel = security::keyLabel(QString(), u"currentKeyLabel"_s, m_keyChangedBanner);
    m_currentKeyLabel->setAccessibleName(tr("Key now"));
    auto *keys = new QFormLayout;
    keys->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Narrow (small screen, 200 %): each key goes under its label rather than off the edge.
    keys->setRowWrapPolicy(QFormLayout::WrapLongRows);
    keys->addRow(tr("Key before:"), m_previousKeyLabel);
    keys->addRow(tr("Key now:"), m_currentKeyLabel);
    m_keyChangedEndButton = new QPushButton(tr("E&nd chat"), m_keyChangedBanner);
    m_keyChangedEndButton->setObjectName(u"keyChangedEndButton"_s);
    m_keyChangedEndButton->setAccessibleName(tr("End the chat"));
    connect(m_keyChangedEndButton, &QPushButton::clicked, this, &TrustBanners::endChatRequested);
    m_keyChangedButtons = new QHBoxLayout;
    m_keyChangedButtons->addWidget(m_keyChangedEndButton);
    m_keyChangedButtons->addStretch(1);
    auto *body = new QVBoxLayout;
    body->addWidget(m_keyChangedTitle);
    body->addWidget(text);
    body->addLayout(keys);
    body->addLayout(m_keyChangedButtons);
    auto *layout = new QHBoxLayout(m_keyChangedBanner);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(body, 1);
    m_keyChangedBanner->hide();
    return m_keyChangedBanner;
}

QFrame *TrustBanners::createNewKeyBanner()
{
    m_newKeyBanner = new QFrame;
    m_newKeyBanner->setObjectName(u"newKeyBanner"_s);
    m_newKeyBanner->setFrameShape(QFrame::StyledPanel);
    m_newKeyBanner->setStyleSheet(security::bannerStyle(u"newKeyBanner"_s, Tone::Caution));
    m_newKeyText = new QLabel(m_newKeyBanner);
    m_newKeyText->setObjectName(u"newKeyTextLabel"_s);
    m_newKeyText->setTextFormat(Qt::PlainText);
    m_newKeyText->setWordWrap(true);
    m_newKeyLabel = security::keyLabel(QString(), u"newKeyLabel"_s, m_newKeyBanner);
    m_newKeyButtons = new QHBoxLayout;
    m_newKeyButtons->addStretch(1);
    auto *layout = new QVBoxLayout(m_newKeyBanner);
    layout->addWidget(m_newKeyText);
    layout->addWidget(m_newKeyLabel);
    layout->addLayout(m_newKeyButtons);
    m_newKeyBanner->hide();
    return m_newKeyBanner;
}

void TrustBanners::showFor(const ChatSession *session, const QString &name)
{
    const bool ended = !session || session->isEnded();
    const bool keyChanged = session && session->trust() == ChatSession::Trust::KeyChanged;
    // A key nobody vouched for, not yet accepted: offer to remember it (not while ended).
    const bool newKey = session && !session->isLegacy() && !ended &&
                        session->trust() == ChatSession::Trust::Unverified &&
                        !session->isKeyAccepted();
    if (keyChanged)
        showKeyChanged(*session, name);
    else if (newKey)
        showNewKey(*session, name);
    m_keyChangedEndButton->setVisible(!ended);
    m_keyChangedBanner->setVisible(keyChanged);
    m_newKeyBanner->setVisible(newKey);
    setVisible(keyChanged || newKey);
    updateGeometry();
    m_acceptKeyButton->setVisible(keyChanged || newKey);
}

void TrustBanners::showKeyChanged(const ChatSession &session, const QString &name)
{
    m_keyChangedTitle->setText(tr("%1's key changed — this may be an attack.").arg(name));
    m_previousKeyLabel->setText(security::keyText(session.previousFingerprint()));
    m_currentKeyLabel->setText(security::keyText(session.peerFingerprint()));
    m_keyChangedBanner->setAccessibleName(m_keyChangedTitle->text());
    m_acceptKeyButton->setText(tr("Accept new &key"));
    m_acceptKeyButton->setAccessibleName(tr("Accept %1's new key").arg(name));
    m_acceptKeyButton->setToolTip(
        tr("Only if %1 confirms the new key (compare the safety number)").arg(name));
    placeAcceptButton(m_keyChangedButtons);
}

void TrustBanners::showNewKey(const ChatSession &session, const QString &name)
{
    QString why;
    switch (session.hubCheck()) {
    case HubCheck::NotRegistered:
        why = tr("The hub does not know the name %1, so nobody has confirmed that this key "
                 "belongs to them.");
        break;
    case HubCheck::Unreachable:
        why = tr("Your hub could not be asked about %1, so nobody has confirmed that this key "
                 "belongs to them.");
        break;
    case HubCheck::NotAsked:
    case HubCheck::Confirmed:
    case HubCheck::Mismatch:
        why = tr("You opened this chat by address, so nobody has confirmed that this key "
                 "belongs to %1.");
        break;
    }
    m_newKeyText->setText(why.arg(name) + u' ' +
                          tr("Compare the safety number with them (Verify…), then accept the "
                             "key: ChatBuddy remembers it and warns you if it ever changes."));
    m_newKeyLabel->setText(security::keyText(session.peerFingerprint()));
    m_newKeyLabel->setAccessibleName(tr("%1's key fingerprint").arg(name));
    m_acceptKeyButton->setText(tr("Accept &key"));
    m_acceptKeyButton->setAccessibleName(tr("Accept %1's key").arg(name));
    m_acceptKeyButton->setToolTip(tr("Remember this key for %1").arg(name));
    placeAcceptButton(m_newKeyButtons);
}

void TrustBanners::placeAcceptButton(QBoxLayout *row)
{
    if (m_acceptKeyRow == row)
        return;
    if (m_acceptKeyRow)
        m_acceptKeyRow->removeWidget(m_acceptKeyButton);
    row->insertWidget(0, m_acceptKeyButton);
    m_acceptKeyRow = row;
}

} // namespace chatbuddy::ui
