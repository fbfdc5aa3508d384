// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatwidget.h"

#include "messagedelegate.h"
#include "securityui.h"
#include "verifydialog.h"

#include "chatsession.h"
#include "identity.h"
#include "messagemodel.h"
#include "protocol.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatLine;
using client::ChatSession;
using client::MessageModel;
using security::Tone;

namespace {

// The message list: tells the delegate the width lines wrap in before each re-layout.
class MessageView : public QListView {
public:
    MessageView(MessageDelegate *delegate, QWidget *parent)
        : QListView(parent)
        , m_delegate(delegate)
    {
    }

    void doItemsLayout() override
    {
        QListView::doItemsLayout();
        if (m_keepBottom) {
            m_keepBottom = false;
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        }
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        // Reading the latest lines: stay at the bottom after the re-layout, too.
        if (verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4)
            m_keepBottom = true;
        m_delegate->setViewWidth(viewport()->width());
        QListView::resizeEvent(event);
    }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            m_delegate->clearCache();
            scheduleDelayedItemsLayout();
        }
        QListView::changeEvent(event);
    }

private:
    MessageDelegate *m_delegate;
    bool m_keepBottom = false;
};

// A one-line label that gives way when the window is narrow (200 % scaling, small screens):
// it ends in "…" instead of pushing the window wider than the screen. text(), and so the
// accessible name, keeps the whole text.
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override
    {
        const QSize hint = QLabel::minimumSizeHint();
        const int least = fontMetrics().horizontalAdvance(u"MMM…"_s);
        return {std::min(hint.width(), least), hint.height()};
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const QRect area = contentsRect();
        if (fontMetrics().horizontalAdvance(text()) <= area.width()) {
            QLabel::paintEvent(event);
            return;
        }
        QPainter painter(this);
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
        style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown,
                              foregroundRole());
    }
};

// Holds the trust banners: as tall as they are when there is room, down to a few lines (with a
// scroll bar) when there is not.
class BannerArea : public QScrollArea {
public:
    explicit BannerArea(QWidget *parent)
        : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        // A key never wraps: when it is wider than a very narrow window, it scrolls.
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }

    QSize sizeHint() const override
    {
        const QWidget *content = widget();
        if (!content)
            return QScrollArea::sizeHint();
        const int width =
            viewport()->width() > 0 ? viewport()->width() : content->sizeHint().width();
        const int height = content->hasHeightForWidth() ? content->heightForWidth(width)
                                                        : content->sizeHint().height();
        return {content->sizeHint().width(), height};
    }
    // The layout asks for the height at the real width, so wrapped text measured while the
    // widget was still narrow cannot leave the banner far taller than its content.
    bool hasHeightForWidth() const override { return widget() != nullptr; }
    int heightForWidth(int width) const override
    {
        const QWidget *content = widget();
        if (!content)
            return QScrollArea::heightForWidth(width);
        const int inner = std::max(1, width - 2 * frameWidth());
        return content->hasHeightForWidth() ? content->heightForWidth(inner)
                                            : content->sizeHint().height();
    }
    QSize minimumSizeHint() const override
    {
        const QWidget *content = widget();
        const int lines = fontMetrics().height() * 5;
        const int full = content ? sizeHint().height() : lines;
        return {fontMetrics().averageCharWidth() * 20, std::min(full, lines)};
    }
};

bool atBottom(const QScrollBar *bar)
{
    return bar->value() >= bar->maximum() - 4;
}

} // namespace

