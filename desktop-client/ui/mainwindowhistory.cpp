// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's part for conversations that last: the Edit menu (find in history, find in the
// conversation), saving and clearing a conversation, removing a contact, opening a contact's
// conversation, and what the history has to tell the user (a file set aside, a full disk).
#include "mainwindow.h"

#include "chattabs.h"
#include "chatwidget.h"
#include "historysearchdialog.h"
#include "userspanel.h"

#include "client.h"
#include "history.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("E&dit"));
    QAction *history =
        edit->addAction(tr("Find in &History…"), this, &MainWindow::showHistorySearch);
    history->setObjectName(u"findInHistoryAction"_s);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // Ctrl+F is the people filter's; this one has Alt as well.
    m_findInConversationAction =
        edit->addAction(tr("Find in &Conversation"), this, &MainWindow::findInConversation);
    m_findInConversationAction->setObjectName(u"findInConversationAction"_s);
    m_findInConversationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
}

void MainWindow::watchHistory()
{
    client::History *history = m_client->history();
    connect(history, &client::History::writingFailed, this,
            [this](const QString &message) { showStatus(message, 0); });
    connect(history, &client::History::writingRecovered, this,
            [this] { showStatus(tr("Your chat history is saved again."), 8000); });
    connect(m_usersPanel, &UsersPanel::conversationRequested, this, &MainWindow::openConversation);
    connect(m_usersPanel, &UsersPanel::removeContactRequested, this, &MainWindow::removeContact);
    // What open() had to do (a damaged file set aside, history kept in memory only): said
    // once the window is up.
    if (const QString notice = history->notice(); !notice.isEmpty()) {
        QTimer::singleShot(0, this, [this, notice] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Chat History"), notice,
                                        QMessageBox::Ok, this);
            box->setObjectName(u"historyNoticeBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
}

HistorySearchDialog *MainWindow::showHistorySearch()
{
    if (!m_historySearch) {
        m_historySearch = new HistorySearchDialog(m_client->history(), this);
        m_historySearch->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historySearch, &HistorySearchDialog::entryChosen, this, &MainWindow::openEntry);
    }
    m_historySearch->show();
    m_historySearch->raise();
    m_historySearch->activateWindow();
    return m_historySearch;
}

ChatWidget *MainWindow::currentConversation()
{
    // A chat whose peer is not known yet (by address, still connecting) has no conversation.
    ChatWidget *widget = currentChat();
    if (widget && widget->contact() != 0)
        return widget;
    showStatus(tr("Open a conversation first."), 4000);
    return nullptr;
}

void MainWindow::findInConversation()
{
    ChatWidget *widget = currentConversation();
    if (!widget)
        return;
    widget->showFindBar();
}

ChatWidget *MainWindow::openConversation(qint64 contact)
{
    if (contact == 0)
        return nullptr;
    ChatWidget *widget = m_tabs->showConversation(contact);
    m_usersPanel->selectContact(contact);
    return widget;
}

ChatWidget *MainWindow::openEntry(qint64 contact, qint64 entry)
{
    ChatWidget *widget = openConversation(contact);
    if (!widget)
        return nullptr;
    showAndRaise();
    if (!widget->showEntry(entry))
        showStatus(tr("That message is no longer in your history."), 6000);
    return widget;
}

void MainWindow::saveConversationAs()
{
    ChatWidget *widget = currentConversation();
    if (!widget)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + u'/' + tr("Conversation with %1").arg(widget->peerTitle()) + u".html"_s;
    auto *dialog = new QFileDialog(this, tr("Save Conversation As"), suggested);
    dialog->setObjectName(u"saveConversationDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Web page (*.html)"), tr("Plain text (*.txt)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.txt"_s) ? u"txt"_s : u"html"_s);
    });
    dialog->setDefaultSuffix(u"html"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Status saved = saveConversation(path);
        showStatus(saved ? tr("Saved the conversation as %1.").arg(path) : saved.error(),
                   saved ? 6000 : 0);
    });
    dialog->open();
}

Status MainWindow::saveConversation(const QString &path)
{
    ChatWidget *widget = currentChat();
    if (!widget || widget->contact() == 0)
        return fail(tr("Open a conversation first."));
    const auto format = path.endsWith(u".txt"_s, Qt::CaseInsensitive)
                            ? client::History::ExportFormat::PlainText
                            : client::History::ExportFormat::Html;
    return m_client->history()->exportConversation(widget->contact(), path, format);
}

void MainWindow::clearCurrentConversation()
{
    ChatWidget *widget = currentConversation();
    if (!widget)
        return;
    const qint64 contact = widget->contact();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Clear Conversation"),
        tr("Delete your whole conversation with %1 from this computer? This cannot be undone.")
            .arg(widget->peerTitle()),
        QMessageBox::NoButton, this);
    box->setObjectName(u"clearConversationQuestion"_s);
    QPushButton *clear = box->addButton(tr("&Delete Conversation"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear, contact](QAbstractButton *b) {
        if (b == clear)
            m_client->history()->clearConversation(contact);
    });
    box->open();
}

void MainWindow::removeContact(qint64 contact)
{
    const auto who = m_client->history()->contact(contact);
    if (!who)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove from Contacts"),
        tr("Remove %1 from your people list? They come back if you chat again.").arg(who->name),
        QMessageBox::NoButton, this);
    box->setObjectName(u"removeContactQuestion"_s);
    auto *withHistory = new QCheckBox(tr("Also delete the conversation"), box);
    withHistory->setObjectName(u"removeConversationCheck"_s);
    box->setCheckBox(withHistory);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, withHistory, contact](QAbstractButton *button) {
                if (button != remove)
                    return;
                const bool all = withHistory->isChecked();
                m_client->history()->removeContact(contact, all);
                if (all) { // its tab has nothing left to show
                    if (ChatWidget *open = m_tabs->conversationWidgetFor(contact);
                        open && (!open->session() || open->session()->isEnded()))
                        m_tabs->closeTab(m_tabs->tabWidget()->indexOf(open));
                }
            });
    box->open();
}

} // namespace chatbuddy::ui
