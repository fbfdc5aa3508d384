// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers.h"

#include "chatsession.h"
#include "filenames.h"
#include "filestream.h"
#include "framecodec.h"
#include "tlsconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

struct Transfers::Live {
    Transfer t;
    QPointer<ChatSession> chat;
    qint64 offset = 0;
    std::unique_ptr<QSslSocket> link;
    std::unique_ptr<FileSender> sender;
    std::unique_ptr<FileReceiver> receiver;
    std::unique_ptr<files::Claimed> claimed;
    bool weOpenLink = false; // we opened the chat, so we open its transfer links
};

namespace {
// The other side's answer to our file-link: the frame, once a whole line is there.
std::optional<FileLink> readLinkAnswer(QSslSocket *socket, bool *broken)
{
    *broken = false;
    if (!socket->canReadLine()) {
        *broken = socket->bytesAvailable() > MaxFrameSize;
        return std::nullopt;
    }
    const QByteArray line = socket->readLine(MaxFrameSize + 1);
    const auto message = parseMessage(QJsonDocument::fromJson(line).object());
    const auto *link = message ? std::get_if<FileLink>(&*message) : nullptr;
    if (!link) {
        *broken = true;
        return std::nullopt;
    }
    return *link;
}
} // namespace

Transfers::Transfers(const Identity &identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
{
}

Transfers::~Transfers() = default;

void Transfers::attach(ChatSession *session)
{
    session->setFilesOffered(true);
    connect(session, &ChatSession::fileFrameReceived, this,
            [this, session](const Message &frame) { onFileFrame(session, frame); });
    connect(session, &ChatSession::ended, this, [this, session] {
        // A transfer still being agreed on goes with its chat; one that moves has its own link.
        for (const auto &live : std::as_const(m_transfers)) {
            if (live->chat == session && !live->t.isFinished() && !live->link)
                finish(*live, Transfer::State::Failed, tr("The chat ended first."));
        }
    });
}

Transfers::Live *Transfers::find(const QString &id) const
{
    const auto it = m_transfers.constFind(id);
    return it == m_transfers.cend() ? nullptr : it->get();
}

std::optional<Transfer> Transfers::transfer(const QString &id) const
{
    const Live *live = find(id);
    return live ? std::optional(live->t) : std::nullopt;
}

QList<Transfer> Transfers::all() const
{
    QList<Transfer> out;
    for (const auto &live : m_transfers)
        out.append(live->t);
    return out;
}

Result<QString> Transfers::offer(ChatSession *session, const QString &path)
{
    if (!session || !session->canSendFiles())
        return fail(tr("Files can only be sent in a chat with a ChatBuddy that takes them."));
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(tr("%1 cannot be read.").arg(path));
    auto live = std::make_shared<Live>();
    live->t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    live->t.direction = Transfer::Direction::Outgoing;
    live->t.name = info.fileName();
    live->t.size = info.size();
    live->t.path = info.absoluteFilePath();
    live->t.peerFingerprint = session->peerFingerprint();
    live->chat = session;
    live->weOpenLink = session->direction() == ChatSession::Direction::Outgoing;
    if (!session->sendFileFrame(FileOffer{live->t.id, live->t.name, live->t.size}))
        return fail(tr("The offer could not be sent."));
    m_transfers.insert(live->t.id, live);
    Q_EMIT changed(live->t.id);
    return live->t.id;
}

// Over 50 lines: one branch per file frame, each checked against the transfer's state.
void Transfers::onFileFrame(ChatSession *session, const Message &frame)
{
    if (const auto *offer = std::get_if<FileOffer>(&frame)) {
        if (find(offer->id))
            return; // offered again while we know it: nothing new
        auto live = std::make_shared<Live>();
        live->t.id = offer->id;
        live->t.direction = Transfer::Direction::Incoming;
        live->t.name = files::safeFileName(offer->name);
        live->t.size = offer->size;
        live->t.peerFingerprint = session->peerFingerprint();
        live->chat = session;
        live->weOpenLink = session->direction() == ChatSession::Direction::Outgoing;
        m_transfers.insert(offer->id, live);
        Q_EMIT offered(offer->id);
        return;
    }
    const QString id = std::visit(
        [](const auto &m) -> QString {
            if constexpr (requires { m.id; })
                return m.id;
            return {};
        },
        frame);
    Live *live = find(id);
    if (!live || live->chat != session || live->t.isFinished())
        return; // not ours, or over already
    const bool outgoing = live->t.direction == Transfer::Direction::Outgoing;
    if (const auto *accept = std::get_if<FileAccept>(&frame)) {
        if (outgoing && live->t.state == Transfer::State::Offered && accept->offset <= live->t.size)
            onAccepted(*live, accept->offset);
    } else if (const auto *decline = std::get_if<FileDecline>(&frame)) {
        if (outgoing && live->t.state == Transfer::State::Offered)
            finish(*live, Transfer::State::Declined,
                   decline->message.isEmpty() ? tr("The file was declined.") : decline->message);
    } else if (const auto *cancel = std::get_if<FileCancel>(&frame)) {
        const bool byPerson = cancel->reason == fileReason::Cancelled;
        finish(*live, byPerson ? Transfer::State::Cancelled : Transfer::State::Failed,
               cancel->message.isEmpty() ? tr("The other side stopped the transfer.")
                                         : cancel->message);
    } else if (std::holds_alternative<FileDone>(frame)) {
        if (outgoing && live->t.state == Transfer::State::Moving && live->sender &&
            live->sender->sent() + live->offset == live->t.size) {
            live->t.done = live->t.size;
            finish(*live, Transfer::State::Done, {});
        }
    }
}

Status Transfers::accept(const QString &id, const QString &folder)
{
    Live *live = find(id);
    if (!live || live->t.direction != Transfer::Direction::Incoming ||
        live->t.state != Transfer::State::Offered)
        return fail(tr("This file is no longer offered."));
    if (!live->chat || !live->chat->canSendFiles())
        return fail(tr("The chat this file was offered in has ended."));
    auto claimed = files::claimTarget(folder, live->t.name);
    if (!claimed)
        return fail(claimed.error());
    live->claimed = std::make_unique<files::Claimed>(std::move(claimed).value());
    live->chat->sendFileFrame(FileAccept{id, 0});
    onAccepted(*live, 0);
    return {};
}

void Transfers::decline(const QString &id)
{
    Live *live = find(id);
    if (!live || live->t.direction != Transfer::Direction::Incoming ||
        live->t.state != Transfer::State::Offered)
        return;
    if (live->chat)
        live->chat->sendFileFrame(FileDecline{id, QString(fileReason::Declined), {}});
    finish(*live, Transfer::State::Declined, tr("You declined the file."));
}

void Transfers::cancel(const QString &id)
{
    Live *live = find(id);
    if (!live || live->t.isFinished())
        return;
    if (live->chat)
        live->chat->sendFileFrame(FileCancel{id, QString(fileReason::Cancelled), {}});
    finish(*live, Transfer::State::Cancelled, tr("You cancelled the transfer."));
}

void Transfers::onAccepted(Live &live, qint64 offset)
{
    live.offset = offset;
    live.t.done = offset;
    live.t.state = Transfer::State::Accepted;
    Q_EMIT changed(live.t.id);
    if (live.weOpenLink)
        openLink(live);
    // else the other side opens it: takeLink()
}

void Transfers::openLink(Live &live)
{
    if (!live.chat) {
        finish(live, Transfer::State::Failed, tr("The chat ended first."));
        return;
    }
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(tlsConfiguration(m_identity));
    QSslSocket *raw = socket.get();
    const QString id = live.t.id;
    connect(raw, &QSslSocket::encrypted, this, [this, id, raw] {
        Live *l = find(id);
        if (!l)
            return;
        // The very key of the chat, or nothing goes.
        if (fingerprintOf(raw->peerCertificate()) != l->t.peerFingerprint) {
            failTransfer(
                *l, QString(fileReason::Failed),
                tr("The transfer link presented another key than the chat; it was closed."));
            return;
        }
        raw->write(encodeFrame(FileLink{id}.toJson()));
    });
    connect(raw, &QSslSocket::readyRead, this, [this, id, raw] {
        Live *l = find(id);
        if (!l || l->sender || l->receiver)
            return;
        bool broken = false;
        const auto answer = readLinkAnswer(raw, &broken);
        if (broken || (answer && answer->id != id)) {
            failTransfer(*l, QString(fileReason::Failed),
                         tr("The other side did not answer the transfer link."));
            return;
        }
        if (answer) {
            disconnect(raw, &QSslSocket::readyRead, this, nullptr);
            startStream(*l);
        }
    });
    connect(raw, &QSslSocket::errorOccurred, this, [this, id, raw] {
        if (Live *l = find(id); l && !l->t.isFinished() && !l->sender && !l->receiver)
            failTransfer(*l, QString(fileReason::Failed),
                         tr("The transfer link could not be opened: %1").arg(raw->errorString()));
    });
    live.link = std::move(socket);
    raw->connectToHostEncrypted(live.chat->peerHost(), live.chat->peerPort());
}

bool Transfers::takeLink(ChatSession *incoming, const QString &id)
{
    Live *live = find(id);
    if (!live || live->weOpenLink || live->t.state != Transfer::State::Accepted || live->link ||
        incoming->peerFingerprint() != live->t.peerFingerprint)
        return false;
    QSslSocket *socket = incoming->takeTransferSocket();
    if (!socket)
        return false;
    live->link.reset(socket);
    socket->write(encodeFrame(FileLink{id}.toJson()));
    startStream(*live);
    return true;
}

void Transfers::startStream(Live &live)
{
    live.t.state = Transfer::State::Moving;
    const QString id = live.t.id;
    if (live.t.direction == Transfer::Direction::Outgoing) {
        live.sender =
            std::make_unique<FileSender>(live.link.get(), live.t.path, live.offset, live.t.size);
        connect(live.sender.get(), &FileSender::failed, this,
                [this, id](const QString &reason, const QString &message) {
                    if (Live *l = find(id))
                        failTransfer(*l, reason, message);
                });
        live.sender->start();
    } else {
        live.receiver = std::make_unique<FileReceiver>(live.link.get(), live.claimed->partPath,
                                                       live.offset, live.t.size);
        // Written through the descriptor claimTarget() opened: never the path again.
        QFile *part = live.claimed->part.get();
        live.receiver->setOpener([part](const QString &) {
            auto file = std::make_unique<QFile>();
            file->open(part->handle(), QIODevice::WriteOnly | QIODevice::Unbuffered,
                       QFileDevice::DontCloseHandle);
            return file;
        });
        connect(live.receiver.get(), &FileReceiver::progress, this, [this, id](qint64 done) {
            if (Live *l = find(id)) {
                l->t.done = done;
                Q_EMIT changed(id);
            }
        });
        connect(live.receiver.get(), &FileReceiver::finished, this, [this, id] {
            if (Live *l = find(id))
                receiveDone(*l);
        });
        connect(live.receiver.get(), &FileReceiver::failed, this,
                [this, id](const QString &reason, const QString &message) {
                    if (Live *l = find(id))
                        failTransfer(*l, reason, message);
                });
        live.receiver->start();
    }
    if (live.sender)
        connect(live.sender.get(), &FileSender::progress, this, [this, id](qint64 done) {
            if (Live *l = find(id)) {
                l->t.done = done;
                Q_EMIT changed(id);
            }
        });
    Q_EMIT changed(id);
}

void Transfers::receiveDone(Live &live)
{
    auto finalPath = files::finishTarget(*live.claimed);
    if (!finalPath) {
        failTransfer(live, QString(fileReason::CannotWrite), finalPath.error());
        return;
    }
    live.t.path = *finalPath;
    live.t.done = live.t.size;
    if (live.chat)
        live.chat->sendFileFrame(FileDone{live.t.id});
    finish(live, Transfer::State::Done, {});
}

void Transfers::failTransfer(Live &live, const QString &reason, const QString &message)
{
    if (live.t.isFinished())
        return;
    if (live.chat)
        live.chat->sendFileFrame(FileCancel{live.t.id, reason, message});
    finish(live, Transfer::State::Failed, message);
}

void Transfers::finish(Live &live, Transfer::State state, const QString &message)
{
    if (live.t.isFinished())
        return;
    live.t.state = state;
    live.t.message = message;
    if (live.sender)
        live.sender->stop();
    if (live.receiver)
        live.receiver->stop();
    // A received file that is not whole goes: never a silently wrong file.
    if (state != Transfer::State::Done && live.claimed) {
        live.claimed->part.reset();
        QFile::remove(live.claimed->partPath);
    }
    if (live.link) {
        QSslSocket *link = live.link.release();
        link->disconnect(this);
        link->disconnectFromHost();
        link->deleteLater();
    }
    Q_EMIT changed(live.t.id);
}

} // namespace chatbuddy::client
