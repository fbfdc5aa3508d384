// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace chatbuddy::ui {

// Shows who we are to others: name, profile and the full key fingerprint, ready to copy.
class IdentityDialog : public QDialog {
    Q_OBJECT
public:
    // hubFingerprint may be empty (not connected).
    IdentityDialog(const QString &userName, const QString &profileName, const QString &fingerprint,
                   const QString &hubAddress, const QString &hubFingerprint,
                   QWidget *parent = nullptr);

private:
    QString m_fingerprint;
};

} // namespace chatbuddy::ui
