// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitydialog.h"

#include "identity.h"
#include "securityui.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

IdentityDialog::IdentityDialog(const QString &userName, const QString &profileName,
                               const QString &fingerprint, const QString &hubAddress,
                               const QString &hubFingerprint, QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(fingerprint)
{
    setObjectName(u"identityDialog"_s);
    setWindowTitle(tr("My Identity"));

    auto *intro = new QLabel(tr("This is your key's fingerprint. Friends see it next to your "
                                "name when you chat; if they doubt it is you, read it to them "
                                "(or compare the safety number shown in the chat)."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(userName.isEmpty() ? tr("(not logged in)") : userName, this);
    nameLabel->setObjectName(u"identityNameLabel"_s);
    nameLabel->setTextFormat(Qt::PlainText);
    form->addRow(tr("Name:"), nameLabel);
    auto *profileLabel = new QLabel(profileName, this);
    profileLabel->setTextFormat(Qt::PlainText);
    form->addRow(tr("Profile:"), profileLabel);
    auto *ownKey =
        security::keyLabel(twoLineFingerprint(fingerprint), u"identityFingerprintLabel"_s, this);
    ownKey->setAccessibleName(tr("Your key fingerprint"));
    form->addRow(tr("Your key:"), ownKey);
    if (!hubFingerprint.isEmpty()) {
        auto *hubLabel = security::keyLabel(twoLineFingerprint(hubFingerprint),
                                            u"identityHubFingerprintLabel"_s, this);
        hubLabel->setAccessibleName(tr("The hub's key fingerprint"));
        form->addRow(tr("Hub %1:").arg(hubAddress), hubLabel);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("&Copy fingerprint"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"copyFingerprintButton"_s);
    copyButton->setAccessibleName(tr("Copy your key fingerprint"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"identityCloseButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, [this, copyButton] {
        QApplication::clipboard()->setText(formatFingerprint(m_fingerprint));
        copyButton->setText(tr("Copied ✓"));
        QTimer::singleShot(std::chrono::seconds(2), copyButton,
                           [copyButton] { copyButton->setText(tr("&Copy fingerprint")); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    copyButton->setFocus();
}

} // namespace chatbuddy::ui
