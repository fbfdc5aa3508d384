// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: one tab's whole behaviour (chat or conversation, input modes, paging as
// the user scrolls, jumping to a found line); its parts (header, banners, input, view) are
// widgets of their own.
#include "chatwidget.h"

#include "chatheader.h"
#include "chatinput.h"
#include "findbar.h"
#include "messagedelegate.h"
#include "messageview.h"
#include "securityui.h"
#include "trustbanners.h"
#include "verifydialog.h"

#include "chatsession.h"
#include "client.h"
#include "conversationmodel.h"
#include "endpoint.h"
#include "history.h"
#include "messagemodel.h"
#include "peoplemodel.h"
#include "protocol.h"

#include <QBoxLayout>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatLine;
using client::ChatSession;
using client::ConversationModel;
using client::MessageModel;

ChatWidget::ChatWidget(client::Client *client, ChatSession *session, qint64 contact,
                       QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_delegate(new MessageDelegate(this))
    , m_header(new ChatHeader(this))
    , m_banners(new TrustBanners(this))
    , m_findBar(new FindBar(client->history(), this))
    , m_view(new MessageView(m_delegate, this))
    , m_input(new ChatInput(this))
{
    setObjectName(u"chatWidget"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_banners);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_input);
    setTabOrder(m_input->lastInFocusChain(), m_view);
    setFocusProxy(m_input);
    m_findBar->hide();
    setAcceptDrops(true); // files dropped on the chat are sent
    m_view->setWidgetFactory(
        [this](const QModelIndex &index, int top) { return makeFileWidget(index, top); });

    connect(m_header, &ChatHeader::verifyRequested, this, &ChatWidget::showVerifyDialog);
    connect(m_banners, &TrustBanners::acceptKeyRequested, this, [this] {
        if (m_session)
            m_session->acceptKey();
    });
    connect(m_banners, &TrustBanners::endChatRequested, this, &ChatWidget::endChat);
    connect(m_findBar, &FindBar::entryRequested, this, &ChatWidget::showEntry);
    connect(m_findBar, &FindBar::closed, this, &ChatWidget::focusInput);
    connect(m_input, &ChatInput::sendRequested, this, &ChatWidget::send);
    connect(m_input, &ChatInput::textEdited, this, [this](const QString &text) {
        if (m_session)
            m_session->setDraft(text); // typing notices
    });
    connect(m_input, &ChatInput::endRequested, this, &ChatWidget::endChat);
    connect(m_input, &ChatInput::fileRequested, this, &ChatWidget::chooseFiles);
    connect(m_input, &ChatInput::filesPasted, this, &ChatWidget::sendFiles);
    connect(m_input, &ChatInput::picturePasted, this, &ChatWidget::sendPicture);
    connect(m_input, &ChatInput::againRequested, this, &ChatWidget::chatAgainRequested);
    connect(m_input, &ChatInput::againWithTextRequested, this, [this](const QString &text) {
        m_pendingText = text;
        Q_EMIT chatAgainRequested();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatWidget::onScrolled);
    connect(client, &client::Client::chatContactResolved, this,
            [this](ChatSession *resolved, qint64 id) {
                if (resolved == m_session)
                    setContact(id);
            });
    // Someone coming online (or going) changes what a conversation without a chat offers.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(client->people(), signal, this, [this] {
            if (!m_session)
                updateState();
        });
    }
    connect(client->people(), &QAbstractItemModel::modelReset, this, [this] {
        if (!m_session)
            updateState();
    });
    connect(client->history(), &client::History::contactChanged, this,
            [this](const client::Contact &changed) {
                if (changed.id == m_contact)
                    updateState();
            });

    if (contact != 0)
        setContact(contact);
    setSession(session);
}

void ChatWidget::setSession(ChatSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &ChatSession::stateChanged, this, &ChatWidget::updateState);
        connect(session, &ChatSession::ended, this, &ChatWidget::updateState);
        connect(session, &ChatSession::trustChanged, this, &ChatWidget::updateState);
        connect(session, &ChatSession::peerNameChanged, this, &ChatWidget::updateState);
        connect(session, &QObject::destroyed, this, &ChatWidget::updateState);
        connect(session, &ChatSession::peerTypingChanged, this,
                [this] { m_header->showSession(m_session, peerTitle(), stateText()); });
        connect(session, &ChatSession::stateChanged, this, [this](ChatSession::State state) {
            if (state == ChatSession::State::Active && !m_pendingText.isEmpty())
                send(std::exchange(m_pendingText, QString()));
        });
        if (const qint64 known = m_client->contactOf(session))
            setContact(known);
    }
    if (!m_conversation)
        setModel(session ? session->messages() : nullptr);
    updateState();
    scrollToBottomLater();
}

void ChatWidget::setContact(qint64 contact)
{
    if (contact == 0 || contact == m_contact)
        return;
    m_contact = contact;
    m_findBar->setContact(contact);
    if (m_conversation) {
        m_conversation->setContact(contact);
    } else {
        // From now on the view shows the contact's whole conversation; the chat's own lines
        // are in it already (the recorder wrote them when the peer became known).
        m_conversation = new ConversationModel(m_client->history(), contact, this);
        connect(m_conversation, &ConversationModel::olderLoaded, this,
                [this] { m_delegate->clearCache(); });
        setModel(m_conversation);
    }
    updateState();
    scrollToBottomLater();
}

