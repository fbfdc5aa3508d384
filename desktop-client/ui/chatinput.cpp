// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatinput.h"

#include "securityui.h"

#include "protocol.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

ChatInput::ChatInput(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"chatInput"_s);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"inputHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->hide();
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"messageEdit"_s);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setToolTip(tr("Type your message and press Enter. When you're done, just type "
                          "'EOM'."));
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send the message (Enter)"));
    m_fileButton = new QPushButton(tr("Send fi&le…"), this);
    m_fileButton->setObjectName(u"sendFileButton"_s);
    m_fileButton->setAccessibleName(tr("Send file"));
    m_fileButton->setToolTip(tr("Send files (or drop them on the chat, or paste them)"));
    m_fileButton->setEnabled(false);
    m_endButton = new QPushButton(tr("&End chat"), this);
    m_endButton->setObjectName(u"endChatButton"_s);
    m_endButton->setAccessibleName(tr("End chat"));
    m_endButton->setToolTip(tr("End the chat for both of you (same as typing EOM)"));
    m_againButton = new QPushButton(tr("Chat &again"), this);
    m_againButton->setObjectName(u"chatAgainButton"_s);
    m_againButton->setAccessibleName(tr("Chat again"));
    m_againButton->setToolTip(tr("Start a new chat with the same person"));
    m_againButton->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_sendButton);
    row->addWidget(m_fileButton);
    row->addWidget(m_endButton);
    row->addWidget(m_againButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hintLabel);
    layout->addLayout(row);
    setTabOrder(m_edit, m_sendButton);
    setTabOrder(m_sendButton, m_fileButton);
    setTabOrder(m_fileButton, m_endButton);
    setTabOrder(m_endButton, m_againButton);
    setFocusProxy(m_edit);

    // Enter (and Ctrl+Enter: QLineEdit reports both as returnPressed) sends.
    connect(m_edit, &QLineEdit::returnPressed, this, &ChatInput::submit);
    connect(m_edit, &QLineEdit::textChanged, this, &ChatInput::updateSendEnabled);
    connect(m_edit, &QLineEdit::textEdited, this, &ChatInput::textEdited);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatInput::submit);
    connect(m_endButton, &QPushButton::clicked, this, &ChatInput::endRequested);
    connect(m_fileButton, &QPushButton::clicked, this, &ChatInput::fileRequested);
    m_edit->installEventFilter(this); // Ctrl+V of files and pictures
    connect(m_againButton, &QPushButton::clicked, this, &ChatInput::againRequested);
}

void ChatInput::setMode(Mode mode, const QString &placeholder, const QString &againLabel,
                        bool typeToRestart)
{
    const bool hadFocus = m_edit->hasFocus();
    m_mode = mode;
    m_typeToRestart = mode == Mode::Ended && typeToRestart;
    m_edit->setEnabled(mode == Mode::Active || mode == Mode::Offline || m_typeToRestart);
    m_edit->setPlaceholderText(placeholder);
    m_endButton->setEnabled(mode != Mode::Ended);
    m_endButton->setVisible(mode != Mode::Offline); // no chat to end: only a conversation
    m_againButton->setVisible(mode == Mode::Ended && !againLabel.isEmpty());
    if (!againLabel.isEmpty()) {
        m_againButton->setText(againLabel);
        m_againButton->setAccessibleName(QString(againLabel).remove(u'&'));
    }
    if (mode == Mode::Ended && !m_typeToRestart) {
        m_edit->clear();
        if (hadFocus)
            m_againButton->setFocus(Qt::OtherFocusReason);
    }
    updateSendEnabled();
}

void ChatInput::showHint(const QString &text, bool isError)
{
    m_hintLabel->setText(text);
    m_hintLabel->setStyleSheet(isError ? security::errorLabelStyle() : QString());
    m_hintLabel->setVisible(!text.isEmpty());
}

void ChatInput::clearText()
{
    m_edit->clear();
}

bool ChatInput::focusInput()
{
    // Never on Accept new key: a stray Enter must not accept a key that may be an attack.
    if (m_edit->isEnabled()) {
        m_edit->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (m_againButton->isVisible() && m_againButton->isEnabled()) {
        m_againButton->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

bool ChatInput::inputHasFocus() const
{
    return m_edit->hasFocus();
}

QWidget *ChatInput::lastInFocusChain() const
{
    return m_againButton;
}

void ChatInput::submit()
{
    const QString text = m_edit->text();
    if (m_typeToRestart) {
        // "EOM" in an ended chat has nothing to end.
        if (!text.trimmed().isEmpty() && text.trimmed() != u"EOM"_s)
            Q_EMIT againWithTextRequested(text);
        return;
    }
    if (m_mode != Mode::Active && m_mode != Mode::Offline)
        return;
    // "EOM" alone is the user's shortcut for End chat, as in the original ChatBuddy (with
    // nobody to chat with, there is nothing to end).
    if (text.trimmed() == u"EOM"_s) {
        m_edit->clear();
        if (m_mode == Mode::Active)
            Q_EMIT endRequested();
        return;
    }
    if (!text.trimmed().isEmpty())
        Q_EMIT sendRequested(text);
}

void ChatInput::updateSendEnabled()
{
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
    m_sendButton->setEnabled(
        (m_mode == Mode::Active || m_mode == Mode::Offline || m_typeToRestart) &&
        !text.trimmed().isEmpty() && !tooLong);
}

void ChatInput::setFilesEnabled(bool enabled)
{
    m_filesEnabled = enabled;
    m_fileButton->setEnabled(enabled);
}

bool ChatInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || !m_filesEnabled ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Paste))
        return QWidget::eventFilter(watched, event);
    // Files copied in a file manager, or a picture (a screenshot): sent. Text pastes as text.
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QStringList paths;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                paths.append(url.toLocalFile());
        }
    }
    const bool picture = mime && paths.isEmpty() && mime->hasImage();
    if (paths.isEmpty() && !picture)
        return QWidget::eventFilter(watched, event);
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        if (picture)
            Q_EMIT picturePasted(qvariant_cast<QImage>(mime->imageData()));
        else
            Q_EMIT filesPasted(paths);
    }
    return true;
}

} // namespace chatbuddy::ui
