// SPDX-License-Identifier: GPL-3.0-or-later
// ChatWidget's part for files: Send file…, drops and pastes onto the chat, a picture from the
// clipboard, and the card (TransferWidget) in place of each file's line.
#include "chatwidget.h"

#include "chatinput.h"
#include "messageview.h"
#include "transferwidget.h"

#include "client.h"
#include "history.h"
#include "messagemodel.h"
#include "transfers.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::ChatLine;
using client::MessageModel;

namespace {
// The local files a drag or a paste carries; empty if it carries anything else too.
QStringList localFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

QWidget *ChatWidget::makeFileWidget(const QModelIndex &index, int topMargin)
{
    const bool outgoing =
        index.data(MessageModel::KindRole).toInt() == int(ChatLine::Kind::Outgoing);
    auto *widget =
        new TransferWidget(m_client, index.data(MessageModel::IdRole).toString(),
                           index.data(MessageModel::TextRole).toString(),
                           index.data(MessageModel::SenderRole).toString(),
                           index.data(MessageModel::TimeRole).toDateTime(), outgoing, topMargin);
    connect(widget, &TransferWidget::heightChanged, m_view,
            [view = m_view, widget] { view->widgetHeightChanged(widget); });
    return widget;
}

bool ChatWidget::sendFiles(const QStringList &paths)
{
    bool waits = false;
    for (const QString &path : paths) {
        Result<QString> sent = fail(tr("Files can be sent once the chat has started."));
        if (m_session && !m_session->isEnded() && (m_session->isActive() || m_session->isLegacy()))
            sent = m_client->sendFile(m_session, path);
        else if (m_contact > 0)
            sent = m_client->sendFileToContact(m_contact, path);
        if (!sent) {
            showHint(sent.error(), true);
            return false;
        }
        const auto t = m_client->transfers()->transfer(*sent);
        waits = waits || (t && t->state == client::Transfer::State::Waiting);
    }
    showHint(waits ? tr("%1 is not online: the files wait on this computer and go when you are "
                        "both online.")
                         .arg(peerTitle())
                   : QString());
    scrollToBottomLater();
    return true;
}

bool ChatWidget::canSendFiles() const
{
    const bool active = m_session && m_session->isActive() && !isBlockedByKeyChange();
    const auto contact = m_contact > 0 ? m_client->history()->contact(m_contact) : std::nullopt;
    return active || (contact && !contact->fingerprint.isEmpty() && !isBlockedByKeyChange());
}

void ChatWidget::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Send Files to %1").arg(peerTitle()),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!paths.isEmpty())
        sendFiles(paths);
}

bool ChatWidget::sendPicture(const QImage &image)
{
    // Kept where the app keeps its data: a picture waiting for an offline contact, or one to
    // resume, must still be there later.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(u"Pasted pictures"_s);
    if (!QDir().mkpath(folder)) {
        showHint(tr("The picture could not be kept in %1.").arg(QDir::toNativeSeparators(folder)),
                 true);
        return false;
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH.mm.ss"_s);
    QString path = QDir(folder).filePath(tr("Picture %1.png").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(tr("Picture %1 (%2).png").arg(stamp).arg(n));
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        showHint(tr("The picture could not be saved: %1").arg(file.errorString()), true);
        return false;
    }
    return sendFiles({path});
}

void ChatWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChatWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChatWidget::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    sendFiles(paths);
}

} // namespace chatbuddy::ui
