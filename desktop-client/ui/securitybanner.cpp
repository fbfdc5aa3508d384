// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitybanner.h"

#include "securityui.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

SecurityBanner::SecurityBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"securityBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    // Light or dark to match the palette; the selector keeps the colours off the buttons.
    setStyleSheet(security::bannerStyle(objectName(), security::Tone::Danger));
    m_label = new QLabel(this);
    m_label->setObjectName(u"securityBannerLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(u"securityActionButton"_s);
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, &SecurityBanner::actionRequested);
    auto *dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(u"dismissWarningButton"_s);
    dismiss->setAccessibleName(tr("Dismiss the security warning"));
    connect(dismiss, &QPushButton::clicked, this, [this] {
        hide();
        m_count = 0;
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_actionButton);
    buttons->addWidget(dismiss);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(buttons);
    hide();
}

void SecurityBanner::showWarning(const QString &message, const QString &actionText)
{
    ++m_count;
    QString text = message;
    if (m_count > 1)
        text = tr("%n security warnings; the latest:", nullptr, m_count) + u'\n' + message;
    m_label->setText(text);
    setAccessibleDescription(message);
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(QString(actionText).remove(u'&'));
    m_actionButton->setVisible(!actionText.isEmpty());
    show();
}

} // namespace chatbuddy::ui
