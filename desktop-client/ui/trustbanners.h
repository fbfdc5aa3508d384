// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bannerarea.h"

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;

namespace chatbuddy::client {
class ChatSession;
}

namespace chatbuddy::ui {

// The two trust banners of a chat, in a BannerArea that scrolls when the window is short:
// a changed key (red, blocking, both keys, until accepted or the chat ends) and a key nobody
// vouched for (amber, offers to remember it). One Accept button moves between them, so tests
// and screen readers find exactly one.
class TrustBanners : public BannerArea {
    Q_OBJECT
public:
    explicit TrustBanners(QWidget *parent = nullptr);

    // Shows what session needs (nothing for a null, legacy or trusted one); name as shown.
    void showFor(const client::ChatSession *session, const QString &name);

Q_SIGNALS:
    void acceptKeyRequested();
    void endChatRequested();

private:
    QFrame *createKeyChangedBanner();
    QFrame *createNewKeyBanner();
    void showKeyChanged(const client::ChatSession &session, const QString &name);
    void showNewKey(const client::ChatSession &session, const QString &name);
    void placeAcceptButton(QBoxLayout *row);

    QFrame *m_keyChangedBanner;
    QLabel *m_keyChangedTitle;
    QLabel *m_previousKeyLabel;
    QLabel *m_currentKeyLabel;
    QBoxLayout *m_keyChangedButtons;
    QPushButton *m_keyChangedEndButton;
    QFrame *m_newKeyBanner;
    QLabel *m_newKeyText;
    QLabel *m_newKeyLabel;
    QBoxLayout *m_newKeyButtons;
    QPushButton *m_acceptKeyButton;
    QBoxLayout *m_acceptKeyRow = nullptr;
};

} // namespace chatbuddy::ui
