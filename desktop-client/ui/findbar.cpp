// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

namespace {
constexpr int MaxMatches = 500;
constexpr int TypingPauseMs = 150;
} // namespace

FindBar::FindBar(client::History *history, QWidget *parent)
    : QFrame(parent)
    , m_history(history)
{
    setObjectName(u"findBar"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"findInConversationEdit"_s);
    m_edit->setAccessibleName(tr("Find in this conversation"));
    m_edit->setPlaceholderText(tr("Find in this conversation"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"findCountLabel"_s);
    m_olderButton = new QToolButton(this);
    m_olderButton->setObjectName(u"findOlderButton"_s);
    m_olderButton->setArrowType(Qt::UpArrow);
    m_olderButton->setAccessibleName(tr("Older match"));
    m_olderButton->setToolTip(tr("Older match (Enter)"));
    m_newerButton = new QToolButton(this);
    m_newerButton->setObjectName(u"findNewerButton"_s);
    m_newerButton->setArrowType(Qt::DownArrow);
    m_newerButton->setAccessibleName(tr("Newer match"));
    m_newerButton->setToolTip(tr("Newer match (Shift+Enter)"));
    auto *close = new QToolButton(this);
    close->setObjectName(u"findCloseButton"_s);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAccessibleName(tr("Close the find bar"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_olderButton);
    layout->addWidget(m_newerButton);
    layout->addWidget(close);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs); // one search per pause in typing, not per key
    connect(&m_typing, &QTimer::timeout, this, &FindBar::search);
    connect(m_edit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_olderButton, &QToolButton::clicked, this, &FindBar::findOlder);
    connect(m_newerButton, &QToolButton::clicked, this, &FindBar::findNewer);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    updateLabel();
}

void FindBar::setContact(qint64 contact)
{
    if (contact == m_contact)
        return;
    m_contact = contact;
    if (isVisible())
        search();
}

void FindBar::focusEdit()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::search()
{
    m_typing.stop();
    m_hits = m_contact != 0 ? m_history->search(m_edit->text(), MaxMatches, m_contact)
                            : QList<client::SearchHit>();
    m_current = -1;
    if (!m_hits.isEmpty())
        go(0);
    updateLabel();
}

void FindBar::go(int match)
{
    if (match < 0 || match >= m_hits.size())
        return;
    m_current = match;
    updateLabel();
    Q_EMIT entryRequested(m_hits.at(match).entry);
}

void FindBar::findOlder()
{
    if (m_typing.isActive())
        search(); // Enter before the pause: search now
    else if (!m_hits.isEmpty())
        go((m_current + 1) % int(m_hits.size()));
}

void FindBar::findNewer()
{
    if (m_typing.isActive())
        search();
    else if (!m_hits.isEmpty())
        go((m_current + int(m_hits.size()) - 1) % int(m_hits.size()));
}

void FindBar::updateLabel()
{
    const bool any = !m_hits.isEmpty();
    m_olderButton->setEnabled(m_hits.size() > 1);
    m_newerButton->setEnabled(m_hits.size() > 1);
    if (m_edit->text().trimmed().isEmpty())
        m_countLabel->clear();
    else if (!any)
        m_countLabel->setText(tr("Not found"));
    else
        m_countLabel->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findNewer();
            else
                findOlder();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace chatbuddy::ui
