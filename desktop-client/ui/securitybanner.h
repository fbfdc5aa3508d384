// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace chatbuddy::ui {

// The red banner at the top of the main window for possible attacks (a key that does not
// match, a hub that changed its key). It counts warnings until dismissed and can offer the
// one action that resolves the latest (e.g. Hub Key…).
class SecurityBanner : public QFrame {
    Q_OBJECT
public:
    explicit SecurityBanner(QWidget *parent = nullptr);

    // Shows message as the latest warning; actionText (if any) names a button that emits
    // actionRequested().
    void showWarning(const QString &message, const QString &actionText = {});
    int warningCount() const { return m_count; }

Q_SIGNALS:
    void actionRequested();

private:
    QLabel *m_label;
    QPushButton *m_actionButton;
    int m_count = 0;
};

} // namespace chatbuddy::ui
