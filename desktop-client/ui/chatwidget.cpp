// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatwidget.h"

#include "chatheader.h"
#include "chatinput.h"
#include "messagedelegate.h"
#include "messageview.h"
#include "securityui.h"
#include "trustbanners.h"
#include "verifydialog.h"

#include "chatsession.h"
#include "endpoint.h"
#include "messagemodel.h"
#include "protocol.h"

#include <QBoxLayout>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatLine;
using client::ChatSession;
using client::MessageModel;

ChatWidget::ChatWidget(ChatSession *session, const QString &myFingerprint, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_myFingerprint(myFingerprint)
    , m_delegate(new MessageDelegate(this))
    , m_header(new ChatHeader(this))
    , m_banners(new TrustBanners(this))
    , m_view(new MessageView(m_delegate, this))
    , m_input(new ChatInput(this))
{
    setObjectName(u"chatWidget"_s);
    m_view->setModel(session->messages()); // model/view, so long chats stay smooth

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_banners);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_input);
    setTabOrder(m_input->lastInFocusChain(), m_view);
    setFocusProxy(m_input);

    connect(m_header, &ChatHeader::verifyRequested, this, &ChatWidget::showVerifyDialog);
    connect(m_banners, &TrustBanners::acceptKeyRequested, this, [this] {
        if (m_session)
            m_session->acceptKey();
    });
    connect(m_banners, &TrustBanners::endChatRequested, this, &ChatWidget::endChat);
    connect(m_input, &ChatInput::sendRequested, this, &ChatWidget::send);
    connect(m_input, &ChatInput::endRequested, this, &ChatWidget::endChat);
    connect(m_input, &ChatInput::againRequested, this, &ChatWidget::chatAgainRequested);

    MessageModel *model = session->messages();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_stickToBottom = m_view->isAtBottom(); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->clearCache(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_delegate->clearCache(); });

    connect(session, &ChatSession::stateChanged, this, &ChatWidget::updateState);
    connect(session, &ChatSession::ended, this, &ChatWidget::updateState);
    connect(session, &ChatSession::trustChanged, this, &ChatWidget::updateState);
    connect(session, &ChatSession::peerNameChanged, this, &ChatWidget::updateState);
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
    // An incoming caller's port is a random one: only its address means something.
    if (m_session->direction() == ChatSession::Direction::Incoming)
        return tr("Someone at %1").arg(m_session->peerHost());
    return endpointText(m_session->peerHost(), m_session->peerPort());
}

QString ChatWidget::tabTitle() const
{
    return m_unread > 0 ? tr("%1 (%2)").arg(peerTitle()).arg(m_unread) : peerTitle();
}

void ChatWidget::setUnreadCount(int count)
{
    if (m_unread == count)
        return;
    m_unread = count;
    Q_EMIT titleChanged();
}

void ChatWidget::focusInput()
{
    if (!m_input->focusInput())
        m_view->setFocus(Qt::OtherFocusReason);
}

void ChatWidget::endChat()
{
    if (m_session && !m_session->isEnded())
        m_session->endChat();
}

void ChatWidget::showHint(const QString &text, bool isError)
{
    m_input->showHint(text, isError);
}

void ChatWidget::send(const QString &text)
{
    if (!m_session)
        return;
    const auto sent = m_session->sendMessage(text);
    if (!sent) {
        switch (sent.error()) {
        case ChatSession::SendRefusal::TooLong:
            showHint(tr("This message is too long to send (%1 bytes; at most %2). Please "
                        "shorten it.")
                         .arg(text.toUtf8().size())
                         .arg(MaxTextSize),
                     true);
            break;
        case ChatSession::SendRefusal::Empty:
            break;
        case ChatSession::SendRefusal::NotActive:
        case ChatSession::SendRefusal::KeyNotAccepted:
            showHint(tr("The message could not be sent."), true);
            break;
        }
        return;
    }
    m_input->clearText();
    showHint(QString());
    m_stickToBottom = true;
    scrollToBottomLater();
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

QString ChatWidget::stateText() const
{
    switch (m_session ? m_session->state() : ChatSession::State::Ended) {
    case ChatSession::State::Connecting:
        return tr("Connecting…");
    case ChatSession::State::Verifying:
        return tr("Checking their key…");
    case ChatSession::State::WaitingForAnswer:
        return tr("Waiting for %1 to accept…").arg(peerTitle());
    case ChatSession::State::AwaitingDecision:
        return tr("Waiting for your answer");
    case ChatSession::State::Active:
        // Whether it is encrypted is the tag next to the name.
        return isBlockedByKeyChange() ? tr("Blocked: key changed") : tr("Chatting");
    case ChatSession::State::Ended:
        break;
    }
    return tr("Chat ended");
}

void ChatWidget::updateState()
{
    m_header->showSession(m_session, peerTitle(), stateText());
    m_banners->showFor(m_session, peerTitle());
    Q_EMIT titleChanged();
    updateInput();
}

void ChatWidget::updateInput()
{
    const ChatSession::State state = m_session ? m_session->state() : ChatSession::State::Ended;
    const bool blocked = isBlockedByKeyChange();
    QWidget *focus = window()->focusWidget(); // this window's, active or not
    const bool focusHere = !focus || isAncestorOf(focus);
    if (state == ChatSession::State::Active) {
        if (blocked)
            m_input->setMode(ChatInput::Mode::Blocked,
                             tr("Accept %1's new key or end the chat.").arg(peerTitle()));
        else
            m_input->setMode(ChatInput::Mode::Active,
                             m_session->isLegacy()
                                 ? tr("Message (NOT encrypted)")
                                 : tr("Message (Enter sends, EOM ends the chat)"));
        // The chat just started: be ready to type, unless the user is busy elsewhere.
        if (!blocked && isVisible() && focusHere)
            m_input->focusInput();
        return;
    }
    if (state != ChatSession::State::Ended) {
        m_input->setMode(ChatInput::Mode::Waiting, tr("Waiting for the chat to start…"));
        return;
    }
    const ChatSession::EndReason reason =
        m_session ? m_session->endReason() : ChatSession::EndReason::None;
    if (!m_session) { // gone: nothing to chat again with
        m_input->setMode(ChatInput::Mode::Ended, tr("This chat has ended."));
        return;
    }
    m_input->setMode(ChatInput::Mode::Ended, tr("This chat has ended."),
                     reason == ChatSession::EndReason::PlainTextPeer
                         ? tr("Chat again as &plain text")
                         : tr("Chat &again"));
    if (reason == ChatSession::EndReason::LegacyNotAllowed) {
        showHint(tr("To chat without encryption anyway: Security ▸ Allow Unencrypted Legacy "
                    "Chats, then Chat again."),
                 true);
    }
    // Keep the keyboard user in the chat: Chat again is the obvious next step.
    if (isVisible() && focusHere)
        m_input->focusInput();
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
    if (incoming)
        Q_EMIT messageArrived();
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

} // namespace chatbuddy::ui