ChatWidget::ChatWidget(ChatSession *session, const QString &myFingerprint, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_myFingerprint(myFingerprint)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(u"chatWidget"_s);

    // Header: who, whether it is encrypted, where, which key, and how far that key is trusted.
    auto *header = new QFrame(this);
    header->setObjectName(u"chatHeader"_s);
    header->setFrameShape(QFrame::StyledPanel);
    m_peerNameLabel = new ElidedLabel(header);
    m_peerNameLabel->setObjectName(u"peerNameLabel"_s);
    m_peerNameLabel->setTextFormat(Qt::PlainText);
    QFont nameFont = m_peerNameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_peerNameLabel->setFont(nameFont);
    m_encryptionLabel = new QLabel(header);
    m_encryptionLabel->setObjectName(u"encryptionLabel"_s);
    m_encryptionLabel->hide();
    m_stateLabel = new ElidedLabel(header);
    m_stateLabel->setObjectName(u"chatStateLabel"_s);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_endpointLabel = new ElidedLabel(header);
    m_endpointLabel->setObjectName(u"peerEndpointLabel"_s);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel = new ElidedLabel(header);
    m_keyLabel->setObjectName(u"peerKeyLabel"_s);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifiedLabel = new ElidedLabel(header);
    m_verifiedLabel->setObjectName(u"peerVerifiedLabel"_s);
    m_verifyButton = new QPushButton(tr("&Verify…"), header);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setAccessibleName(tr("Verify with the safety number"));
    connect(m_verifyButton, &QPushButton::clicked, this, &ChatWidget::showVerifyDialog);

    auto *headerTop = new QHBoxLayout;
    headerTop->addWidget(m_peerNameLabel);
    headerTop->addSpacing(8);
    headerTop->addWidget(m_encryptionLabel);
    headerTop->addStretch(1);
    headerTop->addWidget(m_stateLabel);
    auto *headerBottom = new QHBoxLayout;
    headerBottom->addWidget(m_endpointLabel);
    headerBottom->addSpacing(12);
    headerBottom->addWidget(m_keyLabel);
    headerBottom->addSpacing(12);
    headerBottom->addWidget(m_verifiedLabel);
    headerBottom->addStretch(1);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addLayout(headerTop);
    headerText->addLayout(headerBottom);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 6);
    headerLayout->addLayout(headerText, 1);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(m_verifyButton, 0, Qt::AlignVCenter);

    // The one button that accepts the peer's key; it sits in whichever banner asks for it.
    m_acceptKeyButton = new QPushButton(tr("Accept &key"), this);
    m_acceptKeyButton->setObjectName(u"acceptKeyButton"_s);
    connect(m_acceptKeyButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->acceptKey();
    });

    // A changed key: red, blocking, with both keys, until accepted or the chat is ended.
    m_keyChangedBanner = new QFrame(this);
    m_keyChangedBanner->setObjectName(u"keyChangedBanner"_s);
    m_keyChangedBanner->setFrameShape(QFrame::StyledPanel);
    m_keyChangedBanner->setStyleSheet(security::bannerStyle(u"keyChangedBanner"_s, Tone::Danger));
    auto *keyChangedIcon = new QLabel(m_keyChangedBanner);
    keyChangedIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    keyChangedIcon->setAlignment(Qt::AlignTop);
    m_keyChangedTitle = new QLabel(m_keyChangedBanner);
    m_keyChangedTitle->setObjectName(u"keyChangedTitleLabel"_s);
    m_keyChangedTitle->setTextFormat(Qt::PlainText);
    m_keyChangedTitle->setWordWrap(true);
    QFont bannerTitleFont = m_keyChangedTitle->font();
    bannerTitleFont.setBold(true);
    m_keyChangedTitle->setFont(bannerTitleFont);
    auto *keyChangedText = new QLabel(m_keyChangedBanner);
    keyChangedText->setObjectName(u"keyChangedTextLabel"_s);
    keyChangedText->setTextFormat(Qt::PlainText);
    keyChangedText->setWordWrap(true);
    keyChangedText->setText(
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
    connect(m_keyChangedEndButton, &QPushButton::clicked, this, &ChatWidget::endChat);
    m_keyChangedButtons = new QHBoxLayout;
    m_keyChangedButtons->addWidget(m_keyChangedEndButton);
    m_keyChangedButtons->addStretch(1);
    auto *keyChangedBody = new QVBoxLayout;
    keyChangedBody->addWidget(m_keyChangedTitle);
    keyChangedBody->addWidget(keyChangedText);
    keyChangedBody->addLayout(keys);
    keyChangedBody->addLayout(m_keyChangedButtons);
    auto *keyChangedLayout = new QHBoxLayout(m_keyChangedBanner);
    keyChangedLayout->addWidget(keyChangedIcon, 0, Qt::AlignTop);
    keyChangedLayout->addLayout(keyChangedBody, 1);
    m_keyChangedBanner->hide();

    // A key nobody vouched for (chat by address, name unknown to the hub): amber, not blocking.
    m_newKeyBanner = new QFrame(this);
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
    auto *newKeyLayout = new QVBoxLayout(m_newKeyBanner);
    newKeyLayout->addWidget(m_newKeyText);
    newKeyLayout->addWidget(m_newKeyLabel);
    newKeyLayout->addLayout(m_newKeyButtons);
    m_newKeyBanner->hide();
    placeAcceptButton(m_newKeyButtons);

    // The banners scroll when the window is short (a small screen, 200 %), so the messages and
    // the input stay on screen; on a normal screen they show in full.
    auto *banners = new QWidget;
    banners->setObjectName(u"trustBanners"_s);
    auto *bannersLayout = new QVBoxLayout(banners);
    bannersLayout->setContentsMargins(0, 0, 0, 0);
    bannersLayout->addWidget(m_keyChangedBanner);
    bannersLayout->addWidget(m_newKeyBanner);
    m_bannerArea = new BannerArea(this);
    m_bannerArea->setObjectName(u"trustBannerArea"_s);
    m_bannerArea->setWidget(banners);
    m_bannerArea->hide();

    // Messages: model/view, so long chats stay smooth.
    auto *view = new MessageView(m_delegate, this);
    m_view = view;
    m_view->setObjectName(u"messageView"_s);
    m_view->setAccessibleName(tr("Messages"));
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(session->messages());
    m_view->setWordWrap(true); // also makes the view re-layout when its width changes
    m_view->setResizeMode(QListView::Adjust);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(20);
    // A scroll bar that comes and goes would change the wrap width and re-layout twice.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("&Copy"), m_view);
    copyAction->setObjectName(u"copyMessagesAction"_s);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ChatWidget::copySelection);
    m_view->addAction(copyAction);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"inputHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->hide();

    // Input row.
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"messageEdit"_s);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setToolTip(tr("Type your message and press Enter. When you're done, just type "
                          "'EOM'."));
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send the message (Enter)"));
    m_endButton = new QPushButton(tr("&End chat"), this);
    m_endButton->setObjectName(u"endChatButton"_s);
    m_endButton->setAccessibleName(tr("End chat"));
    m_endButton->setToolTip(tr("End the chat for both of you (same as typing EOM)"));
    m_againButton = new QPushButton(tr("Chat &again"), this);
    m_againButton->setObjectName(u"chatAgainButton"_s);
    m_againButton->setAccessibleName(tr("Chat again"));
    m_againButton->setToolTip(tr("Start a new chat with the same person"));
    m_againButton->hide();

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_edit, 1);
    inputRow->addWidget(m_sendButton);
    inputRow->addWidget(m_endButton);
    inputRow->addWidget(m_againButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(header);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hintLabel);
    layout->addLayout(inputRow);

    setTabOrder(m_edit, m_sendButton);
    setTabOrder(m_sendButton, m_endButton);
    setTabOrder(m_endButton, m_againButton);
    setTabOrder(m_againButton, m_view);
    setFocusProxy(m_edit);

    // Enter (and Ctrl+Enter: QLineEdit reports both as returnPressed) sends.
    connect(m_edit, &QLineEdit::returnPressed, this, &ChatWidget::send);
    connect(m_edit, &QLineEdit::textChanged, this, &ChatWidget::updateSendEnabled);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatWidget::send);
    connect(m_endButton, &QPushButton::clicked, this, &ChatWidget::endChat);
    connect(m_againButton, &QPushButton::clicked, this, &ChatWidget::chatAgainRequested);

    MessageModel *model = session->messages();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_stickToBottom = atBottom(m_view->verticalScrollBar()); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->clearCache(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_delegate->clearCache(); });

    connect(session, &ChatSession::stateChanged, this, &ChatWidget::updateState);
    connect(session, &ChatSession::ended, this, &ChatWidget::updateState);
    connect(session, &ChatSession::trustChanged, this, &ChatWidget::updateState);
    connect(session, &QObject::destroyed, this, &ChatWidget::updateState);

    updateState();
    scrollToBottomLater();
}

