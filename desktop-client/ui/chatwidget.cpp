// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatwidget.h"

#include "messagedelegate.h"

#include "chatsession.h"
#include "identity.h"
#include "messagemodel.h"
#include "protocol.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatLine;
using client::ChatSession;
using client::MessageModel;

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

    // Header: who, where, which key, and whether the hub vouched for that key.
    auto *header = new QFrame(this);
    header->setObjectName(u"chatHeader"_s);
    header->setFrameShape(QFrame::StyledPanel);
    m_peerNameLabel = new QLabel(header);
    m_peerNameLabel->setObjectName(u"peerNameLabel"_s);
    QFont nameFont = m_peerNameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_peerNameLabel->setFont(nameFont);
    m_stateLabel = new QLabel(header);
    m_stateLabel->setObjectName(u"chatStateLabel"_s);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_endpointLabel = new QLabel(header);
    m_endpointLabel->setObjectName(u"peerEndpointLabel"_s);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel = new QLabel(header);
    m_keyLabel->setObjectName(u"peerKeyLabel"_s);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifiedLabel = new QLabel(header);
    m_verifiedLabel->setObjectName(u"peerVerifiedLabel"_s);

    auto *headerTop = new QHBoxLayout;
    headerTop->addWidget(m_peerNameLabel, 1);
    headerTop->addWidget(m_stateLabel);
    auto *headerBottom = new QHBoxLayout;
    headerBottom->addWidget(m_endpointLabel);
    headerBottom->addSpacing(12);
    headerBottom->addWidget(m_keyLabel);
    headerBottom->addSpacing(12);
    headerBottom->addWidget(m_verifiedLabel);
    headerBottom->addStretch(1);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 6);
    headerLayout->setSpacing(2);
    headerLayout->addLayout(headerTop);
    headerLayout->addLayout(headerBottom);

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
    if (!m_session || !m_session->isActive())
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
    m_sendButton->setEnabled(active && !text.trimmed().isEmpty() && !tooLong);
}

void ChatWidget::updateHeader()
{
    m_peerNameLabel->setText(peerTitle());
    if (!m_session) {
        m_endpointLabel->clear();
        m_keyLabel->clear();
        m_verifiedLabel->clear();
        return;
    }
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
    if (fingerprint.isEmpty()) {
        m_keyLabel->setText(tr("Key: not known yet"));
        m_keyLabel->setToolTip(QString());
        m_verifiedLabel->clear();
        m_verifiedLabel->setToolTip(QString());
        return;
    }
    m_keyLabel->setText(tr("Key %1").arg(shortFingerprint(fingerprint)));
    const QString safety = safetyNumber(m_myFingerprint, fingerprint);
    m_keyLabel->setToolTip(tr("Full key: %1\nSafety number: %2\nCompare the safety number with "
                              "your friend (in person or by phone); it is the same on both "
                              "sides.")
                               .arg(formatFingerprint(fingerprint), safety));
    if (m_session->isPeerVerified()) {
        m_verifiedLabel->setText(tr("✓ Verified"));
        m_verifiedLabel->setStyleSheet(u"color: #1e7b34; font-weight: bold;"_s);
        m_verifiedLabel->setToolTip(
            tr("This key is the one the hub has on record for %1.").arg(peerTitle()));
    } else {
        m_verifiedLabel->setText(tr("⚠ Not verified"));
        m_verifiedLabel->setStyleSheet(u"color: #a15c00; font-weight: bold;"_s);
        m_verifiedLabel->setToolTip(
            tr("The hub could not vouch for this key (the chat was opened by address, or the "
               "name is not registered). Compare the safety number with %1 to be sure.")
                .arg(peerTitle()));
    }
    m_verifiedLabel->setAccessibleName(m_verifiedLabel->text());
}

void ChatWidget::updateState()
{
    updateHeader();
    Q_EMIT titleChanged();

    const bool alive = !m_session.isNull();
    const ChatSession::State state = alive ? m_session->state() : ChatSession::State::Ended;
    const bool active = state == ChatSession::State::Active;
    const bool ended = state == ChatSession::State::Ended;

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
        stateText = tr("Chatting · encrypted");
        break;
    case ChatSession::State::Ended:
        stateText = tr("Chat ended");
        break;
    }
    m_stateLabel->setText(stateText);

    const bool hadFocus = m_edit->hasFocus();
    m_edit->setEnabled(active);
    if (active)
        m_edit->setPlaceholderText(tr("Message (Enter sends, EOM ends the chat)"));
    else if (ended)
        m_edit->setPlaceholderText(tr("This chat has ended."));
    else
        m_edit->setPlaceholderText(tr("Waiting for the chat to start…"));
    m_endButton->setEnabled(!ended);
    updateSendEnabled();

    m_againButton->setVisible(ended && alive);
    if (ended && alive) {
        m_edit->clear();
        // Keep the keyboard user in the chat: Chat again is the obvious next step.
        QWidget *focus = QApplication::focusWidget();
        if (hadFocus || (isVisible() && (!focus || isAncestorOf(focus))))
            m_againButton->setFocus(Qt::OtherFocusReason);
    } else if (active && isVisible()) {
        // The chat just started: be ready to type, unless the user is busy elsewhere.
        QWidget *focus = QApplication::focusWidget();
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
