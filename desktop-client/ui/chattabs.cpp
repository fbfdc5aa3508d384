// SPDX-License-Identifier: GPL-3.0-or-later
#include "chattabs.h"

#include "appicon.h"
#include "chatwidget.h"

#include "chatsession.h"
#include "client.h"
#include "endpoint.h"

#include <QBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatSession;

ChatTabs::ChatTabs(client::Client *client, QWidget *parent)
    : QStackedWidget(parent)
    , m_client(client)
{
    setObjectName(u"chatArea"_s);
    m_placeholder = new QWidget(this);
    m_placeholder->setObjectName(u"noChatPage"_s);
    m_placeholderLabel = new QLabel(m_placeholder);
    m_placeholderLabel->setObjectName(u"noChatLabel"_s);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setTextFormat(Qt::RichText);
    auto *logo = new QLabel(m_placeholder);
    logo->setPixmap(appIcon().pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(logo);
    placeholderLayout->addSpacing(8);
    placeholderLayout->addWidget(m_placeholderLabel);
    placeholderLayout->addStretch(2);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"chatTabs"_s);
    m_tabs->setAccessibleName(tr("Chats"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ChatTabs::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ChatWidget *widget = currentChat())
            widget->focusInput();
        Q_EMIT currentChatChanged();
    });
    connect(m_client, &client::Client::unreadChanged, this, [this](ChatSession *session) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(i));
            if (widget && (!session || widget->session() == session))
                widget->setUnreadCount(m_client->unreadCount(widget->session()));
        }
    });
    addWidget(m_placeholder);
    addWidget(m_tabs);
    setChatPort(0);
}

void ChatTabs::setChatPort(quint16 port)
{
    QString text = tr("<p><b>No chat open</b></p>"
                      "<p>Double-click someone on the left, or select them and press "
                      "<i>Chat</i>.<br>When a friend wants to chat with you, ChatBuddy asks you "
                      "first.</p>");
    if (port != 0)
        text += tr("<p>Friends can also reach you directly at port %1.</p>").arg(port);
    m_placeholderLabel->setText(text);
}

int ChatTabs::count() const
{
    return m_tabs->count();
}

ChatWidget *ChatTabs::chatWidgetFor(const ChatSession *session) const
{
    if (!session)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(i));
        if (widget && widget->session() == session)
            return widget;
    }
    return nullptr;
}

ChatWidget *ChatTabs::currentChat() const
{
    return qobject_cast<ChatWidget *>(m_tabs->currentWidget());
}

ChatWidget *ChatTabs::conversationWidgetFor(qint64 contact) const
{
    if (contact == 0)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(i));
        if (widget && widget->contact() == contact)
            return widget;
    }
    return nullptr;
}

ChatWidget *ChatTabs::makeChatWidget(ChatSession *session, qint64 contact)
{
    auto *widget = new ChatWidget(m_client, session, contact, m_tabs);
    widget->setUnreadCount(session ? m_client->unreadCount(session) : 0);
    connect(widget, &ChatWidget::titleChanged, this, [this, widget] {
        updateTab(widget);
        Q_EMIT chatUpdated(widget);
    });
    connect(widget, &ChatWidget::messageArrived, this, &ChatTabs::messageArrived);
    connect(widget, &ChatWidget::chatAgainRequested, this,
            [this, widget] { Q_EMIT chatAgainRequested(widget); });
    return widget;
}

ChatWidget *ChatTabs::addChatWidget(ChatWidget *widget)
{
    m_tabs->addTab(widget, widget->tabTitle());
    updateTab(widget);
    updatePage();
    return widget;
}

ChatWidget *ChatTabs::showChat(ChatSession *session)
{
    ChatWidget *widget = addChat(session);
    m_tabs->setCurrentWidget(widget);
    widget->focusInput();
    return widget;
}

ChatWidget *ChatTabs::addChat(ChatSession *session)
{
    ChatWidget *widget = chatWidgetFor(session);
    if (!widget) {
        // A conversation already open with this contact (and no live chat) takes the chat.
        ChatWidget *conversation = conversationWidgetFor(m_client->contactOf(session));
        if (conversation && (!conversation->session() || conversation->session()->isEnded())) {
            ChatSession *old = conversation->session();
            conversation->setSession(session);
            if (old)
                Q_EMIT closeRequested(old);
            widget = conversation;
            updateTab(widget);
        } else {
            widget = addChatWidget(makeChatWidget(session, 0));
        }
    }
    return widget;
}

ChatWidget *ChatTabs::showConversation(qint64 contact)
{
    ChatWidget *widget = conversationWidgetFor(contact);
    if (!widget)
        widget = addChatWidget(makeChatWidget(nullptr, contact));
    m_tabs->setCurrentWidget(widget);
    widget->focusInput();
    return widget;
}

void ChatTabs::replaceChat(ChatSession *old, ChatSession *fresh)
{
    ChatWidget *widget = chatWidgetFor(old);
    if (!widget) {
        showChat(fresh);
        return;
    }
    widget->setSession(fresh); // the conversation stays: earlier messages remain above
    updateTab(widget);
    m_tabs->setCurrentWidget(widget);
    widget->focusInput();
}

void ChatTabs::closeTab(int index)
{
    auto *widget = qobject_cast<ChatWidget *>(m_tabs->widget(index));
    if (!widget)
        return;
    ChatSession *session = widget->session();
    m_tabs->removeTab(index);
    widget->deleteLater();
    if (session)
        Q_EMIT closeRequested(session);
    updatePage();
}

void ChatTabs::closeCurrent()
{
    if (m_tabs->currentIndex() >= 0)
        closeTab(m_tabs->currentIndex());
}

void ChatTabs::nextChat()
{
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void ChatTabs::previousChat()
{
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
}

void ChatTabs::updatePage()
{
    setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_placeholder);
}

void ChatTabs::updateTab(ChatWidget *widget)
{
    const int index = m_tabs->indexOf(widget);
    if (index < 0)
        return;
    m_tabs->setTabText(index, widget->tabTitle());
    m_tabs->setTabIcon(index, widget->tabIcon());
    ChatSession *session = widget->session();
    const bool ended = !session || session->isEnded();
    QString tip = widget->peerTitle();
    if (session)
        tip += u" — "_s + endpointText(session->peerHost(), session->peerPort());
    if (session && session->isLegacy())
        tip += u'\n' + tr("Not encrypted: anyone on the network can read this chat.");
    if (widget->isBlockedByKeyChange())
        tip += u'\n' + tr("Their key changed: accept it or end the chat.");
    if (ended)
        tip += u'\n' + tr("This chat has ended.");
    m_tabs->setTabToolTip(index, tip);
    // Ended chats fade, so the live ones stand out.
    const QPalette &palette = m_tabs->tabBar()->palette();
    m_tabs->tabBar()->setTabTextColor(
        index, ended ? palette.color(QPalette::Disabled, QPalette::WindowText) : QColor());
}

} // namespace chatbuddy::ui