ChatWidget::~ChatWidget() = default;

QString ChatWidget::peerTitle() const
{
    if (!m_session)
        return tr("Chat");
    if (!m_session->peerName().isEmpty())
        return m_session->peerName();
    return u"%1:%2"_s.arg(m_session->peerHost()).arg(m_session->peerPort());
}

QString ChatWidget::tabTitle() const
{
    return m_unread > 0 ? tr("%1 (%2)").arg(peerTitle()).arg(m_unread) : peerTitle();
}

void ChatWidget::markRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    Q_EMIT titleChanged();
}

void ChatWidget::focusInput()
{
    // Never on Accept new key: a stray Enter must not accept a key that may be an attack.
    if (m_edit->isEnabled())
        m_edit->setFocus(Qt::OtherFocusReason);
    else if (m_againButton->isVisible() && m_againButton->isEnabled())
        m_againButton->setFocus(Qt::OtherFocusReason);
    else
        m_view->setFocus(Qt::OtherFocusReason);
}

void ChatWidget::endChat()
{
    if (m_session && !m_session->isEnded())
        m_session->endChat();
}

void ChatWidget::showHint(const QString &text, bool isError)
{
    m_hintLabel->setText(text);
    m_hintLabel->setStyleSheet(isError ? u"color: #b3261e;"_s : QString());
    m_hintLabel->setVisible(!text.isEmpty());
}

void ChatWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markRead(); // the tab is on screen: whatever came in has been seen
}

void ChatWidget::send()
{
    if (!m_session || !m_session->isActive() || isBlockedByKeyChange())
        return;
    const QString text = m_edit->text();
    const QString trimmed = text.trimmed();
    // "EOM" alone is the user's shortcut for End chat, as in the original ChatBuddy.
    if (trimmed == u"EOM"_s) {
        m_edit->clear();
        endChat();
        return;
    }
    if (trimmed.isEmpty())
        return;
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > MaxTextSize) {
        showHint(tr("This message is too long to send (%1 bytes; at most %2). Please shorten it.")
                     .arg(bytes)
                     .arg(MaxTextSize),
                 true);
        return;
    }
    if (m_session->sendMessage(text).isEmpty()) {
        showHint(tr("The message could not be sent."), true);
        return;
    }
    m_edit->clear();
    showHint(QString());
    m_stickToBottom = true;
    scrollToBottomLater();
}

void ChatWidget::updateSendEnabled()
{
    const bool active = m_session && m_session->isActive();
    const QString text = m_edit->text();
    const bool tooLong = text.size() * 3 > MaxTextSize && text.toUtf8().size() > MaxTextSize;
    if (tooLong != m_tooLong) {
        m_tooLong = tooLong;
        showHint(tooLong ? tr("This message is too long to send (more than %1 bytes). Please "
                              "shorten it.")
                               .arg(MaxTextSize)
                         : QString(),
                 true);
    }
    m_sendButton->setEnabled(active && !isBlockedByKeyChange() && !text.trimmed().isEmpty() &&
                             !tooLong);
}

