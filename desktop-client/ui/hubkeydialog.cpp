// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubkeydialog.h"

#include "securityui.h"

#include "hubconnection.h"
#include "identity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using security::Tone;

HubKeyDialog::HubKeyDialog(client::HubConnection *hub, const QString &hubAddress,
                           const QString &presentedFingerprint, QWidget *parent)
    : QDialog(parent)
    , m_hub(hub)
    , m_hubAddress(hubAddress)
    , m_presentedFingerprint(presentedFingerprint)
{
    setObjectName(u"hubKeyDialog"_s);
    setWindowTitle(tr("Hub Key"));

    auto *intro = new QLabel(tr("ChatBuddy remembers the hub's key the first time it connects "
                                "and refuses to log in if the key ever changes, because someone "
                                "could be pretending to be the hub."),
                             this);
    intro->setWordWrap(true);

    auto *addressLabel =
        new QLabel(hubAddress.isEmpty() ? tr("(not connected to a hub yet)") : hubAddress, this);
    addressLabel->setObjectName(u"hubKeyAddressLabel"_s);
    addressLabel->setTextFormat(Qt::PlainText);
    addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinnedLabel = security::keyLabel(QString(), u"hubPinnedFingerprintLabel"_s, this);
    m_pinnedLabel->setAccessibleName(tr("The pinned hub key fingerprint"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Hub:"), addressLabel);
    form->addRow(tr("Pinned key:"), m_pinnedLabel);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"hubKeyStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_forgetButton = buttons->addButton(tr("&Forget this hub key…"), QDialogButtonBox::ActionRole);
    m_forgetButton->setObjectName(u"forgetHubKeyButton"_s);
    m_forgetButton->setAccessibleName(tr("Forget this hub key"));
    m_forgetButton->setToolTip(tr("Only if the hub was reinstalled or got a new key on purpose"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"hubKeyCloseButton"_s);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forgetButton, &QPushButton::clicked, this, &HubKeyDialog::confirmForget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    refresh();
}

void HubKeyDialog::refresh()
{
    const QString pinned = m_hubAddress.isEmpty() ? QString() : m_hub->pinnedHubKey(m_hubAddress);
    m_pinnedLabel->setText(pinned.isEmpty() ? tr("(none)") : security::keyText(pinned));
    m_forgetButton->setEnabled(!pinned.isEmpty());

    QString status;
    Tone tone = Tone::Neutral;
    if (m_forgotten) {
        status = tr("Forgotten. The next time you connect to %1, ChatBuddy will trust the key the "
                    "hub shows then.")
                     .arg(m_hubAddress);
        tone = Tone::Caution;
    } else if (pinned.isEmpty()) {
        status = tr("No key is pinned for this hub yet; it is pinned when you connect.");
    } else if (m_presentedFingerprint.isEmpty()) {
        status = tr("Not connected: the key is checked the next time you connect.");
    } else if (m_presentedFingerprint == pinned) {
        status = tr("✓ The hub is showing this key now.");
        tone = Tone::Good;
    } else {
        status = tr("⚠ The hub is showing a different key now: %1")
                     .arg(formatFingerprint(m_presentedFingerprint));
        tone = Tone::Danger;
    }
    m_statusLabel->setText(status);
    m_statusLabel->setStyleSheet(u"color: %1;"_s.arg(security::color(tone)));
}

void HubKeyDialog::confirmForget()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget the Hub Key?"),
                                tr("Forget the key of the hub at %1?").arg(m_hubAddress),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"forgetHubKeyConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Do this only if you know the hub was reinstalled or got a new key. The next time "
           "you connect, ChatBuddy trusts whatever key the hub shows: it cannot tell an "
           "impostor from the real hub then."));
    QPushButton *forget = box->addButton(tr("&Forget Key"), QMessageBox::DestructiveRole);
    forget->setObjectName(u"confirmForgetButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelForgetButton"_s);
    box->setDefaultButton(cancel); // a stray Enter keeps the key
    connect(box, &QMessageBox::buttonClicked, this, [this, forget](QAbstractButton *clicked) {
        if (clicked != forget)
            return;
        m_hub->forgetHubKey(m_hubAddress);
        m_forgotten = true;
        refresh();
        Q_EMIT hubForgotten(m_hubAddress);
    });
    box->open();
}

} // namespace chatbuddy::ui