void ChatWidget::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_delegate->clearCache();
    m_view->setModel(model); // model/view, so long chats stay smooth
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_stickToBottom = m_view->isAtBottom(); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->clearCache(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_delegate->clearCache(); });
}

QAbstractItemModel *ChatWidget::lines() const
{
    return m_model;
}

ChatWidget::~ChatWidget() = default;

QString ChatWidget::peerTitle() const
{
    if (m_contact != 0 && (!m_session || !m_session->peerName().isEmpty())) {
        if (const auto contact = m_client->history()->contact(m_contact))
            return contact->name;
    }
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
    if (writesToQueue()) { // nobody to chat with now: it waits for them
        const auto queued = m_client->sendToContact(m_contact, text);
        if (!queued) {
            showHint(queued.error(), true);
            return;
        }
        m_input->clearText();
        showHint(QString());
        m_stickToBottom = true;
        scrollToBottomLater();
        return;
    }
    if (!m_session)
        return;
    if (m_session->isEnded()) { // typing in an ended chat starts a new one
        m_pendingText = text;
        Q_EMIT chatAgainRequested();
        return;
    }
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

bool ChatWidget::writesToQueue() const
{
    // A contact with a key, offline, and no chat going on: messages are queued for them.
    if (m_contact == 0 || (m_session && !m_session->isEnded()) || m_client->isOnline(m_contact))
        return false;
    const auto contact = m_client->history()->contact(m_contact);
    return contact && !contact->fingerprint.isEmpty();
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
        m_verifyDialog = new VerifyDialog(m_session, m_client->fingerprint(), this);
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
    if (!m_session && m_contact != 0) {
        const auto contact = m_client->history()->contact(m_contact);
        if (m_client->isOnline(m_contact))
            return tr("Online");
        if (contact && contact->lastSeen.isValid())
            return tr("Offline, last seen %1")
                .arg(QLocale().toString(contact->lastSeen.date(), QLocale::ShortFormat) + u' ' +
                     contact->lastSeen.toString(u"HH:mm"_s));
        return tr("Offline");
    }
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
        if (isBlockedByKeyChange())
            return tr("Blocked: key changed");
        return m_session->isPeerTyping() ? tr("%1 is typing…").arg(peerTitle()) : tr("Chatting");
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
    // Files go on an active chat, or wait for a contact (sent when both are online).
    m_input->setFilesEnabled(canSendFiles());
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
    if (writesToQueue()) {
        m_input->setMode(ChatInput::Mode::Offline,
                         tr("%1 is offline. Write anyway: it will be delivered when possible.")
                             .arg(peerTitle()));
        return;
    }
    if (!m_session && m_contact != 0) { // a conversation with a contact, no chat yet
        if (m_client->isOnline(m_contact))
            m_input->setMode(ChatInput::Mode::Ended,
                             tr("Type a message to start a chat with %1").arg(peerTitle()),
                             tr("&Chat"), true);
        else
            m_input->setMode(
                ChatInput::Mode::Ended,
                tr("%1 is offline. You can chat again when they are back.").arg(peerTitle()));
        return;
    }
    if (!m_session) { // gone: nothing to chat again with
        m_input->setMode(ChatInput::Mode::Ended, tr("This chat has ended."));
        return;
    }
    m_input->setMode(ChatInput::Mode::Ended, tr("This chat has ended. Type to start a new one."),
                     reason == ChatSession::EndReason::PlainTextPeer
                         ? tr("Chat again as &plain text")
                         : tr("Chat &again"),
                     reason != ChatSession::EndReason::LegacyNotAllowed);
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
    if (!m_model || m_loading)
        return; // older pages are the user's scrolling, not news
    bool incoming = false;
    bool own = false;
    for (int row = first; row <= last; ++row) {
        const auto kind =
            ChatLine::Kind(m_model->index(row, 0).data(MessageModel::KindRole).toInt());
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
        if (!std::exchange(m_scrollPending, false))
            return; // cancelled: showEntry() put a line in view
        m_view->scrollToBottom();
    });
}

void ChatWidget::onScrolled(int value)
{
    if (!m_conversation || m_loading)
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (value == bar->minimum() && m_conversation->hasOlder() && m_conversation->rowCount() > 0) {
        // The line at the top stays where it is while a page comes in above it.
        m_loading = true;
        const int added = m_conversation->loadOlder();
        if (added > 0)
            m_view->scrollTo(m_conversation->index(added), QAbstractItemView::PositionAtTop);
        m_loading = false;
    } else if (value == bar->maximum() && !m_conversation->isAtLatest()) {
        m_loading = true;
        m_conversation->loadNewer();
        m_loading = false;
    }
}

bool ChatWidget::showEntry(qint64 entry)
{
    if (!m_conversation)
        return false;
    int row = m_conversation->rowOf(entry);
    if (row < 0) {
        m_loading = true;
        m_conversation->showAround(entry);
        m_loading = false;
        row = m_conversation->rowOf(entry);
    }
    if (row < 0)
        return false;
    m_stickToBottom = false;
    m_scrollPending = false;
    const QModelIndex index = m_conversation->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ChatWidget::chatAgainFailed(const QString &message)
{
    m_pendingText.clear();
    showHint(message, true);
}

void ChatWidget::showFindBar()
{
    m_findBar->setContact(m_contact);
    m_findBar->show();
    m_findBar->focusEdit();
}

} // namespace chatbuddy::ui