void ChatWidget::updateHeader()
{
    m_peerNameLabel->setText(peerTitle());
    if (!m_session) {
        m_endpointLabel->clear();
        m_keyLabel->clear();
        m_verifiedLabel->clear();
        m_encryptionLabel->hide();
        m_verifyButton->setEnabled(false);
        return;
    }
    const QString name = peerTitle();
    // An incoming chat comes from a throwaway port: only the address means something.
    if (m_session->direction() == ChatSession::Direction::Incoming) {
        m_endpointLabel->setText(tr("from %1").arg(m_session->peerHost()));
        m_endpointLabel->setToolTip(tr("Your friend called from %1:%2")
                                        .arg(m_session->peerHost())
                                        .arg(m_session->peerPort()));
    } else {
        m_endpointLabel->setText(u"%1:%2"_s.arg(m_session->peerHost()).arg(m_session->peerPort()));
        m_endpointLabel->setToolTip(tr("Your friend's address and chat port"));
    }

    const QString fingerprint = m_session->peerFingerprint();
    if (m_session->isLegacy()) {
        m_encryptionLabel->setText(tr("Not encrypted"));
        m_encryptionLabel->setStyleSheet(security::tagStyle(Tone::Danger));
        m_encryptionLabel->setToolTip(
            tr("%1 uses the original plain-text ChatBuddy: anyone on your network can read and "
               "change these messages. Do not send anything private.")
                .arg(name));
        m_encryptionLabel->show();
    } else if (!fingerprint.isEmpty()) {
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

    m_verifyButton->setVisible(!m_session->isLegacy());
    m_verifyButton->setEnabled(!fingerprint.isEmpty() && !m_session->peerName().isEmpty());
    m_verifyButton->setToolTip(
        tr("Compare the safety number with %1 and mark them verified").arg(name));

    QString verified;
    QString verifiedTip;
    Tone tone = Tone::Caution;
    if (m_session->isLegacy()) {
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
                                   .arg(formatFingerprint(fingerprint), m_session->safetyNumber()));
        switch (m_session->trust()) {
        case ChatSession::Trust::Verified:
            verified = tr("✓ Verified");
            verifiedTip = tr("You compared the safety number with %1 for this key.").arg(name);
            tone = Tone::Good;
            break;
        case ChatSession::Trust::KeyChanged:
            verified = tr("⚠ Key changed");
            verifiedTip = tr("%1's key is not the one you chatted with before.").arg(name);
            tone = Tone::Danger;
            break;
        case ChatSession::Trust::Unverified:
        case ChatSession::Trust::Unknown:
            if (m_session->isPeerVerified()) {
                verified = tr("Key confirmed by the hub");
                verifiedTip = tr("The hub has this key on record for the name %1. To be sure it "
                                 "is really them, compare the safety number (Verify…).")
                                  .arg(name);
                tone = Tone::Neutral;
            } else {
                verified = tr("⚠ Not verified");
                verifiedTip = tr("The hub could not vouch for this key (the chat was opened by "
                                 "address, or the name is not registered). Compare the safety "
                                 "number with %1 to be sure.")
                                  .arg(name);
            }
            break;
        }
    }
    m_verifiedLabel->setText(verified);
    m_verifiedLabel->setToolTip(verifiedTip);
    m_verifiedLabel->setStyleSheet(u"color: %1; font-weight: %2;"_s.arg(
        security::color(tone), tone == Tone::Neutral ? u"normal"_s : u"bold"_s));
    m_verifiedLabel->setVisible(!verified.isEmpty());
    m_verifiedLabel->setAccessibleName(verified);
    updateTrustBanners();
}

void ChatWidget::updateTrustBanners()
{
    const bool keyChanged = isBlockedByKeyChange();
    const bool ended = !m_session || m_session->isEnded();
    // A key nobody vouched for, not yet accepted: offer to remember it (not while ended).
    const bool newKey = m_session && !m_session->isLegacy() && !ended &&
                        m_session->trust() == ChatSession::Trust::Unverified &&
                        !m_session->isKeyAccepted();
    const QString name = peerTitle();
    if (keyChanged) {
        m_keyChangedTitle->setText(tr("%1's key changed — this may be an attack.").arg(name));
        m_previousKeyLabel->setText(security::keyText(m_session->previousFingerprint()));
        m_currentKeyLabel->setText(security::keyText(m_session->peerFingerprint()));
        m_keyChangedBanner->setAccessibleName(m_keyChangedTitle->text());
        m_keyChangedEndButton->setVisible(!ended);
        m_acceptKeyButton->setText(tr("Accept new &key"));
        m_acceptKeyButton->setAccessibleName(tr("Accept %1's new key").arg(name));
        m_acceptKeyButton->setToolTip(tr("Only if %1 confirms the new key (compare the safety "
                                         "number)")
                                          .arg(name));
        placeAcceptButton(m_keyChangedButtons);
    } else if (newKey) {
        const bool byAddress = m_session->direction() == ChatSession::Direction::Outgoing &&
                               !m_session->expectedPeer();
        m_newKeyText->setText(
            (byAddress ? tr("You opened this chat by address, so nobody has confirmed that this "
                            "key belongs to %1.")
                       : tr("The hub does not know the name %1, so nobody has confirmed that this "
                            "key belongs to them."))
                .arg(name) +
            u' ' +
            tr("Compare the safety number with them (Verify…), then accept the key: ChatBuddy "
               "remembers it and warns you if it ever changes."));
        m_newKeyLabel->setText(security::keyText(m_session->peerFingerprint()));
        m_newKeyLabel->setAccessibleName(tr("%1's key fingerprint").arg(name));
        m_acceptKeyButton->setText(tr("Accept &key"));
        m_acceptKeyButton->setAccessibleName(tr("Accept %1's key").arg(name));
        m_acceptKeyButton->setToolTip(tr("Remember this key for %1").arg(name));
        placeAcceptButton(m_newKeyButtons);
    }
    m_keyChangedBanner->setVisible(keyChanged);
    m_newKeyBanner->setVisible(newKey);
    m_bannerArea->setVisible(keyChanged || newKey);
    m_bannerArea->updateGeometry();
    m_acceptKeyButton->setVisible(keyChanged || newKey);
}

void ChatWidget::placeAcceptButton(QBoxLayout *row)
{
    if (m_acceptKeyRow == row)
        return;
    if (m_acceptKeyRow)
        m_acceptKeyRow->removeWidget(m_acceptKeyButton);
    row->insertWidget(0, m_acceptKeyButton);
    m_acceptKeyRow = row;
}

bool ChatWidget::isBlockedByKeyChange() const
{
    return m_session && m_session->trust() == ChatSession::Trust::KeyChanged;
}

QIcon ChatWidget::tabIcon() const
{
    if (m_session && m_session->isLegacy())
        return security::notEncryptedIcon();
    if (isBlockedByKeyChange())
        return style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

VerifyDialog *ChatWidget::showVerifyDialog()
{
    if (!m_session || m_session->isLegacy())
        return nullptr;
    if (!m_verifyDialog) {
        m_verifyDialog = new VerifyDialog(m_session, m_myFingerprint, this);
        m_verifyDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_verifyDialog->open();
    } else {
        m_verifyDialog->raise();
        m_verifyDialog->activateWindow();
    }
    return m_verifyDialog;
}

void ChatWidget::updateState()
{
    updateHeader();
    Q_EMIT titleChanged();

    const bool alive = !m_session.isNull();
    const ChatSession::State state = alive ? m_session->state() : ChatSession::State::Ended;
    const bool active = state == ChatSession::State::Active;
    const bool ended = state == ChatSession::State::Ended;
    const bool blocked = isBlockedByKeyChange();

    QString stateText;
    switch (state) {
    case ChatSession::State::Connecting:
        stateText = tr("Connecting…");
        break;
    case ChatSession::State::Verifying:
        stateText = tr("Checking their key…");
        break;
    case ChatSession::State::WaitingForAnswer:
        stateText = tr("Waiting for %1 to accept…").arg(peerTitle());
        break;
    case ChatSession::State::AwaitingDecision:
        stateText = tr("Waiting for your answer");
        break;
    case ChatSession::State::Active:
        // Whether it is encrypted is the tag next to the name.
        stateText = blocked ? tr("Blocked: key changed") : tr("Chatting");
        break;
    case ChatSession::State::Ended:
        stateText = tr("Chat ended");
        break;
    }
    m_stateLabel->setText(stateText);

    const bool hadFocus = m_edit->hasFocus();
    m_edit->setEnabled(active && !blocked);
    if (active && blocked)
        m_edit->setPlaceholderText(tr("Accept %1's new key or end the chat.").arg(peerTitle()));
    else if (active && m_session->isLegacy())
        m_edit->setPlaceholderText(tr("Message (NOT encrypted)"));
    else if (active)
        m_edit->setPlaceholderText(tr("Message (Enter sends, EOM ends the chat)"));
    else if (ended)
        m_edit->setPlaceholderText(tr("This chat has ended."));
    else
        m_edit->setPlaceholderText(tr("Waiting for the chat to start…"));
    m_endButton->setEnabled(!ended);
    updateSendEnabled();

    if (ended && alive && m_session->endReason() == ChatSession::EndReason::LegacyNotAllowed) {
        showHint(tr("To chat without encryption anyway: Security ▸ Allow Unencrypted Legacy "
                    "Chats, then Chat again."),
                 true);
    }

    m_againButton->setVisible(ended && alive);
    if (ended && alive) {
        m_edit->clear();
        // Keep the keyboard user in the chat: Chat again is the obvious next step.
        QWidget *focus = window()->focusWidget(); // this window's, active or not
        if (hadFocus || (isVisible() && (!focus || isAncestorOf(focus))))
            m_againButton->setFocus(Qt::OtherFocusReason);
    } else if (active && !blocked && isVisible()) {
        // The chat just started: be ready to type, unless the user is busy elsewhere.
        QWidget *focus = window()->focusWidget(); // this window's, active or not
        if (!focus || isAncestorOf(focus))
            m_edit->setFocus(Qt::OtherFocusReason);
    }
}

void ChatWidget::onRowsInserted(int first, int last)
{
    MessageModel *model = m_session ? m_session->messages() : nullptr;
    if (!model)
        return;
    bool incoming = false;
    bool own = false;
    for (int row = first; row <= last; ++row) {
        const auto kind = ChatLine::Kind(model->index(row).data(MessageModel::KindRole).toInt());
        incoming |= kind == ChatLine::Kind::Incoming;
        own |= kind == ChatLine::Kind::Outgoing;
    }
    if (incoming) {
        if (!isVisible()) {
            m_unread += 1;
            Q_EMIT titleChanged();
        }
        Q_EMIT messageArrived();
    }
    // Follow the conversation unless the user scrolled up to read older lines.
    if (m_stickToBottom || own)
        scrollToBottomLater();
}

void ChatWidget::scrollToBottomLater()
{
    if (m_scrollPending)
        return;
    m_scrollPending = true;
    // Once per event loop turn: a burst of lines re-layouts the view once, not per line.
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        m_view->scrollToBottom();
    });
}

void ChatWidget::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString sender = index.data(MessageModel::SenderRole).toString();
        const QString text = index.data(MessageModel::TextRole).toString();
        const QDateTime time = index.data(MessageModel::TimeRole).toDateTime();
        if (sender.isEmpty())
            lines.append(text);
        else
            lines.append(u"[%1] %2: %3"_s.arg(time.toString(u"HH:mm"_s), sender, text));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace chatbuddy::ui
